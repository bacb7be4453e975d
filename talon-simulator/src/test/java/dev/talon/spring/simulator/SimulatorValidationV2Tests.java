package dev.talon.spring.simulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * v2 bodies and query parameters are validated like the 2026 spec (plus the limits it states in prose): 400 with
 * {@code message} and one error per problem, each with a {@code source.pointer} or {@code source.parameter}; an
 * invalid request changes nothing.
 */
class SimulatorValidationV2Tests {

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	private static RawHttp http;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		talon = new TalonV2(simulator);
		http = talon.http();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void eachProblemOfASessionIsPointedAt() {
		RawHttp.Answer answer = talon.updateSession("v2-1", "{\"couponCodes\":[\"OK\",\"" + "X".repeat(101) + "\"],"
				+ "\"referralCode\":5,\"state\":\"paid\",\"identifiers\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"],"
				+ "\"loyaltyCards\":[\"a\",\"b\"],\"storeIntegrationId\":\"\",\"evaluableCampaignIds\":[1.5],"
				+ "\"cartItems\":[{\"sku\":\"\",\"quantity\":0,\"price\":\"1\",\"product\":{}}],"
				+ "\"experimentVariantAllocations\":[{\"experimentID\":1}],\"attributes\":[]}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("message").asString()).isEqualTo("Invalid request");
		assertThat(answer.pointers()).containsExactly("/customerSession/couponCodes/1",
				"/customerSession/referralCode", "/customerSession/state", "/customerSession/identifiers",
				"/customerSession/loyaltyCards", "/customerSession/storeIntegrationId",
				"/customerSession/evaluableCampaignIds/0", "/customerSession/cartItems/0/sku",
				"/customerSession/cartItems/0/quantity", "/customerSession/cartItems/0/price",
				"/customerSession/cartItems/0/product/name",
				"/customerSession/experimentVariantAllocations/0/variantID", "/customerSession/attributes");
		JsonNode errors = answer.json().path("errors");
		assertThat(errors.get(0).path("title").asString()).isEqualTo("must be at most 100 characters long");
		assertThat(errors.get(2).path("title").asString())
			.isEqualTo("must be one of open, closed, partially_returned, cancelled");
		assertThat(errors.get(3).path("title").asString()).isEqualTo("must have at most 5 items");
		assertThat(simulator.session("v2-1")).isEmpty();
	}

	@Test
	void readOnlyFieldsAreRefusedInRequests() {
		RawHttp.Answer answer = talon.updateSession("v2-2", "{\"cartItems\":[{\"sku\":\"A\",\"quantity\":1,"
				+ "\"price\":1,\"position\":0,\"returnedQuantity\":0,\"remainingQuantity\":1,\"catalogItemID\":3,"
				+ "\"prices\":{}}]}");

		assertThat(answer.pointers()).containsExactly("/customerSession/cartItems/0/position",
				"/customerSession/cartItems/0/returnedQuantity", "/customerSession/cartItems/0/remainingQuantity",
				"/customerSession/cartItems/0/catalogItemID", "/customerSession/cartItems/0/prices");
		assertThat(answer.json().path("errors").get(0).path("title").asString()).isEqualTo("is read-only");
	}

	@Test
	void unknownFieldsAreIgnoredAsTheSpecNeverForbidsThem() {
		RawHttp.Answer answer = http.send("PUT", "/v2/customer_sessions/v2-3", "{\"customerSession\":{\"colour\":"
				+ "\"red\",\"cartItems\":[{\"sku\":\"A\",\"quantity\":1,\"price\":1,\"colour\":\"blue\"}]},\"extra\":1}");

		assertThat(answer.status()).isEqualTo(200);
	}

	@Test
	void theBodyNeedsItsRequiredParts() {
		RawHttp.Answer empty = http.send("PUT", "/v2/customer_sessions/v2-4", "{}");
		RawHttp.Answer array = http.send("PUT", "/v2/customer_sessions/v2-4", "[]");
		RawHttp.Answer none = http.send("PUT", "/v2/customer_sessions/v2-4", "");
		RawHttp.Answer returns = http.send("POST", "/v2/customer_sessions/v2-4/returns", "{\"return\":{}}");

		assertThat(empty.pointers()).containsExactly("/customerSession");
		assertThat(array.pointers()).containsExactly("");
		assertThat(none.status()).isEqualTo(400);
		assertThat(returns.pointers()).containsExactly("/return/returnedCartItems");
	}

