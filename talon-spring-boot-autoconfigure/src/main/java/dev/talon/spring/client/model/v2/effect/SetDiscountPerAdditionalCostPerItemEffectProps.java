package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code setDiscountPerAdditionalCostPerItem} effect ({@code
 * SetDiscountPerAdditionalCostPerItemEffectProps}): a discount on an additional cost of one unit of one cart
 * line.
 *
 * @param name the discount's name
 * @param additionalCostId the additional cost's id
 * @param value the discount in the application's currency
 * @param position the index of the line in the session's {@code cartItems}, from 0
 * @param subPosition the index of the unit in its line
 * @param additionalCost the additional cost's API name
 * @param desiredValue with partial discounts, the discount before budget limits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetDiscountPerAdditionalCostPerItemEffectProps(String name, Long additionalCostId, BigDecimal value,
		Integer position, Integer subPosition, String additionalCost, BigDecimal desiredValue) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "setDiscountPerAdditionalCostPerItem";

}
