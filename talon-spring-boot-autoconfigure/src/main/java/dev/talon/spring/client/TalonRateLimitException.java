package dev.talon.spring.client;

import java.time.Duration;

import dev.talon.spring.client.model.ErrorResponse;

/**
 * Talon.One or a gateway in front of it asked to come back later: HTTP 429, or HTTP 503 with a {@code Retry-After}
 * header. The server did not act on the request. The client waits for the announced delay and retries, unless the
 * delay is longer than the configured maximum ({@code talon.retry.max-retry-after}): then it fails at once with this
 * exception, whose {@link #getRetryAfter()} carries the announced delay.
 */
public class TalonRateLimitException extends TalonResponseException {

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message the message
	 * @param statusCode the HTTP status code (429 or 503)
	 * @param errorResponse Talon.One's error body, or {@code null} when the body was not one
	 * @param bodyExcerpt a short excerpt of the body, or {@code null} when it was Talon.One's error body
	 * @param retryAfter the announced delay, or {@code null} when none was announced
	 */
	public TalonRateLimitException(TalonOperation operation, String message, int statusCode,
			ErrorResponse errorResponse, String bodyExcerpt, Duration retryAfter) {
		super(operation, message, statusCode, errorResponse, bodyExcerpt, null);
		setRetryAfter(retryAfter);
	}

}
