package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * What {@code GET /products/{sku}} answers: a product with its price after the promotions that apply to one unit of
 * it on its own, in a market.
 *
 * @param sku the product's SKU
 * @param name the product's name
 * @param market the market whose price and promotions these are
 * @param currency the currency of the prices
 * @param price the list price of one unit
 * @param discounts the discounts Talon.One gives a cart of just this one unit
 * @param promotedPrice the price less those discounts (per-item discounts included)
 * @param freeItems the items that come free with it
 * @param promotionsAvailable {@code false} while Talon.One is slow or down: the list price is shown then
 */
public record ProductView(String sku, String name, String market, Currency currency, BigDecimal price,
		List<CartPromotions.Discount> discounts, BigDecimal promotedPrice, List<CartPromotions.FreeItem> freeItems,
		boolean promotionsAvailable) {

	static ProductView of(Product product, Market market, CartPromotions promotions) {
		return new ProductView(product.sku(), product.name(), market.name(), product.currency(), product.price(),
				promotions.discounts(), product.price().subtract(promotions.totalDiscount()).max(CartPromotions.ZERO),
				promotions.freeItems(), promotions.available());
	}

}
