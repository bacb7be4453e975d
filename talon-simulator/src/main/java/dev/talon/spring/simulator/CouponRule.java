package dev.talon.spring.simulator;

import java.math.BigDecimal;

/**
 * A coupon code (matched case-insensitively) that gives a discount when the cart's subtotal reaches a minimum: the
 * session's coupon is then accepted, {@code acceptCoupon(code)} followed by {@code setDiscount(label, amount)};
 * below the minimum it is rejected, {@code rejectCoupon(code, "CouponRejectedByCondition")}.
 * <p>
 * {@code createCouponReservation} reserves the code for profiles: they find it in their inventory. With
 * {@link #requiringReservation() reservation mandatory} (a hard reservation) only those profiles can redeem it; other
 * sessions get {@code rejectCoupon(code, "CouponReservationRequired")}, anonymous ones
 * {@code rejectCoupon(code, "ProfileRequired")}.
 *
 * @param campaignId the campaign id, positive
 * @param code the coupon code, not blank
 * @param discount the discount
 * @param minimumSubtotal the subtotal from which the coupon is accepted, not negative (zero for no minimum)
 * @param label the discount's label
 * @param reservationMandatory whether only profiles that hold a reservation of the code can redeem it
 */
public record CouponRule(long campaignId, String code, Discount discount, BigDecimal minimumSubtotal, String label,
		boolean reservationMandatory) implements PromotionRule {

	/**
	 * Checks the arguments.
	 * @param campaignId the campaign id, positive
	 * @param code the coupon code, not blank
	 * @param discount the discount
	 * @param minimumSubtotal the subtotal from which the coupon is accepted, not negative (zero for no minimum)
	 * @param label the discount's label
	 * @param reservationMandatory whether only profiles that hold a reservation of the code can redeem it
	 * @throws IllegalArgumentException when one is missing or out of range
	 */
	public CouponRule {
		RuleChecks.campaignId(campaignId);
		RuleChecks.notBlank(code, "code");
		RuleChecks.notNull(discount, "discount");
		RuleChecks.notNegative(minimumSubtotal, "minimumSubtotal");
		RuleChecks.notBlank(label, "label");
	}

	/**
	 * A coupon any session may redeem, reserved or not.
	 * @param campaignId the campaign id, positive
	 * @param code the coupon code, not blank
	 * @param discount the discount
	 * @param minimumSubtotal the subtotal from which the coupon is accepted, not negative (zero for no minimum)
	 * @param label the discount's label
	 * @throws IllegalArgumentException when one is missing or out of range
	 */
	public CouponRule(long campaignId, String code, Discount discount, BigDecimal minimumSubtotal, String label) {
		this(campaignId, code, discount, minimumSubtotal, label, false);
	}

	/**
	 * This coupon with reservation mandatory: only the profiles it is reserved for can redeem it.
	 * @return the changed rule
	 */
	public CouponRule requiringReservation() {
		return new CouponRule(this.campaignId, this.code, this.discount, this.minimumSubtotal, this.label, true);
	}

	@Override
	public String describe() {
		return "campaign " + this.campaignId + ": coupon " + this.code + " takes " + this.discount + " off"
				+ ((this.minimumSubtotal.signum() > 0)
						? " carts of " + this.minimumSubtotal.toPlainString() + " or more" : " any cart")
				+ ", labelled \"" + this.label + "\"" + (this.reservationMandatory ? ", for reserved profiles only" : "");
	}

}
