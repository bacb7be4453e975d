package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The session part of {@code updateCustomerSessionV2} ({@code NewCustomerSessionV2}, inside an
 * {@link IntegrationRequest}): the state of a cart. Talon.One creates the session on the first update and evaluates
 * its rules on every one.
 * <p>
 * <b>What is sent matters, and so does what is not.</b> Without {@code dry=true} the update behaves as a PUT in which
 * each update builds upon the previous ones: a field left {@code null} is not sent and keeps its current value in
 * Talon.One. Two fields discard data when sent empty, so the builder makes that explicit:
 * <ul>
 * <li>{@code couponCodes}: omitted keeps the session's coupons; {@code []} discards every coupon. Use
 * {@link Builder#couponCodes(Collection)} to send codes and {@link Builder#clearCouponCodes()} to discard them.</li>
 * <li>{@code referralCode}: omitted keeps the code; {@code ""} discards it. Use {@link Builder#referralCode(String)}
 * and {@link Builder#clearReferralCode()}.</li>
 * </ul>
 * An empty {@code cartItems} list is sent as {@code []} and empties the cart.
 * <p>
 * Constraints (spec 26.13 {@code NewCustomerSessionV2} and its descriptions), checked when the record is made: at most
 * 1000 cart items whose quantities sum to at most 10,000, each item valid (see {@link CartItem}); coupon codes and the
 * referral code at most 100 characters, coupon codes not blank; {@code storeIntegrationId} 1 to 1000 characters; at
 * most 1 loyalty card and 5 identifiers, none blank; campaign ids positive; additional costs with a price that is not
 * negative; the state not {@link CustomerSessionState#UNKNOWN}. Read-only fields of cart items (such as
 * {@code position}) are dropped.
 *
 * @param profileId the customer's profile integration id; {@code ""} for an anonymous session (Talon.One recommends
 * a guest id instead) (optional)
 * @param storeIntegrationId the store's integration id, 1 to 1000 characters (optional)
 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
 * @param couponCodes the coupon codes entered; {@code null} keeps, an empty list discards the session's coupons
 * @param referralCode the referral code entered; {@code null} keeps, {@code ""} discards the session's code
 * @param loyaltyCards the loyalty card used, at most one identifier (optional)
 * @param state the session's state (optional; Talon.One's default is open)
 * @param cartItems the complete cart (optional; an empty list empties the cart)
 * @param experimentVariantAllocations the experiment variants of the session (optional)
 * @param additionalCosts the session's additional costs by API name, such as {@code shipping} (optional)
 * @param identifiers custom identifiers of the session, such as a hashed IP address, at most 5 (optional)
 * @param attributes custom session attributes, which must exist in the Campaign Manager (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewCustomerSessionV2(String profileId, String storeIntegrationId, List<Long> evaluableCampaignIds,
		List<String> couponCodes, String referralCode, List<String> loyaltyCards, CustomerSessionState state,
		List<CartItem> cartItems, List<ExperimentVariantAllocation> experimentVariantAllocations,
		Map<String, AdditionalCost> additionalCosts, List<String> identifiers, Map<String, Object> attributes) {

	/** The greatest number of cart items in one request. */
	public static final int MAX_CART_ITEMS = 1000;

	/** The greatest sum of the cart items' quantities in one request. */
	public static final int MAX_TOTAL_QUANTITY = 10_000;

	/** The greatest number of session identifiers. */
	public static final int MAX_IDENTIFIERS = 5;

	/** The greatest number of loyalty cards of a session. */
	public static final int MAX_LOYALTY_CARDS = 1;

	/**
	 * Checks the constraints of the request, drops the read-only fields of the cart items and copies the collections.
	 * @param profileId the customer's profile integration id; {@code ""} for an anonymous session (Talon.One recommends
	 * a guest id instead) (optional)
	 * @param storeIntegrationId the store's integration id, 1 to 1000 characters (optional)
	 * @param evaluableCampaignIds with {@code dry=true}: the campaigns to evaluate, even disabled ones (optional)
	 * @param couponCodes the coupon codes entered; {@code null} keeps, an empty list discards the session's coupons
	 * @param referralCode the referral code entered; {@code null} keeps, {@code ""} discards the session's code
	 * @param loyaltyCards the loyalty card used, at most one identifier (optional)
	 * @param state the session's state (optional; Talon.One's default is open)
	 * @param cartItems the complete cart (optional; an empty list empties the cart)
	 * @param experimentVariantAllocations the experiment variants of the session (optional)
	 * @param additionalCosts the session's additional costs by API name, such as {@code shipping} (optional)
	 * @param identifiers custom identifiers of the session, such as a hashed IP address, at most 5 (optional)
	 * @param attributes custom session attributes, which must exist in the Campaign Manager (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public NewCustomerSessionV2 {
		RequestChecks.length(storeIntegrationId, 1, RequestChecks.MAX_INTEGRATION_ID_LENGTH, "storeIntegrationId");
		RequestChecks.ids(evaluableCampaignIds, "evaluableCampaignIds");
		RequestChecks.strings(couponCodes, RequestChecks.MAX_CODE_LENGTH, "couponCodes");
		RequestChecks.length(referralCode, 0, RequestChecks.MAX_CODE_LENGTH, "referralCode");
		RequestChecks.maxSize(loyaltyCards, MAX_LOYALTY_CARDS, "loyaltyCards");
		RequestChecks.strings(loyaltyCards, Integer.MAX_VALUE, "loyaltyCards");
		if (state == CustomerSessionState.UNKNOWN) {
			throw new IllegalArgumentException("state must be open, closed, partially_returned or cancelled");
		}
		cartItems = cartItems(cartItems);
		if (experimentVariantAllocations != null) {
			for (int i = 0; i < experimentVariantAllocations.size(); i++) {
				String field = "experimentVariantAllocations[" + i + "]";
				ExperimentVariantAllocation allocation = Checks.notNull(experimentVariantAllocations.get(i), field);
				Checks.positive(allocation.experimentID(), field + ".experimentID");
				Checks.positive(allocation.variantID(), field + ".variantID");
			}
		}
		AdditionalCost.validate(additionalCosts, "additionalCosts");
		RequestChecks.maxSize(identifiers, MAX_IDENTIFIERS, "identifiers");
		RequestChecks.strings(identifiers, Integer.MAX_VALUE, "identifiers");
		Checks.attributes(attributes, "attributes");
		evaluableCampaignIds = Checks.copy(evaluableCampaignIds);
		couponCodes = Checks.copy(couponCodes);
		loyaltyCards = Checks.copy(loyaltyCards);
		experimentVariantAllocations = Checks.copy(experimentVariantAllocations);
		additionalCosts = Checks.copy(additionalCosts);
		identifiers = Checks.copy(identifiers);
		attributes = Checks.copy(attributes);
	}

	private static List<CartItem> cartItems(List<CartItem> cartItems) {
		if (cartItems == null) {
			return null;
		}
		RequestChecks.maxSize(cartItems, MAX_CART_ITEMS, "cartItems");
		List<CartItem> sent = new ArrayList<>(cartItems.size());
		long totalQuantity = 0;
		for (int i = 0; i < cartItems.size(); i++) {
			String field = "cartItems[" + i + "]";
			CartItem item = Checks.notNull(cartItems.get(i), field);
			item.validate(field);
			totalQuantity += item.quantity();
			sent.add(item.forRequest());
		}
		if (totalQuantity > MAX_TOTAL_QUANTITY) {
			throw new IllegalArgumentException("cartItems quantities must sum to at most " + MAX_TOTAL_QUANTITY
					+ " but summed to " + totalQuantity);
		}
		return Checks.copy(sent);
	}

	/**
	 * Starts an empty session update; an update that sends nothing is {@code {}}.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link NewCustomerSessionV2}. Every field left unset is omitted from the request and keeps its current
	 * value in Talon.One.
	 */
	public static final class Builder {

		private String profileId;

		private String storeIntegrationId;

		private List<Long> evaluableCampaignIds;

		private List<String> couponCodes;

		private String referralCode;

		private List<String> loyaltyCards;

		private CustomerSessionState state;

		private List<CartItem> cartItems;

		private List<ExperimentVariantAllocation> experimentVariantAllocations;

		private Map<String, AdditionalCost> additionalCosts;

		private List<String> identifiers;

		private Map<String, Object> attributes;

		private Builder() {
		}

		/**
		 * Sets the customer's profile; an unknown profile is created.
		 * @param profileId the profile's integration id, or {@code ""} for an anonymous session
		 * @return this builder
		 */
		public Builder profileId(String profileId) {
			this.profileId = profileId;
			return this;
		}

		/**
		 * Sets the store.
		 * @param storeIntegrationId the store's integration id, 1 to 1000 characters
		 * @return this builder
		 */
		public Builder storeIntegrationId(String storeIntegrationId) {
			this.storeIntegrationId = storeIntegrationId;
			return this;
		}

		/**
		 * With {@code dry=true}: evaluates only these campaigns, even disabled ones.
		 * @param campaignIds the campaign ids, positive
		 * @return this builder
		 */
		public Builder evaluableCampaignIds(Collection<Long> campaignIds) {
			this.evaluableCampaignIds = Builders.list(campaignIds);
			return this;
		}

		/**
		 * Sends these coupon codes, replacing the session's codes.
		 * @param codes the codes the customer entered: at least one, each not blank and at most 100 characters
		 * @return this builder
		 * @throws IllegalArgumentException when {@code codes} is {@code null} or empty: use {@link #clearCouponCodes()}
		 * to discard the session's coupons, or set nothing to keep them
		 */
		public Builder couponCodes(Collection<String> codes) {
			if (codes == null || codes.isEmpty()) {
				throw new IllegalArgumentException("couponCodes must not be null or empty: call clearCouponCodes() "
						+ "to discard the session's coupons, or leave couponCodes unset to keep them");
			}
			this.couponCodes = new ArrayList<>(codes);
			return this;
		}

		/**
		 * Sends these coupon codes, replacing the session's codes.
		 * @param codes the codes the customer entered: at least one, each not blank and at most 100 characters
		 * @return this builder
		 * @throws IllegalArgumentException when no code is given
		 * @see #couponCodes(Collection)
		 */
		public Builder couponCodes(String... codes) {
			return couponCodes(Builders.list(codes));
		}

		/**
		 * Sends {@code "couponCodes": []}, which discards every coupon code of the session (without {@code dry=true}).
		 * @return this builder
		 */
		public Builder clearCouponCodes() {
			this.couponCodes = List.of();
			return this;
		}

		/**
		 * Sends this referral code, replacing the session's code.
		 * @param code the code the customer entered, 1 to 100 characters
		 * @return this builder
		 * @throws IllegalArgumentException when {@code code} is {@code null} or empty: use
		 * {@link #clearReferralCode()} to discard the session's code, or set nothing to keep it
		 */
		public Builder referralCode(String code) {
			if (code == null || code.isEmpty()) {
				throw new IllegalArgumentException("referralCode must not be null or empty: call clearReferralCode() "
						+ "to discard the session's referral code, or leave referralCode unset to keep it");
			}
			this.referralCode = code;
			return this;
		}

		/**
		 * Sends {@code "referralCode": ""}, which discards the session's referral code (without {@code dry=true}).
		 * @return this builder
		 */
		public Builder clearReferralCode() {
			this.referralCode = "";
			return this;
		}

		/**
		 * Sets the loyalty card used in the session (a session has at most one).
		 * @param cardIdentifier the card's identifier, not blank
		 * @return this builder
		 */
		public Builder loyaltyCard(String cardIdentifier) {
			this.loyaltyCards = Builders.list(cardIdentifier);
			return this;
		}

		/**
		 * Sets the session's state.
		 * @param state the state, such as {@link CustomerSessionState#CLOSED} when the order is placed
		 * @return this builder
		 */
		public Builder state(CustomerSessionState state) {
			this.state = state;
			return this;
		}

		/**
		 * Replaces the cart; an empty list is sent as {@code []} and empties the cart.
		 * @param cartItems the complete cart, at most 1000 items whose quantities sum to at most 10,000
		 * @return this builder
		 */
		public Builder cartItems(List<CartItem> cartItems) {
			this.cartItems = Builders.list(cartItems);
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
		 * Sets the experiment variants of the session.
		 * @param allocations the allocations
		 * @return this builder
		 */
		public Builder experimentVariantAllocations(List<ExperimentVariantAllocation> allocations) {
			this.experimentVariantAllocations = Builders.list(allocations);
			return this;
		}

		/**
		 * Sets one additional cost of the session, which must exist in the Campaign Manager.
		 * @param name the additional cost's API name, such as {@code shipping}
		 * @param price its price, not negative; {@code 0} is sent as {@code 0}
		 * @return this builder
		 */
		public Builder additionalCost(String name, BigDecimal price) {
			this.additionalCosts = Builders.put(this.additionalCosts, name, new AdditionalCost(price));
			return this;
		}

		/**
		 * Replaces the session's additional costs.
		 * @param additionalCosts the additional costs by API name
		 * @return this builder
		 */
		public Builder additionalCosts(Map<String, AdditionalCost> additionalCosts) {
			this.additionalCosts = Builders.map(additionalCosts);
			return this;
		}

		/**
		 * Sets the session's custom identifiers, which rules can limit on.
		 * @param identifiers at most 5 identifiers, not blank
		 * @return this builder
		 */
		public Builder identifiers(Collection<String> identifiers) {
			this.identifiers = Builders.list(identifiers);
			return this;
		}

		/**
		 * Replaces the custom session attributes, which must exist in the Campaign Manager.
		 * @param attributes the attributes by name
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = Builders.map(attributes);
			return this;
		}

		/**
		 * Sets one custom session attribute.
		 * @param name the attribute's name, such as {@code ShippingCity}
		 * @param value its value
		 * @return this builder
		 */
		public Builder attribute(String name, Object value) {
			this.attributes = Builders.put(this.attributes, name, value);
			return this;
		}

		/**
		 * Builds the session update.
		 * @return the session update
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public NewCustomerSessionV2 build() {
			return new NewCustomerSessionV2(this.profileId, this.storeIntegrationId, this.evaluableCampaignIds,
					this.couponCodes, this.referralCode, this.loyaltyCards, this.state, this.cartItems,
					this.experimentVariantAllocations, this.additionalCosts, this.identifiers, this.attributes);
		}

	}

}
