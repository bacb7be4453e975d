package dev.talon.spring.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulator of Talon.One's Integration API on a real HTTP server on 127.0.0.1, for developing and testing a shop
 * without a Talon.One account. One line starts it:
 *
 * <pre>{@code
 * try (TalonSimulator talon = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey("my-test-key"))) {
 *     // point the client at talon.baseUrl() with API key "my-test-key"
 * }
 * }</pre>
 *
 * It serves the five operations of the 2017 v1 API ({@code updateCustomerSession}, {@code updateCustomerProfile},
 * {@code trackEvent}, {@code createReferral}, {@code getCustomerProfilesByAttributes}) and the 39 of today's
 * Integration API (the 2026 spec): sessions, returns, profiles and events, the customer's inventory, achievements and
 * data deletion, coupon reservations, referral codes, loyalty (balances, transactions, points, joining, activation,
 * cards), audiences, catalogs, best prior prices and the running campaigns, like Talon.One:
 * <ul>
 * <li>requests must authenticate with {@code Authorization: ApiKey-v1 <key>} or with
 * {@code Content-Signature: signer=<applicationId>; signature=<hex HMAC-MD5 of the body>}, or get a 401;</li>
 * <li>bodies and query parameters are validated like the spec of their API (v1: 2017, v2: 2026): 400 with
 * {@code message} and {@code errors[].source.pointer} (or {@code .parameter});</li>
 * <li>profiles, sessions (one state machine for v1 and v2, with returns and reopening), events, referral codes,
 * coupon redemptions and reservations, loyalty ledgers and cards, audiences and catalogs are kept in memory and
 * shared by v1 and v2;</li>
 * <li>the {@link PromotionRules rules} answer v1 requests with v1 effects
 * {@code [campaignId, rulesetId, ruleIndex, [name, args...]]} and v2 requests with v2 effect objects, and roll back
 * what Talon.One rolls back when a session is returned, cancelled or reopened;</li>
 * <li>two overlapping updates of one session (or one profile) get a 409, and {@link #faults()} injects latency and
 * failures; {@link #suspend()} makes it unreachable.</li>
 * </ul>
 * For tests, it records the {@link #requests() requests} it receives, lets a test arrange a scenario on the running
 * simulator ({@link #rules(PromotionRules) rules}, {@link #updateProfile profiles},
 * {@link #addLoyaltyPoints loyalty points}, {@link #reserveCoupon coupon reservations}), shows its state
 * ({@link #session(String)}, {@link #profile(String)}, {@link #loyaltyLedger(String, long)}, ...), and
 * {@link #reset() starts afresh} between tests.
 * It depends on nothing but the JDK and Jackson, and is thread-safe.
 */
public final class TalonSimulator implements AutoCloseable {

	/** The port {@link #main(String[])} listens on unless told otherwise. */
	public static final int DEFAULT_MAIN_PORT = 8090;

	/** How long {@link #suspend()} waits after closing the open connections, in milliseconds. */
	static final long SUSPEND_GRACE_MILLIS = 200;

	/** How long {@link #reset()} waits at most for the requests in progress to end, in milliseconds. */
	static final long RESET_WAIT_MILLIS = 2000;

	/** The name of the transactions {@link #addLoyaltyPoints} makes. */
	static final String MANUAL_POINTS = "Added by the test";

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final TalonSimulatorConfig config;

	private final SimulatorState state;

	private final SimulatorFaults faults;

	private final SimulatorHttpHandler handler;

	private final RequestLog requests = new RequestLog();

	private final ExecutorService executor;

	private final int port;

	private HttpServer server;

	private boolean closed;

	private TalonSimulator(TalonSimulatorConfig config) {
		JsonMapper json = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.build();
		this.config = config;
		this.state = new SimulatorState(config, json);
		this.faults = new SimulatorFaults(config.latency());
		this.handler = new SimulatorHttpHandler(json, this.state, this.faults, new Authenticator(config),
				this.requests);
		this.executor = Executors.newCachedThreadPool(new SimulatorThreads());
		try {
			this.server = listen(config.port());
		}
		catch (UncheckedIOException ex) {
			this.executor.shutdownNow();
			throw ex;
		}
		this.port = this.server.getAddress().getPort();
	}

	/**
	 * Starts a simulator with the {@link TalonSimulatorConfig#defaults() default configuration} on a random port.
	 * @return the running simulator
	 * @throws UncheckedIOException when the port cannot be bound
	 */
	public static TalonSimulator start() {
		return start(TalonSimulatorConfig.defaults());
	}

	/**
	 * Starts a simulator.
	 * @param config its configuration
	 * @return the running simulator
	 * @throws UncheckedIOException when the port cannot be bound
	 */
	public static TalonSimulator start(TalonSimulatorConfig config) {
		if (config == null) {
			throw new IllegalArgumentException("config must not be null");
		}
		return new TalonSimulator(config);
	}

	/**
	 * The base URL to give the client ({@code talon.base-url}), such as {@code http://127.0.0.1:54321}.
	 * @return the base URL, without trailing slash
	 */
	public String baseUrl() {
		return "http://" + LOOPBACK.getHostAddress() + ":" + this.port;
	}

	/**
	 * The port it listens on (the same after {@link #resume()}).
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Its configuration.
	 * @return the configuration it was started with
	 */
	public TalonSimulatorConfig config() {
		return this.config;
	}

	/**
	 * The faults it injects, changeable at any time.
	 * @return the faults
	 */
	public SimulatorFaults faults() {
		return this.faults;
	}

	/**
	 * A customer profile.
	 * @param integrationId the profile's id
	 * @return a snapshot of the profile, empty when it does not exist
	 */
	public Optional<SimulatedProfile> profile(String integrationId) {
		return this.state.profile(integrationId);
	}

	/**
	 * A customer session.
	 * @param integrationId the session's id
	 * @return a snapshot of the session, empty when it does not exist
	 */
	public Optional<SimulatedSession> session(String integrationId) {
		return this.state.session(integrationId);
	}

	/**
	 * A referral code.
	 * @param code the code (any case)
	 * @return a snapshot of the referral, empty when no such code was created
	 */
	public Optional<SimulatedReferral> referral(String code) {
		return this.state.referral(code);
	}

	/**
	 * The events recorded, oldest first (at most the latest {@value SimulatorState#MAX_EVENTS}): Talon.One's own
	 * ({@code talon_session_updated}, {@code talon_session_closed}, ...) and the custom events of v1, v2 and v3.
	 * @return the events
	 */
	public List<SimulatedEvent> events() {
		return this.state.events();
	}

	/**
	 * The returns of a session, oldest first.
	 * @param customerSessionId the session's id
	 * @return the returns, empty when there is no such session or it has none
	 */
	public List<SimulatedReturn> returns(String customerSessionId) {
		return this.state.returns(customerSessionId);
	}

	/**
	 * A profile's points in a loyalty program, with its transactions.
	 * @param profileId the profile's integration id
	 * @param programId the loyalty program's id
	 * @return a snapshot of the ledger, empty when the profile never had points in that program
	 */
	public Optional<SimulatedLoyaltyLedger> loyaltyLedger(String profileId, long programId) {
		return this.state.loyaltyLedger(profileId, programId);
	}

	/**
	 * A loyalty card of a card-based program, with its points.
	 * @param programId the loyalty program's id
	 * @param identifier the card's identifier
	 * @return a snapshot of the card, empty when the program has no such card
	 */
	public Optional<SimulatedLoyaltyCard> loyaltyCard(long programId, String identifier) {
		return this.state.loyaltyCard(programId, identifier);
	}

	/**
	 * The profiles a coupon code is reserved for ({@code createCouponReservation}).
	 * @param code the code (any case)
	 * @return their integration ids in the order they were reserved, empty when there is none
	 */
	public List<String> couponReservations(String code) {
		return this.state.couponReservations(code);
	}

	/**
	 * An audience ({@code createAudienceV2}) and its members.
	 * @param id the audience's id
	 * @return a snapshot of the audience, empty when there is no such audience
	 */
	public Optional<SimulatedAudience> audience(long id) {
		return this.state.audience(id);
	}

	/**
	 * An advanced event ({@code POST /v3/events}).
	 * @param integrationId the event's unique id
	 * @return a snapshot of the event, empty when none was recorded with that id
	 */
	public Optional<SimulatedAdvancedEvent> advancedEvent(String integrationId) {
		return this.state.advancedEvent(integrationId);
	}

	/**
	 * How often a coupon code was redeemed by sessions that are closed (or partially returned) now.
	 * @param code the code (any case)
	 * @return the number of redemptions
	 */
	public long couponRedemptions(String code) {
		return this.state.couponRedemptions(code);
	}

	/**
	 * How many requests reached the operations, whatever their outcome (401, 400, 409, injected failures included).
	 * @return the number of requests
	 */
	public long requestCount() {
		return this.handler.requestCount();
	}

	/**
	 * How many requests to the operations are being processed right now, for example held by an injected
	 * latency. A request the client gave up on (after its read timeout) is still processed, and may still change the
	 * state when it ends: tests that remove a latency can wait for this to drop to zero.
	 * @return the number of requests in progress
	 */
	public int requestsInProgress() {
		return this.handler.requestsInProgress();
	}

	/**
	 * The requests that reached the operations, oldest first (at most the latest {@value RequestLog#MAX_REQUESTS},
	 * with 32 MiB characters of bodies in all), whatever their answer: what a shop sent, with its bodies, never its
	 * credentials. A request held by a latency is listed from its arrival, with status 0 until it is answered.
	 * @return a snapshot of the requests
	 */
	public List<RecordedRequest> requests() {
		return this.requests.snapshot();
	}

	/**
	 * The rules in force: those of the configuration, or the ones {@link #rules(PromotionRules)} set since.
	 * @return the rules
	 */
	public PromotionRules rules() {
		return this.state.rules.rules();
	}

	/**
	 * Replaces the rules, for example to arrange a test's campaigns on a running simulator; {@link #reset()} restores
	 * the configuration's. What the earlier rules did stays (effects, redemptions, points): sessions are evaluated
	 * with the new rules from their next update, so set them before the requests they are for.
	 * @param rules the rules, such as {@code PromotionRules.defaults().and(...)}
	 * @throws IllegalArgumentException when {@code rules} is {@code null}
	 */
	public void rules(PromotionRules rules) {
		if (rules == null) {
			throw new IllegalArgumentException("rules must not be null");
		}
		this.state.rules(rules);
	}

	/**
	 * Creates a customer profile if it does not exist and merges attributes into it, as a profile update that runs
	 * no rules would: a customer a test arranges before the shop sees them. An existing profile's
	 * {@code lastActivity} stays.
	 * @param integrationId the profile's id, not empty
	 * @param attributes the attributes to merge (values as JSON would have them: text, numbers, booleans, lists,
	 * maps); a {@code null} value removes an attribute
	 * @throws IllegalArgumentException when the id is empty or the attributes {@code null}
	 */
	public void updateProfile(String integrationId, Map<String, ?> attributes) {
		requireText(integrationId, "integrationId");
		if (attributes == null) {
			throw new IllegalArgumentException("attributes must not be null");
		}
		this.state.updateProfile(integrationId, attributes);
	}

	/**
	 * Adds loyalty points to a profile, as points it earned before the test (like a manual addition in Talon.One's
	 * Campaign Manager): a transaction of type {@code manual} without session, active at once, expiring after the
	 * program's validity if it has one. The profile is created if missing and joins the program.
	 * @param profileId the profile's id, not empty
	 * @param programId the id of a profile-based program of the {@link #rules() rules}
	 * @param points the points, positive
	 * @throws IllegalArgumentException when the program is not one of the rules or is card-based, or the points are
	 * not positive
	 */
	public void addLoyaltyPoints(String profileId, long programId, BigDecimal points) {
		requireText(profileId, "profileId");
		if (points == null || points.signum() <= 0) {
			throw new IllegalArgumentException("points must be positive but was " + points);
		}
		this.state.addLoyaltyPoints(profileId, programId, points, MANUAL_POINTS);
	}

	/**
	 * Reserves a coupon code for profiles (created if missing), as {@code createCouponReservation} does: the code is
	 * in their inventory, and a code {@link CouponRule#requiringReservation() requiring a reservation} is accepted
	 * for them only.
	 * @param code the code of a {@link CouponRule} of the {@link #rules() rules} (any case)
	 * @param profileIds the profiles' ids, at least one, none empty
	 * @throws IllegalArgumentException when no coupon rule has that code, or no profile is given
	 */
	public void reserveCoupon(String code, String... profileIds) {
		requireText(code, "code");
		if (profileIds == null || profileIds.length == 0) {
			throw new IllegalArgumentException("profileIds must name at least one profile");
		}
		for (String profileId : profileIds) {
			requireText(profileId, "profileIds[]");
		}
		this.state.reserveCoupon(code, List.of(profileIds));
	}

	/**
	 * Starts afresh, so that one simulator can serve several tests: forgets all profiles, sessions, returns,
	 * referrals, events, coupon redemptions and reservations, loyalty points and cards, audiences, catalogs, stored
	 * idempotent answers and the {@link #requests() requests}, restores the configuration's rules, clears the faults
	 * (the configuration's {@link TalonSimulatorConfig#latency() latency} stays) and {@link #resume() resumes} when
	 * suspended. Requests in progress (held by a latency, or still being checked) end at once, without
	 * answer and without effect, so that nothing from before lands after; the method returns once they have ended (at
	 * most {@value #RESET_WAIT_MILLIS} ms later), so that a session or profile one of them kept busy is free for the
	 * next request (which would otherwise get a 409).
	 * @throws IllegalStateException when the simulator is closed
	 */
	public void reset() {
		this.faults.clear().latency(this.config.latency());
		this.state.reset();
		try {
			this.handler.awaitRequestsInProgress(Duration.ofMillis(RESET_WAIT_MILLIS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.requests.clear();
		resume();
	}

	/**
	 * Stops listening, so that connections are refused as if Talon.One were down; all state is kept, and
	 * {@link #resume()} listens again on the same port. Open connections are closed, and the method returns
	 * 200 ms later: a client that keeps connections alive needs that moment to see its idle
	 * ones closed, or its next request may go out on one of them and fail as "sent" instead of being refused.
	 */
	public synchronized void suspend() {
		if (this.closed) {
			throw new IllegalStateException("the simulator is closed");
		}
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
			try {
				Thread.sleep(SUSPEND_GRACE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Listens again after {@link #suspend()}, on the same port.
	 * @throws UncheckedIOException when the port was taken by another process meanwhile
	 */
	public synchronized void resume() {
		if (this.closed) {
			throw new IllegalStateException("the simulator is closed");
		}
		if (this.server == null) {
			this.server = listen(this.port);
		}
	}

	/**
	 * Whether it is {@link #suspend() suspended}.
	 * @return {@code true} while connections are refused
	 */
	public synchronized boolean isSuspended() {
		return this.server == null;
	}

	/**
	 * Stops the server and the requests in progress. Idempotent.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
		}
		this.executor.shutdownNow();
	}

	@Override
	public String toString() {
		return "TalonSimulator[" + baseUrl() + ", " + this.config + "]";
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be null or empty");
		}
	}

	private HttpServer listen(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 50);
			server.createContext("/", this.handler);
			server.setExecutor(this.executor);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on " + LOOPBACK.getHostAddress() + ":" + port, ex);
		}
	}

	/**
	 * Runs a simulator until the JVM is stopped (Ctrl+C), printing its URL and credentials. Options:
	 * {@code --port=8090} (0 for a random one), {@code --api-key=<key>}, {@code --application-id=<id>},
	 * {@code --application-key=<hex>}, {@code --latency=<milliseconds>}.
	 * @param args the options
	 */
	public static void main(String[] args) {
		TalonSimulatorConfig config;
		try {
			config = parseArguments(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("Usage: TalonSimulator [--port=" + DEFAULT_MAIN_PORT + "] [--api-key=<key>] "
					+ "[--application-id=<id>] [--application-key=<hex>] [--latency=<milliseconds>]");
			System.exit(2);
			return;
		}
		TalonSimulator simulator;
		try {
			simulator = start(config);
		}
		catch (UncheckedIOException ex) {
			System.err.println("The simulator cannot listen on 127.0.0.1:" + config.port() + ": "
					+ ex.getCause().getMessage() + ". Stop what uses that port, or start the simulator with another "
					+ "--port (--port=0 picks a free one).");
			System.exit(1);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "talon-simulator-shutdown"));
		printBanner(simulator, System.out);
		try {
			Thread.currentThread().join();
		}
		catch (InterruptedException ex) {
			simulator.close();
		}
	}

	static TalonSimulatorConfig parseArguments(String[] args) {
		TalonSimulatorConfig config = TalonSimulatorConfig.defaults().port(DEFAULT_MAIN_PORT);
		long applicationId = config.applicationId();
		String applicationKey = config.applicationKey();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Unknown argument: " + arg);
			}
			String name = arg.substring(2, equals);
			String value = arg.substring(equals + 1);
			try {
				switch (name) {
					case "port" -> config = config.port(Integer.parseInt(value));
					case "api-key" -> config = config.apiKey(value);
					case "application-id" -> applicationId = Long.parseLong(value);
					case "application-key" -> applicationKey = value;
					case "latency" -> config = config.latency(Duration.ofMillis(Long.parseLong(value)));
					default -> throw new IllegalArgumentException("Unknown option: --" + name);
				}
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + name + " needs a number but was '" + value + "'");
			}
		}
		return config.application(applicationId, applicationKey);
	}

	static void printBanner(TalonSimulator simulator, PrintStream out) {
		TalonSimulatorConfig config = simulator.config();
		out.println("Talon.One simulator (Integration API v1 and v2) listening on " + simulator.baseUrl());
		out.println("Credentials (the simulator's own, not a real Talon.One's):");
		if (config.apiKey() != null) {
			out.println("  Authorization: ApiKey-v1 " + config.apiKey());
		}
		if (config.applicationKey() != null) {
			out.println("  Content-Signature: signer=" + config.applicationId()
					+ "; signature=<hex HMAC-MD5 of the body, keyed with the hex-decoded application key "
					+ config.applicationKey() + ">");
		}
		out.println("Rules:");
		for (PromotionRule rule : simulator.rules().rules()) {
			out.println("  " + rule.describe());
		}
		out.println("Faults: GET, PUT or DELETE " + simulator.baseUrl() + SimulatorHttpHandler.FAULTS_PATH
				+ ", e.g. PUT {\"latencyMillis\": 3000} or {\"failStatus\": 503}");
		if (config.apiKey() != null) {
			out.println("Point a shop at it: TALON_BASE_URL=" + simulator.baseUrl() + " TALON_API_KEY="
					+ config.apiKey());
		}
		out.println("Stop it with Ctrl+C.");
	}

	private static final class SimulatorThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "talon-simulator-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
