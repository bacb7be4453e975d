package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.util.List;

/**
 * A shop's cart.
 *
 * @param id the cart's id, also its Talon.One session id
 * @param customerId the customer, or {@code null} for a guest
 * @param lines the lines
 * @param couponCodes the coupon codes the customer entered
 */
public record Cart(String id, String customerId, List<Line> lines, List<String> couponCodes) {

	/**
	 * A line of a cart.
	 *
	 * @param sku the product
	 * @param price the unit price
	 * @param quantity how many
	 */
	public record Line(String sku, BigDecimal price, int quantity) {
	}

	BigDecimal subtotal() {
		return this.lines.stream()
			.map((line) -> line.price().multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
