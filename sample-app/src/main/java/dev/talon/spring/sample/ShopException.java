package dev.talon.spring.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.talon.spring.client.TalonException;
import org.apache.commons.logging.Log;

import org.springframework.http.HttpStatus;

/**
 * A request the shop cannot serve, answered as a problem detail with the given status (and the given extra members,
 * such as the outcome in each Talon.One Application).
 */
public class ShopException extends RuntimeException {

	/** The {@code Retry-After} of a 503: a Talon.One outage usually lasts longer than a moment. */
	static final int RETRY_AFTER_SECONDS = 5;

	private final HttpStatus status;

	private final Map<String, Object> properties;

	/**
	 * Creates an exception.
	 * @param status the HTTP status to answer with
	 * @param detail what went wrong, for the customer's client
	 */
	public ShopException(HttpStatus status, String detail) {
		this(status, detail, Map.of());
	}

	/**
	 * Creates an exception whose problem detail has extra members.
	 * @param status the HTTP status to answer with
	 * @param detail what went wrong, for the customer's client
	 * @param properties the extra members of the problem detail, by name, in the order to show them
	 */
	public ShopException(HttpStatus status, String detail, Map<String, ?> properties) {
		super(detail);
		this.status = status;
		this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * The HTTP status to answer with.
	 * @return the status
	 */
	public HttpStatus getStatus() {
		return this.status;
	}

	/**
	 * The extra members of the problem detail.
	 * @return the members by name, empty when none
	 */
	public Map<String, Object> getProperties() {
		return this.properties;
	}

	static ShopException notFound(String detail) {
		return new ShopException(HttpStatus.NOT_FOUND, detail);
	}

	static ShopException badRequest(String detail) {
		return new ShopException(HttpStatus.BAD_REQUEST, detail);
	}

	static ShopException conflict(String detail) {
		return new ShopException(HttpStatus.CONFLICT, detail);
	}

	static ShopException talonUnavailable(String detail) {
		return new ShopException(HttpStatus.SERVICE_UNAVAILABLE, detail);
	}

	static ShopException talonUnavailable(String detail, Map<String, ?> properties) {
		return new ShopException(HttpStatus.SERVICE_UNAVAILABLE, detail, properties);
	}

	/** Talon.One refused a request: asking again will not help, so a 502 without {@code Retry-After}. */
	static ShopException talonRefused(String detail, Map<String, ?> properties) {
		return new ShopException(HttpStatus.BAD_GATEWAY, detail, properties);
	}

	/**
	 * The answer to a failed Talon.One call, logged: a 503 with {@code Retry-After} when asking again can help
	 * ({@link TalonOne#retryCanFix(TalonException)}), else a 502 whose detail does not promise that it will.
	 * @param logger the log of the part of the shop that called
	 * @param what what the shop was doing, for the log ("reading customer hank")
	 * @param failure the failure
	 * @param retryDetail the detail of the 503
	 * @param refusedDetail the detail of the 502
	 * @param properties extra members of the problem detail
	 * @return the exception to answer with
	 */
	static ShopException talonFailed(Log logger, String what, TalonException failure, String retryDetail,
			String refusedDetail, Map<String, ?> properties) {
		if (TalonOne.retryCanFix(failure)) {
			logger.warn("Talon.One failed " + what + ": " + failure.getMessage());
			return talonUnavailable(retryDetail, properties);
		}
		logger.error("Talon.One refused " + what + ": " + failure.getMessage());
		return talonRefused(refusedDetail, properties);
	}

}
