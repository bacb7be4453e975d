package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code referralCreated} effect ({@code ReferralCreatedEffectProps}): a referral code was created.
 *
 * @param value the referral code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralCreatedEffectProps(String value) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "referralCreated";

}
