package dev.talon.spring.client;

import dev.talon.spring.client.model.ErrorResponse;

/**
 * Talon.One did not accept the credentials (HTTP 401 or 403): the API key or application key is wrong, expired or lacks access.
 */
public class TalonAuthenticationException extends TalonClientErrorException {

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message the message
	 * @param statusCode the HTTP status code
	 * @param errorResponse Talon.One's error body, or {@code null} when the body was not one
	 * @param bodyExcerpt a short excerpt of the body, or {@code null} when it was Talon.One's error body
	 */
	public TalonAuthenticationException(TalonOperation operation, String message, int statusCode, ErrorResponse errorResponse,
			String bodyExcerpt) {
		super(operation, message, statusCode, errorResponse, bodyExcerpt);
	}

}
