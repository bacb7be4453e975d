package dev.talon.spring.simulator;

/**
 * The state of a simulated customer session, shared by the v1 and v2 operations. Sessions start open (or are created
 * closed); an update ({@code PUT} of v1 or v2) may only move a session open &rarr; open, open &rarr; closed,
 * open &rarr; cancelled, closed &rarr; cancelled and partially_returned &rarr; cancelled. Closed &rarr;
 * partially_returned happens only through a return, closed &rarr; open only through a reopen. Anything else is answered
 * with HTTP 400 {@code Cannot move session to state "<to>" from state "<from>"}, as Talon.One does.
 */
public enum SessionState {

	/** The cart is being edited. */
	OPEN("open"),

	/** The order was placed: the profile's {@code closedSessions} and {@code totalSales} include it. */
	CLOSED("closed"),

	/**
	 * Some items of the placed order were returned (v2 {@code returnCartItems}); the session still counts as an order,
	 * without the returned items.
	 */
	PARTIALLY_RETURNED("partially_returned"),

	/** The cart was abandoned or the order cancelled (a cancelled order is taken out of the profile's totals). */
	CANCELLED("cancelled");

	private final String value;

	SessionState(String value) {
		this.value = value;
	}

	/**
	 * The wire value.
	 * @return such as {@code open} or {@code partially_returned}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Whether an update of a session in this state may move it to the given one.
	 * @param target the requested state
	 * @return {@code true} for open &rarr; open, open &rarr; closed, open &rarr; cancelled, closed &rarr; cancelled and
	 * partially_returned &rarr; cancelled
	 */
	public boolean canMoveTo(SessionState target) {
		return switch (this) {
			case OPEN -> target != PARTIALLY_RETURNED;
			case CLOSED, PARTIALLY_RETURNED -> target == CANCELLED;
			case CANCELLED -> false;
		};
	}

	/**
	 * Whether a session in this state is a placed order: closed or partially returned.
	 * @return {@code true} for {@link #CLOSED} and {@link #PARTIALLY_RETURNED}
	 */
	boolean isPlaced() {
		return this == CLOSED || this == PARTIALLY_RETURNED;
	}

	static SessionState fromValue(String value) {
		for (SessionState state : values()) {
			if (state.value.equals(value)) {
				return state;
			}
		}
		throw new IllegalArgumentException("unknown session state " + value);
	}

}
