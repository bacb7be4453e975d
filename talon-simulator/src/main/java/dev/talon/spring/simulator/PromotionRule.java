package dev.talon.spring.simulator;

/**
 * One promotion the simulator evaluates on every session update and event, standing for a Talon.One campaign with one
 * ruleset of one rule. Its effects come back as Talon.One v1 effects
 * {@code [campaignId, rulesetId, ruleIndex, [name, args...]]} to v1 requests and as v2 effect objects
 * {@code {campaignId, rulesetId, ruleIndex, ruleName, effectType, props}} to v2 requests, where the simulator's ruleset
 * id equals the campaign id, the rule index is 0 and the rule name is the {@link #label() label}.
 */
public sealed interface PromotionRule permits CartThresholdRule, CouponRule, FreeItemRule, ReferralRule, LoyaltyRule {

	/**
	 * The campaign this rule stands for; it appears as the first element of each of its effects.
	 * @return the campaign id, positive
	 */
	long campaignId();

	/**
	 * The label of the rule's discount, free item or loyalty points, as shops show it; also the v2 effects'
	 * {@code ruleName}.
	 * @return the label
	 */
	String label();

	/**
	 * A one-line description for people, such as the simulator's start-up banner.
	 * @return the description
	 */
	String describe();

}
