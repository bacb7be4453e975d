package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code couponCreated} effect ({@code CouponCreatedEffectProps}): a coupon was created for a
 * customer, who should be told about it.
 *
 * @param value the coupon code
 * @param profileId the integration id of the profile that may redeem it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponCreatedEffectProps(String value, String profileId) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "couponCreated";

}
