package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * Units of one cart line to return ({@code ReturnedCartItem}), in a {@link NewReturn} and in a {@link Return}. The
 * line is named by its position in the closed session's {@code cartItems}, by its SKU, or by both. Checked when sent,
 * as part of a {@link NewReturn}: a position or a SKU is required, the position is at least 0, the quantity at least 1
 * and the SKU not blank; a position of {@code 0} is sent as {@code 0}.
 *
 * @param position the index of the line in the session's {@code cartItems}, from 0
 * @param quantity how many units of the line to return, at least 1 (optional)
 * @param sku the line's SKU (optional when the position is given)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReturnedCartItem(Integer position, Integer quantity, String sku) {

	/**
	 * Returns units of the line at a position.
	 * @param position the index of the line in the session's {@code cartItems}, from 0
	 * @param quantity how many units, at least 1
	 * @return the returned item
	 */
	public static ReturnedCartItem atPosition(int position, int quantity) {
		return new ReturnedCartItem(position, quantity, null);
	}

	/**
	 * Returns units of the line with a SKU.
	 * @param sku the line's SKU, not blank
	 * @param quantity how many units, at least 1
	 * @return the returned item
	 */
	public static ReturnedCartItem ofSku(String sku, int quantity) {
		return new ReturnedCartItem(null, quantity, sku);
	}

	void validate(String field) {
		if (this.position == null && this.sku == null) {
			throw new IllegalArgumentException(field + " must name the cart item by position or sku");
		}
		RequestChecks.atLeast(this.position, 0, field + ".position");
		RequestChecks.atLeast(this.quantity, 1, field + ".quantity");
		if (this.sku != null) {
			Checks.notEmpty(this.sku, field + ".sku");
		}
	}

}
