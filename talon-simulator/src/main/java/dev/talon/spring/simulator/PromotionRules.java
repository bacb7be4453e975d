package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules the simulator evaluates, in order: discounts are taken in this order, each at most what is left of the
 * cart after the earlier ones. Campaign ids are unique, and so are coupon codes (ignoring case). The loyalty rules are
 * the loyalty programs the loyalty operations know, by {@link LoyaltyRule#programId()}.
 */
public final class PromotionRules {

	private static final PromotionRules DEFAULTS = of(
			new CartThresholdRule(1, new BigDecimal("50.00"), Discount.percent("10"),
					"10% off orders of 50.00 or more"),
			new CouponRule(2, "WELCOME10", Discount.percent("10"), BigDecimal.ZERO, "Coupon WELCOME10: 10% off"),
			new CouponRule(3, "TAKE5", Discount.amount("5.00"), new BigDecimal("30.00"),
					"Coupon TAKE5: 5.00 off orders of 30.00 or more"),
			new FreeItemRule(4, "GRINDER-HAND", "FILTER-100", "Paper filters (100)",
					"Free paper filters with every hand grinder"),
			new ReferralRule(5, Discount.amount("10.00"), "Referral: 10.00 off", 0),
			new LoyaltyRule(10, 1, "Coffee points", new BigDecimal("1.00"), "1 point per 1.00 spent"));

	private final List<PromotionRule> rules;

	private PromotionRules(List<PromotionRule> rules) {
		Set<Long> campaigns = new HashSet<>();
		Set<String> codes = new HashSet<>();
		Map<Long, Boolean> cardBased = new HashMap<>();
		for (PromotionRule rule : rules) {
			if (rule == null) {
				throw new IllegalArgumentException("rules must not contain null");
			}
			if (!campaigns.add(rule.campaignId())) {
				throw new IllegalArgumentException("campaign id " + rule.campaignId() + " is used by two rules");
			}
			if (rule instanceof CouponRule coupon && !codes.add(coupon.code().toUpperCase(Locale.ROOT))) {
				throw new IllegalArgumentException("coupon code " + coupon.code() + " is used by two rules");
			}
			if (rule instanceof LoyaltyRule loyalty
					&& cardBased.putIfAbsent(loyalty.programId(), loyalty.cardBased()) != null
					&& cardBased.get(loyalty.programId()) != loyalty.cardBased()) {
				throw new IllegalArgumentException("loyalty program " + loyalty.programId()
						+ " is card-based in one rule and profile-based in another");
			}
		}
		this.rules = List.copyOf(rules);
	}

	/**
	 * The default rules, which the README documents:
	 * <ol>
	 * <li>campaign 1: 10% off carts of 50.00 or more;</li>
	 * <li>campaign 2: coupon {@code WELCOME10}, 10% off any cart;</li>
	 * <li>campaign 3: coupon {@code TAKE5}, 5.00 off carts of 30.00 or more;</li>
	 * <li>campaign 4: free {@code FILTER-100} (paper filters) with every cart containing {@code GRINDER-HAND};</li>
	 * <li>campaign 5: referral codes, 10.00 off the friend's cart, no usage limit;</li>
	 * <li>campaign 10: loyalty program 1 ("Coffee points"), 1 point per 1.00 of a closed session's cart after
	 * discounts, rounded down (campaigns 6 to 9 are left for your own rules).</li>
	 * </ol>
	 * @return the default rules
	 */
	public static PromotionRules defaults() {
		return DEFAULTS;
	}

	/**
	 * No rules at all: every session gets no effects.
	 * @return the empty rule set
	 */
	public static PromotionRules none() {
		return new PromotionRules(List.of());
	}

	/**
	 * The given rules, in order.
	 * @param rules the rules
	 * @return the rule set
	 * @throws IllegalArgumentException when two rules share a campaign id or a coupon code, or two loyalty rules of one
	 * program disagree on whether it is card-based
	 */
	public static PromotionRules of(PromotionRule... rules) {
		return new PromotionRules(List.of(rules));
	}

	/**
	 * The given rules, in order.
	 * @param rules the rules
	 * @return the rule set
	 * @throws IllegalArgumentException when two rules share a campaign id or a coupon code, or two loyalty rules of one
	 * program disagree on whether it is card-based
	 */
	public static PromotionRules of(List<? extends PromotionRule> rules) {
		return new PromotionRules(new ArrayList<>(rules));
	}

	/**
	 * These rules followed by another one.
	 * @param rule the rule to add
	 * @return a new rule set
	 * @throws IllegalArgumentException when the rule's campaign id or coupon code is already used
	 */
	public PromotionRules and(PromotionRule rule) {
		List<PromotionRule> all = new ArrayList<>(this.rules);
		all.add(rule);
		return new PromotionRules(all);
	}

	/**
	 * The rules in evaluation order.
	 * @return the rules
	 */
	public List<PromotionRule> rules() {
		return this.rules;
	}

	/**
	 * The loyalty programs of the rules, in order.
	 * @return the loyalty rules
	 */
	List<LoyaltyRule> loyaltyPrograms() {
		List<LoyaltyRule> programs = new ArrayList<>();
		for (PromotionRule rule : this.rules) {
			if (rule instanceof LoyaltyRule loyalty) {
				programs.add(loyalty);
			}
		}
		return programs;
	}

	/**
	 * The loyalty rule of a program.
	 * @param programId the program's id
	 * @return the first rule of that program, or {@code null}
	 */
	LoyaltyRule loyaltyProgram(long programId) {
		for (LoyaltyRule rule : loyaltyPrograms()) {
			if (rule.programId() == programId) {
				return rule;
			}
		}
		return null;
	}

	/**
	 * The referral campaign with the given id.
	 * @param campaignId the campaign id
	 * @return the rule, or {@code null} when no referral rule has that campaign id
	 */
	ReferralRule referralCampaign(long campaignId) {
		for (PromotionRule rule : this.rules) {
			if (rule instanceof ReferralRule referral && referral.campaignId() == campaignId) {
				return referral;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "PromotionRules" + this.rules;
	}

}
