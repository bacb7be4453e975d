package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code rollbackDiscount} effect ({@code RollbackDiscountEffectProps}): a discount of the session,
 * of a cart item or of an additional cost was cancelled, as the session was cancelled or items were returned.
 *
 * @param name the name of the discount rolled back
 * @param value the discount rolled back, in the application's currency
 * @param cartItemPosition for an item discount, the index of the line in the session's {@code cartItems}
 * @param cartItemSubPosition for an item discount, the index of the unit in its line
 * @param additionalCostId for an additional cost discount, the additional cost's id
 * @param additionalCost for an additional cost discount, the additional cost's API name
 * @param scope the scope of the discount rolled back: {@code cartItems}, {@code additionalCosts}, {@code
 * sessionTotal}, {@code price} or {@code itemTotal}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RollbackDiscountEffectProps(String name, BigDecimal value, Integer cartItemPosition,
		Integer cartItemSubPosition, Long additionalCostId, String additionalCost,
		String scope) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "rollbackDiscount";

}
