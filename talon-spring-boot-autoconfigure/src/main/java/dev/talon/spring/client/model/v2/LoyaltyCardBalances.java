package dev.talon.spring.client.model.v2;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A loyalty card's balances ({@code LoyaltyCardBalances}), the answer of {@code getLoyaltyCardBalances}: the main
 * ledger, each subledger, and the profiles linked to the card. See {@link LoyaltyBalance} for what active, pending,
 * spent, expired and negative points are.
 *
 * @param balance the balances of the main ledger
 * @param subledgerBalances the balances of each subledger, by subledger id (empty when none)
 * @param profiles the profiles linked to the card (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyCardBalances(LoyaltyBalance balance,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, LoyaltyBalance> subledgerBalances,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LoyaltyCardProfileRegistration> profiles) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param balance the balances of the main ledger
	 * @param subledgerBalances the balances of each subledger, by subledger id
	 * @param profiles the profiles linked to the card
	 */
	public LoyaltyCardBalances {
		subledgerBalances = Checks.copyOrEmpty(subledgerBalances);
		profiles = Checks.copyOrEmpty(profiles);
	}

}
