package dev.talon.spring.client.model.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * State of a customer session. Every session starts {@link #OPEN}; the valid transitions are open &rarr; closed (the
 * order was placed), open &rarr; cancelled and closed &rarr; cancelled.
 */
public enum CustomerSessionState {

	/** The cart is being edited. */
	OPEN("open"),

	/** The order was placed: coupons and referrals are redeemed, the profile's totals are updated. */
	CLOSED("closed"),

	/** The session was abandoned or the order was cancelled. */
	CANCELLED("cancelled"),

	/**
	 * A state this client does not know, as a later Talon.One version may return (for example
	 * {@code partially_returned}). Only ever read from responses; never sent.
	 */
	UNKNOWN("unknown");

	private final String value;

	CustomerSessionState(String value) {
		this.value = value;
	}

	/**
	 * The JSON value, such as {@code open}.
	 * @return the wire value
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Reads a wire value, mapping values this client does not know to {@link #UNKNOWN}.
	 * @param value the JSON value
	 * @return the state
	 */
	@JsonCreator
	public static CustomerSessionState fromValue(String value) {
		for (CustomerSessionState state : values()) {
			if (state != UNKNOWN && state.value.equals(value)) {
				return state;
			}
		}
		return UNKNOWN;
	}

}
