package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * An item to add to a catalog ({@code AddItemCatalogAction}, the payload of an {@code ADD} action). Fields left
 * {@code null} are not sent.
 *
 * @param sku the item's SKU, unique in the catalog, not blank
 * @param price the item's price, not negative (optional)
 * @param attributes the item's cart item attributes (optional)
 * @param product the product the item belongs to (optional; replacing an item without one sets it to none)
 * @param replaceIfExists whether an item with the same SKU is replaced (its price kept when none is given) rather
 * than refused (optional; Talon.One's default: refused)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddItemCatalogAction(String sku, BigDecimal price, Map<String, Object> attributes, Product product,
		Boolean replaceIfExists) implements CatalogActionPayload {

	/**
	 * Checks the constraints and copies the attributes.
	 * @param sku the item's SKU, not blank
	 * @param price the item's price, not negative (optional)
	 * @param attributes the item's attributes (optional)
	 * @param product the product the item belongs to (optional)
	 * @param replaceIfExists whether an item with the same SKU is replaced (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public AddItemCatalogAction {
		Checks.notEmpty(sku, "sku");
		RequestChecks.notNegative(price, "price");
		Checks.attributes(attributes, "attributes");
		attributes = Checks.copy(attributes);
	}

	/**
	 * An item with its SKU and price, replacing an item of the same SKU (so that sending it again changes nothing).
	 * @param sku the item's SKU
	 * @param price the item's price
	 * @return the item
	 */
	public static AddItemCatalogAction of(String sku, BigDecimal price) {
		return new AddItemCatalogAction(sku, price, null, null, true);
	}

	/**
	 * This item with the given attributes.
	 * @param attributes the item's attributes
	 * @return the item
	 */
	public AddItemCatalogAction withAttributes(Map<String, Object> attributes) {
		return new AddItemCatalogAction(this.sku, this.price, Builders.map(attributes), this.product,
				this.replaceIfExists);
	}

	/**
	 * This item, belonging to the given product.
	 * @param product the product
	 * @return the item
	 */
	public AddItemCatalogAction withProduct(Product product) {
		return new AddItemCatalogAction(this.sku, this.price, this.attributes, product, this.replaceIfExists);
	}

	/**
	 * This item, replacing an existing item of its SKU or not.
	 * @param replaceIfExists whether to replace it ({@code false}: Talon.One refuses the action for an existing SKU)
	 * @return the item
	 */
	public AddItemCatalogAction withReplaceIfExists(boolean replaceIfExists) {
		return new AddItemCatalogAction(this.sku, this.price, this.attributes, this.product, replaceIfExists);
	}

}
