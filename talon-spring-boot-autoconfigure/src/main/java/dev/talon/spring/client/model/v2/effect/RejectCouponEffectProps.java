package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code rejectCoupon} effect ({@code RejectCouponEffectProps}): the coupon code cannot be used.
 *
 * @param value the coupon code
 * @param rejectionReason why, such as {@code CouponNotFound}, {@code CouponExpired}, {@code
 * CouponLimitReached}, {@code CampaignLimitReached}, {@code ProfileLimitReached}, {@code
 * CouponPartOfNotRunningCampaign}, {@code CouponRecipientDoesNotMatch}, {@code CouponRejectedByCondition},
 * {@code CouponStartDateInFuture}, {@code EffectCouldNotBeApplied}, {@code CouponPartOfNotTriggeredCampaign},
 * {@code CouponReservationRequired} or {@code ProfileRequired}
 * @param conditionIndex the index of the condition that rejected it, if any
 * @param effectIndex the index of the effect that rejected it, if any
 * @param details more details, if any
 * @param campaignExclusionReason with {@code CouponPartOfNotTriggeredCampaign}: why the campaign was excluded,
 * such as {@code CampaignGaveLowerDiscount}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RejectCouponEffectProps(String value, String rejectionReason, Long conditionIndex, Long effectIndex,
		String details, String campaignExclusionReason) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "rejectCoupon";

}
