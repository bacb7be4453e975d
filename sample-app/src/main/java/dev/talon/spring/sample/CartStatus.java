package dev.talon.spring.sample;

/**
 * Where a cart, and the order it becomes, is in its life. The Talon.One session of the cart is open while the cart is
 * {@link #OPEN}, closed once it is {@link #PLACED}.
 */
public enum CartStatus {

	/** The customer is filling it (again, when a placed order is being edited). */
	OPEN,

	/** Its checkout is running: changes wait until it succeeds (placed) or fails (open again). */
	CHECKING_OUT,

	/** The order was placed; the Talon.One session is closed. */
	PLACED,

	/** Some items of the placed order were returned; the session is partially returned. */
	PARTIALLY_RETURNED,

	/** The cart was abandoned or the order cancelled. */
	CANCELLED

}
