package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Removes every catalog item that matches the filters ({@code RemoveManyItemsCatalogAction}, the payload of a
 * {@code REMOVE_MANY} action). <strong>Without filters every item of the catalog is removed.</strong>
 *
 * @param filters the conditions an item must all meet (empty: every item)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoveManyItemsCatalogAction(List<CatalogActionFilter> filters) implements CatalogActionPayload {

	/**
	 * Copies the filters.
	 * @param filters the conditions an item must all meet (empty: every item)
	 * @throws IllegalArgumentException when a filter is {@code null}
	 */
	public RemoveManyItemsCatalogAction {
		filters = RequestChecks.elements(filters, "filters");
	}

	/**
	 * Removes the items that match every filter.
	 * @param filters the conditions, at least one (use {@link #everyItem()} to empty the catalog)
	 * @return the action's payload
	 */
	public static RemoveManyItemsCatalogAction matching(CatalogActionFilter... filters) {
		if (filters.length == 0) {
			throw new IllegalArgumentException("filters must not be empty: without filters every item is removed");
		}
		return new RemoveManyItemsCatalogAction(Builders.list(filters));
	}

	/**
	 * Removes every item of the catalog.
	 * @return the action's payload
	 */
	public static RemoveManyItemsCatalogAction everyItem() {
		return new RemoveManyItemsCatalogAction(List.of());
	}

}
