package dev.talon.spring.client.model.v2.effect;

/**
 * The {@code props} of an {@link Effect}, typed by its {@link Effect#effectType() effect type}: one record per
 * effect type a shop acts on, named as the spec's schema ({@code SetDiscountEffectProps}, ...), and
 * {@link GenericEffectProps} holding the props as JSON for every other effect type, and for a known type whose props
 * could not be read. Being sealed, it suits a {@code switch} over the props' type:
 * <pre>{@code
 * switch (effect.props()) {
 *     case SetDiscountEffectProps discount -> cart.discount(discount.name(), discount.value());
 *     case AcceptCouponEffectProps accepted -> cart.couponAccepted(accepted.value());
 *     default -> log.debug("Not applied: {}", effect.effectType());
 * }
 * }</pre> (Java 21; with Java 17, {@link Effect#props(Class)} or {@code instanceof}).
 */
public sealed interface EffectProps
		permits SetDiscountEffectProps, SetDiscountPerItemEffectProps, SetDiscountPerAdditionalCostEffectProps,
		SetDiscountPerAdditionalCostPerItemEffectProps, AcceptCouponEffectProps, RejectCouponEffectProps,
		AcceptReferralEffectProps, RejectReferralEffectProps, AddFreeItemEffectProps, AddLoyaltyPointsEffectProps,
		DeductLoyaltyPointsEffectProps, RollbackCouponEffectProps, RollbackReferralEffectProps,
		RollbackDiscountEffectProps, RollbackAddedLoyaltyPointsEffectProps, RollbackDeductedLoyaltyPointsEffectProps,
		ShowNotificationEffectProps, CouponCreatedEffectProps, ReferralCreatedEffectProps, ReserveCouponEffectProps,
		UpdateAttributeEffectProps, AwardGiveawayEffectProps, WillAwardGiveawayEffectProps, CustomEffectProps,
		GenericEffectProps {

}
