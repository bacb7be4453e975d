package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An immutable copy of a {@link Cart}, taken while holding its monitor, from which a session update and a view are
 * built without holding it.
 *
 * @param id the cart id, also the Talon.One session id and the order id
 * @param market the market the cart was created in: its Talon.One Application and currency
 * @param customerId the customer, {@code null} for an anonymous cart
 * @param quantities the quantity of each SKU, in the order they were added (the order of the session's cart items)
 * @param couponCodes the coupon codes, in the order they were entered
 * @param referralCode the referral code, {@code null} when none
 * @param status the status
 * @param version the version
 * @param promotions the promotions
 * @param loyaltyPointsTakenBack the points of the placed order Talon.One took back, {@code null} when none
 * @param returns the returns of the placed order, oldest first
 */
record CartSnapshot(String id, Market market, String customerId, Map<String, Integer> quantities,
		List<String> couponCodes, String referralCode, CartStatus status, long version, CartPromotions promotions,
		BigDecimal loyaltyPointsTakenBack, List<Cart.OrderReturn> returns) {
}
