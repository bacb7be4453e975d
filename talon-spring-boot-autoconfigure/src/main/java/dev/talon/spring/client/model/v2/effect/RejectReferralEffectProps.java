package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code rejectReferral} effect ({@code RejectReferralEffectProps}): the referral code cannot be
 * used.
 *
 * @param value the referral code
 * @param rejectionReason why, such as {@code ReferralNotFound}, {@code ReferralExpired}, {@code
 * ReferralLimitReached}, {@code AdvocateNotFound}, {@code CampaignLimitReached}, {@code ProfileLimitReached},
 * {@code ReferralCustomerAlreadyReferred}, {@code ReferralRecipientDoesNotMatch}, {@code
 * ReferralRecipientIdSameAsAdvocate}, {@code ReferralRejectedByCondition}, {@code ReferralStartDateInFuture},
 * {@code ReferralPartOfNotRunningCampaign}, {@code ReferralPartOfNotTriggeredCampaign} or {@code
 * EffectCouldNotBeApplied}
 * @param conditionIndex the index of the condition that rejected it, if any
 * @param effectIndex the index of the effect that rejected it, if any
 * @param details more details, if any
 * @param campaignExclusionReason with {@code ReferralPartOfNotTriggeredCampaign}: why the campaign was excluded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RejectReferralEffectProps(String value, String rejectionReason, Long conditionIndex, Long effectIndex,
		String details, String campaignExclusionReason) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "rejectReferral";

}
