package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the options of the v2 operations do alike: write each query parameter as the spec writes it (a time as an
 * RFC 3339 date-time with its offset, an array as one parameter per value) and check the page of a paged read.
 * Parameters left {@code null} or empty are not sent.
 */
final class Queries {

	/** The largest page Talon.One answers (every paged read of the Integration API). */
	static final int MAX_PAGE_SIZE = 1000;

	private Queries() {
	}

	static void put(Map<String, List<String>> parameters, String name, Object value) {
		if (value instanceof OffsetDateTime time) {
			parameters.put(name, List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)));
		}
		else if (value != null) {
			parameters.put(name, List.of(value.toString()));
		}
	}

	/** Puts {@code true} when the flag is set; a flag that is not set is not sent (Talon.One's default). */
	static void flag(Map<String, List<String>> parameters, String name, boolean value) {
		if (value) {
			parameters.put(name, List.of("true"));
		}
	}

	/** An array parameter with {@code explode: true}: sent once per value ({@code a=1&a=2}). */
	static <T> void putAll(Map<String, List<String>> parameters, String name, List<T> values,
			Function<T, String> text) {
		if (!values.isEmpty()) {
			parameters.put(name, values.stream().map(text).toList());
		}
	}

	/** An array parameter with {@code explode: false}: sent once, its values separated by commas ({@code a=1,2}). */
	static <T> void putJoined(Map<String, List<String>> parameters, String name, List<T> values,
			Function<T, String> text) {
		if (!values.isEmpty()) {
			parameters.put(name, List.of(String.join(",", values.stream().map(text).toList())));
		}
	}

	/** Checks the page: a size of 1 to 1000 and a non-negative offset, each optional. */
	static void page(Integer pageSize, Long skip) {
		if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
			throw new IllegalArgumentException(
					"pageSize must be between 1 and " + MAX_PAGE_SIZE + " but was " + pageSize);
		}
		if (skip != null && skip < 0) {
			throw new IllegalArgumentException("skip must not be negative but was " + skip);
		}
	}

}
