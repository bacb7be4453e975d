package dev.talon.spring.simulator;

import java.time.Duration;
import java.util.List;

import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Request bodies are validated like the v1 spec: 400 with {@code message} and one error per problem, each with a
 * {@code source.pointer}; an invalid request changes nothing.
 */
class SimulatorValidationTests {

	private static TalonSimulator simulator;

	private static RawHttp http;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		http = new RawHttp(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void aBadQuantityIsPointedAt() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_sessions/v-1",
				"{\"cartItems\":[{\"sku\":\"A\",\"name\":\"a\",\"quantity\":1,\"price\":1},"
						+ "{\"sku\":\"B\",\"name\":\"b\",\"quantity\":0,\"price\":2.5}]}");

		assertThat(answer.status()).isEqualTo(400);
		JsonNode body = answer.json();
		assertThat(body.path("message").asString()).isEqualTo("Invalid request");
		assertThat(body.path("errors")).hasSize(1);
		JsonNode error = body.path("errors").get(0);
		assertThat(error.path("title").asString()).isEqualTo("must be at least 1");
		assertThat(error.path("details").asString()).isEqualTo("quantity is 0");
		assertThat(error.path("source").path("pointer").asString()).isEqualTo("/cartItems/1/quantity");
		assertThat(simulator.session("v-1")).isEmpty();
	}

	@Test
	void anUnknownFieldIsRefusedWhereTheSpecForbidsIt() {
		RawHttp.Answer session = http.send("PUT", "/v1/customer_sessions/v-2", "{\"cupon\":\"WELCOME10\"}");
		RawHttp.Answer event = http.send("POST", "/v1/events",
				"{\"sessionId\":\"v-2\",\"type\":\"viewed\",\"attributes\":{},\"when\":\"now\"}");

		assertThat(session.status()).isEqualTo(400);
		assertThat(session.pointers()).containsExactly("/cupon");
		assertThat(session.json().path("errors").get(0).path("title").asString()).isEqualTo("unknown field");
		assertThat(event.status()).isEqualTo(400);
		assertThat(event.pointers()).containsExactly("/when");
	}

	@Test
	void anUnknownFieldIsIgnoredWhereTheSpecAllowsIt() {
		RawHttp.Answer item = http.send("PUT", "/v1/customer_sessions/v-3",
				"{\"cartItems\":[{\"sku\":\"A\",\"name\":\"a\",\"quantity\":1,\"price\":1,\"colour\":\"red\"}]}");
		RawHttp.Answer profile = http.send("PUT", "/v1/customer_profiles/v-3",
				"{\"attributes\":{},\"nickname\":\"x\"}");

		assertThat(item.status()).isEqualTo(200);
		assertThat(profile.status()).isEqualTo(200);
	}

	@Test
	void missingRequiredFieldsAreEachReported() {
		RawHttp.Answer item = http.send("PUT", "/v1/customer_sessions/v-4", "{\"cartItems\":[{\"sku\":\"A\"}]}");
		RawHttp.Answer event = http.send("POST", "/v1/events", "{\"type\":\"viewed\"}");
		RawHttp.Answer referral = http.send("POST", "/v1/referrals", "{}");
		RawHttp.Answer search = http.send("POST", "/v1/customer_profiles_search", "{}");

		assertThat(item.pointers()).containsExactly("/cartItems/0/name", "/cartItems/0/quantity",
				"/cartItems/0/price");
		assertThat(item.json().path("errors").get(0).path("title").asString()).isEqualTo("is required");
		assertThat(event.pointers()).containsExactly("/sessionId", "/attributes");
		assertThat(referral.pointers()).containsExactly("/campaignId", "/advocateProfileIntegrationId");
		assertThat(search.pointers()).containsExactly("/attributes");
		assertThat(List.of(item.status(), event.status(), referral.status(), search.status()))
			.containsOnly(400);
	}

	@Test
	void badValuesAreReportedWithWhatWasSent() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_sessions/v-5",
				"{\"state\":\"paid\",\"total\":\"12.50\",\"profileId\":7,\"attributes\":[],"
						+ "\"cartItems\":[{\"sku\":\"\",\"name\":\"a\",\"quantity\":1.5,\"price\":1,"
						+ "\"adjustment\":{\"payFromLoyaltyProgram\":1,\"pointPayment\":0,\"remainingPrice\":-1}}]}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.pointers()).containsExactly("/state", "/total", "/profileId", "/attributes",
				"/cartItems/0/sku", "/cartItems/0/quantity", "/cartItems/0/adjustment/pointPayment",
				"/cartItems/0/adjustment/remainingPrice");
		JsonNode errors = answer.json().path("errors");
		assertThat(errors.get(0).path("title").asString()).isEqualTo("must be one of open, closed, cancelled");
		assertThat(errors.get(1).path("details").asString()).isEqualTo("total is a string (\"12.50\")");
		assertThat(errors.get(5).path("title").asString()).isEqualTo("must be an integer");
	}

	@Test
	void aMalformedDateIsRefused() {
		RawHttp.Answer answer = http.send("POST", "/v1/referrals",
				"{\"campaignId\":5,\"advocateProfileIntegrationId\":\"a\",\"expiryDate\":\"next week\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.pointers()).containsExactly("/expiryDate");
		assertThat(answer.json().path("errors").get(0).path("title").asString())
			.isEqualTo("must be an RFC 3339 date-time");
	}

	@Test
	void bodiesThatAreNotJsonObjectsAreRefused() {
		RawHttp.Answer broken = http.send("PUT", "/v1/customer_sessions/v-6", "{\"cartItems\": [");
		RawHttp.Answer array = http.send("PUT", "/v1/customer_sessions/v-6", "[]");
		RawHttp.Answer empty = http.send("PUT", "/v1/customer_sessions/v-6", "");

		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().path("message").asString()).isEqualTo("Invalid JSON");
		assertThat(array.status()).isEqualTo(400);
		assertThat(array.json().path("errors").get(0).path("title").asString()).isEqualTo("must be an object");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(simulator.session("v-6")).isEmpty();
	}

	@Test
	void aPointerEscapesSlashAndTildeInFieldNames() {
		RawHttp.Answer answer = http.send("PUT", "/v1/customer_sessions/v-7", "{\"a/b~c\":1}");

		assertThat(answer.pointers()).containsExactly("/a~1b~0c");
	}

	@Test
	void unknownPathsAndMethodsAreNotOperations() {
		assertThat(http.send("GET", "/v1/customer_sessions/v-8", null).status()).isEqualTo(405);
		assertThat(http.send("PUT", "/v3/customer_sessions/v-8", "{}").status()).isEqualTo(404);
		assertThat(http.send("PUT", "/v1/customer_sessions/", "{}").status()).isEqualTo(404);
	}

	@Test
	void aReservedEventTypeIsRefused() {
		assertThatThrownBy(() -> TalonClients.apiKey(simulator)
			.trackEvent(NewEvent.builder("v-9", "talon_session_updated").build())
			.block(TalonClients.WAIT))
			.isInstanceOfSatisfying(TalonClientErrorException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorResponse().orElseThrow().errors().get(0).source().pointer()).isEqualTo("/type");
			});
	}

	@Test
	void anIdIsOneDecodedPathSegment() {
		String id = "a/b c?d#e%f+ü";
		assertThat(TalonClients.apiKey(simulator)
			.updateCustomerSession(id, NewCustomerSession.builder().build())
			.block(TalonClients.WAIT)
			.session()
			.integrationId()).isEqualTo(id);
		assertThat(simulator.session(id)).isPresent();
	}

}
