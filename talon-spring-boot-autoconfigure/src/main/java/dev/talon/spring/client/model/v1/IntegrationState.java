package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What Talon.One answers to a session update, a profile update or an event: the session, the profile and the
 * evaluated event with its effects. Besides the raw parts it offers what a shop usually needs from them: the
 * {@link #effects() effects}, the {@link #discounts() discounts by label} and the fate of a coupon or referral code.
 * The latest answer always carries all effects that apply now: a shop replaces what it applied before with them
 * (wipe and replace) rather than adding them up.
 *
 * @param session the customer session, if the request concerned one
 * @param profile the customer profile
 * @param event the evaluated event with its effects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationState(CustomerSession session, CustomerProfile profile, Event event) {

	/**
	 * All effects, in the order Talon.One returned them.
	 * @return the effects, empty when there are none
	 */
	public List<Effect> effects() {
		return (this.event != null) ? this.event.effects() : List.of();
	}

	/**
	 * The effects with the given name, such as {@link Effect#SET_DISCOUNT}.
	 * @param name the effect name
	 * @return those effects in order, empty when there are none
	 */
	public List<Effect> effects(String name) {
		return effects().stream().filter((effect) -> effect.is(name)).toList();
	}

	/**
	 * The discounts of the {@code setDiscount} effects by label, in effect order. When two effects carry the same
	 * label the later one wins, as Talon.One specifies.
	 * @return the discount amount by label, empty when there is no discount
	 */
	public Map<String, BigDecimal> discounts() {
		Map<String, BigDecimal> discounts = new LinkedHashMap<>();
		for (Effect effect : effects(Effect.SET_DISCOUNT)) {
			String label = effect.stringArgument(0);
			BigDecimal amount = effect.decimalArgument(1);
			if (label != null && amount != null) {
				discounts.put(label, amount);
			}
		}
		return discounts;
	}

	/**
	 * The sum of all {@link #discounts() discounts}.
	 * @return the total discount, zero when there is none
	 */
	public BigDecimal totalDiscount() {
		return discounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Whether Talon.One accepted the given coupon code (compared ignoring case, as a customer may type it).
	 * @param code the coupon code
	 * @return {@code true} when an {@code acceptCoupon} effect names it
	 */
	public boolean isCouponAccepted(String code) {
		return hasEffectForCode(code, Effect.ACCEPT_COUPON);
	}

	/**
	 * Whether Talon.One rejected the given coupon code (compared ignoring case).
	 * @param code the coupon code
	 * @return {@code true} when a {@code rejectCoupon} or {@code invalidateCoupon} effect names it
	 */
	public boolean isCouponRejected(String code) {
		return hasEffectForCode(code, Effect.REJECT_COUPON, Effect.INVALIDATE_COUPON);
	}

	/**
	 * Whether Talon.One accepted the given referral code (compared ignoring case).
	 * @param code the referral code
	 * @return {@code true} when an {@code acceptReferral} effect names it
	 */
	public boolean isReferralAccepted(String code) {
		return hasEffectForCode(code, Effect.ACCEPT_REFERRAL);
	}

	/**
	 * Whether Talon.One rejected the given referral code (compared ignoring case).
	 * @param code the referral code
	 * @return {@code true} when a {@code rejectReferral} effect names it
	 */
	public boolean isReferralRejected(String code) {
		return hasEffectForCode(code, Effect.REJECT_REFERRAL);
	}

	private boolean hasEffectForCode(String code, String... names) {
		return effects().stream()
			.anyMatch((effect) -> List.of(names).contains(effect.name())
					&& code != null && code.equalsIgnoreCase(effect.stringArgument(0)));
	}

}
