package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * One page of a paged read of the Integration API ({@code {hasMore, data}} or {@code {totalResultSize, data}} in the
 * spec): the items, and whether more follow.
 *
 * @param <T> the type of the items
 * @param hasMore whether another page follows ({@code null} when the operation counts instead)
 * @param totalResultSize how many items there are in all pages ({@code null} when the operation does not count)
 * @param data the items of this page, in Talon.One's order (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(Boolean hasMore, Long totalResultSize, List<T> data) {

	/**
	 * Copies the items, turning missing ones into an empty list.
	 * @param hasMore whether another page follows
	 * @param totalResultSize how many items there are in all pages
	 * @param data the items of this page
	 */
	public Page {
		data = Checks.copyOrEmpty(data);
	}

}
