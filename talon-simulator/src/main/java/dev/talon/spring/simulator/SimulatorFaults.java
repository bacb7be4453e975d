package dev.talon.spring.simulator;

import java.time.Duration;

/**
 * Faults a running {@link TalonSimulator} injects into its answers, changeable at any time from any thread, so that a
 * shop's (or a test's) handling of a slow or failing Talon.One can be exercised:
 * <ul>
 * <li>{@link #latency(Duration) latency}: each request to the operations is held that long before it is
 * processed (a session or profile stays busy meanwhile, so an overlapping update of it gets the 409 Talon.One
 * gives);</li>
 * <li>{@link #failNext(int, SimulatedFailure) failures}: the next requests, or {@link #failAll(SimulatedFailure) all}
 * of them, get an error status or a dropped connection instead of being processed.</li>
 * </ul>
 * Requests that fail authentication or validation are answered before any fault applies. To make Talon.One
 * unreachable altogether (connections refused), use {@link TalonSimulator#suspend()}.
 */
public final class SimulatorFaults {

	private Duration latency = Duration.ZERO;

	private SimulatedFailure failure;

	/** How many more requests get {@link #failure}; negative for all of them. */
	private long remainingFailures;

	SimulatorFaults(Duration latency) {
		latency(latency);
	}

	/**
	 * Delays every request to the operations.
	 * @param latency the delay, zero for none
	 * @return these faults
	 */
	public synchronized SimulatorFaults latency(Duration latency) {
		checkLatency(latency);
		this.latency = latency;
		return this;
	}

	/**
	 * Fails the next requests to the operations.
	 * @param count how many requests fail, at least 1
	 * @param failure how they fail
	 * @return these faults
	 */
	public synchronized SimulatorFaults failNext(int count, SimulatedFailure failure) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1 but was " + count);
		}
		if (failure == null) {
			throw new IllegalArgumentException("failure must not be null");
		}
		this.failure = failure;
		this.remainingFailures = count;
		return this;
	}

	/**
	 * Fails every request to the operations until {@link #clear()}.
	 * @param failure how they fail
	 * @return these faults
	 */
	public synchronized SimulatorFaults failAll(SimulatedFailure failure) {
		if (failure == null) {
			throw new IllegalArgumentException("failure must not be null");
		}
		this.failure = failure;
		this.remainingFailures = -1;
		return this;
	}

	/**
	 * Removes all faults: no latency, no failures. Requests already held by the latency stay held until their latency
	 * is over, and keep their sessions busy until then ({@link TalonSimulator#requestsInProgress()} tells when they are
	 * done); {@code DELETE /_simulator/faults} answers only once they are. {@link TalonSimulator#reset()} ends them at
	 * once, without effect.
	 * @return these faults
	 */
	public synchronized SimulatorFaults clear() {
		this.latency = Duration.ZERO;
		this.failure = null;
		this.remainingFailures = 0;
		return this;
	}

	/**
	 * The current latency.
	 * @return the delay of each request, zero for none
	 */
	public synchronized Duration latency() {
		return this.latency;
	}

	/**
	 * The failure that requests currently get.
	 * @return the failure, or {@code null} when requests are processed normally
	 */
	public synchronized SimulatedFailure failure() {
		return (this.remainingFailures != 0) ? this.failure : null;
	}

	/**
	 * How many more requests fail.
	 * @return the number, -1 when all requests fail until {@link #clear()}, 0 when none does
	 */
	public synchronized long remainingFailures() {
		return this.remainingFailures;
	}

	/**
	 * Takes the failure for the request being processed, counting it.
	 * @return the failure to answer with, or {@code null} to process the request
	 */
	synchronized SimulatedFailure takeFailure() {
		if (this.remainingFailures == 0) {
			return null;
		}
		if (this.remainingFailures > 0) {
			this.remainingFailures--;
		}
		return this.failure;
	}

	static void checkLatency(Duration latency) {
		if (latency == null || latency.isNegative()) {
			throw new IllegalArgumentException("latency must be zero or positive but was " + latency);
		}
	}

	@Override
	public synchronized String toString() {
		return "SimulatorFaults[latency=" + this.latency + ", failure=" + failure() + ", remainingFailures="
				+ this.remainingFailures + "]";
	}

}
