package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code rollbackReferral} effect ({@code RollbackReferralEffectProps}): the redemption of the
 * referral code was rolled back; the code can be redeemed again.
 *
 * @param value the referral code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackReferralEffectProps(String value) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "rollbackReferral";

}
