package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.talon.spring.client.model.Checks;

/**
 * A customer session (a cart) as Talon.One keeps it after an update.
 *
 * @param integrationId the session's id in the shop
 * @param created when it was created
 * @param applicationId the Talon.One application
 * @param profileId the customer's profile integration id; empty for an anonymous customer
 * @param coupon the coupon code entered, if any
 * @param referral the referral code entered, if any
 * @param state the session's state
 * @param cartItems the cart items (empty when none)
 * @param total the cart's total as sent by the shop
 * @param attributes the session's attributes (empty when none)
 * @param firstSession whether this is the customer's first session (always true for anonymous sessions)
 * @param discounts the discounts by label, in the application's currency (empty when none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerSession(String integrationId, OffsetDateTime created, Long applicationId, String profileId,
		String coupon, String referral, CustomerSessionState state, List<CartItem> cartItems, BigDecimal total,
		Map<String, Object> attributes, Boolean firstSession, Map<String, BigDecimal> discounts) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param integrationId the session's id in the shop
	 * @param created when it was created
	 * @param applicationId the Talon.One application
	 * @param profileId the customer's profile integration id; empty for an anonymous customer
	 * @param coupon the coupon code entered, if any
	 * @param referral the referral code entered, if any
	 * @param state the session's state
	 * @param cartItems the cart items (empty when none)
	 * @param total the cart's total as sent by the shop
	 * @param attributes the session's attributes (empty when none)
	 * @param firstSession whether this is the customer's first session (always true for anonymous sessions)
	 * @param discounts the discounts by label, in the application's currency (empty when none)
	 */
	public CustomerSession {
		cartItems = Checks.copyOrEmpty(cartItems);
		attributes = Checks.copyOrEmpty(attributes);
		discounts = Checks.copyOrEmpty(discounts);
	}

}
