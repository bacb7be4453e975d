package dev.talon.spring.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.talon.spring.simulator.QueryParameters.Kind;

/**
 * Answers the HTTP requests of a {@link TalonSimulator}: routes them to the v1 and v2 operations ({@link Operation})
 * or the fault administration endpoint, records those of the operations in the {@link RequestLog}, then, in
 * Talon.One's order, checks credentials (401), parses and validates the query parameters and the body (400), refuses
 * an overlapping update of a session or a profile (409), waits the injected latency, answers an injected failure, and
 * finally performs the operation. A request during which the state is reset ends there, without answer and without
 * effect (a reset also ends its latency). {@code GET}, {@code PUT} and
 * {@code DELETE} on {@value #FAULTS_PATH} read, set and clear the faults; {@code DELETE} answers once the requests in
 * progress have ended (at most the cleared latency and a second later), so that a script that clears the faults
 * finds every session free.
 */
final class SimulatorHttpHandler implements HttpHandler {

	/** The path of the fault administration endpoint. */
	static final String FAULTS_PATH = "/_simulator/faults";

	/** The largest request body accepted. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	static final String CONFLICT_MESSAGE = "Too many requests are updating this session at the same time";

	static final String PROFILE_CONFLICT_MESSAGE = "Too many requests are updating this profile at the same time";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";


	private static final RequestSchema.ObjectSchema FAULTS_SCHEMA = RequestSchema.ObjectSchema
		.builder("SimulatorFaults", false)
		.optional("latencyMillis", new RequestSchema.IntegerSchema(0L))
		.optional("failStatus", new RequestSchema.IntegerSchema(400L))
		.optional("failCount", new RequestSchema.IntegerSchema(1L))
		.optional("retryAfterSeconds", new RequestSchema.IntegerSchema(0L))
		.optional("dropConnections", RequestSchema.BooleanSchema.INSTANCE)
		.build();

	private final JsonMapper json;

	private final SimulatorState state;

	private final SimulatorFaults faults;

	private final Authenticator authenticator;

	private final RequestLog log;

	/**
	 * The log entry of the request this thread handles, for {@link #send} (an exchange's attributes are its
	 * context's, shared by all requests).
	 */
	private final ThreadLocal<RequestLog.Entry> logEntry = new ThreadLocal<>();

	private final Set<String> inProgressKeys = ConcurrentHashMap.newKeySet();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicInteger inProgress = new AtomicInteger();

	SimulatorHttpHandler(JsonMapper json, SimulatorState state, SimulatorFaults faults, Authenticator authenticator,
			RequestLog log) {
		this.json = json;
		this.state = state;
		this.faults = faults;
		this.authenticator = authenticator;
		this.log = log;
	}

	long requestCount() {
		return this.requests.get();
	}

	int requestsInProgress() {
		return this.inProgress.get();
	}

	@Override
	public void handle(HttpExchange exchange) {
		try {
			String path = exchange.getRequestURI().getRawPath();
			String method = exchange.getRequestMethod();
			byte[] body = readBody(exchange.getRequestBody());
			if (path.equals(FAULTS_PATH)) {
				handleFaults(exchange, method, body);
				return;
			}
			List<Operation> atPath = Operation.forPath(path);
			if (atPath.isEmpty()) {
				send(exchange, error(404, "Not found: " + method + " " + path
						+ " is not an operation of the Talon.One Integration API", List.of()), null);
				return;
			}
			Operation operation = atPath.stream().filter((candidate) -> candidate.method.equals(method)).findFirst()
				.orElse(null);
			if (operation == null) {
				exchange.getResponseHeaders().set("Allow",
						String.join(", ", atPath.stream().map((candidate) -> candidate.method).toList()));
				send(exchange, error(405, "Method " + method + " is not allowed on " + path, List.of()), null);
				return;
			}
			this.requests.incrementAndGet();
			this.inProgress.incrementAndGet();
			// read on arrival: a reset while the request is checked ends it without answer and without effect
			long generation = this.state.generation();
			try {
				Map<String, String> pathParameters = operation.pathParameters(path);
				record(exchange, operation, path, pathParameters, body);
				handleOperation(exchange, operation, pathParameters, body, generation);
			}
			finally {
				this.inProgress.decrementAndGet();
			}
		}
		catch (SimulatorApiException ex) {
			send(exchange, error(ex.status(), ex.getMessage(), ex.violations()), null);
		}
		catch (InterruptedException ex) {
			// the simulator is shutting down: no answer
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			send(exchange, error(500, "Simulator error: " + ex, List.of()), null);
		}
		finally {
			this.logEntry.remove();
			exchange.close();
		}
	}

