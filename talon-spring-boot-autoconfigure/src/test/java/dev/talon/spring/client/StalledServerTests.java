package dev.talon.spring.client;

import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.NewReferral;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A stalled Talon.One: every call ends with a {@link TalonTimeoutException} at the call timeout (not at the longer
 * read timeout), all in parallel, and afterwards the client works normally with no connection left behind.
 * <p>
 * WireMock answers asynchronously, so that its stalled answers (10 s, far beyond the test) hold no server thread;
 * they are still pending when the test ends, which is harmless: the client closed those connections long before.
 */
class StalledServerTests {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);

	/** Larger than the call timeout: the call timeout is what a stalled server must hit. */
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

	private static final int STALL_MILLIS = 10_000;

	/** Generous slack on top of the call timeout (a busy 2-core machine needs it). */
	private static final Duration MARGIN = Duration.ofSeconds(2);

	/**
	 * Calls of the burst after the stall in flight at once. WireMock costs a few ms of CPU per request: on a busy
	 * 2-core machine 25 concurrent calls already queue for hundreds of ms, which is not what this test is about.
	 * (Whether connections leaked is what the pool's gauge of acquired connections shows.)
	 */
	private static final int BURST_CONCURRENCY = 10;

	/** Room for the 500 stalled calls; a leaked connection shows in the pool's gauge of acquired connections. */
	private static final int MAX_CONNECTIONS = 600;

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort()
			.bindAddress("127.0.0.1")
			.containerThreads(100)
			.jettyAcceptors(2)
			.jettyAcceptQueueSize(2048)
			.asynchronousResponseEnabled(true)
			.asynchronousResponseThreads(4)
			.jettyStopTimeout(500L))
		.build();

	private final PoolMetrics pool = new PoolMetrics();

	private final ConnectionProvider provider = ConnectionProvider.builder("stalled")
		.maxConnections(MAX_CONNECTIONS)
		.pendingAcquireMaxCount(-1)
		.pendingAcquireTimeout(Duration.ofSeconds(10))
		.metrics(true, () -> this.pool)
		.build();

	private final WebClientTalonIntegrationClient client = client(CALL_TIMEOUT);

	@BeforeEach
	void warmUp() {
		// a first call loads and initialises what every call uses: the measured calls do not pay for that
		talon.stubFor(any(anyUrl()).willReturn(okJson(TalonFixtures.INTEGRATION_STATE)));
		WebClientTalonIntegrationClient patient = client(Duration.ofSeconds(10));
		for (int i = 0; i < 5; i++) {
			patient.updateCustomerSession("warm-up", session(i)).block(Duration.ofSeconds(10));
		}
		talon.resetAll();
	}

	@AfterEach
	void shutDown() {
		talon.resetAll();
		this.provider.disposeLater().block(Duration.ofSeconds(10));
	}

	@Test
	void fiveHundredConcurrentCallsTimeOutOnTimeAndTheClientRecoversWithoutLeakedConnections() throws Exception {
		talon.stubFor(any(anyUrl()).willReturn(okJson(TalonFixtures.INTEGRATION_STATE).withFixedDelay(STALL_MILLIS)));
		List<Timed> stalled = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			stalled.add(timed(this.client.updateCustomerSession("cart-" + i, session(i))));
		}
		Thread.sleep(CALL_TIMEOUT.toMillis() / 2);
		int connectionsDuringTheStall = this.pool.acquired();
		awaitAll(stalled);

		for (Timed call : stalled) {
			assertThat(call.failure()).isInstanceOfSatisfying(TalonTimeoutException.class, (ex) -> {
				assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.CALL);
				assertThat(ex.getAttempts()).isEqualTo(1);
				assertThat(ex).hasMessageStartingWith(
						"Talon.One updateCustomerSession timed out: the call did not complete within 1000 ms");
			});
			assertThat(call.elapsed()).isBetween(CALL_TIMEOUT, CALL_TIMEOUT.plus(MARGIN));
		}
		// all 500 at once on an idle machine; fewer when a busy CPU makes subscribing them take longer than 1 s
		assertThat(peakConcurrency(stalled)).as("calls in flight at the same time").isGreaterThanOrEqualTo(25);
		assertThat(connectionsDuringTheStall).as("connections in use during the stall").isPositive();
		assertThat(talon.getAllServeEvents()).as("requests that reached the stalled server").hasSizeBetween(1, 500);
		await(() -> this.pool.acquired() == 0, "the stalled connections to be released");
		await(() -> this.client.sessionsInFlight() == 0, "the sessions to be idle");

		// Talon.One is back: a burst of calls (of the same sessions) succeeds with the same client
		talon.resetAll();
		talon.stubFor(any(anyUrl()).willReturn(okJson(TalonFixtures.INTEGRATION_STATE)));
		List<Timed> burst = Collections.synchronizedList(new ArrayList<>());
		Flux.range(0, 200)
			.flatMap((i) -> {
				Timed call = timed(this.client.updateCustomerSession("cart-" + i, session(i)));
				burst.add(call);
				return Mono.fromFuture(call.result()).onErrorResume((ex) -> Mono.empty());
			}, BURST_CONCURRENCY)
			.blockLast(Duration.ofSeconds(30));

		for (Timed call : burst) {
			assertThat(call.failure()).as("failure of a call after the stall").isNull();
			assertThat(call.value()).isInstanceOfSatisfying(IntegrationState.class,
					(state) -> assertThat(state.effects()).hasSize(4));
		}
		assertThat(talon.getAllServeEvents()).hasSize(200);
		assertThat(this.client.sessionsInFlight()).isZero();
		await(() -> this.pool.acquired() == 0, "the connections of the burst to be released");
		assertThat(this.pool.metrics.get().idleSize()).as("connections kept for reuse").isPositive();
	}

	@Test
	void everyOperationTimesOutOnTimeAgainstAStalledServer() throws Exception {
		talon.stubFor(any(anyUrl()).willReturn(okJson(TalonFixtures.INTEGRATION_STATE).withFixedDelay(STALL_MILLIS)));
		List<Timed> calls = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			calls.add(timed(this.client.updateCustomerSession("cart-" + i, session(i))));
			calls.add(timed(this.client.updateCustomerProfile("customer-" + i, NewCustomerProfile.of(Map.of("n", i)))));
			calls.add(timed(this.client
				.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("Email", i + "@x.test")))));
			calls.add(timed(this.client.trackEvent(NewEvent.builder("cart-" + i, "checkout_started").build())));
			calls.add(timed(this.client.createReferral(NewReferral.builder(12, "customer-" + i).build())));
		}
		awaitAll(calls);

		for (Timed call : calls) {
			assertThat(call.failure()).isInstanceOfSatisfying(TalonTimeoutException.class, (ex) -> {
				assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.CALL);
				assertThat(ex.getAttempts()).isEqualTo(1);
			});
			assertThat(call.elapsed()).isBetween(CALL_TIMEOUT, CALL_TIMEOUT.plus(MARGIN));
		}
		assertThat(peakConcurrency(calls)).as("calls in flight at the same time").isGreaterThanOrEqualTo(10);
		assertThat(talon.getAllServeEvents()).as("requests that reached the stalled server, none twice")
			.hasSizeBetween(1, 100);
		await(() -> this.pool.acquired() == 0, "the stalled connections to be released");
	}

	private WebClientTalonIntegrationClient client(Duration timeout) {
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(
						HttpClient.create(this.provider).responseTimeout(READ_TIMEOUT))),
					URI.create("http://127.0.0.1:" + talon.getPort()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.timeout(timeout)
			.build();
	}

	private static NewCustomerSession session(int i) {
		return NewCustomerSession.builder()
			.profileId("customer-" + i)
			.state(CustomerSessionState.OPEN)
			.attributes(Map.of("n", i))
			.build();
	}

	private static Timed timed(Mono<?> call) {
		AtomicLong start = new AtomicLong();
		AtomicLong end = new AtomicLong();
		CompletableFuture<?> result = Mono.defer(() -> {
			start.set(System.nanoTime());
			return call;
		}).doOnTerminate(() -> end.set(System.nanoTime())).toFuture();
		return new Timed(result, start, end);
	}

	/** The most calls that were in flight at the same time (subscribed and not yet ended). */
	private static int peakConcurrency(List<Timed> calls) {
		List<long[]> events = new ArrayList<>();
		for (Timed call : calls) {
			events.add(new long[] { call.start().get(), 1 });
			events.add(new long[] { call.end().get(), -1 });
		}
		events.sort((a, b) -> (a[0] != b[0]) ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		int current = 0;
		int peak = 0;
		for (long[] event : events) {
			current += (int) event[1];
			peak = Math.max(peak, current);
		}
		return peak;
	}

	private static void awaitAll(List<Timed> calls) throws Exception {
		CompletableFuture.allOf(calls.stream().map(Timed::result).toArray(CompletableFuture[]::new))
			.exceptionally((ex) -> null)
			.get(30, TimeUnit.SECONDS);
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out waiting for " + what);
			}
			Thread.sleep(5);
		}
	}

	record Timed(CompletableFuture<?> result, AtomicLong start, AtomicLong end) {

		Throwable failure() {
			try {
				this.result.getNow(null);
				return null;
			}
			catch (java.util.concurrent.CompletionException ex) {
				return ex.getCause();
			}
		}

		Object value() {
			return this.result.getNow(null);
		}

		Duration elapsed() {
			return Duration.ofNanos(this.end.get() - this.start.get());
		}

	}

	/** The connection pool's gauges, as Reactor Netty registers them. */
	static final class PoolMetrics implements ConnectionProvider.MeterRegistrar {

		final AtomicReference<ConnectionPoolMetrics> metrics = new AtomicReference<>();

		@Override
		public void registerMetrics(String poolName, String id, SocketAddress remoteAddress,
				ConnectionPoolMetrics metrics) {
			this.metrics.set(metrics);
		}

		int acquired() {
			ConnectionPoolMetrics current = this.metrics.get();
			return (current != null) ? current.acquiredSize() : 0;
		}

	}

}
