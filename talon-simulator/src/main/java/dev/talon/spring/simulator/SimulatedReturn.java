package dev.talon.spring.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a return made with {@code POST /v2/customer_sessions/{id}/returns}.
 *
 * @param id the return's id
 * @param customerSessionId the session's integration id
 * @param profileId the session's profile, empty when anonymous
 * @param items the returned items
 * @param created when it was made
 * @param effects the types of the rollback effects it produced, in order
 */
public record SimulatedReturn(long id, String customerSessionId, String profileId, List<Item> items, Instant created,
		List<String> effects) {

	/**
	 * A returned cart item.
	 *
	 * @param position the item's position in the session's cart items
	 * @param quantity how many units were returned
	 * @param sku the item's SKU
	 */
	public record Item(int position, long quantity, String sku) {
	}

}
