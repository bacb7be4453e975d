package dev.talon.spring.client.model.v1;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Loyalty points awarded or deducted by an event.
 *
 * @param id the entry's id
 * @param created when it was created
 * @param profileId the customer's profile integration id
 * @param accountId the Talon.One account
 * @param loyaltyProgramId the loyalty program (ledger)
 * @param eventId the event that caused it
 * @param amount the points: positive when awarded, negative when deducted
 * @param reason why the points were awarded or deducted
 * @param expiryDate when the points expire
 * @param referenceId the entry this one balances, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerEntry(Long id, OffsetDateTime created, String profileId, Long accountId, Long loyaltyProgramId,
		Long eventId, Long amount, String reason, OffsetDateTime expiryDate, Long referenceId) {
}
