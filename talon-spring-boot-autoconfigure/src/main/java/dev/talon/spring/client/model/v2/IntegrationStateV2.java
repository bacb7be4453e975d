package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.v2.effect.Effect;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import tools.jackson.databind.JsonNode;

/**
 * What Talon.One answers to {@code updateCustomerSessionV2} and {@code returnCartItems} ({@code IntegrationStateV2}):
 * the effects to apply, the coupons and referrals created, and the parts the request asked for in its
 * {@code responseContent}. The helpers of {@link IntegrationEffects} sum the effects up (discounts, free items,
 * coupon and referral codes, loyalty points, notifications, custom effects).
 * <p>
 * Read as Talon.One sent it: unknown fields are ignored, missing lists are empty (the spec's required lists
 * {@code effects}, {@code createdCoupons} and {@code createdReferrals} included), and parts not asked for are
 * {@code null} (objects) or empty (lists). The rarely used {@code campaignEligibility} (dry runs only) and
 * {@code achievements} are kept as JSON.
 *
 * @param customerProfile the customer's profile ({@code customerProfile} response content), possibly with all fields
 * {@code null} when Talon.One sends {@code {}}
 * @param loyalty the customer's loyalty balances ({@code loyalty})
 * @param triggeredCampaigns the campaigns whose rules were triggered ({@code triggeredCampaigns})
 * @param campaignEligibility with {@code dry=true}: the campaigns' eligibility ({@code campaignEligibility}), as JSON
 * @param effects the effects to apply, in order
 * @param ruleFailureReasons why rules were not triggered ({@code ruleFailureReasons})
 * @param createdCoupons the coupons created by the rules
 * @param createdReferrals the referral codes created by the rules
 * @param awardedGiveaways the giveaways awarded ({@code awardedGiveaways})
 * @param achievements the customer's progress in achievements ({@code achievements}), as JSON
 * @param referral the referral code processed ({@code referral}), with its referred customers
 * @param coupons the coupons processed ({@code coupons}), with the customer's redemption count
 * @param event the event evaluated ({@code event})
 * @param advancedEvent the advanced event evaluated, if any
 * @param customerSession the session ({@code customerSession})
 * @param processedReturn the return processed by {@code returnCartItems}, sent as {@code return}
 * @param previousReturns the earlier returns of the session ({@code previousReturns})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationStateV2(CustomerProfile customerProfile, Loyalty loyalty,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Campaign> triggeredCampaigns,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> campaignEligibility, List<Effect> effects,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<RuleFailureReason> ruleFailureReasons,
		List<Coupon> createdCoupons, List<Referral> createdReferrals,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Giveaway> awardedGiveaways,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> achievements, Referral referral,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Coupon> coupons, Event event, EventV3 advancedEvent,
		CustomerSessionV2 customerSession, @JsonProperty("return") Return processedReturn,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Return> previousReturns) implements IntegrationEffects {

	/**
	 * Copies the lists, turning missing ones into empty ones.
	 * @param customerProfile the customer's profile ({@code customerProfile} response content), possibly with all fields
	 * {@code null} when Talon.One sends {@code {}}
	 * @param loyalty the customer's loyalty balances ({@code loyalty})
	 * @param triggeredCampaigns the campaigns whose rules were triggered ({@code triggeredCampaigns})
	 * @param campaignEligibility with {@code dry=true}: the campaigns' eligibility ({@code campaignEligibility}), as JSON
	 * @param effects the effects to apply, in order
	 * @param ruleFailureReasons why rules were not triggered ({@code ruleFailureReasons})
	 * @param createdCoupons the coupons created by the rules
	 * @param createdReferrals the referral codes created by the rules
	 * @param awardedGiveaways the giveaways awarded ({@code awardedGiveaways})
	 * @param achievements the customer's progress in achievements ({@code achievements}), as JSON
	 * @param referral the referral code processed ({@code referral}), with its referred customers
	 * @param coupons the coupons processed ({@code coupons}), with the customer's redemption count
	 * @param event the event evaluated ({@code event})
	 * @param advancedEvent the advanced event evaluated, if any
	 * @param customerSession the session ({@code customerSession})
	 * @param processedReturn the return processed by {@code returnCartItems}, sent as {@code return}
	 * @param previousReturns the earlier returns of the session ({@code previousReturns})
	 */
	public IntegrationStateV2 {
		triggeredCampaigns = Checks.copyOrEmpty(triggeredCampaigns);
		campaignEligibility = Checks.copyOrEmpty(campaignEligibility);
		effects = Checks.copyOrEmpty(effects);
		ruleFailureReasons = Checks.copyOrEmpty(ruleFailureReasons);
		createdCoupons = Checks.copyOrEmpty(createdCoupons);
		createdReferrals = Checks.copyOrEmpty(createdReferrals);
		awardedGiveaways = Checks.copyOrEmpty(awardedGiveaways);
		achievements = Checks.copyOrEmpty(achievements);
		coupons = Checks.copyOrEmpty(coupons);
		previousReturns = Checks.copyOrEmpty(previousReturns);
	}

	/**
	 * The state of a session as read back ({@code getCustomerSession}) after an update whose answer was lost, such as
	 * a close that Talon.One applied before the connection broke: the session and its effects that are currently
	 * valid. What only the lost answer could tell (the created coupons and referrals, the other response content) is
	 * empty.
	 * @param readBack the session as read back
	 * @return the state
	 */
	public static IntegrationStateV2 readBack(IntegrationCustomerSessionResponse readBack) {
		return new IntegrationStateV2(null, null, null, null, readBack.effects(), null, null, null, null, null, null,
				null, null, null, readBack.customerSession(), null, null);
	}

}
