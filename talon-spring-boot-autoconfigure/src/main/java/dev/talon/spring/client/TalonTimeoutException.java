package dev.talon.spring.client;

import java.time.Duration;

/**
 * A Talon.One call ran out of time. {@link #getBound()} says which limit was hit and {@link #getElapsed()} after how
 * long.
 */
public class TalonTimeoutException extends TalonTransportException {

	/** The limit that was hit. */
	private final Bound bound;

	/** How long the attempt or call ran. */
	private final Duration elapsed;

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message the message
	 * @param bound the limit that was hit
	 * @param elapsed how long the attempt ran
	 * @param cause the underlying timeout
	 */
	public TalonTimeoutException(TalonOperation operation, String message, Bound bound, Duration elapsed,
			Throwable cause) {
		super(operation, message, bound != Bound.CONNECT, cause);
		this.bound = bound;
		this.elapsed = elapsed;
	}

	/**
	 * The limit that was hit.
	 * @return the bound
	 */
	public Bound getBound() {
		return this.bound;
	}

	/**
	 * How long the attempt ran before it was given up.
	 * @return the elapsed time
	 */
	public Duration getElapsed() {
		return this.elapsed;
	}

	/**
	 * The limits a call can hit.
	 */
	public enum Bound {

		/** The connection could not be opened in time ({@code talon.connect-timeout}); nothing was sent. */
		CONNECT,

		/** The request was sent but no answer arrived in time ({@code talon.read-timeout}). */
		READ,

		/**
		 * The whole call, retries, back-off and waiting for earlier updates of the same session included, did not
		 * complete in time ({@code talon.timeout}).
		 */
		CALL

	}

}
