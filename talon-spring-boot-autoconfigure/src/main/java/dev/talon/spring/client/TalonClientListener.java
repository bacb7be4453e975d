package dev.talon.spring.client;

import java.time.Duration;

/**
 * Is told about retries and the end of every call of a {@link WebClientTalonIntegrationClient}: the hook behind the
 * starter's retry and effect counters and its health indicator. Methods run on the thread that completes the call
 * (usually an event-loop thread): they must be quick and must not block. An exception they throw is ignored.
 */
public interface TalonClientListener {

	/**
	 * A failed attempt will be retried.
	 * @param operation the operation
	 * @param reason why, as a low-cardinality tag such as {@code status_409}, {@code status_5xx},
	 * {@code status_429}, {@code io_error} or {@code timeout}
	 * @param failure the attempt's failure
	 * @param delay the wait before the next attempt
	 */
	default void onRetry(TalonOperation operation, String reason, TalonException failure, Duration delay) {
	}

	/**
	 * A call ended: it succeeded, failed after its last attempt, timed out or was cancelled.
	 * @param result how it ended
	 */
	default void onCallComplete(TalonCallResult result) {
	}

}
