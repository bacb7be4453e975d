package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The product a cart item belongs to ({@code Product}), such as the model of which the item is one variant.
 *
 * @param name the product's name, required and not blank in a request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Product(String name) {

	/**
	 * A product of the given name.
	 * @param name the product's name, not blank
	 * @return the product
	 */
	public static Product of(String name) {
		return new Product(name);
	}

}
