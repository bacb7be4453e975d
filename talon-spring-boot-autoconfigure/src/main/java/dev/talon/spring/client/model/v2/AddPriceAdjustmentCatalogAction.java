package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * Prices of price types for one SKU ({@code AddPriceAdjustmentCatalogAction}, the payload of an
 * {@code ADD_PRICE_ADJUSTMENT} action; needs Talon.One's beta "price types" feature).
 *
 * @param sku the item's SKU, not blank
 * @param adjustments the prices, at least one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddPriceAdjustmentCatalogAction(String sku, List<NewPriceAdjustment> adjustments)
		implements CatalogActionPayload {

	/**
	 * Checks the constraints and copies the adjustments.
	 * @param sku the item's SKU, not blank
	 * @param adjustments the prices, at least one
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public AddPriceAdjustmentCatalogAction {
		Checks.notEmpty(sku, "sku");
		RequestChecks.size(adjustments, 1, Integer.MAX_VALUE, "adjustments");
		adjustments = RequestChecks.elements(adjustments, "adjustments");
	}

	/**
	 * Prices for one SKU.
	 * @param sku the item's SKU
	 * @param adjustments the prices, at least one
	 * @return the action's payload
	 */
	public static AddPriceAdjustmentCatalogAction of(String sku, NewPriceAdjustment... adjustments) {
		return new AddPriceAdjustmentCatalogAction(sku, Builders.list(adjustments));
	}

}
