package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Evaluates {@link PromotionRules} on a cart and produces Talon.One v1 effects and the session's discounts.
 */
final class RuleEngine {

	/** The campaign id of effects no campaign produced, such as the rejection of an unknown coupon code. */
	static final long NO_CAMPAIGN = 0;

	static final String COUPON_NOT_FOUND = "CouponNotFound";

	static final String COUPON_REJECTED_BY_CONDITION = "CouponRejectedByCondition";

	static final String REFERRAL_NOT_FOUND = "ReferralNotFound";

	static final String REFERRAL_RECIPIENT_IS_ADVOCATE = "ReferralRecipientIdSameAsAdvocate";

	static final String REFERRAL_RECIPIENT_DOES_NOT_MATCH = "ReferralRecipientDoesNotMatch";

	static final String REFERRAL_START_DATE_IN_FUTURE = "ReferralStartDateInFuture";

	static final String REFERRAL_EXPIRED = "ReferralExpired";

	static final String REFERRAL_LIMIT_REACHED = "ReferralLimitReached";

	private final PromotionRules rules;

	RuleEngine(PromotionRules rules) {
		this.rules = rules;
	}

	/**
	 * Evaluates the rules.
	 * @param cartItems the session's cart items (valid {@code CartItem}s)
	 * @param coupon the session's coupon code, empty for none
	 * @param referral the session's referral code, empty for none
	 * @param profileId the session's profile, empty when anonymous
	 * @param referrals finds a referral by its code, {@code null} when there is none
	 * @param now the current time
	 * @return the effects and discounts
	 */
	Evaluation evaluate(JsonNode cartItems, String coupon, String referral, String profileId,
			Function<String, StoredReferral> referrals, Instant now) {
		BigDecimal subtotal = subtotal(cartItems);
		Set<String> skus = new LinkedHashSet<>();
		for (JsonNode item : cartItems) {
			skus.add(item.get("sku").stringValue());
		}
		CouponRule couponRule = coupon.isEmpty() ? null : couponRule(coupon);
		StoredReferral storedReferral = referral.isEmpty() ? null : referrals.apply(referral);
		Evaluation evaluation = new Evaluation(subtotal);
		boolean referralEvaluated = false;
		for (PromotionRule rule : this.rules.rules()) {
			if (rule instanceof CartThresholdRule threshold) {
				if (subtotal.compareTo(threshold.minimumSubtotal()) >= 0) {
					evaluation.discount(rule, threshold.discount());
				}
			}
			else if (rule instanceof CouponRule couponCampaign) {
				if (couponCampaign == couponRule) {
					if (subtotal.compareTo(couponCampaign.minimumSubtotal()) >= 0) {
						evaluation.effect(rule.campaignId(), "acceptCoupon", coupon);
						evaluation.discount(rule, couponCampaign.discount());
					}
					else {
						evaluation.effect(rule.campaignId(), "rejectCoupon", coupon, COUPON_REJECTED_BY_CONDITION);
					}
				}
			}
			else if (rule instanceof FreeItemRule freeItem) {
				if (skus.contains(freeItem.triggerSku())) {
					evaluation.effect(rule.campaignId(), "addFreeItem", freeItem.freeItemName(), freeItem.freeSku(),
							freeItem.label());
				}
			}
			else if (rule instanceof ReferralRule referralCampaign) {
				if (storedReferral != null && storedReferral.campaignId() == referralCampaign.campaignId()) {
					referralEvaluated = true;
					String reason = rejectionReason(storedReferral, profileId, now);
					if (reason == null) {
						evaluation.effect(rule.campaignId(), "acceptReferral", referral);
						evaluation.discount(rule, referralCampaign.discount());
						evaluation.acceptedReferral = storedReferral;
					}
					else {
						evaluation.effect(rule.campaignId(), "rejectReferral", referral, reason);
					}
				}
			}
		}
		if (!coupon.isEmpty() && couponRule == null) {
			evaluation.effect(NO_CAMPAIGN, "rejectCoupon", coupon, COUPON_NOT_FOUND);
		}
		if (!referral.isEmpty() && !referralEvaluated) {
			evaluation.effect(NO_CAMPAIGN, "rejectReferral", referral, REFERRAL_NOT_FOUND);
		}
		return evaluation;
	}

