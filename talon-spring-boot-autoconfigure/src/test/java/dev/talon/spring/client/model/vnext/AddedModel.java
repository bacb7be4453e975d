package dev.talon.spring.client.model.vnext;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A test fixture: a model of an API generation that does not exist yet, added to a sub-package of the model package
 * without being named anywhere else, to show that the native-image hints cover models added later.
 *
 * @param name a name
 * @param amount an amount
 * @param kind an enum that only this model uses
 * @param parts nested records, reached only through this model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddedModel(String name, BigDecimal amount, Kind kind, List<Part> parts) {

	/**
	 * A nested record.
	 *
	 * @param value a value
	 */
	public record Part(String value) {
	}

	/**
	 * An enum read from and written as a lower-case value.
	 */
	public enum Kind {

		/** The first kind. */
		FIRST;

		/**
		 * The wire value.
		 * @return the value
		 */
		@JsonValue
		public String value() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/**
		 * Reads a wire value.
		 * @param value the value
		 * @return the kind
		 */
		@JsonCreator
		public static Kind fromValue(String value) {
			return valueOf(value.toUpperCase(java.util.Locale.ROOT));
		}

	}

}
