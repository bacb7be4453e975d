package dev.talon.spring.client;

import java.time.Duration;
import java.util.Optional;

import dev.talon.spring.client.model.ErrorResponse;

/**
 * Talon.One (or a proxy in front of it) answered, but not with what was asked for: a non-2xx status, or a 2xx whose
 * body could not be read. Carries the status and, when the body was Talon.One's JSON error, the parsed
 * {@link ErrorResponse}; otherwise a short excerpt of the body.
 */
public class TalonResponseException extends TalonException {

	/** The HTTP status of the answer. */
	private final int statusCode;

	/** Talon.One's error body, if the answer had one. */
	private final ErrorResponse errorResponse;

	/** A short excerpt of a body that was not Talon.One's error JSON. */
	private final String bodyExcerpt;

	/** The delay announced by a {@code Retry-After} header. */
	private Duration retryAfter;

	/**
	 * Creates an exception.
	 * @param operation the operation that failed
	 * @param message the message
	 * @param statusCode the HTTP status code
	 * @param errorResponse Talon.One's error body, or {@code null} when the body was not one
	 * @param bodyExcerpt a short excerpt of the body, or {@code null} when it was Talon.One's error body
	 * @param cause the cause, if any
	 */
	public TalonResponseException(TalonOperation operation, String message, int statusCode,
			ErrorResponse errorResponse, String bodyExcerpt, Throwable cause) {
		super(operation, message, cause);
		this.statusCode = statusCode;
		this.errorResponse = errorResponse;
		this.bodyExcerpt = bodyExcerpt;
	}

	/**
	 * The HTTP status code of the answer.
	 * @return the status code, such as 400
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Talon.One's JSON error body: its message and each error's title, details and source.
	 * @return the error body, empty when the answer was not Talon.One's JSON (an HTML page from a proxy, an empty
	 * body)
	 */
	public Optional<ErrorResponse> getErrorResponse() {
		return Optional.ofNullable(this.errorResponse);
	}

	/**
	 * A short excerpt of a body that was not Talon.One's JSON error, with control characters and runs of white space
	 * collapsed.
	 * @return the excerpt, empty when the body was Talon.One's JSON error
	 */
	public Optional<String> getBodyExcerpt() {
		return Optional.ofNullable(this.bodyExcerpt);
	}

	/**
	 * The delay the answer's {@code Retry-After} header announced, in either of its forms (seconds or an HTTP date).
	 * @return the announced delay, empty when the answer had no valid {@code Retry-After}
	 */
	public Optional<Duration> getRetryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	void setRetryAfter(Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

}
