package dev.talon.spring.sample;

import java.util.Map;

/**
 * An immutable copy of a {@link Cart}, taken while holding its monitor, from which a session update and a view are
 * built without holding it.
 *
 * @param id the cart id, also the Talon.One session id
 * @param customerId the customer, {@code null} for an anonymous cart
 * @param quantities the quantity of each SKU, in the order they were added
 * @param couponCode the coupon code, {@code null} when none
 * @param referralCode the referral code, {@code null} when none
 * @param status the status
 * @param version the version
 * @param promotions the promotions
 */
record CartSnapshot(String id, String customerId, Map<String, Integer> quantities, String couponCode,
		String referralCode, CartStatus status, long version, CartPromotions promotions) {
}
