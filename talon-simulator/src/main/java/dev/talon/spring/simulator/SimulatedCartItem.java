package dev.talon.spring.simulator;

import java.math.BigDecimal;

/**
 * A cart item of a simulated session, as the shop last sent it.
 *
 * @param sku the SKU
 * @param name the name, {@code null} when a v2 request sent none
 * @param quantity the quantity ordered
 * @param price the unit price
 * @param returnedQuantity how many units were returned since the session closed
 */
public record SimulatedCartItem(String sku, String name, long quantity, BigDecimal price, long returnedQuantity) {

	/**
	 * A cart item of which nothing was returned.
	 * @param sku the SKU
	 * @param name the name
	 * @param quantity the quantity ordered
	 * @param price the unit price
	 */
	public SimulatedCartItem(String sku, String name, long quantity, BigDecimal price) {
		this(sku, name, quantity, price, 0);
	}

}
