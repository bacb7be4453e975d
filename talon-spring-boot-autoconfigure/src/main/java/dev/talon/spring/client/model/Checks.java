package dev.talon.spring.client.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argument checks and defensive copies shared by the models of every API generation; support code of the models, not
 * an API to call. Every failure is an
 * {@link IllegalArgumentException} whose message starts with the name of the offending field, so that a caller sees
 * at once what to fix, before any request is sent.
 */
public final class Checks {

	/** How deeply attribute values may nest maps, lists and arrays (Jackson's own limit is 1000). */
	public static final int MAX_ATTRIBUTE_DEPTH = 100;

	/** The greatest scale (either way) of a decimal that Jackson writes as a plain number. */
	public static final int MAX_PLAIN_SCALE = 9999;

	private Checks() {
	}

	/**
	 * Checks that a value is present.
	 * @param <T> the type of the value
	 * @param value the value
	 * @param field the name of the field, as the message starts with it
	 * @return the value
	 * @throws IllegalArgumentException when the value is {@code null}
	 */
	public static <T> T notNull(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		return value;
	}

	/**
	 * Checks that a text has a non-blank value.
	 * @param value the text
	 * @param field the name of the field, as the message starts with it
	 * @return the text
	 * @throws IllegalArgumentException when the text is {@code null} or blank
	 */
	public static String notEmpty(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		return value;
	}

	/**
	 * Checks that a number is present and greater than zero.
	 * @param value the number
	 * @param field the name of the field, as the message starts with it
	 * @return the number
	 * @throws IllegalArgumentException when the number is {@code null}, zero or negative
	 */
	public static long positive(Long value, String field) {
		notNull(value, field);
		if (value <= 0) {
			throw new IllegalArgumentException(field + " must be positive but was " + value);
		}
		return value;
	}

	/**
	 * Checks that an optional decimal can be written as a plain JSON number: Talon.One's numbers are written without
	 * exponent, and Jackson refuses to write a decimal whose scale lies outside {@value #MAX_PLAIN_SCALE} either way
	 * (such as {@code 1E+10000}) rather than write ten thousand digits.
	 * @param value the decimal, or {@code null} (not checked)
	 * @param field the field name to report
	 * @return the value
	 */
	public static BigDecimal plainDecimal(BigDecimal value, String field) {
		if (value != null && Math.abs((long) value.scale()) > MAX_PLAIN_SCALE) {
			throw new IllegalArgumentException(field + " cannot be written as a plain JSON number: its scale "
					+ value.scale() + " lies outside -" + MAX_PLAIN_SCALE + ".." + MAX_PLAIN_SCALE);
		}
		return value;
	}

	/**
	 * Checks free-form attributes before they are sent: names must not be {@code null}, and every decimal, however
	 * deeply nested in maps, collections and arrays, must pass {@link #plainDecimal(BigDecimal, String)}. Other
	 * values are not inspected: a value that Jackson cannot write fails when the request is written.
	 * @param attributes the attributes, or {@code null} (not checked)
	 * @param field the field name to report, such as {@code attributes}
	 * @return the attributes
	 */
	public static Map<String, ?> attributes(Map<String, ?> attributes, String field) {
		if (attributes != null) {
			attributes.forEach((name, value) -> {
				if (name == null) {
					throw new IllegalArgumentException(field + " must not contain a null name");
				}
				attributeValue(value, field + "." + name, Collections.newSetFromMap(new IdentityHashMap<>()));
			});
		}
		return attributes;
	}

	private static void attributeValue(Object value, String field, Set<Object> enclosing) {
		if (value instanceof BigDecimal decimal) {
			plainDecimal(decimal, field);
			return;
		}
		if (!(value instanceof Map<?, ?> || value instanceof Iterable<?> || value instanceof Object[])) {
			return;
		}
		if (!enclosing.add(value)) {
			throw new IllegalArgumentException(field + " cannot be written as JSON: it contains itself");
		}
		if (enclosing.size() > MAX_ATTRIBUTE_DEPTH) {
			throw new IllegalArgumentException(field + " cannot be written as JSON: it is nested more than "
					+ MAX_ATTRIBUTE_DEPTH + " levels deep");
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> attributeValue(nested, field + "." + key, enclosing));
		}
		else if (value instanceof Iterable<?> iterable) {
			int i = 0;
			for (Object nested : iterable) {
				attributeValue(nested, field + "[" + i++ + "]", enclosing);
			}
		}
		else {
			Object[] array = (Object[]) value;
			for (int i = 0; i < array.length; i++) {
				attributeValue(array[i], field + "[" + i + "]", enclosing);
			}
		}
		enclosing.remove(value);
	}

	/**
	 * An unmodifiable copy of a list, keeping {@code null} (a field that is not sent).
	 * @param <T> the type of the elements
	 * @param list the list, or {@code null}
	 * @return the copy, or {@code null}
	 */
	public static <T> List<T> copy(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : null;
	}

	/**
	 * An unmodifiable copy of a map that keeps its order, keeping {@code null} (a field that is not sent).
	 * @param <V> the type of the values
	 * @param map the map, or {@code null}
	 * @return the copy, or {@code null}
	 */
	public static <V> Map<String, V> copy(Map<String, V> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : null;
	}

	/**
	 * An unmodifiable copy of a list, turning {@code null} (a field missing from an answer) into an empty list.
	 * @param <T> the type of the elements
	 * @param list the list, or {@code null}
	 * @return the copy, empty when the list is {@code null}
	 */
	public static <T> List<T> copyOrEmpty(List<T> list) {
		return (list != null) ? copy(list) : List.of();
	}

	/**
	 * An unmodifiable copy of a map that keeps its order, turning {@code null} (a field missing from an answer) into
	 * an empty map.
	 * @param <V> the type of the values
	 * @param map the map, or {@code null}
	 * @return the copy, empty when the map is {@code null}
	 */
	public static <V> Map<String, V> copyOrEmpty(Map<String, V> map) {
		return (map != null) ? copy(map) : Map.of();
	}

}
