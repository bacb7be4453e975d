package dev.talon.spring.simulator;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The requests a simulator records for tests ({@link TalonSimulator#requests()}): every request that reached an
 * operation, in order of arrival, whatever its answer, with its body and decoded parameters and never its
 * credentials; bounded; forgotten by a reset.
 */
class SimulatorRequestLogTests {

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey("log-test-key-0001"));
		talon = new TalonV2(simulator);
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
	void eachRequestIsRecordedInOrderWithItsOperationParametersBodyAndStatus() {
		Instant before = Instant.now();
		String session = "{\"profileId\":\"ann\",\"state\":\"closed\",\"cartItems\":" + array(item("A", "10", 1)) + "}";
		talon.updated("cart 1/ü", session);
		talon.updateSessionWithQuery("cart-2", "dry=true&now=2099-01-01T00:00:00Z", "{}");
		talon.returnItemsWithKey("cart 1/ü", "R-1", "[{\"position\":0}]");
		talon.http().send("PUT", "/v1/customer_profiles/ann", "{\"attributes\":{\"tier\":\"gold\"}}");

		List<RecordedRequest> requests = simulator.requests();

		assertThat(requests).extracting(RecordedRequest::operationId)
			.containsExactly("updateCustomerSessionV2", "updateCustomerSessionV2", "returnCartItems",
					"updateCustomerProfile");
		RecordedRequest first = requests.get(0);
		assertThat(first.method()).isEqualTo("PUT");
		assertThat(first.path()).isEqualTo("/v2/customer_sessions/cart%201%2F%C3%BC");
		assertThat(first.pathParameters()).containsExactly(Map.entry("customerSessionId", "cart 1/ü"));
		assertThat(first.pathParameter("customerSessionId")).isEqualTo("cart 1/ü");
		assertThat(first.query()).isEmpty();
		assertThat(first.body()).isEqualTo("{\"customerSession\":" + session + "}");
		assertThat(first.idempotencyKey()).isNull();
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.received()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(requests.get(1).query()).containsExactly(Map.entry("dry", List.of("true")),
				Map.entry("now", List.of("2099-01-01T00:00:00Z")));
		assertThat(requests.get(1).queryParameter("dry")).isEqualTo("true");
		assertThat(requests.get(1).queryParameter("silent")).isNull();
		assertThat(requests.get(2).idempotencyKey()).isEqualTo("R-1");
		assertThat(requests.get(2).status()).isEqualTo(200);
		assertThat(requests.get(3).pathParameter("integrationId")).isEqualTo("ann");
	}

	@Test
	void refusedAndFailedRequestsAreRecordedWithTheirStatusButNeverTheCredentials() {
		talon.http().send("PUT", "/v2/customer_sessions/s-1", "{\"customerSession\":{}}", "Authorization",
				"ApiKey-v1 a-stolen-key-000");
		talon.updateSession("s-1", "{\"cartItems\":[{\"sku\":\"A\",\"quantity\":0,\"price\":1}]}");
		simulator.faults().failNext(1, SimulatedFailure.status(503));
		talon.updateSession("s-1", "{}");
		simulator.faults().failNext(1, SimulatedFailure.dropConnection());
		assertThatThrownBy(() -> talon.updateSession("s-1", "{}")).isInstanceOf(UncheckedIOException.class);
		talon.http().send("GET", "/v2/nothing-here", null);
		talon.http().send("GET", "/v1/customer_profiles/ann/inventory?profile=yes", null);

		List<RecordedRequest> requests = simulator.requests();

		assertThat(requests).as("the 404 of a path that is no operation is not recorded")
			.extracting(RecordedRequest::status)
			.containsExactly(401, 400, 503, 0, 400);
		assertThat(requests.get(4).query()).containsEntry("profile", List.of("yes"));
		assertThat(requests.toString()).doesNotContain("a-stolen-key-000").doesNotContain("log-test-key-0001");
	}

	@Test
	void aRequestHeldByALatencyIsListedFromItsArrivalAndAnsweredLater() throws Exception {
		simulator.faults().latency(Duration.ofMillis(800));
		CompletableFuture<HttpResponse<String>> held = talon.http().sendAsync("PUT", "/v2/customer_sessions/slow",
				"{\"customerSession\":{}}");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (simulator.requests().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}

		assertThat(simulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.status()).as("not answered yet").isZero());
		assertThat(held.get().statusCode()).isEqualTo(200);
		assertThat(simulator.requests()).singleElement()
			.satisfies((request) -> assertThat(request.status()).isEqualTo(200));
	}

	@Test
	void theLogKeepsTheLatestRequestsOnly() {
		RequestLog log = new RequestLog(2, 100);
		for (String id : List.of("a", "b", "c")) {
			log.add("getCustomerSession", "GET", "/v2/customer_sessions/" + id, Map.of("customerSessionId", id),
					Map.of(), null, null, Instant.EPOCH);
		}

		assertThat(log.snapshot()).extracting((request) -> request.pathParameter("customerSessionId"))
			.containsExactly("b", "c");
		assertThat(RequestLog.MAX_REQUESTS).isEqualTo(10_000);
	}

	@Test
	void theLogKeepsTheBodiesOfTheLatestRequestsUpToItsBoundButAlwaysTheLatestRequest() {
		RequestLog log = new RequestLog(10, 100);
		for (String id : List.of("a", "b", "c")) {
			log.add("trackEventV2", "POST", "/v2/events", Map.of(), Map.of(), id.repeat(40), null, Instant.EPOCH);
		}
		assertThat(log.snapshot()).extracting(RecordedRequest::body).containsExactly("b".repeat(40), "c".repeat(40));

		log.add("trackEventV2", "POST", "/v2/events", Map.of(), Map.of(), "d".repeat(200), null, Instant.EPOCH);
		assertThat(log.snapshot()).extracting(RecordedRequest::body).containsExactly("d".repeat(200));

		log.clear();
		log.add("trackEventV2", "POST", "/v2/events", Map.of(), Map.of(), "e".repeat(90), null, Instant.EPOCH);
		assertThat(log.snapshot()).hasSize(1);
	}

	@Test
	void aResetForgetsTheRequests() {
		talon.updated("r-1", "{}");

		simulator.reset();

		assertThat(simulator.requests()).isEmpty();
		assertThat(simulator.requestCount()).as("the count of all requests is kept").isPositive();
	}

}
