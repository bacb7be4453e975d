package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.util.Map;

import dev.talon.spring.client.model.v2.effect.CodeStatus;

/**
 * A cart with its promotions.
 *
 * @param subtotal the sum of the lines
 * @param discounts the discounts by label
 * @param total the subtotal less the discounts
 * @param coupons each coupon code's status
 * @param loyaltyPoints the points the order earned (at checkout)
 * @param promotionsAvailable whether Talon.One answered; {@code false} when the cart is priced without it
 */
public record PricedCart(BigDecimal subtotal, Map<String, BigDecimal> discounts, BigDecimal total,
		Map<String, CodeStatus> coupons, BigDecimal loyaltyPoints, boolean promotionsAvailable) {
}
