package dev.talon.spring.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argument checks and defensive copies shared by the models of every API generation; support code of the models, not
 * an API to call. Every failure is an
 * {@link IllegalArgumentException} whose message starts with the name of the offending field, so that a caller sees
 * at once what to fix, before any request is sent.
 */
public final class Checks {

	private Checks() {
	}

	public static <T> T notNull(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		return value;
	}

	public static String notEmpty(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		return value;
	}

	public static long positive(Long value, String field) {
		notNull(value, field);
		if (value <= 0) {
			throw new IllegalArgumentException(field + " must be positive but was " + value);
		}
		return value;
	}

	public static <T> List<T> copy(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : null;
	}

	public static <V> Map<String, V> copy(Map<String, V> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : null;
	}

	public static <T> List<T> copyOrEmpty(List<T> list) {
		return (list != null) ? copy(list) : List.of();
	}

	public static <V> Map<String, V> copyOrEmpty(Map<String, V> map) {
		return (map != null) ? copy(map) : Map.of();
	}

}
