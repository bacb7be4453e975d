package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A catalog item to remove ({@code RemoveItemCatalogAction}, the payload of a {@code REMOVE} action).
 *
 * @param sku the item's SKU, not blank
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoveItemCatalogAction(String sku) implements CatalogActionPayload {

	/**
	 * Checks the SKU.
	 * @param sku the item's SKU, not blank
	 * @throws IllegalArgumentException when it is {@code null} or blank
	 */
	public RemoveItemCatalogAction {
		Checks.notEmpty(sku, "sku");
	}

}
