package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cart, and the order it becomes, kept by the shop: the shop is the owner of what the customer put in it, Talon.One
 * only decides its promotions. Not thread-safe: the services change a cart only while holding its monitor.
 */
final class Cart {

	private final String id;

	private final Market market;

	private final Map<String, Integer> quantities = new LinkedHashMap<>();

	private final List<String> couponCodes = new ArrayList<>();

	private final List<OrderReturn> returns = new ArrayList<>();

	private String customerId;

	private String referralCode;

	private CartStatus status = CartStatus.OPEN;

	/** Counts the changes, so that an answer about an older version never replaces a newer one's. */
	private long version;

	private CartPromotions promotions = CartPromotions.NONE;

	private long promotionsVersion;

	/** The loyalty points of the placed order that Talon.One took back (returns, cancellation), or {@code null}. */
	private BigDecimal loyaltyPointsTakenBack;

	/** Whether a checkout failed in a way that may have closed the session all the same. */
	private boolean closeUnconfirmed;

	/** Whether a return, cancellation or edit of the placed order is running. */
	private boolean orderChangeRunning;

	private boolean orderChangeUnconfirmed;

	/** A return whose answer was lost, which Talon.One may have made; {@code null} when there is none. */
	private ReturnRequest unconfirmedReturn;

	Cart(String id, Market market, String customerId) {
		this.id = id;
		this.market = market;
		this.customerId = customerId;
	}

	String id() {
		return this.id;
	}

	Market market() {
		return this.market;
	}

	CartStatus status() {
		return this.status;
	}

	void status(CartStatus status) {
		this.status = status;
	}

	void setQuantity(String sku, int quantity) {
		if (quantity == 0) {
			this.quantities.remove(sku);
		}
		else {
			this.quantities.put(sku, quantity);
		}
		this.version++;
	}

	void customerId(String customerId) {
		this.customerId = customerId;
		this.version++;
	}

	/**
	 * Adds a coupon code, unless the cart has it already (codes match ignoring case, as in Talon.One).
	 * @param code the code
	 */
	void addCouponCode(String code) {
		if (this.couponCodes.stream().noneMatch(code::equalsIgnoreCase)) {
			this.couponCodes.add(code);
		}
		this.version++;
	}

	/**
	 * Removes a coupon code (ignoring case).
	 * @param code the code
	 */
	void removeCouponCode(String code) {
		this.couponCodes.removeIf(code::equalsIgnoreCase);
		this.version++;
	}

	void referralCode(String referralCode) {
		this.referralCode = referralCode;
		this.version++;
	}

	/**
	 * Replaces the promotions with Talon.One's answer about a version of this cart, unless an answer about a newer
	 * version was applied already.
	 * @param version the cart version the answer is about
	 * @param promotions the promotions
	 */
	void applyPromotions(long version, CartPromotions promotions) {
		if (version >= this.promotionsVersion) {
			this.promotions = promotions;
			this.promotionsVersion = version;
		}
	}

	/**
	 * Places the order at the promotions of Talon.One's answer to the close. It counts as a change of its own, so that
	 * a late answer to an update sent before the checkout never replaces them.
	 * @param promotions the promotions the order is placed at
	 */
	void place(CartPromotions promotions) {
		this.version++;
		applyPromotions(this.version, promotions);
		this.status = CartStatus.PLACED;
		this.closeUnconfirmed = false;
		this.loyaltyPointsTakenBack = null;
	}

	/**
	 * Makes the placed order a cart again, once Talon.One has reopened its session (and rolled back what closing it
	 * counted). Its promotions are Talon.One's again with the next update.
	 */
	void reopen() {
		this.version++;
		this.status = CartStatus.OPEN;
		this.loyaltyPointsTakenBack = null;
		// Talon.One rolled back the order's points when it reopened the session; its next answer is about the cart
		this.promotions = this.promotions.withoutLoyaltyPoints();
	}

	/**
	 * Records a return that Talon.One accepted.
	 * @param orderReturn the return
	 */
	void addReturn(OrderReturn orderReturn) {
		this.returns.add(orderReturn);
		this.status = CartStatus.PARTIALLY_RETURNED;
		takeBack(orderReturn.loyaltyPointsTakenBack());
	}

