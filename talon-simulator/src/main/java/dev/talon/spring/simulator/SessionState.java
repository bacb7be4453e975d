package dev.talon.spring.simulator;

/**
 * The state of a simulated customer session. Sessions start open; the only transitions are open &rarr; closed,
 * open &rarr; cancelled and closed &rarr; cancelled (plus open &rarr; open, an ordinary update). Any other update is
 * answered with HTTP 400 {@code Cannot move session to state "<to>" from state "<from>"}.
 */
public enum SessionState {

	/** The cart is being edited. */
	OPEN("open"),

	/** The order was placed: the profile's {@code closedSessions} and {@code totalSales} include it. */
	CLOSED("closed"),

	/** The cart was abandoned or the order cancelled (a cancelled order is taken out of the profile's totals). */
	CANCELLED("cancelled");

	private final String value;

	SessionState(String value) {
		this.value = value;
	}

	/**
	 * The wire value.
	 * @return such as {@code open}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Whether a session in this state may be updated to the given one.
	 * @param target the requested state
	 * @return {@code true} for open &rarr; open, open &rarr; closed, open &rarr; cancelled and closed &rarr; cancelled
	 */
	public boolean canMoveTo(SessionState target) {
		return (this == OPEN) || (this == CLOSED && target == CANCELLED);
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
