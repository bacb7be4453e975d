package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code rollbackCoupon} effect ({@code RollbackCouponEffectProps}): the redemption of the coupon
 * code was rolled back (the session was cancelled); the code can be redeemed again.
 *
 * @param value the coupon code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackCouponEffectProps(String value) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "rollbackCoupon";

}
