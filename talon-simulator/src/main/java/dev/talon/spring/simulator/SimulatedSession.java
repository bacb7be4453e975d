package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a customer session the simulator keeps.
 *
 * @param integrationId the session's id in the shop
 * @param profileId the customer's profile id, empty for an anonymous session
 * @param state the state
 * @param coupon the coupon code, empty when none
 * @param referral the referral code, empty when none
 * @param cartItems the cart items
 * @param total the total the shop sent, or the cart's subtotal when it sent none
 * @param discounts the discounts by label of the last evaluation
 * @param effects the names of the effects of the last evaluation, in order
 */
public record SimulatedSession(String integrationId, String profileId, SessionState state, String coupon,
		String referral, List<SimulatedCartItem> cartItems, BigDecimal total, Map<String, BigDecimal> discounts,
		List<String> effects) {
}
