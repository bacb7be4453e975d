package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code setDiscountPerAdditionalCost} effect ({@code SetDiscountPerAdditionalCostEffectProps}): a
 * discount on an additional cost of the session, such as shipping.
 *
 * @param name the discount's name
 * @param additionalCostId the additional cost's id
 * @param additionalCost the additional cost's API name
 * @param value the discount in the application's currency
 * @param desiredValue with partial discounts, the discount before budget limits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetDiscountPerAdditionalCostEffectProps(String name, Long additionalCostId, String additionalCost,
		BigDecimal value, BigDecimal desiredValue) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "setDiscountPerAdditionalCost";

}
