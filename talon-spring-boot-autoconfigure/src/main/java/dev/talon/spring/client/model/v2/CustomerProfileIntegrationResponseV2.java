package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import tools.jackson.databind.JsonNode;

/**
 * What Talon.One answers to {@code updateCustomerProfileV2} ({@code CustomerProfileIntegrationResponseV2}): effects
 * only with {@code runRuleEngine=true}, and the parts the request asked for. Read as {@link IntegrationStateV2} is:
 * missing lists are empty, parts not asked for {@code null}. {@code achievements} is not in the response schema of
 * spec 26.13, although the request may ask for it; it is read when present.
 *
 * @param customerProfile the customer's profile
 * @param event the event evaluated
 * @param loyalty the customer's loyalty balances
 * @param triggeredCampaigns the campaigns whose rules were triggered
 * @param ruleFailureReasons why rules were not triggered
 * @param campaignEligibility with {@code dry=true}: the campaigns' eligibility, as JSON
 * @param awardedGiveaways the giveaways awarded
 * @param effects the effects to apply, in order
 * @param createdCoupons the coupons created by the rules
 * @param createdReferrals the referral codes created by the rules
 * @param achievements the customer's progress in achievements, as JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfileIntegrationResponseV2(CustomerProfile customerProfile, Event event, Loyalty loyalty,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Campaign> triggeredCampaigns,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<RuleFailureReason> ruleFailureReasons,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> campaignEligibility,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Giveaway> awardedGiveaways, List<Effect> effects,
		List<Coupon> createdCoupons, List<Referral> createdReferrals,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> achievements) implements IntegrationEffects {

	/**
	 * Copies the lists, turning missing ones into empty ones.
	 * @param customerProfile the customer's profile
	 * @param event the event evaluated
	 * @param loyalty the customer's loyalty balances
	 * @param triggeredCampaigns the campaigns whose rules were triggered
	 * @param ruleFailureReasons why rules were not triggered
	 * @param campaignEligibility with {@code dry=true}: the campaigns' eligibility, as JSON
	 * @param awardedGiveaways the giveaways awarded
	 * @param effects the effects to apply, in order
	 * @param createdCoupons the coupons created by the rules
	 * @param createdReferrals the referral codes created by the rules
	 * @param achievements the customer's progress in achievements, as JSON
	 */
	public CustomerProfileIntegrationResponseV2 {
		triggeredCampaigns = Checks.copyOrEmpty(triggeredCampaigns);
		ruleFailureReasons = Checks.copyOrEmpty(ruleFailureReasons);
		campaignEligibility = Checks.copyOrEmpty(campaignEligibility);
		awardedGiveaways = Checks.copyOrEmpty(awardedGiveaways);
		effects = Checks.copyOrEmpty(effects);
		createdCoupons = Checks.copyOrEmpty(createdCoupons);
		createdReferrals = Checks.copyOrEmpty(createdReferrals);
		achievements = Checks.copyOrEmpty(achievements);
	}

}