	/**
	 * Counts loyalty points that Talon.One took back from the order.
	 * @param points the points, zero when none
	 */
	void takeBack(BigDecimal points) {
		this.loyaltyPointsTakenBack = (this.loyaltyPointsTakenBack != null) ? this.loyaltyPointsTakenBack.add(points)
				: points;
	}

	/**
	 * How many units of a product the order has, returned or not.
	 * @param sku the product
	 * @return the units ordered, 0 when the order has none
	 */
	int orderedQuantity(String sku) {
		return this.quantities.getOrDefault(sku, 0);
	}

	/**
	 * How many units of a product the order's returns took back.
	 * @param sku the product
	 * @return the units returned, 0 when none
	 */
	int returnedQuantity(String sku) {
		return this.returns.stream().mapToInt((r) -> r.lines().getOrDefault(sku, 0)).sum();
	}

	/**
	 * How many units the order's returns took back, all products together.
	 * @return the units returned, 0 when there is no return
	 */
	int returnedUnits() {
		return this.returns.stream().flatMap((r) -> r.lines().values().stream()).mapToInt(Integer::intValue).sum();
	}

	/**
	 * A return recorded before.
	 * @param returnId the shop's return id
	 * @return the return, or {@code null} when there is none with that id
	 */
	OrderReturn findReturn(String returnId) {
		return this.returns.stream().filter((r) -> r.returnId().equals(returnId)).findFirst().orElse(null);
	}

	/**
	 * Whether the promotions are Talon.One's answer about the cart as it is now.
	 * @return {@code true} when Talon.One answered about the current version
	 */
	boolean hasCurrentPromotions() {
		return this.promotions.available() && this.promotionsVersion == this.version;
	}

	boolean closeUnconfirmed() {
		return this.closeUnconfirmed;
	}

	void closeUnconfirmed(boolean closeUnconfirmed) {
		this.closeUnconfirmed = closeUnconfirmed;
	}

	/**
	 * Whether a cancellation or edit of the placed order failed in a way that may have reached Talon.One (it ran out of
	 * time, or the customer went away): Talon.One may have done it, and the next change of the order reads the
	 * session back first.
	 * @return whether the last change of the order is unconfirmed
	 */
	boolean orderChangeUnconfirmed() {
		return this.orderChangeUnconfirmed;
	}

	void orderChangeUnconfirmed(boolean orderChangeUnconfirmed) {
		this.orderChangeUnconfirmed = orderChangeUnconfirmed;
	}

	/**
	 * A return of the placed order that failed in a way that may have reached Talon.One (it ran out of time, or the
	 * customer went away): Talon.One may have made it, and the next change of the order reads the session back first.
	 * @return the return, or {@code null} when no return is unconfirmed
	 */
	ReturnRequest unconfirmedReturn() {
		return this.unconfirmedReturn;
	}

	void unconfirmedReturn(ReturnRequest unconfirmedReturn) {
		this.unconfirmedReturn = unconfirmedReturn;
	}

	boolean orderChangeRunning() {
		return this.orderChangeRunning;
	}

	void orderChangeRunning(boolean orderChangeRunning) {
		this.orderChangeRunning = orderChangeRunning;
	}

	CartSnapshot snapshot() {
		return new CartSnapshot(this.id, this.market, this.customerId,
				Collections.unmodifiableMap(new LinkedHashMap<>(this.quantities)), List.copyOf(this.couponCodes),
				this.referralCode, this.status, this.version, this.promotions, this.loyaltyPointsTakenBack,
				List.copyOf(this.returns));
	}

	/**
	 * A return of items of a placed order.
	 *
	 * @param returnId the shop's id of the return, also its {@code Idempotency-Key} in Talon.One
	 * @param lines the units returned, by SKU
	 * @param loyaltyPointsTakenBack the loyalty points Talon.One took back for them
	 */
	record OrderReturn(String returnId, Map<String, Integer> lines, BigDecimal loyaltyPointsTakenBack) {

		OrderReturn {
			lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
		}

	}

	/**
	 * A return as the shop asked Talon.One for it, before Talon.One's answer.
	 *
	 * @param returnId the shop's id of the return, also its {@code Idempotency-Key} in Talon.One
	 * @param lines the units to return, by SKU
	 */
	record ReturnRequest(String returnId, Map<String, Integer> lines) {

		ReturnRequest {
			lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
		}

	}

}
