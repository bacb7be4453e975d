package dev.talon.spring.simulator;

import tools.jackson.databind.JsonNode;

/**
 * The answer of an operation.
 *
 * @param status the HTTP status
 * @param body the JSON body (an object, or an array such as {@code BestPriorPriceResponse}), or {@code null} for none
 */
record ApiAnswer(int status, JsonNode body) {

	static ApiAnswer ok(JsonNode body) {
		return new ApiAnswer(200, body);
	}

	static ApiAnswer noContent() {
		return new ApiAnswer(204, null);
	}

}
