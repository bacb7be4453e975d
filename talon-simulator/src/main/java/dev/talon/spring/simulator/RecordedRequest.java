package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that reached one of the simulator's operations, as {@link TalonSimulator#requests()} lists them: what a
 * shop sent, whatever the answer (a 401, 400, 409 or injected failure included). Never its credentials: no header is
 * kept but {@code Idempotency-Key}.
 *
 * @param operationId the operation, as the specs name it, such as {@code updateCustomerSessionV2} or
 * {@code updateCustomerSession} (v1)
 * @param method the HTTP method, such as {@code PUT}
 * @param path the path as sent (percent-encoded), such as {@code /v2/customer_sessions/cart-1}
 * @param pathParameters the decoded path parameters by the specs' names, such as {@code customerSessionId}, in path
 * order
 * @param query the decoded query parameters, each with its values in order; empty when there is none
 * @param body the body as sent (UTF-8 text, JSON for every operation that takes one), or {@code null} when there is
 * none
 * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
 * @param received when it arrived, by the simulator's clock
 * @param status the HTTP status answered, or 0 while it is in progress (held by a latency) or when no answer was
 * given (a dropped connection, or a request ended by {@link TalonSimulator#reset()})
 */
public record RecordedRequest(String operationId, String method, String path, Map<String, String> pathParameters,
		Map<String, List<String>> query, String body, String idempotencyKey, Instant received, int status) {

	/**
	 * Copies the maps, keeping their order.
	 * @param operationId the operation
	 * @param method the HTTP method
	 * @param path the path as sent
	 * @param pathParameters the decoded path parameters
	 * @param query the decoded query parameters
	 * @param body the body, or {@code null}
	 * @param idempotencyKey the {@code Idempotency-Key}, or {@code null}
	 * @param received when it arrived
	 * @param status the status answered, 0 for none (yet)
	 */
	public RecordedRequest {
		pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
		Map<String, List<String>> copy = new LinkedHashMap<>();
		query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		query = Collections.unmodifiableMap(copy);
	}

	/**
	 * A path parameter.
	 * @param name its name in the spec, such as {@code customerSessionId} or {@code integrationId}
	 * @return the decoded value, or {@code null} when the operation has no such parameter
	 */
	public String pathParameter(String name) {
		return this.pathParameters.get(name);
	}

	/**
	 * The first value of a query parameter.
	 * @param name its name, such as {@code dry}
	 * @return the decoded value, or {@code null} when it was not sent
	 */
	public String queryParameter(String name) {
		List<String> values = this.query.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
