package dev.talon.spring.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cart, kept by the shop: the shop is the owner of what the customer put in it, Talon.One only decides its
 * promotions. Not thread-safe: {@link CartService} changes a cart only while holding its monitor.
 */
final class Cart {

	private final String id;

	private final Map<String, Integer> quantities = new LinkedHashMap<>();

	private String customerId;

	private String couponCode;

	private String referralCode;

	private CartStatus status = CartStatus.OPEN;

	/** Counts the changes, so that an answer about an older version never replaces a newer one's. */
	private long version;

	private CartPromotions promotions = CartPromotions.NONE;

	private long promotionsVersion;

	Cart(String id, String customerId) {
		this.id = id;
		this.customerId = customerId;
	}

	String id() {
		return this.id;
	}

	CartStatus status() {
		return this.status;
	}

	void status(CartStatus status) {
		this.status = status;
	}

	long version() {
		return this.version;
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

	void couponCode(String couponCode) {
		this.couponCode = couponCode;
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
	 * Whether the promotions are Talon.One's answer about the cart as it is now.
	 * @return {@code true} when Talon.One answered about the current version
	 */
	boolean hasCurrentPromotions() {
		return this.promotions.available() && this.promotionsVersion == this.version;
	}

	CartSnapshot snapshot() {
		return new CartSnapshot(this.id, this.customerId,
				Collections.unmodifiableMap(new LinkedHashMap<>(this.quantities)), this.couponCode, this.referralCode,
				this.status, this.version, this.promotions);
	}

}
