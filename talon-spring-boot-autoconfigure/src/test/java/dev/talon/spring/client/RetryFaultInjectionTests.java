package dev.talon.spring.client;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.ActivateLoyaltyPointsResponse;
import dev.talon.spring.client.model.v2.Audience;
import dev.talon.spring.client.model.v2.Catalog;
import dev.talon.spring.client.model.v2.CatalogAction;
import dev.talon.spring.client.model.v2.CatalogSyncRequest;
import dev.talon.spring.client.model.v2.Coupon;
import dev.talon.spring.client.model.v2.CustomerInventory;
import dev.talon.spring.client.model.v2.EventV3;
import dev.talon.spring.client.model.v2.LoyaltyBalancesWithTiers;
import dev.talon.spring.client.model.v2.LoyaltyCard;
import dev.talon.spring.client.model.v2.LoyaltyCardBalances;
import dev.talon.spring.client.model.v2.IntegrationGetAllCampaignsOptions;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.Page;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationResponseV2;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerProfileV2Options;
import dev.talon.spring.client.model.v2.effect.IntegrationEffects;
import io.netty.channel.ChannelOption;
import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.ResolvedAddressTypes;
import io.netty.resolver.dns.DnsAddressResolverGroup;
import io.netty.resolver.dns.SingletonDnsServerAddressStreamProvider;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import org.junit.jupiter.api.AfterAll;
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
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fault injection for the retry rules, against a real HTTP server on loopback (WireMock) and real sockets: for every
 * row of the retry table (what failed) and every column (how idempotent the operation is, and whether
 * {@code retry-non-idempotent} is on), how many requests reach the server, how the call ends, and how long it takes.
 * <p>
 * The retry table, as {@link TalonRetrySettings} documents it:
 * <ul>
 * <li>nothing was sent (connection refused, DNS failure, connect timeout): retried for every operation;</li>
 * <li>409: retried for the idempotent and read-only operations (dry runs among them) and for the operations that
 * Talon.One refuses in parallel ({@code trackEventV2} among them: the 409 says it did nothing), those until the call's
 * timeout rather than {@code maxAttempts} times; never for the other non-idempotent ones (v1 events, referrals,
 * reopening);</li>
 * <li>429, or 503 with {@code Retry-After}: retried for every operation, after the announced delay;</li>
 * <li>500, 502, 503, 504, and failures after the request was sent (read timeout, reset, premature close, garbage):
 * retried for the idempotent and read-only operations, and for the others only with
 * {@code retryNonIdempotent};</li>
 * <li>other 4xx and an unreadable 2xx: never.</li>
 * </ul>
 * The columns are the operations, each as its {@link TalonOperation.Idempotency} makes it repeat (a dry run repeats
 * like a read), as the README's per-operation retry table lists them ({@code ReadmeRetryTableTests} keeps the two in
 * step). WireMock's {@code EMPTY_RESPONSE}, {@code MALFORMED_RESPONSE_CHUNK} and {@code RANDOM_DATA_THEN_CLOSE} all
 * arrive after the request was sent (Reactor Netty reports a premature close), so they are in the "sent" row.
 */
class RetryFaultInjectionTests {

	private static final int MAX_ATTEMPTS = 3;

	private static final Duration INITIAL_BACKOFF = Duration.ofMillis(4);

	private static final Duration MAX_BACKOFF = Duration.ofMillis(8);

	private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(3);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

	/** The read timeout of most tests: far above WireMock's answer time. */
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * The read timeout of the attempts whose answer the server stalls: each one waits it out, so it is short; the
	 * attempts that get an answer keep {@link #READ_TIMEOUT} ({@link #stallingHttp(int)}), so that a slow answer on
	 * a busy machine is never mistaken for a stall.
	 */
	private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(50);

	/** How long a "stalled" WireMock answer is delayed: well past {@link #SHORT_READ_TIMEOUT}. */
	private static final int STALL_MILLIS = 1000;

	private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(100);

	/**
	 * The connect timeout of the attempts routed to the {@link #fullBacklog full accept queue}, which never connect:
	 * each one waits it out, so it is short; the other attempts keep {@link #CONNECT_TIMEOUT}, so that a busy machine
	 * never turns a refused or accepted connection into a timeout.
	 */
	private static final Duration SHORT_CONNECT_TIMEOUT = Duration.ofMillis(20);

	/** Generous slack on top of the time a call must take at least (a busy 2-core machine needs it). */
	private static final Duration MARGIN = Duration.ofSeconds(2);

	private static final String TALON_HOST = "talon.test";

	/** The header with the attempt's number, 1 for the first, that {@link #stallingHttp(int)} adds to each request. */
	private static final String ATTEMPT = "X-Test-Attempt";

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final String TALON_ERROR = """
			{"message": "Request rejected", "errors": [{"title": "rejected", "details": "injected fault"}]}
			""";

	/** The operations that answer nothing to read (204, or 200 without content). */
	private static final Set<TalonOperation> WITHOUT_ANSWER = EnumSet.of(TalonOperation.DELETE_CUSTOMER_DATA,
			TalonOperation.DELETE_COUPON_RESERVATION, TalonOperation.JOIN_LOYALTY_PROGRAM,
			TalonOperation.DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS, TalonOperation.DELETE_AUDIENCE_V2,
			TalonOperation.DELETE_AUDIENCE_MEMBERSHIPS_V2, TalonOperation.UPDATE_CUSTOMER_PROFILE_AUDIENCES,
			TalonOperation.UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES);

	/** The operations of today's API that answer 201 Created. */
	private static final Set<TalonOperation> CREATED = EnumSet.of(TalonOperation.CREATE_REFERRAL,
			TalonOperation.CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES, TalonOperation.CREATE_COUPON_RESERVATION,
			TalonOperation.CREATE_AUDIENCE_V2);

	private static final String HTML_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>\n"
			+ "<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body></html>";

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(64).jettyAcceptQueueSize(512))
		.build();

	/** A port nothing listens on. */
	private static int closedPort;

	/** A listening socket whose accept queue is full: connecting to it times out. */
	private static ServerSocket fullBacklog;

	private static final List<Socket> backlogFillers = new ArrayList<>();

	/** A "DNS server" that never answers. */
	private static DatagramSocket silentDns;

	/** The pool of the tests against WireMock; the tests that route connections elsewhere do not pool them. */
	private static ConnectionProvider pool;

	private final Recorder recorder = new Recorder();

