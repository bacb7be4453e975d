package dev.talon.spring.client.model.v2;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A customer's balances in a profile-based loyalty program ({@code LoyaltyBalancesWithTiers}), the answer of
 * {@code getLoyaltyBalances}: the main ledger and each subledger. See {@link LoyaltyBalance} for what active, pending,
 * spent, expired and negative points are.
 *
 * @param balance the balances of the main ledger (with the tier fields when asked for)
 * @param subledgerBalances the balances of each subledger, by subledger id (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyBalancesWithTiers(LoyaltyBalance balance,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, LoyaltyBalance> subledgerBalances) {

	/**
	 * Copies the subledgers, turning missing ones into an empty map.
	 * @param balance the balances of the main ledger
	 * @param subledgerBalances the balances of each subledger, by subledger id
	 */
	public LoyaltyBalancesWithTiers {
		subledgerBalances = Checks.copyOrEmpty(subledgerBalances);
	}

}
