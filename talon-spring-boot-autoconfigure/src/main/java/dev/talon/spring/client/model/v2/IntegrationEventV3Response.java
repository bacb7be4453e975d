package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import tools.jackson.databind.JsonNode;

/**
 * What Talon.One answers to {@code trackEventV3} ({@code IntegrationEventV3Response}): the effects of the advanced
 * event and the parts the request asked for. Read as {@link IntegrationStateV2} is: missing lists are empty, parts
 * not asked for {@code null}.
 *
 * @param customerProfile the customer's profile
 * @param loyalty the customer's loyalty balances
 * @param triggeredCampaigns the campaigns whose rules were triggered
 * @param campaignEligibility with {@code dry=true}: the campaigns' eligibility, as JSON
 * @param effects the effects to apply, in order
 * @param ruleFailureReasons why rules were not triggered
 * @param createdCoupons the coupons created by the rules
 * @param createdReferrals the referral codes created by the rules
 * @param awardedGiveaways the giveaways awarded
 * @param achievements the customer's progress in achievements, as JSON
 * @param advancedEvent the advanced event evaluated ({@code advancedEvent} response content)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationEventV3Response(CustomerProfile customerProfile, Loyalty loyalty,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Campaign> triggeredCampaigns,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> campaignEligibility, List<Effect> effects,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<RuleFailureReason> ruleFailureReasons,
		List<Coupon> createdCoupons, List<Referral> createdReferrals,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Giveaway> awardedGiveaways,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> achievements, EventV3 advancedEvent)
		implements IntegrationEffects {

	/**
	 * Copies the lists, turning missing ones into empty ones.
	 * @param customerProfile the customer's profile
	 * @param loyalty the customer's loyalty balances
	 * @param triggeredCampaigns the campaigns whose rules were triggered
	 * @param campaignEligibility with {@code dry=true}: the campaigns' eligibility, as JSON
	 * @param effects the effects to apply, in order
	 * @param ruleFailureReasons why rules were not triggered
	 * @param createdCoupons the coupons created by the rules
	 * @param createdReferrals the referral codes created by the rules
	 * @param awardedGiveaways the giveaways awarded
	 * @param achievements the customer's progress in achievements, as JSON
	 * @param advancedEvent the advanced event evaluated ({@code advancedEvent} response content)
	 */
	public IntegrationEventV3Response {
		triggeredCampaigns = Checks.copyOrEmpty(triggeredCampaigns);
		campaignEligibility = Checks.copyOrEmpty(campaignEligibility);
		effects = Checks.copyOrEmpty(effects);
		ruleFailureReasons = Checks.copyOrEmpty(ruleFailureReasons);
		createdCoupons = Checks.copyOrEmpty(createdCoupons);
		createdReferrals = Checks.copyOrEmpty(createdReferrals);
		awardedGiveaways = Checks.copyOrEmpty(awardedGiveaways);
		achievements = Checks.copyOrEmpty(achievements);
	}

	/**
	 * The answer to an advanced event as read back ({@code getEventV3}) after a {@code trackEventV3} whose answer was
	 * lost: the event and its effects. What only the lost answer could tell (the profile, loyalty, created coupons and
	 * referrals) is empty.
	 * @param readBack the event as read back
	 * @return the answer
	 */
	public static IntegrationEventV3Response readBack(EventV3 readBack) {
		return new IntegrationEventV3Response(null, null, null, null, readBack.effects(), null, null, null, null, null,
				readBack);
	}

}
