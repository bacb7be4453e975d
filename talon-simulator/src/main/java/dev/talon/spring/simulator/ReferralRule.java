package dev.talon.spring.simulator;

/**
 * A referral campaign: {@code createReferral} with this campaign id gives an advocate a code, and a session whose
 * referral is a valid code of this campaign gets {@code acceptReferral(code)} followed by
 * {@code setDiscount(label, amount)}; an invalid code gets {@code rejectReferral(code, reason)}. A code is counted as
 * used when its session is closed (and uncounted when that session is cancelled).
 *
 * @param campaignId the campaign id, positive
 * @param discount the friend's discount
 * @param label the discount's label
 * @param usageLimit how often each code may be used, 0 for no limit
 */
public record ReferralRule(long campaignId, Discount discount, String label, long usageLimit) implements PromotionRule {

	/**
	 * Checks the arguments.
	 * @param campaignId the campaign id, positive
	 * @param discount the friend's discount
	 * @param label the discount's label
	 * @param usageLimit how often each code may be used, 0 for no limit
	 * @throws IllegalArgumentException when one is missing or out of range
	 */
	public ReferralRule {
		RuleChecks.campaignId(campaignId);
		RuleChecks.notNull(discount, "discount");
		RuleChecks.notBlank(label, "label");
		if (usageLimit < 0) {
			throw new IllegalArgumentException("usageLimit must not be negative but was " + usageLimit);
		}
	}

	@Override
	public String describe() {
		return "campaign " + this.campaignId + ": referral codes from createReferral take " + this.discount
				+ " off the friend's cart, labelled \"" + this.label + "\""
				+ ((this.usageLimit > 0) ? ", each code usable " + this.usageLimit + " time(s)" : "");
	}

}
