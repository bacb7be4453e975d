package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A loyalty tier ({@code Tier}), such as the tier a ledger is eligible for ({@link LedgerInfo#currentTier()}). The
 * spec types it as an object but its example is a bare name ({@code "bronze"}): both are read, a bare name as a tier
 * with only a {@link #name()}.
 *
 * @param id the tier's internal id
 * @param name the tier's name
 * @param startDate when the customer entered the tier
 * @param expiryDate when the tier expires, if it does
 * @param downgradePolicy how the tier is downgraded on expiry: {@code one_down} or {@code balance_based}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tier(Long id, String name, OffsetDateTime startDate, OffsetDateTime expiryDate, String downgradePolicy) {

	/**
	 * Reads the object form.
	 * @param id the tier's internal id
	 * @param name the tier's name
	 * @param startDate when the customer entered the tier
	 * @param expiryDate when the tier expires, if it does
	 * @param downgradePolicy how the tier is downgraded on expiry: {@code one_down} or {@code balance_based}
	 */
	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public Tier {
	}

	/**
	 * Reads the bare-name form.
	 * @param name the tier's name
	 * @return a tier with only its name
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Tier named(String name) {
		return new Tier(null, name, null, null, null);
	}

}
