package dev.talon.spring.client.model.v2;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code getLoyaltyBalances}. Filters left {@code null} and flags left {@code false} are not
 * sent: Talon.One then answers every ledger's balances today, without tiers.
 *
 * @param endDate the balances as they were (or will be) at this time, past or future (optional)
 * @param subledgerId only this subledger (optional; Talon.One recommends it with {@code includeProjectedTier})
 * @param includeTiers whether to answer the current tier and the points to the next one
 * @param includeProjectedTier whether to answer the tier projected for when the current one expires
 */
public record GetLoyaltyBalancesOptions(OffsetDateTime endDate, String subledgerId, boolean includeTiers,
		boolean includeProjectedTier) implements QueryOptions {

	/**
	 * Every ledger's balances today, without tiers.
	 * @return the options
	 */
	public static GetLoyaltyBalancesOptions defaults() {
		return new GetLoyaltyBalancesOptions(null, null, false, false);
	}

	/**
	 * These options, with the current tier and the points to the next one.
	 * @return the options
	 */
	public GetLoyaltyBalancesOptions withTiers() {
		return new GetLoyaltyBalancesOptions(this.endDate, this.subledgerId, true, this.includeProjectedTier);
	}

	/**
	 * These options, with the tier projected for when the current one expires.
	 * @return the options
	 */
	public GetLoyaltyBalancesOptions withProjectedTier() {
		return new GetLoyaltyBalancesOptions(this.endDate, this.subledgerId, this.includeTiers, true);
	}

	/**
	 * These options, for one subledger.
	 * @param subledgerId the subledger
	 * @return the options
	 */
	public GetLoyaltyBalancesOptions forSubledger(String subledgerId) {
		return new GetLoyaltyBalancesOptions(this.endDate, subledgerId, this.includeTiers, this.includeProjectedTier);
	}

	/**
	 * These options, for the balances at another time.
	 * @param endDate the time, past or future
	 * @return the options
	 */
	public GetLoyaltyBalancesOptions at(OffsetDateTime endDate) {
		return new GetLoyaltyBalancesOptions(endDate, this.subledgerId, this.includeTiers, this.includeProjectedTier);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.put(parameters, "endDate", this.endDate);
		Queries.put(parameters, "subledgerId", this.subledgerId);
		Queries.flag(parameters, "includeTiers", this.includeTiers);
		Queries.flag(parameters, "includeProjectedTier", this.includeProjectedTier);
		return parameters;
	}

}
