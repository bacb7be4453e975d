package dev.talon.spring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where in the request an error was found (the spec's {@code ErrorSource}); usually one of the fields is set.
 *
 * @param pointer a JSON pointer into the request body, such as {@code /cartItems/0/sku}
 * @param parameter the query parameter or header, such as {@code Authorization}
 * @param line the line number in an uploaded multipart file (today's API only)
 * @param resource a pointer to the resource that caused the error (today's API only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorSource(String pointer, String parameter, Long line, String resource) {

	/**
	 * A source with a pointer or a parameter only, as in the v1 spec.
	 * @param pointer a JSON pointer into the request body
	 * @param parameter the query parameter or header
	 */
	public ErrorSource(String pointer, String parameter) {
		this(pointer, parameter, null, null);
	}

	@Override
	public String toString() {
		if (this.pointer != null) {
			return this.pointer;
		}
		if (this.parameter != null) {
			return "parameter " + this.parameter;
		}
		if (this.resource != null) {
			return "resource " + this.resource;
		}
		return (this.line != null) ? "line " + this.line : "";
	}

}
