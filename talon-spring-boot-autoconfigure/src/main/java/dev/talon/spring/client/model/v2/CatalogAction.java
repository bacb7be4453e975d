package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * One action of a catalog sync ({@code CatalogAction}): its type and its payload, whose class is the type's.
 *
 * @param type the action's type, the one of the payload
 * @param payload what to add, change or remove
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogAction(Type type, CatalogActionPayload payload) {

	/**
	 * Checks that the payload is the type's.
	 * @param type the action's type
	 * @param payload what to add, change or remove
	 * @throws IllegalArgumentException when either is missing or the payload is of another type
	 */
	public CatalogAction {
		Checks.notNull(payload, "payload");
		if (type != typeOf(payload)) {
			throw new IllegalArgumentException("type must be " + typeOf(payload) + " for a "
					+ payload.getClass().getSimpleName() + " but was " + type);
		}
	}

	/**
	 * The action of a payload.
	 * @param payload what to add, change or remove
	 * @return the action, of the payload's type
	 */
	public static CatalogAction of(CatalogActionPayload payload) {
		Checks.notNull(payload, "payload");
		return new CatalogAction(typeOf(payload), payload);
	}

	/**
	 * Removes one item.
	 * @param sku the item's SKU
	 * @return the action
	 */
	public static CatalogAction remove(String sku) {
		return of(new RemoveItemCatalogAction(sku));
	}

	private static Type typeOf(CatalogActionPayload payload) {
		if (payload instanceof AddItemCatalogAction) {
			return Type.ADD;
		}
		if (payload instanceof PatchItemCatalogAction) {
			return Type.PATCH;
		}
		if (payload instanceof PatchManyItemsCatalogAction) {
			return Type.PATCH_MANY;
		}
		if (payload instanceof RemoveItemCatalogAction) {
			return Type.REMOVE;
		}
		if (payload instanceof RemoveManyItemsCatalogAction) {
			return Type.REMOVE_MANY;
		}
		return Type.ADD_PRICE_ADJUSTMENT;
	}

	/**
	 * The type of a catalog sync action.
	 */
	public enum Type {

		/** Adds an item ({@link AddItemCatalogAction}). */
		ADD,

		/** Changes an item ({@link PatchItemCatalogAction}). */
		PATCH,

		/** Changes the items that match filters ({@link PatchManyItemsCatalogAction}). */
		PATCH_MANY,

		/** Removes an item ({@link RemoveItemCatalogAction}). */
		REMOVE,

		/** Removes the items that match filters ({@link RemoveManyItemsCatalogAction}). */
		REMOVE_MANY,

		/** Sets prices of price types of an item ({@link AddPriceAdjustmentCatalogAction}). */
		ADD_PRICE_ADJUSTMENT

	}

}
