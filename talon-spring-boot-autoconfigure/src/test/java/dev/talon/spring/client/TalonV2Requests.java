package dev.talon.spring.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.ExperimentVariantAllocation;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationRequest;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationRequestItem;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import reactor.core.publisher.Mono;

/**
 * Realistic requests of today's Integration API shared by the tests: the checkout of customer-7's cart-1001.
 */
public final class TalonV2Requests {

	private TalonV2Requests() {
	}

	/**
	 * A session with every field a request may carry: two items (the second one free), two coupons, a referral code,
	 * a loyalty card, additional costs, an experiment allocation and attributes.
	 * @param state the session's state, or {@code null} to leave it as it is
	 * @return the session
	 */
	public static NewCustomerSessionV2 fullSession(CustomerSessionState state) {
		return NewCustomerSessionV2.builder()
			.profileId("customer-7")
			.storeIntegrationId("STORE-001")
			.evaluableCampaignIds(List.of(244L, 245L))
			.couponCodes("SPRING10", "WINTER5")
			.referralCode("REF-7XK2")
			.loyaltyCard("card-0042")
			.state(state)
			.addCartItem(CartItem.builder("COF-1KG", 2)
				.name("Espresso beans 1kg")
				.price(new BigDecimal("19.99"))
				.category("coffee")
				.product("Espresso")
				.weight(new BigDecimal("1000"))
				.dimensions(new BigDecimal("250"), new BigDecimal("120"), new BigDecimal("80"))
				.attribute("roast", "dark")
				.additionalCost("handling", new BigDecimal("0.50"))
				.build())
			.addCartItem(CartItem.builder("JUG-350", 1).name("Milk jug").price(BigDecimal.ZERO).build())
			.experimentVariantAllocations(List.of(ExperimentVariantAllocation.of(12, 3)))
			.additionalCost("shipping", new BigDecimal("4.95"))
			.identifiers(List.of("91.64.1.1"))
			.attribute("ShippingCity", "Berlin")
			.attribute("GiftWrap", true)
			.build();
	}

	/**
	 * A cart update of the open session, asking for the session and the loyalty balances.
	 * @return the request
	 */
	public static IntegrationRequest cartUpdate() {
		return IntegrationRequest.of(fullSession(CustomerSessionState.OPEN),
				IntegrationRequest.ResponseContent.CUSTOMER_SESSION, IntegrationRequest.ResponseContent.LOYALTY);
	}

	/**
	 * The session's state change alone (a close, a cancellation), as a shop sends it when the order is placed.
	 * @param state the new state
	 * @return the request
	 */
	public static IntegrationRequest stateChange(CustomerSessionState state) {
		return IntegrationRequest.of(NewCustomerSessionV2.builder().profileId("customer-7").state(state).build());
	}

	/**
	 * The return of one espresso pack (by position) and the free jug (by SKU).
	 * @return the request
	 */
	public static ReturnIntegrationRequest itemReturn() {
		return ReturnIntegrationRequest.of(
				NewReturn.of(ReturnedCartItem.atPosition(0, 1), ReturnedCartItem.ofSku("JUG-350", 1),
						new ReturnedCartItem(0, 1, "COF-1KG")),
				ReturnIntegrationRequest.ResponseContent.values());
	}

	/**
	 * A profile update with every field.
	 * @return the request
	 */
	public static CustomerProfileIntegrationRequestV2 fullProfile() {
		return CustomerProfileIntegrationRequestV2.builder()
			.attribute("Name", "Ada")
			.attribute("Score", new BigDecimal("0.10"))
			.attribute("SignedUp", OffsetDateTime.parse("2026-01-10T09:05:27+01:00"))
			.evaluableCampaignIds(List.of(10L, 12L))
			.responseContent(CustomerProfileIntegrationRequestV2.ResponseContent.values())
			.audiencesChanges(List.of(2L, 4L), List.of(7L))
			.build();
	}

