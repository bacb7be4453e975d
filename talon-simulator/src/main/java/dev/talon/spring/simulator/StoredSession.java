package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A customer session the simulator keeps, shared by the v1 and v2 operations: v1's {@code coupon} is the first of
 * {@link #couponCodes}, v1's {@code referral} is {@link #referralCode}. Cart items are kept as the shop sent them
 * (validated), with the quantities returned so far next to them.
 */
final class StoredSession {

	final long id;

	final String integrationId;

	final Instant created;

	final ObjectNode attributes;

	/** The optional v2 fields kept as sent: storeIntegrationId, evaluableCampaignIds, loyaltyCards, identifiers... */
	final ObjectNode passThrough;

	Instant updated;

	long updateCount;

	String profileId = "";

	List<String> couponCodes = List.of();

	String referralCode = "";

	SessionState state = SessionState.OPEN;

	List<ObjectNode> cartItems = new ArrayList<>();

	/** The returned quantity of each cart item, by position. */
	List<Long> returnedQuantities = new ArrayList<>();

	ObjectNode additionalCosts;

	/** The total a v1 shop sent, {@code null} when it sent none. */
	BigDecimal v1Total;

	/** The discounts of the last evaluation, by label. */
	Map<String, BigDecimal> discounts = new LinkedHashMap<>();

	/** The effects of the last evaluation. */
	List<RuleEffect> effects = List.of();

	/** The effects still valid: those of the last evaluation less the ones rolled back since. */
	List<RuleEffect> validEffects = List.of();

	/** What closing the session counted, so that a return, cancellation or reopening can take it back. */
	Placement placement;

	final List<StoredReturn> returns = new ArrayList<>();

	StoredSession(long id, String integrationId, Instant created, ObjectNode attributes, ObjectNode passThrough,
			ObjectNode additionalCosts) {
		this.id = id;
		this.integrationId = integrationId;
		this.created = created;
		this.updated = created;
		this.attributes = attributes;
		this.passThrough = passThrough;
		this.additionalCosts = additionalCosts;
	}

	/**
	 * Replaces the cart; nothing of it is returned yet.
	 * @param items the new cart items
	 */
	void replaceCart(List<ObjectNode> items) {
		this.cartItems = new ArrayList<>(items);
		this.returnedQuantities = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			this.returnedQuantities.add(0L);
		}
	}

	/** The cart as the rules see it: each item with what is left of its quantity. */
	List<RuleEngine.CartLine> lines() {
		List<RuleEngine.CartLine> lines = new ArrayList<>();
		for (int i = 0; i < this.cartItems.size(); i++) {
			ObjectNode item = this.cartItems.get(i);
			lines.add(new RuleEngine.CartLine(item.path("sku").asString(""), price(item), remainingQuantity(i)));
		}
		return lines;
	}

	long quantity(int position) {
		return this.cartItems.get(position).path("quantity").asLong();
	}

	long returnedQuantity(int position) {
		return this.returnedQuantities.get(position);
	}

	long remainingQuantity(int position) {
		return quantity(position) - returnedQuantity(position);
	}

	/** The value of the cart items left (price &times; remaining quantity), before discounts. */
	BigDecimal cartItemTotal() {
		return RuleEngine.CartLine.subtotal(lines());
	}

	/** The additional costs of the items left (each item's costs &times; its remaining quantity). */
	BigDecimal cartItemAdditionalCostTotal() {
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < this.cartItems.size(); i++) {
			BigDecimal units = BigDecimal.valueOf(remainingQuantity(i));
			total = total.add(itemAdditionalCosts(this.cartItems.get(i)).multiply(units));
		}
		return total;
	}

	/** The additional costs of the session, such as shipping. */
	BigDecimal additionalCostTotal() {
		return sumOfPrices(this.additionalCosts);
	}

	/** The total value of cart items and additional costs, before discounts. */
	BigDecimal total() {
		return cartItemTotal().add(additionalCostTotal()).add(cartItemAdditionalCostTotal());
	}

	static BigDecimal price(JsonNode item) {
		JsonNode price = item.get("price");
		return (price != null && price.isNumber()) ? price.decimalValue() : BigDecimal.ZERO;
	}

	static BigDecimal itemAdditionalCosts(JsonNode item) {
		return sumOfPrices(item.get("additionalCosts"));
	}

	private static BigDecimal sumOfPrices(JsonNode costs) {
		BigDecimal total = BigDecimal.ZERO;
		if (costs != null && costs.isObject()) {
			for (JsonNode cost : costs) {
				if (cost.path("price").isNumber()) {
					total = total.add(cost.get("price").decimalValue());
				}
			}
		}
		return total;
	}

	/**
	 * What closing a session counted: its profile's sale, its referral's use, its coupons' redemptions and its
	 * loyalty points, and the effects of the closing evaluation (in whose order rollbacks come).
	 */
	static final class Placement {

		final StoredProfile profile;

		/** What was added to the profile's {@code totalSales}. */
		final BigDecimal sale;

		/** Whether a return takes back a share of {@link #sale} (a v1 sale, after discounts) or the items' value. */
		final boolean proRata;

		/** The cart items' value when the session closed. */
		final BigDecimal itemSubtotal;

		/** The session's discounts when it closed. */
		final BigDecimal discountTotal;

		final StoredReferral referral;

		final List<RuleEngine.AcceptedCoupon> coupons;

		final List<RuleEffect> effects;

		final List<PlacedPoints> points;

		/** What returns took back from the profile's {@code totalSales} so far. */
		BigDecimal returnedSale = BigDecimal.ZERO;

		Placement(StoredProfile profile, BigDecimal sale, boolean proRata, BigDecimal itemSubtotal,
				BigDecimal discountTotal, StoredReferral referral, List<RuleEngine.AcceptedCoupon> coupons,
				List<RuleEffect> effects, List<PlacedPoints> points) {
			this.profile = profile;
			this.sale = sale;
			this.proRata = proRata;
			this.itemSubtotal = itemSubtotal;
			this.discountTotal = discountTotal;
			this.referral = referral;
			this.coupons = List.copyOf(coupons);
			this.effects = List.copyOf(effects);
			this.points = List.copyOf(points);
		}

		PlacedPoints points(String transactionUUID) {
			for (PlacedPoints placed : this.points) {
				if (placed.transactionUUID.equals(transactionUUID)) {
					return placed;
				}
			}
			return null;
		}

	}

	/**
	 * Loyalty points a closed session added to a ledger, and how many of them were rolled back since.
	 */
	static final class PlacedPoints {

		final LoyaltyLedger ledger;

		final String transactionUUID;

		final BigDecimal awarded;

		BigDecimal rolledBack = BigDecimal.ZERO;

		PlacedPoints(LoyaltyLedger ledger, String transactionUUID, BigDecimal awarded) {
			this.ledger = ledger;
			this.transactionUUID = transactionUUID;
			this.awarded = awarded;
		}

		BigDecimal remaining() {
			return this.awarded.subtract(this.rolledBack);
		}

	}

}
