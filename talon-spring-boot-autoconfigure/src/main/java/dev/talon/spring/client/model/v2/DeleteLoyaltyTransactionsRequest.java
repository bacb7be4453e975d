package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.talon.spring.client.model.Checks;

/**
 * The body of {@code deleteLoyaltyTransactionsFromLedgers} ({@code DeleteLoyaltyTransactionsRequest}): from which
 * ledgers of a profile-based program a customer's transactions are deleted.
 *
 * @param scope every ledger, or only the given ones
 * @param subledgerIds the ledgers, with {@code ""} for the main ledger; required (not empty) with
 * {@link Scope#SELECTED_SUBLEDGERS}, not sent with {@link Scope#ALL_SUBLEDGERS}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteLoyaltyTransactionsRequest(Scope scope, List<String> subledgerIds) {

	/**
	 * Checks that the ledgers are given exactly when the scope needs them.
	 * @param scope every ledger, or only the given ones
	 * @param subledgerIds the ledgers ({@code ""} for the main one)
	 * @throws IllegalArgumentException naming the field that violates a constraint
	 */
	public DeleteLoyaltyTransactionsRequest {
		Checks.notNull(scope, "scope");
		if (scope == Scope.SELECTED_SUBLEDGERS) {
			RequestChecks.size(subledgerIds, 1, Integer.MAX_VALUE, "subledgerIds");
			for (int i = 0; i < subledgerIds.size(); i++) {
				Checks.notNull(subledgerIds.get(i), "subledgerIds[" + i + "]");
			}
			subledgerIds = Checks.copy(subledgerIds);
		}
		else if (subledgerIds != null) {
			throw new IllegalArgumentException("subledgerIds must not be given with scope AllSubledgers");
		}
	}

	/**
	 * Deletes the customer's transactions from every ledger of the program.
	 * @return the request
	 */
	public static DeleteLoyaltyTransactionsRequest allSubledgers() {
		return new DeleteLoyaltyTransactionsRequest(Scope.ALL_SUBLEDGERS, null);
	}

	/**
	 * Deletes the customer's transactions from the given ledgers.
	 * @param subledgerIds the ledgers, {@code ""} for the main ledger
	 * @return the request
	 */
	public static DeleteLoyaltyTransactionsRequest selectedSubledgers(Collection<String> subledgerIds) {
		Checks.notNull(subledgerIds, "subledgerIds");
		return new DeleteLoyaltyTransactionsRequest(Scope.SELECTED_SUBLEDGERS, Builders.list(subledgerIds));
	}

	/**
	 * Which ledgers the deletion covers.
	 */
	public enum Scope {

		/** Every ledger of the program. */
		ALL_SUBLEDGERS("AllSubledgers"),

		/** Only the given ledgers. */
		SELECTED_SUBLEDGERS("SelectedSubledgers");

		private final String value;

		Scope(String value) {
			this.value = value;
		}

		/**
		 * The JSON value, such as {@code AllSubledgers}.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
