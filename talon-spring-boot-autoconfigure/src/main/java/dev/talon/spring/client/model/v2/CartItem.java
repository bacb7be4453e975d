package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * One line of a v2 cart ({@code CartItem}), in requests ({@link NewCustomerSessionV2#cartItems()}) and in answers
 * ({@link CustomerSessionV2#cartItems()}).
 * <p>
 * In a request {@code sku} (not blank) and {@code quantity} (at least 1) are required; {@code price} is required
 * unless the item is in a catalog (a price given overrides the catalog's) and must not be negative; a price of
 * {@code 0} is sent as {@code 0}. Talon.One splits an item of quantity <i>n</i> into <i>n</i> units ("cart item
 * flattening"): per-item effects name the line by its {@link #position()} and the unit by a sub-position. The fields
 * marked read-only are computed by Talon.One: they are read from answers but never sent, even when an item read from
 * an answer is put into a request. The constraints are checked by {@link Builder#build()} and by
 * {@link NewCustomerSessionV2}; the canonical constructor checks nothing, as an answer is read as Talon.One sent it.
 *
 * @param name the item's name (optional)
 * @param sku the stock keeping unit
 * @param quantity the number of units, at least 1
 * @param returnedQuantity how many units were returned (read-only)
 * @param remainingQuantity how many units remain after returns (read-only)
 * @param price the price of one unit in the application's currency (optional for catalog items)
 * @param category the type, group or model of the item (optional)
 * @param product the product the item belongs to (optional)
 * @param weight the weight in grams (optional)
 * @param height the height in mm (optional)
 * @param width the width in mm (optional)
 * @param length the length in mm (optional)
 * @param position the index of the line in the session's {@code cartItems}, from 0 (read-only)
 * @param attributes the item's custom attributes (optional); on an update, attributes of the item that are not sent
 * are removed
 * @param additionalCosts the item's additional costs by API name, such as a per-item shipping cost (optional)
 * @param catalogItemID the catalog item (read-only)
 * @param selectedPriceType the price type chosen for the item, such as a members' price (read-only)
 * @param adjustmentReferenceId the price adjustment that gave the selected price, a UUID (read-only)
 * @param adjustmentEffectiveFrom from when that price adjustment applies (read-only)
 * @param adjustmentEffectiveUntil until when that price adjustment applies (read-only)
 * @param prices the item's prices by price type (read-only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartItem(String name, String sku, Integer quantity, Integer returnedQuantity, Integer remainingQuantity,
		BigDecimal price, String category, Product product, BigDecimal weight, BigDecimal height, BigDecimal width,
		BigDecimal length, Integer position, Map<String, Object> attributes, Map<String, AdditionalCost> additionalCosts,
		Long catalogItemID, String selectedPriceType, String adjustmentReferenceId,
		OffsetDateTime adjustmentEffectiveFrom, OffsetDateTime adjustmentEffectiveUntil,
		Map<String, PriceDetail> prices) {

	/**
	 * Copies the maps, so that the item is immutable. Missing maps stay {@code null}: an empty attribute map sent in a
	 * request would remove the item's attributes.
	 * @param name the item's name (optional)
	 * @param sku the stock keeping unit
	 * @param quantity the number of units, at least 1
	 * @param returnedQuantity how many units were returned (read-only)
	 * @param remainingQuantity how many units remain after returns (read-only)
	 * @param price the price of one unit in the application's currency (optional for catalog items)
	 * @param category the type, group or model of the item (optional)
	 * @param product the product the item belongs to (optional)
	 * @param weight the weight in grams (optional)
	 * @param height the height in mm (optional)
	 * @param width the width in mm (optional)
	 * @param length the length in mm (optional)
	 * @param position the index of the line in the session's {@code cartItems}, from 0 (read-only)
	 * @param attributes the item's custom attributes (optional); on an update, attributes of the item that are not sent
	 * are removed
	 * @param additionalCosts the item's additional costs by API name, such as a per-item shipping cost (optional)
	 * @param catalogItemID the catalog item (read-only)
	 * @param selectedPriceType the price type chosen for the item, such as a members' price (read-only)
	 * @param adjustmentReferenceId the price adjustment that gave the selected price, a UUID (read-only)
	 * @param adjustmentEffectiveFrom from when that price adjustment applies (read-only)
	 * @param adjustmentEffectiveUntil until when that price adjustment applies (read-only)
	 * @param prices the item's prices by price type (read-only)
	 */
	public CartItem {
		attributes = Checks.copy(attributes);
		additionalCosts = Checks.copy(additionalCosts);
		prices = Checks.copy(prices);
	}

	/**
	 * Starts a cart item with its required fields.
	 * @param sku the stock keeping unit, not blank
	 * @param quantity the number of units, at least 1
	 * @return a builder
	 */
	public static Builder builder(String sku, int quantity) {
		return new Builder(sku, quantity);
	}

	/**
	 * This item as it is sent: without the read-only fields that only Talon.One sets.
	 * @return this item, or a copy without the read-only fields
	 */
	CartItem forRequest() {
		if (this.returnedQuantity == null && this.remainingQuantity == null && this.position == null
				&& this.catalogItemID == null && this.selectedPriceType == null && this.adjustmentReferenceId == null
				&& this.adjustmentEffectiveFrom == null && this.adjustmentEffectiveUntil == null && this.prices == null) {
			return this;
		}
		return new CartItem(this.name, this.sku, this.quantity, null, null, this.price, this.category, this.product,
				this.weight, this.height, this.width, this.length, null, this.attributes, this.additionalCosts, null,
				null, null, null, null, null);
	}

	/**
	 * Checks the constraints of a cart item in a request.
	 * @param field the field to report, such as {@code cartItems[2]}
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	void validate(String field) {
		Checks.notEmpty(this.sku, field + ".sku");
		Checks.notNull(this.quantity, field + ".quantity");
		RequestChecks.atLeast(this.quantity, 1, field + ".quantity");
		RequestChecks.notNegative(this.price, field + ".price");
		if (this.product != null) {
			Checks.notEmpty(this.product.name(), field + ".product.name");
		}
		Checks.plainDecimal(this.weight, field + ".weight");
		Checks.plainDecimal(this.height, field + ".height");
		Checks.plainDecimal(this.width, field + ".width");
		Checks.plainDecimal(this.length, field + ".length");
		Checks.attributes(this.attributes, field + ".attributes");
		AdditionalCost.validate(this.additionalCosts, field + ".additionalCosts");
	}

	/**
	 * Builds a {@link CartItem} for a request, checking its constraints.
	 */
	public static final class Builder {

		private final String sku;

		private final int quantity;

		private String name;

		private BigDecimal price;

		private String category;

		private Product product;

		private BigDecimal weight;

		private BigDecimal height;

		private BigDecimal width;

		private BigDecimal length;

		private Map<String, Object> attributes;

		private Map<String, AdditionalCost> additionalCosts;

		private Builder(String sku, int quantity) {
			this.sku = sku;
			this.quantity = quantity;
		}

		/**
		 * Sets the name.
		 * @param name the item's name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets the unit price; required unless the item is in a catalog, where it overrides the catalog's price.
		 * @param price the price of one unit, not negative; {@code 0} is sent as {@code 0}
		 * @return this builder
		 */
		public Builder price(BigDecimal price) {
			this.price = price;
			return this;
		}

		/**
		 * Sets the category.
		 * @param category the type, group or model of the item
		 * @return this builder
		 */
		public Builder category(String category) {
			this.category = category;
			return this;
		}

		/**
		 * Sets the product the item belongs to.
		 * @param productName the product's name, not blank
		 * @return this builder
		 */
		public Builder product(String productName) {
			this.product = (productName != null) ? new Product(productName) : null;
			return this;
		}

		/**
		 * Sets the weight.
		 * @param weight the weight in grams
		 * @return this builder
		 */
		public Builder weight(BigDecimal weight) {
			this.weight = weight;
			return this;
		}

		/**
		 * Sets the dimensions.
		 * @param height the height in mm
		 * @param width the width in mm
		 * @param length the length in mm
		 * @return this builder
		 */
		public Builder dimensions(BigDecimal height, BigDecimal width, BigDecimal length) {
			this.height = height;
			this.width = width;
			this.length = length;
			return this;
		}

		/**
		 * Replaces the custom item attributes, which must exist in the Campaign Manager. Attributes of the item that
		 * an update does not send are removed.
		 * @param attributes the attributes by name
		 * @return this builder
		 */
		public Builder attributes(Map<String, Object> attributes) {
			this.attributes = Builders.map(attributes);
			return this;
		}

		/**
		 * Sets one custom item attribute.
		 * @param name the attribute's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder attribute(String name, Object value) {
			this.attributes = Builders.put(this.attributes, name, value);
			return this;
		}

		/**
		 * Sets one additional cost of this item, which must exist in the Campaign Manager.
		 * @param name the additional cost's API name, such as {@code shipping}
		 * @param price its price, not negative
		 * @return this builder
		 */
		public Builder additionalCost(String name, BigDecimal price) {
			this.additionalCosts = Builders.put(this.additionalCosts, name, new AdditionalCost(price));
			return this;
		}

		/**
		 * Builds the item.
		 * @return the cart item
		 * @throws IllegalArgumentException naming the field that violates a constraint
		 */
		public CartItem build() {
			CartItem item = new CartItem(this.name, this.sku, this.quantity, null, null, this.price, this.category,
					this.product, this.weight, this.height, this.width, this.length, null, this.attributes,
					this.additionalCosts, null, null, null, null, null, null);
			item.validate("cartItem");
			return item;
		}

	}

}
