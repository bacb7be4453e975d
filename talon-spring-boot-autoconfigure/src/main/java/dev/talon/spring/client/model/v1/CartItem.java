package dev.talon.spring.client.model.v1;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * One line of a cart. Used both in requests ({@link NewCustomerSession#cartItems()}) and in responses
 * ({@link CustomerSession#cartItems()}); the constraints of a request ({@code name} and {@code sku} non-empty,
 * {@code quantity} at least 1, {@code price} present and not negative) are checked by {@link Builder#build()} and by
 * {@link NewCustomerSession}, while a response is read as Talon.One sent it.
 *
 * @param name the item's name
 * @param sku the stock keeping unit
 * @param quantity the number of units, at least 1
 * @param price the price of one unit, in the application's currency
 * @param category the item's category (optional)
 * @param weight the weight (optional)
 * @param height the height in mm (optional)
 * @param width the width in mm (optional)
 * @param length the length in mm (optional)
 * @param position the position of the item in the cart, calculated by Talon.One (responses only)
 * @param attributes custom item attributes, as configured in the Campaign Manager (optional)
 * @param adjustment a payment in loyalty points (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartItem(String name, String sku, Integer quantity, BigDecimal price, String category, BigDecimal weight,
		BigDecimal height, BigDecimal width, BigDecimal length, BigDecimal position, Map<String, Object> attributes,
		CartItemAdjustment adjustment) {

	/**
	 * Copies the attributes, so that the item is immutable.
	 * @param name the item's name
	 * @param sku the stock keeping unit
	 * @param quantity the number of units, at least 1
	 * @param price the price of one unit, in the application's currency
	 * @param category the item's category (optional)
	 * @param weight the weight (optional)
	 * @param height the height in mm (optional)
	 * @param width the width in mm (optional)
	 * @param length the length in mm (optional)
	 * @param position the position of the item in the cart, calculated by Talon.One (responses only)
	 * @param attributes custom item attributes, as configured in the Campaign Manager (optional)
	 * @param adjustment a payment in loyalty points (optional)
	 */
	public CartItem {
		attributes = Checks.copy(attributes);
	}

	/**
	 * Starts a cart item with its required fields.
	 * @param sku the stock keeping unit
	 * @param name the item's name
	 * @param quantity the number of units, at least 1
	 * @param price the price of one unit
	 * @return a builder
	 */
	public static Builder builder(String sku, String name, int quantity, BigDecimal price) {
		return new Builder().sku(sku).name(name).quantity(quantity).price(price);
	}

	/**
	 * Checks the constraints that Talon.One enforces on a cart item in a request.
	 * @param field the field name to report, such as {@code cartItems[2]}
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	void validate(String field) {
		Checks.notEmpty(this.name, field + ".name");
		Checks.notEmpty(this.sku, field + ".sku");
		Checks.notNull(this.quantity, field + ".quantity");
		if (this.quantity < 1) {
			throw new IllegalArgumentException(field + ".quantity must be at least 1 but was " + this.quantity);
		}
		Checks.notNull(this.price, field + ".price");
		if (this.price.signum() < 0) {
			throw new IllegalArgumentException(field + ".price must not be negative but was " + this.price);
		}
		if (this.adjustment != null) {
			this.adjustment.validate(field + ".adjustment");
		}
	}

	/**
	 * Builds a {@link CartItem}, checking the constraints of a request.
	 */
	public static final class Builder {

		private String name;

		private String sku;

		private Integer quantity;

		private BigDecimal price;

		private String category;

		private BigDecimal weight;

		private BigDecimal height;

		private BigDecimal width;

		private BigDecimal length;

		private Map<String, Object> attributes;

		private CartItemAdjustment adjustment;

		private Builder() {
		}

		/**
		 * Sets the name.
		 * @param name the item's name, not empty
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets the SKU.
		 * @param sku the stock keeping unit, not empty
		 * @return this builder
		 */
		public Builder sku(String sku) {
			this.sku = sku;
			return this;
		}

		/**
		 * Sets the quantity.
		 * @param quantity the number of units, at least 1
		 * @return this builder
		 */
		public Builder quantity(int quantity) {
			this.quantity = quantity;
			return this;
		}

		/**
		 * Sets the unit price.
		 * @param price the price of one unit, not negative
		 * @return this builder
		 */
		public Builder price(BigDecimal price) {
			this.price = price;
			return this;
		}

		/**
		 * Sets the category.
		 * @param category the item's category
		 * @return this builder
		 */
		public Builder category(String category) {
			this.category = category;
			return this;
		}

		/**
		 * Sets the weight.
		 * @param weight the weight
		 * @return this builder
		 */
		public Builder weight(BigDecimal weight) {
			this.weight = weight;
			return this;
		}

		/**
		 * Sets the dimensions in mm.
		 * @param height the height
		 * @param width the width
		 * @param length the length
		 * @return this builder
		 */
		public Builder dimensions(BigDecimal height, BigDecimal width, BigDecimal length) {
			this.height = height;
			this.width = width;
			this.length = length;
			return this;
		}

		/**
		 * Sets the custom item attributes.
		 * @param attributes the attributes
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = attributes;
			return this;
		}

		/**
		 * Pays part of the item with loyalty points.
		 * @param adjustment the points payment
		 * @return this builder
		 */
		public Builder adjustment(CartItemAdjustment adjustment) {
			this.adjustment = adjustment;
			return this;
		}

		/**
		 * Builds the item.
		 * @return the cart item
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public CartItem build() {
			CartItem item = new CartItem(this.name, this.sku, this.quantity, this.price, this.category, this.weight,
					this.height, this.width, this.length, null, this.attributes, this.adjustment);
			item.validate("cartItem");
			return item;
		}

	}

}
