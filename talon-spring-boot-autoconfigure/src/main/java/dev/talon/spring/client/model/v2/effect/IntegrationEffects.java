package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a shop does with the effects of an answer: the discounts to apply, the free items to add, the fate of each
 * coupon and referral code, the loyalty points, notifications and custom effects. Implemented by every v2 answer that
 * carries effects ({@code IntegrationStateV2}, {@code IntegrationCustomerSessionResponse},
 * {@code ReopenSessionResponse}, the profile and event answers, {@code EventV3}).
 * <p>
 * Money is in the application's currency and points in the program's points, as exact decimals. Effects whose props
 * lack a value a helper needs (a {@code null} name, value, position or program) are left out of that helper's result;
 * effects kept as {@link GenericEffectProps} are never counted. Every helper reads {@link #effects()} afresh and
 * returns a new, modifiable collection in effect order.
 * <p>
 * An answer about a cancelled, reopened or partially returned session carries rollback effects: the {@code net...}
 * helpers subtract {@code rollbackDiscount} effects from the discounts of the same answer that they cancel, while the
 * other helpers report the effects as they are.
 */
public interface IntegrationEffects {

	/**
	 * The effects, in the order Talon.One returned them.
	 * @return the effects, empty when there are none
	 */
	List<Effect> effects();

	/**
	 * The effects of one type.
	 * @param effectType the effect type, such as {@code SetDiscountEffectProps.EFFECT_TYPE}
	 * @return those effects, empty when there are none
	 */
	default List<Effect> effects(String effectType) {
		return new ArrayList<>(effects().stream().filter((effect) -> effect.is(effectType)).toList());
	}

	/**
	 * The typed props of one kind of effect.
	 * @param <P> the props type
	 * @param type the props record, such as {@code AddFreeItemEffectProps.class}
	 * @return the props of every effect whose props are of that type
	 */
	default <P extends EffectProps> List<P> props(Class<P> type) {
		List<P> props = new ArrayList<>();
		for (Effect effect : effects()) {
			effect.props(type).ifPresent(props::add);
		}
		return props;
	}

	/**
	 * The discounts on the session ({@code setDiscount}) by name. When several effects carry the same name the later
	 * one wins, as a discount overwrites any discount of the same name.
	 * @return the discount amount by name, empty when there is none
	 */
	default Map<String, BigDecimal> discounts() {
		Map<String, BigDecimal> discounts = new LinkedHashMap<>();
		for (SetDiscountEffectProps discount : props(SetDiscountEffectProps.class)) {
			if (discount.name() != null && discount.value() != null) {
				discounts.put(discount.name(), discount.value());
			}
		}
		return discounts;
	}

	/**
	 * The discounts on cart items ({@code setDiscountPerItem}) by cart line: for each position in the session's
	 * {@code cartItems}, the sum of the discounts on all units of the line, whatever their names.
	 * @return the total discount by position, empty when there is none
	 */
	default Map<Integer, BigDecimal> itemDiscounts() {
		return sum(props(SetDiscountPerItemEffectProps.class), SetDiscountPerItemEffectProps::position,
				SetDiscountPerItemEffectProps::value);
	}

	/**
	 * The discounts on additional costs of the session ({@code setDiscountPerAdditionalCost}) by the additional cost's
	 * API name, such as {@code shipping}: the sum of the discounts on each.
	 * @return the total discount by additional cost, empty when there is none
	 */
	default Map<String, BigDecimal> additionalCostDiscounts() {
		return sum(props(SetDiscountPerAdditionalCostEffectProps.class),
				SetDiscountPerAdditionalCostEffectProps::additionalCost,
				SetDiscountPerAdditionalCostEffectProps::value);
	}

	/**
	 * The discounts on additional costs of cart items ({@code setDiscountPerAdditionalCostPerItem}): by position of
	 * the line in the session's {@code cartItems}, the sum of the discounts by additional cost's API name.
	 * @return the total discount by position and additional cost, empty when there is none
	 */
	default Map<Integer, Map<String, BigDecimal>> itemAdditionalCostDiscounts() {
		Map<Integer, Map<String, BigDecimal>> discounts = new LinkedHashMap<>();
		for (SetDiscountPerAdditionalCostPerItemEffectProps discount : props(
				SetDiscountPerAdditionalCostPerItemEffectProps.class)) {
			if (discount.position() != null && discount.additionalCost() != null && discount.value() != null) {
				discounts.computeIfAbsent(discount.position(), (position) -> new LinkedHashMap<>())
					.merge(discount.additionalCost(), discount.value(), BigDecimal::add);
			}
		}
		return discounts;
	}

	/**
	 * The session discounts left after the rollbacks of this answer: {@link #discounts()} minus the values of the
	 * {@code rollbackDiscount} effects of the same name that concern the session (no cart item, no additional cost).
	 * A discount rolled back entirely is absent; a rollback of a discount that this answer does not carry is ignored
	 * (see {@code props(RollbackDiscountEffectProps.class)} for those).
	 * @return the remaining discount by name, empty when there is none
	 */
	default Map<String, BigDecimal> netDiscounts() {
		return net(discounts(), rollbacks((rollback) -> rollback.cartItemPosition() == null && !isForCost(rollback),
				RollbackDiscountEffectProps::name));
	}

	/**
	 * The cart item discounts left after the rollbacks of this answer: {@link #itemDiscounts()} minus the values of
	 * the {@code rollbackDiscount} effects for the same position that concern no additional cost. A line whose
	 * discounts are all rolled back is absent; rollbacks for lines without a discount in this answer are ignored.
	 * @return the remaining discount by position, empty when there is none
	 */
	default Map<Integer, BigDecimal> netItemDiscounts() {
		return net(itemDiscounts(), rollbacks((rollback) -> rollback.cartItemPosition() != null && !isForCost(rollback),
				RollbackDiscountEffectProps::cartItemPosition));
	}

	/**
	 * The additional cost discounts left after the rollbacks of this answer: {@link #additionalCostDiscounts()} minus
	 * the values of the {@code rollbackDiscount} effects for the same additional cost and no cart item. An additional
	 * cost whose discounts are all rolled back is absent; other rollbacks are ignored.
	 * @return the remaining discount by additional cost, empty when there is none
	 */
	default Map<String, BigDecimal> netAdditionalCostDiscounts() {
		return net(additionalCostDiscounts(),
				rollbacks((rollback) -> rollback.cartItemPosition() == null && rollback.additionalCost() != null,
						RollbackDiscountEffectProps::additionalCost));
	}

	/**
	 * The sum of every discount left after the rollbacks of this answer: {@link #netDiscounts()},
	 * {@link #netItemDiscounts()}, {@link #netAdditionalCostDiscounts()} and the {@link #itemAdditionalCostDiscounts()}
	 * less their rollbacks (by position and additional cost).
	 * @return the total discount, zero when there is none
	 */
	default BigDecimal totalNetDiscount() {
		Map<String, BigDecimal> itemCosts = new LinkedHashMap<>();
		itemAdditionalCostDiscounts().forEach((position, costs) -> costs
			.forEach((cost, value) -> itemCosts.put(position + "/" + cost, value)));
		Map<String, BigDecimal> netItemCosts = net(itemCosts,
				rollbacks((rollback) -> rollback.cartItemPosition() != null && rollback.additionalCost() != null,
						(rollback) -> rollback.cartItemPosition() + "/" + rollback.additionalCost()));
		return total(netDiscounts()).add(total(netItemDiscounts()))
			.add(total(netAdditionalCostDiscounts()))
			.add(total(netItemCosts));
	}

	/**
	 * The items to add to the cart for free ({@code addFreeItem}), at a price of 0.
	 * @return the free items, empty when there are none
	 */
	default List<AddFreeItemEffectProps> freeItems() {
		return props(AddFreeItemEffectProps.class);
	}

	/**
	 * What the effects say about a coupon code, compared ignoring case as a customer may type it: a rollback
	 * ({@code rollbackCoupon}) wins over an acceptance ({@code acceptCoupon}), which wins over a rejection
	 * ({@code rejectCoupon}), since an accepted code clears earlier rejections.
	 * @param code the coupon code
	 * @return the code's status, {@link CodeStatus#NOT_EVALUATED} when no effect names it
	 */
	default CodeStatus couponStatus(String code) {
		return status(code, RollbackCouponEffectProps.class, RollbackCouponEffectProps::value,
				AcceptCouponEffectProps.class, AcceptCouponEffectProps::value, RejectCouponEffectProps.class,
				RejectCouponEffectProps::value);
	}

	/**
	 * Why a coupon code was rejected, when its {@link #couponStatus(String) status} is {@link CodeStatus#REJECTED}.
	 * @param code the coupon code, compared ignoring case
	 * @return the first rejection reason, such as {@code CouponExpired}, or empty
	 */
	default Optional<String> couponRejectionReason(String code) {
		if (couponStatus(code) != CodeStatus.REJECTED) {
			return Optional.empty();
		}
		return props(RejectCouponEffectProps.class).stream()
			.filter((rejection) -> code.equalsIgnoreCase(rejection.value()))
			.map(RejectCouponEffectProps::rejectionReason)
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * The coupon codes that are {@link CodeStatus#ACCEPTED}.
	 * @return the codes as the effects name them, without duplicates
	 */
	default List<String> acceptedCoupons() {
		return props(AcceptCouponEffectProps.class).stream()
			.map(AcceptCouponEffectProps::value)
			.filter((code) -> code != null && couponStatus(code) == CodeStatus.ACCEPTED)
			.distinct()
			.collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
	}

	/**
	 * The coupon codes that are {@link CodeStatus#REJECTED}, with the first reason of each.
	 * @return the rejection reason by code as the effects name it, empty when no code is rejected
	 */
	default Map<String, String> rejectedCoupons() {
		Map<String, String> rejected = new LinkedHashMap<>();
		for (RejectCouponEffectProps rejection : props(RejectCouponEffectProps.class)) {
			if (rejection.value() != null && couponStatus(rejection.value()) == CodeStatus.REJECTED) {
				rejected.putIfAbsent(rejection.value(), rejection.rejectionReason());
			}
		}
		return rejected;
	}

	/**
	 * What the effects say about a referral code, compared ignoring case: {@code rollbackReferral} wins over
	 * {@code acceptReferral} (or the deprecated {@code redeemReferral}), which wins over {@code rejectReferral}.
	 * @param code the referral code
	 * @return the code's status, {@link CodeStatus#NOT_EVALUATED} when no effect names it
	 */
	default CodeStatus referralStatus(String code) {
		CodeStatus status = status(code, RollbackReferralEffectProps.class, RollbackReferralEffectProps::value,
				AcceptReferralEffectProps.class, AcceptReferralEffectProps::value, RejectReferralEffectProps.class,
				RejectReferralEffectProps::value);
		if (status == CodeStatus.REJECTED || status == CodeStatus.NOT_EVALUATED) {
			boolean redeemed = effects("redeemReferral").stream()
				.anyMatch((effect) -> effect.props() instanceof GenericEffectProps generic
						&& code != null && code.equalsIgnoreCase(generic.text("value")));
			if (redeemed) {
				return CodeStatus.ACCEPTED;
			}
		}
		return status;
	}

	/**
	 * Why a referral code was rejected, when its {@link #referralStatus(String) status} is
	 * {@link CodeStatus#REJECTED}.
	 * @param code the referral code, compared ignoring case
	 * @return the first rejection reason, such as {@code ReferralExpired}, or empty
	 */
	default Optional<String> referralRejectionReason(String code) {
		if (referralStatus(code) != CodeStatus.REJECTED) {
			return Optional.empty();
		}
		return props(RejectReferralEffectProps.class).stream()
			.filter((rejection) -> code.equalsIgnoreCase(rejection.value()))
			.map(RejectReferralEffectProps::rejectionReason)
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * The loyalty points added ({@code addLoyaltyPoints}) by loyalty program: the sum over all subledgers, cards and
	 * items, pending points included. Rollbacks are not subtracted (see
	 * {@code props(RollbackAddedLoyaltyPointsEffectProps.class)}).
	 * @return the points added by program id, empty when none were added
	 */
	default Map<Long, BigDecimal> addedLoyaltyPoints() {
		return sum(props(AddLoyaltyPointsEffectProps.class), AddLoyaltyPointsEffectProps::programId,
				AddLoyaltyPointsEffectProps::value);
	}

	/**
	 * The loyalty points deducted ({@code deductLoyaltyPoints}) by loyalty program: the sum over all subledgers and
	 * cards, as positive numbers. Rollbacks are not subtracted (see
	 * {@code props(RollbackDeductedLoyaltyPointsEffectProps.class)}).
	 * @return the points deducted by program id, empty when none were deducted
	 */
	default Map<Long, BigDecimal> deductedLoyaltyPoints() {
		return sum(props(DeductLoyaltyPointsEffectProps.class), DeductLoyaltyPointsEffectProps::programId,
				DeductLoyaltyPointsEffectProps::value);
	}

	/**
	 * The notifications to show the customer ({@code showNotification}).
	 * @return the notifications, empty when there are none
	 */
	default List<ShowNotificationEffectProps> notifications() {
		return props(ShowNotificationEffectProps.class);
	}

	/**
	 * The custom effects with a name (the effect type of every custom effect is {@code customEffect}).
	 * @param name the custom effect's name, such as {@code free_gift_wrap}
	 * @return those custom effects with their payload, empty when there are none
	 */
	default List<CustomEffectProps> customEffects(String name) {
		return new ArrayList<>(props(CustomEffectProps.class).stream()
			.filter((custom) -> custom.name() != null && custom.name().equals(name))
			.toList());
	}

	private static boolean isForCost(RollbackDiscountEffectProps rollback) {
		return rollback.additionalCost() != null || rollback.additionalCostId() != null;
	}

	private static <P, K> Map<K, BigDecimal> sum(List<P> props, Function<P, K> key, Function<P, BigDecimal> value) {
		Map<K, BigDecimal> sums = new LinkedHashMap<>();
		for (P prop : props) {
			K k = key.apply(prop);
			BigDecimal v = value.apply(prop);
			if (k != null && v != null) {
				sums.merge(k, v, BigDecimal::add);
			}
		}
		return sums;
	}

	private <K> Map<K, BigDecimal> rollbacks(Predicate<RollbackDiscountEffectProps> concerns,
			Function<RollbackDiscountEffectProps, K> key) {
		return sum(props(RollbackDiscountEffectProps.class).stream().filter(concerns).toList(), key,
				RollbackDiscountEffectProps::value);
	}

	private static <K> Map<K, BigDecimal> net(Map<K, BigDecimal> given, Map<K, BigDecimal> rolledBack) {
		Map<K, BigDecimal> net = new LinkedHashMap<>();
		given.forEach((key, value) -> {
			BigDecimal remaining = value.subtract(rolledBack.getOrDefault(key, BigDecimal.ZERO));
			if (remaining.signum() > 0) {
				net.put(key, remaining);
			}
		});
		return net;
	}

	private static BigDecimal total(Map<?, BigDecimal> amounts) {
		return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private <R extends EffectProps, A extends EffectProps, J extends EffectProps> CodeStatus status(String code,
			Class<R> rollbackType, Function<R, String> rollbackCode, Class<A> acceptType, Function<A, String> acceptCode,
			Class<J> rejectType, Function<J, String> rejectCode) {
		if (code == null) {
			return CodeStatus.NOT_EVALUATED;
		}
		if (names(code, rollbackType, rollbackCode)) {
			return CodeStatus.ROLLED_BACK;
		}
		if (names(code, acceptType, acceptCode)) {
			return CodeStatus.ACCEPTED;
		}
		if (names(code, rejectType, rejectCode)) {
			return CodeStatus.REJECTED;
		}
		return CodeStatus.NOT_EVALUATED;
	}

	private <P extends EffectProps> boolean names(String code, Class<P> type, Function<P, String> value) {
		return props(type).stream().anyMatch((props) -> code.equalsIgnoreCase(value.apply(props)));
	}

}
