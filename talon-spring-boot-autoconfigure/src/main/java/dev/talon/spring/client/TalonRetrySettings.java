package dev.talon.spring.client;

import java.time.Duration;

/**
 * When and how often a failed call is tried again. What is retried depends on whether Talon.One may already have
 * acted on the request (see {@link TalonOperation.Idempotency}):
 * <ul>
 * <li>nothing was sent (connection refused, unknown host, connect timeout): always;</li>
 * <li>HTTP 429, or 503 with {@code Retry-After}: always, after the announced delay, unless it exceeds
 * {@link #maxRetryAfter()};</li>
 * <li>HTTP 409 for parallel requests of one session or profile (the operations of
 * {@link TalonOperation#refusesParallelRequests()}, {@code trackEventV2} included: Talon.One did nothing): until the
 * call's timeout, whatever {@link #maxAttempts()}, as long as it is above 1; any other 409: idempotent and read-only
 * operations;</li>
 * <li>HTTP 500, 502, 503, 504, a read timeout or a connection lost after the request was sent: idempotent and
 * read-only operations, and the others only with {@link #retryNonIdempotent()};</li>
 * <li>any other 4xx and an unreadable success answer: never.</li>
 * </ul>
 * Between attempts the client waits {@link #initialBackoff()}, doubled after each attempt up to
 * {@link #maxBackoff()}, with random jitter (each wait is between half and all of that).
 *
 * @param enabled whether to retry at all
 * @param maxAttempts the most attempts of one call, the first included (at least 1)
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff the longest wait between attempts
 * @param maxRetryAfter the longest {@code Retry-After} delay worth waiting for; a longer one fails the call at once
 * @param retryNonIdempotent whether to retry {@code trackEvent} and {@code createReferral} after a failure that may
 * have happened after Talon.One acted (5xx, read timeout, lost connection): this may record an event or create a
 * referral twice
 */
public record TalonRetrySettings(boolean enabled, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
		Duration maxRetryAfter, boolean retryNonIdempotent) {

	/**
	 * Checks the settings.
	 * @param enabled whether to retry at all
	 * @param maxAttempts the most attempts of one call, the first included (at least 1)
	 * @param initialBackoff the wait before the second attempt
	 * @param maxBackoff the longest wait between attempts
	 * @param maxRetryAfter the longest {@code Retry-After} delay worth waiting for; a longer one fails the call at once
	 * @param retryNonIdempotent whether to retry {@code trackEvent} and {@code createReferral} after a failure that may
	 * have happened after Talon.One acted (5xx, read timeout, lost connection): this may record an event or create a
	 * referral twice
	 * @throws IllegalArgumentException naming the setting that is invalid
	 */
	public TalonRetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
		}
		requireNotNegative(initialBackoff, "initialBackoff");
		requireNotNegative(maxBackoff, "maxBackoff");
		requireNotNegative(maxRetryAfter, "maxRetryAfter");
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
		}
	}

	/**
	 * The defaults: 3 attempts, waits from 100 ms up to 1 s, {@code Retry-After} honoured up to 2 s, no retry of
	 * non-idempotent calls after they may have reached Talon.One.
	 * @return the default settings
	 */
	public static TalonRetrySettings defaults() {
		return new TalonRetrySettings(true, 3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(2),
				false);
	}

	/**
	 * No retries: every call makes exactly one attempt.
	 * @return settings that disable retries
	 */
	public static TalonRetrySettings disabled() {
		return new TalonRetrySettings(false, 1, Duration.ZERO, Duration.ZERO, Duration.ZERO, false);
	}

	/**
	 * The number of attempts a call may make.
	 * @return 1 when disabled, otherwise {@link #maxAttempts()}
	 */
	public int attempts() {
		return this.enabled ? this.maxAttempts : 1;
	}

	private static void requireNotNegative(Duration duration, String name) {
		if (duration == null || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must not be null or negative but was " + duration);
		}
	}

}
