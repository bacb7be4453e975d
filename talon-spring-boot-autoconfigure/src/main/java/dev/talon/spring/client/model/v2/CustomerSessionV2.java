package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A customer session as Talon.One keeps it ({@code CustomerSessionV2}), in {@link IntegrationStateV2} and
 * {@link IntegrationCustomerSessionResponse}. Read as Talon.One sent it: real answers lack fields the spec calls
 * required (such as {@code id}, {@code updateCount}, {@code updated} or {@code cartItemAdditionalCostTotal}), which
 * are then {@code null}; missing lists and maps are empty. The totals are before any discount, in the application's
 * currency.
 *
 * @param id the session's internal id
 * @param created when it was created
 * @param integrationId the session's id in the shop
 * @param applicationId the Talon.One application
 * @param profileId the customer's profile integration id; empty for an anonymous session
 * @param storeIntegrationId the store, if any
 * @param evaluableCampaignIds the campaigns evaluated in a dry run (empty when none)
 * @param couponCodes the coupon codes of the session (empty when none)
 * @param referralCode the referral code of the session, if any
 * @param loyaltyCards the loyalty card of the session (empty when none)
 * @param state the session's state; {@link CustomerSessionState#UNKNOWN} for a state this client does not know
 * @param cartItems the cart, with the read-only fields Talon.One computes (empty when none)
 * @param experimentVariantAllocations the experiment variants of the session (empty when none)
 * @param additionalCosts the session's additional costs by API name (empty when none)
 * @param identifiers the session's custom identifiers (empty when none)
 * @param attributes the session's attributes (empty when none)
 * @param firstSession whether this is the customer's first session (always true for anonymous sessions)
 * @param updateCount how often the session was updated, 1 after its creation
 * @param total the value of the cart items and additional costs
 * @param cartItemTotal the value of the cart items
 * @param additionalCostTotal the value of the session's additional costs
 * @param cartItemAdditionalCostTotal the value of the cart items' additional costs
 * @param updated when the last event of the session was received
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerSessionV2(Long id, OffsetDateTime created, String integrationId, Long applicationId,
		String profileId, String storeIntegrationId,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> evaluableCampaignIds,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> couponCodes, String referralCode,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> loyaltyCards, CustomerSessionState state,
		List<CartItem> cartItems,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExperimentVariantAllocation> experimentVariantAllocations,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, AdditionalCost> additionalCosts,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> identifiers, Map<String, Object> attributes,
		Boolean firstSession, Long updateCount, BigDecimal total, BigDecimal cartItemTotal,
		BigDecimal additionalCostTotal, BigDecimal cartItemAdditionalCostTotal, OffsetDateTime updated) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the session's internal id
	 * @param created when it was created
	 * @param integrationId the session's id in the shop
	 * @param applicationId the Talon.One application
	 * @param profileId the customer's profile integration id; empty for an anonymous session
	 * @param storeIntegrationId the store, if any
	 * @param evaluableCampaignIds the campaigns evaluated in a dry run (empty when none)
	 * @param couponCodes the coupon codes of the session (empty when none)
	 * @param referralCode the referral code of the session, if any
	 * @param loyaltyCards the loyalty card of the session (empty when none)
	 * @param state the session's state; {@link CustomerSessionState#UNKNOWN} for a state this client does not know
	 * @param cartItems the cart, with the read-only fields Talon.One computes (empty when none)
	 * @param experimentVariantAllocations the experiment variants of the session (empty when none)
	 * @param additionalCosts the session's additional costs by API name (empty when none)
	 * @param identifiers the session's custom identifiers (empty when none)
	 * @param attributes the session's attributes (empty when none)
	 * @param firstSession whether this is the customer's first session (always true for anonymous sessions)
	 * @param updateCount how often the session was updated, 1 after its creation
	 * @param total the value of the cart items and additional costs
	 * @param cartItemTotal the value of the cart items
	 * @param additionalCostTotal the value of the session's additional costs
	 * @param cartItemAdditionalCostTotal the value of the cart items' additional costs
	 * @param updated when the last event of the session was received
	 */
	public CustomerSessionV2 {
		evaluableCampaignIds = Checks.copyOrEmpty(evaluableCampaignIds);
		couponCodes = Checks.copyOrEmpty(couponCodes);
		loyaltyCards = Checks.copyOrEmpty(loyaltyCards);
		cartItems = Checks.copyOrEmpty(cartItems);
		experimentVariantAllocations = Checks.copyOrEmpty(experimentVariantAllocations);
		additionalCosts = Checks.copyOrEmpty(additionalCosts);
		identifiers = Checks.copyOrEmpty(identifiers);
		attributes = Checks.copyOrEmpty(attributes);
	}

}
