package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * A cart item catalog ({@code syncCatalog}): its items by SKU and its version, which each sync increments.
 */
final class StoredCatalog {

	final long id;

	final Instant created;

	/** The items by SKU, in the order they were added. */
	final Map<String, Item> items = new LinkedHashMap<>();

	long version = 1;

	Instant modified;

	StoredCatalog(long id, Instant created) {
		this.id = id;
		this.created = created;
		this.modified = created;
	}

	/**
	 * An item of a catalog.
	 */
	static final class Item {

		final long id;

		final String sku;

		final Instant created;

		/** Its price, {@code null} when it has none. */
		BigDecimal price;

		ObjectNode attributes;

		/** Its {@code Product}, or {@code null}. */
		ObjectNode product;

		Item(long id, String sku, Instant created, ObjectNode attributes) {
			this.id = id;
			this.sku = sku;
			this.created = created;
			this.attributes = attributes;
		}

	}

	/**
	 * A price an item of a catalog had from a time on (its {@code ADD} or a {@code PATCH} that set it), for
	 * {@code bestPriorPrice}.
	 *
	 * @param id the observation's id
	 * @param sku the item's SKU
	 * @param price the price, or {@code null} when the item had none from then on (removed, or added without one)
	 * @param observedAt when
	 */
	record PriceObservation(long id, String sku, BigDecimal price, Instant observedAt) {
	}

}
