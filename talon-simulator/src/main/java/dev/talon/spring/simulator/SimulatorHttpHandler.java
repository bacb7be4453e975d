package dev.talon.spring.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

/**
 * Answers the HTTP requests of a {@link TalonSimulator}: routes them to the five v1 endpoints (or the fault
 * administration endpoint), then, in Talon.One's order, checks credentials (401), parses and validates the body (400),
 * refuses an overlapping update of a session (409), waits the injected latency, answers an injected failure, and
 * finally performs the operation. {@code GET}, {@code PUT} and {@code DELETE} on {@value #FAULTS_PATH} read, set and
 * clear the faults; {@code DELETE} answers once the requests in progress have ended (at most the cleared latency and
 * a second later), so that a script that clears the faults finds every session free.
 */
final class SimulatorHttpHandler implements HttpHandler {

	/** The path of the fault administration endpoint. */
	static final String FAULTS_PATH = "/_simulator/faults";

	/** The largest request body accepted. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	static final String CONFLICT_MESSAGE = "Too many requests are updating this session at the same time";

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

	private final Set<String> sessionsInProgress = ConcurrentHashMap.newKeySet();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicInteger inProgress = new AtomicInteger();

	SimulatorHttpHandler(JsonMapper json, SimulatorState state, SimulatorFaults faults, Authenticator authenticator) {
		this.json = json;
		this.state = state;
		this.faults = faults;
		this.authenticator = authenticator;
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
			Endpoint endpoint = Endpoint.forPath(path);
			if (endpoint == null) {
				send(exchange, 404, error("Not found: " + method + " " + path
						+ " is not an operation of the Talon.One Integration API v1", List.of()), null);
				return;
			}
			if (!endpoint.method.equals(method)) {
				exchange.getResponseHeaders().set("Allow", endpoint.method);
				send(exchange, 405, error("Method " + method + " is not allowed on " + path, List.of()), null);
				return;
			}
			this.requests.incrementAndGet();
			this.inProgress.incrementAndGet();
			try {
				handleOperation(exchange, endpoint, endpoint.pathId(path), body);
			}
			finally {
				this.inProgress.decrementAndGet();
			}
		}
		catch (SimulatorApiException ex) {
			send(exchange, ex.status(), error(ex.getMessage(), ex.violations()), null);
		}
		catch (InterruptedException ex) {
			// the simulator is shutting down: no answer
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			send(exchange, 500, error("Simulator error: " + ex, List.of()), null);
		}
		finally {
			exchange.close();
		}
	}

	private void handleOperation(HttpExchange exchange, Endpoint endpoint, String pathId, byte[] body)
			throws InterruptedException {
		SimulatorApiException unauthorized = this.authenticator.check(exchange.getRequestHeaders(), body);
		if (unauthorized != null) {
			throw unauthorized;
		}
		JsonNode request = parse(body);
		List<Violation> violations = endpoint.schema.validate(request);
		if (!violations.isEmpty()) {
			throw new SimulatorApiException(400, "Invalid request", violations);
		}
		String sessionId = switch (endpoint) {
			case UPDATE_CUSTOMER_SESSION -> pathId;
			case TRACK_EVENT -> request.get("sessionId").stringValue();
			default -> null;
		};
		if (sessionId != null && !this.sessionsInProgress.add(sessionId)) {
			throw new SimulatorApiException(409, CONFLICT_MESSAGE, List.of());
		}
		try {
			Duration latency = this.faults.latency();
			if (!latency.isZero()) {
				Thread.sleep(latency.toMillis());
			}
			SimulatedFailure failure = this.faults.takeFailure();
			if (failure != null) {
				fail(exchange, failure);
				return;
			}
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			ObjectNode answer = switch (endpoint) {
				case UPDATE_CUSTOMER_SESSION -> this.state.updateCustomerSession(pathId, request, now);
				case UPDATE_CUSTOMER_PROFILE -> this.state.updateCustomerProfile(pathId, request, now);
				case TRACK_EVENT -> this.state.trackEvent(request, now);
				case CREATE_REFERRAL -> this.state.createReferral(request, now);
				case GET_CUSTOMER_PROFILES_BY_ATTRIBUTES -> this.state.searchProfiles(request);
			};
			send(exchange, endpoint.successStatus, answer, null);
		}
		finally {
			if (sessionId != null) {
				this.sessionsInProgress.remove(sessionId);
			}
		}
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
		send(exchange, failure.status(), error(reason + " (injected by the simulator)", List.of()), retryAfter);
	}

	private void handleFaults(HttpExchange exchange, String method, byte[] body) throws InterruptedException {
		switch (method) {
			case "GET" -> send(exchange, 200, faultsJson(), null);
			case "DELETE" -> {
				Duration latency = this.faults.latency();
				this.faults.clear();
				awaitRequestsInProgress(latency.plusSeconds(1));
				send(exchange, 200, faultsJson(), null);
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
				send(exchange, 200, faultsJson(), null);
			}
			default -> {
				exchange.getResponseHeaders().set("Allow", "GET, PUT, DELETE");
				send(exchange, 405, error("Method " + method + " is not allowed on " + FAULTS_PATH, List.of()), null);
			}
		}
	}

	/**
	 * Waits until no request is in progress, at most the given time: after a latency is cleared over HTTP, the
	 * requests it still holds keep their sessions busy (an update of one gets a 409) until their latency is over, so a
	 * script that clears the faults and goes on at once would find Talon.One still busy.
	 */
	private void awaitRequestsInProgress(Duration atMost) throws InterruptedException {
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

	private ObjectNode error(String message, List<Violation> violations) {
		ObjectNode error = this.json.createObjectNode();
		error.put("message", message);
		if (!violations.isEmpty()) {
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
		return error;
	}

	private void send(HttpExchange exchange, int status, ObjectNode body, String retryAfter) {
		byte[] bytes = this.json.writeValueAsBytes(body);
		try {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			if (retryAfter != null) {
				exchange.getResponseHeaders().set("Retry-After", retryAfter);
			}
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		catch (IOException ex) {
			// the client went away (for example after its read timeout): nobody to answer
		}
	}

	/**
	 * The five operations of the Integration API v1.
	 */
	enum Endpoint {

		UPDATE_CUSTOMER_SESSION("PUT", "/v1/customer_sessions/", true, RequestSchema.NEW_CUSTOMER_SESSION, 200),

		UPDATE_CUSTOMER_PROFILE("PUT", "/v1/customer_profiles/", true, RequestSchema.NEW_CUSTOMER_PROFILE, 200),

		TRACK_EVENT("POST", "/v1/events", false, RequestSchema.NEW_EVENT, 201),

		CREATE_REFERRAL("POST", "/v1/referrals", false, RequestSchema.NEW_REFERRAL, 201),

		GET_CUSTOMER_PROFILES_BY_ATTRIBUTES("POST", "/v1/customer_profiles_search", false,
				RequestSchema.CUSTOMER_PROFILE_SEARCH, 200);

		private final String method;

		private final String path;

		private final boolean hasPathId;

		private final RequestSchema schema;

		private final int successStatus;

		Endpoint(String method, String path, boolean hasPathId, RequestSchema schema, int successStatus) {
			this.method = method;
			this.path = path;
			this.hasPathId = hasPathId;
			this.schema = schema;
			this.successStatus = successStatus;
		}

		static Endpoint forPath(String rawPath) {
			for (Endpoint endpoint : values()) {
				if (endpoint.hasPathId ? rawPath.startsWith(endpoint.path) && rawPath.length() > endpoint.path.length()
						&& rawPath.indexOf('/', endpoint.path.length()) < 0 : rawPath.equals(endpoint.path)) {
					return endpoint;
				}
			}
			return null;
		}

		String pathId(String rawPath) {
			return this.hasPathId ? percentDecode(rawPath.substring(this.path.length())) : null;
		}

	}

	/**
	 * Decodes the percent escapes of a path segment as UTF-8; unlike form decoding, {@code +} stays a plus sign.
	 * @param segment the raw segment
	 * @return the decoded segment
	 * @throws SimulatorApiException (400) when an escape is malformed
	 */
	static String percentDecode(String segment) {
		if (segment.indexOf('%') < 0) {
			return segment;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (c == '%') {
				if (i + 2 >= segment.length() || Character.digit(segment.charAt(i + 1), 16) < 0
						|| Character.digit(segment.charAt(i + 2), 16) < 0) {
					throw new SimulatorApiException(400, "Malformed percent escape in the path", List.of());
				}
				bytes.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
