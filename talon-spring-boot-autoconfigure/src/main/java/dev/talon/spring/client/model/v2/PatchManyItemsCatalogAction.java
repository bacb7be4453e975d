package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * Changes of every catalog item that matches the filters ({@code PatchManyItemsCatalogAction}, the payload of a
 * {@code PATCH_MANY} action). <strong>Without filters every item of the catalog is changed.</strong>
 *
 * @param price the new price, not negative (optional)
 * @param filters the conditions an item must all meet (empty: every item)
 * @param attributes the attributes to change (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchManyItemsCatalogAction(BigDecimal price, List<CatalogActionFilter> filters,
		Map<String, Object> attributes) implements CatalogActionPayload {

	/**
	 * Checks the constraints and copies the collections.
	 * @param price the new price, not negative (optional)
	 * @param filters the conditions an item must all meet
	 * @param attributes the attributes to change (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public PatchManyItemsCatalogAction {
		RequestChecks.notNegative(price, "price");
		filters = RequestChecks.elements(filters, "filters");
		Checks.attributes(attributes, "attributes");
		attributes = Checks.copy(attributes);
	}

	/**
	 * Changes the attributes of the items that match every filter.
	 * @param attributes the attributes to change
	 * @param filters the conditions, at least one (use the constructor to change every item)
	 * @return the changes
	 */
	public static PatchManyItemsCatalogAction matching(Map<String, Object> attributes, CatalogActionFilter... filters) {
		if (filters.length == 0) {
			throw new IllegalArgumentException("filters must not be empty: without filters every item is changed");
		}
		return new PatchManyItemsCatalogAction(null, Builders.list(filters), Builders.map(attributes));
	}

}
