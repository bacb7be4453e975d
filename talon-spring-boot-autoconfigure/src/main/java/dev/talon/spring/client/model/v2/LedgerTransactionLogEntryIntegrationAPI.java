package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A loyalty transaction of a customer or a card ({@code LedgerTransactionLogEntryIntegrationAPI}, and
 * {@code CardLedgerTransactionLogEntryIntegrationAPI} which adds {@link #cardIdentifier()}): the items of
 * {@code getLoyaltyProgramProfileTransactions} and {@code getLoyaltyCardTransactions}, newest first. A transaction
 * adds points ({@code addition}) or deducts them ({@code subtraction}); added points are <em>pending</em> until their
 * {@link #startDate()} and <em>expired</em> after their {@link #expiryDate()} (see {@link LoyaltyBalance} for the
 * kinds of points). Dates that are keywords in the spec stay text; {@link #startTime()} and {@link #expiryTime()} give
 * them as times.
 *
 * @param transactionUUID the transaction's UUID, as {@code activateLoyaltyPoints} takes it
 * @param created when the transaction happened
 * @param programId the loyalty program
 * @param cardIdentifier the card ({@code CardLedgerTransactionLogEntryIntegrationAPI} only)
 * @param customerSessionId the session in which it happened, if any
 * @param type {@code addition} or {@code subtraction}
 * @param name the name or reason of the transaction
 * @param startDate when added points become active: {@code immediate}, {@code on_action} (when
 * {@code activateLoyaltyPoints} activates them) or a time
 * @param expiryDate when added points expire: {@code unlimited} or a time
 * @param subledgerId the subledger, or {@code ""} for the main ledger
 * @param amount the points added or deducted
 * @param id the transaction's internal id
 * @param rulesetId the ruleset of the rule that made it, if a rule did
 * @param ruleName the name of that rule
 * @param flags the transaction's flags (profile transactions only)
 * @param validityDuration how long points that await activation stay active once activated, such as {@code 30D}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerTransactionLogEntryIntegrationAPI(String transactionUUID, OffsetDateTime created, Long programId,
		String cardIdentifier, String customerSessionId, String type, String name, String startDate,
		String expiryDate, String subledgerId, BigDecimal amount, Long id, Long rulesetId, String ruleName,
		LoyaltyLedgerEntryFlags flags, String validityDuration) {

	/**
	 * When the added points become active, if that is a time.
	 * @return the time; empty when the points are active at once ({@code immediate}) or await an action
	 * ({@code on_action})
	 */
	public Optional<OffsetDateTime> startTime() {
		return LedgerDates.time(this.startDate);
	}

	/**
	 * Whether the added points await an action ({@code on_action}) to become active.
	 * @return whether they do
	 */
	public boolean awaitsAction() {
		return LedgerDates.ON_ACTION.equals(this.startDate);
	}

	/**
	 * When the added points expire, if they do.
	 * @return the time; empty when they never expire ({@code unlimited})
	 */
	public Optional<OffsetDateTime> expiryTime() {
		return LedgerDates.time(this.expiryDate);
	}

}
