package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Unused points of a customer or a card from one addition ({@code LedgerPointsEntryIntegrationAPI}, and
 * {@code CardLedgerPointsEntryIntegrationAPI} which adds {@link #customerProfileID()}): the items of
 * {@code getLoyaltyProgramProfilePoints} and {@code getLoyaltyCardPoints}. Which kind they are is the {@code status}
 * the read asked for: <em>active</em> (redeemable now, the default), <em>pending</em> (their {@link #startDate()} is
 * in the future) or <em>expired</em> (their {@link #expiryDate()} has passed); spent points are never listed. Dates
 * that are keywords in the spec stay text; {@link #startTime()} and {@link #expiryTime()} give them as times.
 *
 * @param id the internal id of the transaction that added the points
 * @param transactionUUID that transaction's UUID, as {@code activateLoyaltyPoints} takes it
 * @param created when the points were added
 * @param programId the loyalty program
 * @param customerProfileID the integration id of the profile linked to the card
 * ({@code CardLedgerPointsEntryIntegrationAPI} only; JSON {@code customerProfileID})
 * @param customerSessionId the session in which they were added, if any
 * @param name the name or reason of the transaction
 * @param startDate when the points become active: {@code immediate} or a time
 * @param expiryDate when they expire: {@code unlimited} or a time
 * @param subledgerId the subledger, or {@code ""} for the main ledger
 * @param amount the unused points of this addition
 * @param validityDuration how long points that await activation stay active once activated, such as {@code 30D}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerPointsEntryIntegrationAPI(Long id, String transactionUUID, OffsetDateTime created,
		Long programId, @JsonProperty("customerProfileID") String customerProfileID, String customerSessionId,
		String name, String startDate, String expiryDate, String subledgerId, BigDecimal amount,
		String validityDuration) {

	/**
	 * When the points become active, if that is a time.
	 * @return the time; empty when they are active at once ({@code immediate})
	 */
	public Optional<OffsetDateTime> startTime() {
		return LedgerDates.time(this.startDate);
	}

	/**
	 * When the points expire, if they do.
	 * @return the time; empty when they never expire ({@code unlimited})
	 */
	public Optional<OffsetDateTime> expiryTime() {
		return LedgerDates.time(this.expiryDate);
	}

}
