package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A change of a customer's loyalty points caused by an event ({@code LedgerEntry}, in {@link Event#ledgerEntries()}).
 *
 * @param id the entry's internal id
 * @param created when it was created
 * @param profileId the customer's profile integration id
 * @param accountId the Talon.One account
 * @param loyaltyProgramId the loyalty program
 * @param eventId the event that caused the change
 * @param amount the points added (positive) or deducted (negative)
 * @param reason why the points changed
 * @param expiryDate when the points expire
 * @param referenceId the entry this one refers to, such as the addition a deduction reverses
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerEntry(Long id, OffsetDateTime created, String profileId, Long accountId, Long loyaltyProgramId,
		Long eventId, BigDecimal amount, String reason, OffsetDateTime expiryDate, Long referenceId) {
}
