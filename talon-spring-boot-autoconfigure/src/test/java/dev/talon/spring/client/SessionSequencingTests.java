package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPoints;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPointsResponse;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.DeleteLoyaltyTransactionsRequest;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV2Response;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.LoyaltyCardRegistration;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.ReopenSessionResponse;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Updates of one customer session are sent one at a time, in call (subscription) order, optionally coalesced, while
 * different sessions proceed in parallel; the per-session state disappears when a session is idle. v1 and v2 updates
 * of a session, its reopening and its returns share its queue; a profile's v2 updates and its v2 and v3 events share
 * the profile's; reads are not queued.
 * <p>
 * The server is WireMock with a transformer ({@link LaneServer}) that behaves like Talon.One towards parallel updates:
 * it answers 409 to
 * an update of a session that already has one in flight (and counts it), takes a small random time per update, and
 * records, per session, the sequence number each update carries in its attributes, with arrival and departure times.
 * Retries are off, so that a 409 would fail a call instead of being hidden by a retry.
 */
class SessionSequencingTests {

	private static final JsonMapper JSON = TalonJson.mapper();

	private static final LaneServer server = new LaneServer();

	private static final Duration WAIT = Duration.ofSeconds(30);

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort()
			.bindAddress("127.0.0.1")
			.containerThreads(420)
			.jettyAcceptQueueSize(1024)
			.extensions(server))
		.build();

	private final List<ConnectionProvider> providers = new ArrayList<>();

	@BeforeEach
	void stubSessions() {
		server.reset();
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(LaneServer.NAME)));
	}

	@AfterEach
	void openGateAndDispose() throws InterruptedException {
		server.openGate();
		// no request of this test may still be in the server when the next test starts
		await(() -> server.inFlight.get() == 0, "the server to finish this test's requests");
		for (ConnectionProvider provider : this.providers) {
			provider.disposeLater().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void twoThousandConcurrentUpdatesOfTwoHundredSessionsReachTheServerOneAtATimeInCallOrder() throws Exception {
		WebClientTalonIntegrationClient client = client(false, Duration.ofSeconds(30));

		List<Update> updates = subscribe(client, 200, 10);
		int sessionsInFlight = client.sessionsInFlight();
		awaitAll(updates);

		for (Update update : updates) {
			assertThat(update.result()).as(update.toString()).succeedsWithin(Duration.ZERO)
				.satisfies((state) -> assertThat(seq(state)).isEqualTo(update.seq));
		}
		assertThat(server.conflicts).as("updates that overlapped another update of their session").hasValue(0);
		assertThat(server.received).hasSize(200);
		server.received.forEach((session, received) -> {
			assertThat(received).as(session).extracting(LaneServer.Received::seq).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
			assertOneAtATime(session, received);
		});
		assertThat(server.maxInFlight).as("updates of different sessions in flight at the same time")
			.hasValueGreaterThan(1);
		assertThat(sessionsInFlight).as("sessions in flight while the updates ran").isPositive();
		assertThat(client.sessionsInFlight()).as("sessions in flight afterwards").isZero();
	}

	@Test
	void coalescedUpdatesReachTheServerAsAnOrderedSubsequenceEndingWithTheLastOne() throws Exception {
		server.delayMillis(10, 30);
		WebClientTalonIntegrationClient client = client(true, Duration.ofSeconds(30));

		List<Update> updates = subscribe(client, 200, 10);
		awaitAll(updates);

		assertThat(server.conflicts).hasValue(0);
		assertThat(server.received).hasSize(200);
		int sent = 0;
		for (Map.Entry<String, List<LaneServer.Received>> entry : server.received.entrySet()) {
			List<Integer> seen = entry.getValue().stream().map(LaneServer.Received::seq).toList();
			assertThat(seen).as(entry.getKey()).isSorted().doesNotHaveDuplicates().startsWith(0).endsWith(9);
			assertOneAtATime(entry.getKey(), entry.getValue());
			sent += seen.size();
		}
		assertThat(sent).as("updates sent").isLessThan(updates.size());
		for (Update update : updates) {
			List<Integer> seen = seen(update.session);
			int expected = seen.stream().filter((seq) -> seq >= update.seq).findFirst().orElseThrow();
			assertThat(update.result()).as(update.toString()).succeedsWithin(Duration.ZERO)
				.satisfies((state) -> assertThat(seq(state)).as("result of " + update).isEqualTo(expected));
		}
		assertThat(client.sessionsInFlight()).isZero();
	}

	@Test
	void whileAnUpdateIsInFlightOnlyTheNewestWaitingOneIsSentAndTheOthersGetItsResult() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(true, Duration.ofSeconds(30));

		List<Update> updates = subscribe(client, 200, 10);
		await(() -> server.arrivals.get() == 200, "the first update of every session to arrive");
		assertThat(client.sessionsInFlight()).isEqualTo(200);
		server.openGate();
		awaitAll(updates);

		assertThat(server.conflicts).hasValue(0);
		server.received.forEach((session, received) -> assertThat(received).as(session)
			.extracting(LaneServer.Received::seq)
			.containsExactly(0, 9));
		for (Update update : updates) {
			assertThat(update.result()).succeedsWithin(Duration.ZERO)
				.satisfies((state) -> assertThat(seq(state)).isEqualTo((update.seq == 0) ? 0 : 9));
		}
		assertThat(client.sessionsInFlight()).isZero();
	}

	@Test
	void updatesThatChangeTheSessionStateAreNeverSupersededWhenCoalescing() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(true, Duration.ofSeconds(30));
		CustomerSessionState open = CustomerSessionState.OPEN;
		CustomerSessionState closed = CustomerSessionState.CLOSED;
		CustomerSessionState cancelled = CustomerSessionState.CANCELLED;

		List<Update> closing = subscribe(client, "cart-closing", open, open, closed, open, open);
		List<Update> cancelling = subscribe(client, "cart-cancelling", open, open, open, cancelled);
		List<Update> closedTwice = subscribe(client, "cart-closed-twice", open, closed, closed, open);
		List<Update> noState = subscribe(client, "cart-no-state", null, null, null);
		await(() -> server.arrivals.get() == 4, "the first update of every session to arrive");
		server.openGate();
		List<Update> all = new ArrayList<>();
		List.of(closing, cancelling, closedTwice, noState).forEach(all::addAll);
		awaitAll(all);

		// a state change never absorbs the cart updates waiting before it (it may carry only the state): they are
		// coalesced among themselves and sent first
		assertThat(seen("cart-closing")).containsExactly(0, 1, 2, 4);
		assertResults(closing, 0, 1, 2, 4, 4);
		assertThat(closing.get(1).result().join().session().state()).as("the update before the close")
			.isEqualTo(open);
		assertThat(seen("cart-cancelling")).containsExactly(0, 2, 3);
		assertResults(cancelling, 0, 2, 2, 3);
		assertThat(seen("cart-closed-twice")).containsExactly(0, 1, 2, 3);
		assertResults(closedTwice, 0, 1, 2, 3);
		assertThat(seen("cart-no-state")).containsExactly(0, 2);
		assertResults(noState, 0, 2, 2);
		assertThat(server.conflicts).hasValue(0);
		assertThat(client.sessionsInFlight()).isZero();
	}

	@ParameterizedTest(name = "coalesce={0}")
	@ValueSource(booleans = { false, true })
	void updatesWhoseCallersStopWaitingAreStillSentInTheirTurnByDefault(boolean coalesce) throws Exception {
		server.closeGate();
		List<TalonCallResult> ended = new CopyOnWriteArrayList<>();
		WebClientTalonIntegrationClient client = client(coalesce, Duration.ofSeconds(30), true, ended::add);
		String session = "cart-cancel";
		List<AtomicReference<Object>> signals = cancelSomeCallers(client, session);
		server.openGate();
		await(() -> signals.get(5).get() != null, "the last update to complete");
		await(() -> client.sessionsInFlight() == 0, "the session's queue to empty");

		// the updates whose callers cancelled (3) or timed out (4) while they waited are sent all the same; with
		// coalescing the newest waiting update (5) supersedes all of them
		List<Integer> expectedSeen = coalesce ? List.of(0, 5) : List.of(0, 1, 2, 3, 4, 5);
		assertThat(seen(session)).containsExactlyElementsOf(expectedSeen);
		assertThat(signals.get(4).get()).isInstanceOf(TimeoutException.class);
		await(() -> signals.get(1).get() != null && signals.get(2).get() != null, "the other callers' results");
		for (int seq : List.of(1, 2, 5)) {
			assertThat(signals.get(seq).get()).as("result of update " + seq)
				.isInstanceOfSatisfying(IntegrationState.class,
						(state) -> assertThat(seq(state)).isEqualTo(coalesce ? 5 : seq));
		}
		assertThat(signals.get(0).get()).as("cancelled caller of the update in flight").isNull();
		assertThat(signals.get(3).get()).as("cancelled waiting caller").isNull();
		if (!coalesce) {
			// an update sent for no caller is a call of its own: observations and listeners see how it ended
			await(() -> ended.stream().filter((result) -> result.outcome() == TalonOutcome.SUCCESS).count() == 5,
					"five successful calls");
			assertThat(ended).filteredOn((result) -> result.outcome() == TalonOutcome.CANCELLED).hasSize(3);
		}
		assertThat(server.conflicts).hasValue(0);
	}

	@ParameterizedTest(name = "coalesce={0}")
	@ValueSource(booleans = { false, true })
	void withSendingWhenCancelledOffCancelledCallersAreNeverSentAndDoNotBreakTheOrderForTheOthers(boolean coalesce)
			throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(coalesce, Duration.ofSeconds(30), false, (result) -> {
		});
		String session = "cart-cancel";
		List<AtomicReference<Object>> signals = cancelSomeCallers(client, session);
		server.openGate();
		await(() -> signals.get(5).get() != null, "the last update to complete");

		List<Integer> expectedSeen = coalesce ? List.of(0, 5) : List.of(0, 1, 2, 5);
		assertThat(seen(session)).containsExactlyElementsOf(expectedSeen);
		assertThat(signals.get(4).get()).isInstanceOf(TimeoutException.class);
		await(() -> signals.get(1).get() != null && signals.get(2).get() != null, "the other callers' results");
		for (int seq : List.of(1, 2, 5)) {
			assertThat(signals.get(seq).get()).as("result of update " + seq)
				.isInstanceOfSatisfying(IntegrationState.class,
						(state) -> assertThat(seq(state)).isEqualTo(coalesce ? 5 : seq));
		}
		Thread.sleep(50);
		assertThat(signals.get(0).get()).as("cancelled caller of the update in flight").isNull();
		assertThat(signals.get(3).get()).as("cancelled waiting caller").isNull();
		assertThat(server.conflicts).hasValue(0);
		assertThat(client.sessionsInFlight()).isZero();
	}

	@Test
	void anUpdateWhoseCallTimeoutRunsOutInTheQueueIsSentLaterAndItsCallerIsToldSo() throws Exception {
		server.closeGate();
		// with retries: an update that reaches the server while it still works on an earlier one gets a 409, as it
		// would at Talon.One, and succeeds on a retry once the earlier one is done
		HttpClient http = HttpClient.create(provider()).responseTimeout(Duration.ofSeconds(20));
		WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)),
					URI.create("http://127.0.0.1:" + talon.getPort()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.timeout(Duration.ofSeconds(1))
			.build();
		// update 0 hangs at the server until its timeout; update 1 gets its turn about when its own caller's time
		// runs out, and is sent with a timeout of its own (for its caller, or for no caller); update 2's caller
		// therefore runs out of time while 2 still waits for 1
		client.updateCustomerSession("cart-slow", session(0, CustomerSessionState.OPEN)).subscribe((state) -> {
		}, (ex) -> {
		});
		await(() -> server.arrivals.get() == 1, "the first update to arrive");
		client.updateCustomerSession("cart-slow", session(1, CustomerSessionState.OPEN)).subscribe((state) -> {
		}, (ex) -> {
		});
		CompletableFuture<IntegrationState> third = client
			.updateCustomerSession("cart-slow", session(2, CustomerSessionState.OPEN))
			.toFuture();
		assertThat(third).failsWithin(Duration.ofSeconds(5))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause()
			.isInstanceOfSatisfying(TalonTimeoutException.class, (ex) -> {
				assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.CALL);
				assertThat(ex.getAttempts()).isZero();
				assertThat(ex.getMessage()).contains("still waiting for earlier updates of the same session")
					.contains("will be sent when they have ended");
			});
		server.openGate();
		await(() -> seen("cart-slow").contains(2), "the third update to be sent");
		assertThat(seen("cart-slow")).isSorted().endsWith(2);
		await(() -> client.sessionsInFlight() == 0, "the session's queue to empty");
	}

	@Test
	void theClientIsIdleOnlyOnceNoCallIsInFlightAndNoSessionUpdateIsLeft() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(false, Duration.ofSeconds(30));
		assertThat(client.callsInFlight()).isZero();
		Disposable first = client.updateCustomerSession("cart-idle", session(0, CustomerSessionState.OPEN))
			.subscribe((state) -> {
			}, (ex) -> {
			});
		await(() -> server.arrivals.get() == 1, "the first update to arrive");
		CompletableFuture<IntegrationState> second = client
			.updateCustomerSession("cart-idle", session(1, CustomerSessionState.OPEN))
			.toFuture();
		assertThat(client.callsInFlight()).as("calls in flight: one sent, one waiting").isEqualTo(2);
		assertThat(client.sessionsInFlight()).isOne();

		// the caller of the update in flight gives up: its call ends, but the update is still in flight (and the
		// next one waits for it), so the client is not idle
		first.dispose();
		assertThat(client.callsInFlight()).isOne();
		assertThat(client.sessionsInFlight()).isOne();
		server.openGate();
		assertThat(seq(second.get(WAIT.toSeconds(), TimeUnit.SECONDS))).isEqualTo(1);
		await(() -> client.callsInFlight() == 0 && client.sessionsInFlight() == 0, "the client to be idle");
		assertThat(seen("cart-idle")).containsExactly(0, 1);
	}

	private List<AtomicReference<Object>> cancelSomeCallers(WebClientTalonIntegrationClient client, String session)
			throws InterruptedException {
		List<AtomicReference<Object>> signals = new ArrayList<>();
		List<Disposable> subscriptions = new ArrayList<>();
		for (int seq = 0; seq < 6; seq++) {
			AtomicReference<Object> signal = new AtomicReference<>();
			Mono<IntegrationState> update = client.updateCustomerSession(session, session(seq, CustomerSessionState.OPEN));
			if (seq == 4) {
				update = update.timeout(Duration.ofMillis(100)); // the caller gives up while the update waits
			}
			subscriptions.add(update.subscribe(signal::set, signal::set));
			signals.add(signal);
		}
		await(() -> server.arrivals.get() == 1, "the first update to arrive");
		subscriptions.get(0).dispose(); // in flight: it is not interrupted, its caller just gets nothing
		subscriptions.get(3).dispose(); // waiting
		await(() -> signals.get(4).get() != null, "the waiting caller's own timeout");
		return signals;
	}

	@Test
	void twoConcurrentUpdatesOfTheSameSessionNeverOverlapAtTheServer() throws Exception {
		// the server does detect overlapping updates: two raw PUTs at once, the first held by the gate
		server.closeGate();
		WebClient raw = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(provider())))
			.baseUrl("http://127.0.0.1:" + talon.getPort())
			.build();
		CompletableFuture<Integer> first = rawPut(raw, "cart-raw", 0);
		await(() -> server.arrivals.get() == 1, "the first raw update to arrive");
		CompletableFuture<Integer> second = rawPut(raw, "cart-raw", 1);
		assertThat(second.get(10, TimeUnit.SECONDS)).as("status of the overlapping update").isEqualTo(409);
		server.openGate();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(200);
		assertThat(server.conflicts).hasValue(1);

		// the client sends the second update only when the first one has been answered
		server.reset();
		server.closeGate();
		WebClientTalonIntegrationClient client = client(false, Duration.ofSeconds(30));
		List<Update> updates = subscribe(client, "cart-same", CustomerSessionState.OPEN, CustomerSessionState.OPEN);
		await(() -> server.arrivals.get() == 1, "the first update to arrive");
		Thread.sleep(200);
		assertThat(server.arrivals).as("updates that reached the server while the first was held").hasValue(1);
		server.openGate();
		awaitAll(updates);

		assertResults(updates, 0, 1);
		List<LaneServer.Received> received = server.received.get("session:cart-same");
		assertThat(received).extracting(LaneServer.Received::seq).containsExactly(0, 1);
		assertThat(received.get(1).arrivalNanos()).as("arrival of the second update")
			.isGreaterThanOrEqualTo(received.get(0).departureNanos());
		assertThat(received.get(1).arrivalNanos() - received.get(0).arrivalNanos())
			.isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
		assertThat(server.conflicts).hasValue(0);
	}

	@Test
	void sessionsUpdatedOneAfterAnotherOverHttpLeaveNoStateBehind() {
		server.failEvery(2);
		server.delayMillis(0, 0);
		WebClientTalonIntegrationClient client = client(false, Duration.ofSeconds(10));
		int failures = 0;
		for (int i = 0; i < 100; i++) {
			try {
				assertThat(seq(client.updateCustomerSession("cart-" + i, session(i, CustomerSessionState.OPEN))
					.block(Duration.ofSeconds(10)))).isEqualTo(i);
			}
			catch (TalonServerErrorException ex) {
				failures++;
			}
			if (client.sessionsInFlight() != 0) {
				fail("session cart-" + i + " left state behind");
			}
		}
		assertThat(failures).isEqualTo(50);
		assertThat(server.received).hasSize(100);
	}

	@ParameterizedTest(name = "coalesce={0}")
	@ValueSource(booleans = { false, true })
	void oneHundredThousandSessionsOneAfterAnotherLeaveNoStateBehind(boolean coalesce) {
		SessionUpdateSequencer<Integer> sequencer = new SessionUpdateSequencer<>(coalesce);

		for (int i = 0; i < 100_000; i++) {
			Mono<Integer> update = (i % 10 == 0) ? Mono.error(new IllegalStateException("update " + i))
					: Mono.just(i);
			int[] result = { Integer.MIN_VALUE };
			sequencer.submit("session-" + i, update, null, i % 3 != 0)
				.subscribe((value) -> result[0] = value, (ex) -> result[0] = -1);
			if (result[0] != ((i % 10 == 0) ? -1 : i)) {
				fail("session-" + i + " answered " + result[0]);
			}
			if (sequencer.sessionsInFlight() != 0) {
				fail("session-" + i + " left state behind");
			}
		}
	}

	@ParameterizedTest(name = "coalesce={0}")
	@ValueSource(booleans = { false, true })
	void tenThousandConcurrentSessionsLeaveNoStateBehind(boolean coalesce) {
		SessionUpdateSequencer<Integer> sequencer = new SessionUpdateSequencer<>(coalesce);
		AtomicInteger maxInFlight = new AtomicInteger();

		Long sum = Flux.range(0, 10_000)
			.flatMap((i) -> sequencer.submit("session-" + i, Mono.delay(Duration.ofMillis(1)).thenReturn(i), null, true)
				.doOnNext((value) -> maxInFlight.accumulateAndGet(sequencer.sessionsInFlight(), Math::max)), 1000)
			.reduce(0L, Long::sum)
			.block(Duration.ofSeconds(30));

		assertThat(sum).isEqualTo(10_000L * 9_999 / 2);
		assertThat(maxInFlight).as("sessions in flight during the run").hasValueGreaterThan(1);
		assertThat(sequencer.sessionsInFlight()).isZero();
	}

	/**
	 * Updates that complete at once (as a call whose time is up does) must not be run recursively: a long queue of
	 * them behind one update in flight would otherwise overflow the stack and leave the session stuck.
	 */
	@ParameterizedTest(name = "coalesce={0}")
	@ValueSource(booleans = { false, true })
	void aLongQueueOfUpdatesThatCompleteAtOnceRunsInOrderWithoutRecursion(boolean coalesce) {
		SessionUpdateSequencer<Integer> sequencer = new SessionUpdateSequencer<>(coalesce);
		Sinks.One<Integer> inFlight = Sinks.one();
		List<Integer> order = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger completed = new AtomicInteger();
		sequencer.submit("cart-1", inFlight.asMono(), null, true).subscribe();
		int queued = 5_000;
		for (int i = 0; i < queued; i++) {
			int seq = i;
			Mono<Integer> update = Mono.fromCallable(() -> {
				order.add(seq);
				return seq;
			});
			sequencer.submit("cart-1", update, null, false).subscribe((value) -> completed.incrementAndGet());
		}

		inFlight.tryEmitValue(-1);

		assertThat(completed).hasValue(queued);
		assertThat(order).hasSize(queued).isSorted();
		assertThat(sequencer.sessionsInFlight()).isZero();
		assertThat(sequencer.submit("cart-1", Mono.just(42), null, true).block(Duration.ofSeconds(5))).isEqualTo(42);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Across the API generations, and per profile: v1 and v2 updates of one session (and its reopening and returns)
	// share one queue, a profile's updates and its v2 and v3 events share another; reads are not queued; coalescing
	// supersedes v2 updates that do not change the state, and never hands a caller the answer of another operation.
	// ---------------------------------------------------------------------------------------------------------------

	@Test
	void v1AndV2UpdatesOfOneSessionAreSentOneAtATimeInCallOrder() throws Exception {
		WebClientTalonIntegrationClient client = client(false, WAIT);
		List<CompletableFuture<Integer>> updates = new ArrayList<>();
		int sessions = 100;
		int perSession = 8;

		for (int i = 0; i < sessions * perSession; i++) {
			String session = "cart-" + (i % sessions);
			int seq = i / sessions;
			// v2, v1, v2, v1, ... of each session, interleaved with the other sessions
			updates.add((seq % 2 == 0) ? v2Update(client, session, seq, "open")
					: v1Update(client, session, seq));
		}
		CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

		for (int i = 0; i < updates.size(); i++) {
			assertThat(updates.get(i).join()).as("result of update %d", i).isEqualTo(i / sessions);
		}
		assertThat(server.conflicts).as("requests that overlapped another of their session").hasValue(0);
		assertThat(server.received).hasSize(sessions);
		server.received.forEach((session, received) -> {
			assertThat(received).extracting(LaneServer.Received::seq).as(session).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
			assertOneAtATime(session, received);
		});
		assertThat(server.maxInFlight).as("updates of different sessions in flight together").hasValueGreaterThan(1);
		assertThat(client.sessionsInFlight()).isZero();
	}

	@Test
	void aSessionsReopeningAndReturnsWaitInItsQueueToo() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(false, WAIT);

		CompletableFuture<Integer> close = v2Update(client, "cart-1", 0, "closed");
		await(() -> server.arrivals.get() == 1, "the close to arrive");
		CompletableFuture<ReopenSessionResponse> reopen = client.reopenCustomerSession("cart-1").toFuture();
		CompletableFuture<Integer> update = v1Update(client, "cart-1", 2);
		CompletableFuture<Integer> closeAgain = v2Update(client, "cart-1", 3, "closed");
		CompletableFuture<IntegrationStateV2> returned = client.returnCartItems("cart-1",
				ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.atPosition(0, 1))))
			.toFuture();
		Thread.sleep(200);
		assertThat(server.arrivals).as("requests that reached the server while the close was held").hasValue(1);
		server.openGate();
		CompletableFuture.allOf(close, reopen, update, closeAgain, returned).get(30, TimeUnit.SECONDS);

		assertThat(server.received.get("session:cart-1")).extracting(LaneServer.Received::lastSegment)
			.containsExactly("cart-1", "reopen", "cart-1", "cart-1", "returns");
		assertThat(server.seen("session:cart-1")).containsExactly(0, -1, 2, 3, -1);
		assertOneAtATime("cart-1", server.received.get("session:cart-1"));
		assertThat(server.conflicts).hasValue(0);
	}

	@Test
	void aProfilesUpdatesAndItsV2AndV3EventsAreSentOneAtATimeInCallOrder() throws Exception {
		WebClientTalonIntegrationClient client = client(false, WAIT);
		List<CompletableFuture<Integer>> calls = new ArrayList<>();
		int profiles = 50;
		int perProfile = 9;

		for (int i = 0; i < profiles * perProfile; i++) {
			String profile = "customer-" + (i % profiles);
			int seq = i / profiles;
			calls.add(switch (seq % 3) {
				case 0 -> client.updateCustomerProfileV2(profile,
						CustomerProfileIntegrationRequestV2.builder().attribute("seq", seq).build())
					.map(SessionSequencingTests::seq)
					.toFuture();
				case 1 -> client.trackEventV2(IntegrationEventV2Request.builder(profile, "viewed").attribute("seq", seq)
					.build()).map((answer) -> seq(answer)).toFuture();
				default -> client.trackEventV3(IntegrationEventV3Request.builder(profile + "-event-" + seq, profile,
						"viewed").attribute("seq", seq).build()).map((answer) -> seq(answer)).toFuture();
			});
		}
		CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

		for (int i = 0; i < calls.size(); i++) {
			assertThat(calls.get(i).join()).as("result of call %d", i).isEqualTo(i / profiles);
		}
		assertThat(server.conflicts).as("requests that overlapped another of their profile").hasValue(0);
		assertThat(server.received).hasSize(profiles);
		server.received.forEach((profile, received) -> {
			assertThat(received).extracting(LaneServer.Received::seq).as(profile)
				.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
			assertOneAtATime(profile, received);
		});
		assertThat(client.sessionsInFlight()).isZero();
	}

	/**
	 * A customer's enrolment, the deletion of its transactions and of its data wait behind its profile update and its
	 * events, in call order: a deletion never overtakes the update that would write the data back.
	 */
	@Test
	void aProfilesLoyaltyChangesAndTheDeletionOfItsDataWaitInItsQueue() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(false, WAIT);

		CompletableFuture<CustomerProfileIntegrationResponseV2> update = client.updateCustomerProfileV2("customer-7",
				CustomerProfileIntegrationRequestV2.builder().attribute("seq", 0).build()).toFuture();
		await(() -> server.arrivals.get() == 1, "the profile update to arrive");
		CompletableFuture<Void> join = client.joinLoyaltyProgram(5, "customer-7").toFuture();
		CompletableFuture<Void> deleteTransactions = client
			.deleteLoyaltyTransactionsFromLedgers(5, "customer-7", DeleteLoyaltyTransactionsRequest.allSubledgers())
			.toFuture();
		CompletableFuture<Integer> event = client.trackEventV2(IntegrationEventV2Request.builder("customer-7", "viewed")
			.attribute("seq", 3)
			.build()).map((answer) -> seq(answer)).toFuture();
		CompletableFuture<Void> deleteData = client.deleteCustomerData("customer-7").toFuture();
		Thread.sleep(200);
		assertThat(server.arrivals).as("requests that reached the server while the update was held").hasValue(1);
		server.openGate();
		CompletableFuture.allOf(update, join, deleteTransactions, event, deleteData).get(30, TimeUnit.SECONDS);

		assertThat(server.received.get("profile:customer-7")).extracting(LaneServer.Received::lastSegment)
			.containsExactly("customer-7", "join", "delete_transactions", "events", "customer-7");
		assertOneAtATime("customer-7", server.received.get("profile:customer-7"));
		assertThat(server.conflicts).hasValue(0);
		assertThat(client.sessionsInFlight()).isZero();
	}

	/**
	 * An activation of a session's points waits for the close that adds them; one by transactions waits for nothing.
	 */
	@Test
	void activatingASessionsPointsWaitsForItsClose() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(false, WAIT);

		CompletableFuture<Integer> close = v2Update(client, "cart-1", 0, "closed");
		await(() -> server.arrivals.get() == 1, "the close to arrive");
		CompletableFuture<ActivateLoyaltyPointsResponse> bySession = client
			.activateLoyaltyPoints(5, ActivateLoyaltyPoints.ofSession("cart-1"))
			.toFuture();
		ActivateLoyaltyPointsResponse byTransactions = client
			.activateLoyaltyPoints(5, TalonV2AccountRequests.activationOfTransactions())
			.block(Duration.ofSeconds(5));
		Thread.sleep(200);
		assertThat(byTransactions).as("not queued").isNotNull();
		assertThat(server.passedThrough).hasValue(1);
		assertThat(bySession).isNotDone();
		server.openGate();
		CompletableFuture.allOf(close, bySession).get(30, TimeUnit.SECONDS);

		assertThat(server.received.get("session:cart-1")).extracting(LaneServer.Received::lastSegment)
			.containsExactly("cart-1", "activate_points");
		assertOneAtATime("cart-1", server.received.get("session:cart-1"));
	}

	/** Links and unlinks of one card go one at a time in call order; those of other cards in parallel. */
	@Test
	void linksAndUnlinksOfOneCardAreSentInCallOrder() throws Exception {
		WebClientTalonIntegrationClient client = client(false, WAIT);
		List<CompletableFuture<?>> calls = new ArrayList<>();
		List<String> cards = List.of("card-0042", "card-0043", "card-0044", "card-0045");

		for (int i = 0; i < 6; i++) {
			for (String card : cards) {
				LoyaltyCardRegistration customer = LoyaltyCardRegistration.of("customer-" + i);
				calls.add(((i % 2 == 0) ? client.linkLoyaltyCardToProfile(125, card, customer)
						: client.unlinkLoyaltyCardFromProfile(125, card, customer)).toFuture());
			}
		}
		CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

		assertThat(server.conflicts).as("requests that overlapped another of their card").hasValue(0);
		for (String card : cards) {
			List<LaneServer.Received> received = server.received.get("card:125/" + card);
			assertThat(received).extracting(LaneServer.Received::lastSegment).as(card).containsExactly("link_profile",
					"unlink_profile", "link_profile", "unlink_profile", "link_profile", "unlink_profile");
			assertOneAtATime(card, received);
		}
		assertThat(server.maxInFlight).as("calls of different cards in flight together").hasValueGreaterThan(1);
	}

	@Test
	void readsAreNotQueuedBehindAnUpdateInFlight() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(false, WAIT);

		CompletableFuture<Integer> update = v2Update(client, "cart-1", 0, "open");
		CompletableFuture<CustomerProfileIntegrationResponseV2> profileUpdate = client
			.updateCustomerProfileV2("customer-7", CustomerProfileIntegrationRequestV2.builder().build())
			.toFuture();
		await(() -> server.arrivals.get() == 2, "both updates to arrive");

		assertThat(client.getCustomerSession("cart-1").block(Duration.ofSeconds(5))).isNotNull();
		assertThat(client.getEventV3("customer-7-event-1").hasElement().block(Duration.ofSeconds(5))).isTrue();
		assertThat(server.passedThrough).hasValue(2);
		assertThat(update).isNotDone();
		assertThat(profileUpdate).isNotDone();
		server.openGate();
		update.get(10, TimeUnit.SECONDS);
		profileUpdate.get(10, TimeUnit.SECONDS);
	}

	@Test
	void coalescingSupersedesV2UpdatesThatDoNotChangeTheSessionsState() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(true, WAIT);
		String open = "open";

		List<CompletableFuture<Integer>> closing = v2Updates(client, "cart-closing", open, open,
				"closed", open, open);
		List<CompletableFuture<Integer>> cancelling = v2Updates(client, "cart-cancelling", open, open, open,
				"cancelled");
		List<CompletableFuture<Integer>> noState = v2Updates(client, "cart-no-state", null, null, null);
		await(() -> server.arrivals.get() == 3, "the first update of every session to arrive");
		server.openGate();
		List<CompletableFuture<Integer>> all = new ArrayList<>(closing);
		all.addAll(cancelling);
		all.addAll(noState);
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

		assertThat(server.seen("session:cart-closing")).containsExactly(0, 1, 2, 4);
		assertThat(closing).extracting(CompletableFuture::join).containsExactly(0, 1, 2, 4, 4);
		assertThat(server.seen("session:cart-cancelling")).containsExactly(0, 2, 3);
		assertThat(cancelling).extracting(CompletableFuture::join).containsExactly(0, 2, 2, 3);
		assertThat(server.seen("session:cart-no-state")).containsExactly(0, 2);
		assertThat(noState).extracting(CompletableFuture::join).containsExactly(0, 2, 2);
		assertThat(server.conflicts).hasValue(0);
	}

	/**
	 * One queue holds v1 and v2 updates, reopenings and returns of a session: coalescing supersedes an update only by
	 * a newer update of the same operation, so that every caller gets the answer of its own operation (a reopening or
	 * a return does not carry the cart, and a v1 caller cannot use a v2 answer).
	 */
	@Test
	void coalescingNeverGivesACallerTheAnswerOfAnotherOperation() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(true, WAIT);

		CompletableFuture<Integer> first = v2Update(client, "cart-1", 0, "open");
		await(() -> server.arrivals.get() == 1, "the first update to arrive");
		CompletableFuture<Integer> v1 = v1Update(client, "cart-1", 1);
		CompletableFuture<Integer> v2 = v2Update(client, "cart-1", 2, "open");
		CompletableFuture<ReopenSessionResponse> reopen = client.reopenCustomerSession("cart-1").toFuture();
		CompletableFuture<Integer> v2Again = v2Update(client, "cart-1", 4, "open");
		CompletableFuture<Integer> v2Last = v2Update(client, "cart-1", 5, "open");
		server.openGate();
		CompletableFuture.allOf(first, v1, v2, reopen, v2Again, v2Last).get(30, TimeUnit.SECONDS);

		assertThat(v1.join()).as("the v1 update's own answer").isEqualTo(1);
		assertThat(v2.join()).as("the v2 update's own answer: a reopening does not supersede it").isEqualTo(2);
		assertThat(reopen.join()).isInstanceOf(ReopenSessionResponse.class);
		assertThat(v2Again.join()).as("superseded by the next v2 update").isEqualTo(5);
		assertThat(v2Last.join()).isEqualTo(5);
		assertThat(server.seen("session:cart-1")).containsExactly(0, 1, 2, -1, 5);
		assertThat(server.conflicts).hasValue(0);
	}

	// ---------------------------------------------------------------------------------------------------------------

	private WebClientTalonIntegrationClient client(boolean coalesce, Duration timeout) {
		return client(coalesce, timeout, true, (result) -> {
		});
	}

	private WebClientTalonIntegrationClient client(boolean coalesce, Duration timeout, boolean sendWhenCancelled,
			Consumer<TalonCallResult> ended) {
		TalonClientListener listener = new TalonClientListener() {

			@Override
			public void onCallComplete(TalonCallResult result) {
				ended.accept(result);
			}

		};
		HttpClient http = HttpClient.create(provider()).responseTimeout(Duration.ofSeconds(20));
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)),
					URI.create("http://127.0.0.1:" + talon.getPort()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(TalonRetrySettings.disabled())
			.timeout(timeout)
			.coalesceSessionUpdates(coalesce)
			.sendSessionUpdatesWhenCancelled(sendWhenCancelled)
			.listener(listener)
			.build();
	}

	private ConnectionProvider provider() {
		ConnectionProvider provider = ConnectionProvider.builder("sequencing")
			.maxConnections(400)
			.pendingAcquireMaxCount(-1)
			.build();
		this.providers.add(provider);
		return provider;
	}

	private static NewCustomerSession session(int seq, CustomerSessionState state) {
		return NewCustomerSession.builder()
			.profileId("customer-7")
			.state(state)
			.attributes(Map.of("seq", seq))
			.build();
	}

	/** Subscribes to {@code perSession} updates of each of {@code sessions} sessions, interleaved, from one thread. */
	private static List<Update> subscribe(WebClientTalonIntegrationClient client, int sessions, int perSession) {
		List<Update> updates = new ArrayList<>(sessions * perSession);
		for (int i = 0; i < sessions * perSession; i++) {
			String session = "cart-" + (i % sessions);
			int seq = i / sessions;
			updates.add(new Update(session, seq, client
				.updateCustomerSession(session, session(seq, CustomerSessionState.OPEN))
				.toFuture()));
		}
		return updates;
	}

	private static List<Update> subscribe(WebClientTalonIntegrationClient client, String session,
			CustomerSessionState... states) {
		List<Update> updates = new ArrayList<>();
		for (int seq = 0; seq < states.length; seq++) {
			updates.add(new Update(session, seq, client.updateCustomerSession(session, session(seq, states[seq]))
				.toFuture()));
		}
		return updates;
	}

	private static void awaitAll(List<Update> updates) throws Exception {
		CompletableFuture.allOf(updates.stream().map(Update::result).toArray(CompletableFuture[]::new))
			.exceptionally((ex) -> null)
			.get(60, TimeUnit.SECONDS);
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out waiting for " + what);
			}
			Thread.sleep(2);
		}
	}

	private static void assertResults(List<Update> updates, int... expected) {
		assertThat(updates).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			int seq = expected[i];
			assertThat(updates.get(i).result()).as(updates.get(i).toString())
				.succeedsWithin(Duration.ZERO)
				.satisfies((state) -> assertThat(seq(state)).isEqualTo(seq));
		}
	}

	/** Each update of the session arrived after the previous one had been answered. */
	private static void assertOneAtATime(String session, List<LaneServer.Received> received) {
		for (int i = 1; i < received.size(); i++) {
			assertThat(received.get(i).arrivalNanos()).as(session + ": arrival of update " + received.get(i).seq())
				.isGreaterThanOrEqualTo(received.get(i - 1).departureNanos());
		}
	}

	private static List<Integer> seen(String session) {
		return server.seen("session:" + session);
	}

	private static int seq(IntegrationState state) {
		return ((Number) state.session().attributes().get("seq")).intValue();
	}

	private static int seq(IntegrationStateV2 state) {
		return ((Number) state.customerSession().attributes().get("seq")).intValue();
	}

	private static int seq(CustomerProfileIntegrationResponseV2 answer) {
		return ((Number) answer.customerProfile().attributes().get("seq")).intValue();
	}

	private static int seq(IntegrationEventV2Response answer) {
		return ((Number) answer.customerProfile().attributes().get("seq")).intValue();
	}

	private static int seq(IntegrationEventV3Response answer) {
		return ((Number) answer.customerProfile().attributes().get("seq")).intValue();
	}

	private static CompletableFuture<Integer> v1Update(TalonIntegrationClient client, String session, int seq) {
		return client.updateCustomerSession(session, NewCustomerSession.builder()
			.profileId("customer-7")
			.attributes(java.util.Map.of("seq", seq))
			.build()).map(SessionSequencingTests::seq).toFuture();
	}

	/** A v2 update of the session that carries its sequence number, in the given state ({@code null}: as it is). */
	private static CompletableFuture<Integer> v2Update(TalonIntegrationClient client, String session, int seq,
			String state) {
		Mono<IntegrationStateV2> update = client.updateCustomerSessionV2(session, IntegrationRequest.of(
				NewCustomerSessionV2.builder()
					.profileId("customer-7")
					.state((state != null) ? dev.talon.spring.client.model.v2.CustomerSessionState.fromValue(state)
							: null)
					.attribute("seq", seq)
					.build()));
		return update.map(SessionSequencingTests::seq).toFuture();
	}

	private static List<CompletableFuture<Integer>> v2Updates(TalonIntegrationClient client, String session,
			String... states) {
		List<CompletableFuture<Integer>> updates = new ArrayList<>();
		for (int seq = 0; seq < states.length; seq++) {
			updates.add(v2Update(client, session, seq, states[seq]));
		}
		return updates;
	}

	private static CompletableFuture<Integer> rawPut(WebClient raw, String session, int seq) {
		return raw.put()
			.uri("/v1/customer_sessions/{id}", session)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(JSON.writeValueAsBytes(session(seq, CustomerSessionState.OPEN)))
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.toFuture();
	}

	record Update(String session, int seq, CompletableFuture<IntegrationState> result) {

		@Override
		public String toString() {
			return "update " + this.seq + " of " + this.session;
		}

	}

}
