package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * Pays (part of) a cart item with loyalty points.
 *
 * @param payFromLoyaltyProgram the loyalty program the points are taken from
 * @param pointPayment the number of points to spend (at least 1)
 * @param remainingPrice the price left to pay in the application's currency after the points payment (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartItemAdjustment(Long payFromLoyaltyProgram, Long pointPayment, BigDecimal remainingPrice) {

	/**
	 * Checks the constraints of a request.
	 * @param field the field name to report, such as {@code cartItems[0].adjustment}
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	void validate(String field) {
		Checks.notNull(this.payFromLoyaltyProgram, field + ".payFromLoyaltyProgram");
		Checks.notNull(this.pointPayment, field + ".pointPayment");
		if (this.pointPayment < 1) {
			throw new IllegalArgumentException(field + ".pointPayment must be at least 1 but was " + this.pointPayment);
		}
		if (this.remainingPrice != null && this.remainingPrice.signum() < 0) {
			throw new IllegalArgumentException(field + ".remainingPrice must not be negative but was " + this.remainingPrice);
		}
	}

}
