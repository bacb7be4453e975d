package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * Changes of one catalog item ({@code PatchItemCatalogAction}, the payload of a {@code PATCH} action). A price left
 * {@code null} keeps the item's price; a product left {@code null} sets it to none.
 *
 * @param sku the item's SKU, not blank
 * @param price the new price, not negative (optional)
 * @param attributes the attributes to change (optional)
 * @param product the product the item belongs to (optional)
 * @param createIfNotExists whether the item is created when no item has the SKU (optional; Talon.One's default: no)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchItemCatalogAction(String sku, BigDecimal price, Map<String, Object> attributes, Product product,
		Boolean createIfNotExists) implements CatalogActionPayload {

	/**
	 * Checks the constraints and copies the attributes.
	 * @param sku the item's SKU, not blank
	 * @param price the new price, not negative (optional)
	 * @param attributes the attributes to change (optional)
	 * @param product the product the item belongs to (optional)
	 * @param createIfNotExists whether the item is created when missing (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public PatchItemCatalogAction {
		Checks.notEmpty(sku, "sku");
		RequestChecks.notNegative(price, "price");
		Checks.attributes(attributes, "attributes");
		attributes = Checks.copy(attributes);
	}

	/**
	 * Changes of the item's attributes.
	 * @param sku the item's SKU
	 * @param attributes the attributes to change
	 * @return the changes
	 */
	public static PatchItemCatalogAction of(String sku, Map<String, Object> attributes) {
		return new PatchItemCatalogAction(sku, null, Builders.map(attributes), null, null);
	}

}
