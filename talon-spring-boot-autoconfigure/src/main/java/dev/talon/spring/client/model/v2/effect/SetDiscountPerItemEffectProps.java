package dev.talon.spring.client.model.v2.effect;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The props of a {@code setDiscountPerItem} effect ({@code SetDiscountPerItemEffectProps}): a discount on one unit
 * of one cart line (from the Discount individual items effects, pro rata or in bundles).
 *
 * @param name the discount's name
 * @param value the discount on the unit, in the application's currency
 * @param position the index of the line in the session's {@code cartItems}, from 0
 * @param subPosition the index of the unit in its line (items of quantity <i>n</i> are split into <i>n</i>
 * units)
 * @param desiredValue with partial discounts, the discount before budget limits
 * @param scope what it applies to: {@code price}, {@code additionalCosts} or {@code itemTotal}
 * @param totalDiscount with pro rata discounts, the total discount
 * @param desiredTotalDiscount with pro rata discounts, the total discount before budget limits
 * @param bundleIndex with bundles, the index of the bundle
 * @param bundleName with bundles, the bundle definition's name
 * @param targetedItemPosition with bundle item discounts, the position of the item the discount is based on
 * @param targetedItemSubPosition with bundle item discounts, the sub-position of that item
 * @param excludedFromPriceHistory whether the discount is left out of the item's price history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetDiscountPerItemEffectProps(String name, BigDecimal value, Integer position, Integer subPosition,
		BigDecimal desiredValue, String scope, BigDecimal totalDiscount, BigDecimal desiredTotalDiscount,
		Long bundleIndex, String bundleName, Integer targetedItemPosition, Integer targetedItemSubPosition,
		Boolean excludedFromPriceHistory) implements EffectProps {

	/** The effect type these props belong to. */
	public static final String EFFECT_TYPE = "setDiscountPerItem";

}
