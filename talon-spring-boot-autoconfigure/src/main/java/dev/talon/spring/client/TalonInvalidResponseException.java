package dev.talon.spring.client;

/**
 * Talon.One answered with a success status, but its body could not be read as the expected JSON (not JSON at all,
 * truncated, empty, or of the wrong shape).
 */
public class TalonInvalidResponseException extends TalonResponseException {

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message the message
	 * @param statusCode the HTTP status code
	 * @param bodyExcerpt a short excerpt of the body
	 * @param cause the parse failure, if any
	 */
	public TalonInvalidResponseException(TalonOperation operation, String message, int statusCode,
			String bodyExcerpt, Throwable cause) {
		super(operation, message, statusCode, null, bodyExcerpt, cause);
	}

}
