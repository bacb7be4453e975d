package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A customer's balances in one profile-based loyalty program ({@code LoyaltyProgramLedgers}, in
 * {@link Loyalty#programs()}).
 *
 * @param id the loyalty program's id
 * @param title the program's name as shown in the Campaign Manager
 * @param name the program's internal name
 * @param joinDate when the customer joined the program (in the program's time zone)
 * @param ledger the balances of the program's main ledger
 * @param subLedgers the balances of each subledger by subledger id (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyProgramLedgers(Long id, String title, String name, OffsetDateTime joinDate, LedgerInfo ledger,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, LedgerInfo> subLedgers) {

	/**
	 * Copies the subledgers, turning missing ones into an empty map.
	 * @param id the loyalty program's id
	 * @param title the program's name as shown in the Campaign Manager
	 * @param name the program's internal name
	 * @param joinDate when the customer joined the program (in the program's time zone)
	 * @param ledger the balances of the program's main ledger
	 * @param subLedgers the balances of each subledger by subledger id (empty when none)
	 */
	public LoyaltyProgramLedgers {
		subLedgers = Checks.copyOrEmpty(subLedgers);
	}

}
