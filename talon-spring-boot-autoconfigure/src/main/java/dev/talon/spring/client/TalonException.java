package dev.talon.spring.client;

/**
 * The root of every failure of a Talon.One call: catch this type to handle them all. Its subtypes tell whether
 * Talon.One answered ({@link TalonResponseException}) or not ({@link TalonTransportException}). Messages never
 * contain request headers, an API key or an application key.
 */
public class TalonException extends RuntimeException {

	/** The operation that failed. */
	private final TalonOperation operation;

	/** How many attempts the call made. */
	private int attempts = 1;

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message the message
	 * @param cause the cause, if any
	 */
	public TalonException(TalonOperation operation, String message, Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/**
	 * The operation that failed.
	 * @return the operation
	 */
	public TalonOperation getOperation() {
		return this.operation;
	}

	/**
	 * How many attempts the call made before it failed with this exception. The failures of earlier attempts are
	 * attached as {@link #getSuppressed() suppressed} exceptions.
	 * @return the number of attempts; 0 only for a session update that timed out while it still waited for earlier
	 * updates of the same session
	 */
	public int getAttempts() {
		return this.attempts;
	}

	void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		return (this.attempts > 1) ? message + " [" + this.attempts + " attempts]" : message;
	}

}
