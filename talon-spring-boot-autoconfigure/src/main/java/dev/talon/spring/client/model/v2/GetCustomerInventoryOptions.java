package dev.talon.spring.client.model.v2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.QueryOptions;

/**
 * The query parameters of {@code getCustomerInventory}: which parts of the inventory to answer. A part not asked for
 * is not sent (Talon.One's default: left out of the answer).
 *
 * @param profile whether to answer the profile ({@code profile=true})
 * @param referrals whether to answer the referral codes the customer advocates ({@code referrals=true})
 * @param coupons whether to answer the coupons reserved for the customer ({@code coupons=true})
 * @param loyalty whether to answer the loyalty balances of every program and card ({@code loyalty=true})
 * @param giveaways whether to answer the giveaways awarded to the customer ({@code giveaways=true})
 * @param achievements whether to answer the customer's progress in achievements ({@code achievements=true})
 */
public record GetCustomerInventoryOptions(boolean profile, boolean referrals, boolean coupons, boolean loyalty,
		boolean giveaways, boolean achievements) implements QueryOptions {

	/**
	 * No part: start here and add the parts to answer, such as {@code none().withCoupons()} for a coupon wallet.
	 * @return the options
	 */
	public static GetCustomerInventoryOptions none() {
		return new GetCustomerInventoryOptions(false, false, false, false, false, false);
	}

	/**
	 * Every part.
	 * @return the options
	 */
	public static GetCustomerInventoryOptions all() {
		return new GetCustomerInventoryOptions(true, true, true, true, true, true);
	}

	/**
	 * These options, with the profile.
	 * @return the options
	 */
	public GetCustomerInventoryOptions withProfile() {
		return new GetCustomerInventoryOptions(true, this.referrals, this.coupons, this.loyalty, this.giveaways,
				this.achievements);
	}

	/**
	 * These options, with the referral codes.
	 * @return the options
	 */
	public GetCustomerInventoryOptions withReferrals() {
		return new GetCustomerInventoryOptions(this.profile, true, this.coupons, this.loyalty, this.giveaways,
				this.achievements);
	}

	/**
	 * These options, with the reserved coupons.
	 * @return the options
	 */
	public GetCustomerInventoryOptions withCoupons() {
		return new GetCustomerInventoryOptions(this.profile, this.referrals, true, this.loyalty, this.giveaways,
				this.achievements);
	}

	/**
	 * These options, with the loyalty balances.
	 * @return the options
	 */
	public GetCustomerInventoryOptions withLoyalty() {
		return new GetCustomerInventoryOptions(this.profile, this.referrals, this.coupons, true, this.giveaways,
				this.achievements);
	}

	/**
	 * These options, with the giveaways.
	 * @return the options
	 */
	public GetCustomerInventoryOptions withGiveaways() {
		return new GetCustomerInventoryOptions(this.profile, this.referrals, this.coupons, this.loyalty, true,
				this.achievements);
	}

	/**
	 * These options, with the achievements.
	 * @return the options
	 */
	public GetCustomerInventoryOptions withAchievements() {
		return new GetCustomerInventoryOptions(this.profile, this.referrals, this.coupons, this.loyalty,
				this.giveaways, true);
	}

	@Override
	public Map<String, List<String>> queryParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		Queries.flag(parameters, "profile", this.profile);
		Queries.flag(parameters, "referrals", this.referrals);
		Queries.flag(parameters, "coupons", this.coupons);
		Queries.flag(parameters, "loyalty", this.loyalty);
		Queries.flag(parameters, "giveaways", this.giveaways);
		Queries.flag(parameters, "achievements", this.achievements);
		return parameters;
	}

}
