package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The shop's few fixed products. Their SKUs match the simulator's default rules: {@code GRINDER-HAND} earns free
 * {@code FILTER-100}.
 */
@Component
public class ProductCatalog {

	private static final List<Product> PRODUCTS = List.of(
			new Product("COFFEE-1KG", "Espresso beans 1 kg", new BigDecimal("24.90")),
			new Product("MUG", "Ceramic mug", new BigDecimal("9.50")),
			new Product("GRINDER-HAND", "Hand grinder", new BigDecimal("59.00")),
			new Product("FILTER-100", "Paper filters (100)", new BigDecimal("4.20")),
			new Product("KETTLE", "Gooseneck kettle", new BigDecimal("39.00")));

	/**
	 * All products.
	 * @return the products in catalog order
	 */
	public List<Product> products() {
		return PRODUCTS;
	}

	/**
	 * A product by SKU.
	 * @param sku the SKU
	 * @return the product, empty when the shop does not sell it
	 */
	public Optional<Product> find(String sku) {
		return PRODUCTS.stream().filter((product) -> product.sku().equals(sku)).findFirst();
	}

}
