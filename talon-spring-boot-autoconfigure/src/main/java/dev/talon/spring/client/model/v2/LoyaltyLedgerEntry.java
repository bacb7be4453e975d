package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of a loyalty ledger ({@code LoyaltyLedgerEntry}): an addition or deduction of points, such as those that
 * {@code activateLoyaltyPoints} activated. The JSON names keep Talon.One's spelling ({@code programID},
 * {@code subLedgerID}, ...).
 *
 * @param created when the entry was made
 * @param programID the loyalty program
 * @param customerProfileID the profile's integration id, for a profile-based program
 * @param cardID the card's internal id, for a card-based program
 * @param customerSessionID the session that made the entry, if any
 * @param eventID the event that made the entry, if any
 * @param type {@code addition}, {@code subtraction}, {@code expire}, or {@code expiring} (in ledgers of expiring
 * points)
 * @param amount the points added or deducted
 * @param startDate when the points become active: until then they are pending
 * @param expiryDate when the points expire: after it they are expired and cannot be spent
 * @param name the rule, effect or API call that made the entry
 * @param subLedgerID the subledger, or {@code ""} for the main ledger
 * @param userID the Campaign Manager user who made a manual entry
 * @param archived whether the entry belongs to an archived session
 * @param flags the entry's flags
 * @param validityDuration how long points that await activation stay active once activated, such as {@code 30D}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyLedgerEntry(OffsetDateTime created, @JsonProperty("programID") Long programID,
		@JsonProperty("customerProfileID") String customerProfileID, @JsonProperty("cardID") Long cardID,
		@JsonProperty("customerSessionID") String customerSessionID, @JsonProperty("eventID") Long eventID, String type,
		BigDecimal amount, OffsetDateTime startDate, OffsetDateTime expiryDate, String name,
		@JsonProperty("subLedgerID") String subLedgerID, @JsonProperty("userID") Long userID, Boolean archived,
		LoyaltyLedgerEntryFlags flags, String validityDuration) {
}
