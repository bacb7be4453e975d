package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationEventV3Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import dev.talon.spring.client.model.v2.effect.Effect;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the client does so that a call that changes something happens once, whatever happens to its answer, against
 * WireMock on loopback:
 * <ul>
 * <li>a close or cancel of a session ({@code updateCustomerSessionV2}) whose first attempt's answer was lost (a read
 * timeout, a reset or closed connection after the request reached the server, a 5xx after acting) is retried; the
 * retry is refused with 400 {@code Cannot move session to state "closed" from state "closed"}; the client reads the
 * session and completes with it ({@link IntegrationStateV2#readBack}) when it is in the requested state, and fails
 * with the refusal otherwise; the same refusal on a first attempt (an earlier call, or another instance, closed it)
 * is read back likewise: closing is idempotent;</li>
 * <li>an advanced event ({@code trackEventV3}) whose answer was lost is refused on the retry as a duplicate (409
 * {@code An advanced event already exists}): the client reads the event ({@code getEventV3}) and completes with it;
 * a duplicate without a lost answer fails at once;</li>
 * <li>a return ({@code returnCartItems}) carries one {@code Idempotency-Key} per call of the method: on every retry
 * and every subscription of its {@code Mono}, the caller's key when given;</li>
 * <li>dry runs are not queued behind the session's or profile's update in flight;</li>
 * <li>a deletion ({@code deleteCustomerData}, {@code deleteCouponReservation}, {@code deleteAudienceV2}) whose answer
 * was lost is retried, and the retry's 404 means the lost attempt deleted it: the call completes; a 404 without a
 * lost answer fails;</li>
 * <li>an enrolment ({@code joinLoyaltyProgram}) whose answer was lost is retried, Talon.One refuses to enrol the member
 * again (400), and the client completes when the customer's inventory shows the program; otherwise it fails with the
 * refusal.</li>
 * </ul>
 */
class ExactlyOnceV2Tests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** The read timeout of the clients that must see a lost answer; the others have none. */
	private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

	private static final String SESSION_PATH = "/v2/customer_sessions/cart-1001";

	private static final String EVENT_ID = "review-8812";

	private static final String EXISTS = """
			{"message": "An advanced event already exists", "errors": [{"title": "already exists",
			 "source": {"pointer": "/integrationId"}}], "StatusCode": 409}""";

	private static final String TOO_MANY = """
			{"message": "Too many requests are updating this session at the same time", "errors": [],
			 "StatusCode": 409}""";

	private static final String JOIN_PATH = "/v1/loyalty_programs/5/profile/customer-7/join";

	private static final String INVENTORY_PATH = "/v1/customer_profiles/customer-7/inventory";

	private static final String NOT_FOUND = "{\"message\": \"Not found\", \"errors\": [], \"StatusCode\": 404}";

	private static final String ALREADY_JOINED = """
			{"message": "Customer profile already joined the loyalty program", "errors": [], "StatusCode": 400}""";

	private static final LaneServer SERVER = new LaneServer();

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(32).extensions(SERVER))
		.build();

	private final List<TalonCallResult> results = new CopyOnWriteArrayList<>();

	private final List<TalonObservationContext> observations = new CopyOnWriteArrayList<>();

	/** The first calls of a JVM are slow (class loading, JIT): the read timeout must not see that. */
	@BeforeAll
	static void warmUp() {
		talon.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl())
			.willReturn(json(200, TalonV2Answers.sessionAnswer(IntegrationRequest.ResponseContent.values()))));
		TalonIntegrationClient client = new ExactlyOnceV2Tests().client(null);
		for (int i = 0; i < 3; i++) {
			client.updateCustomerSessionV2("cart-1001", TalonV2Requests.stateChange(CustomerSessionState.CLOSED))
				.block(TIMEOUT);
			client.returnCartItems("cart-1001", TalonV2Requests.itemReturn()).block(TIMEOUT);
			client.trackEventV3(TalonV2Requests.fullAdvancedEvent(EVENT_ID)).block(TIMEOUT);
			client.getEventV3(EVENT_ID).onErrorResume((ex) -> Mono.empty()).block(TIMEOUT);
			client.getCustomerSession("cart-1001").block(TIMEOUT);
		}
		talon.resetAll();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// (1) A close or cancel whose answer was lost
	// ---------------------------------------------------------------------------------------------------------------

	static List<Arguments> lostClosesAndCancels() {
		List<Arguments> arguments = new ArrayList<>();
		for (CustomerSessionState state : List.of(CustomerSessionState.CLOSED, CustomerSessionState.CANCELLED)) {
			for (LostAnswer lost : LostAnswer.values()) {
				arguments.add(Arguments.of(state, lost));
			}
		}
		return arguments;
	}

	@ParameterizedTest(name = "{0} after {1}")
	@MethodSource("lostClosesAndCancels")
	void aStateChangeWhoseAnswerWasLostIsReadBackWhenTheRetryIsRefused(CustomerSessionState state, LostAnswer lost) {
		stubInOrder(put(urlPathEqualTo(SESSION_PATH)), lost.answer, () -> refusedTransition(state, state));
		talon.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(json(200, readAnswer(state))));

		IntegrationStateV2 result = client().updateCustomerSessionV2("cart-1001", TalonV2Requests.stateChange(state))
			.block(TIMEOUT);

		assertThat(result.customerSession().state()).isEqualTo(state);
		assertThat(result.customerSession().integrationId()).isEqualTo("cart-1001");
		assertThat(result.effects()).extracting(Effect::effectType).hasSize(9).startsWith("acceptCoupon");
		assertThat(result.customerProfile()).as("not read back").isNull();
		assertThat(requests()).containsExactly("PUT " + SESSION_PATH, "PUT " + SESSION_PATH, "GET " + SESSION_PATH);
		List<LoggedRequest> puts = talon.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.putRequestedFor(urlPathEqualTo(SESSION_PATH)));
		assertThat(puts.get(1).getBody()).as("the retry sends the same bytes").isEqualTo(puts.get(0).getBody());
		assertThat(result(TalonOperation.UPDATE_CUSTOMER_SESSION_V2)).satisfies((call) -> {
			assertThat(call.outcome()).isEqualTo(TalonOutcome.SUCCESS);
			assertThat(call.attempts()).isEqualTo(2);
		});
		assertThat(observation(TalonOperation.UPDATE_CUSTOMER_SESSION_V2).isRecovered()).isTrue();
		assertThat(result(TalonOperation.GET_CUSTOMER_SESSION).outcome()).isEqualTo(TalonOutcome.SUCCESS);
	}

	/**
	 * An earlier call that gave up before Talon.One answered (or another shop instance) closed the session: closing
	 * it again completes with the session read back, at once.
	 */
	@ParameterizedTest
	@EnumSource(value = CustomerSessionState.class, names = { "CLOSED", "CANCELLED" })
	void theSameRefusalOnAFirstAttemptIsReadBackLikewise(CustomerSessionState state) {
		talon.stubFor(put(urlPathEqualTo(SESSION_PATH)).willReturn(refusedTransition(state, state)));
		talon.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(json(200, readAnswer(state))));

		IntegrationStateV2 result = client()
			.updateCustomerSessionV2("cart-1001", TalonV2Requests.stateChange(state))
			.block(TIMEOUT);

		assertThat(result.customerSession().state()).isEqualTo(state);
		assertThat(requests()).containsExactly("PUT " + SESSION_PATH, "GET " + SESSION_PATH);
		assertThat(observation(TalonOperation.UPDATE_CUSTOMER_SESSION_V2).isRecovered()).isTrue();
	}

	/** A 409 says Talon.One did not act: the 400 after it means that someone else closed the session meanwhile. */
	@Test
	void aRefusalAfterAConflictIsReadBackToo() {
		stubInOrder(put(urlPathEqualTo(SESSION_PATH)), () -> json(409, TOO_MANY),
				() -> refusedTransition(CustomerSessionState.CLOSED, CustomerSessionState.CLOSED));
		talon.stubFor(get(urlPathEqualTo(SESSION_PATH))
			.willReturn(json(200, readAnswer(CustomerSessionState.CLOSED))));

		IntegrationStateV2 result = client()
			.updateCustomerSessionV2("cart-1001", TalonV2Requests.stateChange(CustomerSessionState.CLOSED))
			.block(TIMEOUT);

		assertThat(result.customerSession().state()).isEqualTo(CustomerSessionState.CLOSED);
		assertThat(requests()).containsExactly("PUT " + SESSION_PATH, "PUT " + SESSION_PATH, "GET " + SESSION_PATH);
	}

	/** A refusal of another transition (closed from cancelled) is not the one this call made. */
	@Test
	void aRefusalOfAnotherTransitionAfterALostAnswerFails() {
		stubInOrder(put(urlPathEqualTo(SESSION_PATH)), LostAnswer.SERVER_ERROR_500.answer,
				() -> refusedTransition(CustomerSessionState.CLOSED, CustomerSessionState.CANCELLED));

		TalonClientErrorException ex = failure(client().updateCustomerSessionV2("cart-1001",
				TalonV2Requests.stateChange(CustomerSessionState.CLOSED)), TalonClientErrorException.class);

		assertThat(ex.getMessage()).contains("Cannot move session to state \"closed\" from state \"cancelled\"");
		assertThat(requests()).containsExactly("PUT " + SESSION_PATH, "PUT " + SESSION_PATH);
	}

	@Test
	void aReadBackInAnotherStateFailsWithTheRefusal() {
		stubInOrder(put(urlPathEqualTo(SESSION_PATH)), LostAnswer.SERVER_ERROR_500.answer,
				() -> refusedTransition(CustomerSessionState.CLOSED, CustomerSessionState.CLOSED));
		// closed by this call, then reopened by someone else before the read
		talon.stubFor(get(urlPathEqualTo(SESSION_PATH))
			.willReturn(json(200, readAnswer(CustomerSessionState.OPEN))));

		TalonClientErrorException ex = failure(client().updateCustomerSessionV2("cart-1001",
				TalonV2Requests.stateChange(CustomerSessionState.CLOSED)), TalonClientErrorException.class);

		assertThat(ex.getStatusCode()).isEqualTo(400);
		assertThat(ex.getMessage()).contains("Cannot move session to state \"closed\" from state \"closed\"");
		assertThat(ex.getSuppressed()).singleElement().isInstanceOf(TalonServerErrorException.class);
		assertThat(requests()).containsExactly("PUT " + SESSION_PATH, "PUT " + SESSION_PATH, "GET " + SESSION_PATH);
		assertThat(observation(TalonOperation.UPDATE_CUSTOMER_SESSION_V2).isRecovered()).isFalse();
	}

	@Test
	void aFailedReadBackFailsWithTheRefusalAndTheReadFailureSuppressed() {
		stubInOrder(put(urlPathEqualTo(SESSION_PATH)), LostAnswer.CONNECTION_RESET.answer,
				() -> refusedTransition(CustomerSessionState.CANCELLED, CustomerSessionState.CANCELLED));
		talon.stubFor(get(urlPathEqualTo(SESSION_PATH)).willReturn(json(404,
				"{\"message\": \"Not found\", \"errors\": []}")));

		TalonClientErrorException ex = failure(client().updateCustomerSessionV2("cart-1001",
				TalonV2Requests.stateChange(CustomerSessionState.CANCELLED)), TalonClientErrorException.class);

		assertThat(ex).isNotInstanceOf(TalonNotFoundException.class);
		assertThat(ex.getStatusCode()).isEqualTo(400);
		assertThat(ex.getSuppressed()).hasSize(2)
			.anySatisfy((suppressed) -> assertThat(suppressed).isInstanceOf(TalonTransportException.class))
			.anySatisfy((suppressed) -> assertThat(suppressed).isInstanceOf(TalonNotFoundException.class)
				.hasMessageContaining("getCustomerSession"));
		assertThat(requests()).containsExactly("PUT " + SESSION_PATH, "PUT " + SESSION_PATH, "GET " + SESSION_PATH);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// (2) An advanced event whose answer was lost
	// ---------------------------------------------------------------------------------------------------------------

	@ParameterizedTest
	@EnumSource(LostAnswer.class)
	void anAdvancedEventWhoseAnswerWasLostIsReadBackWhenTheRetryIsADuplicate(LostAnswer lost) {
		stubInOrder(post(urlPathEqualTo("/v3/events")), lost.answer, () -> json(409, EXISTS));
		talon.stubFor(get(urlPathEqualTo("/v3/events/" + EVENT_ID))
			.willReturn(json(200, TalonV2Answers.ADVANCED_EVENT)));

		IntegrationEventV3Response result = client().trackEventV3(TalonV2Requests.fullAdvancedEvent(EVENT_ID))
			.block(TIMEOUT);

		assertThat(result.advancedEvent().integrationId()).isEqualTo(EVENT_ID);
		assertThat(result.effects()).extracting(Effect::effectType).containsExactly("addLoyaltyPoints");
		assertThat(requests()).containsExactly("POST /v3/events", "POST /v3/events", "GET /v3/events/" + EVENT_ID);
		assertThat(result(TalonOperation.TRACK_EVENT_V3).outcome()).isEqualTo(TalonOutcome.SUCCESS);
		assertThat(observation(TalonOperation.TRACK_EVENT_V3).isRecovered()).isTrue();
	}

	@Test
	void aDuplicateAdvancedEventWithoutALostAnswerFailsAtOnce() {
		talon.stubFor(post(urlPathEqualTo("/v3/events")).willReturn(json(409, EXISTS)));

		TalonConflictException ex = failure(client().trackEventV3(TalonV2Requests.fullAdvancedEvent(EVENT_ID)),
				TalonConflictException.class);

		assertThat(ex.getMessage()).contains("An advanced event already exists");
		assertThat(ex.getAttempts()).isEqualTo(1);
		assertThat(requests()).containsExactly("POST /v3/events");
	}

	@Test
	void aParallelRequestsConflictOfAnAdvancedEventIsRetried() {
		stubInOrder(post(urlPathEqualTo("/v3/events")), () -> json(409, TOO_MANY),
				() -> json(200, TalonV2Answers.eventV3Answer()));

		IntegrationEventV3Response result = client().trackEventV3(TalonV2Requests.fullAdvancedEvent(EVENT_ID))
			.block(TIMEOUT);

		assertThat(result.advancedEvent().integrationId()).isEqualTo(EVENT_ID);
		assertThat(requests()).containsExactly("POST /v3/events", "POST /v3/events");
		assertThat(observation(TalonOperation.TRACK_EVENT_V3).isRecovered()).isFalse();
	}

	@Test
	void aDuplicateAfterALostAnswerWhoseEventCannotBeReadFailsWithTheDuplicate() {
		stubInOrder(post(urlPathEqualTo("/v3/events")), LostAnswer.READ_TIMEOUT.answer, () -> json(409, EXISTS));
		talon.stubFor(get(urlPathEqualTo("/v3/events/" + EVENT_ID)).willReturn(json(404,
				"{\"message\": \"Not found\", \"errors\": [], \"StatusCode\": 404}")));

		TalonConflictException ex = failure(client().trackEventV3(TalonV2Requests.fullAdvancedEvent(EVENT_ID)),
				TalonConflictException.class);

		assertThat(ex.getSuppressed())
			.anySatisfy((suppressed) -> assertThat(suppressed).isInstanceOf(TalonTimeoutException.class))
			.anySatisfy((suppressed) -> assertThat(suppressed).isInstanceOf(TalonNotFoundException.class));
	}

	// ---------------------------------------------------------------------------------------------------------------
	// (3) The Idempotency-Key of a return
	// ---------------------------------------------------------------------------------------------------------------

	@Test
	void aReturnSendsTheSameRandomKeyOnEveryRetryAndEverySubscription() {
		String path = SESSION_PATH + "/returns";
		stubInOrder(post(urlPathEqualTo(path)), () -> json(500, "{\"message\": \"oops\"}"),
				() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
				() -> json(200, TalonV2Answers.returnAnswer()));
		Mono<IntegrationStateV2> returned = client(null).returnCartItems("cart-1001", TalonV2Requests.itemReturn());

		returned.block(TIMEOUT);
		returned.block(TIMEOUT);

		List<String> keys = keys(path);
		assertThat(keys).hasSize(4).containsOnly(keys.get(0));
		assertThat(UUID.fromString(keys.get(0))).as("a random UUID").isNotNull();
	}

	@Test
	void eachCallOfTheMethodMakesAKeyOfItsOwnUnlessTheCallerGivesOne() {
		String path = SESSION_PATH + "/returns";
		talon.stubFor(post(urlPathEqualTo(path)).willReturn(json(200, TalonV2Answers.returnAnswer())));
		TalonIntegrationClient client = client(null);

		client.returnCartItems("cart-1001", TalonV2Requests.itemReturn()).block(TIMEOUT);
		client.returnCartItems("cart-1001", TalonV2Requests.itemReturn()).block(TIMEOUT);
		client.returnCartItems("cart-1001", TalonV2Requests.itemReturn(), ReturnCartItemsOptions.idempotencyKey("RMA-42"))
			.block(TIMEOUT);
		client.returnCartItems("cart-1001", TalonV2Requests.itemReturn(), ReturnCartItemsOptions.idempotencyKey("RMA-42"))
			.block(TIMEOUT);
		client.returnCartItems("cart-1001", TalonV2Requests.itemReturn(), ReturnCartItemsOptions.dryRun())
			.block(TIMEOUT);

		List<String> keys = keys(path);
		assertThat(keys).hasSize(5);
		assertThat(Set.copyOf(keys.subList(0, 2))).as("two calls, two random keys").hasSize(2);
		assertThat(keys.subList(2, 4)).containsOnly("RMA-42");
		assertThat(keys.get(4)).as("a dry run has a key too").isNotIn(keys.subList(0, 4));
	}

	// ---------------------------------------------------------------------------------------------------------------
	// (4) Dry runs are not queued
	// ---------------------------------------------------------------------------------------------------------------

	@ParameterizedTest
	@EnumSource(DryRun.class)
	void aDryRunGoesOutAtOnceWhileARealUpdateOfItsSessionOrProfileIsInFlight(DryRun dryRun) throws Exception {
		SERVER.reset();
		SERVER.closeGate();
		talon.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl())
			.willReturn(aResponse().withTransformers(LaneServer.NAME)));
		TalonIntegrationClient client = client(null);

		CompletableFuture<?> real = dryRun.real.apply(client).toFuture();
		await(() -> SERVER.arrivals.get() == 1, "the real update to reach the server");
		Object dry = dryRun.dry.apply(client).block(Duration.ofSeconds(5));
		CompletableFuture<?> next = dryRun.real.apply(client).toFuture();
		Thread.sleep(200);

		assertThat(dry).as("the dry run's answer, while the real update is held").isNotNull();
		assertThat(SERVER.passedThrough).as("dry runs answered").hasValue(1);
		assertThat(real).isNotDone();
		assertThat(SERVER.arrivals).as("the next real update waits for the one in flight").hasValue(1);
		SERVER.openGate();
		real.get(10, TimeUnit.SECONDS);
		next.get(10, TimeUnit.SECONDS);
		assertThat(SERVER.arrivals).hasValue(2);
		assertThat(SERVER.conflicts).as("requests that overlapped another of their session or profile").hasValue(0);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// (5) Deletions and enrolments whose answer was lost
	// ---------------------------------------------------------------------------------------------------------------

	static List<Arguments> lostDeletions() {
		List<Arguments> arguments = new ArrayList<>();
		for (Deletion deletion : Deletion.values()) {
			for (LostAnswer lost : LostAnswer.values()) {
				arguments.add(Arguments.of(deletion, lost));
			}
		}
		return arguments;
	}

	/** The deletion was made by the attempt whose answer was lost: the retry's 404 says it is gone, and it is done. */
	@ParameterizedTest(name = "{0} after {1}")
	@MethodSource("lostDeletions")
	void aDeletionWhoseAnswerWasLostIsDoneWhenTheRetryFindsNothingToDelete(Deletion deletion, LostAnswer lost) {
		stubInOrder(delete(urlPathEqualTo(deletion.path)), lost.answer, () -> json(404, NOT_FOUND));

		assertThat(deletion.call.apply(client()).hasElement().block(TIMEOUT)).isFalse();

		assertThat(requests()).containsExactly("DELETE " + deletion.path, "DELETE " + deletion.path);
		assertThat(result(deletion.operation)).satisfies((call) -> {
			assertThat(call.outcome()).isEqualTo(TalonOutcome.SUCCESS);
			assertThat(call.attempts()).isEqualTo(2);
		});
		assertThat(observation(deletion.operation).isRecovered()).isTrue();
	}

	/** Without a lost answer, a 404 means there was nothing to delete: the caller's mistake, reported. */
	@ParameterizedTest
	@EnumSource(Deletion.class)
	void aDeletionsNotFoundWithoutALostAnswerFails(Deletion deletion) {
		talon.stubFor(delete(urlPathEqualTo(deletion.path)).willReturn(json(404, NOT_FOUND)));

		TalonNotFoundException ex = failure(deletion.call.apply(client()), TalonNotFoundException.class);

		assertThat(ex.getAttempts()).isEqualTo(1);
		assertThat(requests()).containsExactly("DELETE " + deletion.path);
		assertThat(observation(deletion.operation).isRecovered()).isFalse();
	}

	/**
	 * The enrolment was made by the attempt whose answer was lost: Talon.One refuses the retry (the customer is a
	 * member), the client reads the customer's inventory, finds the program, and the call is done.
	 */
	@ParameterizedTest
	@EnumSource(LostAnswer.class)
	void anEnrolmentWhoseAnswerWasLostIsDoneWhenTheInventoryShowsTheMembership(LostAnswer lost) {
		stubInOrder(post(urlPathEqualTo(JOIN_PATH)), lost.answer, () -> json(400, ALREADY_JOINED));
		talon.stubFor(get(urlPathEqualTo(INVENTORY_PATH)).willReturn(json(200, TalonV2AccountAnswers.INVENTORY)));

		assertThat(client().joinLoyaltyProgram(5, "customer-7").hasElement().block(TIMEOUT)).isFalse();

		assertThat(requests()).containsExactly("POST " + JOIN_PATH, "POST " + JOIN_PATH, "GET " + INVENTORY_PATH);
		assertThat(talon.findAll(getRequestedFor(urlPathEqualTo(INVENTORY_PATH)))).singleElement()
			.satisfies((read) -> assertThat(read.getUrl()).endsWith("?loyalty=true"));
		assertThat(result(TalonOperation.JOIN_LOYALTY_PROGRAM).outcome()).isEqualTo(TalonOutcome.SUCCESS);
		assertThat(observation(TalonOperation.JOIN_LOYALTY_PROGRAM).isRecovered()).isTrue();
	}

	@Test
	void anEnrolmentRefusedAfterALostAnswerWhenTheInventoryLacksTheProgramFailsWithTheRefusal() {
		stubInOrder(post(urlPathEqualTo(JOIN_PATH)), LostAnswer.SERVER_ERROR_500.answer,
				() -> json(400, ALREADY_JOINED));
		talon.stubFor(get(urlPathEqualTo(INVENTORY_PATH)).willReturn(json(200, "{\"loyalty\": {\"programs\": {}}}")));

		TalonClientErrorException ex = failure(client().joinLoyaltyProgram(5, "customer-7"),
				TalonClientErrorException.class);

		assertThat(ex.getStatusCode()).isEqualTo(400);
		assertThat(ex.getSuppressed()).singleElement().isInstanceOf(TalonServerErrorException.class);
		assertThat(observation(TalonOperation.JOIN_LOYALTY_PROGRAM).isRecovered()).isFalse();
	}

	@Test
	void anEnrolmentRefusedOnItsFirstAttemptFailsAtOnceWithoutReading() {
		talon.stubFor(post(urlPathEqualTo(JOIN_PATH)).willReturn(json(400, ALREADY_JOINED)));

		TalonClientErrorException ex = failure(client().joinLoyaltyProgram(5, "customer-7"),
				TalonClientErrorException.class);

		assertThat(ex.getMessage()).contains("already joined");
		assertThat(requests()).containsExactly("POST " + JOIN_PATH);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------------

	private TalonIntegrationClient client() {
		return client(READ_TIMEOUT);
	}

	private TalonIntegrationClient client(Duration readTimeout) {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<TalonObservationContext>() {

			@Override
			public void onStop(TalonObservationContext context) {
				ExactlyOnceV2Tests.this.observations.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof TalonObservationContext;
			}

		});
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create())),
					URI.create(talon.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(new TalonRetrySettings(true, 3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1),
					false))
			.readTimeout(readTimeout)
			.timeout(Duration.ofSeconds(5))
			.observationRegistry(registry)
			.listener(new TalonClientListener() {

				@Override
				public void onCallComplete(TalonCallResult result) {
					ExactlyOnceV2Tests.this.results.add(result);
				}

			})
			.build();
	}

	/** Answers the requests the stub matches with the given answers in turn, the last one from then on. */
	@SafeVarargs
	private static void stubInOrder(MappingBuilder request, Supplier<ResponseDefinitionBuilder>... answers) {
		String scenario = "in-order-" + UUID.randomUUID();
		for (int i = 0; i < answers.length; i++) {
			ScenarioMappingBuilder stub = copy(request).inScenario(scenario)
				.whenScenarioStateIs((i == 0) ? STARTED : "answer-" + i)
				.willReturn(answers[i].get());
			if (i < answers.length - 1) {
				stub.willSetStateTo("answer-" + (i + 1));
			}
			talon.stubFor(stub);
		}
	}

	private static MappingBuilder copy(MappingBuilder request) {
		// a MappingBuilder is mutable: build each stub from the request's method and URL anew
		var mapping = request.build().getRequest();
		return com.github.tomakehurst.wiremock.client.WireMock.request(mapping.getMethod().getName(),
				mapping.getUrlMatcher());
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static ResponseDefinitionBuilder refusedTransition(CustomerSessionState to, CustomerSessionState from) {
		return json(400, """
				{"message": "Cannot move session to state \\"%s\\" from state \\"%s\\"", "errors": []}"""
			.formatted(to.value(), from.value()));
	}

	private static String readAnswer(CustomerSessionState state) {
		return TalonV2Answers.sessionReadAnswer().replace("\"state\": \"closed\"", "\"state\": \"" + state.value() + "\"");
	}

	private static List<String> requests() {
		List<LoggedRequest> requests = new ArrayList<>(talon.findAll(anyRequestedFor(anyUrl())));
		requests.sort((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()));
		return requests.stream()
			.map((request) -> request.getMethod().getName() + " " + URI.create(request.getUrl()).getPath())
			.toList();
	}

	private static List<String> keys(String path) {
		return talon.findAll(postRequestedFor(urlPathEqualTo(path)))
			.stream()
			.map((request) -> request.getHeader("Idempotency-Key"))
			.toList();
	}

	private TalonCallResult result(TalonOperation operation) {
		return this.results.stream().filter((result) -> result.operation() == operation).reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no call of " + operation + " ended"));
	}

	private TalonObservationContext observation(TalonOperation operation) {
		return this.observations.stream().filter((context) -> context.getOperation() == operation).reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no observation of " + operation));
	}

	private static <T extends TalonException> T failure(Mono<?> call, Class<T> type) {
		Signal<?> signal = call.materialize().block(TIMEOUT);
		if (signal == null || !signal.isOnError()) {
			fail("expected a " + type.getSimpleName() + " but the call ended with " + signal);
		}
		assertThat(signal.getThrowable()).isExactlyInstanceOf(type);
		return type.cast(signal.getThrowable());
	}

	private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out waiting for " + what);
			}
			Thread.sleep(2);
		}
	}

	/** A deletion, whose 404 to a retry after a lost answer means it was done. */
	enum Deletion {

		CUSTOMER_DATA(TalonOperation.DELETE_CUSTOMER_DATA, "/v1/customer_data/customer-7",
				(client) -> client.deleteCustomerData("customer-7")),

		COUPON_RESERVATION(TalonOperation.DELETE_COUPON_RESERVATION, "/v1/coupon_reservations/WALLET-10",
				(client) -> client.deleteCouponReservation("WALLET-10", TalonV2AccountRequests.reservations())),

		AUDIENCE(TalonOperation.DELETE_AUDIENCE_V2, "/v2/audiences/42", (client) -> client.deleteAudienceV2(42));

		final TalonOperation operation;

		final String path;

		final Function<TalonIntegrationClient, Mono<Void>> call;

		Deletion(TalonOperation operation, String path, Function<TalonIntegrationClient, Mono<Void>> call) {
			this.operation = operation;
			this.path = path;
			this.call = call;
		}

	}

	/** How the answer to a request that reached the server, and was acted on, gets lost. */
	enum LostAnswer {

		/** No answer within the client's read timeout. */
		READ_TIMEOUT(() -> json(200, TalonV2Answers.sessionAnswer()).withFixedDelay(2000)),

		/** The connection is reset. */
		CONNECTION_RESET(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),

		/** The connection closes before the answer. */
		CONNECTION_CLOSED(() -> aResponse().withFault(Fault.EMPTY_RESPONSE)),

		/** A 500 after acting. */
		SERVER_ERROR_500(() -> json(500, "{\"message\": \"Internal server error\"}")),

		/** A gateway's 504: Talon.One may have acted behind it. */
		GATEWAY_TIMEOUT_504(() -> aResponse().withStatus(504));

		final Supplier<ResponseDefinitionBuilder> answer;

		LostAnswer(Supplier<ResponseDefinitionBuilder> answer) {
			this.answer = answer;
		}

	}

	/** A dry run, and a real update of the same session or profile that it must not wait for. */
	enum DryRun {

		SESSION_UPDATE((client) -> client.updateCustomerSessionV2("cart-1001", TalonV2Requests.cartUpdate()),
				(client) -> client.updateCustomerSessionV2("cart-1001", TalonV2Requests.cartUpdate(),
						UpdateCustomerSessionV2Options.dryRun())),

		RETURN((client) -> client.updateCustomerSessionV2("cart-1001", TalonV2Requests.cartUpdate()),
				(client) -> client.returnCartItems("cart-1001", TalonV2Requests.itemReturn(),
						ReturnCartItemsOptions.dryRun())),

		PROFILE_UPDATE((client) -> client.updateCustomerProfileV2("customer-7", TalonV2Requests.fullProfile()),
				(client) -> client.updateCustomerProfileV2("customer-7", TalonV2Requests.fullProfile(),
						UpdateCustomerProfileV2Options.dryRun())),

		EVENT_V2((client) -> client.updateCustomerProfileV2("customer-7", CustomerProfileIntegrationRequestV2.builder()
			.build()), (client) -> client.trackEventV2(TalonV2Requests.fullEvent(), TrackEventOptions.dryRun())),

		EVENT_V3((client) -> client.trackEventV2(TalonV2Requests.fullEvent()),
				(client) -> client.trackEventV3(TalonV2Requests.fullAdvancedEvent(EVENT_ID), TrackEventOptions.dryRun()));

		final Function<TalonIntegrationClient, Mono<?>> real;

		final Function<TalonIntegrationClient, Mono<?>> dry;

		DryRun(Function<TalonIntegrationClient, Mono<?>> real, Function<TalonIntegrationClient, Mono<?>> dry) {
			this.real = real;
			this.dry = dry;
		}

	}

}
