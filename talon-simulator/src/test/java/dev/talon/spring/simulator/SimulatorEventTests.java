package dev.talon.spring.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static dev.talon.spring.simulator.TalonV2.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /v2/events}, {@code POST /v3/events} (advanced events, unique by integration id) and
 * {@code GET /v3/events/{id}}.
 */
class SimulatorEventTests {

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

	@BeforeEach
	void forgetEverything() {
		simulator.reset();
	}

	@Test
	void aV2EventIsSilentByDefaultAndCreatesItsProfile() {
		RawHttp.Answer answer = http.send("POST", "/v2/events",
				"{\"profileId\":\"nina\",\"type\":\"product_viewed\",\"attributes\":{\"sku\":\"MUG\"}}");

		assertThat(answer.status()).isEqualTo(204);
		assertThat(answer.body()).isEmpty();
		assertThat(simulator.profile("nina")).isPresent();
		assertThat(simulator.events()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("product_viewed");
			assertThat(event.profileId()).isEqualTo("nina");
			assertThat(event.sessionId()).isNull();
		});
	}

	@Test
	void aV2EventAnswersTheRequestedPartsWhenNotSilent() {
		JsonNode answer = ok(http.send("POST", "/v2/events?silent=no",
				"{\"profileId\":\"nina\",\"type\":\"product_viewed\",\"attributes\":{\"sku\":\"MUG\"},"
						+ "\"storeIntegrationId\":\"berlin-1\",\"responseContent\":[\"event\",\"customerProfile\","
						+ "\"ruleFailureReasons\"]}"));

		assertThat(answer.path("effects")).isEmpty();
		assertThat(answer.path("createdCoupons")).isEmpty();
		assertThat(answer.path("event").path("type").asString()).isEqualTo("product_viewed");
		assertThat(answer.path("event").path("attributes").path("sku").asString()).isEqualTo("MUG");
		assertThat(answer.path("event").path("storeIntegrationId").asString()).isEqualTo("berlin-1");
		assertThat(answer.path("event").path("id").asLong()).isEqualTo(simulator.events().get(0).id());
		assertThat(answer.path("customerProfile").path("integrationId").asString()).isEqualTo("nina");
		assertThat(answer.path("ruleFailureReasons")).isEmpty();
	}

	@Test
	void anEventNeedsAProfileAndACustomType() {
		RawHttp.Answer withoutProfile = http.send("POST", "/v2/events", "{\"type\":\"viewed\"}");
		RawHttp.Answer emptyProfile = http.send("POST", "/v2/events", "{\"profileId\":\"\",\"type\":\"viewed\"}");
		RawHttp.Answer reserved = http.send("POST", "/v2/events",
				"{\"profileId\":\"oscar\",\"type\":\"talon_session_closed\"}");
		RawHttp.Answer forced = http.send("POST", "/v2/events?forceCompleteEvaluation=true",
				"{\"profileId\":\"oscar\",\"type\":\"viewed\"}");

		assertThat(withoutProfile.pointers()).containsExactly("/profileId");
		assertThat(emptyProfile.pointers()).containsExactly("/profileId");
		assertThat(reserved.pointers()).containsExactly("/type");
		assertThat(forced.status()).isEqualTo(400);
		assertThat(forced.json().path("errors").get(0).path("source").path("parameter").asString())
			.isEqualTo("forceCompleteEvaluation");
		assertThat(simulator.profile("oscar")).isEmpty();
		assertThat(simulator.events()).isEmpty();
	}

	@Test
	void aDryEventRecordsNothing() {
		JsonNode dry = ok(http.send("POST", "/v2/events?silent=no&dry=true&forceCompleteEvaluation=true",
				"{\"profileId\":\"paul\",\"type\":\"viewed\",\"responseContent\":[\"campaignEligibility\"]}"));

		assertThat(dry.path("campaignEligibility").isArray()).isTrue();
		assertThat(simulator.profile("paul")).isEmpty();
		assertThat(simulator.events()).isEmpty();
	}

	@Test
	void anAdvancedEventIsRecordedOnceAndReadBack() {
		String event = "{\"profileId\":\"quinn\",\"type\":\"review_written\",\"integrationId\":\"review-42\","
				+ "\"attributes\":{\"stars\":5},\"responseContent\":[\"advancedEvent\",\"customerProfile\"]}";

		JsonNode first = ok(http.send("POST", "/v3/events?silent=no", event));
		RawHttp.Answer second = http.send("POST", "/v3/events?silent=no", event);
		JsonNode read = ok(http.send("GET", "/v3/events/review-42", null));

		assertThat(first.path("advancedEvent").path("integrationId").asString()).isEqualTo("review-42");
		assertThat(first.path("advancedEvent").path("attributes").path("stars").asInt()).isEqualTo(5);
		assertThat(first.path("customerProfile").path("integrationId").asString()).isEqualTo("quinn");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().path("message").asString()).isEqualTo("An advanced event already exists");
		assertThat(second.json().path("StatusCode").asInt()).isEqualTo(409);
		assertThat(read).isEqualTo(first.path("advancedEvent"));
		assertThat(simulator.advancedEvent("review-42").orElseThrow().type()).isEqualTo("review_written");
		assertThat(simulator.events()).as("the duplicate was not recorded").hasSize(1);
	}

	@Test
	void anAdvancedEventIsSilentByDefaultAndADryOneIsNotKept() {
		RawHttp.Answer dry = http.send("POST", "/v3/events?dry=true",
				"{\"profileId\":\"rosa\",\"type\":\"visited\",\"integrationId\":\"visit-1\"}");
		RawHttp.Answer real = http.send("POST", "/v3/events",
				"{\"profileId\":\"rosa\",\"type\":\"visited\",\"integrationId\":\"visit-1\"}");

		assertThat(dry.status()).isEqualTo(204);
		assertThat(real.status()).as("the dry one did not take the id").isEqualTo(204);
		assertThat(simulator.advancedEvent("visit-1")).isPresent();
		assertThat(http.send("GET", "/v3/events/visit-2", null).status()).isEqualTo(404);
	}

	@Test
	void anAdvancedEventMayReferToAClosedSessionOnly() {
		talon.updated("order-1", "{\"profileId\":\"sam\",\"state\":\"closed\",\"cartItems\":"
				+ array(item("A", "10", 1)) + "}");
		talon.updated("cart-1", "{\"profileId\":\"sam\"}");

		RawHttp.Answer closed = http.send("POST", "/v3/events?silent=no", "{\"profileId\":\"sam\","
				+ "\"type\":\"delivered\",\"integrationId\":\"d-1\",\"connectedSessionId\":\"order-1\","
				+ "\"responseContent\":[\"advancedEvent\"]}");
		RawHttp.Answer open = http.send("POST", "/v3/events", "{\"profileId\":\"sam\",\"type\":\"delivered\","
				+ "\"integrationId\":\"d-2\",\"connectedSessionId\":\"cart-1\"}");

		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("advancedEvent").path("connectedSessionId").asString()).isEqualTo("order-1");
		assertThat(open.status()).isEqualTo(400);
		assertThat(open.pointers()).containsExactly("/connectedSessionId");
		assertThat(simulator.advancedEvent("d-2")).isEmpty();
	}

}
