package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A product the shop sells, as it is sold in one currency.
 *
 * @param sku the stock keeping unit, also the cart item's SKU in Talon.One
 * @param name the name
 * @param price the unit price
 * @param currency the currency of the price
 */
public record Product(String sku, String name, BigDecimal price, Currency currency) {
}
