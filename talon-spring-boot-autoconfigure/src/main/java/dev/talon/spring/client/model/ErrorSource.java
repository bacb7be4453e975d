package dev.talon.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where in the request an error was found; at most one of the fields is set.
 *
 * @param pointer a JSON pointer into the request body, such as {@code /cartItems/0/sku}
 * @param parameter the query parameter
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorSource(String pointer, String parameter) {

	@Override
	public String toString() {
		if (this.pointer != null) {
			return this.pointer;
		}
		return (this.parameter != null) ? "parameter " + this.parameter : "";
	}

}