	/**
	 * The sum of price &times; quantity of the items.
	 * @param cartItems valid cart items
	 * @return the subtotal
	 */
	static BigDecimal subtotal(JsonNode cartItems) {
		BigDecimal subtotal = BigDecimal.ZERO;
		for (JsonNode item : cartItems) {
			subtotal = subtotal.add(item.get("price").decimalValue().multiply(BigDecimal.valueOf(item.get("quantity").asLong())));
		}
		return subtotal;
	}

	private CouponRule couponRule(String code) {
		for (PromotionRule rule : this.rules.rules()) {
			if (rule instanceof CouponRule coupon
					&& coupon.code().toUpperCase(Locale.ROOT).equals(code.toUpperCase(Locale.ROOT))) {
				return coupon;
			}
		}
		return null;
	}

	private static String rejectionReason(StoredReferral referral, String profileId, Instant now) {
		if (!profileId.isEmpty() && profileId.equals(referral.advocateProfileIntegrationId())) {
			return REFERRAL_RECIPIENT_IS_ADVOCATE;
		}
		if (referral.friendProfileIntegrationId() != null && !referral.friendProfileIntegrationId().equals(profileId)) {
			return REFERRAL_RECIPIENT_DOES_NOT_MATCH;
		}
		if (referral.startDate() != null && referral.startDate().isAfter(now)) {
			return REFERRAL_START_DATE_IN_FUTURE;
		}
		if (referral.expiryDate() != null && !referral.expiryDate().isAfter(now)) {
			return REFERRAL_EXPIRED;
		}
		if (referral.usageLimit() > 0 && referral.usageCounter() >= referral.usageLimit()) {
			return REFERRAL_LIMIT_REACHED;
		}
		return null;
	}

	/**
	 * The outcome of an evaluation.
	 */
	static final class Evaluation {

		private final BigDecimal subtotal;

		private final List<SimulatorEffect> effects = new ArrayList<>();

		private final Map<String, BigDecimal> discounts = new LinkedHashMap<>();

		private BigDecimal discounted = BigDecimal.ZERO;

		private StoredReferral acceptedReferral;

		Evaluation(BigDecimal subtotal) {
			this.subtotal = subtotal;
		}

		/** No effects and no discounts, as for a cancelled session. */
		static Evaluation none(BigDecimal subtotal) {
			return new Evaluation(subtotal);
		}

		private void effect(long campaignId, String name, Object... arguments) {
			this.effects.add(new SimulatorEffect(campaignId, name, List.of(arguments)));
		}

		private void discount(PromotionRule rule, Discount discount) {
			BigDecimal amount = discount.amountOff(this.subtotal, this.subtotal.subtract(this.discounted));
			if (amount.signum() > 0) {
				effect(rule.campaignId(), "setDiscount", rule.label(), amount);
				this.discounts.put(rule.label(), amount);
				this.discounted = this.discounted.add(amount);
			}
		}

		List<SimulatorEffect> effects() {
			return this.effects;
		}

		Map<String, BigDecimal> discounts() {
			return this.discounts;
		}

		BigDecimal subtotal() {
			return this.subtotal;
		}

		BigDecimal totalDiscount() {
			return this.discounted;
		}

		/** The referral the session uses validly, counted when the session closes; {@code null} when none. */
		StoredReferral acceptedReferral() {
			return this.acceptedReferral;
		}

	}

	/**
	 * A v1 effect: {@code [campaignId, rulesetId, ruleIndex, [name, args...]]}; the simulator's ruleset id is the
	 * campaign id and its rule index 0.
	 *
	 * @param campaignId the campaign
	 * @param name the effect name
	 * @param arguments the arguments: strings and {@link BigDecimal}s
	 */
	record SimulatorEffect(long campaignId, String name, List<Object> arguments) {
	}

}
