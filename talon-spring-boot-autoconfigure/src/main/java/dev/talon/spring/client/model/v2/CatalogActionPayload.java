package dev.talon.spring.client.model.v2;

/**
 * The payload of a catalog sync action ({@link CatalogAction#payload()}): one of the spec's six action types.
 */
public sealed interface CatalogActionPayload permits AddItemCatalogAction, PatchItemCatalogAction,
		PatchManyItemsCatalogAction, RemoveItemCatalogAction, RemoveManyItemsCatalogAction,
		AddPriceAdjustmentCatalogAction {

}
