package dev.talon.spring.simulator;

import java.math.BigDecimal;

/**
 * A cart item of a simulated session, as the shop last sent it.
 *
 * @param sku the SKU
 * @param name the name
 * @param quantity the quantity
 * @param price the unit price
 */
public record SimulatedCartItem(String sku, String name, long quantity, BigDecimal price) {
}
