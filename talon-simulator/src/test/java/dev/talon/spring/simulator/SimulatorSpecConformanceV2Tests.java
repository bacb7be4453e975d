package dev.talon.spring.simulator;

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

	@BeforeAll
	static void start() {
		spec = TalonApiSpec.v2();
		simulator = TalonSimulator.start();
		talon = new TalonV2(simulator);
	}

	@AfterAll
	static void stop() {
		if (simulator != null) {
			simulator.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = SimulatorHttpHandler.Operation.class, names = { "UPDATE_CUSTOMER_SESSION_V2",
			"GET_CUSTOMER_SESSION", "REOPEN_CUSTOMER_SESSION", "RETURN_CART_ITEMS", "UPDATE_CUSTOMER_PROFILE_V2",
			"UPDATE_CUSTOMER_PROFILES_V2", "TRACK_EVENT_V2", "TRACK_EVENT_V3", "GET_EVENT_V3", "CREATE_REFERRAL" })
	void theOperationsAreTheSpecs(SimulatorHttpHandler.Operation operation) {
		TalonApiSpec.Operation specified = spec.operation(operation.operationId()).orElseThrow();

		assertThat(operation.method()).isEqualTo(specified.method());
		assertThat(operation.template()).isEqualTo(specified.path().replaceAll("\\{[^}]+}", "{}"));
		assertThat(operation.parameters()).containsExactlyInAnyOrderElementsOf(
				specified.parameters("query").stream().map(TalonApiSpec.Parameter::name).toList());
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
				body("NewReferral", "{\"advocateProfileIntegrationId\":\"a\",\"usageLimit\":\"1\"}"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("bodies")
	void theSimulatorRefusesExactlyWhatTheSpecRefusesAtTheSamePlaces(String schema, String body) {
		String json = body.replace("\"#\"", "\"conformance-" + IDS.incrementAndGet() + "\"");
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
				addition("price, required for items not in a catalog (the simulator has none)", "IntegrationRequest",
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
						"/advocateProfileIntegrationId"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("simulatorAdditions")
	void theSimulatorAddsWhatTheSpecStatesInProse(String why, String schema, String query, String body,
			String pointer) {
		assertThat(spec.requestViolations(schema, body)).as("the spec's schema accepts it").isEmpty();

		RawHttp.Answer answer = send(schema, query, body);

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
