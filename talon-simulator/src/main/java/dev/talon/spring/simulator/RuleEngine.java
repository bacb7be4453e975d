package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Evaluates {@link PromotionRules} on a cart and produces the effects (renderable as v1 and v2 effects), the
 * session's discounts, and what closing the session would count: accepted coupons and referral, loyalty points.
 */
final class RuleEngine {

	/** The campaign id of effects no campaign produced, such as the rejection of an unknown coupon code. */
	static final long NO_CAMPAIGN = 0;

	static final String COUPON_NOT_FOUND = "CouponNotFound";

	static final String COUPON_REJECTED_BY_CONDITION = "CouponRejectedByCondition";

	static final String COUPON_RESERVATION_REQUIRED = "CouponReservationRequired";

	static final String PROFILE_REQUIRED = "ProfileRequired";

	static final String REFERRAL_NOT_FOUND = "ReferralNotFound";

	static final String REFERRAL_RECIPIENT_IS_ADVOCATE = "ReferralRecipientIdSameAsAdvocate";

	static final String REFERRAL_RECIPIENT_DOES_NOT_MATCH = "ReferralRecipientDoesNotMatch";

	static final String REFERRAL_START_DATE_IN_FUTURE = "ReferralStartDateInFuture";

	static final String REFERRAL_EXPIRED = "ReferralExpired";

	static final String REFERRAL_LIMIT_REACHED = "ReferralLimitReached";

	/** The sub-ledger of all loyalty points: the simulator's programs have no sub-ledgers. */
	static final String MAIN_LEDGER = "";

	private final PromotionRules rules;

	RuleEngine(PromotionRules rules) {
		this.rules = rules;
	}

	PromotionRules rules() {
		return this.rules;
	}

