package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.Currency;

import dev.talon.spring.simulator.CartThresholdRule;
import dev.talon.spring.simulator.CouponRule;
import dev.talon.spring.simulator.Discount;
import dev.talon.spring.simulator.FreeItemRule;
import dev.talon.spring.simulator.LoyaltyRule;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.ReferralRule;

/**
 * The rules of the embedded simulators, by the currency of the Application's market: what the shop's Talon.One
 * Applications would have configured. Each Application has campaign ids of its own, as in a Talon.One account.
 * <ul>
 * <li>EUR: the simulator's {@link PromotionRules#defaults() default rules}: 10% off carts of 50.00 or more, coupons
 * {@code WELCOME10} and {@code TAKE5}, free filters with a hand grinder, referral campaign 5 (10.00 off) and loyalty
 * program 1 ("Coffee points"); and the sign-up coupon {@code HELLO15}, 15% off (campaign 6).</li>
 * <li>GBP: 10% off carts of £40.00 or more (campaign 11), coupon {@code TEATIME}, £3.00 off carts of £20.00 or more,
 * which exists in this market only (12), free filters with a hand grinder (13), referral campaign 15 (£8.00 off),
 * the sign-up coupon {@code HELLO5}, £5.00 off carts of £25.00 or more (16), and loyalty program 2 ("Coffee points
 * UK", 1 point per £1.00, campaign 20).</li>
 * </ul>
 * The sign-up coupons require a reservation (a hard one): the shop reserves its market's for each customer who signs
 * up ({@code createCouponReservation}, {@code shop.markets.<name>.sign-up-coupon}), and Talon.One rejects it in the
 * carts of everyone else ({@code CouponReservationRequired}).
 */
final class SimulatorRules {

	private static final PromotionRules EUR = PromotionRules.defaults()
		.and(new CouponRule(6, "HELLO15", Discount.percent("15"), BigDecimal.ZERO,
				"Sign-up coupon HELLO15: 15% off").requiringReservation());

	private static final PromotionRules GBP = PromotionRules.of(
			new CartThresholdRule(11, new BigDecimal("40.00"), Discount.percent("10"),
					"10% off orders of £40.00 or more"),
			new CouponRule(12, "TEATIME", Discount.amount("3.00"), new BigDecimal("20.00"),
					"Coupon TEATIME: £3.00 off orders of £20.00 or more"),
			new FreeItemRule(13, "GRINDER-HAND", "FILTER-100", "Paper filters (100)",
					"Free paper filters with every hand grinder"),
			new ReferralRule(15, Discount.amount("8.00"), "Referral: £8.00 off", 0),
			new CouponRule(16, "HELLO5", Discount.amount("5.00"), new BigDecimal("25.00"),
					"Sign-up coupon HELLO5: £5.00 off orders of £25.00 or more").requiringReservation(),
			new LoyaltyRule(20, 2, "Coffee points UK", new BigDecimal("1.00"), "1 point per £1.00 spent"));

	private SimulatorRules() {
	}

	/**
	 * The rules of an Application whose market has the given currency.
	 * @param currency the currency, {@code null} when the Application is no market's
	 * @return the GBP rules for pounds, the EUR rules otherwise (also for an Application that is no market's)
	 */
	static PromotionRules forCurrency(Currency currency) {
		return (currency != null && currency.getCurrencyCode().equals("GBP")) ? GBP : EUR;
	}

}
