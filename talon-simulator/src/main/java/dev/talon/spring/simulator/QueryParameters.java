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
 * Values are as the 2026 spec types them: booleans are {@code true} or {@code false}, {@code silent} is {@code yes}
 * or {@code no}, {@code now} is an RFC 3339 date-time.
 */
final class QueryParameters {

	private final Map<String, String> values;

	private QueryParameters(Map<String, String> values) {
		this.values = values;
	}

	/**
	 * Reads a raw query string; of a repeated parameter the first value counts.
	 * @param rawQuery the query, or {@code null}
	 * @return the parameters
	 * @throws SimulatorApiException (400) when an escape is malformed
	 */
	static QueryParameters parse(String rawQuery) {
		Map<String, String> values = new LinkedHashMap<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = SimulatorHttpHandler.percentDecode((equals < 0) ? pair : pair.substring(0, equals), true);
				String value = (equals < 0) ? "" : SimulatorHttpHandler.percentDecode(pair.substring(equals + 1), true);
				values.putIfAbsent(name, value);
			}
		}
		return new QueryParameters(values);
	}

	/**
	 * Checks the declared parameters' values.
	 * @param declared the parameters of the operation and their kinds
	 * @return the problems, each naming its parameter, in the order of the query
	 */
	List<Violation> validate(Map<String, Kind> declared) {
		List<Violation> violations = new ArrayList<>();
		this.values.forEach((name, value) -> {
			Kind kind = declared.get(name);
			if (kind == null) {
				return;
			}
			String problem = switch (kind) {
				case BOOLEAN -> (value.equals("true") || value.equals("false")) ? null : "must be true or false";
				case YES_NO -> (value.equals("yes") || value.equals("no")) ? null : "must be yes or no";
				case DATE_TIME -> isDateTime(value) ? null : "must be an RFC 3339 date-time";
			};
			if (problem != null) {
				violations.add(Violation.inParameter(name, problem, name + " is \"" + value + "\""));
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
		return "true".equals(this.values.get(name));
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
		String value = this.values.get(name);
		return (value == null) ? byDefault : value.equals("yes");
	}

	/**
	 * A date-time parameter.
	 * @param name its name
	 * @return its instant
	 */
	Instant instant(String name) {
		return OffsetDateTime.parse(this.values.get(name)).toInstant();
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
	 * The kinds of values of query parameters.
	 */
	enum Kind {

		/** {@code true} or {@code false}. */
		BOOLEAN,

		/** {@code yes} or {@code no}, such as {@code silent}. */
		YES_NO,

		/** An RFC 3339 date-time, such as {@code now}. */
		DATE_TIME

	}

}
