package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The price adjustment of an observed price ({@code AdjustmentDetails}). The spec's example writes it as an empty
 * string ({@code "adjustmentDetails": ""}): that form is read as details without any field.
 *
 * @param referenceId the reference of the {@code ADD_PRICE_ADJUSTMENT} action
 * @param selectedPriceType the price type that applied, such as {@code member}
 * @param value the adjusted price
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdjustmentDetails(String referenceId, String selectedPriceType, BigDecimal value) {

	/**
	 * Reads the object form.
	 * @param referenceId the reference of the {@code ADD_PRICE_ADJUSTMENT} action
	 * @param selectedPriceType the price type that applied
	 * @param value the adjusted price
	 */
	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public AdjustmentDetails {
	}

	/**
	 * Reads a text in place of the object, such as the spec's example {@code ""}.
	 * @param text the text
	 * @return details without any field
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AdjustmentDetails fromText(String text) {
		return new AdjustmentDetails(null, null, null);
	}

}
