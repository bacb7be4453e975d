package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a customer session the simulator keeps (v1 and v2 share sessions).
 *
 * @param integrationId the session's id in the shop
 * @param profileId the customer's profile id, empty for an anonymous session
 * @param state the state
 * @param couponCodes the coupon codes, in the order they were entered (v1's {@code coupon} is the first)
 * @param referral the referral code, empty when none
 * @param cartItems the cart items
 * @param total the total a v1 shop sent, or else the session's total (cart items and additional costs, less returned
 * items, before discounts)
 * @param discounts the discounts by label of the last evaluation
 * @param effects the types of the effects of the last evaluation, in order
 * @param updateCount how many updates created or changed it
 */
public record SimulatedSession(String integrationId, String profileId, SessionState state, List<String> couponCodes,
		String referral, List<SimulatedCartItem> cartItems, BigDecimal total, Map<String, BigDecimal> discounts,
		List<String> effects, long updateCount) {

	/**
	 * The coupon code as v1 sees it.
	 * @return the first coupon code, empty when none
	 */
	public String coupon() {
		return this.couponCodes.isEmpty() ? "" : this.couponCodes.get(0);
	}

}
