package dev.talon.spring.sample;

/**
 * Where a cart is in its life.
 */
public enum CartStatus {

	/** The customer is filling it. */
	OPEN,

	/** Its checkout is running: changes wait until it succeeds (placed) or fails (open again). */
	CHECKING_OUT,

	/** The order was placed; the Talon.One session is closed. */
	PLACED,

	/** The cart was abandoned or the order cancelled. */
	CANCELLED

}
