package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much a promotion takes off a cart: a percentage of the cart's subtotal or a fixed amount of money. Amounts are
 * rounded to cents (half up) and never exceed what is left of the cart after earlier discounts.
 *
 * @param kind whether {@code value} is a percentage or an amount
 * @param value the percentage (above 0, at most 100) or the amount (above 0)
 */
public record Discount(Kind kind, BigDecimal value) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Checks the value.
	 * @param kind whether {@code value} is a percentage or an amount
	 * @param value the percentage (above 0, at most 100) or the amount (above 0)
	 * @throws IllegalArgumentException when the kind or value is missing, the value is not positive, or a percentage
	 * exceeds 100
	 */
	public Discount {
		if (kind == null || value == null) {
			throw new IllegalArgumentException("kind and value of a discount must not be null");
		}
		if (value.signum() <= 0) {
			throw new IllegalArgumentException("discount must be positive but was " + value);
		}
		if (kind == Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("percentage must be at most 100 but was " + value);
		}
	}

	/**
	 * A percentage of the cart's subtotal.
	 * @param percent the percentage as decimal text, such as {@code "10"} or {@code "12.5"}
	 * @return the discount
	 */
	public static Discount percent(String percent) {
		return new Discount(Kind.PERCENT, new BigDecimal(percent));
	}

	/**
	 * A fixed amount of money.
	 * @param amount the amount as decimal text, such as {@code "5.00"}
	 * @return the discount
	 */
	public static Discount amount(String amount) {
		return new Discount(Kind.AMOUNT, new BigDecimal(amount));
	}

	/**
	 * The amount this discount takes off a cart.
	 * @param subtotal the cart's subtotal, on which a percentage is computed
	 * @param remaining what is left of the subtotal after earlier discounts: the most this discount may take
	 * @return the amount in cents precision, between zero and {@code remaining}
	 */
	public BigDecimal amountOff(BigDecimal subtotal, BigDecimal remaining) {
		BigDecimal amount = (this.kind == Kind.PERCENT) ? subtotal.multiply(this.value).divide(HUNDRED) : this.value;
		amount = amount.setScale(2, RoundingMode.HALF_UP);
		BigDecimal cap = remaining.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		return amount.min(cap);
	}

	@Override
	public String toString() {
		return (this.kind == Kind.PERCENT) ? this.value.stripTrailingZeros().toPlainString() + "%"
				: this.value.toPlainString();
	}

	/**
	 * The kinds of discount.
	 */
	public enum Kind {

		/** A percentage of the cart's subtotal. */
		PERCENT,

		/** A fixed amount of money. */
		AMOUNT

	}

}
