package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code activateLoyaltyPoints} ({@code POST /v1/loyalty_programs/{loyaltyProgramId}/activate_points},
 * {@code ActivateLoyaltyPoints}): which pending points that await an action to activate, either all those earned in
 * one session or those of given transactions, never both.
 *
 * @param transactionUUIDs the transactions whose points to activate: 1 to 50 distinct UUIDs, such as a ledger entry's
 * {@code transactionUUID} (JSON {@code transactionUUIDs}); {@code null} when by session
 * @param sessionId the session whose points to activate, not blank; {@code null} when by transactions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivateLoyaltyPoints(@JsonProperty("transactionUUIDs") List<String> transactionUUIDs,
		String sessionId) {

	/** The greatest number of transactions in one request. */
	public static final int MAX_TRANSACTIONS = 50;

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/**
	 * Checks that exactly one of the two is given, and its constraints.
	 * @param transactionUUIDs the transactions whose points to activate: 1 to 50 distinct UUIDs, or {@code null}
	 * @param sessionId the session whose points to activate, or {@code null}
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public ActivateLoyaltyPoints {
		if ((transactionUUIDs == null) == (sessionId == null)) {
			throw new IllegalArgumentException("exactly one of transactionUUIDs and sessionId must be given");
		}
		if (sessionId != null) {
			Checks.notEmpty(sessionId, "sessionId");
		}
		else {
			RequestChecks.size(transactionUUIDs, 1, MAX_TRANSACTIONS, "transactionUUIDs");
			transactionUUIDs = RequestChecks.elements(transactionUUIDs, "transactionUUIDs");
			for (int i = 0; i < transactionUUIDs.size(); i++) {
				if (!UUID.matcher(transactionUUIDs.get(i)).matches()) {
					throw new IllegalArgumentException("transactionUUIDs[" + i + "] must be a UUID but was '"
							+ transactionUUIDs.get(i) + "'");
				}
			}
			if (transactionUUIDs.stream().distinct().count() != transactionUUIDs.size()) {
				throw new IllegalArgumentException("transactionUUIDs must not contain a UUID twice");
			}
		}
	}

	/**
	 * Activates every pending point earned in a session (such as when the order is delivered).
	 * @param sessionId the session's integration id
	 * @return the request
	 */
	public static ActivateLoyaltyPoints ofSession(String sessionId) {
		Checks.notNull(sessionId, "sessionId");
		return new ActivateLoyaltyPoints(null, sessionId);
	}

	/**
	 * Activates the pending points of the given transactions.
	 * @param transactionUUIDs 1 to 50 distinct transaction UUIDs
	 * @return the request
	 */
	public static ActivateLoyaltyPoints ofTransactions(Collection<String> transactionUUIDs) {
		Checks.notNull(transactionUUIDs, "transactionUUIDs");
		return new ActivateLoyaltyPoints(Builders.list(transactionUUIDs), null);
	}

}
