package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code setDiscount} effect ({@code SetDiscountEffectProps}): a discount on the session, with a
 * name and an amount. A later answer carries the latest value of every discount: replace a discount of the same
 * name rather than adding to it.
 *
 * @param name the discount's name
 * @param value the discount in the application's currency
 * @param scope with cascading discounts, what it applies to: {@code cartItems}, {@code additionalCosts} or
 * {@code sessionTotal}
 * @param desiredValue with partial discounts, the discount before budget limits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetDiscountEffectProps(String name, BigDecimal value, String scope,
		BigDecimal desiredValue) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "setDiscount";

}
