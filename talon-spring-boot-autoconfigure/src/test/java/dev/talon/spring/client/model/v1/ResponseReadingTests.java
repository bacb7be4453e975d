package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.ApiError;
import dev.talon.spring.client.model.ErrorResponse;
import dev.talon.spring.client.model.ErrorSource;
import dev.talon.spring.client.model.v2.Referral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.talon.spring.client.TalonJson;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Reading Talon.One's answers with {@link TalonJson#mapper()}: every field, exact decimals, lenient about unknown and
 * missing fields.
 */
class ResponseReadingTests {

	/** A session update answer; every object carries a field this client does not know. */
	static final String INTEGRATION_STATE = """
			{
			  "session": {
			    "integrationId": "cart-1001",
			    "created": "2018-02-06T10:15:30.123Z",
			    "applicationId": 7,
			    "profileId": "customer-7",
			    "coupon": "SPRING10",
			    "referral": "",
			    "state": "open",
			    "cartItems": [
			      {"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "price": 19.99,
			       "category": "coffee", "weight": 1000, "height": 250.5, "width": 120, "length": 80,
			       "position": 0, "attributes": {"roast": "dark", "grind": 0.25, "tags": [1.5, "x"]},
			       "returnedQuantity": 0, "catalogItemId": {"id": 5}},
			      {"name": "Milk jug", "sku": "JUG-350", "quantity": 1, "price": 12.50, "position": 1,
			       "adjustment": {"payFromLoyaltyProgram": 3, "pointPayment": 500, "remainingPrice": 7.50,
			                      "futureAdjustmentField": [1, 2]}}
			    ],
			    "total": 52.48,
			    "attributes": {"ShippingCity": "Berlin", "ShippingCost": 4.95},
			    "firstSession": false,
			    "discounts": {"10% off coffee": 4.00, "Free shipping": 4.95},
			    "someFutureField": {"nested": true}
			  },
			  "profile": {
			    "integrationId": "customer-7",
			    "created": "2017-11-01T08:00:00Z",
			    "attributes": {"Name": "Ada", "VIP": true, "Score": 0.1},
			    "accountId": 1,
			    "closedSessions": 3,
			    "totalSales": 149.85,
			    "loyaltyMemberships": [{"joined": "2017-12-24T18:00:00+01:00", "loyaltyProgramId": 3, "tier": "gold"}],
			    "lastActivity": "2018-02-06T10:15:30Z",
			    "sandbox": false
			  },
			  "event": {
			    "id": 8843,
			    "created": "2018-02-06T10:15:30.456Z",
			    "applicationId": 7,
			    "profileId": "customer-7",
			    "sessionId": "cart-1001",
			    "type": "talon_session_updated",
			    "attributes": {"basketValue": 123456789.123456789},
			    "effects": [
			      [12, 34, 0, ["acceptCoupon", "SPRING10"]],
			      [12, 34, 1, ["setDiscount", "10% off coffee", 4.00]],
			      [15, 40, 0, ["setDiscount", "Free shipping", 4.95]]
			    ],
			    "ledgerEntries": [
			      {"id": 501, "created": "2018-02-06T10:15:30Z", "profileId": "customer-7", "accountId": 1,
			       "loyaltyProgramId": 3, "eventId": 8843, "amount": -500, "reason": "Paid milk jug with points",
			       "expiryDate": "2019-02-06T10:15:30Z", "referenceId": 498, "subledgerId": "x"}
			    ],
			    "meta": {"evaluationTime": 0.012}
			  },
			  "loyalty": {"programs": {}},
			  "createdCoupons": []
			}
			""";

	private final JsonMapper mapper = TalonJson.mapper();

	private static OffsetDateTime time(String text) {
		return OffsetDateTime.parse(text);
	}

	private IntegrationState readState() {
		return this.mapper.readValue(INTEGRATION_STATE, IntegrationState.class);
	}

