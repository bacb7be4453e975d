package dev.talon.spring.client.model.v2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the builders of the v2 requests do alike: copy what they are given, so that a later change of the caller's
 * collection does not change the request, and collect named values one by one. {@code null} stays {@code null}: an
 * unset field is omitted from the request.
 */
final class Builders {

	private Builders() {
	}

	static <T> List<T> list(Collection<? extends T> values) {
		return (values != null) ? new ArrayList<>(values) : null;
	}

	@SafeVarargs
	static <T> List<T> list(T... values) {
		return (values != null) ? new ArrayList<>(Arrays.asList(values)) : null;
	}

	static <V> Map<String, V> map(Map<String, ? extends V> values) {
		return (values != null) ? new LinkedHashMap<>(values) : null;
	}

	/**
	 * Puts one named value, creating the map on the first one.
	 * @return the map
	 */
	static <V> Map<String, V> put(Map<String, V> values, String name, V value) {
		Map<String, V> map = (values != null) ? values : new LinkedHashMap<>();
		map.put(name, value);
		return map;
	}

}
