package dev.talon.spring.sample;

import org.springframework.http.HttpStatus;

/**
 * A request the shop cannot serve, answered as a problem detail with the given status.
 */
public class ShopException extends RuntimeException {

	/** The {@code Retry-After} of a 503: a Talon.One outage usually lasts longer than a moment. */
	static final int RETRY_AFTER_SECONDS = 5;

	private final HttpStatus status;

	/**
	 * Creates an exception.
	 * @param status the HTTP status to answer with
	 * @param detail what went wrong, for the customer's client
	 */
	public ShopException(HttpStatus status, String detail) {
		super(detail);
		this.status = status;
	}

	/**
	 * The HTTP status to answer with.
	 * @return the status
	 */
	public HttpStatus getStatus() {
		return this.status;
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

}