	@Test
	void sessionIsFullyRead() {
		CustomerSession session = readState().session();
		assertThat(session.integrationId()).isEqualTo("cart-1001");
		assertThat(session.created()).isAtSameInstantAs(time("2018-02-06T10:15:30.123Z"));
		assertThat(session.applicationId()).isEqualTo(7L);
		assertThat(session.profileId()).isEqualTo("customer-7");
		assertThat(session.coupon()).isEqualTo("SPRING10");
		assertThat(session.referral()).isEmpty();
		assertThat(session.state()).isEqualTo(CustomerSessionState.OPEN);
		assertThat(session.cartItems()).hasSize(2);
		assertThat(session.total()).isEqualTo(new BigDecimal("52.48"));
		assertThat(session.attributes()).containsExactly(entry("ShippingCity", "Berlin"),
				entry("ShippingCost", new BigDecimal("4.95")));
		assertThat(session.firstSession()).isFalse();
		assertThat(session.discounts()).containsExactly(entry("10% off coffee", new BigDecimal("4.00")),
				entry("Free shipping", new BigDecimal("4.95")));
	}

	@Test
	void cartItemsAreFullyRead() {
		List<CartItem> items = readState().session().cartItems();
		CartItem coffee = items.get(0);
		assertThat(coffee.name()).isEqualTo("Espresso beans 1kg");
		assertThat(coffee.sku()).isEqualTo("COF-1KG");
		assertThat(coffee.quantity()).isEqualTo(2);
		// BigDecimal.equals compares the scale too: the value is exactly what was sent.
		assertThat(coffee.price()).isEqualTo(new BigDecimal("19.99"));
		assertThat(coffee.category()).isEqualTo("coffee");
		assertThat(coffee.weight()).isEqualTo(new BigDecimal("1000"));
		assertThat(coffee.height()).isEqualTo(new BigDecimal("250.5"));
		assertThat(coffee.width()).isEqualTo(new BigDecimal("120"));
		assertThat(coffee.length()).isEqualTo(new BigDecimal("80"));
		assertThat(coffee.position()).isEqualTo(new BigDecimal("0"));
		assertThat(coffee.attributes()).containsOnlyKeys("roast", "grind", "tags");
		assertThat(coffee.attributes()).containsEntry("roast", "dark")
			.containsEntry("grind", new BigDecimal("0.25"))
			.containsEntry("tags", List.of(new BigDecimal("1.5"), "x"));
		assertThat(coffee.adjustment()).isNull();

		CartItem jug = items.get(1);
		assertThat(jug.price()).isEqualTo(new BigDecimal("12.50"));
		assertThat(jug.position()).isEqualTo(new BigDecimal("1"));
		assertThat(jug.category()).isNull();
		assertThat(jug.weight()).isNull();
		assertThat(jug.attributes()).isNull();
		assertThat(jug.adjustment()).isEqualTo(new CartItemAdjustment(3L, 500L, new BigDecimal("7.50")));
	}

	@Test
	void profileIsFullyRead() {
		CustomerProfile profile = readState().profile();
		assertThat(profile.integrationId()).isEqualTo("customer-7");
		assertThat(profile.created()).isAtSameInstantAs(time("2017-11-01T08:00:00Z"));
		assertThat(profile.attributes()).containsExactly(entry("Name", "Ada"), entry("VIP", true),
				entry("Score", new BigDecimal("0.1")));
		assertThat(profile.accountId()).isEqualTo(1L);
		assertThat(profile.closedSessions()).isEqualTo(3L);
		assertThat(profile.totalSales()).isEqualTo(new BigDecimal("149.85"));
		assertThat(profile.loyaltyMemberships()).hasSize(1);
		LoyaltyMembership membership = profile.loyaltyMemberships().get(0);
		assertThat(membership.loyaltyProgramId()).isEqualTo(3L);
		assertThat(membership.joined()).isAtSameInstantAs(time("2017-12-24T17:00:00Z"));
		assertThat(profile.lastActivity()).isAtSameInstantAs(time("2018-02-06T10:15:30Z"));
	}