	/**
	 * Evaluates the rules.
	 * @param lines the session's cart lines (their remaining quantities)
	 * @param couponCodes the session's coupon codes, in the order they were entered
	 * @param referral the session's referral code, empty for none
	 * @param profileId the session's profile, empty when anonymous
	 * @param loyaltyCard the loyalty card the session names ({@code loyaltyCards[0]}), or {@code null}
	 * @param lookups finds referrals, coupon reservations and loyalty cards
	 * @param now the current time
	 * @param closing whether the session is being closed, which is when loyalty points are awarded
	 * @return the effects and discounts
	 */
	Evaluation evaluate(List<CartLine> lines, List<String> couponCodes, String referral, String profileId,
			String loyaltyCard, Lookups lookups, Instant now, boolean closing) {
		BigDecimal subtotal = CartLine.subtotal(lines);
		Set<String> skus = new LinkedHashSet<>();
		for (CartLine line : lines) {
			skus.add(line.sku());
		}
		Map<CouponRule, String> coupons = new LinkedHashMap<>();
		List<String> unknownCoupons = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String code : couponCodes) {
			if (code.isEmpty() || !seen.add(code.toUpperCase(Locale.ROOT))) {
				continue;
			}
			CouponRule rule = couponRule(code);
			if (rule == null) {
				unknownCoupons.add(code);
			}
			else {
				coupons.putIfAbsent(rule, code);
			}
		}
		StoredReferral storedReferral = referral.isEmpty() ? null : lookups.referralByCode(referral);
		Evaluation evaluation = new Evaluation(subtotal);
		boolean referralEvaluated = false;
		for (PromotionRule rule : this.rules.rules()) {
			if (rule instanceof CartThresholdRule threshold) {
				if (subtotal.compareTo(threshold.minimumSubtotal()) >= 0) {
					evaluation.discount(rule, threshold.discount(), null);
					evaluation.outcome(rule, true, null, null);
				}
				else {
					evaluation.outcome(rule, false, null, "the cart's subtotal " + subtotal.toPlainString()
							+ " is below " + threshold.minimumSubtotal().toPlainString());
				}
			}
			else if (rule instanceof CouponRule couponCampaign) {
				String code = coupons.get(couponCampaign);
				String reservationProblem = (code == null || !couponCampaign.reservationMandatory()) ? null
						: profileId.isEmpty() ? PROFILE_REQUIRED
								: !lookups.holdsReservation(couponCampaign, profileId) ? COUPON_RESERVATION_REQUIRED
										: null;
				if (reservationProblem != null) {
					evaluation.effects.add(new RuleEffect(rule.campaignId(), rule.label(), "rejectCoupon",
							RuleEffect.props("value", code, "rejectionReason", reservationProblem),
							List.of(code, reservationProblem), couponId(couponCampaign)));
					evaluation.outcome(rule, false, code, profileId.isEmpty()
							? "the coupon is for profiles it is reserved for, and the session has no profile"
							: "the coupon is not reserved for profile " + profileId);
				}
				else if (code != null && subtotal.compareTo(couponCampaign.minimumSubtotal()) >= 0) {
					evaluation.effects.add(new RuleEffect(rule.campaignId(), rule.label(), "acceptCoupon",
							RuleEffect.props("value", code), List.of(code), couponId(couponCampaign)));
					evaluation.discount(rule, couponCampaign.discount(), couponId(couponCampaign));
					evaluation.acceptedCoupons.add(new AcceptedCoupon(couponCampaign, code));
					evaluation.outcome(rule, true, code, null);
				}
				else if (code != null) {
					evaluation.effects.add(new RuleEffect(rule.campaignId(), rule.label(), "rejectCoupon",
							RuleEffect.props("value", code, "rejectionReason", COUPON_REJECTED_BY_CONDITION),
							List.of(code, COUPON_REJECTED_BY_CONDITION), couponId(couponCampaign)));
					evaluation.outcome(rule, false, code, "the cart's subtotal " + subtotal.toPlainString()
							+ " is below " + couponCampaign.minimumSubtotal().toPlainString());
				}
			}
			else if (rule instanceof FreeItemRule freeItem) {
				if (skus.contains(freeItem.triggerSku())) {
					evaluation.effects.add(new RuleEffect(rule.campaignId(), rule.label(), "addFreeItem",
							RuleEffect.props("sku", freeItem.freeSku(), "name", freeItem.label()),
							List.of(freeItem.freeItemName(), freeItem.freeSku(), freeItem.label()), null));
					evaluation.outcome(rule, true, null, null);
				}
				else {
					evaluation.outcome(rule, false, null, "the cart has no " + freeItem.triggerSku());
				}
			}
			else if (rule instanceof ReferralRule referralCampaign) {
				if (storedReferral != null && storedReferral.campaignId() == referralCampaign.campaignId()) {
					referralEvaluated = true;
					String reason = rejectionReason(storedReferral, profileId, now);
					if (reason == null) {
						evaluation.effects.add(new RuleEffect(rule.campaignId(), rule.label(), "acceptReferral",
								RuleEffect.props("value", referral), List.of(referral), null));
						evaluation.discount(rule, referralCampaign.discount(), null);
						evaluation.acceptedReferral = storedReferral;
						evaluation.outcome(rule, true, null, null);
					}
					else {
						evaluation.effects.add(new RuleEffect(rule.campaignId(), rule.label(), "rejectReferral",
								RuleEffect.props("value", referral, "rejectionReason", reason),
								List.of(referral, reason), null));
						evaluation.outcome(rule, false, null, "referral code " + referral + ": " + reason);
					}
				}
			}
		}
		for (String code : unknownCoupons) {
			evaluation.effects.add(new RuleEffect(NO_CAMPAIGN, "", "rejectCoupon",
					RuleEffect.props("value", code, "rejectionReason", COUPON_NOT_FOUND),
					List.of(code, COUPON_NOT_FOUND), null));
		}
		if (!referral.isEmpty() && !referralEvaluated) {
			evaluation.effects.add(new RuleEffect(NO_CAMPAIGN, "", "rejectReferral",
					RuleEffect.props("value", referral, "rejectionReason", REFERRAL_NOT_FOUND),
					List.of(referral, REFERRAL_NOT_FOUND), null));
		}
		for (LoyaltyRule program : this.rules.loyaltyPrograms()) {
			String card = program.cardBased() ? loyaltyCard : null;
			String failure = !closing ? "points are awarded when the session closes"
					: program.cardBased() ? ((card == null) ? "the session names no loyalty card"
							: !lookups.hasActiveCard(program.programId(), card)
									? "loyalty card " + card + " is not an active card of program " + program.programId()
									: null)
							: profileId.isEmpty() ? "an anonymous session earns no points" : null;
			BigDecimal points = (failure == null) ? points(program, subtotal.subtract(evaluation.discounted))
					: BigDecimal.ZERO;
			if (failure == null && points.signum() <= 0) {
				failure = "the cart earns no points";
			}
			if (failure != null) {
				evaluation.outcome(program, false, null, failure);
				continue;
			}
			String transaction = UUID.randomUUID().toString();
			Instant startDate = program.pendingFor().isZero() ? null : now.plus(program.pendingFor());
			Instant expiryDate = program.validFor().isZero() ? null
					: ((startDate != null) ? startDate : now).plus(program.validFor());
			evaluation.effects.add(new RuleEffect(program.campaignId(), program.label(), "addLoyaltyPoints",
					RuleEffect.props("name", program.label(), "programId", program.programId(), "subLedgerId",
							MAIN_LEDGER, "value", points, "recipientIntegrationId", profileId, "startDate", startDate,
							"expiryDate", expiryDate, "transactionUUID", transaction, "cardIdentifier", card),
					null, null));
			evaluation.loyaltyAwards.add(new LoyaltyAward(program, transaction, points, startDate, expiryDate, card));
			evaluation.outcome(program, true, null, null);
		}
		return evaluation;
	}

	/**
	 * The points an amount earns in a program: one per {@link LoyaltyRule#amountPerPoint()}, rounded down.
	 * @param program the program
	 * @param amount the amount
	 * @return the points, zero or more
	 */
	static BigDecimal points(LoyaltyRule program, BigDecimal amount) {
		if (amount.signum() <= 0) {
			return BigDecimal.ZERO;
		}
		return amount.divide(program.amountPerPoint(), 0, RoundingMode.DOWN);
	}

	/**
	 * The id of a coupon code of a coupon rule: the simulator has one code per coupon campaign, whose id is the
	 * campaign id.
	 * @param rule the rule
	 * @return the coupon id
	 */
	static long couponId(CouponRule rule) {
		return rule.campaignId();
	}

	/**
	 * The coupon rule of a code, ignoring case.
	 * @param code the code
	 * @return the rule, or {@code null} when no rule has that code
	 */
	CouponRule couponRule(String code) {
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
	 * A line of a cart, as the rules see it.
	 *
	 * @param sku the SKU
	 * @param price the unit price
	 * @param quantity the quantity still in the cart (after returns)
	 */
	record CartLine(String sku, BigDecimal price, long quantity) {

		/**
		 * The sum of price &times; quantity of the lines.
		 * @param lines the lines
		 * @return the subtotal
		 */
		static BigDecimal subtotal(List<CartLine> lines) {
			BigDecimal subtotal = BigDecimal.ZERO;
			for (CartLine line : lines) {
				subtotal = subtotal.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
			}
			return subtotal;
		}

	}

	/**
	 * A coupon code accepted in an evaluation.
	 *
	 * @param rule its rule
	 * @param code the code as entered
	 */
	record AcceptedCoupon(CouponRule rule, String code) {
	}

	/**
	 * Loyalty points an evaluation awards when its session closes.
	 *
	 * @param program the program
	 * @param transactionUUID the transaction's id, as in the {@code addLoyaltyPoints} effect
	 * @param points the points
	 * @param startDate when pending points become active, or {@code null} when they are active at once
	 * @param expiryDate when the points expire, or {@code null} when they never do
	 * @param cardIdentifier the loyalty card that earns them in a card-based program, {@code null} for the profile
	 */
	record LoyaltyAward(LoyaltyRule program, String transactionUUID, BigDecimal points, Instant startDate,
			Instant expiryDate, String cardIdentifier) {
	}

	/**
	 * What the rules look up in the simulator's state.
	 */
	interface Lookups {

		/**
		 * A referral code.
		 * @param code the code, any case
		 * @return the referral, or {@code null} when there is none
		 */
		StoredReferral referralByCode(String code);

		/**
		 * Whether a coupon code is reserved for a profile.
		 * @param coupon the coupon
		 * @param profileId the profile
		 * @return whether the profile holds a reservation of it
		 */
		boolean holdsReservation(CouponRule coupon, String profileId);

		/**
		 * Whether a loyalty card exists in a program and is active.
		 * @param programId the program
		 * @param cardIdentifier the card
		 * @return whether it can earn points
		 */
		boolean hasActiveCard(long programId, String cardIdentifier);

	}

	/**
	 * Whether a rule passed in an evaluation, for {@code triggeredCampaigns}, {@code ruleFailureReasons} and
	 * {@code campaignEligibility}.
	 *
	 * @param rule the rule
	 * @param passed whether it produced its effects
	 * @param couponCode the coupon code it evaluated, or {@code null}
	 * @param failure why it did not pass, or {@code null}
	 */
	record Outcome(PromotionRule rule, boolean passed, String couponCode, String failure) {
	}

	/**
	 * The outcome of an evaluation.
	 */
	static final class Evaluation {

		private final BigDecimal subtotal;

		private final List<RuleEffect> effects = new ArrayList<>();

		private final Map<String, BigDecimal> discounts = new LinkedHashMap<>();

		private final List<AcceptedCoupon> acceptedCoupons = new ArrayList<>();

		private final List<LoyaltyAward> loyaltyAwards = new ArrayList<>();

		private final List<Outcome> outcomes = new ArrayList<>();

		private BigDecimal discounted = BigDecimal.ZERO;

		private StoredReferral acceptedReferral;

		Evaluation(BigDecimal subtotal) {
			this.subtotal = subtotal;
		}

		/** No effects and no discounts, as for a cancelled session or an evaluation without a cart. */
		static Evaluation none(BigDecimal subtotal) {
			return new Evaluation(subtotal);
		}

		private void discount(PromotionRule rule, Discount discount, Long triggeredByCoupon) {
			BigDecimal amount = discount.amountOff(this.subtotal, this.subtotal.subtract(this.discounted));
			if (amount.signum() > 0) {
				this.effects.add(new RuleEffect(rule.campaignId(), rule.label(), "setDiscount",
						RuleEffect.props("name", rule.label(), "value", amount), List.of(rule.label(), amount),
						triggeredByCoupon));
				this.discounts.put(rule.label(), amount);
				this.discounted = this.discounted.add(amount);
			}
		}

		private void outcome(PromotionRule rule, boolean passed, String couponCode, String failure) {
			this.outcomes.add(new Outcome(rule, passed, couponCode, failure));
		}

		List<RuleEffect> effects() {
			return this.effects;
		}

		/** The effects v1 answers show, in order. */
		List<RuleEffect> v1Effects() {
			return this.effects.stream().filter((effect) -> effect.v1Arguments() != null).toList();
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

		/** The coupon codes accepted, redeemed when the session closes. */
		List<AcceptedCoupon> acceptedCoupons() {
			return this.acceptedCoupons;
		}

		/** The loyalty points awarded, added to the profile's ledgers when the session closes. */
		List<LoyaltyAward> loyaltyAwards() {
			return this.loyaltyAwards;
		}

		/** What each rule did, in rule order (loyalty programs last). */
		List<Outcome> outcomes() {
			return this.outcomes;
		}

	}

}