	@Test
	void theLimitsTheSpecStatesInProseAreEnforced() {
		StringBuilder items = new StringBuilder();
		for (int i = 0; i <= 1000; i++) {
			items.append((i > 0) ? "," : "").append(item("SKU-" + i, "1", 1));
		}

		RawHttp.Answer tooMany = talon.updateSession("v2-5", "{\"cartItems\":[" + items + "]}");
		RawHttp.Answer tooMuch = talon.updateSession("v2-5", "{\"cartItems\":"
				+ array(item("A", "1", 9_000), item("B", "1", 1_001)) + "}");
		RawHttp.Answer justEnough = talon.updateSession("v2-5", "{\"cartItems\":"
				+ array(item("A", "1", 9_000), item("B", "1", 1_000)) + "}");
		RawHttp.Answer withoutPrice = talon.updateSession("v2-5", "{\"cartItems\":[{\"sku\":\"A\",\"quantity\":1}]}");

		assertThat(tooMany.pointers()).containsExactly("/customerSession/cartItems");
		assertThat(tooMany.json().path("errors").get(0).path("title").asString())
			.isEqualTo("must have at most 1000 items");
		assertThat(tooMuch.pointers()).containsExactly("/customerSession/cartItems");
		assertThat(tooMuch.json().path("errors").get(0).path("title").asString())
			.isEqualTo("quantities must sum to at most 10000");
		assertThat(justEnough.status()).isEqualTo(200);
		assertThat(withoutPrice.pointers()).as("the simulator has no catalog")
			.containsExactly("/customerSession/cartItems/0/price");
	}

	@Test
	void additionalCostsAreMapsOfPrices() {
		RawHttp.Answer answer = talon.updateSession("v2-6", "{\"additionalCosts\":{\"shipping\":{},"
				+ "\"wrapping\":{\"price\":\"1\"}},\"cartItems\":[{\"sku\":\"A\",\"quantity\":1,\"price\":1,"
				+ "\"additionalCosts\":5}]}");

		assertThat(answer.pointers()).containsExactly("/customerSession/additionalCosts/shipping/price",
				"/customerSession/additionalCosts/wrapping/price", "/customerSession/cartItems/0/additionalCosts");
	}

	@Test
	void queryParametersAreValidatedAndNamed() {
		RawHttp.Answer dry = http.send("PUT", "/v2/customer_sessions/v2-7?dry=yes", "{\"customerSession\":{}}");
		RawHttp.Answer silent = http.send("POST", "/v2/events?silent=false", "{\"profileId\":\"p\",\"type\":\"t\"}");
		RawHttp.Answer both = http.send("POST", "/v3/events?dry=1&silent=maybe", "{}");

		assertThat(dry.status()).isEqualTo(400);
		assertThat(parameters(dry)).isEqualTo("[dry]");
		assertThat(dry.json().path("errors").get(0).path("details").asString()).isEqualTo("dry is \"yes\"");
		assertThat(parameters(silent)).isEqualTo("[silent]");
		assertThat(parameters(both)).as("parameters, then the body").isEqualTo("[dry, silent, , , ]");
		assertThat(both.pointers()).containsExactly("", "", "/profileId", "/type", "/integrationId");
		assertThat(simulator.session("v2-7")).isEmpty();
	}

	@Test
	void todaysReferralFieldsAreValidated() {
		RawHttp.Answer answer = http.send("POST", "/v1/referrals", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\""
				+ "a".repeat(1001) + "\",\"usageLimit\":1000000,\"attributes\":\"x\"}");
		RawHttp.Answer valid = http.send("POST", "/v1/referrals", "{\"campaignId\":5,"
				+ "\"advocateProfileIntegrationId\":\"ann\",\"usageLimit\":0,\"attributes\":{\"channel\":\"app\"}}");

		assertThat(answer.pointers()).containsExactly("/advocateProfileIntegrationId", "/usageLimit", "/attributes");
		assertThat(answer.json().path("errors").get(1).path("title").asString()).isEqualTo("must be at most 999999");
		assertThat(valid.status()).isEqualTo(201);
		assertThat(valid.json().path("usageLimit").asLong()).isZero();
		assertThat(valid.json().path("attributes").path("channel").asString()).isEqualTo("app");
	}

	@Test
	void anAdvancedEventNeedsItsIdsAndAtMostOneLoyaltyCard() {
		RawHttp.Answer answer = http.send("POST", "/v3/events", "{\"profileId\":\"p\",\"type\":\"t\","
				+ "\"integrationId\":\"\",\"connectedSessionId\":\"\",\"loyaltyCards\":[\"a\",\"b\"]}");

		assertThat(answer.pointers()).containsExactly("/integrationId", "/connectedSessionId", "/loyaltyCards");
	}

	private static String parameters(RawHttp.Answer answer) {
		List<String> parameters = new ArrayList<>();
		answer.json().path("errors")
			.forEach((error) -> parameters.add(error.path("source").path("parameter").asString("")));
		return parameters.toString();
	}

}