	/**
	 * A bulk update of the given number of profiles.
	 * @param count how many, 1 to 1000
	 * @return the request
	 */
	public static MultipleCustomerProfileIntegrationRequest profiles(int count) {
		List<MultipleCustomerProfileIntegrationRequestItem> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(MultipleCustomerProfileIntegrationRequestItem.of("customer-" + i,
					Map.of("Language", "en", "Newsletter", i % 2 == 0)));
		}
		return MultipleCustomerProfileIntegrationRequest.of(items);
	}

	/**
	 * A custom event with every field.
	 * @return the event
	 */
	public static IntegrationEventV2Request fullEvent() {
		return IntegrationEventV2Request.builder("customer-7", "newsletter_signup")
			.storeIntegrationId("STORE-001")
			.evaluableCampaignIds(List.of(10L))
			.attribute("SubscriptionType", "weekly")
			.responseContent(IntegrationEventV2Request.ResponseContent.values())
			.loyaltyCard("card-0042")
			.build();
	}

	/**
	 * An advanced event with every field.
	 * @param integrationId the event's unique id
	 * @return the event
	 */
	public static IntegrationEventV3Request fullAdvancedEvent(String integrationId) {
		return IntegrationEventV3Request.builder(integrationId, "customer-7", "review_written")
			.storeIntegrationId("STORE-001")
			.evaluableCampaignIds(List.of(260L))
			.attribute("stars", 5)
			.connectedSessionId("cart-1001")
			.loyaltyCard("card-0042")
			.responseContent(IntegrationEventV3Request.ResponseContent.values())
			.build();
	}

	/**
	 * A call of each operation of today's API whose path carries an id, given that id.
	 * @return the calls, by operation
	 */
	public static Map<TalonOperation, BiFunction<TalonIntegrationClient, String, Mono<?>>> callsWithPathId() {
		Map<TalonOperation, BiFunction<TalonIntegrationClient, String, Mono<?>>> calls = new LinkedHashMap<>();
		calls.put(TalonOperation.UPDATE_CUSTOMER_SESSION_V2,
				(client, id) -> client.updateCustomerSessionV2(id, cartUpdate()));
		calls.put(TalonOperation.GET_CUSTOMER_SESSION, TalonIntegrationClient::getCustomerSession);
		calls.put(TalonOperation.REOPEN_CUSTOMER_SESSION, TalonIntegrationClient::reopenCustomerSession);
		calls.put(TalonOperation.RETURN_CART_ITEMS, (client, id) -> client.returnCartItems(id, itemReturn()));
		calls.put(TalonOperation.UPDATE_CUSTOMER_PROFILE_V2,
				(client, id) -> client.updateCustomerProfileV2(id, fullProfile()));
		calls.put(TalonOperation.GET_EVENT_V3, TalonIntegrationClient::getEventV3);
		return calls;
	}

	/**
	 * A realistic call of each operation of today's API (and {@code createReferral}).
	 * @return the calls, by operation
	 */
	public static Map<TalonOperation, Function<TalonIntegrationClient, Mono<?>>> calls() {
		Map<TalonOperation, Function<TalonIntegrationClient, Mono<?>>> calls = new LinkedHashMap<>();
		callsWithPathId().forEach((operation, call) -> calls.put(operation, (client) -> call.apply(client,
				(operation == TalonOperation.UPDATE_CUSTOMER_PROFILE_V2) ? "customer-7"
						: (operation == TalonOperation.GET_EVENT_V3) ? "review-8812" : "cart-1001")));
		calls.put(TalonOperation.UPDATE_CUSTOMER_PROFILES_V2, (client) -> client.updateCustomerProfilesV2(profiles(2)));
		calls.put(TalonOperation.TRACK_EVENT_V2, (client) -> client.trackEventV2(fullEvent()));
		calls.put(TalonOperation.TRACK_EVENT_V3, (client) -> client.trackEventV3(fullAdvancedEvent("review-8812")));
		calls.put(TalonOperation.CREATE_REFERRAL, (client) -> client.createReferral(fullReferral()));
		return calls;
	}

	/**
	 * A referral with every field.
	 * @return the referral
	 */
	public static NewReferral fullReferral() {
		return NewReferral.builder(12, "customer-7")
			.friendProfileIntegrationId("friend-8")
			.startDate(OffsetDateTime.parse("2026-12-01T00:00:00Z"))
			.expiryDate(OffsetDateTime.parse("2027-01-01T00:00:00.123+01:00"))
			.usageLimit(1)
			.attribute("channel", "app")
			.build();
	}

}
