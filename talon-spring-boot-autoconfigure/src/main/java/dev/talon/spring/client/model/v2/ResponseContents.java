package dev.talon.spring.client.model.v2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.talon.spring.client.model.Checks;

/**
 * The {@code responseContent} lists of the v2 requests: each operation has an enum of its own, as the spec allows
 * different values on each.
 */
final class ResponseContents {

	private ResponseContents() {
	}

	/**
	 * Copies a response content list, without duplicates; an empty list becomes {@code null}, so that it is omitted.
	 * @param <E> the operation's enum
	 * @param values the values, or {@code null}
	 * @param field the field name to report
	 * @return an unmodifiable list in the given order, or {@code null}
	 */
	static <E extends Enum<E>> List<E> copy(List<E> values, String field) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		Set<E> distinct = new LinkedHashSet<>();
		for (int i = 0; i < values.size(); i++) {
			distinct.add(Checks.notNull(values.get(i), field + "[" + i + "]"));
		}
		return List.copyOf(new ArrayList<>(distinct));
	}

}
