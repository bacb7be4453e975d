package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.talon.spring.client.model.v2.NewReferral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.talon.spring.client.TalonJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the request models look like on the wire, written with {@link TalonJson#mapper()}.
 */
class WireFormatTests {

	private final JsonMapper mapper = TalonJson.mapper();

	private String write(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	private JsonNode tree(Object value) {
		return this.mapper.readTree(write(value));
	}

	/** The literal text of the first value of a (number) field in the JSON text. */
	private static String rawValue(String json, String field) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\":([^,}\\]]*)").matcher(json);
		assertThat(matcher.find()).as("field %s in %s", field, json).isTrue();
		return matcher.group(1);
	}

	private static NewCustomerSession fullSession() {
		Map<String, Object> sessionAttributes = new LinkedHashMap<>();
		sessionAttributes.put("ShippingCity", "Berlin");
		sessionAttributes.put("GiftWrap", true);
		return NewCustomerSession.builder()
			.profileId("customer-7")
			.coupon("SPRING10")
			.referral("REF-7XK2")
			.state(CustomerSessionState.OPEN)
			.addCartItem(CartItem.builder("COF-1KG", "Espresso beans 1kg", 2, new BigDecimal("19.99"))
				.category("coffee")
				.weight(new BigDecimal("1000"))
				.dimensions(new BigDecimal("250"), new BigDecimal("120"), new BigDecimal("80"))
				.attributes(Map.of("roast", "dark"))
				.build())
			.addCartItem(CartItem.builder("JUG-350", "Milk jug", 1, new BigDecimal("12.50"))
				.adjustment(new CartItemAdjustment(3L, 500L, new BigDecimal("7.50")))
				.build())
			.total(new BigDecimal("52.48"))
			.attributes(sessionAttributes)
			.build();
	}

	@Test
	void fullSessionUsesTheSpecNames() {
		JsonNode expected = this.mapper.readTree("""
				{
				  "profileId": "customer-7",
				  "coupon": "SPRING10",
				  "referral": "REF-7XK2",
				  "state": "open",
				  "cartItems": [
				    {"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "price": 19.99,
				     "category": "coffee", "weight": 1000, "height": 250, "width": 120, "length": 80,
				     "attributes": {"roast": "dark"}},
				    {"name": "Milk jug", "sku": "JUG-350", "quantity": 1, "price": 12.50,
				     "adjustment": {"payFromLoyaltyProgram": 3, "pointPayment": 500, "remainingPrice": 7.50}}
				  ],
				  "total": 52.48,
				  "attributes": {"ShippingCity": "Berlin", "GiftWrap": true}
				}
				""");
		JsonNode actual = tree(fullSession());
		assertThat(actual).isEqualTo(expected);
		assertThat(actual.propertyNames()).containsExactlyInAnyOrder("profileId", "coupon", "referral", "state",
				"cartItems", "total", "attributes");
		assertThat(actual.get("cartItems").get(0).propertyNames()).containsExactlyInAnyOrder("name", "sku",
				"quantity", "price", "category", "weight", "height", "width", "length", "attributes");
		assertThat(actual.get("cartItems").get(1).propertyNames()).containsExactlyInAnyOrder("name", "sku",
				"quantity", "price", "adjustment");
		assertThat(actual.get("cartItems").get(1).get("adjustment").propertyNames())
			.containsExactlyInAnyOrder("payFromLoyaltyProgram", "pointPayment", "remainingPrice");
	}

	@Test
	void nullOptionalFieldsOfASessionAreOmittedNotNull() {
		JsonNode json = tree(NewCustomerSession.builder()
			.addCartItem(CartItem.builder("COF-1KG", "Espresso beans", 1, BigDecimal.TEN)
				.adjustment(new CartItemAdjustment(3L, 100L, null))
				.build())
			.build());
		assertThat(json.propertyNames()).containsExactly("cartItems");
		for (String field : List.of("profileId", "coupon", "referral", "state", "total", "attributes")) {
			assertThat(json.has(field)).as(field).isFalse();
		}
		JsonNode item = json.get("cartItems").get(0);
		assertThat(item.propertyNames()).containsExactlyInAnyOrder("name", "sku", "quantity", "price", "adjustment");
		assertThat(item.has("position")).isFalse();
		assertThat(item.has("category")).isFalse();
		assertThat(item.get("adjustment").propertyNames()).containsExactlyInAnyOrder("payFromLoyaltyProgram",
				"pointPayment");
	}

	@Test
	void anEmptySessionUpdateIsAnEmptyObject() {
		assertThat(write(NewCustomerSession.builder().build())).isEqualTo("{}");
	}

	@Test
	void anEmptyCartIsSentAsAnEmptyArray() {
		assertThat(write(NewCustomerSession.builder().cartItems(List.of()).build())).isEqualTo("{\"cartItems\":[]}");
		JsonNode json = tree(NewCustomerSession.builder().profileId("customer-7").cartItems(List.of()).build());
		assertThat(json.get("cartItems").isArray()).isTrue();
		assertThat(json.get("cartItems").isEmpty()).isTrue();
	}

	@Test
	void anAnonymousProfileIsSentAsEmptyString() {
		JsonNode json = tree(NewCustomerSession.builder().profileId("").build());
		assertThat(json.get("profileId").isString()).isTrue();
		assertThat(json.get("profileId").asString()).isEmpty();
		assertThat(tree(NewEvent.builder("s-1", "viewed").profileId("").build()).get("profileId").asString())
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "OPEN, open", "CLOSED, closed", "CANCELLED, cancelled" })
	void stateIsWrittenInLowerCase(CustomerSessionState state, String wire) {
		assertThat(write(NewCustomerSession.builder().state(state).build()))
			.isEqualTo("{\"state\":\"" + wire + "\"}");
		assertThat(write(state)).isEqualTo("\"" + wire + "\"");
	}

	@Test
	void moneyIsWrittenExactlyAndWithoutExponent() {
		NewCustomerSession session = NewCustomerSession.builder()
			.addCartItem(CartItem.builder("A", "A", 1, new BigDecimal("19.99"))
				.weight(new BigDecimal("2.5E+3"))
				.adjustment(new CartItemAdjustment(3L, 500L, new BigDecimal("7.50")))
				.build())
			.addCartItem(CartItem.builder("B", "B", 1, new BigDecimal("0.1")).build())
			.total(new BigDecimal("1E+2"))
			.attributes(Map.of("tiny", new BigDecimal("1.50E-3")))
			.build();
		String json = write(session);
		assertThat(rawValue(json, "total")).isEqualTo("100");
		assertThat(rawValue(json, "price")).isEqualTo("19.99");
		assertThat(rawValue(json, "weight")).isEqualTo("2500");
		assertThat(rawValue(json, "remainingPrice")).isEqualTo("7.50");
		assertThat(rawValue(json, "tiny")).isEqualTo("0.00150");
		assertThat(json).contains("\"price\":0.1}").doesNotContainIgnoringCase("e+").doesNotContainIgnoringCase("e-");
	}

	@Test
	void largeAndTinyDecimalsAreNotWrittenInScientificNotation() {
		String json = write(NewCustomerSession.builder().total(new BigDecimal("1.23E+20")).build());
		assertThat(json).isEqualTo("{\"total\":123000000000000000000}");
		json = write(NewCustomerSession.builder().total(new BigDecimal("1E-10")).build());
		assertThat(json).isEqualTo("{\"total\":0.0000000001}");
	}

	@Test
	void datesAreWrittenAsRfc3339Text() {
		NewReferral referral = NewReferral.builder(12, "customer-7")
			.friendProfileIntegrationId("friend-8")
			.startDate(OffsetDateTime.parse("2018-02-07T00:00:00Z"))
			.expiryDate(OffsetDateTime.parse("2018-03-07T10:00:00.123+01:00"))
			.build();
		JsonNode json = tree(referral);
		assertThat(json.get("startDate").isString()).isTrue();
		// Seconds are written even when zero: RFC 3339 requires them (OffsetDateTime.toString() would drop them).
		assertThat(json.get("startDate").asString()).isEqualTo("2018-02-07T00:00:00Z");
		assertThat(json.get("expiryDate").asString()).isEqualTo("2018-03-07T10:00:00.123+01:00");
		assertThat(OffsetDateTime.parse(json.get("expiryDate").asString())).isEqualTo(referral.expiryDate());
	}

	@Test
	void referralUsesTheSpecNamesAndOmitsUnsetOptionalFields() {
		JsonNode full = tree(NewReferral.builder(12, "customer-7")
			.friendProfileIntegrationId("friend-8")
			.startDate(OffsetDateTime.parse("2018-02-07T00:00:00Z"))
			.expiryDate(OffsetDateTime.parse("2018-03-07T00:00:00Z"))
			.build());
		assertThat(full.propertyNames()).containsExactlyInAnyOrder("campaignId", "advocateProfileIntegrationId",
				"friendProfileIntegrationId", "startDate", "expiryDate");
		assertThat(full.get("campaignId").isIntegralNumber()).isTrue();
		assertThat(full.get("campaignId").asLong()).isEqualTo(12L);
		assertThat(full.get("friendProfileIntegrationId").asString()).isEqualTo("friend-8");

		assertThat(write(NewReferral.builder(12, "customer-7").build()))
			.isEqualTo("{\"campaignId\":12,\"advocateProfileIntegrationId\":\"customer-7\"}");
	}

	@Test
	void eventWithoutAttributesSendsAnEmptyObject() {
		JsonNode json = tree(NewEvent.builder("s-1", "product_viewed").build());
		assertThat(json.propertyNames()).containsExactlyInAnyOrder("sessionId", "type", "attributes");
		assertThat(json.get("attributes").isObject()).isTrue();
		assertThat(json.get("attributes").isEmpty()).isTrue();
		assertThat(json.has("profileId")).isFalse();
		assertThat(json.get("sessionId").asString()).isEqualTo("s-1");
		assertThat(json.get("type").asString()).isEqualTo("product_viewed");
	}

	@Test
	void eventUsesTheSpecNames() {
		JsonNode json = tree(NewEvent.builder("s-1", "product_viewed")
			.profileId("customer-7")
			.attributes(Map.of("price", new BigDecimal("19.90"), "sku", "COF-1KG"))
			.build());
		assertThat(json).isEqualTo(this.mapper.readTree("""
				{"profileId": "customer-7", "sessionId": "s-1", "type": "product_viewed",
				 "attributes": {"price": 19.90, "sku": "COF-1KG"}}
				"""));
	}

	@Test
	void profileSearchAndProfileUpdateUseTheSpecNames() {
		assertThat(write(CustomerProfileSearch.byAttributes(Map.of("Email", "ada@example.com"))))
			.isEqualTo("{\"attributes\":{\"Email\":\"ada@example.com\"}}");
		assertThat(write(CustomerProfileSearch.byAttributes(Map.of()))).isEqualTo("{\"attributes\":{}}");
		assertThat(write(NewCustomerProfile.of(Map.of("Name", "Ada")))).isEqualTo("{\"attributes\":{\"Name\":\"Ada\"}}");
		assertThat(write(NewCustomerProfile.of(null))).isEqualTo("{}");
	}

	@Test
	void attributesKeepTheirJsonTypes() {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("text", "x");
		attributes.put("flag", false);
		attributes.put("count", 3);
		attributes.put("amount", new BigDecimal("4.50"));
		attributes.put("list", List.of("a", "b"));
		attributes.put("when", OffsetDateTime.parse("2018-02-07T00:00:00Z"));
		String text = write(NewCustomerProfile.of(attributes));
		assertThat(rawValue(text, "amount")).isEqualTo("4.50");
		JsonNode json = this.mapper.readTree(text).get("attributes");
		assertThat(json.get("text").isString()).isTrue();
		assertThat(json.get("flag").isBoolean()).isTrue();
		assertThat(json.get("count").isIntegralNumber()).isTrue();
		assertThat(json.get("amount").isNumber()).isTrue();
		assertThat(json.get("list").isArray()).isTrue();
		assertThat(json.get("when").asString()).isEqualTo("2018-02-07T00:00:00Z");
	}

}
