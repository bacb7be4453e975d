package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code GET /carts/{id}}, {@code GET /orders/{id}} and every change of a cart or order answer: the lines and
 * their prices, the discounts Talon.One granted with their labels, the total, the fate of each coupon code and of the
 * referral code, the free items, the loyalty points, the returns, and whether promotions are available right now.
 *
 * @param id the cart id (also the order id and the Talon.One session id)
 * @param market the market the cart was created in, whose Talon.One Application decides its promotions
 * @param currency the currency of every amount of the cart (its market's)
 * @param status the cart's status
 * @param customerId the customer, absent for an anonymous cart
 * @param lines the lines, in the order they were added
 * @param subtotal the sum of the lines
 * @param discounts the discounts on the whole cart
 * @param totalDiscount the sum of the discounts, those on single lines included
 * @param total what the customer pays: the subtotal less the discounts
 * @param coupons the coupon codes, in the order they were entered, each with its status
 * @param referral the referral code and its status, absent when none
 * @param freeItems the items added for free
 * @param loyaltyPoints the loyalty points the order earned when it was placed, absent when Talon.One awarded none
 * @param loyaltyPointsTakenBack the points Talon.One took back since, for returns or the cancellation, absent when none
 * @param returns the returns of the placed order, oldest first; absent when none
 * @param promotionsAvailable {@code false} while Talon.One is slow or down: the cart is then served without
 * discounts, and the next change after it recovers brings them back
 * @param promotionsMessage why promotions are unavailable, absent when they are available
 * @param lastChangeUnconfirmed {@code true} when the last cancellation, return or edit of the order lost its answer:
 * Talon.One may have made it (and taken back the points shown) without the shop learning it; the next change of the
 * cart or order reads the session back and shows what Talon.One did. Absent otherwise. A read does not call Talon.One.
 */
public record CartView(String id, String market, Currency currency, CartStatus status, String customerId,
		List<Line> lines, BigDecimal subtotal, List<CartPromotions.Discount> discounts, BigDecimal totalDiscount,
		BigDecimal total, List<CodeView> coupons, CodeView referral, List<CartPromotions.FreeItem> freeItems,
		BigDecimal loyaltyPoints, BigDecimal loyaltyPointsTakenBack,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReturnView> returns, boolean promotionsAvailable,
		String promotionsMessage, Boolean lastChangeUnconfirmed) {

	static final String PROMOTIONS_UNAVAILABLE = "Promotions are temporarily unavailable. Your cart is saved; "
			+ "discounts are applied again with your next change once they are back.";

	static CartView of(CartSnapshot cart, ProductCatalog catalog) {
		return of(cart, catalog, false);
	}

	/**
	 * The view of a cart.
	 * @param cart the cart
	 * @param catalog the products, for the names and prices
	 * @param lastChangeUnconfirmed whether the last change of the order lost its answer
	 * @return the view
	 */
	static CartView of(CartSnapshot cart, ProductCatalog catalog, boolean lastChangeUnconfirmed) {
		CartPromotions promotions = cart.promotions();
		List<Line> lines = new ArrayList<>();
		BigDecimal subtotal = CartPromotions.ZERO;
		for (Map.Entry<String, Integer> entry : cart.quantities().entrySet()) {
			Product product = catalog.find(entry.getKey(), cart.market().currency()).orElseThrow();
			BigDecimal lineTotal = product.price().multiply(BigDecimal.valueOf(entry.getValue()));
			lines.add(new Line(product.sku(), product.name(), product.price(), entry.getValue(), lineTotal,
					promotions.itemDiscounts().get(product.sku())));
			subtotal = subtotal.add(lineTotal);
		}
		BigDecimal totalDiscount = promotions.totalDiscount();
		BigDecimal total = subtotal.subtract(totalDiscount).max(CartPromotions.ZERO);
		List<CodeView> coupons = cart.couponCodes()
			.stream()
			.map((code) -> CodeView.of(code, promotions.coupons().get(code)))
			.toList();
		List<ReturnView> returns = cart.returns().stream().map(ReturnView::of).toList();
		return new CartView(cart.id(), cart.market().name(), cart.market().currency(), cart.status(),
				cart.customerId(), List.copyOf(lines), subtotal, promotions.discounts(), totalDiscount, total, coupons,
				CodeView.of(cart.referralCode(), promotions.referral()), promotions.freeItems(),
				promotions.loyaltyPoints(), cart.loyaltyPointsTakenBack(), returns, promotions.available(),
				promotions.available() ? null : PROMOTIONS_UNAVAILABLE, lastChangeUnconfirmed ? Boolean.TRUE : null);
	}

	/**
	 * One line of the cart.
	 *
	 * @param sku the product's SKU
	 * @param name the product's name
	 * @param unitPrice the price of one unit
	 * @param quantity the quantity
	 * @param lineTotal unit price &times; quantity
	 * @param discount the discount Talon.One gave on this line alone ({@code setDiscountPerItem}), absent when none
	 */
	public record Line(String sku, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal,
			BigDecimal discount) {
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

	/**
	 * A return of items of the order.
	 *
	 * @param returnId the shop's id of the return
	 * @param lines the units returned
	 * @param loyaltyPointsTakenBack the loyalty points Talon.One took back for them
	 */
	public record ReturnView(String returnId, List<ReturnLine> lines, BigDecimal loyaltyPointsTakenBack) {

		static ReturnView of(Cart.OrderReturn orderReturn) {
			List<ReturnLine> lines = new ArrayList<>();
			orderReturn.lines().forEach((sku, quantity) -> lines.add(new ReturnLine(sku, quantity)));
			return new ReturnView(orderReturn.returnId(), List.copyOf(lines), orderReturn.loyaltyPointsTakenBack());
		}

	}

	/**
	 * Units of one product, in a return.
	 *
	 * @param sku the product's SKU
	 * @param quantity the number of units
	 */
	public record ReturnLine(String sku, int quantity) {
	}

}
