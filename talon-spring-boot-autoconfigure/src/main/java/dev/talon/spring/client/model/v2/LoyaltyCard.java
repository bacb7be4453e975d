package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A loyalty card of a card-based program and its balances ({@code LoyaltyCard}, in {@link Loyalty#cards()}).
 *
 * @param id the card's internal id
 * @param created when it was created
 * @param programID the loyalty program
 * @param programName the program's integration name
 * @param programTitle the program's name as shown in the Campaign Manager
 * @param status {@code active} or {@code inactive}
 * @param blockReason why the card was blocked, if it was
 * @param identifier the card's identifier
 * @param usersPerCardLimit how many profiles may be linked to the card; 0 for no limit
 * @param profiles the profiles linked to the card (empty when none)
 * @param ledger the card's balances in the program's main ledger
 * @param subledgers the card's balances by subledger id (empty when none)
 * @param modified when the card was last changed
 * @param oldCardIdentifier the card the points were transferred from, if any
 * @param newCardIdentifier the card the points were transferred to, if any
 * @param batchId the batch the card was created in, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyCard(Long id, OffsetDateTime created, Long programID, String programName, String programTitle,
		String status, String blockReason, String identifier, Long usersPerCardLimit,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LoyaltyCardProfileRegistration> profiles, LedgerInfo ledger,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, LedgerInfo> subledgers, OffsetDateTime modified,
		String oldCardIdentifier, String newCardIdentifier, String batchId) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the card's internal id
	 * @param created when it was created
	 * @param programID the loyalty program
	 * @param programName the program's integration name
	 * @param programTitle the program's name as shown in the Campaign Manager
	 * @param status {@code active} or {@code inactive}
	 * @param blockReason why the card was blocked, if it was
	 * @param identifier the card's identifier
	 * @param usersPerCardLimit how many profiles may be linked to the card; 0 for no limit
	 * @param profiles the profiles linked to the card (empty when none)
	 * @param ledger the card's balances in the program's main ledger
	 * @param subledgers the card's balances by subledger id (empty when none)
	 * @param modified when the card was last changed
	 * @param oldCardIdentifier the card the points were transferred from, if any
	 * @param newCardIdentifier the card the points were transferred to, if any
	 * @param batchId the batch the card was created in, if any
	 */
	public LoyaltyCard {
		profiles = Checks.copyOrEmpty(profiles);
		subledgers = Checks.copyOrEmpty(subledgers);
	}

}
