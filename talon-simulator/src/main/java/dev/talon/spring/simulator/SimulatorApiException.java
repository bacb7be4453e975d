package dev.talon.spring.simulator;

import java.util.List;

/**
 * An error answer of the simulator: an HTTP status and Talon.One's error JSON
 * {@code {"message": ..., "errors": [...]}}.
 */
final class SimulatorApiException extends RuntimeException {

	private final int status;

	private final List<Violation> violations;

	SimulatorApiException(int status, String message, List<Violation> violations) {
		super(message, null, false, false);
		this.status = status;
		this.violations = List.copyOf(violations);
	}

	static SimulatorApiException badRequest(String message, Violation... violations) {
		return new SimulatorApiException(400, message, List.of(violations));
	}

	int status() {
		return this.status;
	}

	List<Violation> violations() {
		return this.violations;
	}

}
