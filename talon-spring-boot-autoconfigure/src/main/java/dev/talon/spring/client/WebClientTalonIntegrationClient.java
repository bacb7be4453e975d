package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.Effect;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The {@link TalonIntegrationClient} on Spring's {@link WebClient}.
 * <ul>
 * <li>Each request body is serialised once, signed (when the credentials need the body) and sent as exactly those
 * bytes, on the first attempt and on every retry; answers are read as bytes and mapped with Talon.One's wire format
 * ({@link TalonJson}), so that every failure is reported as a {@link TalonException}.</li>
 * <li>Path ids are URI template variables: each id is exactly one encoded path segment, and the request's URI
 * template (for example {@code /v1/customer_sessions/{customerSessionId}}) is what HTTP client observations
 * record.</li>
 * <li>Failed attempts are retried as {@link TalonRetrySettings} describes; the whole call, retries and back-off
 * included, is bounded by {@link Builder#timeout(Duration) a timeout}.</li>
 * <li>Updates of one customer session are sent one at a time, in subscription order, and optionally coalesced
 * ({@link Builder#coalesceSessionUpdates(boolean)}); updates of different sessions run in parallel.</li>
 * <li>Each call is one {@code talon.client.requests} {@link Observation} (all attempts included), and its end is
 * reported to the {@link TalonClientListener}s.</li>
 * </ul>
 * Timeouts of each attempt (connect, read) belong to the {@link WebClient.Builder}'s connector; the Spring Boot
 * auto-configuration sets them from {@code talon.connect-timeout} and {@code talon.read-timeout}.
 */
public class WebClientTalonIntegrationClient implements TalonIntegrationClient {

	/** The default bound of a whole call, retries included. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private static final byte[] NO_BODY = new byte[0];

	private static final TalonObservationConvention DEFAULT_CONVENTION = new DefaultTalonObservationConvention();

	private final WebClient webClient;

	private final TalonCredentials credentials;

	private final JsonMapper json;

	private final TalonErrors errors;

	private final Duration timeout;

	private final TalonRetryPolicy retryPolicy;

	private final SessionUpdateSequencer<IntegrationState> sessionUpdates;

	private final ObservationRegistry observationRegistry;

	private final TalonObservationConvention observationConvention;

	private final List<TalonClientListener> listeners;

	/**
	 * Creates a client with the default settings: Talon.One's wire format ({@link TalonJson#mapper()}), a call
	 * timeout of 5 s, {@link TalonRetrySettings#defaults() default retries}, sequenced session updates without
	 * coalescing, no observations.
	 * @param webClientBuilder the builder to build the {@link WebClient} from (it is not modified)
	 * @param baseUrl the Talon.One base URL, such as {@code https://mycompany.europe-west1.talon.one}
	 * @param credentials how requests authenticate
	 */
	public WebClientTalonIntegrationClient(WebClient.Builder webClientBuilder, URI baseUrl,
			TalonCredentials credentials) {
		this(builder(webClientBuilder, baseUrl, credentials));
	}

	private WebClientTalonIntegrationClient(Builder builder) {
		this.credentials = builder.credentials;
		this.json = builder.json;
		this.errors = new TalonErrors(this.json, this.credentials);
		this.timeout = builder.timeout;
		this.retryPolicy = new TalonRetryPolicy(builder.retry);
		this.sessionUpdates = new SessionUpdateSequencer<>(builder.coalesceSessionUpdates);
		this.observationRegistry = builder.observationRegistry;
		this.observationConvention = builder.observationConvention;
		this.listeners = List.copyOf(builder.listeners);
		DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(checkBaseUrl(builder.baseUrl));
		// Strict encoding of template variables: '/', '?', '#', '%', '+' in an id stay inside its one path segment.
		uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		this.webClient = builder.webClientBuilder.clone().uriBuilderFactory(uris).build();
	}

	/**
	 * Starts building a client.
	 * @param webClientBuilder the builder to build the {@link WebClient} from (it is not modified)
	 * @param baseUrl the Talon.One base URL: absolute, {@code http} or {@code https}
	 * @param credentials how requests authenticate
	 * @return a builder with the default settings
	 * @throws IllegalArgumentException when an argument is missing
	 */
	public static Builder builder(WebClient.Builder webClientBuilder, URI baseUrl, TalonCredentials credentials) {
		return new Builder(webClientBuilder, baseUrl, credentials);
	}

	/**
	 * Checks that a base URL is an absolute {@code http} or {@code https} URL with a host, and removes a trailing
	 * slash.
	 * @param baseUrl the base URL
	 * @return the base URL as text without trailing slash
	 * @throws IllegalArgumentException when it is not such a URL
	 */
	public static String checkBaseUrl(URI baseUrl) {
		requireArgument(baseUrl, "baseUrl");
		String scheme = baseUrl.getScheme();
		if (!baseUrl.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
				|| baseUrl.getHost() == null) {
			throw new IllegalArgumentException(
					"baseUrl must be an absolute http or https URL such as https://mycompany.talon.one but was '"
							+ ((baseUrl.getRawUserInfo() != null) ? "(a URL with user info)" : baseUrl) + "'");
		}
		if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
			throw new IllegalArgumentException(
					"baseUrl must not contain user info, a query or a fragment but was '" + baseUrl.getScheme()
							+ "://" + baseUrl.getHost() + "...'");
		}
		String text = baseUrl.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	@Override
	public Mono<Referral> createReferral(NewReferral referral) {
		requireArgument(referral, "referral");
		return call(TalonOperation.CREATE_REFERRAL, referral, Referral.class, null, false);
	}

	@Override
	public Mono<CustomerProfileSearchResult> getCustomerProfilesByAttributes(CustomerProfileSearch search) {
		requireArgument(search, "search");
		return call(TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES, search, CustomerProfileSearchResult.class,
				null, false);
	}

	@Override
	public Mono<IntegrationState> trackEvent(NewEvent event) {
		requireArgument(event, "event");
		return call(TalonOperation.TRACK_EVENT, event, IntegrationState.class, null, false);
	}

	@Override
	public Mono<IntegrationState> updateCustomerProfile(String integrationId, NewCustomerProfile profile) {
		requireId(integrationId, "integrationId");
		requireArgument(profile, "profile");
		return call(TalonOperation.UPDATE_CUSTOMER_PROFILE, profile, IntegrationState.class, integrationId, false);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Updates of the same session are sent one at a time, in the order they are subscribed to; with coalescing, an
	 * update that does not change the session's state may be superseded by a newer one, whose result it then
	 * receives.
	 */
	@Override
	public Mono<IntegrationState> updateCustomerSession(String customerSessionId, NewCustomerSession session) {
		requireId(customerSessionId, "customerSessionId");
		requireArgument(session, "session");
		boolean supersedable = session.state() == null || session.state() == CustomerSessionState.OPEN;
		return call(TalonOperation.UPDATE_CUSTOMER_SESSION, session, IntegrationState.class, customerSessionId,
				supersedable);
	}

	/**
	 * How many sessions have an update in flight or waiting: zero when the client is idle.
	 * @return the number of sessions
	 */
	public int sessionsInFlight() {
		return this.sessionUpdates.sessionsInFlight();
	}

	@SuppressWarnings("unchecked")
	private <T> Mono<T> call(TalonOperation operation, Object body, Class<T> responseType, String pathId,
			boolean supersedable) {
		byte[] bytes = this.json.writeValueAsBytes(body);
		Object[] pathIds = (pathId != null) ? new Object[] { pathId } : new Object[0];
		return Mono.defer(() -> {
			Call call = new Call(operation, pathId, this.timeout);
			Observation observation = Observation.createNotStarted(this.observationConvention, DEFAULT_CONVENTION,
					() -> call.context, this.observationRegistry);
			observation.start();
			Mono<T> attempts = attempts(call, bytes, responseType, pathIds);
			if (!observation.isNoop()) {
				// the HTTP client observation of each attempt becomes a child of this one
				attempts = attempts.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, observation));
			}
			// An update of a session runs detached from its caller (see SessionUpdateSequencer), so it gets a
			// deadline of its own; the call's deadline bounds the wait in the session's queue as well.
			Mono<T> sequenced = (operation == TalonOperation.UPDATE_CUSTOMER_SESSION)
					? (Mono<T>) this.sessionUpdates.submit(pathId, withinDeadline(call, (Mono<IntegrationState>) attempts),
							supersedable)
					: attempts;
			return withinDeadline(call, sequenced).doOnNext((value) -> complete(call, observation, value, null))
				.doOnError((failure) -> complete(call, observation, null, failure))
				.doOnCancel(() -> complete(call, observation, null, new CancellationException("cancelled")));
		});
	}

	/**
	 * Fails the given part of the call with a {@link TalonTimeoutException} when the call's timeout has passed (see
	 * {@link CallDeadlines} for why this is not {@code Mono.timeout(Duration)}).
	 */
	private static <T> Mono<T> withinDeadline(Call call, Mono<T> part) {
		return Mono.defer(() -> {
			long remaining = call.remainingNanos();
			if (remaining <= 0) {
				return Mono.error(call.timedOut(null));
			}
			return part.timeout(CallDeadlines.INSTANCE.after(remaining), Mono.error(() -> call.timedOut(null)));
		});
	}

	/**
	 * The attempts of a call: the first one, and after each failure that is to be retried, a wait and the next.
	 * (The retry machinery is only built when an attempt fails; {@code retryWhen} would build it for every call.)
	 */
	private <T> Mono<T> attempts(Call call, byte[] bytes, Class<T> responseType, Object[] pathIds) {
		return Mono.defer(() -> {
			call.attempts++;
			call.context.setStatusCode(null);
			return exchange(call, bytes, responseType, pathIds);
		}).onErrorResume((failure) -> retryOrFail(call, failure).then(attempts(call, bytes, responseType, pathIds)));
	}

	private Mono<Long> retryOrFail(Call call, Throwable failure) {
		if (!(failure instanceof TalonException talonFailure)) {
			return Mono.error(failure);
		}
		call.failures.add(talonFailure);
		String reason = this.retryPolicy.retryReason(call.operation, talonFailure);
		if (reason == null || call.attempts >= this.retryPolicy.settings().attempts()
				|| this.retryPolicy.exceedsMaxRetryAfter(talonFailure)) {
			return Mono.error(call.lastFailure(talonFailure));
		}
		Duration delay = this.retryPolicy.delay(talonFailure, call.attempts);
		if (delay.toNanos() >= call.remainingNanos()) {
			// the next attempt would start after the call's timeout: give up now
			return Mono.error(call.lastFailure(talonFailure));
		}
		call.context.addRetryReason(reason);
		for (TalonClientListener listener : this.listeners) {
			try {
				listener.onRetry(call.operation, reason, talonFailure, delay);
			}
			catch (RuntimeException ex) {
				// a listener must not break the call
			}
		}
		return Mono.delay(delay);
	}

	private void complete(Call call, Observation observation, Object value, Throwable failure) {
		if (!call.completed.compareAndSet(false, true)) {
			return;
		}
		TalonOutcome outcome = call.outcome(failure);
		call.context.setOutcome(outcome);
		call.context.setAttempts(call.attempts);
		if (failure instanceof TalonResponseException response) {
			call.context.setStatusCode(response.getStatusCode());
		}
		else if (failure != null) {
			call.context.setStatusCode(null);
		}
		if (failure != null) {
			observation.error(failure);
		}
		observation.stop();
		if (this.listeners.isEmpty()) {
			return;
		}
		List<String> effects = (value instanceof IntegrationState state) ? effectNames(state.effects()) : List.of();
		TalonCallResult result = new TalonCallResult(call.operation, outcome, call.context.getStatusCode(), failure,
				call.attempts, call.elapsed(), effects);
		for (TalonClientListener listener : this.listeners) {
			try {
				listener.onCallComplete(result);
			}
			catch (RuntimeException ex) {
				// a listener must not break the call
			}
		}
	}

	private static List<String> effectNames(List<Effect> effects) {
		if (effects.isEmpty()) {
			return List.of();
		}
		String[] names = new String[effects.size()];
		for (int i = 0; i < names.length; i++) {
			names[i] = effects.get(i).name();
		}
		return List.of(names); // TalonCallResult keeps this list as it is (no second copy)
	}

	private <T> Mono<T> exchange(Call call, byte[] bytes, Class<T> responseType, Object[] pathIds) {
		TalonOperation operation = call.operation;
		long start = System.nanoTime();
		return this.webClient.method(operation.method())
			.uri(operation.pathTemplate(), pathIds)
			.headers((headers) -> prepare(headers, bytes))
			.bodyValue(bytes)
			.exchangeToMono((response) -> read(call, response, responseType))
			.onErrorMap((ex) -> !(ex instanceof TalonException), (ex) -> this.errors.forTransportFailure(operation, ex,
					Duration.ofNanos(System.nanoTime() - start)));
	}

	private void prepare(HttpHeaders headers, byte[] body) {
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		this.credentials.authenticate(headers, body);
	}

	private <T> Mono<T> read(Call call, ClientResponse response, Class<T> responseType) {
		TalonOperation operation = call.operation;
		int status = response.statusCode().value();
		call.context.setStatusCode(status);
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(NO_BODY)
			.onErrorMap(DataBufferLimitException.class, (ex) -> new TalonInvalidResponseException(operation,
					"Talon.One " + operation.operationName() + " answered HTTP " + status
							+ " with a body larger than the codecs' in-memory limit; raise "
							+ "spring.http.codecs.max-in-memory-size",
					status, null, ex))
			.map((body) -> {
				if (!response.statusCode().is2xxSuccessful()) {
					throw this.errors.forStatus(operation, status, body,
							response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER));
				}
				return parse(operation, status, body, responseType);
			});
	}

	private <T> T parse(TalonOperation operation, int status, byte[] body, Class<T> responseType) {
		if (body.length == 0) {
			throw this.errors.forUnreadableBody(operation, status, responseType, body, null);
		}
		try {
			T value = this.json.readValue(body, responseType);
			if (value == null) {
				throw this.errors.forUnreadableBody(operation, status, responseType, body, null);
			}
			return value;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw this.errors.forUnreadableBody(operation, status, responseType, body, ex);
		}
	}

	private static void requireId(String id, String name) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
	}

	private static void requireArgument(Object argument, String name) {
		if (argument == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
	}

	@Override
	public String toString() {
		return "WebClientTalonIntegrationClient[credentials=" + this.credentials + ", timeout=" + this.timeout
				+ ", retry=" + this.retryPolicy.settings() + "]";
	}

	/**
	 * The state of one logical call.
	 */
	private static final class Call {

		private final TalonOperation operation;

		private final TalonObservationContext context;

		private final Duration timeout;

		private final long start = System.nanoTime();

		// added on an event-loop thread, read on the timer thread when the call times out
		private final List<TalonException> failures = new CopyOnWriteArrayList<>();

		private final AtomicBoolean completed = new AtomicBoolean();

		private volatile int attempts;

		Call(TalonOperation operation, String pathId, Duration timeout) {
			this.operation = operation;
			this.context = new TalonObservationContext(operation, pathId);
			this.timeout = timeout;
		}

		long remainingNanos() {
			return this.timeout.toNanos() - (System.nanoTime() - this.start);
		}

		Duration elapsed() {
			return Duration.ofNanos(System.nanoTime() - this.start);
		}

		/**
		 * How the call ended. A 409 after an attempt that timed out or lost its connection says that Talon.One is
		 * still busy with that attempt, not that the caller sent conflicting updates: it counts as that first failure
		 * (a timeout or an I/O error), so that metrics and health see the slow or failing Talon.One.
		 */
		TalonOutcome outcome(Throwable failure) {
			TalonOutcome outcome = TalonOutcome.of(failure);
			if (outcome != TalonOutcome.CONFLICT) {
				return outcome;
			}
			return this.failures.stream()
				.map(TalonOutcome::of)
				.filter((earlier) -> earlier == TalonOutcome.TIMEOUT || earlier == TalonOutcome.IO_ERROR
						|| earlier == TalonOutcome.SERVER_ERROR)
				.findFirst()
				.orElse(outcome);
		}

		/** The failure of the last attempt, with the attempt count and the earlier failures attached. */
		TalonException lastFailure(TalonException failure) {
			failure.setAttempts(this.attempts);
			for (TalonException earlier : this.failures) {
				if (earlier != failure) {
					failure.addSuppressed(earlier);
				}
			}
			return failure;
		}

		TalonTimeoutException timedOut(Throwable cause) {
			if (cause instanceof TalonTimeoutException timeout
					&& timeout.getBound() == TalonTimeoutException.Bound.CALL) {
				return timeout;
			}
			TalonException last = this.failures.isEmpty() ? null : this.failures.get(this.failures.size() - 1);
			String detail = (this.attempts == 0) ? "; it was still waiting for earlier updates of the same session"
					: (last != null) ? "; last failure: " + last.getMessage() : "";
			TalonTimeoutException exception = new TalonTimeoutException(this.operation,
					"Talon.One " + this.operation.operationName() + " timed out: the call did not complete within "
							+ this.timeout.toMillis() + " ms (gave up after " + elapsed().toMillis() + " ms)" + detail,
					TalonTimeoutException.Bound.CALL, elapsed(), last);
			exception.setAttempts(this.attempts);
			for (TalonException earlier : this.failures) {
				if (earlier != last) {
					exception.addSuppressed(earlier);
				}
			}
			return exception;
		}

	}

	/**
	 * Builds a {@link WebClientTalonIntegrationClient}.
	 */
	public static final class Builder {

		private final WebClient.Builder webClientBuilder;

		private final URI baseUrl;

		private final TalonCredentials credentials;

		private JsonMapper json = TalonJson.mapper();

		private Duration timeout = DEFAULT_TIMEOUT;

		private TalonRetrySettings retry = TalonRetrySettings.defaults();

		private boolean coalesceSessionUpdates;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private TalonObservationConvention observationConvention;

		private final List<TalonClientListener> listeners = new ArrayList<>();

		private Builder(WebClient.Builder webClientBuilder, URI baseUrl, TalonCredentials credentials) {
			requireArgument(webClientBuilder, "webClientBuilder");
			requireArgument(credentials, "credentials");
			checkBaseUrl(baseUrl);
			this.webClientBuilder = webClientBuilder;
			this.baseUrl = baseUrl;
			this.credentials = credentials;
		}

		/**
		 * Sets the mapper of request and response bodies; by default {@link TalonJson#mapper()}.
		 * @param json the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper json) {
			requireArgument(json, "json");
			this.json = json;
			return this;
		}

		/**
		 * Bounds each whole call: all attempts, the waits between them and the wait for earlier updates of the same
		 * session. By default {@link #DEFAULT_TIMEOUT 5 s}.
		 * @param timeout the positive timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			if (timeout == null || timeout.isZero() || timeout.isNegative()) {
				throw new IllegalArgumentException("timeout must be positive but was " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		/**
		 * Sets when failed attempts are retried; by default {@link TalonRetrySettings#defaults()}.
		 * @param retry the retry settings
		 * @return this builder
		 */
		public Builder retry(TalonRetrySettings retry) {
			requireArgument(retry, "retry");
			this.retry = retry;
			return this;
		}

		/**
		 * Whether to coalesce updates of one session that wait behind an update in flight: only the newest is
		 * sent, and the callers of the others receive its result. Safe when every update carries the whole cart (as
		 * it should); an update that changes the session's state is never superseded. Off by default.
		 * @param coalesce whether to coalesce
		 * @return this builder
		 */
		public Builder coalesceSessionUpdates(boolean coalesce) {
			this.coalesceSessionUpdates = coalesce;
			return this;
		}

		/**
		 * Records each call as a {@code talon.client.requests} observation in the given registry; by default none.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			requireArgument(observationRegistry, "observationRegistry");
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Replaces {@link DefaultTalonObservationConvention}.
		 * @param observationConvention the convention, or {@code null} for the default
		 * @return this builder
		 */
		public Builder observationConvention(TalonObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Adds a listener to retries and call ends.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(TalonClientListener listener) {
			requireArgument(listener, "listener");
			this.listeners.add(listener);
			return this;
		}

		/**
		 * Builds the client.
		 * @return the client
		 */
		public WebClientTalonIntegrationClient build() {
			return new WebClientTalonIntegrationClient(this);
		}

	}

}
