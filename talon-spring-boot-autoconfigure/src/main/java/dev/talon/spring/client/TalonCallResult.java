package dev.talon.spring.client;

import java.time.Duration;
import java.util.List;

/**
 * How one logical Talon.One call (all its attempts) ended, as reported to {@link TalonClientListener}s. Holds no id,
 * body or secret.
 *
 * @param operation the operation
 * @param outcome how it ended
 * @param statusCode the HTTP status of the last answer, or {@code null} when there was none
 * @param failure the exception the call failed with, or {@code null} on success
 * @param attempts how many attempts were made
 * @param duration how long the call took, waiting for earlier updates of the same session included
 * @param effects the names of the effects Talon.One returned, in order (empty unless the call succeeded with an
 * {@code IntegrationState})
 */
public record TalonCallResult(TalonOperation operation, TalonOutcome outcome, Integer statusCode,
		Throwable failure, int attempts, Duration duration, List<String> effects) {

	/**
	 * Copies the effect names.
	 * @param operation the operation
	 * @param outcome how it ended
	 * @param statusCode the HTTP status of the last answer, or {@code null} when there was none
	 * @param failure the exception the call failed with, or {@code null} on success
	 * @param attempts how many attempts were made
	 * @param duration how long the call took, waiting for earlier updates of the same session included
	 * @param effects the names of the effects Talon.One returned, in order (empty unless the call succeeded with an
	 * {@code IntegrationState})
	 */
	public TalonCallResult {
		effects = (effects != null) ? List.copyOf(effects) : List.of();
	}

}
