package dev.talon.spring.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonRetrySettings;
import dev.talon.spring.client.TalonServerErrorException;
import dev.talon.spring.client.TalonTimeoutException;
import dev.talon.spring.client.TalonTransportException;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static dev.talon.spring.simulator.SimulatorSessionTests.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Overlapping session updates get Talon.One's 409, and injected latency, error statuses, dropped connections and
 * outages reach the client as the failures they stand for.
 */
class SimulatorFaultTests {

	private static final Duration WAIT = TalonClients.WAIT;

	private static TalonSimulator simulator;

	private static RawHttp http;

	private static long requestsBefore;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		http = new RawHttp(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void clearFaults() {
		simulator.reset();
	}

	@Test
	void anUpdateOverlappingAnotherOfTheSameSessionGetsA409() throws Exception {
		simulator.faults().latency(Duration.ofMillis(1500));
		CompletableFuture<HttpResponse<String>> first = sendAsync("/v1/customer_sessions/busy-cart", "{}");
		awaitInProgress(first);
		RawHttp.Answer overlapping = http.send("PUT", "/v1/customer_sessions/busy-cart", "{\"coupon\":\"X\"}");
		RawHttp.Answer otherSession = http.send("PUT", "/v1/customer_sessions/other-cart", "{}");

		assertThat(overlapping.status()).isEqualTo(409);
		assertThat(overlapping.json().path("message").asString())
			.isEqualTo("Too many requests are updating this session at the same time");
		assertThat(otherSession.status()).as("other sessions are not blocked").isEqualTo(200);
		assertThat(first.get().statusCode()).isEqualTo(200);
		assertThat(simulator.session("busy-cart").orElseThrow().coupon()).as("the 409 changed nothing").isEmpty();
	}

	@Test
	void anEventOverlappingAnUpdateOfItsSessionGetsA409() throws Exception {
		simulator.faults().latency(Duration.ofMillis(1500));
		CompletableFuture<HttpResponse<String>> update = sendAsync("/v1/customer_sessions/event-cart", "{}");
		awaitInProgress(update);
		RawHttp.Answer event = http.send("POST", "/v1/events",
				"{\"sessionId\":\"event-cart\",\"type\":\"viewed\",\"attributes\":{}}");

		assertThat(event.status()).isEqualTo(409);
		assertThat(update.get().statusCode()).isEqualTo(200);
	}

	@Test
	void theClientSendsABurstOfUpdatesOfOneSessionOneAtATimeSoNoneConflicts() {
		simulator.faults().latency(Duration.ofMillis(30));
		WebClientTalonIntegrationClient talon = TalonClients.apiKey(simulator);
		long before = simulator.requestCount();

		List<IntegrationState> states = Flux.range(1, 5)
			.flatMap((quantity) -> talon.updateCustomerSession("burst-cart",
					NewCustomerSession.builder().cartItems(List.of(item("A", "10.00", quantity))).build()))
			.collectList()
			.block(WAIT);

		assertThat(states).hasSize(5);
		assertThat(simulator.requestCount() - before).as("requests, none of them a 409 retried").isEqualTo(5);
		assertThat(simulator.session("burst-cart").orElseThrow().cartItems().get(0).quantity()).isEqualTo(5);
	}

	@Test
	void latencyBeyondTheReadTimeoutIsAClientTimeoutWhileTheUpdateStillLands() throws Exception {
		WebClientTalonIntegrationClient talon = noRetries(Duration.ofMillis(300));
		talon.updateCustomerSession("warm-up", NewCustomerSession.builder().build()).retry(5).block(WAIT);
		awaitNoRequestInProgress();
		simulator.faults().latency(Duration.ofMillis(1000));

		assertThatThrownBy(() -> talon.updateCustomerSession("slow-cart",
				NewCustomerSession.builder().coupon("WELCOME10").build()).block(WAIT))
			.isInstanceOfSatisfying(TalonTimeoutException.class,
					(ex) -> assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.READ));
		assertThat(simulator.session("slow-cart")).as("still being processed").isEmpty();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (simulator.requestsInProgress() == 0 && simulator.session("slow-cart").isEmpty()
				&& System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(simulator.requestsInProgress()).as("held by the latency").isEqualTo(1);
		while (simulator.requestsInProgress() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(simulator.requestsInProgress()).isZero();
		assertThat(simulator.session("slow-cart")).as("Talon.One applied it after the client gave up").isPresent();
	}

	@Test
	void theNextRequestsFailAndARetrySucceeds() {
		simulator.faults().failNext(2, SimulatedFailure.status(503));
		long before = simulator.requestCount();

		IntegrationState state = TalonClients.apiKey(simulator)
			.updateCustomerSession("flaky-cart", NewCustomerSession.builder().build())
			.block(WAIT);

		assertThat(state.session().integrationId()).isEqualTo("flaky-cart");
		assertThat(simulator.requestCount() - before).isEqualTo(3);
		assertThat(simulator.faults().remainingFailures()).isZero();
	}

	@Test
	void allRequestsFailUntilTheFaultsAreCleared() {
		simulator.faults().failAll(SimulatedFailure.status(500));
		WebClientTalonIntegrationClient talon = TalonClients.apiKey(simulator);

		assertThatThrownBy(() -> talon.updateCustomerSession("down-cart", NewCustomerSession.builder().build())
			.block(WAIT))
			.isInstanceOfSatisfying(TalonServerErrorException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(500);
				assertThat(ex.getAttempts()).isEqualTo(3);
			});
		assertThat(simulator.session("down-cart")).as("a failed request changes nothing").isEmpty();

		simulator.faults().clear();
		assertThat(talon.updateCustomerSession("down-cart", NewCustomerSession.builder().build()).block(WAIT))
			.isNotNull();
	}

	@Test
	void aFailureCanAnnounceRetryAfter() {
		simulator.faults().failNext(1, SimulatedFailure.status(429, Duration.ofSeconds(3)));

		RawHttp.Answer answer = http.send("PUT", "/v1/customer_sessions/limited-cart", "{}");

		assertThat(answer.status()).isEqualTo(429);
		assertThat(answer.response().headers().firstValue("Retry-After")).hasValue("3");
		assertThat(answer.json().path("message").asString()).isEqualTo("Too many requests (injected by the simulator)");
	}

	@Test
	void aDroppedConnectionIsATransportFailureAfterSending() {
		simulator.faults().failNext(1, SimulatedFailure.dropConnection());

		assertThatThrownBy(() -> noRetries(TalonClients.PATIENT_READ_TIMEOUT)
			.updateCustomerSession("dropped-cart", NewCustomerSession.builder().build())
			.block(WAIT))
			.isInstanceOfSatisfying(TalonTransportException.class,
					(ex) -> assertThat(ex.isRequestSent()).isTrue());
	}

	@Test
	void aSuspendedSimulatorRefusesConnectionsAndResumesWithItsState() {
		WebClientTalonIntegrationClient talon = noRetries(TalonClients.PATIENT_READ_TIMEOUT);
		talon.updateCustomerSession("kept-cart", NewCustomerSession.builder().coupon("WELCOME10").build()).block(WAIT);

		simulator.suspend();
		try {
			assertThat(simulator.isSuspended()).isTrue();
			assertThatThrownBy(() -> talon.updateCustomerSession("kept-cart", NewCustomerSession.builder().build())
				.block(WAIT))
				.isInstanceOfSatisfying(TalonTransportException.class,
						(ex) -> assertThat(ex.isRequestSent()).isFalse());
		}
		finally {
			simulator.resume();
		}

		IntegrationState state = talon.updateCustomerSession("kept-cart", NewCustomerSession.builder().build())
			.block(WAIT);
		assertThat(state.session().coupon()).isEqualTo("WELCOME10");
		assertThat(simulator.isSuspended()).isFalse();
	}

	@Test
	void faultsCanBeSetOverHttp() {
		RawHttp.Answer set = http.send("PUT", SimulatorHttpHandler.FAULTS_PATH,
				"{\"latencyMillis\":20,\"failStatus\":503,\"failCount\":1}", new String[0]);
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.json().toString())
			.isEqualTo("{\"latencyMillis\":20,\"failure\":{\"failStatus\":503,\"remaining\":1}}");
		assertThat(simulator.faults().latency()).isEqualTo(Duration.ofMillis(20));

		assertThat(http.send("PUT", "/v1/customer_sessions/admin-cart", "{}").status()).isEqualTo(503);
		assertThat(http.send("PUT", "/v1/customer_sessions/admin-cart", "{}").status()).isEqualTo(200);

		http.send("PUT", SimulatorHttpHandler.FAULTS_PATH, "{\"dropConnections\":true}", new String[0]);
		assertThat(simulator.faults().failure()).isEqualTo(SimulatedFailure.dropConnection());
		assertThat(simulator.faults().remainingFailures()).as("all requests").isEqualTo(-1);

		RawHttp.Answer cleared = http.send("DELETE", SimulatorHttpHandler.FAULTS_PATH, null, new String[0]);
		assertThat(cleared.json().toString()).isEqualTo("{\"latencyMillis\":0,\"failure\":null}");
		assertThat(simulator.faults().failure()).isNull();

		RawHttp.Answer invalid = http.send("PUT", SimulatorHttpHandler.FAULTS_PATH, "{\"latencyMillis\":-1}",
				new String[0]);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.pointers()).containsExactly("/latencyMillis");
	}

	@Test
	void clearingTheFaultsOverHttpAnswersOnceTheHeldRequestsHaveEnded() throws Exception {
		simulator.faults().latency(Duration.ofMillis(1500));
		CompletableFuture<HttpResponse<String>> held = sendAsync("/v1/customer_sessions/held-cart", "{}");
		awaitInProgress(held);

		RawHttp.Answer cleared = http.send("DELETE", SimulatorHttpHandler.FAULTS_PATH, null, new String[0]);

		assertThat(cleared.status()).isEqualTo(200);
		assertThat(simulator.requestsInProgress()).as("the held request ended first").isZero();
		assertThat(held.get().statusCode()).isEqualTo(200);
		assertThat(http.send("PUT", "/v1/customer_sessions/held-cart", "{\"coupon\":\"X\"}").status())
			.as("the session is free at once").isEqualTo(200);
	}

	@Test
	void latencyCanBeConfiguredAtStartAndFaultsAreChecked() {
		try (TalonSimulator slow = TalonSimulator
			.start(TalonSimulatorConfig.defaults().latency(Duration.ofMillis(250)))) {
			assertThat(slow.faults().latency()).isEqualTo(Duration.ofMillis(250));
			slow.faults().latency(Duration.ofSeconds(3)).failAll(SimulatedFailure.status(503));
			slow.reset();
			assertThat(slow.faults().latency()).as("the configuration's, after a reset").isEqualTo(Duration.ofMillis(250));
			assertThat(slow.faults().failure()).isNull();
			slow.faults().clear();
			assertThat(slow.faults().latency()).as("cleared by clear()").isZero();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.faults().failNext(0, SimulatedFailure.status(500)));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatedFailure.status(200));
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.faults().latency(Duration.ofMillis(-1)));
	}

	private static void awaitNoRequestInProgress() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (simulator.requestsInProgress() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

	private static WebClientTalonIntegrationClient noRetries(Duration readTimeout) {
		return TalonClients
			.builder(simulator, TalonCredentials.apiKey(simulator.config().apiKey()), readTimeout)
			.retry(TalonRetrySettings.disabled())
			.build();
	}

	/**
	 * Waits until the simulator has received the request of the given exchange and holds it in its latency (it is
	 * counted before authentication and takes its session well within 100 ms).
	 */
	private static void awaitInProgress(CompletableFuture<HttpResponse<String>> exchange) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (simulator.requestCount() == requestsBefore && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(simulator.requestCount()).as("the first request arrived").isGreaterThan(requestsBefore);
		Thread.sleep(100);
		assertThat(exchange).as("the first request is still in its latency").isNotDone();
	}

	private static CompletableFuture<HttpResponse<String>> sendAsync(String path, String body) {
		requestsBefore = simulator.requestCount();
		HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
			.header("Authorization", "ApiKey-v1 " + simulator.config().apiKey())
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

}
