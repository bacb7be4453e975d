package dev.talon.spring.client;

import java.util.concurrent.CancellationException;

/**
 * How a Talon.One call ended, as a low-cardinality tag for metrics and health.
 */
public enum TalonOutcome {

	/** Talon.One answered with success and the answer was read. */
	SUCCESS,

	/** Talon.One rejected the request: HTTP 4xx other than those below. */
	CLIENT_ERROR,

	/** Talon.One did not accept the credentials: HTTP 401 or 403. */
	AUTHENTICATION_ERROR,

	/** Talon.One refused a request that conflicts with another one: HTTP 409. */
	CONFLICT,

	/** Talon.One or a gateway asked to come back later: HTTP 429, or 503 with {@code Retry-After}. */
	RATE_LIMITED,

	/** Talon.One or a gateway failed: HTTP 5xx. */
	SERVER_ERROR,

	/** Talon.One answered with success but the answer could not be read. */
	INVALID_RESPONSE,

	/** A timeout ran out. */
	TIMEOUT,

	/** No answer: the connection was refused, reset or could not be opened. */
	IO_ERROR,

	/** The caller cancelled the call before it ended. */
	CANCELLED,

	/** Any other failure. */
	UNKNOWN;

	/**
	 * The outcome of a call that failed with the given exception.
	 * @param failure the failure
	 * @return the outcome
	 */
	public static TalonOutcome of(Throwable failure) {
		if (failure == null) {
			return SUCCESS;
		}
		if (failure instanceof TalonRateLimitException) {
			return RATE_LIMITED;
		}
		if (failure instanceof TalonAuthenticationException) {
			return AUTHENTICATION_ERROR;
		}
		if (failure instanceof TalonConflictException) {
			return CONFLICT;
		}
		if (failure instanceof TalonClientErrorException) {
			return CLIENT_ERROR;
		}
		if (failure instanceof TalonServerErrorException) {
			return SERVER_ERROR;
		}
		if (failure instanceof TalonInvalidResponseException) {
			return INVALID_RESPONSE;
		}
		if (failure instanceof TalonResponseException response) {
			return (response.getStatusCode() >= 500) ? SERVER_ERROR : CLIENT_ERROR;
		}
		if (failure instanceof TalonTimeoutException) {
			return TIMEOUT;
		}
		if (failure instanceof TalonTransportException) {
			return IO_ERROR;
		}
		if (failure instanceof CancellationException) {
			return CANCELLED;
		}
		return UNKNOWN;
	}

}
