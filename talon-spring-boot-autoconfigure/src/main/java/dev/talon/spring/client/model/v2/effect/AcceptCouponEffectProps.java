package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of an {@code acceptCoupon} effect ({@code AcceptCouponEffectProps}): the coupon code is valid. Clear
 * earlier rejection messages for it; it is redeemed when the session closes.
 *
 * @param value the coupon code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcceptCouponEffectProps(String value) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "acceptCoupon";

}
