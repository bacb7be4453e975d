package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.TalonV2Requests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the v2 request models look like on the wire, written with {@link TalonJson#mapper()}: the spec's names,
 * omitted {@code null}s, presence semantics ({@code couponCodes: []} versus omitted), zeros kept, plain decimals and
 * RFC 3339 times. Requests also read back equal, as a simulator reads them.
 */
class WireFormatTests {

	private final JsonMapper mapper = TalonJson.mapper();

	private String write(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	private JsonNode tree(Object value) {
		return this.mapper.readTree(write(value));
	}

	private JsonNode json(String text) {
		return this.mapper.readTree(text);
	}

	/** The literal text of the first value of a (number) field in the JSON text. */
	private static String rawValue(String json, String field) {
		Matcher matcher = Pattern.compile("\"" + Pattern.quote(field) + "\":([^,}\\]]*)").matcher(json);
		assertThat(matcher.find()).as("field %s in %s", field, json).isTrue();
		return matcher.group(1);
	}

	static NewCustomerSessionV2 fullSession() {
		return TalonV2Requests.fullSession(CustomerSessionState.OPEN);
	}

	@Test
	void fullSessionUpdateUsesTheSpecNames() {
		JsonNode actual = tree(IntegrationRequest.of(fullSession(), IntegrationRequest.ResponseContent.CUSTOMER_SESSION,
				IntegrationRequest.ResponseContent.CUSTOMER_PROFILE, IntegrationRequest.ResponseContent.LOYALTY));
		assertThat(actual).isEqualTo(json("""
				{
				  "customerSession": {
				    "profileId": "customer-7",
				    "storeIntegrationId": "STORE-001",
				    "evaluableCampaignIds": [244, 245],
				    "couponCodes": ["SPRING10", "WINTER5"],
				    "referralCode": "REF-7XK2",
				    "loyaltyCards": ["card-0042"],
				    "state": "open",
				    "cartItems": [
				      {"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "price": 19.99, "category": "coffee",
				       "product": {"name": "Espresso"}, "weight": 1000, "height": 250, "width": 120, "length": 80,
				       "attributes": {"roast": "dark"}, "additionalCosts": {"handling": {"price": 0.50}}},
				      {"name": "Milk jug", "sku": "JUG-350", "quantity": 1, "price": 0}
				    ],
				    "experimentVariantAllocations": [{"experimentID": 12, "variantID": 3}],
				    "additionalCosts": {"shipping": {"price": 4.95}},
				    "identifiers": ["91.64.1.1"],
				    "attributes": {"ShippingCity": "Berlin", "GiftWrap": true}
				  },
				  "responseContent": ["customerSession", "customerProfile", "loyalty"]
				}
				"""));
	}

	@Test
	void anEmptySessionUpdateIsAnEmptyObjectAndUnsetResponseContentIsOmitted() {
		assertThat(write(IntegrationRequest.of(NewCustomerSessionV2.builder().build())))
			.isEqualTo("{\"customerSession\":{}}");
		assertThat(write(new IntegrationRequest(NewCustomerSessionV2.builder().build(), List.of())))
			.isEqualTo("{\"customerSession\":{}}");
	}

	@Test
	void omittedCouponCodesKeepTheSessionsCouponsAndClearedOnesAreAnEmptyArray() {
		assertThat(tree(NewCustomerSessionV2.builder().profileId("p").build()).has("couponCodes")).isFalse();
		assertThat(write(NewCustomerSessionV2.builder().clearCouponCodes().build())).isEqualTo("{\"couponCodes\":[]}");
		assertThat(write(NewCustomerSessionV2.builder().couponCodes(List.of("A1")).build()))
			.isEqualTo("{\"couponCodes\":[\"A1\"]}");
	}

	@Test
	void omittedReferralCodeKeepsItAndAClearedOneIsAnEmptyString() {
		assertThat(tree(NewCustomerSessionV2.builder().profileId("p").build()).has("referralCode")).isFalse();
		assertThat(write(NewCustomerSessionV2.builder().clearReferralCode().build())).isEqualTo("{\"referralCode\":\"\"}");
		assertThat(write(NewCustomerSessionV2.builder().referralCode("REF-1").build()))
			.isEqualTo("{\"referralCode\":\"REF-1\"}");
	}

	@Test
	void anEmptyCartIsSentAsAnEmptyArray() {
		assertThat(write(NewCustomerSessionV2.builder().cartItems(List.of()).build())).isEqualTo("{\"cartItems\":[]}");
	}

	@Test
	void zeroPricesAndPositionsAreSent() {
		String session = write(NewCustomerSessionV2.builder()
			.addCartItem(CartItem.builder("FREE-1", 1).price(BigDecimal.ZERO).additionalCost("handling", BigDecimal.ZERO).build())
			.addCartItem(CartItem.builder("FREE-2", 1).price(new BigDecimal("0.00")).build())
			.additionalCost("shipping", BigDecimal.ZERO)
			.build());
		assertThat(session).isEqualTo("{\"cartItems\":[{\"sku\":\"FREE-1\",\"quantity\":1,\"price\":0,"
				+ "\"additionalCosts\":{\"handling\":{\"price\":0}}},{\"sku\":\"FREE-2\",\"quantity\":1,\"price\":0.00}],"
				+ "\"additionalCosts\":{\"shipping\":{\"price\":0}}}");
		assertThat(write(NewReturn.of(ReturnedCartItem.atPosition(0, 1))))
			.isEqualTo("{\"returnedCartItems\":[{\"position\":0,\"quantity\":1}]}");
	}

	@Test
	void readOnlyFieldsOfAnItemReadFromAnAnswerAreNotSent() {
		CartItem answered = this.mapper.readValue("""
				{"name": "Espresso", "sku": "COF-1KG", "quantity": 2, "returnedQuantity": 0, "remainingQuantity": 2,
				 "price": 19.99, "position": 0, "catalogItemID": 786, "selectedPriceType": "member",
				 "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
				 "adjustmentEffectiveFrom": "2026-11-01T00:00:00Z", "adjustmentEffectiveUntil": "2026-12-31T00:00:00Z",
				 "prices": {"member": {"price": 19.99}}, "attributes": {"roast": "dark"}}
				""", CartItem.class);
		assertThat(answered.position()).isZero();
		NewCustomerSessionV2 session = NewCustomerSessionV2.builder().addCartItem(answered).build();
		assertThat(session.cartItems().get(0).position()).isNull();
		assertThat(tree(session)).isEqualTo(json("""
				{"cartItems": [{"name": "Espresso", "sku": "COF-1KG", "quantity": 2, "price": 19.99,
				                "attributes": {"roast": "dark"}}]}
				"""));
	}

	@Test
	void decimalsAreWrittenExactlyAndWithoutExponent() {
		String json = write(NewCustomerSessionV2.builder()
			.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("1E+2")).weight(new BigDecimal("2.5E+3")).build())
			.additionalCost("shipping", new BigDecimal("1.23E+20"))
			.attribute("tiny", new BigDecimal("1.50E-3"))
			.attribute("nested", Map.of("deep", List.of(new BigDecimal("1E-10"))))
			.build());
		assertThat(rawValue(json, "price")).isEqualTo("100");
		assertThat(rawValue(json, "weight")).isEqualTo("2500");
		assertThat(json).contains("{\"shipping\":{\"price\":123000000000000000000}}");
		assertThat(rawValue(json, "tiny")).isEqualTo("0.00150");
		assertThat(json).contains("\"deep\":[0.0000000001]").doesNotContainIgnoringCase("e+").doesNotContain("E-");
	}

	@Test
	void returnRequestWritesReturnAsTheSpecNamesIt() {
		ReturnIntegrationRequest request = ReturnIntegrationRequest.of(
				NewReturn.of(ReturnedCartItem.atPosition(0, 1), ReturnedCartItem.ofSku("JUG-350", 2),
						new ReturnedCartItem(3, null, "MUG-1")),
				ReturnIntegrationRequest.ResponseContent.CUSTOMER_SESSION,
				ReturnIntegrationRequest.ResponseContent.PREVIOUS_RETURNS);
		assertThat(tree(request)).isEqualTo(json("""
				{"return": {"returnedCartItems": [{"position": 0, "quantity": 1}, {"quantity": 2, "sku": "JUG-350"},
				                                  {"position": 3, "sku": "MUG-1"}]},
				 "responseContent": ["customerSession", "previousReturns"]}
				"""));
		assertThat(write(ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.atPosition(2, 1)))))
			.isEqualTo("{\"return\":{\"returnedCartItems\":[{\"position\":2,\"quantity\":1}]}}");
	}

	@Test
	void profileUpdateUsesTheSpecNames() {
		CustomerProfileIntegrationRequestV2 request = CustomerProfileIntegrationRequestV2.builder()
			.attribute("Name", "Ada")
			.attribute("Score", new BigDecimal("0.10"))
			.evaluableCampaignIds(List.of(10L))
			.responseContent(CustomerProfileIntegrationRequestV2.ResponseContent.CUSTOMER_PROFILE,
					CustomerProfileIntegrationRequestV2.ResponseContent.ACHIEVEMENTS)
			.audiencesChanges(List.of(2L, 4L), null)
			.build();
		assertThat(tree(request)).isEqualTo(json("""
				{"attributes": {"Name": "Ada", "Score": 0.10}, "evaluableCampaignIds": [10],
				 "responseContent": ["customerProfile", "achievements"],
				 "audiencesChanges": {"adds": [2, 4], "deletes": []}}
				"""));
		assertThat(write(CustomerProfileIntegrationRequestV2.builder().build())).isEqualTo("{}");
	}

	@Test
	void bulkProfileUpdateUsesTheSpecNames() {
		MultipleCustomerProfileIntegrationRequest request = MultipleCustomerProfileIntegrationRequest.of(List.of(
				MultipleCustomerProfileIntegrationRequestItem.of("R195412", Map.of("Language", "english")),
				MultipleCustomerProfileIntegrationRequestItem.of("R195413", null)));
		assertThat(tree(request)).isEqualTo(json("""
				{"customerProfiles": [{"attributes": {"Language": "english"}, "integrationId": "R195412"},
				                      {"integrationId": "R195413"}]}
				"""));
	}

	@Test
	void eventsUseTheSpecNames() {
		IntegrationEventV2Request v2 = IntegrationEventV2Request.builder("customer-123", "newsletter_signup")
			.storeIntegrationId("STORE-001")
			.evaluableCampaignIds(List.of(10L, 12L))
			.attribute("SubscriptionType", "weekly")
			.responseContent(IntegrationEventV2Request.ResponseContent.CUSTOMER_PROFILE,
					IntegrationEventV2Request.ResponseContent.TRIGGERED_CAMPAIGNS)
			.loyaltyCard("loyalty-card-1")
			.build();
		assertThat(tree(v2)).isEqualTo(json("""
				{"profileId": "customer-123", "storeIntegrationId": "STORE-001", "evaluableCampaignIds": [10, 12],
				 "type": "newsletter_signup", "attributes": {"SubscriptionType": "weekly"},
				 "responseContent": ["customerProfile", "triggeredCampaigns"], "loyaltyCards": ["loyalty-card-1"]}
				"""));
		assertThat(write(IntegrationEventV2Request.builder("customer-123", "viewed").build()))
			.isEqualTo("{\"profileId\":\"customer-123\",\"type\":\"viewed\"}");
		IntegrationEventV3Request v3 = IntegrationEventV3Request.builder("175KJPS947296", "URNGV8294NV", "pageViewed")
			.storeIntegrationId("STORE-001")
			.evaluableCampaignIds(List.of(10L))
			.attribute("myAttribute", "myValue")
			.connectedSessionId("cart-1001")
			.loyaltyCard("loyalty-card-1")
			.responseContent(IntegrationEventV3Request.ResponseContent.ADVANCED_EVENT)
			.build();
		assertThat(tree(v3)).isEqualTo(json("""
				{"profileId": "URNGV8294NV", "storeIntegrationId": "STORE-001", "evaluableCampaignIds": [10],
				 "type": "pageViewed", "attributes": {"myAttribute": "myValue"}, "integrationId": "175KJPS947296",
				 "connectedSessionId": "cart-1001", "loyaltyCards": ["loyalty-card-1"],
				 "responseContent": ["advancedEvent"]}
				"""));
	}

	@Test
	void referralWritesItsCurrentFieldsAndRfc3339Times() {
		NewReferral referral = NewReferral.builder(12, "customer-7")
			.friendProfileIntegrationId("friend-8")
			.startDate(OffsetDateTime.parse("2026-02-07T00:00:00Z"))
			.expiryDate(OffsetDateTime.parse("2026-03-07T10:00:00.123+01:00"))
			.usageLimit(0)
			.attribute("channel", "app")
			.build();
		JsonNode json = tree(referral);
		assertThat(json.propertyNames()).containsExactlyInAnyOrder("campaignId", "advocateProfileIntegrationId",
				"friendProfileIntegrationId", "startDate", "expiryDate", "usageLimit", "attributes");
		assertThat(json.get("usageLimit").isIntegralNumber()).isTrue();
		assertThat(json.get("usageLimit").asLong()).isZero();
		assertThat(json.get("startDate").asString()).isEqualTo("2026-02-07T00:00:00Z");
		assertThat(json.get("expiryDate").asString()).isEqualTo("2026-03-07T10:00:00.123+01:00");
		assertThat(json.get("attributes")).isEqualTo(json("{\"channel\": \"app\"}"));
		assertThat(write(NewReferral.builder(12, "customer-7").build()))
			.isEqualTo("{\"campaignId\":12,\"advocateProfileIntegrationId\":\"customer-7\"}");
	}

	@Test
	void responseContentValuesAreTheSpecs() {
		assertThat(Arrays.stream(IntegrationRequest.ResponseContent.values()).map(IntegrationRequest.ResponseContent::value))
			.containsExactly("customerSession", "customerProfile", "coupons", "triggeredCampaigns", "referral", "loyalty",
					"event", "awardedGiveaways", "ruleFailureReasons", "previousReturns", "campaignEligibility",
					"achievements");
		assertThat(Arrays.stream(ReturnIntegrationRequest.ResponseContent.values())
			.map(ReturnIntegrationRequest.ResponseContent::value)).containsExactly("customerSession", "customerProfile",
					"coupons", "triggeredCampaigns", "referral", "loyalty", "event", "previousReturns");
		List<String> profileAndEvent = List.of("customerProfile", "triggeredCampaigns", "loyalty", "event",
				"awardedGiveaways", "ruleFailureReasons", "campaignEligibility", "achievements");
		assertThat(Arrays.stream(CustomerProfileIntegrationRequestV2.ResponseContent.values())
			.map(CustomerProfileIntegrationRequestV2.ResponseContent::value)).containsExactlyElementsOf(profileAndEvent);
		assertThat(Arrays.stream(IntegrationEventV2Request.ResponseContent.values())
			.map(IntegrationEventV2Request.ResponseContent::value)).containsExactlyElementsOf(profileAndEvent);
		assertThat(Arrays.stream(IntegrationEventV3Request.ResponseContent.values())
			.map(IntegrationEventV3Request.ResponseContent::value)).containsExactly("customerProfile",
					"triggeredCampaigns", "loyalty", "advancedEvent", "awardedGiveaways", "ruleFailureReasons");
	}

	@Test
	void responseContentIsSentOnceInTheGivenOrder() {
		assertThat(write(IntegrationRequest.of(NewCustomerSessionV2.builder().build(),
				IntegrationRequest.ResponseContent.LOYALTY, IntegrationRequest.ResponseContent.COUPONS,
				IntegrationRequest.ResponseContent.LOYALTY)))
			.isEqualTo("{\"customerSession\":{},\"responseContent\":[\"loyalty\",\"coupons\"]}");
	}

	@Test
	void requestsReadBackEqual() {
		IntegrationRequest session = IntegrationRequest.of(fullSession(), IntegrationRequest.ResponseContent.COUPONS);
		assertThat(this.mapper.readValue(write(session), IntegrationRequest.class)).isEqualTo(session);
		IntegrationRequest cleared = IntegrationRequest
			.of(NewCustomerSessionV2.builder().clearCouponCodes().clearReferralCode().build());
		IntegrationRequest clearedRead = this.mapper.readValue(write(cleared), IntegrationRequest.class);
		assertThat(clearedRead.customerSession().couponCodes()).isNotNull().isEmpty();
		assertThat(clearedRead.customerSession().referralCode()).isEmpty();
		ReturnIntegrationRequest returned = ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.atPosition(0, 1)));
		assertThat(this.mapper.readValue(write(returned), ReturnIntegrationRequest.class)).isEqualTo(returned);
		IntegrationEventV3Request event = IntegrationEventV3Request.builder("e-1", "p-1", "viewed").build();
		assertThat(this.mapper.readValue(write(event), IntegrationEventV3Request.class)).isEqualTo(event);
		NewReferral referral = NewReferral.builder(12, "customer-7").usageLimit(3).build();
		assertThat(this.mapper.readValue(write(referral), NewReferral.class)).isEqualTo(referral);
	}

}
