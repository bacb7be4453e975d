package dev.talon.spring.simulator;

import java.math.BigDecimal;

/**
 * A discount on every cart whose subtotal (the sum of price &times; quantity of its items) reaches a threshold:
 * {@code setDiscount(label, amount)}.
 *
 * @param campaignId the campaign id, positive
 * @param minimumSubtotal the subtotal from which the discount applies, not negative
 * @param discount the discount
 * @param label the discount's label
 */
public record CartThresholdRule(long campaignId, BigDecimal minimumSubtotal, Discount discount, String label)
		implements PromotionRule {

	/**
	 * Checks the arguments.
	 * @param campaignId the campaign id, positive
	 * @param minimumSubtotal the subtotal from which the discount applies, not negative
	 * @param discount the discount
	 * @param label the discount's label
	 * @throws IllegalArgumentException when one is missing or out of range
	 */
	public CartThresholdRule {
		RuleChecks.campaignId(campaignId);
		RuleChecks.notNegative(minimumSubtotal, "minimumSubtotal");
		RuleChecks.notNull(discount, "discount");
		RuleChecks.notBlank(label, "label");
	}

	@Override
	public String describe() {
		return "campaign " + this.campaignId + ": " + this.discount + " off every cart of "
				+ this.minimumSubtotal.toPlainString() + " or more, labelled \"" + this.label + "\"";
	}

}
