package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * A condition on a cart item attribute that selects the catalog items of a {@code PATCH_MANY} or {@code REMOVE_MANY}
 * action ({@code CatalogActionFilter}); the conditions of one action are joined by AND.
 *
 * @param attr the cart item attribute, not blank
 * @param op how the item's value compares with {@code value}
 * @param value the value to compare with: for {@link Op#IN} the comma-separated values; for the ordering operators a
 * number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogActionFilter(String attr, Op op, Object value) {

	/**
	 * Checks the fields, all required.
	 * @param attr the cart item attribute, not blank
	 * @param op the operator
	 * @param value the value to compare with
	 * @throws IllegalArgumentException naming the field that is missing
	 */
	public CatalogActionFilter {
		Checks.notEmpty(attr, "attr");
		Checks.notNull(op, "op");
		Checks.notNull(value, "value");
	}

	/**
	 * A condition.
	 * @param attr the cart item attribute
	 * @param op the operator
	 * @param value the value to compare with
	 * @return the condition
	 */
	public static CatalogActionFilter of(String attr, Op op, Object value) {
		return new CatalogActionFilter(attr, op, value);
	}

	/**
	 * How an item's attribute compares with the filter's value.
	 */
	public enum Op {

		/** Equal to the value. */
		EQ,

		/** Less than the value (numbers only). */
		LT,

		/** Less than or equal to the value (numbers only). */
		LE,

		/** Greater than the value (numbers only). */
		GT,

		/** Greater than or equal to the value (numbers only). */
		GE,

		/** One of the comma-separated values. */
		IN;

		/**
		 * The JSON value, such as {@code EQ}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return name();
		}

	}

}
