package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import io.micrometer.context.ContextRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the caller carries reaches the call: the observation in the subscriber's Reactor context (as WebFlux puts it
 * there) or in the thread, anything else in the Reactor context, and thread locals restored by automatic context
 * propagation; on the first attempt, on retries, and for session updates that wait behind earlier ones of the same
 * session, including one whose caller stopped waiting before it was sent.
 */
class ContextPropagationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String CALLER = "test.caller";

	/** A thread local that automatic context propagation restores from the Reactor context key {@link #CALLER}. */
	private static final ThreadLocal<String> CALLER_THREAD_LOCAL = new ThreadLocal<>();

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<Observation.Context> started = new CopyOnWriteArrayList<>();

	/** What each attempt's request saw: the Reactor context's caller and the thread local's. */
	private final List<String> seenInContext = new CopyOnWriteArrayList<>();

	private final List<String> seenInThreadLocal = new CopyOnWriteArrayList<>();

	ContextPropagationTests() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				ContextPropagationTests.this.started.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
	}

	@AfterEach
	void disableAutomaticContextPropagation() {
		Hooks.disableAutomaticContextPropagation();
		ContextRegistry.getInstance().removeThreadLocalAccessor(CALLER);
		CALLER_THREAD_LOCAL.remove();
	}

	private WebClientTalonIntegrationClient client() {
		ExchangeFilterFunction recorder = (request, next) -> Mono.deferContextual((context) -> {
			this.seenInContext.add(context.getOrDefault(CALLER, "none"));
			this.seenInThreadLocal.add(String.valueOf(CALLER_THREAD_LOCAL.get()));
			return next.exchange(request);
		});
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector())
				.observationRegistry(this.registry)
				.filter(recorder), URI.create(talon.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(new TalonRetrySettings(true, 3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1),
					false))
			.observationRegistry(this.registry)
			.build();
	}

	@Test
	void aRetriedSessionUpdateIsAChildOfTheObservationInTheReactorContext() {
		failOnceThenSucceed("/v1/customer_sessions/cart-flux");
		Observation parent = Observation.start("shop.request", this.registry);

		client().updateCustomerSession("cart-flux", NewCustomerSession.builder().build())
			.contextWrite(Context.of(ObservationThreadLocalAccessor.KEY, parent))
			.block(TIMEOUT);
		parent.stop();

		TalonObservationContext call = talonContexts().get(0);
		assertThat(parentOf(call)).isSameAs(parent.getContext());
		assertThat(attempts()).hasSize(2).allSatisfy((attempt) -> assertThat(parentOf(attempt)).isSameAs(call));
	}

	@Test
	void aCallThatIsNotSequencedIsAChildOfTheObservationInTheReactorContext() {
		talon.stubFor(post("/v1/events").willReturn(ok()));
		Observation parent = Observation.start("shop.request", this.registry);

		client().trackEvent(NewEvent.builder("cart-1", "checkout_started").build())
			.contextWrite(Context.of(ObservationThreadLocalAccessor.KEY, parent))
			.block(TIMEOUT);
		parent.stop();

		assertThat(parentOf(talonContexts().get(0))).isSameAs(parent.getContext());
	}

	@Test
	void withoutAnObservationInTheReactorContextTheThreadsIsTheParent() {
		// Spring MVC: the request's observation is in the servlet thread's scope
		talon.stubFor(post("/v1/events").willReturn(ok()));
		Observation parent = Observation.start("shop.request", this.registry);
		try (Observation.Scope scope = parent.openScope()) {
			client().trackEvent(NewEvent.builder("cart-1", "checkout_started").build()).block(TIMEOUT);
		}
		parent.stop();

		assertThat(parentOf(talonContexts().get(0))).isSameAs(parent.getContext());
	}

	@Test
	void aSessionUpdateWaitingBehindAnotherCallersRunsInItsOwnCallersContextOnEveryAttempt() {
		slowThenFailOnceThenSucceed("/v1/customer_sessions/cart-shared");
		WebClientTalonIntegrationClient client = client();
		Observation first = Observation.start("shop.request.first", this.registry);
		Observation second = Observation.start("shop.request.second", this.registry);

		Mono<?> firstUpdate = client.updateCustomerSession("cart-shared", NewCustomerSession.builder().build())
			.contextWrite(Context.of(ObservationThreadLocalAccessor.KEY, first, CALLER, "first"));
		Mono<?> secondUpdate = client.updateCustomerSession("cart-shared", NewCustomerSession.builder().build())
			.contextWrite(Context.of(ObservationThreadLocalAccessor.KEY, second, CALLER, "second"));
		Mono.when(firstUpdate, secondUpdate).block(TIMEOUT);

		// the second update waited for the first, and was sent when the first one's answer arrived
		assertThat(this.seenInContext).containsExactly("first", "second", "second");
		List<TalonObservationContext> calls = talonContexts();
		assertThat(parentOf(calls.get(0))).isSameAs(first.getContext());
		assertThat(parentOf(calls.get(1))).isSameAs(second.getContext());
		assertThat(attempts()).hasSize(3);
		assertThat(attempts().subList(1, 3)).allSatisfy((attempt) -> assertThat(parentOf(attempt)).isSameAs(calls.get(1)));
	}

	@Test
	void threadLocalsRestoredByAutomaticContextPropagationReachQueuedUpdatesAndRetries() {
		Hooks.enableAutomaticContextPropagation();
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(CALLER, CALLER_THREAD_LOCAL::get, CALLER_THREAD_LOCAL::set,
					CALLER_THREAD_LOCAL::remove);
		slowThenFailOnceThenSucceed("/v1/customer_sessions/cart-mdc");
		WebClientTalonIntegrationClient client = client();

		Mono<?> firstUpdate = client.updateCustomerSession("cart-mdc", NewCustomerSession.builder().build())
			.contextWrite(Context.of(CALLER, "first"));
		Mono<?> secondUpdate = client.updateCustomerSession("cart-mdc", NewCustomerSession.builder().build())
			.contextWrite(Context.of(CALLER, "second"));
		Mono.when(firstUpdate, secondUpdate).block(TIMEOUT);

		assertThat(this.seenInThreadLocal).containsExactly("first", "second", "second");
	}

	@Test
	void anUpdateWhoseCallerStoppedWaitingIsSentLaterInThatCallersContext() {
		talon.stubFor(put("/v1/customer_sessions/cart-gone").willReturn(ok().withFixedDelay(400)));
		WebClientTalonIntegrationClient client = client();
		Observation second = Observation.start("shop.request.second", this.registry);

		client.updateCustomerSession("cart-gone", NewCustomerSession.builder().build())
			.contextWrite(Context.of(CALLER, "first"))
			.subscribe();
		await().atMost(5, TimeUnit.SECONDS).until(() -> this.seenInContext.size() == 1);
		// the shop's request of the second update ends (a client disconnects) while the update waits
		client.updateCustomerSession("cart-gone", NewCustomerSession.builder().build())
			.contextWrite(Context.of(ObservationThreadLocalAccessor.KEY, second, CALLER, "second"))
			.subscribe()
			.dispose();

		await().atMost(5, TimeUnit.SECONDS)
			.untilAsserted(() -> talon.verify(2, putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-gone"))));
		assertThat(this.seenInContext).containsExactly("first", "second");
		await().atMost(5, TimeUnit.SECONDS).until(() -> talonContexts().size() == 3);
		// the cancelled call, then the update sent for no caller: a call of its own, still under the caller's span
		TalonObservationContext sentLater = talonContexts().get(2);
		assertThat(parentOf(sentLater)).isSameAs(second.getContext());
		await().atMost(5, TimeUnit.SECONDS).until(() -> sentLater.getOutcome() == TalonOutcome.SUCCESS);
	}

	private static void failOnceThenSucceed(String path) {
		talon.stubFor(put(path).inScenario(path)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		talon.stubFor(put(path).inScenario(path).whenScenarioStateIs("recovered").willReturn(ok()));
	}

	/** The first update is slow, the second fails once and then succeeds. */
	private static void slowThenFailOnceThenSucceed(String path) {
		talon.stubFor(put(path).inScenario(path)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(ok().withFixedDelay(300))
			.willSetStateTo("busy"));
		talon.stubFor(put(path).inScenario(path)
			.whenScenarioStateIs("busy")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		talon.stubFor(put(path).inScenario(path).whenScenarioStateIs("recovered").willReturn(ok()));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE);
	}

	private List<TalonObservationContext> talonContexts() {
		return this.started.stream()
			.filter(TalonObservationContext.class::isInstance)
			.map(TalonObservationContext.class::cast)
			.toList();
	}

	private List<Observation.Context> attempts() {
		return this.started.stream().filter(ClientRequestObservationContext.class::isInstance).toList();
	}

	private static Object parentOf(Observation.Context context) {
		ObservationView parent = context.getParentObservation();
		return (parent != null) ? parent.getContextView() : null;
	}

}
