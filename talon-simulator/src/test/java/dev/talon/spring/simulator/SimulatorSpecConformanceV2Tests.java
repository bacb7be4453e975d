package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.talon.spring.spec.TalonApiSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator against Talon.One's own 2026 spec (read from {@code ../shared} by {@link TalonApiSpec}): its v2 and
 * v3 operations are the spec's (methods, paths, query parameters); it refuses exactly the request bodies the spec's
 * schemas refuse, at the same pointers, plus the limits the spec states in prose only (listed in
 * {@link #simulatorAdditions()}); its answers are valid instances of the spec's response schemas.
 */
class SimulatorSpecConformanceV2Tests {

	private static final AtomicInteger IDS = new AtomicInteger();

	private static final Pattern REQUIRED = Pattern.compile("required property '([^']+)' not found");

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	private static TalonApiSpec spec;

	/** The transaction of the points session {@code conformance-points} earned, for activation requests. */
	private static String pointsTransaction;

	@BeforeAll
	static void start() {
		spec = TalonApiSpec.v2();
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(PromotionRules.defaults()
			.and(new LoyaltyRule(11, 2, "Card points", new BigDecimal("1.00"), "1 card point per 1.00")
				.onLoyaltyCards())));
		talon = new TalonV2(simulator);
		// audience 1, card CONFORMANCE-CARD of program 2, points of profile conformance-member in program 1, and
		// profile conformance-deleter whose transactions requests delete
		assertThat(talon.http().send("POST", "/v2/audiences", "{\"name\":\"Conformance\"}").status()).isEqualTo(201);
		assertThat(talon.http().send("POST", "/v1/loyalty_programs/2/cards",
				"{\"cardIdentifier\":\"CONFORMANCE-CARD\"}").status()).isEqualTo(200);
		JsonNode closed = talon.updated("conformance-points", "{\"profileId\":\"conformance-member\","
				+ "\"state\":\"closed\",\"cartItems\":" + array(item("A", "20.00", 1)) + "}");
		pointsTransaction = TalonV2.props(closed, "addLoyaltyPoints").path("transactionUUID").asString();
		assertThat(talon.http().send("PUT", "/v2/customer_profiles/conformance-deleter", "{}").status()).isEqualTo(200);
	}

	@AfterAll
	static void stop() {
		if (simulator != null) {
			simulator.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = SimulatorHttpHandler.Operation.class, mode = EnumSource.Mode.EXCLUDE,
			names = { "UPDATE_CUSTOMER_SESSION", "UPDATE_CUSTOMER_PROFILE", "TRACK_EVENT",
					"GET_CUSTOMER_PROFILES_BY_ATTRIBUTES" })
	void theOperationsAreTheSpecs(SimulatorHttpHandler.Operation operation) {
		TalonApiSpec.Operation specified = spec.operation(operation.operationId()).orElseThrow();

		assertThat(operation.method()).isEqualTo(specified.method());
		assertThat(operation.template()).isEqualTo(specified.path());
		assertThat(operation.parameters().keySet()).containsExactlyInAnyOrderElementsOf(
				specified.parameters("query").stream().map(TalonApiSpec.Parameter::name).toList());
		for (TalonApiSpec.Parameter parameter : specified.parameters("query")) {
			assertKind(operation.parameters().get(parameter.name()), parameter);
		}
		for (TalonApiSpec.Parameter parameter : specified.parameters("path")) {
			QueryParameters.Kind kind = SimulatorHttpHandler.Operation.PATH_PARAMETERS.get(parameter.name());
			assertKind((kind != null) ? kind : QueryParameters.Kind.STRING, parameter);
		}
	}

	/** A parameter's kind has the spec's type, format and values (the simulator may allow more values). */
	private static void assertKind(QueryParameters.Kind kind, TalonApiSpec.Parameter parameter) {
		assertThat(kind.type().name().toLowerCase(java.util.Locale.ROOT)).as("type of %s", parameter.name())
			.isEqualTo(parameter.type());
		assertThat(kind.dateTime()).as("date-time %s", parameter.name()).isEqualTo("date-time".equals(parameter.format()));
		assertThat(kind.allowed()).as("values of %s", parameter.name()).containsAll(parameter.enumValues());
	}

	@Test
	void theSimulatorServesEveryIntegrationOperationOfTheSpec() {
		assertThat(spec.operations("integration")).hasSize(39);
		assertThat(java.util.Arrays.stream(SimulatorHttpHandler.Operation.values())
			.map(SimulatorHttpHandler.Operation::operationId))
			.containsAll(spec.operations("integration").stream().map(TalonApiSpec.Operation::operationId).toList());
	}

	static Stream<Arguments> bodies() {
		String fullItem = "{\"name\":\"a\",\"sku\":\"A\",\"quantity\":2,\"price\":1.25,\"category\":\"c\","
				+ "\"product\":{\"name\":\"p\"},\"weight\":1,\"height\":2,\"width\":3,\"length\":4,\"attributes\":{},"
				+ "\"additionalCosts\":{\"wrapping\":{\"price\":0.5}}}";
		return Stream.of(
				// IntegrationRequest: PUT /v2/customer_sessions/{id}
				body("IntegrationRequest", "{\"customerSession\":{}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"profileId\":\"p\",\"storeIntegrationId\":\"s\","
						+ "\"evaluableCampaignIds\":[1],\"couponCodes\":[\"WELCOME10\"],\"referralCode\":\"\","
						+ "\"loyaltyCards\":[\"card\"],\"state\":\"open\",\"cartItems\":[" + fullItem + "],"
						+ "\"experimentVariantAllocations\":[{\"experimentID\":1,\"variantID\":2}],"
						+ "\"additionalCosts\":{\"shipping\":{\"price\":4.9}},\"identifiers\":[\"ip\"],"
						+ "\"attributes\":{\"a\":[1,{\"b\":null}]}},\"responseContent\":[\"customerSession\","
						+ "\"customerProfile\",\"coupons\",\"triggeredCampaigns\",\"referral\",\"loyalty\",\"event\","
						+ "\"awardedGiveaways\",\"ruleFailureReasons\",\"previousReturns\",\"achievements\"]}"),
				body("IntegrationRequest", "{\"customerSession\":{\"state\":\"closed\",\"cartItems\":["
						+ item("A", "0", 1) + "]}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"colour\":\"red\",\"cartItems\":[{\"sku\":\"A\","
						+ "\"quantity\":1,\"price\":1,\"colour\":\"blue\"}]},\"extra\":1}"),
				body("IntegrationRequest", "{}"),
				body("IntegrationRequest", "[]"),
				body("IntegrationRequest", "{\"customerSession\":[]}"),
				body("IntegrationRequest", "{\"customerSession\":{\"state\":\"paid\"}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"couponCodes\":[1,\"" + "X".repeat(101)
						+ "\"],\"referralCode\":5,\"profileId\":null}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"referralCode\":\"" + "R".repeat(101) + "\"}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"cartItems\":{}}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"cartItems\":[1]}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"cartItems\":[{\"price\":1}]}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"cartItems\":[{\"sku\":\"\",\"quantity\":0,"
						+ "\"price\":\"1\",\"position\":1,\"returnedQuantity\":1,\"remainingQuantity\":0}]}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"cartItems\":[{\"sku\":\"A\",\"quantity\":1.5,"
						+ "\"price\":1,\"name\":5,\"weight\":\"heavy\",\"attributes\":[],\"product\":{},"
						+ "\"catalogItemID\":1,\"selectedPriceType\":\"member\",\"prices\":{}}]}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"identifiers\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"],"
						+ "\"loyaltyCards\":[\"a\",\"b\"],\"storeIntegrationId\":\"\",\"evaluableCampaignIds\":[\"1\"]}}"),
				body("IntegrationRequest", "{\"customerSession\":{\"experimentVariantAllocations\":[{}],"
						+ "\"additionalCosts\":{\"shipping\":{},\"wrapping\":{\"price\":\"1\"}},\"attributes\":\"x\"}}"),
				body("IntegrationRequest", "{\"customerSession\":{},\"responseContent\":[\"everything\"]}"),
				body("IntegrationRequest", "{\"customerSession\":{},\"responseContent\":\"customerSession\"}"),
				// ReturnIntegrationRequest: POST /v2/customer_sessions/{closed id}/returns
				body("ReturnIntegrationRequest", "{\"return\":{\"returnedCartItems\":[{\"position\":0}]}}"),
				body("ReturnIntegrationRequest", "{\"return\":{\"returnedCartItems\":[{\"position\":1,\"quantity\":1,"
						+ "\"sku\":\"B\"}]},\"responseContent\":[\"customerSession\",\"customerProfile\",\"coupons\","
						+ "\"triggeredCampaigns\",\"referral\",\"loyalty\",\"event\",\"previousReturns\"]}"),
				body("ReturnIntegrationRequest", "{}"),
				body("ReturnIntegrationRequest", "{\"return\":{}}"),
				body("ReturnIntegrationRequest", "{\"return\":{\"returnedCartItems\":{}}}"),
				body("ReturnIntegrationRequest", "{\"return\":{\"returnedCartItems\":[{\"position\":\"0\","
						+ "\"quantity\":1.5,\"sku\":\"\"}]}}"),
				body("ReturnIntegrationRequest", "{\"return\":{\"returnedCartItems\":[{\"position\":0}]},"
						+ "\"responseContent\":[\"achievements\"]}"),
				// CustomerProfileIntegrationRequestV2: PUT /v2/customer_profiles/{id}?runRuleEngine=true
				body("CustomerProfileIntegrationRequestV2", "{}"),
				body("CustomerProfileIntegrationRequestV2", "{\"attributes\":{\"a\":1},\"evaluableCampaignIds\":[1],"
						+ "\"responseContent\":[\"customerProfile\",\"triggeredCampaigns\",\"loyalty\",\"event\","
						+ "\"awardedGiveaways\",\"ruleFailureReasons\",\"achievements\"],"
						+ "\"audiencesChanges\":{\"adds\":[1],\"deletes\":[]}}"),
				body("CustomerProfileIntegrationRequestV2", "{\"attributes\":[],\"evaluableCampaignIds\":\"1\"}"),
				body("CustomerProfileIntegrationRequestV2", "{\"audiencesChanges\":{}}"),
				body("CustomerProfileIntegrationRequestV2", "{\"audiencesChanges\":{\"adds\":[\"x\"],"
						+ "\"deletes\":[1.5]},\"responseContent\":[\"customerSession\"]}"),
				// MultipleCustomerProfileIntegrationRequest: PUT /v2/customer_profiles?silent=no
				body("MultipleCustomerProfileIntegrationRequest", "{}"),
				body("MultipleCustomerProfileIntegrationRequest", "{\"customerProfiles\":[{\"integrationId\":\"#\","
						+ "\"attributes\":{\"a\":1}}]}"),
				body("MultipleCustomerProfileIntegrationRequest", "{\"customerProfiles\":{}}"),
				body("MultipleCustomerProfileIntegrationRequest", "{\"customerProfiles\":[{},{\"integrationId\":5,"
						+ "\"attributes\":\"x\"},{\"integrationId\":\"" + "i".repeat(1001) + "\"}]}"),
				// IntegrationEventV2Request: POST /v2/events?silent=no
				body("IntegrationEventV2Request", "{\"profileId\":\"p\",\"type\":\"viewed\"}"),
				body("IntegrationEventV2Request", "{\"profileId\":\"p\",\"storeIntegrationId\":\"s\","
						+ "\"evaluableCampaignIds\":[1],\"type\":\"viewed\",\"attributes\":{\"sku\":\"A\"},"
						+ "\"responseContent\":[\"customerProfile\",\"triggeredCampaigns\",\"loyalty\",\"event\","
						+ "\"awardedGiveaways\",\"ruleFailureReasons\",\"achievements\"],\"loyaltyCards\":[\"c\"]}"),
				body("IntegrationEventV2Request", "{\"profileId\":\"p\"}"),
				body("IntegrationEventV2Request", "{\"profileId\":\"p\",\"type\":\"\"}"),
				body("IntegrationEventV2Request", "{\"profileId\":5,\"type\":\"t\",\"attributes\":[],"
						+ "\"loyaltyCards\":[\"a\",\"b\"],\"storeIntegrationId\":\"\"}"),
				body("IntegrationEventV2Request", "{\"profileId\":\"p\",\"type\":\"t\",\"responseContent\":"
						+ "[\"advancedEvent\"]}"),
				// IntegrationEventV3Request: POST /v3/events?silent=no
				body("IntegrationEventV3Request", "{\"profileId\":\"p\",\"type\":\"t\",\"integrationId\":\"#\"}"),
				body("IntegrationEventV3Request", "{\"profileId\":\"p\",\"storeIntegrationId\":\"s\","
						+ "\"evaluableCampaignIds\":[1],\"type\":\"t\",\"attributes\":{},\"integrationId\":\"#\","
						+ "\"connectedSessionId\":\"@closed\",\"loyaltyCards\":[\"c\"],\"responseContent\":"
						+ "[\"customerProfile\",\"triggeredCampaigns\",\"loyalty\",\"advancedEvent\","
						+ "\"awardedGiveaways\",\"ruleFailureReasons\"]}"),
				body("IntegrationEventV3Request", "{}"),
				body("IntegrationEventV3Request", "{\"profileId\":\"p\",\"type\":\"t\",\"integrationId\":\"\","
						+ "\"connectedSessionId\":\"\"}"),
				body("IntegrationEventV3Request", "{\"profileId\":\"p\",\"type\":\"t\",\"integrationId\":\"#\","
						+ "\"responseContent\":[\"event\"]}"),
				// NewReferral: POST /v1/referrals
				body("NewReferral", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"a\"}"),
				body("NewReferral", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"a\","
						+ "\"friendProfileIntegrationId\":\"f\",\"startDate\":\"2020-01-01T00:00:00Z\","
						+ "\"expiryDate\":\"2090-01-01T10:00:00.5+02:00\",\"usageLimit\":999999,"
						+ "\"attributes\":{\"channel\":\"app\"},\"extra\":1}"),
				body("NewReferral", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"a\",\"usageLimit\":-1}"),
				body("NewReferral", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"" + "a".repeat(1001)
						+ "\",\"usageLimit\":1000000,\"attributes\":\"x\",\"startDate\":\"soon\"}"),
				body("NewReferral", "{\"advocateProfileIntegrationId\":\"a\",\"usageLimit\":\"1\"}"),
				// NewAudience: POST /v2/audiences
				body("NewAudience", "{\"name\":\"VIP\"}"),
				body("NewAudience", "{\"name\":\"VIP\",\"sandbox\":false,\"description\":\"d\","
						+ "\"subscribedApplicationsIds\":[1,2],\"integration\":\"segment\",\"integrationId\":\"#\","
						+ "\"createdIn3rdParty\":true,\"lastUpdate\":\"2026-01-01T00:00:00Z\",\"extra\":1}"),
				body("NewAudience", "{}"),
				body("NewAudience", "{\"name\":\"\"}"),
				body("NewAudience", "{\"name\":5,\"subscribedApplicationsIds\":[1,1],\"integrationId\":\"\","
						+ "\"lastUpdate\":\"soon\",\"sandbox\":\"no\"}"),
				// UpdateAudience: PUT /v2/audiences/1
				body("UpdateAudience", "{\"name\":\"Conformance\"}"),
				body("UpdateAudience", "{\"name\":\"Conformance\",\"subscribedApplicationsIds\":[]}"),
				body("UpdateAudience", "{}"),
				body("UpdateAudience", "{\"name\":\"\",\"subscribedApplicationsIds\":\"1\"}"),
				// CustomerProfileAudienceRequest: POST /v2/customer_audiences
				body("CustomerProfileAudienceRequest", "{}"),
				body("CustomerProfileAudienceRequest", "{\"data\":[{\"action\":\"add\",\"profileIntegrationId\":"
						+ "\"#\",\"audienceId\":1},{\"action\":\"delete\",\"profileIntegrationId\":\"nobody\","
						+ "\"audienceId\":1}]}"),
				body("CustomerProfileAudienceRequest", "{\"data\":{}}"),
				body("CustomerProfileAudienceRequest", "{\"data\":[{}]}"),
				body("CustomerProfileAudienceRequest", "{\"data\":[{\"action\":\"remove\",\"profileIntegrationId\":"
						+ "\"" + "p".repeat(1001) + "\",\"audienceId\":\"1\"}]}"),
				// AttributeQuery: PUT /v2/audience_customers/1/attributes
				body("AttributeQuery", "{}"),
				body("AttributeQuery", "{\"tier\":\"gold\",\"score\":null}"),
				body("AttributeQuery", "[]"),
				body("AttributeQuery", "\"tier\""),
				// LoyaltyCardRegistration: POST /v2/loyalty_programs/2/cards/CONFORMANCE-CARD/link_profile
				body("LoyaltyCardRegistration", "{\"integrationId\":\"#\"}"),
				body("LoyaltyCardRegistration", "{}"),
				body("LoyaltyCardRegistration", "{\"integrationId\":5}"),
				// NewReferralsForMultipleAdvocates: POST /v1/referrals_for_multiple_advocates?silent=no
				body("NewReferralsForMultipleAdvocates", "{\"campaignId\":5,\"advocateProfileIntegrationIds\":[\"#\"]}"),
				body("NewReferralsForMultipleAdvocates", "{\"campaignId\":5,\"advocateProfileIntegrationIds\":[\"#\","
						+ "\"other\"],\"startDate\":\"2020-01-01T00:00:00Z\",\"expiryDate\":\"2090-01-01T00:00:00Z\","
						+ "\"usageLimit\":3,\"attributes\":{\"channel\":\"app\"},\"validCharacters\":[\"A\",\"B\","
						+ "\"C\",\"1\"],\"referralPattern\":\"REF-###-###\"}"),
				body("NewReferralsForMultipleAdvocates", "{}"),
				body("NewReferralsForMultipleAdvocates", "{\"campaignId\":5,\"advocateProfileIntegrationIds\":[]}"),
				body("NewReferralsForMultipleAdvocates", "{\"campaignId\":\"5\",\"advocateProfileIntegrationIds\":[1],"
						+ "\"usageLimit\":1000000,\"referralPattern\":\"AB\",\"validCharacters\":\"A\"}"),
				// CouponReservations: POST /v1/coupon_reservations/WELCOME10
				body("CouponReservations", "{\"integrationIDs\":[\"#\"]}"),
				body("CouponReservations", "{\"integrationIDs\":[]}"),
				body("CouponReservations", "{}"),
				body("CouponReservations", "{\"integrationIDs\":\"a\"}"),
				body("CouponReservations", "{\"integrationIDs\":[5]}"),
				// DeleteLoyaltyTransactionsRequest: POST /v1/loyalty_programs/1/profile/conformance-member/...
				body("DeleteLoyaltyTransactionsRequest", "{\"scope\":\"SelectedSubledgers\",\"subledgerIds\":[\"x\"]}"),
				body("DeleteLoyaltyTransactionsRequest", "{\"scope\":\"SelectedSubledgers\",\"subledgerIds\":[\"\"]}"),
				body("DeleteLoyaltyTransactionsRequest", "{\"scope\":\"AllSubledgers\",\"subledgerIds\":null}"),
				body("DeleteLoyaltyTransactionsRequest", "{}"),
				body("DeleteLoyaltyTransactionsRequest", "{\"scope\":\"Some\",\"subledgerIds\":[1]}"),
				// ActivateLoyaltyPoints: POST /v1/loyalty_programs/1/activate_points
				body("ActivateLoyaltyPoints", "{\"sessionId\":\"conformance-points\"}"),
				body("ActivateLoyaltyPoints", "{\"transactionUUIDs\":[\"@uuid\"]}"),
				body("ActivateLoyaltyPoints", "{\"transactionUUIDs\":[]}"),
				body("ActivateLoyaltyPoints", "{\"transactionUUIDs\":[\"not-a-uuid\"]}"),
				body("ActivateLoyaltyPoints", "{\"transactionUUIDs\":[\"@uuid\",\"@uuid\"]}"),
				body("ActivateLoyaltyPoints", "{\"transactionUUIDs\":" + uuids(51) + "}"),
				body("ActivateLoyaltyPoints", "{\"sessionId\":\"\"}"),
				// GenerateLoyaltyCard: POST /v1/loyalty_programs/2/cards
				body("GenerateLoyaltyCard", "{}"),
				body("GenerateLoyaltyCard", "{\"status\":\"inactive\",\"customerProfileIds\":[\"#\"],"
						+ "\"cardIdentifier\":\"#\"}"),
				body("GenerateLoyaltyCard", "{\"status\":\"blocked\",\"customerProfileIds\":\"x\"}"),
				body("GenerateLoyaltyCard", "{\"cardIdentifier\":\"a b c\"}"),
				body("GenerateLoyaltyCard", "{\"cardIdentifier\":\"abc\"}"),
				// BestPriorPriceRequest: POST /v1/best_prior_price
				body("BestPriorPriceRequest", "{\"skus\":[\"A\"],\"timeframeEndDate\":\"2026-01-01T00:00:00Z\","
						+ "\"timeframe\":\"30\",\"timeframeEndDateType\":\"strict\"}"),
				body("BestPriorPriceRequest", "{\"skus\":[\"A\",\"B\"],\"timeframeEndDate\":\"2026-01-01T00:00:00Z\","
						+ "\"timeframe\":\"7\",\"timeframeEndDateType\":\"sale\",\"target\":{\"targetType\":\"AUDIENCE\","
						+ "\"audienceID\":4}}"),
				body("BestPriorPriceRequest", "{}"),
				body("BestPriorPriceRequest", "{\"skus\":[],\"timeframeEndDate\":\"x\",\"timeframe\":30,"
						+ "\"timeframeEndDateType\":\"now\",\"target\":{}}"),
				// CatalogSyncRequest: PUT /v1/catalogs/{new id}/sync
				body("CatalogSyncRequest", "{\"actions\":[{\"type\":\"ADD\",\"payload\":{\"sku\":\"SKU-1\","
						+ "\"price\":10,\"attributes\":{\"color\":\"blue\"},\"product\":{\"name\":\"p\"},"
						+ "\"replaceIfExists\":true}}]}"),
				body("CatalogSyncRequest", "{\"actions\":[{\"type\":\"REMOVE\",\"payload\":{\"sku\":\"none\"}}],"
						+ "\"version\":1}"),
				body("CatalogSyncRequest", "{\"actions\":[{\"type\":\"PATCH_MANY\",\"payload\":{\"filters\":"
						+ "[{\"attr\":\"color\",\"op\":\"EQ\",\"value\":\"blue\"}],\"attributes\":{\"color\":\"red\"}}}]}"),
				body("CatalogSyncRequest", "{}"),
				body("CatalogSyncRequest", "{\"actions\":[]}"),
				body("CatalogSyncRequest", "{\"actions\":[{}]}"),
				body("CatalogSyncRequest", "{\"actions\":[{\"type\":\"MOVE\",\"payload\":[]}],\"version\":0}"));
	}

	private static String uuids(int count) {
		List<String> uuids = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			uuids.add("\"" + java.util.UUID.randomUUID() + "\"");
		}
		return "[" + String.join(",", uuids) + "]";
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("bodies")
	void theSimulatorRefusesExactlyWhatTheSpecRefusesAtTheSamePlaces(String schema, String body) {
		String json = body.replace("\"#\"", "\"conformance-" + IDS.incrementAndGet() + "\"")
			.replace("@uuid", pointsTransaction);
		Set<String> specProblems = pointers(spec.requestViolations(schema, json));

		RawHttp.Answer answer = send(schema, "", json);

		if (specProblems.isEmpty()) {
			assertThat(answer.status()).as("answer to %s, which the spec accepts: %s", json, answer.body())
				.isBetween(200, 204);
		}
		else {
			assertThat(answer.status()).as("answer to %s, which the spec refuses at %s", json, specProblems)
				.isEqualTo(400);
			assertThat(new TreeSet<>(answer.pointers())).as("the simulator's problems: %s", answer.body())
				.isEqualTo(specProblems);
		}
	}

	/**
	 * What the simulator refuses although the spec's schemas accept it: limits the spec states in prose only, and what
	 * a spec without catalogs, without a schema for a map, or with a parameter-dependent rule cannot express.
	 */
	static Stream<Arguments> simulatorAdditions() {
		StringBuilder items = new StringBuilder();
		StringBuilder profiles = new StringBuilder();
		for (int i = 0; i <= 1000; i++) {
			items.append((i > 0) ? "," : "").append(item("SKU-" + i, "1", 1));
			profiles.append((i > 0) ? "," : "").append("{\"integrationId\":\"bulk-").append(i).append("\"}");
		}
		return Stream.of(
				addition("at most 1000 cart items (description of cartItems)", "IntegrationRequest", "",
						"{\"customerSession\":{\"cartItems\":[" + items + "]}}", "/customerSession/cartItems"),
				addition("quantities summing to at most 10,000 (description of cartItems)", "IntegrationRequest", "",
						"{\"customerSession\":{\"cartItems\":" + array(item("A", "1", 9_999), item("B", "1", 2))
								+ "}}",
						"/customerSession/cartItems"),
				addition("price, required for items not in a catalog (no catalog has SKU A)", "IntegrationRequest",
						"", "{\"customerSession\":{\"cartItems\":[{\"sku\":\"A\",\"quantity\":1}]}}",
						"/customerSession/cartItems/0/price"),
				addition("additionalCosts is a map, though the spec gives it no type", "IntegrationRequest", "",
						"{\"customerSession\":{\"additionalCosts\":5}}", "/customerSession/additionalCosts"),
				addition("campaignEligibility only with dry=true (description of campaignEligibility)",
						"IntegrationRequest", "", "{\"customerSession\":{},\"responseContent\":[\"campaignEligibility\"]}",
						"/responseContent/0"),
				addition("a return names each item by its position or its SKU", "ReturnIntegrationRequest", "",
						"{\"return\":{\"returnedCartItems\":[{\"quantity\":1}]}}", "/return/returnedCartItems/0"),
				addition("a return returns at least one unit", "ReturnIntegrationRequest", "",
						"{\"return\":{\"returnedCartItems\":[{\"position\":0,\"quantity\":0}]}}",
						"/return/returnedCartItems/0/quantity"),
				addition("a return returns at least one item", "ReturnIntegrationRequest", "",
						"{\"return\":{\"returnedCartItems\":[]}}", "/return/returnedCartItems"),
				addition("responseContent only with runRuleEngine=true (description of runRuleEngine)",
						"CustomerProfileIntegrationRequestV2", "runRuleEngine=false",
						"{\"responseContent\":[\"customerProfile\"]}", "/responseContent"),
				addition("at most 1000 profiles (description of updateCustomerProfilesV2)",
						"MultipleCustomerProfileIntegrationRequest", "", "{\"customerProfiles\":[" + profiles + "]}",
						"/customerProfiles"),
				addition("a profile needs an integration id", "MultipleCustomerProfileIntegrationRequest", "",
						"{\"customerProfiles\":[{\"integrationId\":\"\"}]}", "/customerProfiles/0/integrationId"),
				addition("profileId is required (description of trackEventV2)", "IntegrationEventV2Request", "",
						"{\"type\":\"viewed\"}", "/profileId"),
				addition("profileId is required (description of trackEventV2), so not empty",
						"IntegrationEventV2Request", "", "{\"profileId\":\"\",\"type\":\"viewed\"}", "/profileId"),
				addition("a custom event, not a built-in one (description of type)", "IntegrationEventV2Request", "",
						"{\"profileId\":\"p\",\"type\":\"talon_session_closed\"}", "/type"),
				addition("an advocate", "NewReferral", "", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"\"}",
						"/advocateProfileIntegrationId"),
				addition("a reservation names profiles", "CouponReservations", "", "{\"integrationIDs\":[\"\"]}",
						"/integrationIDs/0"),
				addition("advocates", "NewReferralsForMultipleAdvocates", "",
						"{\"campaignId\":5,\"advocateProfileIntegrationIds\":[\"\"]}", "/advocateProfileIntegrationIds/0"),
				addition("valid characters are characters", "NewReferralsForMultipleAdvocates", "",
						"{\"campaignId\":5,\"advocateProfileIntegrationIds\":[\"a\"],\"validCharacters\":[\"AB\"]}",
						"/validCharacters/0"),
				addition("a card registration names a profile", "LoyaltyCardRegistration", "",
						"{\"integrationId\":\"\"}", "/integrationId"),
				addition("a card's profiles", "GenerateLoyaltyCard", "", "{\"customerProfileIds\":[\"\"]}",
						"/customerProfileIds/0"),
				addition("at most 1000 audience actions (description of updateCustomerProfileAudiences)",
						"CustomerProfileAudienceRequest", "", "{\"data\":" + audienceActions(1001) + "}", "/data"),
				addition("an audience action names a profile", "CustomerProfileAudienceRequest", "",
						"{\"data\":[{\"action\":\"add\",\"profileIntegrationId\":\"\",\"audienceId\":1}]}",
						"/data/0/profileIntegrationId"),
				addition("subledgerIds are required with SelectedSubledgers (description of subledgerIds)",
						"DeleteLoyaltyTransactionsRequest", "", "{\"scope\":\"SelectedSubledgers\"}", "/subledgerIds"),
				addition("sessionId or transactionUUIDs (descriptions of both)", "ActivateLoyaltyPoints", "", "{}", ""),
				addition("not sessionId and transactionUUIDs (descriptions of both)", "ActivateLoyaltyPoints", "",
						"{\"sessionId\":\"conformance-points\",\"transactionUUIDs\":[\"@uuid\"]}", "/sessionId"),
				addition("an ADD payload is an AddItemCatalogAction", "CatalogSyncRequest", "",
						"{\"actions\":[{\"type\":\"ADD\",\"payload\":{\"price\":1}}]}",
						"/actions/0/payload/sku"),
				addition("one type of action per sync (description of syncCatalog)", "CatalogSyncRequest", "",
						"{\"actions\":[{\"type\":\"ADD\",\"payload\":{\"sku\":\"A\"}},{\"type\":\"REMOVE\","
								+ "\"payload\":{\"sku\":\"B\"}}]}",
						"/actions/1/type"),
				addition("no SKU twice in a sync (description of syncCatalog)", "CatalogSyncRequest", "",
						"{\"actions\":[{\"type\":\"ADD\",\"payload\":{\"sku\":\"A\"}},{\"type\":\"ADD\","
								+ "\"payload\":{\"sku\":\"A\"}}]}",
						"/actions/1/payload/sku"),
				addition("PATCH_MANY selects items with filters", "CatalogSyncRequest", "",
						"{\"actions\":[{\"type\":\"PATCH_MANY\",\"payload\":{\"price\":1}}]}",
						"/actions/0/payload/filters"),
				addition("timeframe is a number of days (description of timeframe)", "BestPriorPriceRequest", "",
						"{\"skus\":[\"A\"],\"timeframeEndDate\":\"2026-01-01T00:00:00Z\",\"timeframe\":\"thirty\","
								+ "\"timeframeEndDateType\":\"strict\"}",
						"/timeframe"));
	}

	private static String audienceActions(int count) {
		StringBuilder actions = new StringBuilder("[");
		for (int i = 0; i < count; i++) {
			actions.append((i > 0) ? "," : "").append("{\"action\":\"add\",\"profileIntegrationId\":\"a-")
				.append(i).append("\",\"audienceId\":1}");
		}
		return actions.append("]").toString();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("simulatorAdditions")
	void theSimulatorAddsWhatTheSpecStatesInProse(String why, String schema, String query, String body,
			String pointer) {
		String json = body.replace("@uuid", pointsTransaction);
		assertThat(spec.requestViolations(schema, json)).as("the spec's schema accepts it").isEmpty();

		RawHttp.Answer answer = send(schema, query, json);

		assertThat(answer.status()).as("answer: %s", answer.body()).isEqualTo(400);
		assertThat(answer.pointers()).containsExactly(pointer);
	}

	@Test
	void sessionAnswersAreValidInstancesOfTheSpecsSchemas() {
		String code = talon.http().send("POST", "/v1/referrals", "{\"campaignId\":5,"
				+ "\"advocateProfileIntegrationId\":\"conformance-advocate\",\"attributes\":{\"channel\":\"app\"}}")
			.body();
		assertValid("createReferral", 201, code);
		String referral = RawHttp.JSON.readTree(code).path("code").asString();
		String cart = "{\"profileId\":\"conformance-friend\",\"couponCodes\":[\"TAKE5\",\"BOGUS\",\"WELCOME10\"],"
				+ "\"referralCode\":\"" + referral + "\",\"storeIntegrationId\":\"store-1\",\"identifiers\":[\"ip\"],"
				+ "\"cartItems\":[{\"name\":\"Grinder\",\"sku\":\"GRINDER-HAND\",\"quantity\":1,\"price\":59.00,"
				+ "\"additionalCosts\":{\"wrapping\":{\"price\":1.5}}}," + item("MUG", "9.50", 2) + "],"
				+ "\"additionalCosts\":{\"shipping\":{\"price\":4.90}},\"attributes\":{\"channel\":\"web\"}}";
		String all = "\"customerSession\",\"customerProfile\",\"coupons\",\"triggeredCampaigns\",\"referral\","
				+ "\"loyalty\",\"event\",\"awardedGiveaways\",\"ruleFailureReasons\",\"previousReturns\",\"achievements\"";

		assertValid("updateCustomerSessionV2", 200, talon.http().send("PUT", "/v2/customer_sessions/conformance-1",
				"{\"customerSession\":" + cart + ",\"responseContent\":[" + all + "]}").body());
		assertValid("updateCustomerSessionV2", 200, talon.http().send("PUT",
				"/v2/customer_sessions/conformance-1?dry=true", "{\"customerSession\":" + cart
						+ ",\"responseContent\":[" + all + ",\"campaignEligibility\"]}").body());
		assertValid("updateCustomerSessionV2", 200, talon.http().send("PUT", "/v2/customer_sessions/conformance-1",
				"{\"customerSession\":{\"state\":\"closed\"},\"responseContent\":[" + all + "]}").body());
		assertValid("getCustomerSession", 200,
				talon.http().send("GET", "/v2/customer_sessions/conformance-1", null).body());
		assertValid("returnCartItems", 200, talon.http().send("POST", "/v2/customer_sessions/conformance-1/returns",
				"{\"return\":{\"returnedCartItems\":[{\"position\":1,\"quantity\":1}]},\"responseContent\":["
						+ "\"customerSession\",\"customerProfile\",\"coupons\",\"triggeredCampaigns\",\"referral\","
						+ "\"loyalty\",\"event\",\"previousReturns\"]}").body());
		assertValid("returnCartItems", 200, talon.http().send("POST", "/v2/customer_sessions/conformance-1/returns",
				"{\"return\":{\"returnedCartItems\":[{\"position\":1}]},\"responseContent\":[\"previousReturns\"]}")
			.body());
		assertValid("updateCustomerSessionV2", 200, talon.http().send("PUT", "/v2/customer_sessions/conformance-1",
				"{\"customerSession\":{\"state\":\"cancelled\"},\"responseContent\":[" + all + "]}").body());
		assertValid("getCustomerSession", 200,
				talon.http().send("GET", "/v2/customer_sessions/conformance-1", null).body());
		talon.updated("conformance-2", cart.replace(referral, ""));
		talon.updated("conformance-2", "{\"state\":\"closed\"}");
		assertValid("reopenCustomerSession", 200, talon.reopen("conformance-2").body());
		assertValid("updateCustomerSessionV2", 200, talon.http().send("PUT", "/v2/customer_sessions/conformance-3",
				"{\"customerSession\":{\"profileId\":\"\"},\"responseContent\":[" + all + "]}").body());
	}

	@Test
	void profileAndEventAnswersAreValidInstancesOfTheSpecsSchemas() {
		String profileContent = "\"customerProfile\",\"triggeredCampaigns\",\"loyalty\",\"event\",\"awardedGiveaways\","
				+ "\"ruleFailureReasons\",\"achievements\"";
		talon.updated("conformance-order", "{\"profileId\":\"conformance-vip\",\"state\":\"closed\",\"cartItems\":"
				+ array(item("A", "80.00", 1)) + "}");

		assertValid("updateCustomerProfileV2", 200, talon.http().send("PUT", "/v2/customer_profiles/conformance-vip",
				"{\"attributes\":{\"tier\":\"gold\"},\"audiencesChanges\":{\"adds\":[3],\"deletes\":[]}}").body());
		assertValid("updateCustomerProfileV2", 200, talon.http().send("PUT",
				"/v2/customer_profiles/conformance-vip?runRuleEngine=true", "{\"responseContent\":[" + profileContent
						+ "]}").body());
		assertValid("updateCustomerProfileV2", 200, talon.http().send("PUT",
				"/v2/customer_profiles/conformance-new?runRuleEngine=true&dry=true", "{\"responseContent\":["
						+ profileContent + ",\"campaignEligibility\"]}").body());
		assertValid("updateCustomerProfilesV2", 200, talon.http().send("PUT", "/v2/customer_profiles?silent=no",
				"{\"customerProfiles\":[{\"integrationId\":\"conformance-vip\"},{\"integrationId\":\"c-2\"}]}").body());
		assertValid("trackEventV2", 200, talon.http().send("POST", "/v2/events?silent=no",
				"{\"profileId\":\"conformance-vip\",\"type\":\"viewed\",\"attributes\":{\"sku\":\"A\"},"
						+ "\"storeIntegrationId\":\"store-1\",\"responseContent\":[" + profileContent + "]}").body());
		assertValid("trackEventV3", 200, talon.http().send("POST", "/v3/events?silent=no",
				"{\"profileId\":\"conformance-vip\",\"type\":\"delivered\",\"integrationId\":\"conformance-e1\","
						+ "\"connectedSessionId\":\"conformance-order\",\"attributes\":{\"carrier\":\"dhl\"},"
						+ "\"responseContent\":[\"customerProfile\",\"triggeredCampaigns\",\"loyalty\",\"advancedEvent\","
						+ "\"awardedGiveaways\",\"ruleFailureReasons\"]}").body());
		assertValid("getEventV3", 200, talon.http().send("GET", "/v3/events/conformance-e1", null).body());
	}

	@Test
	void errorAnswersAreValidInstancesOfTheSpecsSchemas() {
		assertValid("updateCustomerSessionV2", 400,
				talon.http().send("PUT", "/v2/customer_sessions/conformance-e?dry=1", "{}").body());
		assertValid("updateCustomerSessionV2", 401, talon.http().send("PUT", "/v2/customer_sessions/conformance-e",
				"{\"customerSession\":{}}", new String[0]).body());
		assertValid("updateCustomerProfileV2", 400,
				talon.http().send("PUT", "/v2/customer_profiles/conformance-e", "{\"attributes\":1}").body());
		assertValid("trackEventV2", 400, talon.http().send("POST", "/v2/events", "{}").body());
		String event = "{\"profileId\":\"p\",\"type\":\"t\",\"integrationId\":\"conformance-twice\"}";
		talon.http().send("POST", "/v3/events", event);
		assertValid("trackEventV3", 409, talon.http().send("POST", "/v3/events", event).body());
		assertValid("getEventV3", 404, talon.http().send("GET", "/v3/events/conformance-none", null).body());
		assertValid("returnCartItems", 400, talon.http().send("POST", "/v2/customer_sessions/conformance-e/returns",
				"{\"return\":{}}").body());
	}

	@Test
	void loyaltyAnswersAreValidInstancesOfTheSpecsSchemas() {
		talon.updated("conformance-loyal-1", "{\"profileId\":\"conformance-loyal\",\"state\":\"closed\","
				+ "\"loyaltyCards\":[\"CONFORMANCE-CARD\"],\"cartItems\":" + array(item("A", "42.50", 2)) + "}");
		talon.updated("conformance-loyal-1", "{\"state\":\"cancelled\"}");
		talon.updated("conformance-loyal-2", "{\"profileId\":\"conformance-loyal\",\"state\":\"closed\","
				+ "\"loyaltyCards\":[\"CONFORMANCE-CARD\"],\"cartItems\":" + array(item("A", "12.00", 1)) + "}");
		String profile = "/v1/loyalty_programs/1/profile/conformance-loyal";
		String card = "/v1/loyalty_programs/2/cards/CONFORMANCE-CARD";

		assertValid("getLoyaltyBalances", 200, get(profile + "/balances?includeTiers=true&includeProjectedTier=true"));
		assertValid("getLoyaltyBalances", 200, get(profile + "/balances?endDate=2020-01-01T00:00:00Z"));
		assertValid("getLoyaltyProgramProfileTransactions", 200, get(profile + "/transactions?pageSize=2"));
		assertValid("getLoyaltyProgramProfilePoints", 200, get(profile + "/points?sort=-expiryDate"));
		assertValid("getLoyaltyCardBalances", 200, get(card + "/balances"));
		assertValid("getLoyaltyCardTransactions", 200, get(card + "/transactions"));
		assertValid("getLoyaltyCardPoints", 200, get(card + "/points?status=active"));
		assertValid("activateLoyaltyPoints", 200, talon.http().send("POST", "/v1/loyalty_programs/2/activate_points",
				"{\"sessionId\":\"conformance-loyal-2\"}").body());
		assertValid("generateLoyaltyCard", 200, talon.http().send("POST", "/v1/loyalty_programs/2/cards",
				"{\"customerProfileIds\":[\"conformance-loyal\"]}").body());
		assertValid("linkLoyaltyCardToProfile", 200, talon.http().send("POST",
				"/v2/loyalty_programs/2/cards/CONFORMANCE-CARD/link_profile", "{\"integrationId\":\"conformance-loyal\"}")
			.body());
		assertValid("unlinkLoyaltyCardFromProfile", 200, talon.http().send("POST",
				"/v2/loyalty_programs/2/cards/CONFORMANCE-CARD/unlink_profile", "{\"integrationId\":\"conformance-loyal\"}")
			.body());
		RawHttp.Answer joined = talon.http().send("POST", "/v1/loyalty_programs/1/profile/conformance-joiner/join", null);
		assertThat(joined.status()).as(joined.body()).isEqualTo(200);
		assertThat(talon.http().send("POST", profile + "/delete_transactions", "{\"scope\":\"AllSubledgers\"}").status())
			.isEqualTo(204);
		assertValid("updateCustomerSessionV2", 200, talon.http().send("PUT", "/v2/customer_sessions/conformance-loyal-3",
				"{\"customerSession\":{\"profileId\":\"conformance-loyal\",\"loyaltyCards\":[\"CONFORMANCE-CARD\"]},"
						+ "\"responseContent\":[\"loyalty\"]}").body());
	}

	@Test
	void customerDataAnswersAreValidInstancesOfTheSpecsSchemas() {
		talon.http().send("POST", "/v1/referrals", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"conformance-inv\"}");
		talon.http().send("POST", "/v1/loyalty_programs/2/cards/CONFORMANCE-CARD/link_profile",
				"{\"integrationId\":\"conformance-inv\"}");
		talon.updated("conformance-inv-1", "{\"profileId\":\"conformance-inv\",\"state\":\"closed\","
				+ "\"cartItems\":" + array(item("A", "30.00", 1)) + "}");

		assertValid("createCouponReservation", 201, talon.http().send("POST", "/v1/coupon_reservations/TAKE5",
				"{\"integrationIDs\":[\"conformance-inv\",\"conformance-inv-2\"]}").body());
		assertValid("getReservedCustomers", 200, get("/v1/coupon_reservations/customerprofiles/TAKE5"));
		assertValid("getCustomerInventory", 200, get("/v1/customer_profiles/conformance-inv/inventory?profile=true"
				+ "&referrals=true&coupons=true&loyalty=true&giveaways=true&achievements=true"));
		assertValid("getCustomerInventory", 200, get("/v1/customer_profiles/conformance-inv/inventory"));
		assertValid("getCustomerAchievements", 200, get("/v1/customer_profiles/conformance-inv/achievements"
				+ "?achievementStatus=active,scheduled&pageSize=10"));
		assertValid("createReferralsForMultipleAdvocates", 201, talon.http().send("POST",
				"/v1/referrals_for_multiple_advocates?silent=no", "{\"campaignId\":5,\"advocateProfileIntegrationIds\":"
						+ "[\"conformance-inv\",\"conformance-inv-3\"],\"attributes\":{\"a\":1}}").body());
		assertValid("integrationGetAllCampaigns", 200, get("/v1/integration/campaigns?pageSize=3&skip=1"));
		assertThat(talon.http().send("DELETE", "/v1/coupon_reservations/TAKE5", "{\"integrationIDs\":[\"conformance-inv\"]}")
			.status()).isEqualTo(204);
		assertThat(talon.http().send("DELETE", "/v1/customer_data/conformance-inv-2", null).status()).isEqualTo(204);
	}

	@Test
	void audienceAndCatalogAnswersAreValidInstancesOfTheSpecsSchemas() {
		String created = talon.http().send("POST", "/v2/audiences", "{\"name\":\"Conformance VIP\",\"description\":\"d\","
				+ "\"integration\":\"segment\",\"integrationId\":\"conformance-vip-audience\",\"sandbox\":false,"
				+ "\"createdIn3rdParty\":true,\"subscribedApplicationsIds\":[1]}").body();
		assertValid("createAudienceV2", 201, created);
		long id = RawHttp.JSON.readTree(created).path("id").asLong();
		assertValid("updateAudienceV2", 200, talon.http().send("PUT", "/v2/audiences/" + id, "{\"name\":\"Renamed\"}")
			.body());
		assertThat(talon.http().send("POST", "/v2/customer_audiences", "{\"data\":[{\"action\":\"add\","
				+ "\"profileIntegrationId\":\"conformance-aud\",\"audienceId\":" + id + "}]}").status()).isEqualTo(204);
		assertValid("updateCustomerProfileV2", 200, talon.http().send("PUT", "/v2/customer_profiles/conformance-aud", "{}")
			.body());
		assertThat(talon.http().send("DELETE", "/v2/audiences/" + id + "/memberships", null).status()).isEqualTo(204);
		assertThat(talon.http().send("DELETE", "/v2/audiences/" + id, null).status()).isEqualTo(204);
		assertValid("syncCatalog", 200, talon.http().send("PUT", "/v1/catalogs/900/sync", "{\"actions\":[{\"type\":"
				+ "\"ADD\",\"payload\":{\"sku\":\"CONF-1\",\"price\":12.5}}]}").body());
		assertValid("bestPriorPrice", 200, talon.http().send("POST", "/v1/best_prior_price", "{\"skus\":[\"CONF-1\","
				+ "\"NONE\"],\"timeframeEndDate\":\"2099-01-01T00:00:00Z\",\"timeframe\":\"30\","
				+ "\"timeframeEndDateType\":\"strict\",\"target\":{\"targetType\":\"NONE\"}}").body());
	}

	@Test
	void errorAnswersOfTheNewOperationsAreValidInstancesOfTheSpecsSchemas() {
		String card = "/v1/loyalty_programs/2/cards/";
		String profile = "/v1/loyalty_programs/1/profile/";
		assertValid("getLoyaltyBalances", 404, get(profile + "conformance-nobody/balances"));
		assertValid("getLoyaltyBalances", 400, get("/v1/loyalty_programs/2/profile/conformance-member/balances"));
		assertValid("getLoyaltyBalances", 401, talon.http().send("GET", profile + "conformance-member/balances", null,
				new String[0]).body());
		assertValid("getLoyaltyProgramProfileTransactions", 400, get(profile + "conformance-member/transactions?pageSize=0"));
		assertValid("getLoyaltyProgramProfilePoints", 404, get("/v1/loyalty_programs/99/profile/conformance-member/points"));
		assertValid("getLoyaltyCardBalances", 404, get(card + "NO-SUCH-CARD/balances"));
		assertValid("getLoyaltyCardTransactions", 400, get(card + "abc/transactions"));
		assertValid("getLoyaltyCardPoints", 400, get(card + "CONFORMANCE-CARD/points?status=used"));
		assertValid("linkLoyaltyCardToProfile", 404, talon.http().send("POST",
				"/v2/loyalty_programs/2/cards/NO-SUCH-CARD/link_profile", "{\"integrationId\":\"p\"}").body());
		assertValid("unlinkLoyaltyCardFromProfile", 400, talon.http().send("POST",
				"/v2/loyalty_programs/x/cards/CONFORMANCE-CARD/unlink_profile", "{\"integrationId\":\"p\"}").body());
		assertValid("generateLoyaltyCard", 400, talon.http().send("POST", "/v1/loyalty_programs/1/cards", "{}").body());
		assertValid("joinLoyaltyProgram", 404, talon.http().send("POST", "/v1/loyalty_programs/99/profile/p/join", null)
			.body());
		assertValid("activateLoyaltyPoints", 404, talon.http().send("POST", "/v1/loyalty_programs/1/activate_points",
				"{\"sessionId\":\"conformance-no-points\"}").body());
		assertValid("deleteLoyaltyTransactionsFromLedgers", 404, talon.http().send("POST",
				profile + "conformance-nobody/delete_transactions", "{\"scope\":\"AllSubledgers\"}").body());
		assertValid("createCouponReservation", 404, talon.http().send("POST", "/v1/coupon_reservations/NOPE",
				"{\"integrationIDs\":[]}").body());
		assertValid("deleteCouponReservation", 400, talon.http().send("DELETE", "/v1/coupon_reservations/TAKE5", "{}")
			.body());
		assertValid("getReservedCustomers", 404, get("/v1/coupon_reservations/customerprofiles/NOPE"));
		assertValid("getCustomerInventory", 404, get("/v1/customer_profiles/conformance-nobody/inventory"));
		assertValid("getCustomerAchievements", 400, get("/v1/customer_profiles/conformance-member/achievements"
				+ "?currentProgressStatus=done"));
		assertValid("getCustomerAchievementHistory", 404, get("/v1/customer_profiles/conformance-member/achievements/7"));
		assertValid("deleteCustomerData", 404, talon.http().send("DELETE", "/v1/customer_data/conformance-nobody", null)
			.body());
		assertValid("createReferralsForMultipleAdvocates", 400, talon.http().send("POST",
				"/v1/referrals_for_multiple_advocates", "{\"campaignId\":1,\"advocateProfileIntegrationIds\":[\"a\"]}")
			.body());
		String audience = "{\"name\":\"Twice\",\"integrationId\":\"conformance-twice\"}";
		talon.http().send("POST", "/v2/audiences", audience);
		assertValid("createAudienceV2", 409, talon.http().send("POST", "/v2/audiences", audience).body());
		assertValid("deleteAudienceV2", 404, talon.http().send("DELETE", "/v2/audiences/999", null).body());
		assertValid("updateAudienceV2", 404, talon.http().send("PUT", "/v2/audiences/999", "{\"name\":\"x\"}").body());
		assertValid("deleteAudienceMembershipsV2", 404, talon.http().send("DELETE", "/v2/audiences/999/memberships", null)
			.body());
		assertValid("updateCustomerProfileAudiences", 404, talon.http().send("POST", "/v2/customer_audiences",
				"{\"data\":[{\"action\":\"add\",\"profileIntegrationId\":\"p\",\"audienceId\":999}]}").body());
		assertValid("updateAudienceCustomersAttributes", 404, talon.http().send("PUT",
				"/v2/audience_customers/999/attributes", "{}").body());
		assertValid("syncCatalog", 400, talon.http().send("PUT", "/v1/catalogs/901/sync", "{\"actions\":[]}").body());
		assertValid("syncCatalog", 404, talon.http().send("PUT", "/v1/catalogs/901/sync", "{\"actions\":[{\"type\":"
				+ "\"PATCH\",\"payload\":{\"sku\":\"NONE\"}}]}").body());
		assertValid("integrationGetAllCampaigns", 400, get("/v1/integration/campaigns?pageSize=1001"));
	}

	private static String get(String path) {
		return talon.http().send("GET", path, null).body();
	}

	private static void assertValid(String operationId, int status, String json) {
		String schema = spec.operation(operationId).orElseThrow().responseSchemas().get(status);
		assertThat(schema).as("%s declares a schema for %s", operationId, status).isNotNull();
		assertThat(spec.responseViolations(schema, json)).as("problems of %s's %s answer %s", operationId, status, json)
			.isEmpty();
	}

	/** Sends a body to the operation of its schema, on a fresh id (a closed session of two items for returns). */
	private static RawHttp.Answer send(String schema, String query, String json) {
		String id = "conformance-" + IDS.incrementAndGet();
		String q = query.isEmpty() ? "" : "?" + query;
		return switch (schema) {
			case "IntegrationRequest" -> talon.http().send("PUT", "/v2/customer_sessions/" + id + q, json);
			case "ReturnIntegrationRequest" -> {
				talon.updated(id, "{\"state\":\"closed\",\"cartItems\":" + array(item("A", "10", 2), item("B", "5", 1))
						+ "}");
				yield talon.http().send("POST", "/v2/customer_sessions/" + id + "/returns" + q, json);
			}
			case "CustomerProfileIntegrationRequestV2" -> talon.http().send("PUT",
					"/v2/customer_profiles/" + id + (q.isEmpty() ? "?runRuleEngine=true" : q), json);
			case "MultipleCustomerProfileIntegrationRequest" -> talon.http().send("PUT",
					"/v2/customer_profiles" + (q.isEmpty() ? "?silent=no" : q), json);
			case "IntegrationEventV2Request" -> talon.http().send("POST", "/v2/events" + (q.isEmpty() ? "?silent=no" : q),
					json);
			case "IntegrationEventV3Request" -> {
				String closed = "conformance-closed-" + IDS.incrementAndGet();
				talon.updated(closed, "{\"state\":\"closed\"}");
				yield talon.http().send("POST", "/v3/events" + (q.isEmpty() ? "?silent=no" : q),
						json.replace("\"@closed\"", "\"" + closed + "\""));
			}
			case "NewReferral" -> talon.http().send("POST", "/v1/referrals" + q, json);
			case "NewAudience" -> talon.http().send("POST", "/v2/audiences" + q, json);
			case "UpdateAudience" -> talon.http().send("PUT", "/v2/audiences/1" + q, json);
			case "CustomerProfileAudienceRequest" -> talon.http().send("POST", "/v2/customer_audiences" + q, json);
			case "AttributeQuery" -> talon.http().send("PUT", "/v2/audience_customers/1/attributes" + q, json);
			case "LoyaltyCardRegistration" -> talon.http().send("POST",
					"/v2/loyalty_programs/2/cards/CONFORMANCE-CARD/link_profile" + q, json);
			case "NewReferralsForMultipleAdvocates" -> talon.http().send("POST",
					"/v1/referrals_for_multiple_advocates" + (q.isEmpty() ? "?silent=no" : q), json);
			case "CouponReservations" -> talon.http().send("POST", "/v1/coupon_reservations/WELCOME10" + q, json);
			case "DeleteLoyaltyTransactionsRequest" -> talon.http().send("POST",
					"/v1/loyalty_programs/1/profile/conformance-deleter/delete_transactions" + q, json);
			case "ActivateLoyaltyPoints" -> talon.http().send("POST", "/v1/loyalty_programs/1/activate_points" + q,
					json);
			case "GenerateLoyaltyCard" -> talon.http().send("POST", "/v1/loyalty_programs/2/cards" + q, json);
			case "BestPriorPriceRequest" -> talon.http().send("POST", "/v1/best_prior_price" + q, json);
			case "CatalogSyncRequest" -> talon.http().send("PUT", "/v1/catalogs/" + id.substring(12) + "/sync" + q,
					json);
			default -> throw new IllegalArgumentException(schema);
		};
	}

	/**
	 * The JSON pointers of the spec's problems; a missing property is pointed at by its own path, as the simulator
	 * does.
	 */
	private static Set<String> pointers(List<String> violations) {
		Set<String> pointers = new LinkedHashSet<>();
		for (String violation : violations) {
			int colon = violation.indexOf(": ");
			String at = (colon >= 0) ? violation.substring(0, colon) : violation;
			if (at.equals("/") || at.equals("$")) {
				at = "";
			}
			Matcher required = REQUIRED.matcher(violation);
			if (required.find()) {
				at = at + "/" + required.group(1).replace("~", "~0").replace("/", "~1");
			}
			pointers.add(at);
		}
		return new TreeSet<>(pointers);
	}

	private static Arguments body(String schema, String json) {
		return Arguments.of(schema, Named.of(json.length() > 200 ? json.substring(0, 200) + "..." : json, json));
	}

	private static Arguments addition(String why, String schema, String query, String body, String pointer) {
		return Arguments.of(why, schema, query, body, pointer);
	}

}
