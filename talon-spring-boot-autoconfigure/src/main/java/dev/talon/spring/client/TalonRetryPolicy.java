package dev.talon.spring.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides, for one failed attempt, whether to try again and after how long (see {@link TalonRetrySettings} for the
 * rules).
 */
final class TalonRetryPolicy {

	private static final String STATUS_409 = "status_409";

	private final TalonRetrySettings settings;

	TalonRetryPolicy(TalonRetrySettings settings) {
		this.settings = settings;
	}

	TalonRetrySettings settings() {
		return this.settings;
	}

	/**
	 * Why a failure may be retried, as a low-cardinality metric tag; {@code null} when it must not be retried for
	 * the given operation.
	 * @param operation the operation
	 * @param idempotency what repeating this call does (a dry run's is read-only whatever the operation's)
	 * @param failure the attempt's failure
	 */
	String retryReason(TalonOperation operation, TalonOperation.Idempotency idempotency, TalonException failure) {
		boolean mayRepeat = idempotency != TalonOperation.Idempotency.NOT_IDEMPOTENT
				|| this.settings.retryNonIdempotent();
		if (failure instanceof TalonRateLimitException rateLimit) {
			return "status_" + rateLimit.getStatusCode();
		}
		if (failure instanceof TalonConflictException) {
			// parallel requests: Talon.One did nothing, whatever the operation
			return (idempotency != TalonOperation.Idempotency.NOT_IDEMPOTENT || operation.refusesParallelRequests())
					? STATUS_409 : null;
		}
		if (failure instanceof TalonServerErrorException serverError) {
			int status = serverError.getStatusCode();
			boolean transientStatus = status == 500 || status == 502 || status == 503 || status == 504;
			return (transientStatus && mayRepeat) ? "status_5xx" : null;
		}
		if (failure instanceof TalonTimeoutException timeout) {
			if (timeout.getBound() == TalonTimeoutException.Bound.CALL) {
				return null;
			}
			return (!timeout.isRequestSent() || mayRepeat) ? "timeout" : null;
		}
		if (failure instanceof TalonTransportException transport) {
			return (!transport.isRequestSent() || mayRepeat) ? "io_error" : null;
		}
		return null;
	}

	/**
	 * Whether a retry for this reason is bounded by the call's timeout only, not by the number of attempts: a 409 of
	 * an operation that Talon.One refuses in parallel ({@link TalonOperation#refusesParallelRequests()}) says that
	 * another request of the same session or profile (from another instance of the shop) is in flight, and the next
	 * attempt gets through once it has ended. Retries must be on ({@code maxAttempts} above 1).
	 */
	boolean untilTimeout(TalonOperation operation, String reason) {
		return this.settings.attempts() > 1 && STATUS_409.equals(reason) && operation.refusesParallelRequests();
	}

	/**
	 * The wait before the given retry: the announced {@code Retry-After}, or exponential back-off with jitter.
	 * @param failure the failure to retry
	 * @param retry 1 for the first retry (the second attempt)
	 */
	Duration delay(TalonException failure, int retry) {
		if (failure instanceof TalonResponseException response && response.getRetryAfter().isPresent()) {
			return response.getRetryAfter().get();
		}
		long initial = this.settings.initialBackoff().toNanos();
		long max = this.settings.maxBackoff().toNanos();
		long backoff = initial;
		for (int i = 1; i < retry && backoff < max; i++) {
			backoff = (backoff > max / 2) ? max : backoff * 2;
		}
		backoff = Math.min(backoff, max);
		if (backoff <= 0) {
			return Duration.ZERO;
		}
		long half = backoff / 2;
		return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(backoff - half + 1));
	}

	/**
	 * Whether an announced delay is too long to wait for.
	 */
	boolean exceedsMaxRetryAfter(TalonException failure) {
		return failure instanceof TalonResponseException response && response.getRetryAfter()
			.filter((retryAfter) -> retryAfter.compareTo(this.settings.maxRetryAfter()) > 0)
			.isPresent();
	}

}
