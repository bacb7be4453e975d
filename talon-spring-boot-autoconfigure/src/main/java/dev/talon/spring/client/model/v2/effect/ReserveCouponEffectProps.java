package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code reserveCoupon} effect ({@code ReserveCouponEffectProps}): the coupon code was reserved for
 * a customer.
 *
 * @param couponValue the coupon code
 * @param profileIntegrationId the profile it is reserved for
 * @param isNewReservation whether the reservation is new
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReserveCouponEffectProps(String couponValue, String profileIntegrationId,
		Boolean isNewReservation) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "reserveCoupon";

}