	private void handleOperation(HttpExchange exchange, Operation operation, Map<String, String> path, byte[] body,
			long generation) throws InterruptedException {
		SimulatorApiException unauthorized = this.authenticator.check(exchange.getRequestHeaders(), body);
		if (unauthorized != null) {
			throw unauthorized;
		}
		QueryParameters query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
		List<Violation> violations = new ArrayList<>(Operation.validatePath(path));
		violations.addAll(query.validate(operation.parameters));
		String idempotencyKey = null;
		if (operation == Operation.RETURN_CART_ITEMS) {
			idempotencyKey = exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY);
			if (idempotencyKey != null && (idempotencyKey.isBlank()
					|| idempotencyKey.length() > IdempotencyStore.MAX_KEY_LENGTH)) {
				violations.add(Violation.inHeader(IDEMPOTENCY_KEY,
						"must be 1 to " + IdempotencyStore.MAX_KEY_LENGTH + " characters long",
						"the key has " + idempotencyKey.length() + " characters"));
			}
		}
		JsonNode request = null;
		if (operation.schema != null) {
			request = parse(body);
			violations.addAll(operation.schema.validate(request));
		}
		if (!violations.isEmpty()) {
			throw new SimulatorApiException(400, "Invalid request", violations);
		}
		String lockKey = query.flag("dry") ? null : operation.lock.key(path, request);
		if (lockKey != null && !this.inProgressKeys.add(lockKey)) {
			throw new SimulatorApiException(409,
					lockKey.startsWith(Lock.PROFILE_PREFIX) ? PROFILE_CONFLICT_MESSAGE : CONFLICT_MESSAGE, List.of());
		}
		try {
			if (this.state.generation() != generation) {
				return; // reset since it arrived: the request ends without an answer and without effect
			}
			Duration latency = this.faults.latency();
			if (!latency.isZero() && !this.state.awaitUnlessReset(latency, generation)) {
				return; // reset meanwhile: the request ends without an answer and without effect
			}
			SimulatedFailure failure = this.faults.takeFailure();
			if (failure != null) {
				fail(exchange, failure);
				return;
			}
			ApiAnswer answer;
			synchronized (this.state) {
				if (this.state.generation() != generation) {
					return;
				}
				answer = operation.action.perform(this.state,
						new ApiRequest(path, request, query, idempotencyKey, this.state.now()));
			}
			send(exchange, answer, null);
		}
		finally {
			if (lockKey != null) {
				this.inProgressKeys.remove(lockKey);
			}
		}
	}

	/**
	 * Records a request of an operation as it arrives (before it is checked), so that {@link #send} can record its
	 * status: never its headers, which carry the credentials, but the {@code Idempotency-Key}.
	 */
	private void record(HttpExchange exchange, Operation operation, String path, Map<String, String> pathParameters,
			byte[] body) {
		Map<String, List<String>> query;
		try {
			query = QueryParameters.parse(exchange.getRequestURI().getRawQuery()).values();
		}
		catch (SimulatorApiException ex) {
			query = Map.of(); // a malformed escape: answered with a 400 below
		}
		RequestLog.Entry entry = this.log.add(operation.operationId(), operation.method(), path, pathParameters,
				query, (body.length > 0) ? new String(body, StandardCharsets.UTF_8) : null,
				exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY), this.state.now());
		this.logEntry.set(entry);
	}

	private void fail(HttpExchange exchange, SimulatedFailure failure) {
		if (failure.isDropConnection()) {
			// closing an exchange before any response header was sent closes the connection
			return;
		}
		String reason = switch (failure.status()) {
			case 429 -> "Too many requests";
			case 500 -> "Internal server error";
			case 502 -> "Bad gateway";
			case 503 -> "Service unavailable";
			case 504 -> "Gateway timeout";
			default -> "Simulated failure";
		};
		String retryAfter = (failure.retryAfter() != null) ? Long.toString(failure.retryAfter().toSeconds()) : null;
		send(exchange, error(failure.status(), reason + " (injected by the simulator)", List.of()), retryAfter);
	}

	private void handleFaults(HttpExchange exchange, String method, byte[] body) throws InterruptedException {
		switch (method) {
			case "GET" -> send(exchange, ApiAnswer.ok(faultsJson()), null);
			case "DELETE" -> {
				Duration latency = this.faults.latency();
				this.faults.clear();
				awaitRequestsInProgress(latency.plusSeconds(1));
				send(exchange, ApiAnswer.ok(faultsJson()), null);
			}
			case "PUT" -> {
				JsonNode request = parse(body);
				List<Violation> violations = FAULTS_SCHEMA.validate(request);
				if (!violations.isEmpty()) {
					throw new SimulatorApiException(400, "Invalid request", violations);
				}
				boolean drop = request.path("dropConnections").asBoolean(false);
				if (drop && (request.has("failStatus") || request.has("retryAfterSeconds"))) {
					throw SimulatorApiException.badRequest("Invalid request", new Violation("/dropConnections",
							"cannot be combined with failStatus or retryAfterSeconds",
							"a dropped connection has no status"));
				}
				if (request.has("failStatus") && request.get("failStatus").asLong() > 599) {
					throw SimulatorApiException.badRequest("Invalid request", new Violation("/failStatus",
							"must be at most 599", "failStatus is " + request.get("failStatus")));
				}
				SimulatedFailure failure = drop ? SimulatedFailure.dropConnection()
						: request.has("failStatus") ? new SimulatedFailure((int) request.get("failStatus").asLong(),
								request.has("retryAfterSeconds")
										? Duration.ofSeconds(request.get("retryAfterSeconds").asLong()) : null)
								: null;
				synchronized (this.faults) {
					this.faults.clear();
					this.faults.latency(Duration.ofMillis(request.path("latencyMillis").asLong(0)));
					if (failure != null && request.has("failCount")) {
						this.faults.failNext((int) Math.min(Integer.MAX_VALUE, request.get("failCount").asLong()),
								failure);
					}
					else if (failure != null) {
						this.faults.failAll(failure);
					}
				}
				send(exchange, ApiAnswer.ok(faultsJson()), null);
			}
			default -> {
				exchange.getResponseHeaders().set("Allow", "GET, PUT, DELETE");
				send(exchange, error(405, "Method " + method + " is not allowed on " + FAULTS_PATH, List.of()), null);
			}
		}
	}

	/**
	 * Waits until no request is in progress, at most the given time: after a latency is cleared over HTTP, the
	 * requests it still holds keep their sessions busy (an update of one gets a 409) until their latency is over, so a
	 * script that clears the faults and goes on at once would find Talon.One still busy.
	 */
	void awaitRequestsInProgress(Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (this.inProgress.get() > 0 && System.nanoTime() - deadline < 0) {
			Thread.sleep(10);
		}
	}

	private ObjectNode faultsJson() {
		ObjectNode node = this.json.createObjectNode();
		synchronized (this.faults) {
			node.put("latencyMillis", this.faults.latency().toMillis());
			SimulatedFailure failure = this.faults.failure();
			if (failure == null) {
				node.putNull("failure");
			}
			else {
				ObjectNode failureNode = node.putObject("failure");
				if (failure.isDropConnection()) {
					failureNode.put("dropConnections", true);
				}
				else {
					failureNode.put("failStatus", failure.status());
					if (failure.retryAfter() != null) {
						failureNode.put("retryAfterSeconds", failure.retryAfter().toSeconds());
					}
				}
				failureNode.put("remaining", this.faults.remainingFailures());
			}
		}
		return node;
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			throw SimulatorApiException.badRequest("Invalid request",
					new Violation("", "is required", "the request needs a JSON body"));
		}
		try {
			JsonNode node = this.json.readTree(body);
			if (node == null || node.isMissingNode()) {
				throw SimulatorApiException.badRequest("Invalid request",
						new Violation("", "is required", "the request needs a JSON body"));
			}
			return node;
		}
		catch (JacksonException ex) {
			throw SimulatorApiException.badRequest("Invalid JSON",
					new Violation("", "is not valid JSON", ex.getOriginalMessage()));
		}
	}

	private static byte[] readBody(InputStream in) {
		try {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				body.write(buffer, 0, read);
				if (body.size() > MAX_BODY_BYTES) {
					throw new SimulatorApiException(413,
							"Request body larger than " + MAX_BODY_BYTES + " bytes", List.of());
				}
			}
			return body.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Talon.One's error answer: {@code {message, errors[{title, details, source{pointer|parameter}}]}}, and for a 409
	 * also {@code StatusCode} (its {@code updateCustomerSessionV2_409_response}).
	 */
	private ApiAnswer error(int status, String message, List<Violation> violations) {
		ObjectNode error = this.json.createObjectNode();
		error.put("message", message);
		if (!violations.isEmpty() || status == 409) {
			ArrayNode errors = error.putArray("errors");
			for (Violation violation : violations) {
				ObjectNode entry = errors.addObject();
				entry.put("title", violation.title());
				if (violation.details() != null) {
					entry.put("details", violation.details());
				}
				ObjectNode source = entry.putObject("source");
				if (violation.parameter() != null) {
					source.put("parameter", violation.parameter());
				}
				else {
					source.put("pointer", violation.pointer());
				}
			}
		}
		if (status == 409) {
			error.put("StatusCode", status);
		}
		return new ApiAnswer(status, error);
	}

	private void send(HttpExchange exchange, ApiAnswer answer, String retryAfter) {
		RequestLog.Entry entry = this.logEntry.get();
		if (entry != null) {
			this.log.answered(entry, answer.status());
		}
		try {
			if (retryAfter != null) {
				exchange.getResponseHeaders().set("Retry-After", retryAfter);
			}
			if (answer.body() == null) {
				exchange.sendResponseHeaders(answer.status(), -1);
				return;
			}
			byte[] bytes = this.json.writeValueAsBytes(answer.body());
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		catch (IOException ex) {
			// the client went away (for example after its read timeout): nobody to answer
		}
	}

	/**
	 * The operations of the Integration API the simulator serves: the five of the 2017 v1 spec and the 39 of today's
	 * (2026) spec, whatever their path's version. {@code POST /v1/referrals} is both: it takes today's
	 * {@code NewReferral}. Path templates name their parameters as the specs do; {@link #PATH_PARAMETERS} says what
	 * each may be.
	 */
	enum Operation {

		UPDATE_CUSTOMER_SESSION("updateCustomerSession", "PUT", "/v1/customer_sessions/{customerSessionId}",
				RequestSchema.NEW_CUSTOMER_SESSION, Map.of(), Lock.SESSION_IN_PATH,
				(state, request) -> ApiAnswer.ok(state.v1().updateCustomerSession(request.pathId(), request.body(),
						request.now()))),

		UPDATE_CUSTOMER_PROFILE("updateCustomerProfile", "PUT", "/v1/customer_profiles/{integrationId}",
				RequestSchema.NEW_CUSTOMER_PROFILE, Map.of(), Lock.NONE,
				(state, request) -> ApiAnswer.ok(state.v1().updateCustomerProfile(request.pathId(), request.body(),
						request.now()))),

		TRACK_EVENT("trackEvent", "POST", "/v1/events", RequestSchema.NEW_EVENT, Map.of(), Lock.SESSION_IN_BODY,
				(state, request) -> new ApiAnswer(201, state.v1().trackEvent(request.body(), request.now()))),

		CREATE_REFERRAL("createReferral", "POST", "/v1/referrals", RequestSchema.NEW_REFERRAL, Map.of(), Lock.NONE,
				(state, request) -> new ApiAnswer(201, state.v1().createReferral(request.body(), request.now()))),

		GET_CUSTOMER_PROFILES_BY_ATTRIBUTES("getCustomerProfilesByAttributes", "POST", "/v1/customer_profiles_search",
				RequestSchema.CUSTOMER_PROFILE_SEARCH, Map.of(), Lock.NONE,
				(state, request) -> ApiAnswer.ok(state.v1().searchProfiles(request.body()))),

		UPDATE_CUSTOMER_SESSION_V2("updateCustomerSessionV2", "PUT", "/v2/customer_sessions/{customerSessionId}",
				RequestSchemasV2.INTEGRATION_REQUEST, Map.of("dry", Kind.BOOLEAN, "now", Kind.DATE_TIME),
				Lock.SESSION_IN_PATH, (state, request) -> state.v2().updateCustomerSession(request)),

		GET_CUSTOMER_SESSION("getCustomerSession", "GET", "/v2/customer_sessions/{customerSessionId}", null, Map.of(),
				Lock.NONE, (state, request) -> state.v2().getCustomerSession(request)),

		REOPEN_CUSTOMER_SESSION("reopenCustomerSession", "PUT", "/v2/customer_sessions/{customerSessionId}/reopen",
				null, Map.of(), Lock.SESSION_IN_PATH, (state, request) -> state.v2().reopenCustomerSession(request)),

		RETURN_CART_ITEMS("returnCartItems", "POST", "/v2/customer_sessions/{customerSessionId}/returns",
				RequestSchemasV2.RETURN_INTEGRATION_REQUEST, Map.of("dry", Kind.BOOLEAN, "runRuleEngine", Kind.BOOLEAN),
				Lock.SESSION_IN_PATH, (state, request) -> state.v2().returnCartItems(request)),

		UPDATE_CUSTOMER_PROFILE_V2("updateCustomerProfileV2", "PUT", "/v2/customer_profiles/{integrationId}",
				RequestSchemasV2.CUSTOMER_PROFILE_INTEGRATION_REQUEST_V2,
				Map.of("runRuleEngine", Kind.BOOLEAN, "dry", Kind.BOOLEAN), Lock.PROFILE_IN_PATH,
				(state, request) -> state.v2().updateCustomerProfile(request)),

		UPDATE_CUSTOMER_PROFILES_V2("updateCustomerProfilesV2", "PUT", "/v2/customer_profiles",
				RequestSchemasV2.MULTIPLE_CUSTOMER_PROFILE_INTEGRATION_REQUEST, Map.of("silent", Kind.YES_NO),
				Lock.NONE, (state, request) -> state.v2().updateCustomerProfiles(request)),

		TRACK_EVENT_V2("trackEventV2", "POST", "/v2/events", RequestSchemasV2.INTEGRATION_EVENT_V2_REQUEST,
				Map.of("silent", Kind.YES_NO, "dry", Kind.BOOLEAN, "forceCompleteEvaluation", Kind.BOOLEAN),
				Lock.PROFILE_IN_BODY, (state, request) -> state.v2().trackEventV2(request)),

		TRACK_EVENT_V3("trackEventV3", "POST", "/v3/events", RequestSchemasV2.INTEGRATION_EVENT_V3_REQUEST,
				Map.of("silent", Kind.YES_NO, "dry", Kind.BOOLEAN, "forceCompleteEvaluation", Kind.BOOLEAN),
				Lock.PROFILE_IN_BODY, (state, request) -> state.v2().trackEventV3(request)),

		GET_EVENT_V3("getEventV3", "GET", "/v3/events/{integrationId}", null, Map.of(), Lock.NONE,
				(state, request) -> state.v2().getEventV3(request)),

		// Customer data: inventory, achievements, coupon reservations, referral codes, deletion

		GET_CUSTOMER_INVENTORY("getCustomerInventory", "GET", "/v1/customer_profiles/{integrationId}/inventory", null,
				Map.of("profile", Kind.BOOLEAN, "referrals", Kind.BOOLEAN, "coupons", Kind.BOOLEAN, "loyalty",
						Kind.BOOLEAN, "giveaways", Kind.BOOLEAN, "achievements", Kind.BOOLEAN),
				Lock.NONE, (state, request) -> state.customerData().getCustomerInventory(request)),

		GET_CUSTOMER_ACHIEVEMENTS("getCustomerAchievements", "GET",
				"/v1/customer_profiles/{integrationId}/achievements", null,
				CustomerDataOperations.ACHIEVEMENTS_PARAMETERS, Lock.NONE,
				(state, request) -> state.customerData().getCustomerAchievements(request)),

		GET_CUSTOMER_ACHIEVEMENT_HISTORY("getCustomerAchievementHistory", "GET",
				"/v1/customer_profiles/{integrationId}/achievements/{achievementId}", null,
				CustomerDataOperations.ACHIEVEMENT_HISTORY_PARAMETERS, Lock.NONE,
				(state, request) -> state.customerData().getCustomerAchievementHistory(request)),

		CREATE_COUPON_RESERVATION("createCouponReservation", "POST", "/v1/coupon_reservations/{couponValue}",
				RequestSchemasV2.COUPON_RESERVATIONS, Map.of(), Lock.NONE,
				(state, request) -> state.customerData().createCouponReservation(request)),

		DELETE_COUPON_RESERVATION("deleteCouponReservation", "DELETE", "/v1/coupon_reservations/{couponValue}",
				RequestSchemasV2.COUPON_RESERVATIONS, Map.of(), Lock.NONE,
				(state, request) -> state.customerData().deleteCouponReservation(request)),

		GET_RESERVED_CUSTOMERS("getReservedCustomers", "GET",
				"/v1/coupon_reservations/customerprofiles/{couponValue}", null, Map.of(), Lock.NONE,
				(state, request) -> state.customerData().getReservedCustomers(request)),

		CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES("createReferralsForMultipleAdvocates", "POST",
				"/v1/referrals_for_multiple_advocates", RequestSchemasV2.NEW_REFERRALS_FOR_MULTIPLE_ADVOCATES,
				Map.of("silent", Kind.YES_NO), Lock.NONE,
				(state, request) -> state.customerData().createReferralsForMultipleAdvocates(request)),

		DELETE_CUSTOMER_DATA("deleteCustomerData", "DELETE", "/v1/customer_data/{integrationId}", null, Map.of(),
				Lock.PROFILE_IN_PATH, (state, request) -> state.customerData().deleteCustomerData(request)),

		// Loyalty

		GET_LOYALTY_BALANCES("getLoyaltyBalances", "GET",
				"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances", null,
				LoyaltyOperations.PROFILE_BALANCE_PARAMETERS, Lock.NONE,
				(state, request) -> state.loyalty().getLoyaltyBalances(request)),

		GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS("getLoyaltyProgramProfileTransactions", "GET",
				"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/transactions", null,
				LoyaltyOperations.PROFILE_TRANSACTION_PARAMETERS, Lock.NONE,
				(state, request) -> state.loyalty().getProfileTransactions(request)),

		GET_LOYALTY_PROGRAM_PROFILE_POINTS("getLoyaltyProgramProfilePoints", "GET",
				"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/points", null,
				LoyaltyOperations.POINTS_PARAMETERS, Lock.NONE,
				(state, request) -> state.loyalty().getProfilePoints(request)),

		JOIN_LOYALTY_PROGRAM("joinLoyaltyProgram", "POST",
				"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/join", null, Map.of(), Lock.NONE,
				(state, request) -> state.loyalty().joinLoyaltyProgram(request)),

		DELETE_LOYALTY_TRANSACTIONS_FROM_LEDGERS("deleteLoyaltyTransactionsFromLedgers", "POST",
				"/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/delete_transactions",
				RequestSchemasV2.DELETE_LOYALTY_TRANSACTIONS_REQUEST, Map.of(), Lock.NONE,
				(state, request) -> state.loyalty().deleteTransactions(request)),

		ACTIVATE_LOYALTY_POINTS("activateLoyaltyPoints", "POST", "/v1/loyalty_programs/{loyaltyProgramId}/activate_points",
				RequestSchemasV2.ACTIVATE_LOYALTY_POINTS, Map.of(), Lock.NONE,
				(state, request) -> state.loyalty().activateLoyaltyPoints(request)),

		GENERATE_LOYALTY_CARD("generateLoyaltyCard", "POST", "/v1/loyalty_programs/{loyaltyProgramId}/cards",
				RequestSchemasV2.GENERATE_LOYALTY_CARD, Map.of(), Lock.NONE,
				(state, request) -> state.loyalty().generateLoyaltyCard(request)),

		GET_LOYALTY_CARD_BALANCES("getLoyaltyCardBalances", "GET",
				"/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances", null,
				LoyaltyOperations.CARD_BALANCE_PARAMETERS, Lock.NONE,
				(state, request) -> state.loyalty().getCardBalances(request)),

		GET_LOYALTY_CARD_TRANSACTIONS("getLoyaltyCardTransactions", "GET",
				"/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions", null,
				LoyaltyOperations.CARD_TRANSACTION_PARAMETERS, Lock.NONE,
				(state, request) -> state.loyalty().getCardTransactions(request)),

		GET_LOYALTY_CARD_POINTS("getLoyaltyCardPoints", "GET",
				"/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points", null,
				LoyaltyOperations.POINTS_PARAMETERS, Lock.NONE,
				(state, request) -> state.loyalty().getCardPoints(request)),

		LINK_LOYALTY_CARD_TO_PROFILE("linkLoyaltyCardToProfile", "POST",
				"/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile",
				RequestSchemasV2.LOYALTY_CARD_REGISTRATION, Map.of(), Lock.NONE,
				(state, request) -> state.loyalty().linkCard(request, true)),

		UNLINK_LOYALTY_CARD_FROM_PROFILE("unlinkLoyaltyCardFromProfile", "POST",
				"/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/unlink_profile",
				RequestSchemasV2.LOYALTY_CARD_REGISTRATION, Map.of(), Lock.NONE,
				(state, request) -> state.loyalty().linkCard(request, false)),

		// Audiences

		CREATE_AUDIENCE_V2("createAudienceV2", "POST", "/v2/audiences", RequestSchemasV2.NEW_AUDIENCE, Map.of(),
				Lock.NONE, (state, request) -> state.audiences().createAudience(request)),

		UPDATE_AUDIENCE_V2("updateAudienceV2", "PUT", "/v2/audiences/{audienceId}", RequestSchemasV2.UPDATE_AUDIENCE,
				Map.of(), Lock.NONE, (state, request) -> state.audiences().updateAudience(request)),

		DELETE_AUDIENCE_V2("deleteAudienceV2", "DELETE", "/v2/audiences/{audienceId}", null, Map.of(), Lock.NONE,
				(state, request) -> state.audiences().deleteAudience(request)),

		DELETE_AUDIENCE_MEMBERSHIPS_V2("deleteAudienceMembershipsV2", "DELETE", "/v2/audiences/{audienceId}/memberships",
				null, Map.of(), Lock.NONE, (state, request) -> state.audiences().deleteMemberships(request)),

		UPDATE_CUSTOMER_PROFILE_AUDIENCES("updateCustomerProfileAudiences", "POST", "/v2/customer_audiences",
				RequestSchemasV2.CUSTOMER_PROFILE_AUDIENCE_REQUEST, Map.of(), Lock.NONE,
				(state, request) -> state.audiences().updateProfileAudiences(request)),

		UPDATE_AUDIENCE_CUSTOMERS_ATTRIBUTES("updateAudienceCustomersAttributes", "PUT",
				"/v2/audience_customers/{audienceId}/attributes", RequestSchemasV2.ATTRIBUTE_QUERY, Map.of(),
				Lock.NONE, (state, request) -> state.audiences().updateMembersAttributes(request)),

		// Catalogs, prices and campaigns

		SYNC_CATALOG("syncCatalog", "PUT", "/v1/catalogs/{catalogId}/sync", RequestSchemasV2.CATALOG_SYNC_REQUEST,
				Map.of(), Lock.NONE, (state, request) -> state.catalogs().syncCatalog(request)),

		BEST_PRIOR_PRICE("bestPriorPrice", "POST", "/v1/best_prior_price", RequestSchemasV2.BEST_PRIOR_PRICE_REQUEST,
				Map.of(), Lock.NONE, (state, request) -> state.catalogs().bestPriorPrice(request)),

		INTEGRATION_GET_ALL_CAMPAIGNS("integrationGetAllCampaigns", "GET", "/v1/integration/campaigns", null,
				CatalogOperations.CAMPAIGN_PARAMETERS, Lock.NONE,
				(state, request) -> state.catalogs().getAllCampaigns(request));

		/**
		 * What the path parameters of the specs may be (the same name is the same kind in every operation); any other
		 * path parameter is any non-empty text.
		 */
		static final Map<String, Kind> PATH_PARAMETERS = Map.of("loyaltyProgramId", Kind.INTEGER, "audienceId",
				Kind.INTEGER, "catalogId", Kind.INTEGER, "achievementId", Kind.INTEGER, "loyaltyCardId",
				Kind.string(4, 108));

		private final String operationId;

		private final String method;

		private final String[] template;

		private final RequestSchema schema;

		private final Map<String, Kind> parameters;

		private final Lock lock;

		private final Action action;

		Operation(String operationId, String method, String template, RequestSchema schema,
				Map<String, Kind> parameters, Lock lock, Action action) {
			this.operationId = operationId;
			this.method = method;
			this.template = template.split("/", -1);
			this.schema = schema;
			this.parameters = parameters;
			this.lock = lock;
			this.action = action;
		}

		/** The spec's operationId, such as {@code updateCustomerSessionV2}. */
		String operationId() {
			return this.operationId;
		}

		String method() {
			return this.method;
		}

		/** The path template, such as {@code /v2/customer_sessions/{customerSessionId}}. */
		String template() {
			return String.join("/", this.template);
		}

		/** The query parameters it declares and their kinds. */
		Map<String, Kind> parameters() {
			return this.parameters;
		}

		/**
		 * The operations at a path, whatever their method.
		 * @param rawPath the raw (percent-encoded) path
		 * @return the operations, empty when none is at that path
		 */
		static List<Operation> forPath(String rawPath) {
			String[] segments = rawPath.split("/", -1);
			List<Operation> operations = new ArrayList<>();
			for (Operation operation : values()) {
				if (operation.matches(segments)) {
					operations.add(operation);
				}
			}
			return operations;
		}

		private boolean matches(String[] segments) {
			if (segments.length != this.template.length) {
				return false;
			}
			for (int i = 0; i < segments.length; i++) {
				boolean matches = isParameter(this.template[i]) ? !segments[i].isEmpty()
						: this.template[i].equals(segments[i]);
				if (!matches) {
					return false;
				}
			}
			return true;
		}

		private static boolean isParameter(String segment) {
			return segment.startsWith("{") && segment.endsWith("}");
		}

		/**
		 * The decoded path parameters of a path of this operation.
		 * @param rawPath the raw path
		 * @return the parameters by name, in path order
		 */
		Map<String, String> pathParameters(String rawPath) {
			String[] segments = rawPath.split("/", -1);
			Map<String, String> parameters = new LinkedHashMap<>();
			for (int i = 0; i < this.template.length; i++) {
				if (isParameter(this.template[i])) {
					parameters.put(this.template[i].substring(1, this.template[i].length() - 1),
							percentDecode(segments[i], false));
				}
			}
			return parameters;
		}

		/**
		 * Checks the path parameters against {@link #PATH_PARAMETERS}.
		 * @param path the decoded path parameters
		 * @return the problems, each naming its parameter
		 */
		static List<Violation> validatePath(Map<String, String> path) {
			List<Violation> violations = new ArrayList<>();
			path.forEach((name, value) -> {
				Kind kind = PATH_PARAMETERS.get(name);
				String problem = (kind != null) ? kind.problem(value) : null;
				if (problem != null) {
					violations.add(Violation.inParameter(name, problem, name + " is \"" + value + "\""));
				}
			});
			return violations;
		}

	}

	/**
	 * What an operation does with a validated request.
	 */
	@FunctionalInterface
	interface Action {

		ApiAnswer perform(SimulatorState state, ApiRequest request);

	}

	/**
	 * What an operation keeps busy while it runs, so that an overlapping request for the same session or profile gets
	 * Talon.One's 409: v1 and v2 session updates, reopenings and returns their session (and v1 events the session they
	 * name), v2 profile updates and the deletion of a customer's data their profile, v2 and v3 events the profile they
	 * name. Dry requests keep nothing busy.
	 */
	enum Lock {

		NONE, SESSION_IN_PATH, SESSION_IN_BODY, PROFILE_IN_PATH, PROFILE_IN_BODY;

		static final String SESSION_PREFIX = "session:";

		static final String PROFILE_PREFIX = "profile:";

		String key(Map<String, String> path, JsonNode body) {
			return switch (this) {
				case NONE -> null;
				case SESSION_IN_PATH -> SESSION_PREFIX + path.get("customerSessionId");
				case SESSION_IN_BODY -> SESSION_PREFIX + body.get("sessionId").stringValue();
				case PROFILE_IN_PATH -> PROFILE_PREFIX + path.get("integrationId");
				case PROFILE_IN_BODY -> PROFILE_PREFIX + body.get("profileId").stringValue();
			};
		}

	}

	/**
	 * Decodes the percent escapes of a path segment or query component as UTF-8.
	 * @param segment the raw segment
	 * @param plusIsSpace whether {@code +} stands for a space (query components); in paths it stays a plus sign
	 * @return the decoded segment
	 * @throws SimulatorApiException (400) when an escape is malformed
	 */
	static String percentDecode(String segment, boolean plusIsSpace) {
		if (segment.indexOf('%') < 0 && (!plusIsSpace || segment.indexOf('+') < 0)) {
			return segment;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%') {
				if (i + 2 >= segment.length() || Character.digit(segment.charAt(i + 1), 16) < 0
						|| Character.digit(segment.charAt(i + 2), 16) < 0) {
					throw new SimulatorApiException(400, "Malformed percent escape in the request URI", List.of());
				}
				bytes.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
				i += 2;
			}
			else if (c == '+' && plusIsSpace) {
				bytes.write(' ');
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
