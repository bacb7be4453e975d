package dev.talon.spring.simulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * The answer of an operation.
 *
 * @param status the HTTP status
 * @param body the JSON body, or {@code null} for none (204)
 */
record ApiAnswer(int status, ObjectNode body) {

	static ApiAnswer ok(ObjectNode body) {
		return new ApiAnswer(200, body);
	}

	static ApiAnswer noContent() {
		return new ApiAnswer(204, null);
	}

}
