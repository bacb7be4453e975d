package dev.talon.spring.client;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.talon.spring.client.model.Checks;
import dev.talon.spring.client.model.ErrorResponse;
import dev.talon.spring.client.model.PageOptions;
import dev.talon.spring.client.model.QueryOptions;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPoints;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPointsResponse;
import dev.talon.spring.client.model.v2.AchievementProgress;
import dev.talon.spring.client.model.v2.AchievementStatusEntry;
import dev.talon.spring.client.model.v2.Audience;
import dev.talon.spring.client.model.v2.BestPriorPrice;
import dev.talon.spring.client.model.v2.BestPriorPriceRequest;
import dev.talon.spring.client.model.v2.Catalog;
import dev.talon.spring.client.model.v2.CatalogSyncRequest;
import dev.talon.spring.client.model.v2.Coupon;
import dev.talon.spring.client.model.v2.CouponReservations;
import dev.talon.spring.client.model.v2.CreateReferralsForMultipleAdvocatesOptions;
import dev.talon.spring.client.model.v2.CustomerInventory;
import dev.talon.spring.client.model.v2.CustomerProfile;
import dev.talon.spring.client.model.v2.CustomerProfileAudienceRequest;
import dev.talon.spring.client.model.v2.DeleteLoyaltyTransactionsRequest;
import dev.talon.spring.client.model.v2.GenerateLoyaltyCard;
import dev.talon.spring.client.model.v2.GetCustomerAchievementHistoryOptions;
import dev.talon.spring.client.model.v2.GetCustomerAchievementsOptions;
import dev.talon.spring.client.model.v2.GetCustomerInventoryOptions;
import dev.talon.spring.client.model.v2.GetLoyaltyBalancesOptions;
import dev.talon.spring.client.model.v2.GetLoyaltyCardBalancesOptions;
import dev.talon.spring.client.model.v2.LedgerPointsEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LedgerTransactionLogEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LoyaltyBalancesWithTiers;
import dev.talon.spring.client.model.v2.LoyaltyCard;
import dev.talon.spring.client.model.v2.LoyaltyCardBalances;
import dev.talon.spring.client.model.v2.LoyaltyCardRegistration;
import dev.talon.spring.client.model.v2.LoyaltyPointsOptions;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import dev.talon.spring.client.model.v2.NewAudience;
import dev.talon.spring.client.model.v2.NewReferralsForMultipleAdvocates;
import dev.talon.spring.client.model.v2.UpdateAudience;
import dev.talon.spring.client.model.v2.Campaign;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.EventV3;
import dev.talon.spring.client.model.v2.IntegrationCustomerSessionResponse;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV2Response;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Response;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.IntegrationGetAllCampaignsOptions;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationRequest;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.Page;
import dev.talon.spring.client.model.v2.ReopenSessionResponse;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerProfilesV2Options;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
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
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.ContextView;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;
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
 * ({@link Builder#coalesceSessionUpdates(boolean)}); updates of different sessions run in parallel. An update whose
 * caller stops waiting before it is sent is still sent ({@link Builder#sendSessionUpdatesWhenCancelled(boolean)}).</li>
 * <li>A read of all pages ({@code ...All}) asks for each page as one call, only when its subscriber wants more items
 * than the pages read so far had, and at most {@link Builder#maxPages(int)} pages.</li>
 * <li>Each call is one {@code talon.client.requests} {@link Observation} (all attempts included), a child of the
 * caller's observation: the one in the subscriber's Reactor context under
 * {@link ObservationThreadLocalAccessor#KEY} (as WebFlux puts it there), else the registry's current one. The
 * caller's Reactor context reaches every attempt and retry, and session updates that wait for earlier ones. Its end
 * is reported to the {@link TalonClientListener}s.</li>
 * </ul>
 * The connect timeout of each attempt belongs to the {@link WebClient.Builder}'s connector; its read timeout to the
 * client ({@link Builder#readTimeout(Duration)}), armed when the request starts being sent. The Spring Boot
 * auto-configuration sets them from {@code talon.connect-timeout} and {@code talon.read-timeout}.
 */
public class WebClientTalonIntegrationClient implements TalonIntegrationClient, AutoCloseable {

	/** The default bound of a whole call, retries included. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	/** The default bound of a read of all pages. */
	public static final int DEFAULT_MAX_PAGES = 100;

	/** The name of the Talon.One Application of a client that was not given one: {@value}. */
	public static final String DEFAULT_APPLICATION_NAME = "default";

	private static final byte[] NO_BODY = new byte[0];

	/** What a confirmed recovery of an operation without answer yields inside the pipeline, never to a caller. */
	private static final Object DONE = new Object();

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final byte[] TOO_LARGE_ERROR_BODY = "(a body larger than the codecs' in-memory limit)"
		.getBytes(StandardCharsets.UTF_8);

	/**
	 * Reactor's context key of a subscription's own handler of errors that arrive after it was cancelled (a
	 * connection reset racing the client's read timeout, which gave the attempt up already). Such an error concerns
	 * an attempt the call has already accounted for; without the handler, Reactor logs each one as an ERROR with a
	 * stack trace. (The key is Reactor's {@code Hooks.KEY_ON_ERROR_DROPPED}; it is read by
	 * {@code Operators.onErrorDropped}.)
	 */
	private static final String ON_ERROR_DROPPED = "reactor.onErrorDropped.local";

	private static final Consumer<Throwable> IGNORE_ERROR_OF_A_GIVEN_UP_ATTEMPT = (error) -> {
	};

	private static final TalonObservationConvention DEFAULT_CONVENTION = new DefaultTalonObservationConvention();

	private final WebClient webClient;

	private final TalonCredentials credentials;

	private final JsonMapper json;

	private final TalonErrors errors;

	private final Duration timeout;

	private final Duration readTimeout;

	private final TalonRetryPolicy retryPolicy;

	private final SessionUpdateSequencer<Object> sessionUpdates;

	private final boolean sendSessionUpdatesWhenCancelled;

	private final AtomicBoolean closed = new AtomicBoolean();

	/** The calls whose observation started and has not ended: see {@link #callsInFlight()}. */
	private final LongAdder callsInFlight = new LongAdder();

	private final CallDeadlines deadlines;

	private final Clock clock;

	private final ObservationRegistry observationRegistry;

	private final TalonObservationConvention observationConvention;

	private final List<TalonClientListener> listeners;

	private final int maxPages;

	private final String applicationName;

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
		this.readTimeout = builder.readTimeout;
		this.retryPolicy = new TalonRetryPolicy(builder.retry);
		this.sessionUpdates = new SessionUpdateSequencer<>(builder.coalesceSessionUpdates);
		this.sendSessionUpdatesWhenCancelled = builder.sendSessionUpdatesWhenCancelled;
		this.observationRegistry = builder.observationRegistry;
		this.observationConvention = builder.observationConvention;
		this.listeners = List.copyOf(builder.listeners);
		this.maxPages = builder.maxPages;
		this.applicationName = builder.applicationName;
		DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(checkBaseUrl(builder.baseUrl));
		// Strict encoding of template variables: '/', '?', '#', '%', '+' in an id stay inside its one path segment.
		uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		this.webClient = builder.webClientBuilder.clone().uriBuilderFactory(uris).build();
		this.deadlines = builder.deadlines;
		this.clock = builder.clock;
		this.deadlines.retain();
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
		return call(request(TalonOperation.CREATE_REFERRAL, Referral.class).body(referral, "referral"));
	}

	@Override
	public Mono<CustomerProfileSearchResult> getCustomerProfilesByAttributes(CustomerProfileSearch search) {
		return call(request(TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES, CustomerProfileSearchResult.class)
			.body(search, "search"));
	}

	@Override
	public Mono<IntegrationState> trackEvent(NewEvent event) {
		return call(request(TalonOperation.TRACK_EVENT, IntegrationState.class).body(event, "event"));
	}

	@Override
	public Mono<IntegrationState> updateCustomerProfile(String integrationId, NewCustomerProfile profile) {
		return call(request(TalonOperation.UPDATE_CUSTOMER_PROFILE, IntegrationState.class)
			.pathId(integrationId, "integrationId")
			.body(profile, "profile"));
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
		Request<IntegrationState> request = request(TalonOperation.UPDATE_CUSTOMER_SESSION, IntegrationState.class)
			.pathId(customerSessionId, "customerSessionId")
			.body(session, "session");
		return call(request.inLane(customerSessionId)
			.supersedable(session.state() == null
					|| session.state() == dev.talon.spring.client.model.v1.CustomerSessionState.OPEN));
	}

	@Override
	public Mono<IntegrationStateV2> updateCustomerSessionV2(String customerSessionId, IntegrationRequest request,
			UpdateCustomerSessionV2Options options) {
		Request<IntegrationStateV2> call = request(TalonOperation.UPDATE_CUSTOMER_SESSION_V2, IntegrationStateV2.class)
			.pathId(customerSessionId, "customerSessionId")
			.body(request, "request")
			.query(options, "options");
		options.checkAt(this.clock);
		if (options.dry()) {
			// checked again on each subscription: a Mono subscribed to later (or again) must not send a past now
			return Mono.defer(() -> {
				options.checkAt(this.clock);
				return call(call.dryRun());
			});
		}
		CustomerSessionState state = request.customerSession().state();
		if (state == CustomerSessionState.CLOSED || state == CustomerSessionState.CANCELLED) {
			// a close or cancel of a session that is in that state already (made by an attempt whose answer was lost,
			// or by an earlier call that gave up before Talon.One answered): Talon.One refuses the transition
			call.recoverWhenRefused(false, (failure) -> isRefusedTransitionTo(failure, state.value()),
					() -> getCustomerSession(customerSessionId)
						.filter((read) -> read.customerSession() != null
								&& read.customerSession().state() == state)
						.map(IntegrationStateV2::readBack));
		}
		return call(call.inLane(customerSessionId)
			.supersedable(state == null || state == CustomerSessionState.OPEN));
	}

	@Override
	public Mono<IntegrationCustomerSessionResponse> getCustomerSession(String customerSessionId) {
		return call(request(TalonOperation.GET_CUSTOMER_SESSION, IntegrationCustomerSessionResponse.class)
			.pathId(customerSessionId, "customerSessionId"));
	}

	@Override
	public Mono<ReopenSessionResponse> reopenCustomerSession(String customerSessionId) {
		return call(request(TalonOperation.REOPEN_CUSTOMER_SESSION, ReopenSessionResponse.class)
			.pathId(customerSessionId, "customerSessionId")
			.inLane(customerSessionId));
	}

	@Override
	public Mono<IntegrationStateV2> returnCartItems(String customerSessionId, ReturnIntegrationRequest request,
			ReturnCartItemsOptions options) {
		Request<IntegrationStateV2> call = request(TalonOperation.RETURN_CART_ITEMS, IntegrationStateV2.class)
			.pathId(customerSessionId, "customerSessionId")
			.body(request, "request")
			.query(options, "options")
			// made now, once for this call: every attempt (and every subscription) sends the same key
			.header(IDEMPOTENCY_KEY, (options.idempotencyKey() != null) ? options.idempotencyKey()
					: UUID.randomUUID().toString());
		return call(options.dry() ? call.dryRun() : call.inLane(customerSessionId));
	}

	@Override
	public Mono<CustomerProfileIntegrationResponseV2> updateCustomerProfileV2(String integrationId,
			CustomerProfileIntegrationRequestV2 request, UpdateCustomerProfileV2Options options) {
		Request<CustomerProfileIntegrationResponseV2> call = request(TalonOperation.UPDATE_CUSTOMER_PROFILE_V2,
				CustomerProfileIntegrationResponseV2.class)
			.pathId(integrationId, "integrationId")
			.body(request, "request")
			.query(options, "options");
		return call(options.dry() ? call.dryRun() : call.inLane(integrationId));
	}

	@Override
	public Mono<MultipleCustomerProfileIntegrationResponseV2> updateCustomerProfilesV2(
			MultipleCustomerProfileIntegrationRequest request, UpdateCustomerProfilesV2Options options) {
		return call(request(TalonOperation.UPDATE_CUSTOMER_PROFILES_V2,
				MultipleCustomerProfileIntegrationResponseV2.class)
			.body(request, "request")
			.query(options, "options")
			.emptyWhen(options.silent()));
	}

	@Override
	public Mono<IntegrationEventV2Response> trackEventV2(IntegrationEventV2Request event, TrackEventOptions options) {
		Request<IntegrationEventV2Response> call = request(TalonOperation.TRACK_EVENT_V2,
				IntegrationEventV2Response.class)
			.body(event, "event")
			.query(options, "options")
			.emptyWhen(options.silent());
		return call(options.dry() ? call.dryRun() : call.inLane(event.profileId()));
	}

	@Override
	public Mono<IntegrationEventV3Response> trackEventV3(IntegrationEventV3Request event, TrackEventOptions options) {
		requireArgument(event, "event");
		// it is a path id of getEventV3, which reads the event back after a lost answer: checked like one now
		checkPathId(event.integrationId(), "event.integrationId");
		Request<IntegrationEventV3Response> call = request(TalonOperation.TRACK_EVENT_V3,
				IntegrationEventV3Response.class)
			.body(event, "event")
			.query(options, "options")
			.emptyWhen(options.silent());
		if (options.dry()) {
			return call(call.dryRun());
		}
		// an event recorded by an attempt whose answer was lost: the retry is refused as a duplicate
		call.recoverWhenRefused(true, WebClientTalonIntegrationClient::isDuplicateEvent,
				() -> getEventV3(event.integrationId()).map(IntegrationEventV3Response::readBack));
		return call(call.inLane(event.profileId()));
	}

	@Override
	public Mono<EventV3> getEventV3(String integrationId) {
		return call(request(TalonOperation.GET_EVENT_V3, EventV3.class).pathId(integrationId, "integrationId"));
	}

	@Override
	public Mono<Page<Campaign>> integrationGetAllCampaigns(IntegrationGetAllCampaignsOptions options) {
		return call(request(TalonOperation.INTEGRATION_GET_ALL_CAMPAIGNS, GenericAnswers.CAMPAIGNS)
			.query(options, "options"));
	}

	@Override
	public Flux<Campaign> integrationGetAllCampaignsAll(IntegrationGetAllCampaignsOptions options) {
		return all(TalonOperation.INTEGRATION_GET_ALL_CAMPAIGNS, options, this::integrationGetAllCampaigns);
	}

	@Override
	public Mono<CustomerInventory> getCustomerInventory(String integrationId, GetCustomerInventoryOptions options) {
		return call(request(TalonOperation.GET_CUSTOMER_INVENTORY, CustomerInventory.class)
			.pathId(integrationId, "integrationId")
			.query(options, "options"));
	}

	@Override
	public Mono<Void> deleteCustomerData(String integrationId) {
		Request<Void> call = request(TalonOperation.DELETE_CUSTOMER_DATA).pathId(integrationId, "integrationId");
		call.doneWhenRefused(TalonNotFoundException.class::isInstance, () -> Mono.just(true));
		return call(call.inLane(integrationId));
	}

	@Override
	public Mono<Page<AchievementStatusEntry>> getCustomerAchievements(String integrationId,
			GetCustomerAchievementsOptions options) {
		return call(request(TalonOperation.GET_CUSTOMER_ACHIEVEMENTS, GenericAnswers.ACHIEVEMENTS)
			.pathId(integrationId, "integrationId")
			.query(options, "options"));
	}

	@Override
	public Flux<AchievementStatusEntry> getCustomerAchievementsAll(String integrationId,
			GetCustomerAchievementsOptions options) {
		return all(TalonOperation.GET_CUSTOMER_ACHIEVEMENTS, options,
				(page) -> getCustomerAchievements(integrationId, page));
	}

	@Override
	public Mono<Page<AchievementProgress>> getCustomerAchievementHistory(String integrationId, long achievementId,
			GetCustomerAchievementHistoryOptions options) {
		return call(request(TalonOperation.GET_CUSTOMER_ACHIEVEMENT_HISTORY, GenericAnswers.ACHIEVEMENT_HISTORY)
			.pathId(integrationId, "integrationId")
			.pathId(achievementId, "achievementId")
			.query(options, "options"));
	}

	@Override
	public Flux<AchievementProgress> getCustomerAchievementHistoryAll(String integrationId, long achievementId,
			GetCustomerAchievementHistoryOptions options) {
		return all(TalonOperation.GET_CUSTOMER_ACHIEVEMENT_HISTORY, options,
				(page) -> getCustomerAchievementHistory(integrationId, achievementId, page));
	}

	@Override
	public Mono<Page<Referral>> createReferralsForMultipleAdvocates(NewReferralsForMultipleAdvocates request,
			CreateReferralsForMultipleAdvocatesOptions options) {
		return call(request(TalonOperation.CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES, GenericAnswers.REFERRALS)
			.body(request, "request")
			.query(options, "options")
			.emptyWhen(options.silent()));
	}

	@Override
	public Mono<Coupon> createCouponReservation(String couponValue, CouponReservations reservations) {
		return call(request(TalonOperation.CREATE_COUPON_RESERVATION, Coupon.class)
			.pathId(couponValue, "couponValue")
			.body(reservations, "reservations"));
	}

	@Override
	public Mono<Void> deleteCouponReservation(String couponValue, CouponReservations reservations) {
		Request<Void> call = request(TalonOperation.DELETE_COUPON_RESERVATION).pathId(couponValue, "couponValue")
			.body(reservations, "reservations");
		call.doneWhenRefused(TalonNotFoundException.class::isInstance, () -> Mono.just(true));
		return call(call);
	}

	@Override
	public Mono<Page<CustomerProfile>> getReservedCustomers(String couponValue) {
		return call(request(TalonOperation.GET_RESERVED_CUSTOMERS, GenericAnswers.PROFILES)
			.pathId(couponValue, "couponValue"));
	}

	@Override
	public Mono<LoyaltyBalancesWithTiers> getLoyaltyBalances(long loyaltyProgramId, String integrationId,
			GetLoyaltyBalancesOptions options) {
		return call(request(TalonOperation.GET_LOYALTY_BALANCES, LoyaltyBalancesWithTiers.class)
			.pathId(loyaltyProgramId, "loyaltyProgramId")
			.pathId(integrationId, "integrationId")
			.query(options, "options"));
	}

	@Override
	public Mono<Page<LedgerTransactionLogEntryIntegrationAPI>> getLoyaltyProgramProfileTransactions(
			long loyaltyProgramId, String integrationId, LoyaltyTransactionsOptions options) {
		if (options != null && options.subledgerIds().size() > 1) {
			throw new IllegalArgumentException("options.subledgerIds must have at most 1 element: "
					+ "getLoyaltyProgramProfileTransactions filters by one subledger, but had "
					+ options.subledgerIds().size());
		}
		return call(request(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS, GenericAnswers.TRANSACTIONS)
			.pathId(loyaltyProgramId, "loyaltyProgramId")
			.pathId(integrationId, "integrationId")
			.query(options, "options"));
	}

	@Override
	public Flux<LedgerTransactionLogEntryIntegrationAPI> getLoyaltyProgramProfileTransactionsAll(long loyaltyProgramId,
			String integrationId, LoyaltyTransactionsOptions options) {
		return all(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS, options,
				(page) -> getLoyaltyProgramProfileTransactions(loyaltyProgramId, integrationId, page));
	}

	@Override
	public Mono<Page<LedgerPointsEntryIntegrationAPI>> getLoyaltyProgramProfilePoints(long loyaltyProgramId,
			String integrationId, LoyaltyPointsOptions options) {
		return call(request(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_POINTS, GenericAnswers.POINTS)
			.pathId(loyaltyProgramId, "loyaltyProgramId")
			.pathId(integrationId, "integrationId")
			.query(options, "options"));
	}

	@Override
	public Flux<LedgerPointsEntryIntegrationAPI> getLoyaltyProgramProfilePointsAll(long loyaltyProgramId,
			String integrationId, LoyaltyPointsOptions options) {
		return all(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_POINTS, options,
				(page) -> getLoyaltyProgramProfilePoints(loyaltyProgramId, integrationId, page));
	}

	@Override
	public Mono<Void> joinLoyaltyProgram(long loyaltyProgramId, String integrationId) {
		Request<Void> call = request(TalonOperation.JOIN_LOYALTY_PROGRAM).pathId(loyaltyProgramId, "loyaltyProgramId")
			.pathId(integrationId, "integrationId");
		// a join made by an attempt whose answer was lost: Talon.One refuses the customer it already enrolled
		call.doneWhenRefused((failure) -> failure instanceof TalonClientErrorException refused
				&& refused.getStatusCode() == 400,
				() -> getCustomerInventory(integrationId, GetCustomerInventoryOptions.none().withLoyalty())
					.map((inventory) -> inventory.loyalty() != null
							&& inventory.loyalty().program(loyaltyProgramId).isPresent()));
		return call(call.inLane(integrationId));
	}

	@Override
	public Mono<Void> deleteLoyaltyTransactionsFromLedgers(long loyaltyProgramId, String integrationId,
			DeleteLoyaltyTransactionsRequest request) {
		return call(request(TalonOperation.DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS)
			.pathId(loyaltyProgramId, "loyaltyProgramId")
			.pathId(integrationId, "integrationId")
			.body(request, "request")
			.inLane(integrationId));
	}

	@Override
	public Mono<ActivateLoyaltyPointsResponse> activateLoyaltyPoints(long loyaltyProgramId,
			ActivateLoyaltyPoints request) {
		Request<ActivateLoyaltyPointsResponse> call = request(TalonOperation.ACTIVATE_LOYALTY_POINTS,
				ActivateLoyaltyPointsResponse.class)
			.pathId(loyaltyProgramId, "loyaltyProgramId")
			.body(request, "request");
		return call((request.sessionId() != null) ? call.inLane(request.sessionId()) : call);
	}

	@Override
	public Mono<LoyaltyCard> generateLoyaltyCard(long loyaltyProgramId, GenerateLoyaltyCard card) {
		Request<LoyaltyCard> call = request(TalonOperation.GENERATE_LOYALTY_CARD, LoyaltyCard.class)
			.pathId(loyaltyProgramId, "loyaltyProgramId")
			.body(card, "card");
		return call((card.cardIdentifier() != null) ? call.inLane(cardLane(loyaltyProgramId, card.cardIdentifier()))
				: call);
	}

	@Override
	public Mono<LoyaltyCardBalances> getLoyaltyCardBalances(long loyaltyProgramId, String loyaltyCardId,
			GetLoyaltyCardBalancesOptions options) {
		return call(cardRequest(TalonOperation.GET_LOYALTY_CARD_BALANCES, LoyaltyCardBalances.class, loyaltyProgramId,
				loyaltyCardId)
			.query(options, "options"));
	}

	@Override
	public Mono<Page<LedgerTransactionLogEntryIntegrationAPI>> getLoyaltyCardTransactions(long loyaltyProgramId,
			String loyaltyCardId, LoyaltyTransactionsOptions options) {
		return call(cardRequest(TalonOperation.GET_LOYALTY_CARD_TRANSACTIONS, GenericAnswers.TRANSACTIONS,
				loyaltyProgramId, loyaltyCardId)
			.query(options, "options"));
	}

	@Override
	public Flux<LedgerTransactionLogEntryIntegrationAPI> getLoyaltyCardTransactionsAll(long loyaltyProgramId,
			String loyaltyCardId, LoyaltyTransactionsOptions options) {
		return all(TalonOperation.GET_LOYALTY_CARD_TRANSACTIONS, options,
				(page) -> getLoyaltyCardTransactions(loyaltyProgramId, loyaltyCardId, page));
	}

	@Override
	public Mono<Page<LedgerPointsEntryIntegrationAPI>> getLoyaltyCardPoints(long loyaltyProgramId,
			String loyaltyCardId, LoyaltyPointsOptions options) {
		return call(cardRequest(TalonOperation.GET_LOYALTY_CARD_POINTS, GenericAnswers.POINTS, loyaltyProgramId,
				loyaltyCardId)
			.query(options, "options"));
	}

	@Override
	public Flux<LedgerPointsEntryIntegrationAPI> getLoyaltyCardPointsAll(long loyaltyProgramId, String loyaltyCardId,
			LoyaltyPointsOptions options) {
		return all(TalonOperation.GET_LOYALTY_CARD_POINTS, options,
				(page) -> getLoyaltyCardPoints(loyaltyProgramId, loyaltyCardId, page));
	}

	@Override
	public Mono<LoyaltyCard> linkLoyaltyCardToProfile(long loyaltyProgramId, String loyaltyCardId,
			LoyaltyCardRegistration registration) {
		return call(cardRequest(TalonOperation.LINK_LOYALTY_CARD_TO_PROFILE, LoyaltyCard.class, loyaltyProgramId,
				loyaltyCardId)
			.body(registration, "registration")
			.inLane(cardLane(loyaltyProgramId, loyaltyCardId)));
	}

	@Override
	public Mono<LoyaltyCard> unlinkLoyaltyCardFromProfile(long loyaltyProgramId, String loyaltyCardId,
			LoyaltyCardRegistration registration) {
		return call(cardRequest(TalonOperation.UNLINK_LOYALTY_CARD_FROM_PROFILE, LoyaltyCard.class, loyaltyProgramId,
				loyaltyCardId)
			.body(registration, "registration")
			.inLane(cardLane(loyaltyProgramId, loyaltyCardId)));
	}

	@Override
	public Mono<Audience> createAudienceV2(NewAudience audience) {
		return call(request(TalonOperation.CREATE_AUDIENCE_V2, Audience.class).body(audience, "audience"));
	}

	@Override
	public Mono<Audience> updateAudienceV2(long audienceId, UpdateAudience audience) {
		return call(request(TalonOperation.UPDATE_AUDIENCE_V2, Audience.class).pathId(audienceId, "audienceId")
			.body(audience, "audience"));
	}

	@Override
	public Mono<Void> deleteAudienceV2(long audienceId) {
		Request<Void> call = request(TalonOperation.DELETE_AUDIENCE_V2).pathId(audienceId, "audienceId");
		call.doneWhenRefused(TalonNotFoundException.class::isInstance, () -> Mono.just(true));
		return call(call);
	}

	@Override
	public Mono<Void> deleteAudienceMembershipsV2(long audienceId) {
		return call(request(TalonOperation.DELETE_AUDIENCE_MEMBERSHIPS_V2).pathId(audienceId, "audienceId"));
	}

	@Override
	public Mono<Void> updateCustomerProfileAudiences(CustomerProfileAudienceRequest request) {
		return call(request(TalonOperation.UPDATE_CUSTOMER_PROFILE_AUDIENCES).body(request, "request"));
	}

	@Override
	public Mono<Void> updateAudienceCustomersAttributes(long audienceId, Map<String, ?> attributes) {
		requireArgument(attributes, "attributes");
		if (attributes.isEmpty()) {
			throw new IllegalArgumentException("attributes must not be empty");
		}
		Checks.attributes(attributes, "attributes");
		return call(request(TalonOperation.UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES).pathId(audienceId, "audienceId")
			.body(attributes, "attributes"));
	}

	@Override
	public Mono<Catalog> syncCatalog(long catalogId, CatalogSyncRequest request) {
		Request<Catalog> call = request(TalonOperation.SYNC_CATALOG, Catalog.class).pathId(catalogId, "catalogId")
			.body(request, "request");
		return call(request.repeatable() ? call.repeatable() : call);
	}

	@Override
	public Mono<List<BestPriorPrice>> bestPriorPrice(BestPriorPriceRequest request) {
		return call(request(TalonOperation.BEST_PRIOR_PRICE, GenericAnswers.BEST_PRIOR_PRICES)
			.body(request, "request"));
	}

	/** A request of an operation on a loyalty card: the program's id and the card's identifier in its path. */
	private <T> Request<T> cardRequest(TalonOperation operation, Class<T> responseType, long loyaltyProgramId,
			String loyaltyCardId) {
		return cardPath(request(operation, responseType), loyaltyProgramId, loyaltyCardId);
	}

	private <T> Request<T> cardRequest(TalonOperation operation, TypeReference<T> responseType, long loyaltyProgramId,
			String loyaltyCardId) {
		return cardPath(request(operation, responseType), loyaltyProgramId, loyaltyCardId);
	}

	private static <T> Request<T> cardPath(Request<T> request, long loyaltyProgramId, String loyaltyCardId) {
		request.pathId(loyaltyProgramId, "loyaltyProgramId").pathId(loyaltyCardId, "loyaltyCardId");
		if (loyaltyCardId.length() < 4 || loyaltyCardId.length() > 108) {
			throw new IllegalArgumentException(
					"loyaltyCardId must have 4 to 108 characters but had " + loyaltyCardId.length());
		}
		return request;
	}

	/** The queue of the calls that change one card: card identifiers are unique within a program. */
	private static String cardLane(long loyaltyProgramId, String loyaltyCardId) {
		return loyaltyProgramId + "/" + loyaltyCardId;
	}

	/** The items of every page of a paged read, read as the subscriber asks for them (see {@link PagedRead}). */
	private <T, O extends PageOptions<O>> Flux<T> all(TalonOperation operation, O options,
			Function<O, Mono<Page<T>>> page) {
		requireArgument(options, "options");
		return PagedRead.items(operation, options, page, this.maxPages);
	}

	/** {@code Cannot move session to state "closed" from state "closed"}: the transition was made before. */
	private static boolean isRefusedTransitionTo(TalonException failure, String state) {
		String message = (failure instanceof TalonClientErrorException refused) ? refused.getErrorResponse()
			.map(ErrorResponse::message)
			.orElse("") : "";
		return failure instanceof TalonClientErrorException refused && refused.getStatusCode() == 400
				&& message.contains("to state \"" + state + "\" from state \"" + state + "\"");
	}

	/** Talon.One's 409 {@code An advanced event already exists}. */
	private static boolean isDuplicateEvent(TalonException failure) {
		return failure instanceof TalonConflictException conflict && conflict.getErrorResponse()
			.map(ErrorResponse::message)
			.filter((message) -> message.toLowerCase(Locale.ROOT).contains("already exists"))
			.isPresent();
	}

	/**
	 * Stops using the JVM's shared call-deadline thread (it ends when no open client needs it, see
	 * {@link CallDeadlines}). Calls already running complete normally, and the client remains usable: a later call
	 * starts the thread again, which ends when it is idle. Spring calls this method when the application context
	 * closes.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.deadlines.release();
		}
	}

	/**
	 * The name of the Talon.One Application this client talks to, as given to its builder
	 * ({@link Builder#applicationName(String)}; {@value #DEFAULT_APPLICATION_NAME} when none was): the value of the
	 * {@code talon.application} tag of its metrics and observations.
	 * @return the Application's name
	 */
	public String applicationName() {
		return this.applicationName;
	}

	/**
	 * How many sessions have an update in flight or waiting: zero when the client is idle.
	 * @return the number of sessions
	 */
	public int sessionsInFlight() {
		return this.sessionUpdates.sessionsInFlight();
	}

	/**
	 * How many calls have started and not yet ended (with an answer, a failure, or their caller's cancellation),
	 * including a session update that is sent for no caller after its caller stopped waiting. With
	 * {@link #sessionsInFlight()}, it tells whether the client may still send anything: a session update whose
	 * caller cancelled while it was in flight is no longer a call in flight, but its session is, until it ends.
	 * Both being zero means that the client is idle, as tests that share one Talon.One (or simulator) between
	 * tests wait for. Cheap (a sum of counters), and exact only when the client is idle; a moment's view otherwise.
	 * @return the number of calls, zero or more
	 */
	public long callsInFlight() {
		return this.callsInFlight.sum();
	}

	/** A request of an operation without answer (204, or 200 without content): the call completes empty. */
	private Request<Void> request(TalonOperation operation) {
		return new Request<Void>(operation, this.json.constructType(Void.class), this.json).noAnswer();
	}

	private <T> Request<T> request(TalonOperation operation, Class<T> responseType) {
		return new Request<>(operation, this.json.constructType(responseType), this.json);
	}

	private <T> Request<T> request(TalonOperation operation, TypeReference<T> responseType) {
		return new Request<>(operation, this.json.getTypeFactory().constructType(responseType), this.json);
	}

	/**
	 * Runs a call: at subscription, an observation (a child of the caller's) around its attempts, bounded by the
	 * call's deadline; updates of one session wait for the earlier ones.
	 */
	@SuppressWarnings("unchecked")
	private <T> Mono<T> call(Request<T> request) {
		return Mono.deferContextual((context) -> {
			Call call = new Call(request.operation, request.pathId, this.applicationName, this.timeout);
			if (request.lane == null) {
				return observed(call, context, attempts(call, request));
			}
			Mono<Object> update;
			Supplier<Mono<Object>> detached = null;
			if (this.sendSessionUpdatesWhenCancelled) {
				// sent as it is when its caller still waits (its own timeout starts then, so that it is not cut short
				// if the caller gives up while it is in flight), else as a call of its own for no caller
				detached = () -> detached(request, context);
				call.sentWhenAbandoned = true;
				update = Mono.defer(() -> {
					call.restartDeadline();
					return (Mono<Object>) withinDeadline(call, attempts(call, request));
				});
			}
			else {
				update = (Mono<Object>) withinDeadline(call, attempts(call, request));
			}
			Mono<T> sequenced = (Mono<T>) this.sessionUpdates.submit(request.lane, request.operation, update, detached,
					request.supersedable);
			return observed(call, context, sequenced);
		});
	}

	/**
	 * A session update whose caller stopped waiting before it was sent, sent when its turn comes as a call of its
	 * own (observed, with a deadline of its own) in the caller's context, for no caller.
	 */
	@SuppressWarnings("unchecked")
	private Mono<Object> detached(Request<?> request, ContextView callerContext) {
		return Mono.defer(() -> {
			Call call = new Call(request.operation, request.pathId, this.applicationName, this.timeout);
			return observed(call, callerContext, (Mono<Object>) attempts(call, request));
		}).contextWrite(callerContext);
	}

	/**
	 * Wraps a call's work in its observation, bounded by the call's deadline, and reports its end.
	 */
	private <T> Mono<T> observed(Call call, ContextView context, Mono<T> work) {
		Observation parent = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		Observation observation = Observation.createNotStarted(this.observationConvention, DEFAULT_CONVENTION,
				() -> call.context, this.observationRegistry);
		if (parent != null) {
			observation.parentObservation(parent);
		}
		observation.start();
		this.callsInFlight.increment();
		if (!observation.isNoop()) {
			// the HTTP client observation of each attempt becomes a child of this one
			work = work.contextWrite((inner) -> inner.put(ObservationThreadLocalAccessor.KEY, observation));
		}
		return new Ending<>(withinDeadline(call, work), this, call, observation);
	}

	/**
	 * Reports the end of a call ({@link #complete}) when its work emits its value, completes empty (a silent call,
	 * or one without answer), fails, or is cancelled, before passing that on: what {@code doOnSuccess},
	 * {@code doOnError} and {@code doOnCancel} did, in one operator and one subscriber per call instead of three of
	 * each with their lambdas.
	 */
	private static final class Ending<T> extends MonoOperator<T, T> {

		private final WebClientTalonIntegrationClient client;

		private final Call call;

		private final Observation observation;

		Ending(Mono<T> work, WebClientTalonIntegrationClient client, Call call, Observation observation) {
			super(work);
			this.client = client;
			this.call = call;
			this.observation = observation;
		}

		@Override
		public void subscribe(CoreSubscriber<? super T> actual) {
			this.source.subscribe(new EndingSubscriber<>(actual, this));
		}

	}

	private static final class EndingSubscriber<T> implements CoreSubscriber<T>, Subscription {

		private final CoreSubscriber<? super T> actual;

		private final Ending<T> ending;

		private Subscription upstream;

		private boolean valued;

		EndingSubscriber(CoreSubscriber<? super T> actual, Ending<T> ending) {
			this.actual = actual;
			this.ending = ending;
		}

		@Override
		public reactor.util.context.Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
			}
		}

		@Override
		public void onNext(T value) {
			this.valued = true;
			try {
				end(value, null);
			}
			catch (Throwable ex) {
				this.upstream.cancel();
				this.actual.onError(Operators.onOperatorError(ex, this.actual.currentContext()));
				return;
			}
			this.actual.onNext(value);
		}

		@Override
		public void onError(Throwable failure) {
			try {
				end(null, failure);
			}
			catch (Throwable ex) {
				failure.addSuppressed(ex);
			}
			this.actual.onError(failure);
		}

		@Override
		public void onComplete() {
			if (!this.valued) {
				try {
					end(null, null);
				}
				catch (Throwable ex) {
					this.actual.onError(Operators.onOperatorError(ex, this.actual.currentContext()));
					return;
				}
			}
			this.actual.onComplete();
		}

		@Override
		public void request(long n) {
			this.upstream.request(n);
		}

		@Override
		public void cancel() {
			try {
				end(null, new CancellationException("cancelled"));
			}
			catch (Throwable ex) {
				Operators.onErrorDropped(ex, this.actual.currentContext());
			}
			this.upstream.cancel();
		}

		private void end(Object value, Throwable failure) {
			this.ending.client.complete(this.ending.call, this.ending.observation, value, failure);
		}

	}

	/**
	 * Fails the given part of the call with a {@link TalonTimeoutException} when the call's timeout has passed (see
	 * {@link CallDeadlines} for why this is not {@code Mono.timeout(Duration)}).
	 */
	private <T> Mono<T> withinDeadline(Call call, Mono<T> part) {
		return Mono.defer(() -> {
			long remaining = call.remainingNanos();
			if (remaining <= 0) {
				return Mono.error(call.timedOut(null));
			}
			return part.timeout(this.deadlines.after(remaining), Mono.error(call::endedByDeadline));
		});
	}

	/**
	 * The attempts of a call: the first one, and after each failure that is to be retried, a wait and the next.
	 * (The retry machinery is only built when an attempt fails; {@code retryWhen} would build it for every call.)
	 */
	private <T> Mono<T> attempts(Call call, Request<T> request) {
		Mono<T> attempts = attempt(call, request);
		if (request.recoverable == null) {
			return attempts;
		}
		return attempts.onErrorResume(TalonException.class, (failure) -> {
			if (!request.recoverable.test(failure)
					|| (request.onlyAfterLostAnswer && !call.mayHaveActedBefore(failure))) {
				return Mono.error(failure);
			}
			// Talon.One refuses to do again what it did before: read what it did
			return request.recovery.get()
				.doOnNext((recovered) -> call.context.setRecovered(true))
				.switchIfEmpty(Mono.error(failure))
				.filter((recovered) -> recovered != DONE)
				.onErrorMap((readFailure) -> readFailure != failure, (readFailure) -> {
					failure.addSuppressed(readFailure);
					return failure;
				});
		});
	}

	private <T> Mono<T> attempt(Call call, Request<T> request) {
		return Mono.defer(() -> {
			call.attempts++;
			call.waitingToRetry = false;
			call.context.setStatusCode(null);
			return exchange(call, request);
		}).onErrorResume((failure) -> retryOrFail(call, request, failure).then(attempt(call, request)));
	}

	private Mono<Long> retryOrFail(Call call, Request<?> request, Throwable failure) {
		if (!(failure instanceof TalonException talonFailure)) {
			return Mono.error(failure);
		}
		call.failures.add(talonFailure);
		boolean recoverable = request.recoverable != null && request.recoverable.test(talonFailure);
		String reason = recoverable ? null
				: this.retryPolicy.retryReason(request.operation, request.idempotency, talonFailure);
		if (reason == null || this.retryPolicy.exceedsMaxRetryAfter(talonFailure)
				|| (call.attempts >= this.retryPolicy.settings().attempts()
						&& !this.retryPolicy.untilTimeout(request.operation, reason))) {
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
		call.waitingToRetry = true;
		return Mono.delay(delay);
	}

	private void complete(Call call, Observation observation, Object value, Throwable failure) {
		if (!call.completed.compareAndSet(false, true)) {
			return;
		}
		this.callsInFlight.decrement();
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
		List<String> effects = (value instanceof IntegrationState state) ? effectNames(state.effects())
				: (value instanceof IntegrationEffects answer) ? effectTypes(answer.effects()) : List.of();
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

	private static List<String> effectTypes(List<dev.talon.spring.client.model.v2.effect.Effect> effects) {
		if (effects.isEmpty()) {
			return List.of();
		}
		String[] types = new String[effects.size()];
		for (int i = 0; i < types.length; i++) {
			types[i] = String.valueOf(effects.get(i).effectType());
		}
		return List.of(types);
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

	private <T> Mono<T> exchange(Call call, Request<T> request) {
		TalonOperation operation = call.operation;
		long start = System.nanoTime();
		SentBody body = new SentBody(request.body,
				(this.readTimeout != null) ? this.deadlines.afterStart(this.readTimeout.toNanos()) : null);
		Mono<T> exchange = this.webClient.method(operation.method())
			.uri(request.uriTemplate, request.uriVariables)
			.headers((headers) -> {
				prepare(headers, request.body);
				request.headers.forEach(headers::set);
			})
			.body(body)
			.exchangeToMono((response) -> read(call, response, request));
		if (this.readTimeout != null) {
			// the attempt is cancelled (the connection closed quietly) rather than failed by the connector's response
			// timeout, which Reactor Netty logs as a WARN with a stack trace for every attempt
			exchange = exchange.timeout(body.readDeadline,
					Mono.error(() -> this.errors.forReadTimeout(operation, this.readTimeout,
							Duration.ofNanos(System.nanoTime() - start))));
		}
		return exchange.onErrorMap((ex) -> !(ex instanceof TalonException), (ex) -> this.errors
			.forTransportFailure(operation, ex, Duration.ofNanos(System.nanoTime() - start)))
			.contextWrite((context) -> context.put(ON_ERROR_DROPPED, IGNORE_ERROR_OF_A_GIVEN_UP_ATTEMPT));
	}

	private void prepare(HttpHeaders headers, byte[] body) {
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		this.credentials.authenticate(headers, body);
	}

	private <T> Mono<T> read(Call call, ClientResponse response, Request<T> request) {
		TalonOperation operation = call.operation;
		int status = response.statusCode().value();
		call.context.setStatusCode(status);
		Charset charset;
		ClientResponse readable = response;
		try {
			charset = response.headers().contentType().map(MediaType::getCharset).orElse(null);
		}
		catch (RuntimeException ex) {
			// a malformed Content-Type (or an unknown charset): read the bytes as they are, the status decides
			charset = null;
			readable = response.mutate()
				.headers((headers) -> headers.setContentType(MediaType.APPLICATION_OCTET_STREAM))
				.build();
		}
		Charset declared = charset;
		return readable.bodyToMono(byte[].class)
			.defaultIfEmpty(NO_BODY)
			.map((body) -> asUtf8(body, declared))
			.onErrorResume(DataBufferLimitException.class, (ex) -> {
				if (!response.statusCode().is2xxSuccessful()) {
					// the status says what happened; the body is only what a proxy or gateway added to it
					return Mono.just(TOO_LARGE_ERROR_BODY);
				}
				return Mono.error(new TalonInvalidResponseException(operation, "Talon.One "
						+ operation.operationName() + " answered HTTP " + status
						+ " with a body larger than the codecs' in-memory limit; raise "
						+ "spring.http.codecs.max-in-memory-size", status, null, ex));
			})
			.handle((body, sink) -> {
				if (!response.statusCode().is2xxSuccessful()) {
					sink.error(this.errors.forStatus(operation, status, body,
							response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
				}
				else if ((request.emptyAllowed && body.length == 0) || request.noAnswer) {
					sink.complete(); // a silent call (204 No Content), or an operation without answer
				}
				else {
					sink.next(parse(operation, status, body, request.responseType));
				}
			});
	}

	/**
	 * The body in UTF-8, so that it is parsed, excerpted and cleaned of secrets as text: Talon.One answers in UTF-8,
	 * but a proxy or gateway may declare another charset (such as {@code ISO-8859-1} or {@code UTF-16}), or send
	 * JSON in UTF-16 or UTF-32 without saying so (recognised as RFC 8259 describes, by a byte order mark or by the
	 * zero bytes of its first characters).
	 */
	private static byte[] asUtf8(byte[] body, Charset declared) {
		Charset charset = (declared != null) ? declared : detectedCharset(body);
		if (charset == null || body.length == 0 || charset.equals(StandardCharsets.UTF_8)) {
			return body;
		}
		return new String(body, charset).getBytes(StandardCharsets.UTF_8);
	}

	private static Charset detectedCharset(byte[] body) {
		if (body.length < 2) {
			return null;
		}
		int b0 = body[0] & 0xFF;
		int b1 = body[1] & 0xFF;
		if (body.length >= 4 && ((b0 == 0 && b1 == 0) || (b0 != 0 && b1 == 0 && body[2] == 0 && body[3] == 0))) {
			return Charset.forName((b0 == 0) ? "UTF-32BE" : "UTF-32LE");
		}
		if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 != 0)) {
			return StandardCharsets.UTF_16BE;
		}
		if ((b0 == 0xFF && b1 == 0xFE) || (b0 != 0 && b1 == 0)) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
	}

	private <T> T parse(TalonOperation operation, int status, byte[] body, JavaType responseType) {
		Class<?> type = responseType.getRawClass();
		if (body.length == 0) {
			throw this.errors.forUnreadableBody(operation, status, type, body, null);
		}
		try {
			T value = this.json.readValue(body, responseType);
			if (value == null) {
				throw this.errors.forUnreadableBody(operation, status, type, body, null);
			}
			return value;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw this.errors.forUnreadableBody(operation, status, type, body, ex);
		}
	}

	/**
	 * Checks an id that goes into a path: besides being non-blank, it must not be a dot-segment ({@code .} or
	 * {@code ..}): RFC 3986 section 5.2.4 lets any normalising proxy or server remove it from the path, so that the
	 * request would reach another resource. Every other id is sent as exactly one encoded path segment.
	 */
	private static void checkPathId(String id, String name) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		if (id.equals(".") || id.equals("..")) {
			throw new IllegalArgumentException(name + " must not be '" + id + "': a proxy or server would remove "
					+ "this dot-segment from the path (RFC 3986 section 5.2.4) and the request would reach "
					+ "another resource");
		}
	}

	private static void requireArgument(Object argument, String name) {
		if (argument == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
	}

	@Override
	public String toString() {
		return "WebClientTalonIntegrationClient[application=" + this.applicationName + ", credentials="
				+ this.credentials + ", timeout=" + this.timeout
				+ ", readTimeout=" + this.readTimeout
				+ ", retry=" + this.retryPolicy.settings() + ", maxPages=" + this.maxPages + "]";
	}

	/**
	 * The answer types with type arguments, in a class of their own so that creating a client (initialising its class)
	 * loads none of these models, nor {@link Page}: the first paged read or best prior price lookup does. Each is an
	 * anonymous class whose creation resolves (loads) its type arguments.
	 */
	private static final class GenericAnswers {

		static final TypeReference<Page<Campaign>> CAMPAIGNS = new TypeReference<>() {
		};

		static final TypeReference<Page<AchievementStatusEntry>> ACHIEVEMENTS = new TypeReference<>() {
		};

		static final TypeReference<Page<AchievementProgress>> ACHIEVEMENT_HISTORY = new TypeReference<>() {
		};

		static final TypeReference<Page<Referral>> REFERRALS = new TypeReference<>() {
		};

		static final TypeReference<Page<CustomerProfile>> PROFILES = new TypeReference<>() {
		};

		static final TypeReference<Page<LedgerTransactionLogEntryIntegrationAPI>> TRANSACTIONS =
				new TypeReference<>() {
				};

		static final TypeReference<Page<LedgerPointsEntryIntegrationAPI>> POINTS = new TypeReference<>() {
		};

		static final TypeReference<List<BestPriorPrice>> BEST_PRIOR_PRICES = new TypeReference<>() {
		};

		private GenericAnswers() {
		}

	}

	/**
	 * The body of one attempt, which starts the attempt's read deadline when the connector starts sending it: the
	 * connector writes the body once it has a connection (opened, TLS handshake done), so that the read timeout starts
	 * when the request is sent, as a connector's response timeout would (and never when no connection could be had).
	 */
	private static final class SentBody implements BodyInserter<byte[], ReactiveHttpOutputMessage> {

		private final BodyInserter<byte[], ReactiveHttpOutputMessage> bytes;

		// the attempt's read timeout, or null without one
		private final CallDeadlines.StartableDeadline readDeadline;

		SentBody(byte[] body, CallDeadlines.StartableDeadline readDeadline) {
			this.bytes = BodyInserters.fromValue(body);
			this.readDeadline = readDeadline;
		}

		@Override
		public Mono<Void> insert(ReactiveHttpOutputMessage outputMessage, Context context) {
			if (this.readDeadline != null) {
				this.readDeadline.start();
			}
			return this.bytes.insert(outputMessage, context);
		}

	}

	/**
	 * What one call of an operation sends, checked and serialised when the operation's method is called (before any
	 * I/O): invalid arguments and values that cannot be written as JSON are the caller's errors, thrown at once as
	 * {@link IllegalArgumentException}s naming the argument.
	 */
	private static final class Request<T> {

		private final TalonOperation operation;

		private final JavaType responseType;

		private final JsonMapper json;

		private byte[] body = NO_BODY;

		private String pathId;

		private String uriTemplate;

		private Object[] uriVariables = new Object[0];

		private final Map<String, String> headers = new LinkedHashMap<>();

		// the queue of calls this one waits in, or null
		private String lane;

		private boolean supersedable;

		private TalonOperation.Idempotency idempotency;

		private boolean emptyAllowed;

		private boolean noAnswer;

		// failures after which the call reads what was done before instead of failing, and how
		private Predicate<TalonException> recoverable;

		private boolean onlyAfterLostAnswer;

		private Supplier<Mono<T>> recovery;

		Request(TalonOperation operation, JavaType responseType, JsonMapper json) {
			this.operation = operation;
			this.responseType = responseType;
			this.json = json;
			this.uriTemplate = operation.pathTemplate();
			this.idempotency = operation.idempotency();
		}

		/**
		 * Sets the id in the path. Besides being non-blank, an id must not be a dot-segment ({@code .} or
		 * {@code ..}): RFC 3986 section 5.2.4 lets any normalising proxy or server remove it from the path, so that
		 * the request would reach another resource. Every other id is sent as exactly one encoded path segment.
		 */
		Request<T> pathId(String id, String name) {
			checkPathId(id, name);
			this.pathId = id;
			return pathVariable(id);
		}

		/**
		 * Sets a numeric id in the path, such as a loyalty program's: positive. The call's observation records it
		 * unless a text id of the path (a profile's, a card's) is recorded.
		 */
		Request<T> pathId(long id, String name) {
			if (id <= 0) {
				throw new IllegalArgumentException(name + " must be positive but was " + id);
			}
			if (this.pathId == null) {
				this.pathId = Long.toString(id);
			}
			return pathVariable(Long.toString(id));
		}

		/** The next variable of the path template, in the order of the template (before the query's). */
		private Request<T> pathVariable(String value) {
			Object[] variables = new Object[this.uriVariables.length + 1];
			System.arraycopy(this.uriVariables, 0, variables, 0, this.uriVariables.length);
			variables[this.uriVariables.length] = value;
			this.uriVariables = variables;
			return this;
		}

		Request<T> body(Object value, String name) {
			requireArgument(value, name);
			try {
				this.body = this.json.writeValueAsBytes(value);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException(name + path(ex) + " cannot be written as JSON: "
						+ ex.getOriginalMessage(), ex);
			}
			catch (StackOverflowError ex) {
				throw new IllegalArgumentException(name + " cannot be written as JSON: it contains itself (such as a "
						+ "map that is one of its own values) or is nested too deeply");
			}
			return this;
		}

		/**
		 * Adds the options' query parameters as URI template variables of their own, so that every value is encoded
		 * strictly (a {@code +} in a time offset stays a plus) and the metrics' {@code uri} stays a template.
		 */
		Request<T> query(QueryOptions options, String name) {
			requireArgument(options, name);
			Map<String, List<String>> parameters = options.queryParameters();
			if (parameters.isEmpty()) {
				return this;
			}
			StringBuilder template = new StringBuilder(this.uriTemplate);
			List<Object> variables = new ArrayList<>(List.of(this.uriVariables));
			char separator = '?';
			for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
				for (int i = 0; i < parameter.getValue().size(); i++) {
					String variable = parameter.getKey() + ((i > 0) ? i : "");
					template.append(separator).append(parameter.getKey()).append("={").append(variable).append('}');
					variables.add(parameter.getValue().get(i));
					separator = '&';
				}
			}
			this.uriTemplate = template.toString();
			this.uriVariables = variables.toArray();
			return this;
		}

		Request<T> header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/** Waits for the earlier calls of the operation's queue for this id (a session's, or a profile's). */
		Request<T> inLane(String id) {
			this.lane = this.operation.sequencing().name() + ':' + id;
			return this;
		}

		/**
		 * A request of a non-idempotent operation whose repeat does no harm (such as a catalog sync of repeatable
		 * actions): retried like an idempotent call.
		 */
		Request<T> repeatable() {
			if (this.idempotency == TalonOperation.Idempotency.NOT_IDEMPOTENT) {
				this.idempotency = TalonOperation.Idempotency.IDEMPOTENT;
			}
			return this;
		}

		/** A dry run: it changes nothing, so it neither waits in a queue nor limits its retries. */
		Request<T> dryRun() {
			this.lane = null;
			this.idempotency = TalonOperation.Idempotency.READ_ONLY;
			return this;
		}

		Request<T> supersedable(boolean supersedable) {
			this.supersedable = supersedable;
			return this;
		}

		/** A silent call: Talon.One answers 204 without a body, and the call completes empty. */
		Request<T> emptyWhen(boolean silent) {
			this.emptyAllowed = silent;
			return this;
		}

		/** An operation without answer (204, or 200 without content): any success completes the call empty. */
		Request<T> noAnswer() {
			this.noAnswer = true;
			return this;
		}

		/**
		 * When Talon.One refuses an operation without answer after an attempt whose answer was lost, the call is done
		 * if the confirmation says that the lost attempt did it (such as a second delete's 404, or a second join's
		 * refusal when the customer is a member): the call then completes empty instead of failing.
		 */
		@SuppressWarnings("unchecked")
		void doneWhenRefused(Predicate<TalonException> refused, Supplier<Mono<Boolean>> confirmation) {
			recoverWhenRefused(true, refused, () -> confirmation.get()
				.filter(Boolean::booleanValue)
				.map((done) -> (T) DONE));
		}

		/**
		 * When Talon.One refuses the request because what it asks was done before, the failure is not retried but
		 * recovered from: what was done is read back. With {@code onlyAfterLostAnswer}, only when an earlier attempt
		 * of this call may have done it (its answer was lost); otherwise also when an earlier call did.
		 */
		void recoverWhenRefused(boolean onlyAfterLostAnswer, Predicate<TalonException> recoverable,
				Supplier<Mono<T>> recovery) {
			this.onlyAfterLostAnswer = onlyAfterLostAnswer;
			this.recoverable = recoverable;
			this.recovery = recovery;
		}

		/** Where in the argument a value could not be written, such as {@code .attributes.bad} or {@code .cartItems[2]}. */
		private static String path(JacksonException ex) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : ex.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append('.').append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.toString();
		}

	}

	/**
	 * The state of one logical call.
	 */
	private static final class Call {

		private final TalonOperation operation;

		private final TalonObservationContext context;

		private final Duration timeout;

		private final long start = System.nanoTime();

		// when the call's work must end: its timeout after its start, or after the start of a session update's turn
		private volatile long deadline;

		// added on an event-loop thread, read on the timer thread when the call times out
		private final List<TalonException> failures = new CopyOnWriteArrayList<>();

		private final AtomicBoolean completed = new AtomicBoolean();

		private volatile int attempts;

		// whether the call waits between a failed attempt and the next one
		private volatile boolean waitingToRetry;

		// whether the update is still sent when its caller stops waiting for it in its session's queue
		private boolean sentWhenAbandoned;

		Call(TalonOperation operation, String pathId, String applicationName, Duration timeout) {
			this.operation = operation;
			this.context = new TalonObservationContext(operation, pathId, applicationName);
			this.timeout = timeout;
			this.deadline = this.start + timeout.toNanos();
		}

		long remainingNanos() {
			return this.deadline - System.nanoTime();
		}

		/**
		 * Whether an attempt before the one that failed so may have reached Talon.One and acted: it timed out or lost
		 * its connection after sending, or got a 5xx answer.
		 */
		boolean mayHaveActedBefore(TalonException last) {
			for (TalonException earlier : this.failures) {
				if (earlier == last) {
					continue;
				}
				if (earlier instanceof TalonServerErrorException
						|| (earlier instanceof TalonTransportException transport && transport.isRequestSent())) {
					return true;
				}
			}
			return false;
		}

		/** Gives the work that starts now the whole timeout (its caller's wait keeps the call's first deadline). */
		void restartDeadline() {
			this.deadline = System.nanoTime() + this.timeout.toNanos();
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

		/**
		 * How the call ends when its deadline passes: with the last 409 when it was waiting to try again after
		 * Talon.One refused parallel requests (the session or profile stayed busy for the whole timeout: that is
		 * what the caller needs to know), else with a {@link TalonTimeoutException}.
		 */
		TalonException endedByDeadline() {
			TalonException last = this.failures.isEmpty() ? null : this.failures.get(this.failures.size() - 1);
			if (this.waitingToRetry && last instanceof TalonConflictException) {
				return lastFailure(last);
			}
			return timedOut(null);
		}

		TalonTimeoutException timedOut(Throwable cause) {
			if (cause instanceof TalonTimeoutException timeout
					&& timeout.getBound() == TalonTimeoutException.Bound.CALL) {
				return timeout;
			}
			TalonException last = this.failures.isEmpty() ? null : this.failures.get(this.failures.size() - 1);
			String detail = (this.attempts > 0) ? ((last != null) ? "; last failure: " + last.getMessage() : "")
					: this.sentWhenAbandoned ? "; it was still waiting for earlier updates of the same session and will be sent "
							+ "when they have ended"
							: "; it was still waiting for earlier updates of the same session and was not sent";
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

		private Duration readTimeout;

		private TalonRetrySettings retry = TalonRetrySettings.defaults();

		private boolean coalesceSessionUpdates;

		private boolean sendSessionUpdatesWhenCancelled = true;

		private CallDeadlines deadlines = CallDeadlines.INSTANCE;

		private Clock clock = Clock.systemUTC();

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private TalonObservationConvention observationConvention;

		private final List<TalonClientListener> listeners = new ArrayList<>();

		private int maxPages = DEFAULT_MAX_PAGES;

		private String applicationName = DEFAULT_APPLICATION_NAME;

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
		 * Bounds each attempt once its request is sent: the longest it waits for Talon.One's whole answer (opening
		 * the connection comes before and is bounded by the connector's connect timeout). An attempt that takes
		 * longer is given up with a {@link TalonTimeoutException} of bound {@link TalonTimeoutException.Bound#READ}
		 * (and retried when the operation allows it); its connection is closed without a log line, where a
		 * connector's own response timeout makes Reactor Netty log a WARN with a stack trace. By default none: the
		 * connector's response timeout, if any, applies. Keep it below {@link #timeout(Duration)} so that a retry
		 * has room.
		 * @param readTimeout the positive timeout of one attempt, or {@code null} for none
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			if (readTimeout != null && (readTimeout.isZero() || readTimeout.isNegative())) {
				throw new IllegalArgumentException("readTimeout must be positive but was " + readTimeout);
			}
			this.readTimeout = readTimeout;
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
		 * Whether to coalesce updates of one session that wait behind an update in flight: of those that follow each
		 * other in the queue with the same operation, only the newest is sent, and the callers of the others receive
		 * its result (an update is never superseded by a reopening, a return or an update of the other API
		 * generation). Safe when every update carries the whole cart (as
		 * it should); an update that changes the session's state is never superseded. Off by default.
		 * @param coalesce whether to coalesce
		 * @return this builder
		 */
		public Builder coalesceSessionUpdates(boolean coalesce) {
			this.coalesceSessionUpdates = coalesce;
			return this;
		}

		/**
		 * Whether a session update is still sent when its caller stops waiting for it (cancels its subscription, or
		 * its call timeout runs out) while it waits behind earlier updates of the same session. On by default: an
		 * update usually carries the latest cart, and dropping it would leave Talon.One with an older one. The update
		 * is then sent when its turn comes, as a call of its own with a timeout of its own, whose result reaches
		 * nobody but the observations and {@link TalonClientListener}s (with coalescing, a newer update may still
		 * supersede it). Off, such an update is removed from the queue unsent. An update already sent is never
		 * interrupted either way.
		 * @param send whether to send updates whose caller stopped waiting
		 * @return this builder
		 */
		public Builder sendSessionUpdatesWhenCancelled(boolean send) {
			this.sendSessionUpdatesWhenCancelled = send;
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
		 * Bounds the reads of all pages (the methods whose name ends in {@code All}, such as
		 * {@link TalonIntegrationClient#getLoyaltyProgramProfileTransactionsAll}): a read asks for at most this many
		 * pages, and ends with a {@link TalonPageLimitException} when its subscriber wants more and more pages follow.
		 * By default {@value #DEFAULT_MAX_PAGES}; with pages of 1000 items (the largest), that is 100,000 items.
		 * @param maxPages the greatest number of pages, positive
		 * @return this builder
		 */
		public Builder maxPages(int maxPages) {
			if (maxPages <= 0) {
				throw new IllegalArgumentException("maxPages must be positive but was " + maxPages);
			}
			this.maxPages = maxPages;
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
		 * Names the Talon.One Application this client calls, when an application uses several (one per market or
		 * currency, each with its own API key): the {@code talon.application} key of its observations (a metric tag,
		 * so it must come from configuration, never from a request). By default
		 * {@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME}.
		 * @param applicationName the name, such as {@code eu}
		 * @return this builder
		 */
		public Builder applicationName(String applicationName) {
			if (applicationName == null || applicationName.isBlank()) {
				throw new IllegalArgumentException("applicationName must not be null or blank");
			}
			this.applicationName = applicationName;
			return this;
		}

		/**
		 * Uses other deadlines than the JVM's shared ones (for tests).
		 * @param deadlines the deadlines
		 * @return this builder
		 */
		Builder deadlines(CallDeadlines deadlines) {
			this.deadlines = deadlines;
			return this;
		}

		/**
		 * Uses another clock than the system's, for checks of times such as a dry run's {@code now} (for tests).
		 * @param clock the clock
		 * @return this builder
		 */
		Builder clock(Clock clock) {
			this.clock = clock;
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
