package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.v1.Effect;
import dev.talon.spring.client.model.v1.IntegrationState;

/**
 * The promotions of a cart as Talon.One last decided them. Each answer replaces the previous promotions entirely
 * (wipe and replace): Talon.One's latest effects are all the effects that apply now.
 *
 * @param available whether Talon.One answered; {@code false} when it was slow or down, in which case the cart is
 * served without discounts
 * @param discounts the discounts, in Talon.One's order
 * @param freeItems the items the customer gets for free
 * @param coupon what Talon.One said about the cart's coupon code, {@code null} when the cart has none
 * @param referral what Talon.One said about the cart's referral code, {@code null} when the cart has none
 */
public record CartPromotions(boolean available, List<Discount> discounts, List<FreeItem> freeItems, CodeVerdict coupon,
		CodeVerdict referral) {

	/** Zero money, in cents. */
	static final BigDecimal ZERO = new BigDecimal("0.00");

	/** The promotions of a new, empty cart that Talon.One has not seen yet. */
	static final CartPromotions NONE = new CartPromotions(true, List.of(), List.of(), null, null);

	/**
	 * Copies the lists.
	 */
	public CartPromotions {
		discounts = List.copyOf(discounts);
		freeItems = List.copyOf(freeItems);
	}

	/**
	 * Reads Talon.One's answer to a session update.
	 * @param state the answer
	 * @param couponCode the cart's coupon code, or {@code null}
	 * @param referralCode the cart's referral code, or {@code null}
	 * @return the promotions
	 */
	static CartPromotions from(IntegrationState state, String couponCode, String referralCode) {
		List<Discount> discounts = new ArrayList<>();
		for (Map.Entry<String, BigDecimal> discount : state.discounts().entrySet()) {
			discounts.add(new Discount(discount.getKey(), discount.getValue()));
		}
		List<FreeItem> freeItems = new ArrayList<>();
		for (Effect effect : state.effects(Effect.ADD_FREE_ITEM)) {
			String sku = effect.stringArgument(1);
			if (sku != null) {
				freeItems.add(new FreeItem(sku, effect.stringArgument(0), effect.stringArgument(2)));
			}
		}
		return new CartPromotions(true, discounts, freeItems,
				verdict(state, couponCode, Effect.ACCEPT_COUPON, Effect.REJECT_COUPON, Effect.INVALIDATE_COUPON),
				verdict(state, referralCode, Effect.ACCEPT_REFERRAL, Effect.REJECT_REFERRAL, null));
	}

	/**
	 * No promotions because Talon.One could not be asked: no discounts, and the codes not verified.
	 * @param couponCode the cart's coupon code, or {@code null}
	 * @param referralCode the cart's referral code, or {@code null}
	 * @return the promotions
	 */
	static CartPromotions unavailable(String couponCode, String referralCode) {
		return new CartPromotions(false, List.of(), List.of(),
				(couponCode != null) ? CodeVerdict.UNVERIFIED : null,
				(referralCode != null) ? CodeVerdict.UNVERIFIED : null);
	}

	/**
	 * The sum of the discounts.
	 * @return the total discount, zero when none
	 */
	public BigDecimal totalDiscount() {
		return this.discounts.stream().map(Discount::amount).reduce(ZERO, BigDecimal::add);
	}

	private static CodeVerdict verdict(IntegrationState state, String code, String accepted, String rejected,
			String invalidated) {
		if (code == null) {
			return null;
		}
		for (Effect effect : state.effects()) {
			if (!code.equalsIgnoreCase(effect.stringArgument(0))) {
				continue;
			}
			if (effect.is(accepted)) {
				return CodeVerdict.ACCEPTED;
			}
			if (effect.is(rejected) || (invalidated != null && effect.is(invalidated))) {
				return new CodeVerdict(CodeStatus.REJECTED, effect.stringArgument(1));
			}
		}
		return CodeVerdict.UNVERIFIED;
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
	 * @param name its name, as Talon.One's effect gives it
	 * @param label why it is free
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

		static final CodeVerdict ACCEPTED = new CodeVerdict(CodeStatus.ACCEPTED, null);

		static final CodeVerdict UNVERIFIED = new CodeVerdict(CodeStatus.UNVERIFIED, null);

	}

	/**
	 * The fate of a coupon or referral code.
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
