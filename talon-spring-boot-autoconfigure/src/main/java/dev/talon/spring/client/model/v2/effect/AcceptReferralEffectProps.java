package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of an {@code acceptReferral} effect ({@code AcceptReferralEffectProps}): the referral code is valid;
 * it is redeemed when the session closes.
 *
 * @param value the referral code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcceptReferralEffectProps(String value) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "acceptReferral";

}
