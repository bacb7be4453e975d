package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * State of a v2 customer session ({@code NewCustomerSessionV2.state}, {@code CustomerSessionV2.state}). Sessions are
 * created {@link #OPEN} (the default) or {@link #CLOSED}; the transitions are open &rarr; closed, open &rarr;
 * cancelled, closed &rarr; cancelled (only by a session update), closed &rarr; partially returned (only by
 * {@code returnCartItems}), closed &rarr; open (only by {@code reopenCustomerSession}) and partially returned &rarr;
 * cancelled.
 */
public enum CustomerSessionState {

	/** The cart is being edited. */
	OPEN("open"),

	/** The order was placed: coupons, referrals and loyalty points are redeemed, budgets are spent. */
	CLOSED("closed"),

	/**
	 * Items of the closed session were returned with {@code returnCartItems}, which alone sets this state; an update
	 * may only send it back unchanged.
	 */
	PARTIALLY_RETURNED("partially_returned"),

	/** The session was abandoned or the order was cancelled; the effects of a closed session are rolled back. */
	CANCELLED("cancelled"),

	/**
	 * A state this client does not know, as a later Talon.One version may return. Only ever read from answers; a
	 * request with this state is refused.
	 */
	UNKNOWN("unknown");

	private final String value;

	CustomerSessionState(String value) {
		this.value = value;
	}

	/**
	 * The JSON value, such as {@code partially_returned}.
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
