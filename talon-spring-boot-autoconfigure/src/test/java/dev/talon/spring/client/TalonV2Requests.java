package dev.talon.spring.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.talon.spring.client.model.v2.ActivateLoyaltyPoints;
import dev.talon.spring.client.model.v2.DeleteLoyaltyTransactionsRequest;
import dev.talon.spring.client.model.v2.GenerateLoyaltyCard;
import dev.talon.spring.client.model.v2.GetCustomerAchievementHistoryOptions;
import dev.talon.spring.client.model.v2.GetCustomerAchievementsOptions;
import dev.talon.spring.client.model.v2.GetCustomerInventoryOptions;
import dev.talon.spring.client.model.v2.IntegrationGetAllCampaignsOptions;
import dev.talon.spring.client.model.v2.LoyaltyCardRegistration;
import dev.talon.spring.client.model.v2.LoyaltyPointsOptions;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
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
	 * A call of each operation of today's API whose path carries a text id, given that id (the numeric ids of the
	 * path, such as a loyalty program's, are fixed), with the name of that path parameter.
	 * @return the calls, by operation
	 */
	public static Map<TalonOperation, PathIdCall> callsWithPathId() {
		Map<TalonOperation, PathIdCall> calls = new LinkedHashMap<>();
		calls.put(TalonOperation.UPDATE_CUSTOMER_SESSION_V2, new PathIdCall("customerSessionId",
				(client, id) -> client.updateCustomerSessionV2(id, cartUpdate())));
		calls.put(TalonOperation.GET_CUSTOMER_SESSION,
				new PathIdCall("customerSessionId", TalonIntegrationClient::getCustomerSession));
		calls.put(TalonOperation.REOPEN_CUSTOMER_SESSION,
				new PathIdCall("customerSessionId", TalonIntegrationClient::reopenCustomerSession));
		calls.put(TalonOperation.RETURN_CART_ITEMS,
				new PathIdCall("customerSessionId", (client, id) -> client.returnCartItems(id, itemReturn())));
		calls.put(TalonOperation.UPDATE_CUSTOMER_PROFILE_V2,
				new PathIdCall("integrationId", (client, id) -> client.updateCustomerProfileV2(id, fullProfile())));
		calls.put(TalonOperation.GET_EVENT_V3, new PathIdCall("integrationId", TalonIntegrationClient::getEventV3));
		calls.put(TalonOperation.GET_CUSTOMER_INVENTORY, new PathIdCall("integrationId",
				(client, id) -> client.getCustomerInventory(id, GetCustomerInventoryOptions.all())));
		calls.put(TalonOperation.DELETE_CUSTOMER_DATA,
				new PathIdCall("integrationId", TalonIntegrationClient::deleteCustomerData));
		calls.put(TalonOperation.GET_CUSTOMER_ACHIEVEMENTS, new PathIdCall("integrationId",
				(client, id) -> client.getCustomerAchievements(id, GetCustomerAchievementsOptions.defaults())));
		calls.put(TalonOperation.GET_CUSTOMER_ACHIEVEMENT_HISTORY,
				new PathIdCall("integrationId", (client, id) -> client.getCustomerAchievementHistory(id,
						TalonV2AccountRequests.ACHIEVEMENT, GetCustomerAchievementHistoryOptions.defaults())));
		calls.put(TalonOperation.CREATE_COUPON_RESERVATION, new PathIdCall("couponValue",
				(client, id) -> client.createCouponReservation(id, TalonV2AccountRequests.reservations())));
		calls.put(TalonOperation.DELETE_COUPON_RESERVATION, new PathIdCall("couponValue",
				(client, id) -> client.deleteCouponReservation(id, TalonV2AccountRequests.reservations())));
		calls.put(TalonOperation.GET_RESERVED_CUSTOMERS,
				new PathIdCall("couponValue", TalonIntegrationClient::getReservedCustomers));
		calls.put(TalonOperation.GET_LOYALTY_BALANCES, new PathIdCall("integrationId",
				(client, id) -> client.getLoyaltyBalances(TalonV2AccountRequests.PROGRAM, id)));
		calls.put(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS,
				new PathIdCall("integrationId", (client, id) -> client.getLoyaltyProgramProfileTransactions(
						TalonV2AccountRequests.PROGRAM, id, LoyaltyTransactionsOptions.defaults())));
		calls.put(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_POINTS,
				new PathIdCall("integrationId", (client, id) -> client.getLoyaltyProgramProfilePoints(
						TalonV2AccountRequests.PROGRAM, id,
								LoyaltyPointsOptions.of(LoyaltyPointsOptions.Status.ACTIVE))));
		calls.put(TalonOperation.JOIN_LOYALTY_PROGRAM, new PathIdCall("integrationId",
				(client, id) -> client.joinLoyaltyProgram(TalonV2AccountRequests.PROGRAM, id)));
		calls.put(TalonOperation.DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS,
				new PathIdCall("integrationId", (client, id) -> client.deleteLoyaltyTransactionsFromLedgers(
						TalonV2AccountRequests.PROGRAM, id, DeleteLoyaltyTransactionsRequest.allSubledgers())));
		calls.put(TalonOperation.GET_LOYALTY_CARD_BALANCES, new PathIdCall("loyaltyCardId",
				(client, id) -> client.getLoyaltyCardBalances(TalonV2AccountRequests.CARD_PROGRAM, id)));
		calls.put(TalonOperation.GET_LOYALTY_CARD_TRANSACTIONS,
				new PathIdCall("loyaltyCardId", (client, id) -> client.getLoyaltyCardTransactions(
						TalonV2AccountRequests.CARD_PROGRAM, id, LoyaltyTransactionsOptions.defaults())));
		calls.put(TalonOperation.GET_LOYALTY_CARD_POINTS,
				new PathIdCall("loyaltyCardId", (client, id) -> client.getLoyaltyCardPoints(
						TalonV2AccountRequests.CARD_PROGRAM, id,
								LoyaltyPointsOptions.of(LoyaltyPointsOptions.Status.ACTIVE))));
		calls.put(TalonOperation.LINK_LOYALTY_CARD_TO_PROFILE,
				new PathIdCall("loyaltyCardId", (client, id) -> client.linkLoyaltyCardToProfile(
						TalonV2AccountRequests.CARD_PROGRAM, id, LoyaltyCardRegistration.of("customer-7"))));
		calls.put(TalonOperation.UNLINK_LOYALTY_CARD_FROM_PROFILE,
				new PathIdCall("loyaltyCardId", (client, id) -> client.unlinkLoyaltyCardFromProfile(
						TalonV2AccountRequests.CARD_PROGRAM, id, LoyaltyCardRegistration.of("customer-7"))));
		return calls;
	}

	/**
	 * A call of each operation of today's API whose path carries a numeric id, given that id (the text ids fixed),
	 * with the name of that path parameter.
	 * @return the calls, by operation and parameter
	 */
	public static List<NumericIdCall> callsWithNumericPathId() {
		String customer = "customer-7";
		String card = TalonV2AccountRequests.CARD;
		return List.of(
				new NumericIdCall(TalonOperation.GET_CUSTOMER_ACHIEVEMENT_HISTORY, "achievementId",
						(client, id) -> client.getCustomerAchievementHistory(customer, id,
								GetCustomerAchievementHistoryOptions.defaults())),
				new NumericIdCall(TalonOperation.GET_LOYALTY_BALANCES, "loyaltyProgramId",
						(client, id) -> client.getLoyaltyBalances(id, customer)),
				new NumericIdCall(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS, "loyaltyProgramId",
						(client, id) -> client.getLoyaltyProgramProfileTransactions(id, customer,
								LoyaltyTransactionsOptions.defaults())),
				new NumericIdCall(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_POINTS, "loyaltyProgramId",
						(client, id) -> client.getLoyaltyProgramProfilePoints(id, customer,
								LoyaltyPointsOptions.of(LoyaltyPointsOptions.Status.ACTIVE))),
				new NumericIdCall(TalonOperation.JOIN_LOYALTY_PROGRAM, "loyaltyProgramId",
						(client, id) -> client.joinLoyaltyProgram(id, customer)),
				new NumericIdCall(TalonOperation.DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS, "loyaltyProgramId",
						(client, id) -> client.deleteLoyaltyTransactionsFromLedgers(id, customer,
								DeleteLoyaltyTransactionsRequest.allSubledgers())),
				new NumericIdCall(TalonOperation.ACTIVATE_LOYALTY_POINTS, "loyaltyProgramId",
						(client, id) -> client.activateLoyaltyPoints(id, ActivateLoyaltyPoints.ofSession("cart-1001"))),
				new NumericIdCall(TalonOperation.GENERATE_LOYALTY_CARD, "loyaltyProgramId",
						(client, id) -> client.generateLoyaltyCard(id, GenerateLoyaltyCard.generated())),
				new NumericIdCall(TalonOperation.GET_LOYALTY_CARD_BALANCES, "loyaltyProgramId",
						(client, id) -> client.getLoyaltyCardBalances(id, card)),
				new NumericIdCall(TalonOperation.GET_LOYALTY_CARD_TRANSACTIONS, "loyaltyProgramId",
						(client, id) -> client.getLoyaltyCardTransactions(id, card,
								LoyaltyTransactionsOptions.defaults())),
				new NumericIdCall(TalonOperation.GET_LOYALTY_CARD_POINTS, "loyaltyProgramId",
						(client, id) -> client.getLoyaltyCardPoints(id, card,
								LoyaltyPointsOptions.of(LoyaltyPointsOptions.Status.ACTIVE))),
				new NumericIdCall(TalonOperation.LINK_LOYALTY_CARD_TO_PROFILE, "loyaltyProgramId",
						(client, id) -> client.linkLoyaltyCardToProfile(id, card,
								LoyaltyCardRegistration.of(customer))),
				new NumericIdCall(TalonOperation.UNLINK_LOYALTY_CARD_FROM_PROFILE, "loyaltyProgramId",
						(client, id) -> client.unlinkLoyaltyCardFromProfile(id, card,
								LoyaltyCardRegistration.of(customer))),
				new NumericIdCall(TalonOperation.UPDATE_AUDIENCE_V2, "audienceId",
						(client, id) -> client.updateAudienceV2(id, TalonV2AccountRequests.audienceUpdate())),
				new NumericIdCall(TalonOperation.DELETE_AUDIENCE_V2, "audienceId",
						TalonIntegrationClient::deleteAudienceV2),
				new NumericIdCall(TalonOperation.DELETE_AUDIENCE_MEMBERSHIPS_V2, "audienceId",
						TalonIntegrationClient::deleteAudienceMembershipsV2),
				new NumericIdCall(TalonOperation.UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES, "audienceId",
						(client, id) -> client.updateAudienceCustomersAttributes(id,
								TalonV2AccountRequests.audienceAttributes())),
				new NumericIdCall(TalonOperation.SYNC_CATALOG, "catalogId",
						(client, id) -> client.syncCatalog(id, TalonV2AccountRequests.catalogAdditions())));
	}

	/**
	 * A realistic call of each operation of today's API (and {@code createReferral}).
	 * @return the calls, by operation
	 */
	public static Map<TalonOperation, Function<TalonIntegrationClient, Mono<?>>> calls() {
		Map<TalonOperation, Function<TalonIntegrationClient, Mono<?>>> calls = new LinkedHashMap<>();
		callsWithPathId().forEach((operation, call) -> calls.put(operation, (client) -> call.apply(client,
				switch (call.parameter()) {
					case "customerSessionId" -> "cart-1001";
					case "integrationId" -> (operation == TalonOperation.GET_EVENT_V3) ? "review-8812" : "customer-7";
					case "couponValue" -> TalonV2AccountRequests.COUPON;
					default -> TalonV2AccountRequests.CARD;
				})));
		calls.put(TalonOperation.UPDATE_CUSTOMER_PROFILES_V2, (client) -> client.updateCustomerProfilesV2(profiles(2)));
		calls.put(TalonOperation.TRACK_EVENT_V2, (client) -> client.trackEventV2(fullEvent()));
		calls.put(TalonOperation.TRACK_EVENT_V3, (client) -> client.trackEventV3(fullAdvancedEvent("review-8812")));
		calls.put(TalonOperation.CREATE_REFERRAL, (client) -> client.createReferral(fullReferral()));
		calls.put(TalonOperation.INTEGRATION_GET_ALL_CAMPAIGNS,
				(client) -> client.integrationGetAllCampaigns(IntegrationGetAllCampaignsOptions.firstPage(10)));
		calls.put(TalonOperation.CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES,
				(client) -> client
					.createReferralsForMultipleAdvocates(TalonV2AccountRequests.fullReferralsForAdvocates()));
		calls.put(TalonOperation.ACTIVATE_LOYALTY_POINTS, (client) -> client
			.activateLoyaltyPoints(TalonV2AccountRequests.PROGRAM, TalonV2AccountRequests.activationOfTransactions()));
		calls.put(TalonOperation.GENERATE_LOYALTY_CARD, (client) -> client
			.generateLoyaltyCard(TalonV2AccountRequests.CARD_PROGRAM, TalonV2AccountRequests.fullCard()));
		calls.put(TalonOperation.CREATE_AUDIENCE_V2,
				(client) -> client.createAudienceV2(TalonV2AccountRequests.fullAudience()));
		calls.put(TalonOperation.UPDATE_AUDIENCE_V2,
				(client) -> client.updateAudienceV2(TalonV2AccountRequests.AUDIENCE,
				TalonV2AccountRequests.audienceUpdate()));
		calls.put(TalonOperation.DELETE_AUDIENCE_V2,
				(client) -> client.deleteAudienceV2(TalonV2AccountRequests.AUDIENCE));
		calls.put(TalonOperation.DELETE_AUDIENCE_MEMBERSHIPS_V2,
				(client) -> client.deleteAudienceMembershipsV2(TalonV2AccountRequests.AUDIENCE));
		calls.put(TalonOperation.UPDATE_CUSTOMER_PROFILE_AUDIENCES,
				(client) -> client.updateCustomerProfileAudiences(TalonV2AccountRequests.audienceChanges()));
		calls.put(TalonOperation.UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES, (client) -> client
			.updateAudienceCustomersAttributes(TalonV2AccountRequests.AUDIENCE,
					TalonV2AccountRequests.audienceAttributes()));
		calls.put(TalonOperation.SYNC_CATALOG, (client) -> client.syncCatalog(TalonV2AccountRequests.CATALOG,
				TalonV2AccountRequests.catalogAdditions()));
		calls.put(TalonOperation.BEST_PRIOR_PRICE,
				(client) -> client.bestPriorPrice(TalonV2AccountRequests.fullBestPriorPrice()));
		return calls;
	}

	/**
	 * The segment of a request's raw path at the place of a path parameter in the operation's template.
	 * @param operation the operation
	 * @param parameter the path parameter, such as {@code loyaltyCardId}
	 * @param rawPath the path as sent (encoded)
	 * @return the encoded segment
	 */
	public static String pathSegment(TalonOperation operation, String parameter, String rawPath) {
		List<String> template = List.of(operation.pathTemplate().split("/"));
		int at = template.indexOf("{" + parameter + "}");
		String[] segments = rawPath.split("/");
		if (at < 0 || segments.length != template.size()) {
			throw new AssertionError(rawPath + " does not have the segments of " + operation.pathTemplate());
		}
		return segments[at];
	}

	/**
	 * A call of an operation whose path carries a text id, given that id.
	 *
	 * @param parameter the path parameter the id goes to, such as {@code integrationId}
	 * @param call the call, given the client and the id
	 */
	public record PathIdCall(String parameter, BiFunction<TalonIntegrationClient, String, Mono<?>> call) {

		/**
		 * Calls the operation.
		 * @param client the client
		 * @param id the id
		 * @return the call
		 */
		public Mono<?> apply(TalonIntegrationClient client, String id) {
			return this.call.apply(client, id);
		}

	}

	/**
	 * A call of an operation whose path carries a numeric id, given that id.
	 *
	 * @param operation the operation
	 * @param parameter the path parameter the id goes to, such as {@code loyaltyProgramId}
	 * @param call the call, given the client and the id
	 */
	public record NumericIdCall(TalonOperation operation, String parameter,
			BiFunction<TalonIntegrationClient, Long, Mono<?>> call) {

		@Override
		public String toString() {
			return this.operation + " " + this.parameter;
		}

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
