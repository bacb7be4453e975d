package dev.talon.spring.simulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of a request, checked against the ones its operation declares; undeclared ones are ignored.
 * Values are as the 2026 spec types them ({@link Kind}): booleans are {@code true} or {@code false}, {@code silent} is
 * {@code yes} or {@code no}, date-times are RFC 3339, integers have the spec's bounds, enums its values; an array is
 * either the parameter repeated ({@code explode: true}, {@code ?subledgerId=a&subledgerId=b}) or one comma-separated
 * value ({@code explode: false}, {@code ?campaignIds=1,2}).
 */
final class QueryParameters {

	private final Map<String, List<String>> values;

	private QueryParameters(Map<String, List<String>> values) {
		this.values = values;
	}

	/**
	 * Reads a raw query string; every value of a repeated parameter is kept, in order.
	 * @param rawQuery the query, or {@code null}
	 * @return the parameters
	 * @throws SimulatorApiException (400) when an escape is malformed
	 */
	static QueryParameters parse(String rawQuery) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = SimulatorHttpHandler.percentDecode((equals < 0) ? pair : pair.substring(0, equals), true);
				String value = (equals < 0) ? "" : SimulatorHttpHandler.percentDecode(pair.substring(equals + 1), true);
				values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		return new QueryParameters(values);
	}

	/**
	 * Every parameter sent, declared or not.
	 * @return the values of each parameter, in the order of the query
	 */
	Map<String, List<String>> values() {
		return this.values;
	}

	/**
	 * Checks the declared parameters' values.
	 * @param declared the parameters of the operation and their kinds
	 * @return the problems, each naming its parameter, in the order of the query
	 */
	List<Violation> validate(Map<String, Kind> declared) {
		List<Violation> violations = new ArrayList<>();
		this.values.forEach((name, values) -> {
			Kind kind = declared.get(name);
			if (kind == null) {
				return;
			}
			List<String> checked = (kind.type() == Type.ARRAY) ? values : values.subList(0, 1);
			for (String value : checked) {
				for (String item : kind.items(value)) {
					String problem = kind.problem(item);
					if (problem != null) {
						violations.add(Violation.inParameter(name, problem, name + " is \"" + value + "\""));
						return;
					}
				}
			}
		});
		return violations;
	}

	/**
	 * A boolean parameter.
	 * @param name its name
	 * @return whether it is {@code true} (absent is {@code false})
	 */
	boolean flag(String name) {
		return "true".equals(value(name));
	}

	/**
	 * Whether a parameter was sent.
	 * @param name its name
	 * @return whether it is present
	 */
	boolean has(String name) {
		return this.values.containsKey(name);
	}

	/**
	 * A {@code yes}/{@code no} parameter such as {@code silent}.
	 * @param name its name
	 * @param byDefault its value when absent
	 * @return whether it is {@code yes}
	 */
	boolean yes(String name, boolean byDefault) {
		String value = value(name);
		return (value == null) ? byDefault : value.equals("yes");
	}

	/**
	 * A date-time parameter.
	 * @param name its name
	 * @return its instant, or {@code null} when absent
	 */
	Instant instant(String name) {
		String value = value(name);
		return (value != null) ? OffsetDateTime.parse(value).toInstant() : null;
	}

	/**
	 * An integer parameter.
	 * @param name its name
	 * @param byDefault its value when absent
	 * @return its value
	 */
	long integer(String name, long byDefault) {
		String value = value(name);
		return (value != null) ? Long.parseLong(value) : byDefault;
	}

	/**
	 * A parameter's (first) value.
	 * @param name its name
	 * @return the value, or {@code null} when absent
	 */
	String value(String name) {
		List<String> values = this.values.get(name);
		return (values != null) ? values.get(0) : null;
	}

	/**
	 * The items of an array parameter: the values of every repetition, each split at commas when the array is sent as
	 * one comma-separated value.
	 * @param name its name
	 * @param kind its kind
	 * @return the items, empty when absent
	 */
	List<String> items(String name, Kind kind) {
		List<String> items = new ArrayList<>();
		for (String value : this.values.getOrDefault(name, List.of())) {
			items.addAll(kind.items(value));
		}
		return items;
	}

	private static boolean isDateTime(String value) {
		try {
			OffsetDateTime.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * The JSON Schema types of query parameters, as the spec declares them.
	 */
	enum Type {

		/** {@code type: boolean}. */
		BOOLEAN,

		/** {@code type: string} (with a {@code date-time} format or an enum, or neither). */
		STRING,

		/** {@code type: integer}, {@code format: int64}. */
		INTEGER,

		/** {@code type: array} of strings. */
		ARRAY

	}

	/**
	 * What a query (or path) parameter may be: its type, its bounds, its allowed values and, for an array, how it is
	 * sent.
	 *
	 * @param type the JSON Schema type
	 * @param dateTime whether a string (or an array's items) must be an RFC 3339 date-time
	 * @param minimum the least integer or the least number of characters, or {@code null}
	 * @param maximum the greatest integer or the most characters, or {@code null}
	 * @param allowed the allowed values of a string or of an array's items, empty for any
	 * @param commaSeparated whether an array is sent as one comma-separated value ({@code explode: false})
	 */
	record Kind(Type type, boolean dateTime, Long minimum, Long maximum, List<String> allowed,
			boolean commaSeparated) {

		/** {@code true} or {@code false}. */
		static final Kind BOOLEAN = new Kind(Type.BOOLEAN, false, null, null, List.of("true", "false"), false);

		/** {@code yes} or {@code no}, such as {@code silent} (a string in the spec). */
		static final Kind YES_NO = new Kind(Type.STRING, false, null, null, List.of("yes", "no"), false);

		/** An RFC 3339 date-time, such as {@code now}. */
		static final Kind DATE_TIME = new Kind(Type.STRING, true, null, null, List.of(), false);

		/** Any string. */
		static final Kind STRING = new Kind(Type.STRING, false, null, null, List.of(), false);

		/** Any int64. */
		static final Kind INTEGER = integer(null, null);

		/** {@code skip}: the spec gives it no minimum, the simulator refuses a negative one. */
		static final Kind SKIP = integer(0L, null);

		/** {@code pageSize} of 1 to 1000. */
		static final Kind PAGE_SIZE = integer(1L, 1000L);

		/** An array of strings, the parameter repeated for each one. */
		static final Kind LIST = new Kind(Type.ARRAY, false, null, null, List.of(), false);

		/** An array of strings sent comma-separated. */
		static final Kind CSV = new Kind(Type.ARRAY, false, null, null, List.of(), true);

		static Kind integer(Long minimum, Long maximum) {
			return new Kind(Type.INTEGER, false, minimum, maximum, List.of(), false);
		}

		static Kind string(long minLength, long maxLength) {
			return new Kind(Type.STRING, false, minLength, maxLength, List.of(), false);
		}

		static Kind oneOf(String... values) {
			return new Kind(Type.STRING, false, null, null, List.of(values), false);
		}

		static Kind csvOf(String... values) {
			return new Kind(Type.ARRAY, false, null, null, List.of(values), true);
		}

		/** The items of one value: the value itself, or its comma-separated parts. */
		List<String> items(String value) {
			return this.commaSeparated ? List.of(value.split(",", -1)) : List.of(value);
		}

		/**
		 * What is wrong with one value (one item of an array).
		 * @param value the value
		 * @return the problem, or {@code null} when the value is valid
		 */
		String problem(String value) {
			switch (this.type) {
				case BOOLEAN -> {
					return this.allowed.contains(value) ? null : "must be true or false";
				}
				case INTEGER -> {
					long number;
					try {
						number = Long.parseLong(value);
					}
					catch (NumberFormatException ex) {
						return "must be an integer";
					}
					if (this.minimum != null && number < this.minimum) {
						return "must be at least " + this.minimum;
					}
					if (this.maximum != null && number > this.maximum) {
						return "must be at most " + this.maximum;
					}
					return null;
				}
				default -> {
					int length = value.codePointCount(0, value.length());
					if (this.minimum != null && length < this.minimum) {
						return "must be at least " + this.minimum + " characters long";
					}
					if (this.maximum != null && length > this.maximum) {
						return "must be at most " + this.maximum + " characters long";
					}
					if (!this.allowed.isEmpty() && !this.allowed.contains(value)) {
						return "must be " + String.join(" or ", this.allowed);
					}
					if (this.dateTime && !isDateTime(value)) {
						return "must be an RFC 3339 date-time";
					}
					return null;
				}
			}
		}

	}

}
