package dev.talon.spring.client;

/**
 * No answer was received from Talon.One: the connection was refused or reset, the host name did not resolve, the
 * connection closed before a complete answer arrived, or a timeout ({@link TalonTimeoutException}) ran out. Whether
 * the request reached Talon.One is unknown unless {@link #isRequestSent()} is {@code false}.
 */
public class TalonTransportException extends TalonException {

	/** Whether the request may have reached Talon.One. */
	private final boolean requestSent;

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message the message
	 * @param requestSent {@code false} when the failure happened before any byte of the request was sent (the
	 * connection could not be opened)
	 * @param cause the I/O failure
	 */
	public TalonTransportException(TalonOperation operation, String message, boolean requestSent, Throwable cause) {
		super(operation, message, cause);
		this.requestSent = requestSent;
	}

	/**
	 * Whether the request may have reached Talon.One.
	 * @return {@code false} only when the connection could not be opened, so Talon.One cannot have acted
	 */
	public boolean isRequestSent() {
		return this.requestSent;
	}

}
