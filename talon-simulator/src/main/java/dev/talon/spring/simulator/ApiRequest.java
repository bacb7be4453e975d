package dev.talon.spring.simulator;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * An authenticated request whose body and query parameters were validated, as an operation receives it.
 *
 * @param pathId the decoded id in the path, such as the session id, or {@code null}
 * @param body the parsed body, or {@code null} for an operation without body
 * @param query the query parameters
 * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
 * @param now the simulator's current time
 */
record ApiRequest(String pathId, JsonNode body, QueryParameters query, String idempotencyKey, Instant now) {
}