	@Test
	void eventIsFullyRead() {
		Event event = readState().event();
		assertThat(event.id()).isEqualTo(8843L);
		assertThat(event.created()).isAtSameInstantAs(time("2018-02-06T10:15:30.456Z"));
		assertThat(event.applicationId()).isEqualTo(7L);
		assertThat(event.profileId()).isEqualTo("customer-7");
		assertThat(event.sessionId()).isEqualTo("cart-1001");
		assertThat(event.type()).isEqualTo("talon_session_updated");
		assertThat(event.attributes()).containsExactly(entry("basketValue", new BigDecimal("123456789.123456789")));
		assertThat(event.effects()).containsExactly(
				new Effect(12L, 34L, 0, Effect.ACCEPT_COUPON, List.of("SPRING10")),
				new Effect(12L, 34L, 1, Effect.SET_DISCOUNT, List.of("10% off coffee", new BigDecimal("4.00"))),
				new Effect(15L, 40L, 0, Effect.SET_DISCOUNT, List.of("Free shipping", new BigDecimal("4.95"))));
		assertThat(event.ledgerEntries()).hasSize(1);
		LedgerEntry entry = event.ledgerEntries().get(0);
		assertThat(entry.id()).isEqualTo(501L);
		assertThat(entry.created()).isAtSameInstantAs(time("2018-02-06T10:15:30Z"));
		assertThat(entry.profileId()).isEqualTo("customer-7");
		assertThat(entry.accountId()).isEqualTo(1L);
		assertThat(entry.loyaltyProgramId()).isEqualTo(3L);
		assertThat(entry.eventId()).isEqualTo(8843L);
		assertThat(entry.amount()).isEqualTo(-500L);
		assertThat(entry.reason()).isEqualTo("Paid milk jug with points");
		assertThat(entry.expiryDate()).isAtSameInstantAs(time("2019-02-06T10:15:30Z"));
		assertThat(entry.referenceId()).isEqualTo(498L);
	}

