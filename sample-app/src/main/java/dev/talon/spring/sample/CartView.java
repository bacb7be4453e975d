package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /carts/{id}} and every cart change answer: the lines and their prices, the discounts Talon.One
 * granted with their labels, the total, the fate of the coupon and referral codes, the free items, and whether
 * promotions are available right now.
 *
 * @param id the cart id (the Talon.One session id)
 * @param status the cart's status
 * @param customerId the customer, absent for an anonymous cart
 * @param lines the lines, in the order they were added
 * @param subtotal the sum of the lines
 * @param discounts the discounts
 * @param totalDiscount the sum of the discounts
 * @param total what the customer pays: the subtotal less the discounts
 * @param coupon the coupon code and its status, absent when none
 * @param referral the referral code and its status, absent when none
 * @param freeItems the items added for free
 * @param promotionsAvailable {@code false} while Talon.One is slow or down: the cart is then served without
 * discounts, and the next change after it recovers brings them back
 * @param promotionsMessage why promotions are unavailable, absent when they are available
 */
public record CartView(String id, CartStatus status, String customerId, List<Line> lines, BigDecimal subtotal,
		List<CartPromotions.Discount> discounts, BigDecimal totalDiscount, BigDecimal total, CodeView coupon,
		CodeView referral, List<CartPromotions.FreeItem> freeItems, boolean promotionsAvailable,
		String promotionsMessage) {

	static final String PROMOTIONS_UNAVAILABLE = "Promotions are temporarily unavailable. Your cart is saved; "
			+ "discounts are applied again with your next change once they are back.";

	static CartView of(CartSnapshot cart, ProductCatalog catalog) {
		List<Line> lines = new ArrayList<>();
		BigDecimal subtotal = CartPromotions.ZERO;
		for (Map.Entry<String, Integer> entry : cart.quantities().entrySet()) {
			Product product = catalog.find(entry.getKey()).orElseThrow();
			BigDecimal lineTotal = product.price().multiply(BigDecimal.valueOf(entry.getValue()));
			lines.add(new Line(product.sku(), product.name(), product.price(), entry.getValue(), lineTotal));
			subtotal = subtotal.add(lineTotal);
		}
		CartPromotions promotions = cart.promotions();
		BigDecimal totalDiscount = promotions.totalDiscount();
		BigDecimal total = subtotal.subtract(totalDiscount).max(CartPromotions.ZERO);
		return new CartView(cart.id(), cart.status(), cart.customerId(), List.copyOf(lines), subtotal,
				promotions.discounts(), totalDiscount, total, CodeView.of(cart.couponCode(), promotions.coupon()),
				CodeView.of(cart.referralCode(), promotions.referral()), promotions.freeItems(),
				promotions.available(), promotions.available() ? null : PROMOTIONS_UNAVAILABLE);
	}

	/**
	 * One line of the cart.
	 *
	 * @param sku the product's SKU
	 * @param name the product's name
	 * @param unitPrice the price of one unit
	 * @param quantity the quantity
	 * @param lineTotal unit price &times; quantity
	 */
	public record Line(String sku, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
	}

	/**
	 * A coupon or referral code and what Talon.One said about it.
	 *
	 * @param code the code as the customer entered it
	 * @param status accepted, rejected, or not verified (while promotions are unavailable)
	 * @param rejectionReason Talon.One's reason for a rejection, such as {@code CouponNotFound}
	 */
	public record CodeView(String code, CartPromotions.CodeStatus status, String rejectionReason) {

		static CodeView of(String code, CartPromotions.CodeVerdict verdict) {
			if (code == null) {
				return null;
			}
			return (verdict != null) ? new CodeView(code, verdict.status(), verdict.rejectionReason())
					: new CodeView(code, CartPromotions.CodeStatus.UNVERIFIED, null);
		}

	}

}
