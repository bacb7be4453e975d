package dev.talon.spring.client.model.v2.effect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of an {@code addFreeItem} effect ({@code AddFreeItemEffectProps}): add the SKU to the cart with a
 * price of 0.
 *
 * @param sku the SKU to add
 * @param name the effect's description
 * @param desiredQuantity with partial rewards, the quantity before budget limits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddFreeItemEffectProps(String sku, String name, Integer desiredQuantity) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "addFreeItem";

}
