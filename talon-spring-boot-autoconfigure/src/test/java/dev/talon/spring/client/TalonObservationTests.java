package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.UpdateAudience;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each call is one {@code talon.client.requests} observation, all attempts included, with low-cardinality keys only;
 * each attempt's {@code http.client.requests} observation is its child.
 */
class TalonObservationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<TalonCallResult> results = new ArrayList<>();

	private final List<Observation.Context> contexts = new java.util.concurrent.CopyOnWriteArrayList<>();

	TalonObservationTests() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				TalonObservationTests.this.contexts.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
	}

	private WebClientTalonIntegrationClient client() {
		return client(new ReactorClientHttpConnector(), 3);
	}

	/** A client observed by this test's registry, reporting its results to {@link #results}. */
	private WebClientTalonIntegrationClient client(ReactorClientHttpConnector connector, int maxAttempts) {
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(connector).observationRegistry(this.registry),
					URI.create(talon.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(new TalonRetrySettings(true, maxAttempts, Duration.ofMillis(5), Duration.ofMillis(10),
					Duration.ofSeconds(1), false))
			.observationRegistry(this.registry)
			.listener(new TalonClientListener() {
				@Override
				public void onCallComplete(TalonCallResult result) {
					TalonObservationTests.this.results.add(result);
				}
			})
			.build();
	}

	@Test
	void oneObservationSpansARetriedCall() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		talon.stubFor(put("/v1/customer_sessions/cart-1").inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));

		client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()).block(TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("talon.client.requests", 1)
			.hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasContextualNameEqualTo("talon updateCustomerSession")
			.hasLowCardinalityKeyValue("talon.operation", "updateCustomerSession")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("error", "none")
			.hasHighCardinalityKeyValue("talon.id", "cart-1")
			.hasBeenStarted()
			.hasBeenStopped();
		TalonObservationContext context = talonContext();
		assertThat(context.getAttempts()).isEqualTo(2);
		assertThat(context.getRetryReasons()).containsExactly("status_5xx");
		assertThat(this.contexts).filteredOn(ClientRequestObservationContext.class::isInstance)
			.hasSize(2)
			.allSatisfy((attempt) -> assertThat(attempt.getParentObservation()).isNotNull()
				.extracting(io.micrometer.observation.ObservationView::getContextView)
				.isSameAs(context));
		assertThat(this.results).singleElement().satisfies((result) -> {
			assertThat(result.outcome()).isEqualTo(TalonOutcome.SUCCESS);
			assertThat(result.attempts()).isEqualTo(2);
			assertThat(result.effects()).containsExactly("acceptCoupon", "setDiscount", "setDiscount", "showBanner");
		});
	}

	@Test
	void aConflictAfterATimedOutAttemptCountsAsTheTimeout() {
		// an operation whose 409 is retried max-attempts times (its spec declares no parallel-requests 409)
		talon.stubFor(put("/v2/audiences/7").inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(200).withFixedDelay(1500))
			.willSetStateTo("still busy"));
		talon.stubFor(put("/v2/audiences/7").inScenario("busy")
			.whenScenarioStateIs("still busy")
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\": \"Too many requests are updating this audience at the same time\"}")));
		WebClientTalonIntegrationClient client = client(new ReactorClientHttpConnector(
				reactor.netty.http.client.HttpClient.create().responseTimeout(Duration.ofMillis(200))), 2);

		assertThatExceptionOfType(TalonConflictException.class)
			.isThrownBy(() -> client.updateAudienceV2(7, new UpdateAudience("VIP customers", null)).block(TIMEOUT));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "TIMEOUT")
			.hasLowCardinalityKeyValue("status", "409")
			.hasLowCardinalityKeyValue("error", "TalonConflictException");
		assertThat(this.results).singleElement()
			.satisfies((result) -> assertThat(result.outcome()).isEqualTo(TalonOutcome.TIMEOUT));
	}

	@Test
	void aSessionBusyForTheWholeTimeoutEndsTheCallWithItsConflict() {
		// another instance keeps the session busy: 409 after 409 until talon.timeout
		talon.stubFor(put("/v2/customer_sessions/cart-1").willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Too many requests are updating this session at the same time\"}")));
		WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
			.builder(WebClient.builder(), URI.create(talon.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(new TalonRetrySettings(true, 3, Duration.ofMillis(50), Duration.ofMillis(100),
					Duration.ofSeconds(1), false))
			.timeout(Duration.ofMillis(800))
			.observationRegistry(this.registry)
			.build();

		TalonConflictException conflict = catchThrowableOfType(TalonConflictException.class,
				() -> client.updateCustomerSessionV2("cart-1", IntegrationRequest.of(NewCustomerSessionV2.builder().build()))
					.block(TIMEOUT));

		assertThat(conflict.getAttempts()).as("retried beyond max-attempts, until the timeout").isGreaterThan(3);
		assertThat(conflict.getMessage()).endsWith("[" + conflict.getAttempts() + " attempts]");
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "CONFLICT")
			.hasLowCardinalityKeyValue("status", "409");
	}

	@Test
	void aFailedCallRecordsItsOutcomeStatusAndError() {
		talon.stubFor(post("/v1/events").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Unauthorized - Invalid API key\"}")));

		assertThatExceptionOfType(TalonAuthenticationException.class).isThrownBy(() -> client()
			.trackEvent(NewEvent.builder("cart-1", "checkout_started").build())
			.block(TIMEOUT));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasLowCardinalityKeyValue("talon.operation", "trackEvent")
			.hasLowCardinalityKeyValue("outcome", "AUTHENTICATION_ERROR")
			.hasLowCardinalityKeyValue("status", "401")
			.hasLowCardinalityKeyValue("error", "TalonAuthenticationException")
			.doesNotHaveHighCardinalityKeyValueWithKey("talon.id")
			.assertThatError()
			.isInstanceOf(TalonAuthenticationException.class);
		assertThat(talonContext().getAttempts()).isEqualTo(1);
		assertThat(String.valueOf(talonContext().getLowCardinalityKeyValues())
				+ talonContext().getHighCardinalityKeyValues()).doesNotContain(TalonFixtures.API_KEY);
	}

	@Test
	void aCallWithoutAnswerHasNoStatus() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
					URI.create("http://127.0.0.1:" + port), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(TalonRetrySettings.disabled())
			.observationRegistry(this.registry)
			.build();

		assertThatExceptionOfType(TalonTransportException.class).isThrownBy(
				() -> client.updateCustomerSession("cart-1", NewCustomerSession.builder().build()).block(TIMEOUT));

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "IO_ERROR")
			.hasLowCardinalityKeyValue("status", "NONE")
			.hasLowCardinalityKeyValue("error", "TalonTransportException");
	}

	/** Calls that complete empty (an operation without answer, a silent call) end their observation too. */
	@Test
	void callsThatCompleteEmptyAreObservedAndReported() {
		talon.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete("/v2/audiences/42")
			.willReturn(aResponse().withStatus(204)));
		talon.stubFor(post("/v2/events?silent=yes").willReturn(aResponse().withStatus(204)));
		WebClientTalonIntegrationClient client = client();

		client.deleteAudienceV2(42).block(TIMEOUT);
		client.trackEventV2(TalonV2Requests.fullEvent(),
				dev.talon.spring.client.model.v2.TrackEventOptions.withoutAnswer()).block(TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("talon.client.requests", 2)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasLowCardinalityKeyValue("talon.operation", "deleteAudienceV2")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("status", "204")
			.hasHighCardinalityKeyValue("talon.id", "42")
			.hasBeenStopped();
		assertThat(this.results).extracting(TalonCallResult::operation, TalonCallResult::outcome).containsExactly(
				org.assertj.core.groups.Tuple.tuple(TalonOperation.DELETE_AUDIENCE_V2, TalonOutcome.SUCCESS),
				org.assertj.core.groups.Tuple.tuple(TalonOperation.TRACK_EVENT_V2, TalonOutcome.SUCCESS));
	}

	/** On a path of two ids, {@code talon.id} is the customer's or the card's, not the loyalty program's. */
	@Test
	void theIdOfAPathOfTwoIdsIsTheCustomersOrTheCards() {
		talon.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
				com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"hasMore\": false, \"totalResultSize\": 0, \"data\": []}")));
		WebClientTalonIntegrationClient client = client();

		client.getLoyaltyBalances(5, "customer-7").block(TIMEOUT);
		client.getLoyaltyCardPoints(125, "card-0042",
				dev.talon.spring.client.model.v2.LoyaltyPointsOptions.of(null)).block(TIMEOUT);
		client.getCustomerAchievementHistory("customer-8", 3,
				dev.talon.spring.client.model.v2.GetCustomerAchievementHistoryOptions.defaults()).block(TIMEOUT);

		assertThat(this.contexts).filteredOn(TalonObservationContext.class::isInstance)
			.extracting((context) -> ((TalonObservationContext) context).getPathId())
			.containsExactly("customer-7", "card-0042", "customer-8");
	}

	@Test
	void aUserConventionReplacesTheDefaultOne() {
		talon.stubFor(post("/v1/events").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
					URI.create(talon.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.observationRegistry(this.registry)
			.observationConvention(new DefaultTalonObservationConvention() {
				@Override
				public String getName() {
					return "shop.promotions";
				}
			})
			.build();

		client.trackEvent(NewEvent.builder("cart-1", "checkout_started").build()).block(TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("shop.promotions")
			.that()
			.hasLowCardinalityKeyValue("outcome", "SUCCESS");
	}

	private TalonObservationContext talonContext() {
		return this.contexts
			.stream()
			.filter(TalonObservationContext.class::isInstance)
			.map(TalonObservationContext.class::cast)
			.findFirst()
			.orElseThrow();
	}

}
