package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.v2.effect.AddFreeItemEffectProps;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;

/**
 * The promotions of a cart as Talon.One last decided them. Each answer replaces the previous promotions entirely
 * (wipe and replace): Talon.One's latest effects are all the effects that apply now.
 *
 * @param available whether Talon.One answered; {@code false} when it was slow or down, in which case the cart is
 * served without discounts
 * @param discounts the discounts on the whole cart, in Talon.One's order
 * @param itemDiscounts the discounts on single lines ({@code setDiscountPerItem}), by SKU
 * @param freeItems the items the customer gets for free
 * @param coupons what Talon.One said about each coupon code of the cart, by the code as the cart has it
 * @param referral what Talon.One said about the cart's referral code, {@code null} when the cart has none
 * @param loyaltyPoints the points the cart earns in its market's loyalty program ({@code addLoyaltyPoints}),
 * {@code null} when Talon.One awarded none (the simulator awards them when the order is placed)
 */
public record CartPromotions(boolean available, List<Discount> discounts, Map<String, BigDecimal> itemDiscounts,
		List<FreeItem> freeItems, Map<String, CodeVerdict> coupons, CodeVerdict referral, BigDecimal loyaltyPoints) {

	/** Zero money, in cents. */
	static final BigDecimal ZERO = new BigDecimal("0.00");

	/** The promotions of a new, empty cart that Talon.One has not seen yet. */
	static final CartPromotions NONE = new CartPromotions(true, List.of(), Map.of(), List.of(), Map.of(), null, null);

	/** No promotions because Talon.One could not be asked, for something without codes (a product page). */
	static final CartPromotions UNAVAILABLE = new CartPromotions(false, List.of(), Map.of(), List.of(), Map.of(), null,
			null);

	/**
	 * Copies the collections.
	 */
	public CartPromotions {
		discounts = List.copyOf(discounts);
		itemDiscounts = Map.copyOf(itemDiscounts);
		freeItems = List.copyOf(freeItems);
		coupons = Map.copyOf(coupons);
	}

	/**
	 * These promotions without the loyalty points, such as once Talon.One rolled them back when it reopened the
	 * session of a placed order.
	 * @return the promotions without {@code loyaltyPoints}
	 */
	CartPromotions withoutLoyaltyPoints() {
		return new CartPromotions(this.available, this.discounts, this.itemDiscounts, this.freeItems, this.coupons,
				this.referral, null);
	}

	/**
	 * Reads the effects of Talon.One's answer about a cart.
	 * @param answer the answer (a session update, or a session read back)
	 * @param cart the cart the answer is about: its lines were sent in this order, so a per-item effect's position is
	 * the index of its line
	 * @param catalog the products, for the names of free items
	 * @param loyaltyProgramId the loyalty program of the cart's market
	 * @return the promotions
	 */
	static CartPromotions from(IntegrationEffects answer, CartSnapshot cart, ProductCatalog catalog,
			long loyaltyProgramId) {
		List<Discount> discounts = new ArrayList<>();
		answer.discounts().forEach((label, amount) -> discounts.add(new Discount(label, amount)));
		List<String> skus = List.copyOf(cart.quantities().keySet());
		Map<String, BigDecimal> itemDiscounts = new LinkedHashMap<>();
		answer.itemDiscounts().forEach((position, amount) -> {
			if (position >= 0 && position < skus.size()) {
				itemDiscounts.put(skus.get(position), amount);
			}
		});
		List<FreeItem> freeItems = new ArrayList<>();
		for (AddFreeItemEffectProps free : answer.freeItems()) {
			if (free.sku() != null) {
				String name = catalog.find(free.sku(), cart.market().currency())
					.map(Product::name)
					.orElse(free.sku());
				freeItems.add(new FreeItem(free.sku(), name, free.name()));
			}
		}
		Map<String, CodeVerdict> coupons = new LinkedHashMap<>();
		for (String code : cart.couponCodes()) {
			coupons.put(code, CodeVerdict.of(answer.couponStatus(code), answer.couponRejectionReason(code).orElse(null)));
		}
		CodeVerdict referral = (cart.referralCode() != null) ? CodeVerdict.of(answer.referralStatus(cart.referralCode()),
				answer.referralRejectionReason(cart.referralCode()).orElse(null)) : null;
		return new CartPromotions(true, discounts, itemDiscounts, freeItems, coupons, referral,
				answer.addedLoyaltyPoints().get(loyaltyProgramId));
	}

	/**
	 * No promotions because Talon.One could not be asked: no discounts, and the codes not verified.
	 * @param cart the cart
	 * @return the promotions
	 */
	static CartPromotions unavailable(CartSnapshot cart) {
		Map<String, CodeVerdict> coupons = new LinkedHashMap<>();
		cart.couponCodes().forEach((code) -> coupons.put(code, CodeVerdict.UNVERIFIED));
		return new CartPromotions(false, List.of(), Map.of(), List.of(), coupons,
				(cart.referralCode() != null) ? CodeVerdict.UNVERIFIED : null, null);
	}

	/**
	 * The sum of the discounts on the cart and on its lines.
	 * @return the total discount, zero when none
	 */
	public BigDecimal totalDiscount() {
		BigDecimal total = this.discounts.stream().map(Discount::amount).reduce(ZERO, BigDecimal::add);
		return this.itemDiscounts.values().stream().reduce(total, BigDecimal::add);
	}

	/**
	 * A discount on the cart.
	 *
	 * @param label Talon.One's label for it
	 * @param amount the amount off
	 */
	public record Discount(String label, BigDecimal amount) {
	}

	/**
	 * An item added to the order for free.
	 *
	 * @param sku its SKU
	 * @param name its name in the shop's catalog
	 * @param label why it is free, as Talon.One's effect names it
	 */
	public record FreeItem(String sku, String name, String label) {
	}

	/**
	 * What Talon.One said about a coupon or referral code.
	 *
	 * @param status accepted, rejected or not verified
	 * @param rejectionReason why it was rejected, such as {@code CouponNotFound}; {@code null} otherwise or when
	 * Talon.One gave no reason
	 */
	public record CodeVerdict(CodeStatus status, String rejectionReason) {

		static final CodeVerdict UNVERIFIED = new CodeVerdict(CodeStatus.UNVERIFIED, null);

		static CodeVerdict of(dev.talon.spring.client.model.v2.effect.CodeStatus status, String rejectionReason) {
			return switch (status) {
				case ACCEPTED -> new CodeVerdict(CodeStatus.ACCEPTED, null);
				case REJECTED -> new CodeVerdict(CodeStatus.REJECTED, rejectionReason);
				default -> UNVERIFIED;
			};
		}

	}

	/**
	 * The fate of a coupon or referral code in the cart.
	 */
	public enum CodeStatus {

		/** Talon.One accepted it: its discount is in the cart. */
		ACCEPTED,

		/** Talon.One rejected it. */
		REJECTED,

		/** Talon.One could not be asked (or did not say): it is kept and checked on the next change. */
		UNVERIFIED

	}

}
