package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code getLoyaltyCardBalances}. Filters left {@code null} or empty are not sent: Talon.One
 * then answers every ledger's balances today.
 *
 * @param endDate the balances as they were (or will be) at this time, past or future (optional)
 * @param subledgerIds only these subledgers (empty: all; each sent as a {@code subledgerId} parameter)
 */
public record GetLoyaltyCardBalancesOptions(OffsetDateTime endDate, List<String> subledgerIds) implements QueryOptions {

	/**
	 * Checks and copies the subledgers.
	 * @param endDate the balances at this time (optional)
	 * @param subledgerIds only these subledgers
	 * @throws IllegalArgumentException when a subledger is {@code null} or blank
	 */
	public GetLoyaltyCardBalancesOptions {
		subledgerIds = RequestChecks.elements(subledgerIds, "subledgerIds");
	}

	/**
	 * Every ledger's balances today.
	 * @return the options
	 */
	public static GetLoyaltyCardBalancesOptions defaults() {
		return new GetLoyaltyCardBalancesOptions(null, null);
	}

	/**
	 * These options, for some subledgers.
	 * @param subledgerIds the subledgers
	 * @return the options
	 */
	public GetLoyaltyCardBalancesOptions forSubledgers(Collection<String> subledgerIds) {
		return new GetLoyaltyCardBalancesOptions(this.endDate, Builders.list(subledgerIds));
	}

	/**
	 * These options, for the balances at another time.
	 * @param endDate the time, past or future
	 * @return the options
	 */
	public GetLoyaltyCardBalancesOptions at(OffsetDateTime endDate) {
		return new GetLoyaltyCardBalancesOptions(endDate, this.subledgerIds);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.put(parameters, "endDate", this.endDate);
		Queries.putAll(parameters, "subledgerId", this.subledgerIds, String::valueOf);
		return parameters;
	}

}
