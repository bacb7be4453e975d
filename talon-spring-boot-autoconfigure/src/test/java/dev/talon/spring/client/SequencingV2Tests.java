package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV2Response;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.ReopenSessionResponse;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What waits for what across the API generations: v1 and v2 updates of one session (and its reopening and returns)
 * share one queue, a profile's updates and its v2 and v3 events share another; reads are not queued; coalescing
 * supersedes v2 updates that do not change the session's state, and never hands a caller the result of another
 * operation. The server ({@link LaneServer}) answers 409 to overlapping requests of one session or profile, as
 * Talon.One does, and retries are off, so that an overlap fails a call instead of being hidden by a retry.
 */
class SequencingV2Tests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final LaneServer server = new LaneServer();

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort()
			.bindAddress("127.0.0.1")
			.containerThreads(220)
			.jettyAcceptQueueSize(1024)
			.extensions(server))
		.build();

	private final List<ConnectionProvider> providers = new ArrayList<>();

	@BeforeEach
	void stubTalon() {
		server.reset();
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(LaneServer.NAME)));
	}

	@AfterEach
	void openGateAndDispose() throws InterruptedException {
		server.openGate();
		await(() -> server.inFlight.get() == 0, "the server to finish this test's requests");
		for (ConnectionProvider provider : this.providers) {
			provider.disposeLater().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void v1AndV2UpdatesOfOneSessionAreSentOneAtATimeInCallOrder() throws Exception {
		WebClientTalonIntegrationClient client = client(false);
		List<CompletableFuture<Integer>> updates = new ArrayList<>();
		int sessions = 100;
		int perSession = 8;

		for (int i = 0; i < sessions * perSession; i++) {
			String session = "cart-" + (i % sessions);
			int seq = i / sessions;
			// v2, v1, v2, v1, ... of each session, interleaved with the other sessions
			updates.add((seq % 2 == 0) ? v2Update(client, session, seq, CustomerSessionState.OPEN)
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
		WebClientTalonIntegrationClient client = client(false);

		CompletableFuture<Integer> close = v2Update(client, "cart-1", 0, CustomerSessionState.CLOSED);
		await(() -> server.arrivals.get() == 1, "the close to arrive");
		CompletableFuture<ReopenSessionResponse> reopen = client.reopenCustomerSession("cart-1").toFuture();
		CompletableFuture<Integer> update = v1Update(client, "cart-1", 2);
		CompletableFuture<Integer> closeAgain = v2Update(client, "cart-1", 3, CustomerSessionState.CLOSED);
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
		WebClientTalonIntegrationClient client = client(false);
		List<CompletableFuture<Integer>> calls = new ArrayList<>();
		int profiles = 50;
		int perProfile = 9;

		for (int i = 0; i < profiles * perProfile; i++) {
			String profile = "customer-" + (i % profiles);
			int seq = i / profiles;
			calls.add(switch (seq % 3) {
				case 0 -> client.updateCustomerProfileV2(profile,
						CustomerProfileIntegrationRequestV2.builder().attribute("seq", seq).build())
					.map(SequencingV2Tests::seq)
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

	@Test
	void readsAreNotQueuedBehindAnUpdateInFlight() throws Exception {
		server.closeGate();
		WebClientTalonIntegrationClient client = client(false);

		CompletableFuture<Integer> update = v2Update(client, "cart-1", 0, CustomerSessionState.OPEN);
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
		WebClientTalonIntegrationClient client = client(true);
		CustomerSessionState open = CustomerSessionState.OPEN;

		List<CompletableFuture<Integer>> closing = v2Updates(client, "cart-closing", open, open,
				CustomerSessionState.CLOSED, open, open);
		List<CompletableFuture<Integer>> cancelling = v2Updates(client, "cart-cancelling", open, open, open,
				CustomerSessionState.CANCELLED);
		List<CompletableFuture<Integer>> noState = v2Updates(client, "cart-no-state", null, null, null);
		await(() -> server.arrivals.get() == 3, "the first update of every session to arrive");
		server.openGate();
		List<CompletableFuture<Integer>> all = new ArrayList<>(closing);
		all.addAll(cancelling);
		all.addAll(noState);
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

		assertThat(server.seen("session:cart-closing")).containsExactly(0, 2, 4);
		assertThat(closing).extracting(CompletableFuture::join).containsExactly(0, 2, 2, 4, 4);
		assertThat(server.seen("session:cart-cancelling")).containsExactly(0, 3);
		assertThat(cancelling).extracting(CompletableFuture::join).containsExactly(0, 3, 3, 3);
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
		WebClientTalonIntegrationClient client = client(true);

		CompletableFuture<Integer> first = v2Update(client, "cart-1", 0, CustomerSessionState.OPEN);
		await(() -> server.arrivals.get() == 1, "the first update to arrive");
		CompletableFuture<Integer> v1 = v1Update(client, "cart-1", 1);
		CompletableFuture<Integer> v2 = v2Update(client, "cart-1", 2, CustomerSessionState.OPEN);
		CompletableFuture<ReopenSessionResponse> reopen = client.reopenCustomerSession("cart-1").toFuture();
		CompletableFuture<Integer> v2Again = v2Update(client, "cart-1", 4, CustomerSessionState.OPEN);
		CompletableFuture<Integer> v2Last = v2Update(client, "cart-1", 5, CustomerSessionState.OPEN);
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

	private WebClientTalonIntegrationClient client(boolean coalesce) {
		ConnectionProvider provider = ConnectionProvider.builder("sequencing-v2")
			.maxConnections(300)
			.pendingAcquireMaxCount(-1)
			.build();
		this.providers.add(provider);
		HttpClient http = HttpClient.create(provider).responseTimeout(Duration.ofSeconds(20));
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)),
					URI.create("http://127.0.0.1:" + talon.getPort()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(TalonRetrySettings.disabled())
			.timeout(WAIT)
			.coalesceSessionUpdates(coalesce)
			.build();
	}

	private static CompletableFuture<Integer> v1Update(TalonIntegrationClient client, String session, int seq) {
		return client.updateCustomerSession(session, NewCustomerSession.builder()
			.profileId("customer-7")
			.attributes(java.util.Map.of("seq", seq))
			.build()).map(SequencingV2Tests::seq).toFuture();
	}

	private static CompletableFuture<Integer> v2Update(TalonIntegrationClient client, String session, int seq,
			CustomerSessionState state) {
		Mono<IntegrationStateV2> update = client.updateCustomerSessionV2(session, IntegrationRequest.of(
				NewCustomerSessionV2.builder().profileId("customer-7").state(state).attribute("seq", seq).build()));
		return update.map(SequencingV2Tests::seq).toFuture();
	}

	private static List<CompletableFuture<Integer>> v2Updates(TalonIntegrationClient client, String session,
			CustomerSessionState... states) {
		List<CompletableFuture<Integer>> updates = new ArrayList<>();
		for (int seq = 0; seq < states.length; seq++) {
			updates.add(v2Update(client, session, seq, states[seq]));
		}
		return updates;
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

	/** Each request of the lane arrived after the previous one had been answered. */
	private static void assertOneAtATime(String lane, List<LaneServer.Received> received) {
		for (int i = 1; i < received.size(); i++) {
			assertThat(received.get(i).arrivalNanos()).as(lane + ": arrival of request " + i)
				.isGreaterThanOrEqualTo(received.get(i - 1).departureNanos());
		}
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

}
