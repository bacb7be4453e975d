package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The request bodies of the v1 operations, as Talon.One's 2017 Integration API spec defines them (and today's
 * {@code NewReferral}, whose path is still current), and their validation; the v2 bodies are in
 * {@link RequestSchemasV2}. Like the spec: {@code NewCustomerSession} and {@code NewEvent} refuse unknown fields, the
 * other definitions ignore them; required fields, types, {@code minLength}/{@code maxLength},
 * {@code minimum}/{@code maximum}, {@code maxItems}, enums, {@code date-time} formats and {@code readOnly} fields
 * (refused in requests) are checked. Every problem becomes a {@link Violation} with a JSON pointer; validation goes on
 * after the first one, up to {@value #MAX_VIOLATIONS}.
 */
sealed interface RequestSchema {

	/** The most violations reported for one body. */
	int MAX_VIOLATIONS = 20;

	/** {@code CartItemAdjustment}. */
	ObjectSchema CART_ITEM_ADJUSTMENT = ObjectSchema.builder("CartItemAdjustment", true)
		.required("payFromLoyaltyProgram", new IntegerSchema(null))
		.required("pointPayment", new IntegerSchema(1L))
		.optional("remainingPrice", new NumberSchema(BigDecimal.ZERO))
		.build();

	/** {@code CartItem}. */
	ObjectSchema CART_ITEM = ObjectSchema.builder("CartItem", true)
		.required("name", StringSchema.NOT_EMPTY)
		.required("sku", StringSchema.NOT_EMPTY)
		.required("quantity", new IntegerSchema(1L))
		.required("price", NumberSchema.ANY)
		.optional("category", StringSchema.ANY)
		.optional("weight", NumberSchema.ANY)
		.optional("height", NumberSchema.ANY)
		.optional("width", NumberSchema.ANY)
		.optional("length", NumberSchema.ANY)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.optional("adjustment", CART_ITEM_ADJUSTMENT)
		.build();

	/** {@code NewCustomerSession}, the body of {@code updateCustomerSession}. */
	ObjectSchema NEW_CUSTOMER_SESSION = ObjectSchema.builder("NewCustomerSession", false)
		.optional("profileId", StringSchema.ANY)
		.optional("coupon", StringSchema.ANY)
		.optional("referral", StringSchema.ANY)
		.optional("state", new StringSchema(0, List.of("open", "closed", "cancelled"), false))
		.optional("cartItems", new ArraySchema(CART_ITEM))
		.optional("total", NumberSchema.ANY)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.build();

	/** {@code NewEvent}, the body of {@code trackEvent}. */
	ObjectSchema NEW_EVENT = ObjectSchema.builder("NewEvent", false)
		.optional("profileId", StringSchema.ANY)
		.required("sessionId", StringSchema.NOT_EMPTY)
		.required("type", StringSchema.NOT_EMPTY)
		.required("attributes", FreeFormObjectSchema.INSTANCE)
		.build();

	/**
	 * {@code NewReferral}, the body of {@code createReferral}: today's definition (2026 spec), which the 2017 one
	 * grew into ({@code usageLimit} 0..999999, {@code attributes}, at most 1000 characters of advocate id), as
	 * {@code POST /v1/referrals} is still a current operation.
	 */
	ObjectSchema NEW_REFERRAL = ObjectSchema.builder("NewReferral", true)
		.optional("startDate", StringSchema.DATE_TIME)
		.optional("expiryDate", StringSchema.DATE_TIME)
		.optional("usageLimit", new IntegerSchema(0L, 999_999L))
		.required("campaignId", new IntegerSchema(null))
		.required("advocateProfileIntegrationId", StringSchema.maxLength(1000))
		.optional("friendProfileIntegrationId", StringSchema.ANY)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.build();

	/** {@code NewCustomerProfile}, the body of {@code updateCustomerProfile}. */
	ObjectSchema NEW_CUSTOMER_PROFILE = ObjectSchema.builder("NewCustomerProfile", true)
		.optional("attributes", FreeFormObjectSchema.INSTANCE)
		.build();

	/** {@code CustomerProfileSearch}, the body of {@code getCustomerProfilesByAttributes}. */
	ObjectSchema CUSTOMER_PROFILE_SEARCH = ObjectSchema.builder("CustomerProfileSearch", true)
		.required("attributes", FreeFormObjectSchema.INSTANCE)
		.build();

	/**
	 * Adds the problems of a value to a list.
	 * @param value the value, not {@code null} (a JSON {@code null} is a {@code NullNode})
	 * @param pointer the value's JSON pointer
	 * @param name the value's name for messages, such as {@code quantity}
	 * @param violations the list to add to
	 */
	void check(JsonNode value, String pointer, String name, List<Violation> violations);

	/**
	 * Validates a whole request body against this schema.
	 * @param body the parsed body
	 * @return the problems, empty when the body is valid
	 */
	default List<Violation> validate(JsonNode body) {
		List<Violation> violations = new ArrayList<>();
		check(body, "", "the body", violations);
		return (violations.size() > MAX_VIOLATIONS) ? List.copyOf(violations.subList(0, MAX_VIOLATIONS))
				: List.copyOf(violations);
	}

	/**
	 * Escapes a property name for a JSON pointer (RFC 6901).
	 * @param name the property name
	 * @return the escaped name
	 */
	static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * A string.
	 *
	 * @param minLength the least number of characters
	 * @param maxLength the most characters, or {@code Integer.MAX_VALUE} for no limit
	 * @param allowed the allowed values, empty for any
	 * @param format {@code date-time} or {@code uuid}, or {@code null} for none
	 * @param pattern a regular expression the string must contain a match of (anchor it to match the whole string),
	 * or {@code null}
	 */
	record StringSchema(int minLength, int maxLength, List<String> allowed, String format,
			Pattern pattern) implements RequestSchema {

		static final StringSchema ANY = new StringSchema(0, List.of(), false);

		static final StringSchema NOT_EMPTY = new StringSchema(1, List.of(), false);

		static final StringSchema DATE_TIME = new StringSchema(0, List.of(), true);

		/** {@code format: uuid}: 8-4-4-4-12 hexadecimal digits. */
		static final StringSchema UUID = new StringSchema(0, Integer.MAX_VALUE, List.of(), "uuid", null);

		private static final Pattern UUID_PATTERN = Pattern
			.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

		/**
		 * A string without an upper limit.
		 * @param minLength the least number of characters
		 * @param allowed the allowed values, empty for any
		 * @param dateTime whether it must be an RFC 3339 date-time
		 */
		StringSchema(int minLength, List<String> allowed, boolean dateTime) {
			this(minLength, Integer.MAX_VALUE, allowed, dateTime ? "date-time" : null, null);
		}

		static StringSchema maxLength(int maxLength) {
			return new StringSchema(0, maxLength, List.of(), null, null);
		}

		static StringSchema length(int minLength, int maxLength) {
			return new StringSchema(minLength, maxLength, List.of(), null, null);
		}

		static StringSchema matching(int minLength, int maxLength, String regex) {
			return new StringSchema(minLength, maxLength, List.of(), null, Pattern.compile(regex));
		}

		static StringSchema oneOf(String... allowed) {
			return new StringSchema(0, List.of(allowed), false);
		}

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isString()) {
				violations.add(new Violation(pointer, "must be a string", name + " is " + describe(value)));
				return;
			}
			String text = value.stringValue();
			int length = text.codePointCount(0, text.length());
			if (length < this.minLength) {
				violations.add(new Violation(pointer,
						(this.minLength == 1) ? "must not be empty"
								: "must be at least " + this.minLength + " characters long",
						name + " is \"" + text + "\""));
			}
			else if (length > this.maxLength) {
				violations.add(new Violation(pointer, "must be at most " + this.maxLength + " characters long",
						name + " has " + length + " characters"));
			}
			else if (!this.allowed.isEmpty() && !this.allowed.contains(text)) {
				violations.add(new Violation(pointer, "must be one of " + String.join(", ", this.allowed),
						name + " is \"" + text + "\""));
			}
			else if (this.pattern != null && !this.pattern.matcher(text).find()) {
				violations.add(new Violation(pointer, "must match " + this.pattern.pattern(),
						name + " is \"" + text + "\""));
			}
			else if ("uuid".equals(this.format) && !UUID_PATTERN.matcher(text).matches()) {
				violations.add(new Violation(pointer, "must be a UUID", name + " is \"" + text + "\""));
			}
			else if ("date-time".equals(this.format)) {
				try {
					OffsetDateTime.parse(text);
				}
				catch (DateTimeParseException ex) {
					violations.add(new Violation(pointer, "must be an RFC 3339 date-time",
							name + " is \"" + text + "\""));
				}
			}
		}

	}

	/**
	 * A whole number (int64).
	 *
	 * @param minimum the least value, or {@code null} for none
	 * @param maximum the greatest value, or {@code null} for none
	 */
	record IntegerSchema(Long minimum, Long maximum) implements RequestSchema {

		static final IntegerSchema ANY = new IntegerSchema(null);

		/**
		 * A whole number without an upper limit.
		 * @param minimum the least value, or {@code null} for none
		 */
		IntegerSchema(Long minimum) {
			this(minimum, null);
		}

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isIntegralNumber()) {
				violations.add(new Violation(pointer, "must be an integer", name + " is " + describe(value)));
				return;
			}
			if (!value.canConvertToLong()) {
				violations.add(new Violation(pointer, "is too large", name + " is " + value));
				return;
			}
			if (this.minimum != null && value.asLong() < this.minimum) {
				violations.add(new Violation(pointer, "must be at least " + this.minimum, name + " is " + value));
			}
			else if (this.maximum != null && value.asLong() > this.maximum) {
				violations.add(new Violation(pointer, "must be at most " + this.maximum, name + " is " + value));
			}
		}

	}

	/**
	 * A number.
	 *
	 * @param minimum the least value, or {@code null} for none
	 */
	record NumberSchema(BigDecimal minimum) implements RequestSchema {

		static final NumberSchema ANY = new NumberSchema(null);

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isNumber()) {
				violations.add(new Violation(pointer, "must be a number", name + " is " + describe(value)));
				return;
			}
			if (this.minimum != null && value.decimalValue().compareTo(this.minimum) < 0) {
				violations.add(new Violation(pointer, "must be at least " + this.minimum.toPlainString(),
						name + " is " + value));
			}
		}

	}

	/**
	 * A boolean.
	 */
	record BooleanSchema() implements RequestSchema {

		static final BooleanSchema INSTANCE = new BooleanSchema();

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isBoolean()) {
				violations.add(new Violation(pointer, "must be a boolean", name + " is " + describe(value)));
			}
		}

	}

	/**
	 * A free-form JSON object (attributes).
	 */
	record FreeFormObjectSchema() implements RequestSchema {

		static final FreeFormObjectSchema INSTANCE = new FreeFormObjectSchema();

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isObject()) {
				violations.add(new Violation(pointer, "must be an object", name + " is " + describe(value)));
			}
		}

	}

	/**
	 * An array whose items all match a schema.
	 *
	 * @param items the schema of the items
	 * @param minItems the least number of items
	 * @param maxItems the most items, or {@code Integer.MAX_VALUE} for no limit
	 * @param uniqueItems whether no two items may be equal
	 */
	record ArraySchema(RequestSchema items, int minItems, int maxItems, boolean uniqueItems) implements RequestSchema {

		/**
		 * An array of any length.
		 * @param items the schema of the items
		 */
		ArraySchema(RequestSchema items) {
			this(items, 0, Integer.MAX_VALUE, false);
		}

		/**
		 * An array of at most {@code maxItems} items.
		 * @param items the schema of the items
		 * @param maxItems the most items
		 */
		ArraySchema(RequestSchema items, int maxItems) {
			this(items, 0, maxItems, false);
		}

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isArray()) {
				violations.add(new Violation(pointer, "must be an array", name + " is " + describe(value)));
				return;
			}
			if (value.size() > this.maxItems) {
				violations.add(new Violation(pointer, "must have at most " + this.maxItems + " items",
						name + " has " + value.size() + " items"));
				return;
			}
			if (value.size() < this.minItems) {
				violations.add(new Violation(pointer, "must have at least " + this.minItems + " items",
						name + " has " + value.size() + " items"));
			}
			if (this.uniqueItems) {
				Set<JsonNode> seen = new HashSet<>();
				for (JsonNode item : value) {
					if (!seen.add(item)) {
						violations.add(new Violation(pointer, "must not have duplicate items",
								name + " has " + item + " more than once"));
						break;
					}
				}
			}
			for (int i = 0; i < value.size() && violations.size() <= MAX_VIOLATIONS; i++) {
				this.items.check(value.get(i), pointer + "/" + i, name + "[" + i + "]", violations);
			}
		}

	}

	/**
	 * A value that may also be {@code null} ({@code nullable: true}).
	 *
	 * @param schema the schema of a value that is not {@code null}
	 */
	record NullableSchema(RequestSchema schema) implements RequestSchema {

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isNull()) {
				this.schema.check(value, pointer, name, violations);
			}
		}

	}

	/**
	 * Any JSON value ({@code {}} in the spec).
	 */
	record AnySchema() implements RequestSchema {

		static final AnySchema INSTANCE = new AnySchema();

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
		}

	}

	/**
	 * A JSON object whose values all match a schema, such as {@code additionalCosts} (a map of name to
	 * {@code AdditionalCost}).
	 *
	 * @param values the schema of the values
	 */
	record MapSchema(RequestSchema values) implements RequestSchema {

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isObject()) {
				violations.add(new Violation(pointer, "must be an object", name + " is " + describe(value)));
				return;
			}
			for (Map.Entry<String, JsonNode> entry : value.properties()) {
				this.values.check(entry.getValue(), pointer + "/" + escape(entry.getKey()), entry.getKey(), violations);
			}
		}

	}

	/**
	 * A field the spec marks {@code readOnly}: Talon.One computes it, so a request must not send it.
	 */
	record ReadOnlySchema() implements RequestSchema {

		static final ReadOnlySchema INSTANCE = new ReadOnlySchema();

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			violations.add(new Violation(pointer, "is read-only",
					name + " is computed by Talon.One and must not be sent in a request"));
		}

	}

	/**
	 * A schema with a further constraint that its definition states in prose only, such as the 1000 cart items of a
	 * session; the constraint is checked when the value matches the schema.
	 *
	 * @param schema the schema
	 * @param constraint the constraint
	 */
	record ConstrainedSchema(RequestSchema schema, Constraint constraint) implements RequestSchema {

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			int before = violations.size();
			this.schema.check(value, pointer, name, violations);
			if (violations.size() == before) {
				this.constraint.check(value, pointer, name, violations);
			}
		}

	}

	/**
	 * A constraint of a {@link ConstrainedSchema}.
	 */
	@FunctionalInterface
	interface Constraint {

		/**
		 * Adds the problems of a value that matches the constrained schema.
		 * @param value the value
		 * @param pointer its JSON pointer
		 * @param name its name for messages
		 * @param violations the list to add to
		 */
		void check(JsonNode value, String pointer, String name, List<Violation> violations);

	}

	/**
	 * An object with known properties.
	 *
	 * @param definition the spec's name of the definition, such as {@code CartItem}
	 * @param properties the known properties, in the spec's order
	 * @param required the names of the required properties
	 * @param additionalProperties whether unknown properties are allowed (and ignored)
	 */
	record ObjectSchema(String definition, Map<String, RequestSchema> properties, Set<String> required,
			boolean additionalProperties) implements RequestSchema {

		static Builder builder(String definition, boolean additionalProperties) {
			return new Builder(definition, additionalProperties);
		}

		@Override
		public void check(JsonNode value, String pointer, String name, List<Violation> violations) {
			if (!value.isObject()) {
				violations.add(new Violation(pointer, "must be an object",
						name + " must be a " + this.definition + " object but is " + describe(value)));
				return;
			}
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				String key = property.getKey();
				String at = pointer + "/" + escape(key);
				RequestSchema schema = this.properties.get(key);
				if (schema != null) {
					schema.check(property.getValue(), at, key, violations);
				}
				else if (!this.additionalProperties) {
					violations.add(new Violation(at, "unknown field",
							this.definition + " has no field \"" + key + "\"; its fields are "
									+ String.join(", ", this.properties.keySet())));
				}
			}
			for (String field : this.required) {
				if (!value.has(field)) {
					violations.add(new Violation(pointer + "/" + escape(field), "is required",
							this.definition + " needs \"" + field + "\""));
				}
			}
		}

		static final class Builder {

			private final String definition;

			private final boolean additionalProperties;

			private final Map<String, RequestSchema> properties = new LinkedHashMap<>();

			private final List<String> required = new ArrayList<>();

			private Builder(String definition, boolean additionalProperties) {
				this.definition = definition;
				this.additionalProperties = additionalProperties;
			}

			Builder required(String name, RequestSchema schema) {
				this.required.add(name);
				return optional(name, schema);
			}

			Builder optional(String name, RequestSchema schema) {
				this.properties.put(name, schema);
				return this;
			}

			ObjectSchema build() {
				return new ObjectSchema(this.definition, Collections.unmodifiableMap(new LinkedHashMap<>(this.properties)),
						Collections.unmodifiableSet(new LinkedHashSet<>(this.required)), this.additionalProperties);
			}

		}

	}

	/**
	 * Describes a value's JSON type for a message.
	 * @param value the value
	 * @return such as {@code a string ("12")}
	 */
	private static String describe(JsonNode value) {
		if (value.isNull()) {
			return "null";
		}
		if (value.isString()) {
			return "a string (\"" + value.stringValue() + "\")";
		}
		if (value.isNumber()) {
			return "the number " + value;
		}
		if (value.isBoolean()) {
			return "the boolean " + value;
		}
		return value.isArray() ? "an array" : "an object";
	}

}
