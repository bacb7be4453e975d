package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * The answer of {@code activateLoyaltyPoints} ({@code ActivateLoyaltyPointsResponse}): the ledger entries whose points
 * were activated.
 *
 * @param ledgerEntries the updated entries (empty when none; after a retry whose first attempt activated the points,
 * possibly empty)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivateLoyaltyPointsResponse(
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LoyaltyLedgerEntry> ledgerEntries) {

	/**
	 * Copies the entries, turning missing ones into an empty list.
	 * @param ledgerEntries the updated entries
	 */
	public ActivateLoyaltyPointsResponse {
		ledgerEntries = Checks.copyOrEmpty(ledgerEntries);
	}

}
