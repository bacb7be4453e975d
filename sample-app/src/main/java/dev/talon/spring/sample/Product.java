package dev.talon.spring.sample;

import java.math.BigDecimal;

/**
 * A product the shop sells.
 *
 * @param sku the stock keeping unit, also the cart item's SKU in Talon.One
 * @param name the name
 * @param price the unit price
 */
public record Product(String sku, String name, BigDecimal price) {
}
