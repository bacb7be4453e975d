package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The shop's few fixed products, each with a price in euros and one in pounds. Their SKUs match the embedded
 * simulator's rules: {@code GRINDER-HAND} earns free {@code FILTER-100} in both markets.
 */
@Component
public class ProductCatalog {

	static final Currency EUR = Currency.getInstance("EUR");

	static final Currency GBP = Currency.getInstance("GBP");

	private static final List<Item> ITEMS = List.of(new Item("COFFEE-1KG", "Espresso beans 1 kg", "24.90", "21.90"),
			new Item("MUG", "Ceramic mug", "9.50", "8.50"), new Item("GRINDER-HAND", "Hand grinder", "59.00", "52.00"),
			new Item("FILTER-100", "Paper filters (100)", "4.20", "3.80"),
			new Item("KETTLE", "Gooseneck kettle", "39.00", "34.00"));

	/**
	 * The currencies the shop has prices in.
	 * @return EUR and GBP
	 */
	public List<Currency> currencies() {
		return List.of(EUR, GBP);
	}

	/**
	 * All products, priced in a currency.
	 * @param currency one of the {@link #currencies()}
	 * @return the products in catalog order
	 */
	public List<Product> products(Currency currency) {
		return ITEMS.stream().map((item) -> item.in(currency)).toList();
	}

	/**
	 * A product by SKU, priced in a currency.
	 * @param sku the SKU
	 * @param currency one of the {@link #currencies()}
	 * @return the product, empty when the shop does not sell it
	 */
	public Optional<Product> find(String sku, Currency currency) {
		return ITEMS.stream().filter((item) -> item.sku().equals(sku)).findFirst().map((item) -> item.in(currency));
	}

	/**
	 * Whether the shop sells a product (in every currency).
	 * @param sku the SKU
	 * @return {@code true} when it does
	 */
	public boolean sells(String sku) {
		return ITEMS.stream().anyMatch((item) -> item.sku().equals(sku));
	}

	/** A product with its prices by currency. */
	private record Item(String sku, String name, Map<Currency, BigDecimal> prices) {

		Item(String sku, String name, String eur, String gbp) {
			this(sku, name, Map.of(EUR, new BigDecimal(eur), GBP, new BigDecimal(gbp)));
		}

		Product in(Currency currency) {
			BigDecimal price = this.prices.get(currency);
			if (price == null) {
				throw new IllegalArgumentException("The catalog has no prices in " + currency);
			}
			return new Product(this.sku, this.name, price, currency);
		}

	}

}