	@Test
	void fractionsInFreeFormAttributesAreExactDecimals() {
		Event event = this.mapper.readValue("""
				{"attributes": {"a": 0.1, "b": 19.99, "c": 1e2, "d": {"nested": 2.50}, "e": 7}}
				""", Event.class);
		Map<String, Object> attributes = event.attributes();
		assertThat(attributes.get("a")).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("0.1"));
		assertThat(attributes.get("b")).isEqualTo(new BigDecimal("19.99"));
		assertThat((BigDecimal) attributes.get("c")).isEqualByComparingTo("100");
		assertThat(attributes.get("d")).isEqualTo(Map.of("nested", new BigDecimal("2.50")));
		assertThat(attributes.get("e")).isInstanceOf(Number.class);
		assertThat(((Number) attributes.get("e")).longValue()).isEqualTo(7L);
	}

	@Test
	void highPrecisionMoneyStaysExact() {
		CustomerSession session = this.mapper.readValue("""
				{"total": 0.30000000000000004, "discounts": {"a": 0.1, "b": 12345678901234567890.12}}
				""", CustomerSession.class);
		assertThat(session.total()).isEqualTo(new BigDecimal("0.30000000000000004"));
		assertThat(session.discounts()).containsExactly(entry("a", new BigDecimal("0.1")),
				entry("b", new BigDecimal("12345678901234567890.12")));
	}

	@Test
	void datesKeepTheirInstantWithAnyOffset() {
		LoyaltyMembership membership = this.mapper.readValue("""
				{"joined": "2017-12-24T18:00:00.5-05:30", "loyaltyProgramId": 3}
				""", LoyaltyMembership.class);
		assertThat(membership.joined().toInstant()).isEqualTo(time("2017-12-24T23:30:00.5Z").toInstant());
	}

	@Test
	void missingTopLevelPartsAreNull() {
		IntegrationState state = this.mapper.readValue("{}", IntegrationState.class);
		assertThat(state.session()).isNull();
		assertThat(state.profile()).isNull();
		assertThat(state.event()).isNull();
	}

	@Test
	void missingFieldsAreNullAndMissingCollectionsEmpty() {
		IntegrationState state = this.mapper.readValue("{\"session\": {}, \"profile\": {}, \"event\": {}}",
				IntegrationState.class);
		CustomerSession session = state.session();
		assertThat(session).isEqualTo(new CustomerSession(null, null, null, null, null, null, null, List.of(), null,
				Map.of(), null, Map.of()));
		assertThat(session.cartItems()).isNotNull().isEmpty();
		assertThat(session.attributes()).isNotNull().isEmpty();
		assertThat(session.discounts()).isNotNull().isEmpty();
		assertThat(session.state()).isNull();
		assertThat(session.firstSession()).isNull();

		CustomerProfile profile = state.profile();
		assertThat(profile.attributes()).isNotNull().isEmpty();
		assertThat(profile.loyaltyMemberships()).isNotNull().isEmpty();
		assertThat(profile.integrationId()).isNull();
		assertThat(profile.totalSales()).isNull();

		Event event = state.event();
		assertThat(event.attributes()).isNotNull().isEmpty();
		assertThat(event.effects()).isNotNull().isEmpty();
		assertThat(event.ledgerEntries()).isNotNull().isEmpty();
		assertThat(event.id()).isNull();
		assertThat(event.type()).isNull();
	}

	@Test
	void explicitNullCollectionsAreEmpty() {
		IntegrationState state = this.mapper.readValue("""
				{"session": {"cartItems": null, "attributes": null, "discounts": null, "state": null},
				 "profile": {"attributes": null, "loyaltyMemberships": null},
				 "event": {"attributes": null, "effects": null, "ledgerEntries": null}}
				""", IntegrationState.class);
		assertThat(state.session().cartItems()).isEmpty();
		assertThat(state.session().attributes()).isEmpty();
		assertThat(state.session().discounts()).isEmpty();
		assertThat(state.session().state()).isNull();
		assertThat(state.profile().attributes()).isEmpty();
		assertThat(state.profile().loyaltyMemberships()).isEmpty();
		assertThat(state.event().attributes()).isEmpty();
		assertThat(state.event().effects()).isEmpty();
		assertThat(state.event().ledgerEntries()).isEmpty();
	}

	@Test
	void unknownFieldsAreIgnoredEverywhere() {
		String json = """
				{"unknownTop": [1, {"a": null}],
				 "session": {"integrationId": "s", "x": {"y": [1, 2]},
				   "cartItems": [{"sku": "A", "quantity": 1, "price": 1.5, "newField": true,
				                  "adjustment": {"pointPayment": 2, "other": "z"}}]},
				 "profile": {"integrationId": "p", "x": 1, "loyaltyMemberships": [{"loyaltyProgramId": 9, "y": 2}]},
				 "event": {"id": 1, "x": [], "ledgerEntries": [{"id": 2, "z": {}}]}}
				""";
		IntegrationState state = this.mapper.readValue(json, IntegrationState.class);
		assertThat(state.session().integrationId()).isEqualTo("s");
		assertThat(state.session().cartItems()).containsExactly(
				new CartItem(null, "A", 1, new BigDecimal("1.5"), null, null, null, null, null, null, null,
						new CartItemAdjustment(null, 2L, null)));
		assertThat(state.profile().integrationId()).isEqualTo("p");
		assertThat(state.profile().loyaltyMemberships()).containsExactly(new LoyaltyMembership(null, 9L));
		assertThat(state.event().id()).isEqualTo(1L);
		assertThat(state.event().ledgerEntries()).extracting(LedgerEntry::id).containsExactly(2L);
	}

	@ParameterizedTest
	@CsvSource({ "open, OPEN", "closed, CLOSED", "cancelled, CANCELLED", "partially_returned, UNKNOWN",
			"unknown, UNKNOWN", "'', UNKNOWN" })
	void sessionStatesAreRead(String wire, CustomerSessionState expected) {
		CustomerSession session = this.mapper.readValue("{\"state\": \"" + wire + "\"}", CustomerSession.class);
		assertThat(session.state()).isSameAs(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "partially_returned", "OPEN", "reopened" })
	void unknownStatesMapToUnknown(String wire) {
		assertThat(CustomerSessionState.fromValue(wire)).isSameAs(CustomerSessionState.UNKNOWN);
		assertThat(CustomerSessionState.fromValue(null)).isSameAs(CustomerSessionState.UNKNOWN);
	}

	@Test
	void responseCollectionsAreUnmodifiable() {
		IntegrationState state = readState();
		assertThatThrownBy(() -> state.session().cartItems().clear())
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> state.session().discounts().put("x", BigDecimal.ONE))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> state.event().effects().remove(0))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> state.profile().loyaltyMemberships().clear())
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> state.event().effects().get(0).arguments().clear())
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void profileSearchResultIsRead() {
		CustomerProfileSearchResult result = this.mapper.readValue("""
				{"totalResultSize": 2, "nextPage": "abc", "data": [
				  {"integrationId": "customer-7", "created": "2017-11-01T08:00:00Z",
				   "attributes": {"Email": "ada@example.com"}, "accountId": 1, "closedSessions": 3,
				   "totalSales": 149.85, "loyaltyMemberships": [], "lastActivity": "2018-02-06T10:15:30Z"},
				  {"integrationId": "customer-8", "totalSales": 0.00}
				]}
				""", CustomerProfileSearchResult.class);
		assertThat(result.totalResultSize()).isEqualTo(2L);
		assertThat(result.data()).extracting(CustomerProfile::integrationId).containsExactly("customer-7",
				"customer-8");
		CustomerProfile first = result.data().get(0);
		assertThat(first.attributes()).containsExactly(entry("Email", "ada@example.com"));
		assertThat(first.totalSales()).isEqualTo(new BigDecimal("149.85"));
		assertThat(first.closedSessions()).isEqualTo(3L);
		assertThat(first.lastActivity()).isAtSameInstantAs(time("2018-02-06T10:15:30Z"));
		assertThat(result.data().get(1).totalSales()).isEqualTo(new BigDecimal("0.00"));
		assertThat(result.data().get(1).loyaltyMemberships()).isEmpty();
	}

	@Test
	void emptyProfileSearchResultHasEmptyData() {
		CustomerProfileSearchResult result = this.mapper.readValue("{\"totalResultSize\": 0}",
				CustomerProfileSearchResult.class);
		assertThat(result.totalResultSize()).isZero();
		assertThat(result.data()).isNotNull().isEmpty();
	}

	@Test
	void referralIsRead() {
		Referral referral = this.mapper.readValue("""
				{"id": 99, "created": "2018-02-06T10:00:00Z", "campaignId": 12,
				 "advocateProfileIntegrationId": "customer-7", "friendProfileIntegrationId": "friend-8",
				 "startDate": "2018-02-07T00:00:00Z", "expiryDate": "2018-03-07T00:00:00+02:00",
				 "code": "REF-7XK2", "usageCounter": 0, "usageLimit": 1, "importId": 4}
				""", Referral.class);
		assertThat(referral).isEqualTo(new Referral(99L, referral.created(), 12L, "customer-7", "friend-8",
				referral.startDate(), referral.expiryDate(), "REF-7XK2", 0L, 1L, null, 4L, null, null));
		assertThat(referral.created()).isAtSameInstantAs(time("2018-02-06T10:00:00Z"));
		assertThat(referral.startDate()).isAtSameInstantAs(time("2018-02-07T00:00:00Z"));
		assertThat(referral.expiryDate()).isAtSameInstantAs(time("2018-03-06T22:00:00Z"));
	}

	@Test
	void referralWithoutOptionalFieldsIsRead() {
		Referral referral = this.mapper.readValue("""
				{"id": 100, "campaignId": 12, "advocateProfileIntegrationId": "customer-7", "code": "REF-AAAA",
				 "usageCounter": 3, "usageLimit": 0}
				""", Referral.class);
		assertThat(referral.friendProfileIntegrationId()).isNull();
		assertThat(referral.startDate()).isNull();
		assertThat(referral.expiryDate()).isNull();
		assertThat(referral.usageCounter()).isEqualTo(3L);
		assertThat(referral.usageLimit()).isZero();
	}

	@Test
	void errorResponseIsRead() {
		ErrorResponse response = this.mapper.readValue("""
				{"message": "Invalid request", "requestId": "r-1", "errors": [
				  {"title": "is required", "details": "sku must not be empty",
				   "source": {"pointer": "/cartItems/0/sku", "extra": 1}, "code": 42},
				  {"title": "unknown parameter", "source": {"parameter": "dry"}},
				  {"title": "no source"}
				]}
				""", ErrorResponse.class);
		assertThat(response.message()).isEqualTo("Invalid request");
		assertThat(response.errors()).containsExactly(
				new ApiError("is required", "sku must not be empty", new ErrorSource("/cartItems/0/sku", null)),
				new ApiError("unknown parameter", null, new ErrorSource(null, "dry")),
				new ApiError("no source", null, null));
		assertThat(response.errors().get(0).source().pointer()).isEqualTo("/cartItems/0/sku");
		assertThat(response.errors().get(1).source().parameter()).isEqualTo("dry");
		assertThat(response.errors().get(0)).hasToString("is required: sku must not be empty (at /cartItems/0/sku)");
		assertThat(response.errors().get(1)).hasToString("unknown parameter (at parameter dry)");
		assertThat(response.errors().get(2)).hasToString("no source");
	}

	@Test
	void errorResponseWithoutErrorsHasAnEmptyList() {
		ErrorResponse response = this.mapper.readValue("{\"message\": \"Unauthorized\"}", ErrorResponse.class);
		assertThat(response.message()).isEqualTo("Unauthorized");
		assertThat(response.errors()).isNotNull().isEmpty();
	}

}