	@BeforeAll
	static void openSockets() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 50, loopback())) {
			closedPort = socket.getLocalPort();
		}
		fullBacklog = new ServerSocket(0, 1, loopback());
		for (int i = 0; i < 16; i++) {
			Socket filler = new Socket();
			try {
				filler.connect(new InetSocketAddress(loopback(), fullBacklog.getLocalPort()), 200);
				backlogFillers.add(filler);
			}
			catch (SocketTimeoutException ex) {
				filler.close();
				break;
			}
		}
		assertThat(backlogFillers).as("connections that fill the accept queue").isNotEmpty().hasSizeLessThan(16);
		silentDns = new DatagramSocket(0, loopback());
	}

	@BeforeAll
	static void warmUp() {
		pool = ConnectionProvider.builder("faults").maxConnections(100).build();
		// The first calls of a JVM are slow (class loading, JIT); the short read timeout must not see that.
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool))),
					URI.create(talonUrl()),
					TalonCredentials.contentSignature(TalonFixtures.APPLICATION_ID, TalonFixtures.APPLICATION_KEY))
			.build();
		for (int i = 0; i < 3; i++) {
			for (Column column : Column.values()) {
				column.call(client).onErrorResume((ex) -> Mono.empty()).block(Duration.ofSeconds(10));
			}
		}
		talon.resetAll();
	}

	@AfterAll
	static void closeSockets() throws IOException {
		pool.disposeLater().block(Duration.ofSeconds(10));
		for (Socket filler : backlogFillers) {
			filler.close();
		}
		fullBacklog.close();
		silentDns.close();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Rows 2 to 6 of the table, every column, through WireMock
	// ---------------------------------------------------------------------------------------------------------------

	static Stream<Arguments> faultMatrix() {
		List<Arguments> arguments = new ArrayList<>();
		for (ServerFault fault : ServerFault.values()) {
			for (Column column : Column.values()) {
				for (Occurrence occurrence : Occurrence.values()) {
					if (fault.row == Row.CONFLICT && column.operation.refusesParallelRequests()
							&& occurrence == Occurrence.FAILS_EVERY_TIME) {
						continue; // retried until the call's timeout: parallelConflictsAreRetriedUntilTheCallsTimeout
					}
					arguments.add(Arguments.of(fault, column, occurrence));
				}
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} / {1} / {2}")
	@MethodSource("faultMatrix")
	void eachFaultIsRetriedExactlyAsTheTableSays(ServerFault fault, Column column, Occurrence occurrence) {
		if (fault.stalls) {
			stubStalls(column, occurrence.failures, fault.response, column.success());
		}
		else {
			stub(column, occurrence.failures, fault.response, column.success());
		}
		Duration readTimeout = fault.stalls ? SHORT_READ_TIMEOUT : READ_TIMEOUT;
		HttpClient http = fault.stalls ? stallingHttp(occurrence.failures) : http(READ_TIMEOUT);
		TalonIntegrationClient client = client(URI.create(talonUrl()), http, settings(column));

		Outcome outcome = run(column.call(client));

		boolean retried = fault.row.retries(column);
		int expectedRequests = retried ? Math.min(occurrence.failures, MAX_ATTEMPTS - 1) + 1 : 1;
		// an operation without answer reads no body: whatever a 2xx carries, the call succeeds
		boolean succeeds = (retried && occurrence.failures < MAX_ATTEMPTS)
				|| (fault == ServerFault.BROKEN_JSON_200 && !column.answered());
		int failedAttempts = succeeds ? occurrence.failures : expectedRequests;

		assertThat(journal(expectedRequests)).as("requests received").hasSize(expectedRequests);
		List<LoggedRequest> requests = talon.findAll(column.requested());
		assertThat(requests).as("requests received at " + column.path()).hasSize(expectedRequests);
		if (column.idempotency() == TalonOperation.Idempotency.NOT_IDEMPOTENT && !column.retryNonIdempotent
				&& fault.row != Row.RATE_LIMITED && fault.row != Row.CONFLICT) {
			assertThat(requests).as("a non-idempotent call that Talon.One may have acted on is never sent twice")
				.hasSize(1);
		}
		assertIdenticalSignedRequests(requests);
		assertThat(this.recorder.retries).as("retries").hasSize(expectedRequests - 1);
		assertThat(this.recorder.retries).allSatisfy((retry) -> {
			assertThat(retry.reason()).isEqualTo(fault.retryReason);
			assertThat(retry.failure()).isExactlyInstanceOf(fault.type);
		});
		assertDelays(this.recorder.retries, fault.retryAfter);
		assertThat(this.recorder.results).singleElement()
			.satisfies((result) -> assertThat(result.attempts()).isEqualTo(expectedRequests));

		if (succeeds) {
			outcome.assertSuccess(column);
		}
		else {
			TalonException ex = outcome.failure(fault.type);
			assertThat(ex.getOperation()).isEqualTo(column.operation);
			assertThat(ex.getMessage()).startsWith("Talon.One " + column.operation.operationName() + " " + fault.message);
			assertThat(ex.getAttempts()).isEqualTo(expectedRequests);
			if (expectedRequests > 1) {
				assertThat(ex.getMessage()).endsWith(" [" + expectedRequests + " attempts]");
			}
			assertThat(ex.getSuppressed()).as("the failures of the earlier attempts")
				.hasSize(expectedRequests - 1)
				.allSatisfy((earlier) -> assertThat(earlier).isExactlyInstanceOf(fault.type).isNotSameAs(ex));
			fault.check.accept(ex, column);
		}
		Duration least = sum(this.recorder.retries).plus(fault.stalls ? readTimeout.multipliedBy(failedAttempts)
				: Duration.ZERO);
		assertThat(outcome.elapsed).as("elapsed").isBetween(least, least.plus(MARGIN));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parallelConflictColumns")
	void parallelConflictsAreRetriedUntilTheCallsTimeout(Column column) {
		// another instance of the shop keeps the session or profile busy: Talon.One answers 409 every time
		stub(column, Integer.MAX_VALUE, ServerFault.CONFLICT_409.response, column.success());
		Duration timeout = Duration.ofMillis(600);
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT), settings(column), timeout);

		Outcome outcome = run(column.call(client));

		List<LoggedRequest> requests = talon.findAll(column.requested());
		assertThat(requests).as("attempts beyond maxAttempts (%s), until the call's timeout", MAX_ATTEMPTS)
			.hasSizeGreaterThan(MAX_ATTEMPTS + 2);
		assertIdenticalSignedRequests(requests);
		// (one more retry than requests when the timeout came during the wait before the last one)
		assertThat(this.recorder.retries).hasSizeBetween(requests.size() - 1, requests.size())
			.allSatisfy((retry) -> assertThat(retry.reason()).isEqualTo("status_409"));
		assertThat(this.recorder.retries).as("the back-off grows to maxBackoff, not beyond")
			.allSatisfy((retry) -> assertThat(retry.delay()).isLessThanOrEqualTo(MAX_BACKOFF));
		assertThat(outcome.failure()).as("the last conflict, or the call's timeout during an attempt")
			.isInstanceOfAny(TalonConflictException.class, TalonTimeoutException.class);
		assertThat(outcome.elapsed).as("ended by the call's timeout").isBetween(timeout.minus(MAX_BACKOFF),
				timeout.plus(MARGIN));

		// once the other instance's request has ended, the next attempt gets through
		talon.resetAll();
		this.recorder.retries.clear();
		stub(column, 5, ServerFault.CONFLICT_409.response, column.success());
		run(column.call(client(URI.create(talonUrl()), http(READ_TIMEOUT), settings(column), CALL_TIMEOUT)))
			.assertSuccess(column);
		assertThat(talon.findAll(column.requested())).as("5 conflicts, then the answer").hasSize(6);
	}

	static Stream<Column> parallelConflictColumns() {
		return Stream.of(Column.values()).filter((column) -> column.operation.refusesParallelRequests());
	}

	@Test
	void aParallelConflictIsNotRetriedWhenRetriesAreOff() {
		Column column = Column.POST_EVENT_V2;
		stub(column, Integer.MAX_VALUE, ServerFault.CONFLICT_409.response, column.success());
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT),
				new TalonRetrySettings(true, 1, INITIAL_BACKOFF, MAX_BACKOFF, MAX_RETRY_AFTER, false));

		assertThat(run(column.call(client)).failure(TalonConflictException.class).getAttempts()).isOne();
		assertThat(talon.findAll(column.requested())).hasSize(1);
	}

	@Test
	void nonIdempotentCallsAreNeverReceivedTwiceWithoutRetryNonIdempotent() {
		List<Column> nonIdempotent = Stream.of(Column.values())
			.filter((column) -> !column.mayRepeat())
			.toList();
		assertThat(nonIdempotent).containsExactly(Column.POST_EVENT, Column.POST_REFERRAL, Column.PUT_REOPEN,
				Column.POST_EVENT_V2, Column.POST_REFERRALS_FOR_ADVOCATES, Column.POST_CARD, Column.POST_AUDIENCE,
				Column.PUT_CATALOG_SYNC);
		for (Column column : nonIdempotent) {
			for (ServerFault fault : ServerFault.values()) {
				if (fault.row == Row.RATE_LIMITED
						|| (fault.row == Row.CONFLICT && column.operation.refusesParallelRequests())) {
					continue; // the server said it did not act
				}
				talon.resetAll();
				this.recorder.clear();
				stub(column, Integer.MAX_VALUE, fault.response, column.success());
				Duration readTimeout = fault.stalls ? SHORT_READ_TIMEOUT : READ_TIMEOUT;
				TalonIntegrationClient client = client(URI.create(talonUrl()), http(readTimeout), settings(column));

				run(column.call(client)).failure(fault.type);

				assertThat(journal(1)).as(column + " after " + fault).hasSize(1);
				assertThat(this.recorder.retries).as(column + " after " + fault).isEmpty();
			}
		}
	}

	@Test
	void everyAttemptSendsTheSameBytesWithTheSameContentSignature() throws Exception {
		String mixed = "mixed";
		talon.stubFor(Column.PUT_SESSION.request().inScenario(mixed).whenScenarioStateIs(STARTED)
			.willSetStateTo("reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		talon.stubFor(Column.PUT_SESSION.request().inScenario(mixed).whenScenarioStateIs("reset")
			.willSetStateTo("unavailable").willReturn(json(503, TALON_ERROR)));
		talon.stubFor(Column.PUT_SESSION.request().inScenario(mixed).whenScenarioStateIs("unavailable")
			.willReturn(Column.PUT_SESSION.success().get()));
		talon.stubFor(Column.POST_EVENT.request().inScenario(mixed + "-event").whenScenarioStateIs(STARTED)
			.willSetStateTo("html").willReturn(aResponse().withStatus(502)
				.withHeader("Content-Type", "text/html")
				.withBody(HTML_502)));
		talon.stubFor(Column.POST_EVENT.request().inScenario(mixed + "-event").whenScenarioStateIs("html")
			.willSetStateTo("empty").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
		talon.stubFor(Column.POST_EVENT.request().inScenario(mixed + "-event").whenScenarioStateIs("empty")
			.willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT),
				settings(Column.POST_EVENT_RETRY_NON_IDEMPOTENT));

		run(Column.PUT_SESSION.call(client)).assertSuccess(Column.PUT_SESSION);
		TalonException ex = run(Column.POST_EVENT_RETRY_NON_IDEMPOTENT.call(client))
			.failure(TalonTransportException.class);

		List<LoggedRequest> sessions = talon.findAll(Column.PUT_SESSION.requested());
		List<LoggedRequest> events = talon.findAll(Column.POST_EVENT.requested());
		assertThat(sessions).hasSize(3);
		assertThat(events).hasSize(3);
		assertIdenticalSignedRequests(sessions);
		assertIdenticalSignedRequests(events);
		Mac mac = Mac.getInstance("HmacMD5");
		mac.init(new SecretKeySpec(HexFormat.of().parseHex(TalonFixtures.APPLICATION_KEY), "HmacMD5"));
		for (LoggedRequest request : List.of(sessions.get(0), events.get(0))) {
			assertThat(request.getHeader("Content-Signature")).isEqualTo("signer=" + TalonFixtures.APPLICATION_ID
					+ "; signature=" + HexFormat.of().formatHex(mac.doFinal(request.getBody())));
		}
		assertThat(new String(events.get(2).getBody(), StandardCharsets.UTF_8)).contains("ü€");
		assertThat(ex.getAttempts()).isEqualTo(3);
		assertThat(ex).hasMessageStartingWith("Talon.One trackEvent failed: the connection failed before a complete "
				+ "answer (PrematureCloseException: Connection prematurely closed DURING response)")
			.hasMessageEndingWith("[3 attempts]");
		assertThat(ex.getSuppressed()).as("earlier failures, in order").hasSize(2);
		assertThat(ex.getSuppressed()[0]).isExactlyInstanceOf(TalonServerErrorException.class)
			.hasMessageStartingWith("Talon.One trackEvent failed with HTTP 502 Bad Gateway; body: <html>");
		assertThat(ex.getSuppressed()[1]).isExactlyInstanceOf(TalonTransportException.class)
			.hasMessageContaining("Connection prematurely closed BEFORE response");
		assertThat(this.recorder.retries).extracting(RetryEvent::reason)
			.containsExactly("io_error", "status_5xx", "status_5xx", "io_error");
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Row 1: nothing was sent
	// ---------------------------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@EnumSource(Column.class)
	void aRefusedConnectionIsRetriedForEveryOperation(Column column) {
		TalonIntegrationClient client = client(URI.create("http://127.0.0.1:" + closedPort), http(READ_TIMEOUT),
				settings(column));

		Outcome outcome = run(column.call(client));

		TalonTransportException ex = outcome.failure(TalonTransportException.class);
		assertThat(ex.isRequestSent()).isFalse();
		assertThat(ex).hasMessageStartingWith(
				"Talon.One " + column.operation.operationName() + " failed: could not connect to Talon.One (")
			.hasMessageContaining("Connection refused")
			.hasMessageEndingWith("[3 attempts]");
		assertThat(ex.getAttempts()).isEqualTo(MAX_ATTEMPTS);
		assertThat(ex.getSuppressed()).hasSize(MAX_ATTEMPTS - 1)
			.allSatisfy((earlier) -> assertThat(((TalonTransportException) earlier).isRequestSent()).isFalse());
		assertThat(this.recorder.retries).hasSize(MAX_ATTEMPTS - 1)
			.allSatisfy((retry) -> assertThat(retry.reason()).isEqualTo("io_error"));
		assertDelays(this.recorder.retries, null);
		assertThat(outcome.elapsed).isBetween(sum(this.recorder.retries), sum(this.recorder.retries).plus(MARGIN));
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	static Stream<Arguments> nothingSentMatrix() {
		List<Arguments> arguments = new ArrayList<>();
		for (NothingSent fault : NothingSent.values()) {
			for (Column column : Column.values()) {
				for (Occurrence occurrence : Occurrence.values()) {
					arguments.add(Arguments.of(fault, column, occurrence));
				}
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} / {1} / {2}")
	@MethodSource("nothingSentMatrix")
	void failuresBeforeAnythingWasSentAreRetriedForEveryOperation(NothingSent fault, Column column,
			Occurrence occurrence) {
		talon.stubFor(column.request().willReturn(column.success().get()));
		InetSocketAddress server = new InetSocketAddress(loopback(), talon.getPort());
		RoutingResolverGroup resolver = new RoutingResolverGroup((resolution) -> (resolution <= occurrence.failures)
				? fault.route() : server);
		AtomicInteger connections = new AtomicInteger();
		HttpClient http = unpooledHttp().resolver(resolver).doOnChannelInit((observer, channel, address) -> {
			// one channel per attempt, initialised before the resolver routes it
			if (fault == NothingSent.CONNECT_TIMEOUT && connections.incrementAndGet() <= occurrence.failures) {
				channel.config().setConnectTimeoutMillis((int) SHORT_CONNECT_TIMEOUT.toMillis());
			}
		});
		TalonIntegrationClient client = client(URI.create("http://" + TALON_HOST + ":8080"), http, settings(column));

		Outcome outcome = run(column.call(client));

		boolean succeeds = occurrence.failures < MAX_ATTEMPTS;
		int attempts = Math.min(occurrence.failures, MAX_ATTEMPTS - 1) + 1;
		int failedAttempts = succeeds ? occurrence.failures : attempts;
		assertThat(resolver.resolutions).as("connection attempts").hasValue(attempts);
		assertThat(talon.findAll(anyRequestedFor(anyUrl()))).as("requests received").hasSize(succeeds ? 1 : 0);
		assertThat(this.recorder.retries).hasSize(attempts - 1).allSatisfy((retry) -> {
			assertThat(retry.reason()).isEqualTo(fault.retryReason);
			assertThat(((TalonTransportException) retry.failure()).isRequestSent()).isFalse();
		});
		assertDelays(this.recorder.retries, null);
		if (succeeds) {
			outcome.assertSuccess(column);
		}
		else {
			TalonTransportException ex = outcome.failure(fault.type);
			assertThat(ex.isRequestSent()).isFalse();
			assertThat(ex.getMessage()).startsWith("Talon.One " + column.operation.operationName() + " " + fault.message)
				.endsWith("[3 attempts]");
			assertThat(ex.getAttempts()).isEqualTo(MAX_ATTEMPTS);
			assertThat(ex.getSuppressed()).hasSize(MAX_ATTEMPTS - 1)
				.allSatisfy((earlier) -> assertThat(earlier).isExactlyInstanceOf(fault.type));
			if (ex instanceof TalonTimeoutException timeout) {
				assertThat(timeout.getBound()).isEqualTo(TalonTimeoutException.Bound.CONNECT);
				assertThat(timeout.getElapsed()).isGreaterThanOrEqualTo(SHORT_CONNECT_TIMEOUT);
			}
		}
		Duration least = sum(this.recorder.retries)
			.plus((fault == NothingSent.CONNECT_TIMEOUT) ? SHORT_CONNECT_TIMEOUT.multipliedBy(failedAttempts)
					: Duration.ZERO);
		assertThat(outcome.elapsed).isBetween(least, least.plus(MARGIN));
	}

	/**
	 * Reactor Netty resolves host names with Netty's DNS resolver. When the DNS server does not answer, Netty fails
	 * with an {@link UnknownHostException} whose cause is a {@code DnsNameResolverTimeoutException}: nothing was
	 * sent to Talon.One, so the call must be retried for every operation, and must not be reported as a read timeout.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Column.class, names = { "PUT_SESSION", "POST_PROFILE_SEARCH", "POST_EVENT", "POST_REFERRAL" })
	void aDnsServerThatDoesNotAnswerIsAFailureBeforeAnythingWasSent(Column column) {
		InetSocketAddress dns = new InetSocketAddress(loopback(), silentDns.getLocalPort());
		HttpClient http = unpooledHttp().resolver((spec) -> spec.queryTimeout(Duration.ofMillis(100))
			.maxQueriesPerResolve(1)
			.searchDomains(List.of())
			.resolvedAddressTypes(ResolvedAddressTypes.IPV4_ONLY)
			.cacheNegativeTimeToLive(Duration.ZERO)
			.dnsAddressResolverGroupProvider((builder) -> new DnsAddressResolverGroup(
					builder.nameServerProvider(new SingletonDnsServerAddressStreamProvider(dns)))));
		TalonIntegrationClient client = client(URI.create("http://" + TALON_HOST + ":8080"), http, settings(column));

		Outcome outcome = run(column.call(client));

		TalonTransportException ex = outcome.failure(TalonTransportException.class);
		assertThat(ex.isRequestSent()).as("request sent").isFalse();
		assertThat(ex.getMessage()).doesNotContain("read timeout").contains("could not connect").contains(TALON_HOST);
		if (ex instanceof TalonTimeoutException timeout) {
			assertThat(timeout.getBound()).isNotEqualTo(TalonTimeoutException.Bound.READ);
		}
		assertThat(ex.getAttempts()).isEqualTo(MAX_ATTEMPTS);
		assertThat(ex.getSuppressed()).hasSize(MAX_ATTEMPTS - 1);
		assertThat(this.recorder.retries).hasSize(MAX_ATTEMPTS - 1);
		assertThat(outcome.elapsed).isBetween(sum(this.recorder.retries).plus(Duration.ofMillis(300)),
				sum(this.recorder.retries).plus(Duration.ofMillis(300)).plus(MARGIN));
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Row 3: Retry-After
	// ---------------------------------------------------------------------------------------------------------------

	@ParameterizedTest
	@EnumSource(RetryAfterForm.class)
	void everyOperationWaitsForTheAnnouncedRetryAfterBeforeItsSecondAttempt(RetryAfterForm form) throws Exception {
		Instant now = Instant.now();
		Instant announced = Instant.ofEpochSecond(now.getEpochSecond() + 2);
		String header = (form == RetryAfterForm.DELTA_SECONDS) ? "1" : HTTP_DATE.format(announced);
		List<Column> columns = List.of(Column.PUT_SESSION, Column.PUT_PROFILE, Column.POST_PROFILE_SEARCH,
				Column.POST_EVENT, Column.POST_REFERRAL);
		for (Column column : columns) {
			stub(column, 1, () -> json(form.status, TALON_ERROR).withHeader("Retry-After", header), column.success());
		}
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT),
				settings(Column.POST_EVENT));
		Instant started = Instant.now();
		long start = System.nanoTime();

		List<CompletableFuture<?>> calls = columns.stream()
			.<CompletableFuture<?>>map((column) -> column.call(client).toFuture())
			.toList();
		for (int i = 0; i < columns.size(); i++) {
			columns.get(i).assertAnswer(calls.get(i).get(10, TimeUnit.SECONDS));
		}

		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		for (Column column : columns) {
			List<LoggedRequest> requests = talon.findAll(column.requested());
			assertThat(requests).as(column.toString()).hasSize(2);
			assertIdenticalSignedRequests(requests);
			long first = requests.get(0).getLoggedDate().getTime();
			long second = requests.get(1).getLoggedDate().getTime();
			if (form == RetryAfterForm.DELTA_SECONDS) {
				assertThat(second - first).as(column + ": wait between the attempts").isGreaterThanOrEqualTo(999);
			}
			else {
				assertThat(second).as(column + ": second attempt not before the announced date")
					.isGreaterThanOrEqualTo(announced.toEpochMilli() - 1);
			}
		}
		assertThat(this.recorder.retries).hasSize(columns.size()).allSatisfy((retry) -> {
			assertThat(retry.reason()).isEqualTo("status_" + form.status);
			assertThat(retry.failure()).isExactlyInstanceOf(TalonRateLimitException.class);
			if (form == RetryAfterForm.DELTA_SECONDS) {
				assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(1));
			}
			else {
				assertThat(retry.delay()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
			}
		});
		Duration least = (form == RetryAfterForm.DELTA_SECONDS) ? Duration.ofSeconds(1)
				: Duration.between(started, announced);
		assertThat(elapsed).as("the five calls ran in parallel").isBetween(least, least.plus(MARGIN));
	}

	static Stream<Arguments> retryAfterAboveTheMaximum() {
		List<Arguments> arguments = new ArrayList<>();
		for (RetryAfterForm form : RetryAfterForm.values()) {
			for (Column column : Column.values()) {
				arguments.add(Arguments.of(form, column));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} / {1}")
	@MethodSource("retryAfterAboveTheMaximum")
	void aRetryAfterAboveTheMaximumFailsAtOnceWithTheAnnouncedDelay(RetryAfterForm form, Column column) {
		Instant announced = Instant.now().plusSeconds(120);
		String header = (form == RetryAfterForm.DELTA_SECONDS) ? "120" : HTTP_DATE.format(announced);
		stub(column, Integer.MAX_VALUE, () -> json(form.status, TALON_ERROR).withHeader("Retry-After", header),
				column.success());
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT), settings(column));

		Outcome outcome = run(column.call(client));

		TalonRateLimitException ex = outcome.failure(TalonRateLimitException.class);
		assertThat(ex.getStatusCode()).isEqualTo(form.status);
		assertThat(ex.getRetryAfter()).hasValueSatisfying((retryAfter) -> {
			if (form == RetryAfterForm.DELTA_SECONDS) {
				assertThat(retryAfter).isEqualTo(Duration.ofSeconds(120));
			}
			else {
				assertThat(retryAfter).isBetween(Duration.ofSeconds(115), Duration.ofSeconds(120));
			}
		});
		assertThat(ex).hasMessageStartingWith("Talon.One " + column.operation.operationName() + " failed with HTTP "
				+ form.status)
			.hasMessageContaining("(Retry-After " + ex.getRetryAfter().get().toMillis() + " ms): Request rejected");
		assertThat(ex.getAttempts()).isEqualTo(1);
		assertThat(ex.getSuppressed()).isEmpty();
		assertThat(talon.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
		assertThat(this.recorder.retries).isEmpty();
		assertThat(outcome.elapsed).isLessThan(MARGIN);
	}

	@Test
	void aRetryAfterBeyondTheCallTimeoutIsNotWaitedFor() {
		stub(Column.POST_EVENT, Integer.MAX_VALUE, () -> json(429, TALON_ERROR).withHeader("Retry-After", "2"),
				Column.POST_EVENT.success());
		Duration timeout = Duration.ofMillis(1500);
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT), settings(Column.POST_EVENT),
				timeout);

		Outcome outcome = run(Column.POST_EVENT.call(client));

		TalonRateLimitException ex = outcome.failure(TalonRateLimitException.class);
		assertThat(ex.getRetryAfter()).hasValue(Duration.ofSeconds(2));
		assertThat(ex.getAttempts()).isEqualTo(1);
		assertThat(talon.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
		assertThat(this.recorder.retries).isEmpty();
		assertThat(outcome.elapsed).as("gave up at once, not at the call timeout").isLessThan(timeout);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// The call timeout
	// ---------------------------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Column.class, names = { "PUT_SESSION", "POST_PROFILE_SEARCH", "POST_EVENT_RETRY_NON_IDEMPOTENT" })
	void aRetryNeverStartsAfterTheCallTimeout(Column column) {
		Duration timeout = Duration.ofMillis(300);
		talon.stubFor(column.request().willReturn(json(503, TALON_ERROR)));
		TalonRetrySettings retry = new TalonRetrySettings(true, 10, Duration.ofMillis(200), Duration.ofMillis(200),
				MAX_RETRY_AFTER, column.retryNonIdempotent);
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT), retry, timeout);
		long startMillis = System.currentTimeMillis();
		long start = System.nanoTime();

		Outcome outcome = run(column.call(client));

		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		int retries = this.recorder.retries.size();
		// waits are 100..200 ms: a third retry never fits before the deadline (the first may not either, when the
		// first answer is slow)
		assertThat(retries).isLessThanOrEqualTo(2);
		assertThat(requests).hasSizeBetween(1, 3);
		assertThat(this.recorder.retries).allSatisfy((event) -> assertThat(
				Duration.ofNanos(event.atNanos() - start).plus(event.delay()))
			.as("start of the next attempt, after the start of the call (the event is recorded just after the "
					+ "decision, a loaded machine adds to that)")
			.isLessThan(timeout.plusMillis(150)));
		assertThat(requests).allSatisfy((request) -> assertThat(request.getLoggedDate().getTime() - startMillis)
			.as("request received after the start of the call (ms)")
			.isLessThan(timeout.toMillis() + 200));
		assertThat(this.recorder.retries).allSatisfy(
				(event) -> assertThat(event.delay()).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
		if (outcome.failure instanceof TalonTimeoutException ex) {
			// the deadline came during the last wait or the last attempt (which may not have reached the server)
			assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.CALL);
			assertThat(ex.getAttempts()).isBetween(retries, retries + 1);
			assertThat(requests.size()).isBetween(ex.getAttempts() - 1, ex.getAttempts());
			assertThat(outcome.elapsed).isGreaterThanOrEqualTo(timeout);
		}
		else {
			// the next wait would have ended after the deadline: the call gave up with the real cause
			TalonServerErrorException ex = outcome.failure(TalonServerErrorException.class);
			assertThat(ex.getStatusCode()).isEqualTo(503);
			assertThat(requests).hasSize(retries + 1);
			assertThat(ex.getAttempts()).isEqualTo(requests.size());
			assertThat(ex.getSuppressed()).hasSize(requests.size() - 1);
		}
		assertThat(outcome.elapsed).isBetween(sum(this.recorder.retries), timeout.plus(MARGIN));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Column.class, names = { "PUT_SESSION", "PUT_PROFILE", "POST_PROFILE_SEARCH", "POST_EVENT",
			"POST_REFERRAL" })
	void theCallTimeoutEndsEveryOperationWithTheCallBound(Column column) {
		Duration timeout = Duration.ofMillis(300);
		talon.stubFor(column.request().willReturn(column.success().get().withFixedDelay(1500)));
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT), settings(column), timeout);

		Outcome outcome = run(column.call(client));

		TalonTimeoutException ex = outcome.failure(TalonTimeoutException.class);
		assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.CALL);
		assertThat(ex.isRequestSent()).isTrue();
		assertThat(ex.getAttempts()).isEqualTo(1);
		assertThat(ex.getCause()).isNull();
		assertThat(ex.getSuppressed()).isEmpty();
		assertThat(ex.getElapsed()).isGreaterThanOrEqualTo(timeout);
		assertThat(ex).hasMessageStartingWith("Talon.One " + column.operation.operationName()
				+ " timed out: the call did not complete within 300 ms (gave up after ");
		assertThat(talon.findAll(anyRequestedFor(anyUrl()))).as("requests received (not retried)")
			.hasSizeLessThanOrEqualTo(1);
		assertThat(this.recorder.retries).isEmpty();
		assertThat(this.recorder.results).singleElement()
			.satisfies((result) -> assertThat(result.outcome()).isEqualTo(TalonOutcome.TIMEOUT));
		assertThat(outcome.elapsed).isBetween(timeout, timeout.plus(MARGIN));
	}

	@Test
	void theCallTimeoutDuringRetriesKeepsTheEarlierFailures() {
		// a 503 and a reset come back at once; the third attempt gets no answer before the call timeout
		Duration timeout = Duration.ofMillis(600);
		String scenario = "503-reset-stall";
		talon.stubFor(Column.PUT_SESSION.request().inScenario(scenario).whenScenarioStateIs(STARTED)
			.willSetStateTo("reset").willReturn(json(503, TALON_ERROR)));
		talon.stubFor(Column.PUT_SESSION.request().inScenario(scenario).whenScenarioStateIs("reset")
			.willSetStateTo("stall").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		talon.stubFor(Column.PUT_SESSION.request().inScenario(scenario).whenScenarioStateIs("stall")
			.willReturn(Column.PUT_SESSION.success().get().withFixedDelay(1500)));
		TalonIntegrationClient client = client(URI.create(talonUrl()), http(READ_TIMEOUT), settings(Column.PUT_SESSION),
				timeout);

		Outcome outcome = run(Column.PUT_SESSION.call(client));

		TalonTimeoutException ex = outcome.failure(TalonTimeoutException.class);
		assertThat(talon.findAll(anyRequestedFor(anyUrl()))).hasSize(3);
		assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.CALL);
		assertThat(ex.getAttempts()).isEqualTo(3);
		assertThat(ex.getElapsed()).isGreaterThanOrEqualTo(timeout);
		assertThat(ex.getCause()).as("the last failure").isExactlyInstanceOf(TalonTransportException.class);
		assertThat(ex.getSuppressed()).as("the earlier failures").singleElement()
			.isInstanceOfSatisfying(TalonServerErrorException.class,
					(earlier) -> assertThat(earlier.getStatusCode()).isEqualTo(503));
		assertThat(ex).hasMessageStartingWith(
				"Talon.One updateCustomerSession timed out: the call did not complete within 600 ms (gave up after ")
			.hasMessageContaining("; last failure: Talon.One updateCustomerSession failed: the connection failed "
					+ "before a complete answer")
			.hasMessageEndingWith("[3 attempts]");
		assertThat(this.recorder.retries).extracting(RetryEvent::reason).containsExactly("status_5xx", "io_error");
		assertThat(this.recorder.results).singleElement().satisfies((result) -> {
			assertThat(result.outcome()).isEqualTo(TalonOutcome.TIMEOUT);
			assertThat(result.attempts()).isEqualTo(3);
		});
		assertThat(outcome.elapsed).isBetween(timeout, timeout.plus(MARGIN));
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------------

	private static InetAddress loopback() {
		try {
			return InetAddress.getByAddress("localhost", new byte[] { 127, 0, 0, 1 });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String talonUrl() {
		return "http://127.0.0.1:" + talon.getPort();
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** Stubs the column's request to fail {@code failures} times, then to succeed. */
	/**
	 * The requests WireMock received, once it has logged as many as expected (or 2 s have passed): it logs a request
	 * whose answer is a fault (a reset, an empty response) only after the connection is gone, which may be after the
	 * client has already moved on, and a request logged late would otherwise be missing here and counted in the next
	 * test.
	 */
	private static List<LoggedRequest> journal(int expected) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		while (requests.size() < expected && System.nanoTime() < giveUp) {
			LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
			requests = talon.findAll(anyRequestedFor(anyUrl()));
		}
		return requests;
	}

	/**
	 * Stubs the column's request to stall the answer of the first {@code failures} attempts, told apart by the
	 * {@link #ATTEMPT} header of {@link #stallingHttp(int)} rather than by the order WireMock handles them in: an
	 * attempt given up after the {@link #SHORT_READ_TIMEOUT} may reach a busy WireMock after the next one.
	 */
	private static void stubStalls(Column column, int failures, Supplier<ResponseDefinitionBuilder> stall,
			Supplier<ResponseDefinitionBuilder> success) {
		if (failures == Integer.MAX_VALUE) {
			talon.stubFor(column.request().willReturn(stall.get()));
			return;
		}
		talon.stubFor(column.request().willReturn(success.get()));
		// the later stub wins where both match
		talon.stubFor(column.request().withHeader(ATTEMPT, matching("[1-" + failures + "]")).willReturn(stall.get()));
	}

	private static void stub(Column column, int failures, Supplier<ResponseDefinitionBuilder> failure,
			Supplier<ResponseDefinitionBuilder> success) {
		if (failures == Integer.MAX_VALUE) {
			talon.stubFor(column.request().willReturn(failure.get()));
			return;
		}
		String scenario = "faults-" + column.name();
		for (int i = 0; i < failures; i++) {
			talon.stubFor(column.request()
				.inScenario(scenario)
				.whenScenarioStateIs((i == 0) ? STARTED : "failed-" + i)
				.willSetStateTo("failed-" + (i + 1))
				.willReturn(failure.get()));
		}
		talon.stubFor(column.request()
			.inScenario(scenario)
			.whenScenarioStateIs((failures == 0) ? STARTED
					: "failed-" + failures)
			.willReturn(success.get()));
	}

	private static TalonRetrySettings settings(Column column) {
		return new TalonRetrySettings(true, MAX_ATTEMPTS, INITIAL_BACKOFF, MAX_BACKOFF, MAX_RETRY_AFTER,
				column.retryNonIdempotent);
	}

	private static HttpClient http(Duration readTimeout) {
		return HttpClient.create(pool)
			.responseTimeout(readTimeout)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis());
	}

	/**
	 * For a server that stalls the first {@code stalledAttempts} answers: those attempts get the
	 * {@link #SHORT_READ_TIMEOUT}, the later ones the {@link #READ_TIMEOUT} (an attempt's own response timeout
	 * replaces the connector's; Reactor Netty fails either with the same {@code ReadTimeoutException}). Each attempt
	 * carries its number in the {@link #ATTEMPT} header, for {@link #stubStalls}.
	 */
	private static HttpClient stallingHttp(int stalledAttempts) {
		AtomicInteger attempts = new AtomicInteger();
		return http(READ_TIMEOUT).doOnRequest((request, connection) -> {
			int attempt = attempts.incrementAndGet();
			request.header(ATTEMPT, Integer.toString(attempt));
			if (attempt <= stalledAttempts) {
				request.responseTimeout(SHORT_READ_TIMEOUT);
			}
		});
	}

	/** Without a pool: every attempt opens a connection, so that each one goes through the resolver. */
	private static HttpClient unpooledHttp() {
		return HttpClient.create(ConnectionProvider.newConnection())
			.responseTimeout(READ_TIMEOUT)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis());
	}

	private TalonIntegrationClient client(URI baseUrl, HttpClient http, TalonRetrySettings retry) {
		return client(baseUrl, http, retry, CALL_TIMEOUT);
	}

	private TalonIntegrationClient client(URI baseUrl, HttpClient http, TalonRetrySettings retry, Duration timeout) {
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)), baseUrl,
					TalonCredentials.contentSignature(TalonFixtures.APPLICATION_ID, TalonFixtures.APPLICATION_KEY))
			.retry(retry)
			.timeout(timeout)
			.listener(this.recorder)
			.build();
	}

	/** Runs a call; not with {@code block()}, which adds a suppressed exception of its own to a failure. */
	private static Outcome run(Mono<?> call) {
		long start = System.nanoTime();
		Signal<?> signal = call.materialize().block(Duration.ofSeconds(20));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(signal).isNotNull();
		if (signal.isOnError()) {
			assertThat(signal.getThrowable()).isInstanceOf(RuntimeException.class);
			return new Outcome(null, (RuntimeException) signal.getThrowable(), elapsed);
		}
		return new Outcome(signal.get(), null, elapsed);
	}

	/**
	 * Every attempt carried the same bytes, the same, valid signature, and the same {@code Idempotency-Key} (the one a
	 * return always carries; none on the other operations).
	 */
	private static void assertIdenticalSignedRequests(List<LoggedRequest> requests) {
		assertThat(requests).isNotEmpty();
		byte[] body = requests.get(0).getBody();
		String signature = requests.get(0).getHeader("Content-Signature");
		String idempotencyKey = requests.get(0).getHeader("Idempotency-Key");
		assertThat(signature).startsWith("signer=" + TalonFixtures.APPLICATION_ID + "; signature=");
		assertThat(idempotencyKey != null).as("Idempotency-Key of " + requests.get(0).getUrl())
			.isEqualTo(requests.get(0).getUrl().contains("/returns"));
		for (LoggedRequest request : requests) {
			assertThat(request.getBody()).as("body of a repeated attempt").isEqualTo(body);
			assertThat(request.getHeader("Content-Signature")).as("signature of a repeated attempt")
				.isEqualTo(signature);
			assertThat(request.getHeader("Idempotency-Key")).as("Idempotency-Key of a repeated attempt")
				.isEqualTo(idempotencyKey);
		}
	}

	/** Each wait is the announced Retry-After, or the back-off of its retry with jitter (half to all of it). */
	private static void assertDelays(List<RetryEvent> retries, Duration retryAfter) {
		for (int i = 0; i < retries.size(); i++) {
			Duration delay = retries.get(i).delay();
			if (retryAfter != null) {
				assertThat(delay).isEqualTo(retryAfter);
			}
			else {
				long backoff = Math.min(INITIAL_BACKOFF.toNanos() << i, MAX_BACKOFF.toNanos());
				assertThat(delay.toNanos()).as("wait before attempt " + (i + 2)).isBetween(backoff / 2, backoff);
			}
		}
	}

	private static Duration sum(List<RetryEvent> retries) {
		return retries.stream().map(RetryEvent::delay).reduce(Duration.ZERO, Duration::plus);
	}

	/**
	 * The columns of the retry table: each operation as it repeats (its {@link TalonOperation.Idempotency}), the
	 * non-idempotent ones with {@code retryNonIdempotent} on as well, and a dry run where it repeats otherwise than the
	 * real call: {@code trackEventV2}'s, which is read-only (the dry runs of the idempotent operations repeat as they
	 * do, and {@code ExactlyOnceV2Tests} shows that no dry run waits in a queue).
	 */
	enum Column {

		PUT_SESSION(TalonOperation.UPDATE_CUSTOMER_SESSION, false),

		PUT_PROFILE(TalonOperation.UPDATE_CUSTOMER_PROFILE, false),

		POST_PROFILE_SEARCH(TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES, false),

		POST_EVENT(TalonOperation.TRACK_EVENT, false),

		POST_EVENT_RETRY_NON_IDEMPOTENT(TalonOperation.TRACK_EVENT, true),

		POST_REFERRAL(TalonOperation.CREATE_REFERRAL, false),

		POST_REFERRAL_RETRY_NON_IDEMPOTENT(TalonOperation.CREATE_REFERRAL, true),

		PUT_SESSION_V2(TalonOperation.UPDATE_CUSTOMER_SESSION_V2, false),

		GET_SESSION_V2(TalonOperation.GET_CUSTOMER_SESSION, false),

		PUT_REOPEN(TalonOperation.REOPEN_CUSTOMER_SESSION, false),

		PUT_REOPEN_RETRY_NON_IDEMPOTENT(TalonOperation.REOPEN_CUSTOMER_SESSION, true),

		POST_RETURN(TalonOperation.RETURN_CART_ITEMS, false),

		PUT_PROFILE_V2(TalonOperation.UPDATE_CUSTOMER_PROFILE_V2, false),

		PUT_PROFILES_V2(TalonOperation.UPDATE_CUSTOMER_PROFILES_V2, false),

		POST_EVENT_V2(TalonOperation.TRACK_EVENT_V2, false),

		POST_EVENT_V2_RETRY_NON_IDEMPOTENT(TalonOperation.TRACK_EVENT_V2, true),

		POST_EVENT_V2_DRY_RUN(TalonOperation.TRACK_EVENT_V2, false, true),

		POST_EVENT_V3(TalonOperation.TRACK_EVENT_V3, false),

		GET_EVENT_V3(TalonOperation.GET_EVENT_V3, false),

		GET_CAMPAIGNS(TalonOperation.INTEGRATION_GET_ALL_CAMPAIGNS, false),

		GET_INVENTORY(TalonOperation.GET_CUSTOMER_INVENTORY, false),

		DELETE_CUSTOMER_DATA(TalonOperation.DELETE_CUSTOMER_DATA, false),

		GET_ACHIEVEMENTS(TalonOperation.GET_CUSTOMER_ACHIEVEMENTS, false),

		GET_ACHIEVEMENT_HISTORY(TalonOperation.GET_CUSTOMER_ACHIEVEMENT_HISTORY, false),

		POST_REFERRALS_FOR_ADVOCATES(TalonOperation.CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES, false),

		POST_COUPON_RESERVATION(TalonOperation.CREATE_COUPON_RESERVATION, false),

		DELETE_COUPON_RESERVATION(TalonOperation.DELETE_COUPON_RESERVATION, false),

		GET_RESERVED_CUSTOMERS(TalonOperation.GET_RESERVED_CUSTOMERS, false),

		GET_LOYALTY_BALANCES(TalonOperation.GET_LOYALTY_BALANCES, false),

		GET_PROFILE_TRANSACTIONS(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS, false),

		GET_PROFILE_POINTS(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_POINTS, false),

		POST_JOIN(TalonOperation.JOIN_LOYALTY_PROGRAM, false),

		POST_DELETE_TRANSACTIONS(TalonOperation.DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS, false),

		POST_ACTIVATE_POINTS(TalonOperation.ACTIVATE_LOYALTY_POINTS, false),

		POST_CARD(TalonOperation.GENERATE_LOYALTY_CARD, false),

		GET_CARD_BALANCES(TalonOperation.GET_LOYALTY_CARD_BALANCES, false),

		GET_CARD_TRANSACTIONS(TalonOperation.GET_LOYALTY_CARD_TRANSACTIONS, false),

		GET_CARD_POINTS(TalonOperation.GET_LOYALTY_CARD_POINTS, false),

		POST_LINK_CARD(TalonOperation.LINK_LOYALTY_CARD_TO_PROFILE, false),

		POST_UNLINK_CARD(TalonOperation.UNLINK_LOYALTY_CARD_FROM_PROFILE, false),

		POST_AUDIENCE(TalonOperation.CREATE_AUDIENCE_V2, false),

		PUT_AUDIENCE(TalonOperation.UPDATE_AUDIENCE_V2, false),

		DELETE_AUDIENCE(TalonOperation.DELETE_AUDIENCE_V2, false),

		DELETE_AUDIENCE_MEMBERSHIPS(TalonOperation.DELETE_AUDIENCE_MEMBERSHIPS_V2, false),

		POST_CUSTOMER_AUDIENCES(TalonOperation.UPDATE_CUSTOMER_PROFILE_AUDIENCES, false),

		PUT_AUDIENCE_ATTRIBUTES(TalonOperation.UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES, false),

		/** A sync that removes an item: a second removal is refused, so it is not repeated. */
		PUT_CATALOG_SYNC(TalonOperation.SYNC_CATALOG, false),

		/** A sync of items added with {@code replaceIfExists}: a repeat changes nothing, so it repeats idempotently. */
		PUT_CATALOG_SYNC_REPEATABLE(TalonOperation.SYNC_CATALOG, false, false, true),

		POST_BEST_PRIOR_PRICE(TalonOperation.BEST_PRIOR_PRICE, false);

		final TalonOperation operation;

		final boolean retryNonIdempotent;

		final boolean dryRun;

		final boolean repeatable;

		Column(TalonOperation operation, boolean retryNonIdempotent) {
			this(operation, retryNonIdempotent, false);
		}

		Column(TalonOperation operation, boolean retryNonIdempotent, boolean dryRun) {
			this(operation, retryNonIdempotent, dryRun, false);
		}

		Column(TalonOperation operation, boolean retryNonIdempotent, boolean dryRun, boolean repeatable) {
			this.operation = operation;
			this.retryNonIdempotent = retryNonIdempotent;
			this.dryRun = dryRun;
			this.repeatable = repeatable;
		}

		/**
		 * How the call repeats: a dry run changes nothing, so it repeats like a read; a repeatable request of a
		 * non-idempotent operation repeats like an idempotent one.
		 */
		TalonOperation.Idempotency idempotency() {
			if (this.dryRun) {
				return TalonOperation.Idempotency.READ_ONLY;
			}
			return this.repeatable ? TalonOperation.Idempotency.IDEMPOTENT : this.operation.idempotency();
		}

		/** Whether the operation answers something to read (the others answer 204, or 200 without content). */
		boolean answered() {
			return !WITHOUT_ANSWER.contains(this.operation);
		}

		boolean mayRepeat() {
			return idempotency() != TalonOperation.Idempotency.NOT_IDEMPOTENT || this.retryNonIdempotent;
		}


		/** The path the call is sent to (without its query). */
		String path() {
			return switch (this.operation) {
				case UPDATE_CUSTOMER_SESSION -> "/v1/customer_sessions/cart-1001";
				case UPDATE_CUSTOMER_PROFILE -> "/v1/customer_profiles/customer-7";
				case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> "/v1/customer_profiles_search";
				case TRACK_EVENT -> "/v1/events";
				case CREATE_REFERRAL -> "/v1/referrals";
				case UPDATE_CUSTOMER_SESSION_V2, GET_CUSTOMER_SESSION -> "/v2/customer_sessions/cart-1001";
				case REOPEN_CUSTOMER_SESSION -> "/v2/customer_sessions/cart-1001/reopen";
				case RETURN_CART_ITEMS -> "/v2/customer_sessions/cart-1001/returns";
				case UPDATE_CUSTOMER_PROFILE_V2 -> "/v2/customer_profiles/customer-7";
				case UPDATE_CUSTOMER_PROFILES_V2 -> "/v2/customer_profiles";
				case TRACK_EVENT_V2 -> "/v2/events";
				case TRACK_EVENT_V3 -> "/v3/events";
				case GET_EVENT_V3 -> "/v3/events/review-8812";
				case INTEGRATION_GET_ALL_CAMPAIGNS -> "/v1/integration/campaigns";
				case GET_CUSTOMER_INVENTORY -> "/v1/customer_profiles/customer-7/inventory";
				case DELETE_CUSTOMER_DATA -> "/v1/customer_data/customer-7";
				case GET_CUSTOMER_ACHIEVEMENTS -> "/v1/customer_profiles/customer-7/achievements";
				case GET_CUSTOMER_ACHIEVEMENT_HISTORY -> "/v1/customer_profiles/customer-7/achievements/3";
				case CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES -> "/v1/referrals_for_multiple_advocates";
				case CREATE_COUPON_RESERVATION, DELETE_COUPON_RESERVATION -> "/v1/coupon_reservations/WALLET-10";
				case GET_RESERVED_CUSTOMERS -> "/v1/coupon_reservations/customerprofiles/WALLET-10";
				case GET_LOYALTY_BALANCES -> "/v1/loyalty_programs/5/profile/customer-7/balances";
				case GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS ->
					"/v1/loyalty_programs/5/profile/customer-7/transactions";
				case GET_LOYALTY_PROGRAM_PROFILE_POINTS -> "/v1/loyalty_programs/5/profile/customer-7/points";
				case JOIN_LOYALTY_PROGRAM -> "/v1/loyalty_programs/5/profile/customer-7/join";
				case DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS ->
					"/v1/loyalty_programs/5/profile/customer-7/delete_transactions";
				case ACTIVATE_LOYALTY_POINTS -> "/v1/loyalty_programs/5/activate_points";
				case GENERATE_LOYALTY_CARD -> "/v1/loyalty_programs/125/cards";
				case GET_LOYALTY_CARD_BALANCES -> "/v1/loyalty_programs/125/cards/card-0042/balances";
				case GET_LOYALTY_CARD_TRANSACTIONS -> "/v1/loyalty_programs/125/cards/card-0042/transactions";
				case GET_LOYALTY_CARD_POINTS -> "/v1/loyalty_programs/125/cards/card-0042/points";
				case LINK_LOYALTY_CARD_TO_PROFILE -> "/v2/loyalty_programs/125/cards/card-0042/link_profile";
				case UNLINK_LOYALTY_CARD_FROM_PROFILE -> "/v2/loyalty_programs/125/cards/card-0042/unlink_profile";
				case CREATE_AUDIENCE_V2 -> "/v2/audiences";
				case UPDATE_AUDIENCE_V2, DELETE_AUDIENCE_V2 -> "/v2/audiences/42";
				case DELETE_AUDIENCE_MEMBERSHIPS_V2 -> "/v2/audiences/42/memberships";
				case UPDATE_CUSTOMER_PROFILE_AUDIENCES -> "/v2/customer_audiences";
				case UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES -> "/v2/audience_customers/42/attributes";
				case SYNC_CATALOG -> "/v1/catalogs/6/sync";
				case BEST_PRIOR_PRICE -> "/v1/best_prior_price";
			};
		}

		MappingBuilder request() {
			return WireMock.request(this.operation.method().name(), urlPathEqualTo(path()));
		}

		RequestPatternBuilder requested() {
			return RequestPatternBuilder.newRequestPattern(RequestMethod.fromString(this.operation.method().name()),
					urlPathEqualTo(path()));
		}

		NewEvent event() {
			return NewEvent.builder("cart-1001", "checkout_started")
				.profileId("customer-7")
				.attributes(Map.of("näme", "ü€", "total", 52.48))
				.build();
		}

		Mono<?> call(TalonIntegrationClient client) {
			return switch (this.operation) {
				case UPDATE_CUSTOMER_SESSION -> client.updateCustomerSession("cart-1001", TalonFixtures.fullSession());
				case UPDATE_CUSTOMER_PROFILE -> client.updateCustomerProfile("customer-7",
						NewCustomerProfile.of(Map.of("Name", "Ada", "VIP", true, "Cart", List.of(1, 2, 3))));
				case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> client
					.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("Email", "ada@example.com")));
				case TRACK_EVENT -> client.trackEvent(event());
				case CREATE_REFERRAL -> client.createReferral(NewReferral.builder(12, "customer-7")
					.friendProfileIntegrationId("friend-8")
					.startDate(TalonFixtures.february7())
					.expiryDate(TalonFixtures.february7().plusDays(28))
					.build());
				case UPDATE_CUSTOMER_SESSION_V2 -> client.updateCustomerSessionV2("cart-1001",
						TalonV2Requests.cartUpdate());
				case GET_CUSTOMER_SESSION -> client.getCustomerSession("cart-1001");
				case REOPEN_CUSTOMER_SESSION -> client.reopenCustomerSession("cart-1001");
				case RETURN_CART_ITEMS -> client.returnCartItems("cart-1001", TalonV2Requests.itemReturn());
				case UPDATE_CUSTOMER_PROFILE_V2 -> client.updateCustomerProfileV2("customer-7",
						TalonV2Requests.fullProfile(), UpdateCustomerProfileV2Options.withRuleEngine());
				case UPDATE_CUSTOMER_PROFILES_V2 -> client.updateCustomerProfilesV2(TalonV2Requests.profiles(2));
				case TRACK_EVENT_V2 -> client.trackEventV2(TalonV2Requests.fullEvent(),
						this.dryRun ? TrackEventOptions.dryRun() : TrackEventOptions.defaults());
				case TRACK_EVENT_V3 -> client.trackEventV3(TalonV2Requests.fullAdvancedEvent("review-8812"));
				case GET_EVENT_V3 -> client.getEventV3("review-8812");
				case INTEGRATION_GET_ALL_CAMPAIGNS -> client
					.integrationGetAllCampaigns(IntegrationGetAllCampaignsOptions.firstPage(10));
				case SYNC_CATALOG -> client.syncCatalog(TalonV2AccountRequests.CATALOG,
						this.repeatable ? TalonV2AccountRequests.catalogAdditions()
								: CatalogSyncRequest.of(CatalogAction.remove("JUG-350")));
				default -> TalonV2Requests.calls().get(this.operation).apply(client);
			};
		}

		String responseType() {
			return switch (this.operation) {
				case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> "CustomerProfileSearchResult";
				case CREATE_REFERRAL -> "Referral";
				case UPDATE_CUSTOMER_SESSION, UPDATE_CUSTOMER_PROFILE, TRACK_EVENT -> "IntegrationState";
				case UPDATE_CUSTOMER_SESSION_V2, RETURN_CART_ITEMS -> "IntegrationStateV2";
				case GET_CUSTOMER_SESSION -> "IntegrationCustomerSessionResponse";
				case REOPEN_CUSTOMER_SESSION -> "ReopenSessionResponse";
				case UPDATE_CUSTOMER_PROFILE_V2 -> "CustomerProfileIntegrationResponseV2";
				case UPDATE_CUSTOMER_PROFILES_V2 -> "MultipleCustomerProfileIntegrationResponseV2";
				case TRACK_EVENT_V2 -> "IntegrationEventV2Response";
				case TRACK_EVENT_V3 -> "IntegrationEventV3Response";
				case GET_EVENT_V3 -> "EventV3";
				case INTEGRATION_GET_ALL_CAMPAIGNS, GET_CUSTOMER_ACHIEVEMENTS, GET_CUSTOMER_ACHIEVEMENT_HISTORY,
						CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES, GET_RESERVED_CUSTOMERS,
						GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS, GET_LOYALTY_PROGRAM_PROFILE_POINTS,
						GET_LOYALTY_CARD_TRANSACTIONS, GET_LOYALTY_CARD_POINTS -> "Page";
				case BEST_PRIOR_PRICE -> "List";
				case CREATE_COUPON_RESERVATION -> "Coupon";
				case GENERATE_LOYALTY_CARD, LINK_LOYALTY_CARD_TO_PROFILE,
						UNLINK_LOYALTY_CARD_FROM_PROFILE -> "LoyaltyCard";
				case CREATE_AUDIENCE_V2, UPDATE_AUDIENCE_V2 -> "Audience";
				case GET_CUSTOMER_INVENTORY -> "CustomerInventory";
				case GET_LOYALTY_BALANCES -> "LoyaltyBalancesWithTiers";
				case GET_LOYALTY_CARD_BALANCES -> "LoyaltyCardBalances";
				case ACTIVATE_LOYALTY_POINTS -> "ActivateLoyaltyPointsResponse";
				case SYNC_CATALOG -> "Catalog";
				default -> this.operation.operationName(); // the operations without answer never read one
			};
		}

		/** The answer Talon.One gives when nothing fails: the spec's success status and a realistic body. */
		Supplier<ResponseDefinitionBuilder> success() {
			String body = switch (this.operation) {
				case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> TalonFixtures.PROFILE_SEARCH_RESULT;
				case CREATE_REFERRAL -> TalonFixtures.REFERRAL;
				case UPDATE_CUSTOMER_SESSION, UPDATE_CUSTOMER_PROFILE, TRACK_EVENT -> TalonFixtures.INTEGRATION_STATE;
				case UPDATE_CUSTOMER_SESSION_V2 -> TalonV2Answers.sessionAnswer(
						IntegrationRequest.ResponseContent.CUSTOMER_SESSION, IntegrationRequest.ResponseContent.LOYALTY);
				case RETURN_CART_ITEMS -> TalonV2Answers.returnAnswer();
				case GET_CUSTOMER_SESSION -> TalonV2Answers.sessionReadAnswer();
				case REOPEN_CUSTOMER_SESSION -> TalonV2Answers.reopenAnswer();
				case UPDATE_CUSTOMER_PROFILE_V2 -> TalonV2Answers.profileAnswer();
				case UPDATE_CUSTOMER_PROFILES_V2 -> TalonV2Answers.profilesAnswer();
				case TRACK_EVENT_V2 -> TalonV2Answers.eventV2Answer();
				case TRACK_EVENT_V3 -> TalonV2Answers.eventV3Answer();
				case GET_EVENT_V3 -> TalonV2Answers.ADVANCED_EVENT;
				case INTEGRATION_GET_ALL_CAMPAIGNS -> "{\"hasMore\": false, \"data\": [{\"id\": 4, \"name\": \"Summer\"}]}";
				case GET_CUSTOMER_INVENTORY -> TalonV2AccountAnswers.INVENTORY;
				case GET_CUSTOMER_ACHIEVEMENTS -> TalonV2AccountAnswers.ACHIEVEMENTS;
				case GET_CUSTOMER_ACHIEVEMENT_HISTORY -> TalonV2AccountAnswers.ACHIEVEMENT_HISTORY;
				case CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES -> TalonV2AccountAnswers.ADVOCATES_REFERRALS;
				case CREATE_COUPON_RESERVATION -> TalonV2AccountAnswers.RESERVED_COUPON;
				case GET_RESERVED_CUSTOMERS -> TalonV2AccountAnswers.RESERVED_CUSTOMERS;
				case GET_LOYALTY_BALANCES -> TalonV2AccountAnswers.LOYALTY_BALANCES;
				case GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS -> TalonV2AccountAnswers.PROFILE_TRANSACTIONS;
				case GET_LOYALTY_PROGRAM_PROFILE_POINTS -> TalonV2AccountAnswers.PROFILE_POINTS;
				case ACTIVATE_LOYALTY_POINTS -> TalonV2AccountAnswers.ACTIVATED_POINTS;
				case GENERATE_LOYALTY_CARD, LINK_LOYALTY_CARD_TO_PROFILE, UNLINK_LOYALTY_CARD_FROM_PROFILE ->
					TalonV2AccountAnswers.CARD;
				case GET_LOYALTY_CARD_BALANCES -> TalonV2AccountAnswers.CARD_BALANCES;
				case GET_LOYALTY_CARD_TRANSACTIONS -> TalonV2AccountAnswers.CARD_TRANSACTIONS;
				case GET_LOYALTY_CARD_POINTS -> TalonV2AccountAnswers.CARD_POINTS;
				case CREATE_AUDIENCE_V2, UPDATE_AUDIENCE_V2 -> TalonV2AccountAnswers.AUDIENCE;
				case SYNC_CATALOG -> TalonV2AccountAnswers.CATALOG;
				case BEST_PRIOR_PRICE -> TalonV2AccountAnswers.BEST_PRIOR_PRICES;
				// no answer: 204, or 200 without content (joinLoyaltyProgram)
				default -> null;
			};
			if (body == null) {
				int status = (this.operation == TalonOperation.JOIN_LOYALTY_PROGRAM) ? 200 : 204;
				return () -> aResponse().withStatus(status);
			}
			// the spec's 201 Created: the v1 POSTs and createReferral, the reservations, the creations of today's API
			boolean created = (this.operation.method() == HttpMethod.POST && this.operation.isLegacy()
					&& this.operation != TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES)
					|| CREATED.contains(this.operation);
			return () -> json(created ? 201 : 200, body);
		}

		void assertAnswer(Object value) {
			switch (this.operation) {
				case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> assertThat(value).isInstanceOfSatisfying(
						CustomerProfileSearchResult.class, (result) -> assertThat(result.totalResultSize()).isEqualTo(1L));
				case CREATE_REFERRAL -> assertThat(value).isInstanceOfSatisfying(Referral.class,
						(referral) -> assertThat(referral.code()).isEqualTo("REF-7XK2"));
				case UPDATE_CUSTOMER_SESSION, UPDATE_CUSTOMER_PROFILE, TRACK_EVENT -> assertThat(value)
					.isInstanceOfSatisfying(IntegrationState.class, (state) -> assertThat(state.effects()).hasSize(4));
				case GET_EVENT_V3 -> assertThat(value).isInstanceOfSatisfying(EventV3.class,
						(event) -> assertThat(event.integrationId()).isEqualTo("review-8812"));
				case INTEGRATION_GET_ALL_CAMPAIGNS, GET_CUSTOMER_ACHIEVEMENT_HISTORY,
						GET_LOYALTY_PROGRAM_PROFILE_POINTS,
						GET_LOYALTY_CARD_TRANSACTIONS, GET_LOYALTY_CARD_POINTS, CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES,
						GET_RESERVED_CUSTOMERS, GET_CUSTOMER_ACHIEVEMENTS, GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS ->
					assertThat(value).isInstanceOfSatisfying(Page.class,
							(page) -> assertThat(page.data()).isNotEmpty());
				case GET_CUSTOMER_INVENTORY -> assertThat(value).isInstanceOfSatisfying(CustomerInventory.class,
						(inventory) -> assertThat(inventory.coupons()).hasSize(3));
				case CREATE_COUPON_RESERVATION -> assertThat(value).isInstanceOfSatisfying(Coupon.class,
						(coupon) -> assertThat(coupon.value()).isEqualTo("WALLET-10"));
				case GET_LOYALTY_BALANCES -> assertThat(value).isInstanceOfSatisfying(LoyaltyBalancesWithTiers.class,
						(balances) -> assertThat(balances.balance().activePoints()).isEqualByComparingTo("145.93"));
				case ACTIVATE_LOYALTY_POINTS -> assertThat(value).isInstanceOfSatisfying(
						ActivateLoyaltyPointsResponse.class,
								(activated) -> assertThat(activated.ledgerEntries()).hasSize(2));
				case GENERATE_LOYALTY_CARD, LINK_LOYALTY_CARD_TO_PROFILE,
						UNLINK_LOYALTY_CARD_FROM_PROFILE -> assertThat(value)
					.isInstanceOfSatisfying(LoyaltyCard.class,
							(card) -> assertThat(card.identifier()).isEqualTo("card-0042"));
				case GET_LOYALTY_CARD_BALANCES -> assertThat(value).isInstanceOfSatisfying(LoyaltyCardBalances.class,
						(balances) -> assertThat(balances.balance().negativePoints()).isEqualByComparingTo("4.5"));
				case CREATE_AUDIENCE_V2, UPDATE_AUDIENCE_V2 -> assertThat(value).isInstanceOfSatisfying(Audience.class,
						(audience) -> assertThat(audience.id()).isEqualTo(42L));
				case SYNC_CATALOG -> assertThat(value).isInstanceOfSatisfying(Catalog.class,
						(catalog) -> assertThat(catalog.version()).isEqualTo(43L));
				case BEST_PRIOR_PRICE -> assertThat(value)
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
					.hasSize(2);
				case DELETE_CUSTOMER_DATA, DELETE_COUPON_RESERVATION, JOIN_LOYALTY_PROGRAM,
						DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS, DELETE_AUDIENCE_V2, DELETE_AUDIENCE_MEMBERSHIPS_V2,
						UPDATE_CUSTOMER_PROFILE_AUDIENCES, UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES ->
					assertThat(value).as("a call without answer completes empty").isNull();
				case UPDATE_CUSTOMER_PROFILES_V2 -> assertThat(value).isInstanceOfSatisfying(
						MultipleCustomerProfileIntegrationResponseV2.class,
						(profiles) -> assertThat(profiles.integrationStates()).hasSize(2));
				default -> assertThat(value).as(responseType()).isInstanceOfSatisfying(IntegrationEffects.class,
						(answer) -> assertThat(answer.effects()).isNotEmpty());
			}
		}

	}

	/** How often the fault happens before the server answers normally. */
	enum Occurrence {

		FAILS_TWICE_THEN_SUCCEEDS(2), FAILS_EVERY_TIME(Integer.MAX_VALUE);

		final int failures;

		Occurrence(int failures) {
			this.failures = failures;
		}

	}

	/** The rows of the retry table that a server answer (or its absence) produces. */
	enum Row {

		CONFLICT {
			@Override
			boolean retries(Column column) {
				return column.idempotency() != TalonOperation.Idempotency.NOT_IDEMPOTENT
						|| column.operation.refusesParallelRequests();
			}
		},

		RATE_LIMITED {
			@Override
			boolean retries(Column column) {
				return true;
			}
		},

		SERVER_ERROR {
			@Override
			boolean retries(Column column) {
				return column.mayRepeat();
			}
		},

		SENT_THEN_FAILED {
			@Override
			boolean retries(Column column) {
				return column.mayRepeat();
			}
		},

		NEVER {
			@Override
			boolean retries(Column column) {
				return false;
			}
		};

		abstract boolean retries(Column column);

	}

	/** A fault WireMock injects, with the failure the client must report. */
	enum ServerFault {

		CONFLICT_409(Row.CONFLICT, () -> json(409, TALON_ERROR), TalonConflictException.class,
				"failed with HTTP 409 Conflict: Request rejected; rejected: injected fault", "status_409", null,
				status(409)),

		TOO_MANY_REQUESTS_429_RETRY_AFTER_0(Row.RATE_LIMITED,
				() -> json(429, TALON_ERROR).withHeader("Retry-After", "0"), TalonRateLimitException.class,
				"failed with HTTP 429 Too Many Requests (Retry-After 0 ms): Request rejected", "status_429",
				Duration.ZERO, status(429)),

		TOO_MANY_REQUESTS_429_WITHOUT_RETRY_AFTER(Row.RATE_LIMITED, () -> json(429, TALON_ERROR),
				TalonRateLimitException.class, "failed with HTTP 429 Too Many Requests: Request rejected",
				"status_429", null, status(429)),

		UNAVAILABLE_503_RETRY_AFTER_PAST_HTTP_DATE(Row.RATE_LIMITED,
				() -> json(503, TALON_ERROR).withHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),
				TalonRateLimitException.class, "failed with HTTP 503 Service Unavailable (Retry-After 0 ms)",
				"status_503", Duration.ZERO, status(503)),

		INTERNAL_SERVER_ERROR_500(Row.SERVER_ERROR, () -> json(500, TALON_ERROR), TalonServerErrorException.class,
				"failed with HTTP 500 Internal Server Error: Request rejected", "status_5xx", null, status(500)),

		BAD_GATEWAY_502_HTML(Row.SERVER_ERROR,
				() -> aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(HTML_502),
				TalonServerErrorException.class, "failed with HTTP 502 Bad Gateway; body: <html> <head><title>502",
				"status_5xx", null, (ex, column) -> {
					assertThat(((TalonResponseException) ex).getStatusCode()).isEqualTo(502);
					assertThat(((TalonResponseException) ex).getErrorResponse()).isEmpty();
					assertThat(((TalonResponseException) ex).getBodyExcerpt()).hasValueSatisfying(
							(excerpt) -> assertThat(excerpt).startsWith("<html> <head>").doesNotContain("\n"));
				}),

		UNAVAILABLE_503(Row.SERVER_ERROR, () -> json(503, TALON_ERROR), TalonServerErrorException.class,
				"failed with HTTP 503 Service Unavailable: Request rejected", "status_5xx", null, status(503)),

		GATEWAY_TIMEOUT_504(Row.SERVER_ERROR, () -> aResponse().withStatus(504), TalonServerErrorException.class,
				"failed with HTTP 504 Gateway Timeout; body: (empty)", "status_5xx", null, (ex, column) -> {
					assertThat(((TalonResponseException) ex).getStatusCode()).isEqualTo(504);
					assertThat(((TalonResponseException) ex).getBodyExcerpt()).hasValue("(empty)");
				}),

		CONNECTION_RESET_BY_PEER(Row.SENT_THEN_FAILED,
				() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), TalonTransportException.class,
				"failed: the connection failed before a complete answer (", "io_error", null, sent()),

		EMPTY_RESPONSE(Row.SENT_THEN_FAILED, () -> aResponse().withFault(Fault.EMPTY_RESPONSE),
				TalonTransportException.class,
				"failed: the connection failed before a complete answer (PrematureCloseException: Connection "
						+ "prematurely closed BEFORE response)",
				"io_error", null, sent()),

		MALFORMED_RESPONSE_CHUNK(Row.SENT_THEN_FAILED, () -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
				TalonTransportException.class,
				"failed: the connection failed before a complete answer (PrematureCloseException: Connection "
						+ "prematurely closed DURING response)",
				"io_error", null, sent()),

		RANDOM_DATA_THEN_CLOSE(Row.SENT_THEN_FAILED, () -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
				TalonTransportException.class, "failed: the connection failed before a complete answer (", "io_error",
				null, sent()),

		NO_ANSWER_WITHIN_THE_READ_TIMEOUT(Row.SENT_THEN_FAILED,
				() -> json(200, TalonFixtures.INTEGRATION_STATE).withFixedDelay(STALL_MILLIS),
				TalonTimeoutException.class, "timed out: received no answer within the read timeout (gave up after ",
				"timeout", null, (ex, column) -> {
					TalonTimeoutException timeout = (TalonTimeoutException) ex;
					assertThat(timeout.getBound()).isEqualTo(TalonTimeoutException.Bound.READ);
					assertThat(timeout.isRequestSent()).isTrue();
					assertThat(timeout.getElapsed()).isGreaterThanOrEqualTo(SHORT_READ_TIMEOUT);
				}),

		BAD_REQUEST_400(Row.NEVER, () -> json(400, TALON_ERROR), TalonClientErrorException.class,
				"failed with HTTP 400 Bad Request: Request rejected", null, null, status(400)),

		UNAUTHORIZED_401(Row.NEVER, () -> json(401, TALON_ERROR), TalonAuthenticationException.class,
				"failed with HTTP 401 Unauthorized: Request rejected", null, null, status(401)),

		FORBIDDEN_403(Row.NEVER, () -> json(403, TALON_ERROR), TalonAuthenticationException.class,
				"failed with HTTP 403 Forbidden: Request rejected", null, null, status(403)),

		NOT_FOUND_404(Row.NEVER, () -> json(404, TALON_ERROR), TalonNotFoundException.class,
				"failed with HTTP 404 Not Found: Request rejected", null, null, status(404)),

		UNPROCESSABLE_422(Row.NEVER, () -> json(422, TALON_ERROR), TalonClientErrorException.class,
				"failed with HTTP 422 Unprocessable ", null, null, status(422)),

		BROKEN_JSON_200(Row.NEVER, () -> json(200, "{\"session\": {\"integrationId\": \"cart-1001\", "),
				TalonInvalidResponseException.class, "answered HTTP 200 OK but its body is not a valid ", null, null,
				(ex, column) -> {
					assertThat(ex.getMessage()).contains("is not a valid " + column.responseType() + ": ")
						.endsWith("body: {\"session\": {\"integrationId\": \"cart-1001\",");
					assertThat(((TalonResponseException) ex).getStatusCode()).isEqualTo(200);
				});

		final Row row;

		final Supplier<ResponseDefinitionBuilder> response;

		final Class<? extends TalonException> type;

		final String message;

		final String retryReason;

		final Duration retryAfter;

		final boolean stalls;

		final Check check;

		ServerFault(Row row, Supplier<ResponseDefinitionBuilder> response, Class<? extends TalonException> type,
				String message, String retryReason, Duration retryAfter, Check check) {
			this.row = row;
			this.response = response;
			this.type = type;
			this.message = message;
			this.retryReason = retryReason;
			this.retryAfter = retryAfter;
			this.stalls = type == TalonTimeoutException.class;
			this.check = check;
		}

		private static Check status(int status) {
			return (ex, column) -> {
				assertThat(((TalonResponseException) ex).getStatusCode()).isEqualTo(status);
				assertThat(((TalonResponseException) ex).getErrorResponse()).isPresent();
			};
		}

		private static Check sent() {
			return (ex, column) -> {
				assertThat(ex).isNotInstanceOf(TalonTimeoutException.class);
				assertThat(((TalonTransportException) ex).isRequestSent()).isTrue();
				for (Throwable earlier : ex.getSuppressed()) {
					assertThat(((TalonTransportException) earlier).isRequestSent()).isTrue();
				}
			};
		}

	}

	/** A further check of the final failure. */
	@FunctionalInterface
	interface Check {

		void accept(TalonException ex, Column column);

	}

	/** A failure before anything was sent, made by routing the connection somewhere else. */
	enum NothingSent {

		CONNECTION_REFUSED(TalonTransportException.class, "failed: could not connect to Talon.One (", "io_error"),

		UNKNOWN_HOST(TalonTransportException.class,
				"failed: could not connect to Talon.One (UnknownHostException: " + TALON_HOST + ")", "io_error"),

		CONNECT_TIMEOUT(TalonTimeoutException.class,
				"timed out: could not connect within the connect timeout (gave up after ", "timeout");

		final Class<? extends TalonTransportException> type;

		final String message;

		final String retryReason;

		NothingSent(Class<? extends TalonTransportException> type, String message, String retryReason) {
			this.type = type;
			this.message = message;
			this.retryReason = retryReason;
		}

		InetSocketAddress route() throws UnknownHostException {
			return switch (this) {
				case CONNECTION_REFUSED -> new InetSocketAddress(loopback(), closedPort);
				case UNKNOWN_HOST -> throw new UnknownHostException(TALON_HOST);
				case CONNECT_TIMEOUT -> new InetSocketAddress(loopback(), fullBacklog.getLocalPort());
			};
		}

	}

	enum RetryAfterForm {

		DELTA_SECONDS(429), HTTP_DATE(503);

		final int status;

		RetryAfterForm(int status) {
			this.status = status;
		}

	}

	record RetryEvent(TalonOperation operation, String reason, TalonException failure, Duration delay, long atNanos) {
	}

	record Outcome(Object value, RuntimeException failure, Duration elapsed) {

		void assertSuccess(Column column) {
			if (this.failure != null) {
				throw new AssertionError("expected " + column + " to succeed but it failed with " + this.failure,
						this.failure);
			}
			column.assertAnswer(this.value);
		}

		<T extends TalonException> T failure(Class<T> type) {
			if (this.failure == null) {
				fail("expected a " + type.getSimpleName() + " but the call succeeded with " + this.value);
			}
			assertThat(this.failure).isExactlyInstanceOf(type);
			return type.cast(this.failure);
		}

	}

	static final class Recorder implements TalonClientListener {

		final List<RetryEvent> retries = new CopyOnWriteArrayList<>();

		final List<TalonCallResult> results = new CopyOnWriteArrayList<>();

		@Override
		public void onRetry(TalonOperation operation, String reason, TalonException failure, Duration delay) {
			this.retries.add(new RetryEvent(operation, reason, failure, delay, System.nanoTime()));
		}

		@Override
		public void onCallComplete(TalonCallResult result) {
			this.results.add(result);
		}

		void clear() {
			this.retries.clear();
			this.results.clear();
		}

	}

	/** Resolves {@link #TALON_HOST} to wherever the route says, counting the resolutions (connection attempts). */
	static final class RoutingResolverGroup extends AddressResolverGroup<InetSocketAddress> {

		final AtomicInteger resolutions = new AtomicInteger();

		private final Route route;

		RoutingResolverGroup(Route route) {
			this.route = route;
		}

		@Override
		protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
			return new AbstractAddressResolver<>(executor, InetSocketAddress.class) {

				@Override
				protected boolean doIsResolved(InetSocketAddress address) {
					return !address.isUnresolved();
				}

				@Override
				protected void doResolve(InetSocketAddress unresolved, Promise<InetSocketAddress> promise) {
					try {
						promise.setSuccess(routeTo());
					}
					catch (UnknownHostException ex) {
						promise.setFailure(ex);
					}
				}

				@Override
				protected void doResolveAll(InetSocketAddress unresolved, Promise<List<InetSocketAddress>> promise) {
					try {
						promise.setSuccess(List.of(routeTo()));
					}
					catch (UnknownHostException ex) {
						promise.setFailure(ex);
					}
				}

			};
		}

		private InetSocketAddress routeTo() throws UnknownHostException {
			return this.route.resolve(this.resolutions.incrementAndGet());
		}

	}

	@FunctionalInterface
	interface Route {

		InetSocketAddress resolve(int resolution) throws UnknownHostException;

	}

}
