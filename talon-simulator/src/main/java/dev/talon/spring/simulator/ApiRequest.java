package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * An authenticated request whose path parameters, body and query parameters were validated, as an operation receives
 * it.
 *
 * @param path the decoded path parameters by the spec's names, such as {@code customerSessionId}, in path order
 * @param body the parsed body, or {@code null} for an operation without body
 * @param query the query parameters
 * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
 * @param now the simulator's current time
 */
record ApiRequest(Map<String, String> path, JsonNode body, QueryParameters query, String idempotencyKey, Instant now) {

	/**
	 * The first path parameter, such as the session id of {@code /v2/customer_sessions/{customerSessionId}}.
	 * @return its decoded value, or {@code null} when the path has none
	 */
	String pathId() {
		return this.path.isEmpty() ? null : this.path.values().iterator().next();
	}

	/**
	 * A path parameter.
	 * @param name its name in the spec, such as {@code loyaltyCardId}
	 * @return its decoded value
	 */
	String path(String name) {
		return this.path.get(name);
	}

	/**
	 * An integer path parameter (validated as one), such as {@code loyaltyProgramId}.
	 * @param name its name in the spec
	 * @return its value
	 */
	long pathLong(String name) {
		return Long.parseLong(this.path.get(name));
	}

}
