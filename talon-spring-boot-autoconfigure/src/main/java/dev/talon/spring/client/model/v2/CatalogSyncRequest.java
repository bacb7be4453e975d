package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code syncCatalog} ({@code PUT /v1/catalogs/{catalogId}/sync}, {@code CatalogSyncRequest}): up to 1000
 * actions of one type, each SKU at most once (Talon.One refuses a request that mixes types or repeats a SKU; so does
 * this class, before it is sent).
 *
 * @param actions the actions, 1 to 1000, all of one type
 * @param version the catalog version to apply them to, 1 or more: Talon.One refuses them when the catalog has
 * another version (optional: the current version)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogSyncRequest(List<CatalogAction> actions, Long version) {

	/** The greatest number of actions in one request. */
	public static final int MAX_ACTIONS = 1000;

	/**
	 * Checks the constraints and copies the actions.
	 * @param actions the actions, 1 to 1000, of one type, each SKU at most once
	 * @param version the catalog version, 1 or more (optional)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public CatalogSyncRequest {
		RequestChecks.size(actions, 1, MAX_ACTIONS, "actions");
		actions = RequestChecks.elements(actions, "actions");
		RequestChecks.range(version, 1, Long.MAX_VALUE, "version");
		Set<String> skus = new HashSet<>();
		for (int i = 0; i < actions.size(); i++) {
			CatalogAction action = actions.get(i);
			if (action.type() != actions.get(0).type()) {
				throw new IllegalArgumentException("actions[" + i + "].type must be " + actions.get(0).type()
						+ " like the first action's (one type of action per request) but was " + action.type());
			}
			String sku = sku(action.payload());
			if (sku != null && !skus.add(sku)) {
				throw new IllegalArgumentException("actions[" + i + "].payload.sku " + sku + " is synced twice");
			}
		}
	}

	/**
	 * The given actions, applied to the current version of the catalog.
	 * @param actions the actions, 1 to 1000, of one type
	 * @return the request
	 */
	public static CatalogSyncRequest of(Collection<CatalogAction> actions) {
		return new CatalogSyncRequest(Builders.list(actions), null);
	}

	/**
	 * The given actions, applied to the current version of the catalog.
	 * @param actions the actions, 1 to 1000, of one type
	 * @return the request
	 */
	public static CatalogSyncRequest of(CatalogAction... actions) {
		return new CatalogSyncRequest(Builders.list(actions), null);
	}

	/**
	 * These actions, applied only to the given version of the catalog.
	 * @param version the version, 1 or more
	 * @return the request
	 */
	public CatalogSyncRequest onVersion(long version) {
		return new CatalogSyncRequest(this.actions, version);
	}

	/**
	 * Whether sending the request a second time leaves the catalog as the first time and is answered alike: no version
	 * (a repeat would find the next one), and only actions whose repeat changes nothing: {@code ADD} with
	 * {@code replaceIfExists}, {@code PATCH}, {@code PATCH_MANY} and {@code REMOVE_MANY}. A plain {@code ADD} or a
	 * {@code REMOVE} is refused the second time (the item exists, or is gone), and a price adjustment is added again.
	 * The client retries a sync that may have reached Talon.One only when this is {@code true}.
	 * @return whether the request may be repeated
	 */
	public boolean repeatable() {
		if (this.version != null) {
			return false;
		}
		return this.actions.stream().allMatch((action) -> switch (action.type()) {
			case ADD -> Boolean.TRUE.equals(((AddItemCatalogAction) action.payload()).replaceIfExists());
			case PATCH, PATCH_MANY, REMOVE_MANY -> true;
			case REMOVE, ADD_PRICE_ADJUSTMENT -> false;
		});
	}

	private static String sku(CatalogActionPayload payload) {
		if (payload instanceof AddItemCatalogAction add) {
			return add.sku();
		}
		if (payload instanceof PatchItemCatalogAction patch) {
			return patch.sku();
		}
		if (payload instanceof RemoveItemCatalogAction remove) {
			return remove.sku();
		}
		if (payload instanceof AddPriceAdjustmentCatalogAction adjustment) {
			return adjustment.sku();
		}
		return null;
	}

}
