package dev.talon.spring.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding window over the outcomes of recent calls, kept by listening to a client: what the passive health
 * indicator reports, without calling Talon.One itself. Keeps no id, body or secret: only outcomes, statuses,
 * exception type names and times.
 * <p>
 * Talon.One is considered <em>unavailable</em> when each of the last {@code failureThreshold} calls failed with a
 * transport failure, a timeout or a 5xx answer, and <em>not authorized</em> when the last answer was a 401 or 403.
 * Client errors such as 400, 404 and 409, and rate limiting, say nothing about Talon.One's availability: they end a
 * run of failures but never start one.
 */
public class TalonCallStatistics implements TalonClientListener {

	private final int failureThreshold;

	private final int windowSize;

	private final Clock clock;

	private final Deque<Boolean> window = new ArrayDeque<>();

	private long calls;

	private int consecutiveUnavailable;

	private boolean authenticationFailed;

	private Instant lastSuccess;

	private Instant lastFailure;

	private String lastError;

	private Integer lastStatus;

	/**
	 * Creates statistics.
	 * @param failureThreshold how many consecutive transport failures, timeouts or 5xx answers make Talon.One
	 * unavailable (at least 1)
	 * @param windowSize how many recent calls the error rate covers (at least 1)
	 */
	public TalonCallStatistics(int failureThreshold, int windowSize) {
		this(failureThreshold, windowSize, Clock.systemUTC());
	}

	TalonCallStatistics(int failureThreshold, int windowSize, Clock clock) {
		if (failureThreshold < 1) {
			throw new IllegalArgumentException("failureThreshold must be at least 1 but was " + failureThreshold);
		}
		if (windowSize < 1) {
			throw new IllegalArgumentException("windowSize must be at least 1 but was " + windowSize);
		}
		this.failureThreshold = failureThreshold;
		this.windowSize = windowSize;
		this.clock = clock;
	}

	@Override
	public void onCallComplete(TalonCallResult result) {
		record(result.outcome(), result.statusCode(), result.failure());
	}

	/**
	 * Records the outcome of a call.
	 * @param outcome the outcome
	 * @param statusCode the HTTP status, or {@code null}
	 * @param failure the failure, or {@code null} on success
	 */
	public synchronized void record(TalonOutcome outcome, Integer statusCode, Throwable failure) {
		if (outcome == TalonOutcome.CANCELLED) {
			return;
		}
		Instant now = this.clock.instant();
		this.calls++;
		boolean success = outcome == TalonOutcome.SUCCESS;
		this.window.addLast(success);
		while (this.window.size() > this.windowSize) {
			this.window.removeFirst();
		}
		if (success) {
			this.lastSuccess = now;
		}
		else {
			this.lastFailure = now;
			this.lastError = (failure != null) ? failure.getClass().getSimpleName() : outcome.name();
			this.lastStatus = statusCode;
		}
		boolean unavailable = outcome == TalonOutcome.IO_ERROR || outcome == TalonOutcome.TIMEOUT
				|| outcome == TalonOutcome.SERVER_ERROR;
		this.consecutiveUnavailable = unavailable ? this.consecutiveUnavailable + 1 : 0;
		if (statusCode != null) {
			this.authenticationFailed = outcome == TalonOutcome.AUTHENTICATION_ERROR;
		}
	}

	/**
	 * The statistics now.
	 * @return a snapshot
	 */
	public synchronized Snapshot snapshot() {
		long failures = this.window.stream().filter((success) -> !success).count();
		double errorRate = this.window.isEmpty() ? 0 : (double) failures / this.window.size();
		return new Snapshot(this.calls, this.window.size(), errorRate, this.consecutiveUnavailable,
				this.consecutiveUnavailable >= this.failureThreshold, this.authenticationFailed, this.lastSuccess,
				this.lastFailure, this.lastError, this.lastStatus);
	}

	/**
	 * The statistics at one moment.
	 *
	 * @param calls how many calls ended since start (cancelled ones excluded)
	 * @param recentCalls how many calls the error rate covers
	 * @param errorRate the share of failed calls among the recent ones, from 0 to 1
	 * @param consecutiveUnavailable how many of the last calls in a row failed with a transport failure, a timeout
	 * or a 5xx answer
	 * @param unavailable whether that run reached the threshold
	 * @param authenticationFailed whether the last answer was a 401 or 403
	 * @param lastSuccess when a call last succeeded, or {@code null}
	 * @param lastFailure when a call last failed, or {@code null}
	 * @param lastError the simple name of the last failure's type, or {@code null}
	 * @param lastStatus the HTTP status of the last failure, or {@code null}
	 */
	public record Snapshot(long calls, int recentCalls, double errorRate, int consecutiveUnavailable,
			boolean unavailable, boolean authenticationFailed, Instant lastSuccess, Instant lastFailure,
			String lastError, Integer lastStatus) {
	}

}
