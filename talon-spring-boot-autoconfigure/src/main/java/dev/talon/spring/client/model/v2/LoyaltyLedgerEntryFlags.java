package dev.talon.spring.client.model.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The flags of a loyalty ledger entry ({@code LoyaltyLedgerEntryFlags}). The spec's examples write them as an empty
 * string ({@code "flags": ""}): that form is read as no flags.
 *
 * @param createsNegativeBalance whether the entry made the balance negative
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyLedgerEntryFlags(Boolean createsNegativeBalance) {

	/**
	 * Reads the object form.
	 * @param createsNegativeBalance whether the entry made the balance negative
	 */
	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public LoyaltyLedgerEntryFlags {
	}

	/**
	 * Reads a text in place of the object, such as the spec's example {@code ""}: no flags.
	 * @param text the text
	 * @return flags without any set
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static LoyaltyLedgerEntryFlags fromText(String text) {
		return new LoyaltyLedgerEntryFlags(null);
	}

}
