package dev.talon.spring.simulator;

import java.math.BigDecimal;

/**
 * A coupon code (matched case-insensitively) that gives a discount when the cart's subtotal reaches a minimum: the
 * session's coupon is then accepted, {@code acceptCoupon(code)} followed by {@code setDiscount(label, amount)};
 * below the minimum it is rejected, {@code rejectCoupon(code, "CouponRejectedByCondition")}.
 *
 * @param campaignId the campaign id, positive
 * @param code the coupon code, not blank
 * @param discount the discount
 * @param minimumSubtotal the subtotal from which the coupon is accepted, not negative (zero for no minimum)
 * @param label the discount's label
 */
public record CouponRule(long campaignId, String code, Discount discount, BigDecimal minimumSubtotal, String label)
		implements PromotionRule {

	/**
	 * Checks the arguments.
	 * @param campaignId the campaign id, positive
	 * @param code the coupon code, not blank
	 * @param discount the discount
	 * @param minimumSubtotal the subtotal from which the coupon is accepted, not negative (zero for no minimum)
	 * @param label the discount's label
	 * @throws IllegalArgumentException when one is missing or out of range
	 */
	public CouponRule {
		RuleChecks.campaignId(campaignId);
		RuleChecks.notBlank(code, "code");
		RuleChecks.notNull(discount, "discount");
		RuleChecks.notNegative(minimumSubtotal, "minimumSubtotal");
		RuleChecks.notBlank(label, "label");
	}

	@Override
	public String describe() {
		return "campaign " + this.campaignId + ": coupon " + this.code + " takes " + this.discount + " off"
				+ ((this.minimumSubtotal.signum() > 0)
						? " carts of " + this.minimumSubtotal.toPlainString() + " or more" : " any cart")
				+ ", labelled \"" + this.label + "\"";
	}

}
