package dev.talon.spring.simulator;

import java.time.Duration;

/**
 * A failure the simulator answers with in place of a real answer, injected with {@link SimulatorFaults}: an HTTP error
 * status with Talon.One's error JSON (optionally with {@code Retry-After}), or a connection closed without any answer.
 * The request is not processed: nothing changes in the simulator's state.
 *
 * @param status the HTTP status to answer with, or 0 for {@link #dropConnection()}
 * @param retryAfter the {@code Retry-After} delay to announce (whole seconds), or {@code null} for none
 */
public record SimulatedFailure(int status, Duration retryAfter) {

	/**
	 * Checks the arguments.
	 * @param status the HTTP status to answer with, or 0 for {@link #dropConnection()}
	 * @param retryAfter the {@code Retry-After} delay to announce (whole seconds), or {@code null} for none
	 * @throws IllegalArgumentException when the status is not 0 or an HTTP error status (400-599), or the delay is
	 * negative
	 */
	public SimulatedFailure {
		if (status != 0 && (status < 400 || status > 599)) {
			throw new IllegalArgumentException("status must be an HTTP error status (400-599) but was " + status);
		}
		if (retryAfter != null && retryAfter.isNegative()) {
			throw new IllegalArgumentException("retryAfter must not be negative but was " + retryAfter);
		}
		if (status == 0 && retryAfter != null) {
			throw new IllegalArgumentException("a dropped connection cannot announce Retry-After");
		}
	}

	/**
	 * Answers with an HTTP error status, such as 500 or 503, and Talon.One's error JSON.
	 * @param status the status, 400-599
	 * @return the failure
	 */
	public static SimulatedFailure status(int status) {
		return new SimulatedFailure(status, null);
	}

	/**
	 * Answers with an HTTP error status and a {@code Retry-After} header, such as a 429 or a 503 during maintenance.
	 * @param status the status, 400-599
	 * @param retryAfter the delay to announce, in whole seconds
	 * @return the failure
	 */
	public static SimulatedFailure status(int status, Duration retryAfter) {
		return new SimulatedFailure(status, retryAfter);
	}

	/**
	 * Closes the connection without answering, as a crashed server or a broken network would.
	 * @return the failure
	 */
	public static SimulatedFailure dropConnection() {
		return new SimulatedFailure(0, null);
	}

	/**
	 * Whether this failure closes the connection instead of answering.
	 * @return {@code true} for {@link #dropConnection()}
	 */
	public boolean isDropConnection() {
		return this.status == 0;
	}

}
