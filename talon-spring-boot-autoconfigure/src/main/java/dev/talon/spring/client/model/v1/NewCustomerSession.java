package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code updateCustomerSession}: the whole state of a cart. Talon.One creates the session on the first
 * update and evaluates its rules on every one, so a shop sends the complete cart whenever it changes. Fields left
 * {@code null} are not sent, which leaves their current value in Talon.One unchanged.
 *
 * @param profileId the customer's profile integration id; empty for an anonymous customer (optional)
 * @param coupon the coupon code the customer entered (optional)
 * @param referral the referral code the customer entered (optional)
 * @param state the session's state, see {@link CustomerSessionState} (optional, Talon.One's default is open)
 * @param cartItems the complete list of cart items (optional; an empty list empties the cart)
 * @param total the cart's total as the shop computes it (optional)
 * @param attributes custom session attributes (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewCustomerSession(String profileId, String coupon, String referral, CustomerSessionState state,
		List<CartItem> cartItems, BigDecimal total, Map<String, Object> attributes) {

	/**
	 * Checks the constraints of the request and copies the collections.
	 * @param profileId the customer's profile integration id; empty for an anonymous customer (optional)
	 * @param coupon the coupon code the customer entered (optional)
	 * @param referral the referral code the customer entered (optional)
	 * @param state the session's state, see {@link CustomerSessionState} (optional, Talon.One's default is open)
	 * @param cartItems the complete list of cart items (optional; an empty list empties the cart)
	 * @param total the cart's total as the shop computes it (optional)
	 * @param attributes custom session attributes (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewCustomerSession {
		if (state == CustomerSessionState.UNKNOWN) {
			throw new IllegalArgumentException("state must be open, closed or cancelled");
		}
		if (cartItems != null) {
			for (int i = 0; i < cartItems.size(); i++) {
				Checks.notNull(cartItems.get(i), "cartItems[" + i + "]").validate("cartItems[" + i + "]");
			}
		}
		cartItems = Checks.copy(cartItems);
		attributes = Checks.copy(attributes);
	}

	/**
	 * Starts an empty session update.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link NewCustomerSession}.
	 */
	public static final class Builder {

		private String profileId;

		private String coupon;

		private String referral;

		private CustomerSessionState state;

		private List<CartItem> cartItems;

		private BigDecimal total;

		private Map<String, Object> attributes;

		private Builder() {
		}

		/**
		 * Sets the customer's profile.
		 * @param profileId the profile's integration id, or the empty string for an anonymous customer
		 * @return this builder
		 */
		public Builder profileId(String profileId) {
			this.profileId = profileId;
			return this;
		}

		/**
		 * Sets the coupon code the customer entered.
		 * @param coupon the coupon code
		 * @return this builder
		 */
		public Builder coupon(String coupon) {
			this.coupon = coupon;
			return this;
		}

		/**
		 * Sets the referral code the customer entered.
		 * @param referral the referral code
		 * @return this builder
		 */
		public Builder referral(String referral) {
			this.referral = referral;
			return this;
		}

		/**
		 * Sets the session's state.
		 * @param state the state
		 * @return this builder
		 */
		public Builder state(CustomerSessionState state) {
			this.state = state;
			return this;
		}

		/**
		 * Replaces the cart items.
		 * @param cartItems the complete list of cart items
		 * @return this builder
		 */
		public Builder cartItems(List<CartItem> cartItems) {
			this.cartItems = (cartItems != null) ? new ArrayList<>(cartItems) : null;
			return this;
		}

		/**
		 * Adds one cart item.
		 * @param cartItem the item
		 * @return this builder
		 */
		public Builder addCartItem(CartItem cartItem) {
			if (this.cartItems == null) {
				this.cartItems = new ArrayList<>();
			}
			this.cartItems.add(cartItem);
			return this;
		}

		/**
		 * Sets the cart's total.
		 * @param total the total
		 * @return this builder
		 */
		public Builder total(BigDecimal total) {
			this.total = total;
			return this;
		}

		/**
		 * Sets the custom session attributes.
		 * @param attributes the attributes
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = attributes;
			return this;
		}

		/**
		 * Builds the session update.
		 * @return the session update
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public NewCustomerSession build() {
			return new NewCustomerSession(this.profileId, this.coupon, this.referral, this.state, this.cartItems,
					this.total, this.attributes);
		}

	}

}
