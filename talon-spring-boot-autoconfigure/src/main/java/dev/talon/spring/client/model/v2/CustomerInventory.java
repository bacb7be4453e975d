package dev.talon.spring.client.model.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * What refers to a customer profile ({@code CustomerInventory}), the answer of {@code getCustomerInventory}: the
 * parts its options asked for, such as a coupon wallet ({@link #coupons()}) or the loyalty balances of every program
 * and card ({@link #loyalty()}). Parts not asked for are {@code null} (objects) or empty (lists).
 *
 * @param profile the profile ({@code profile=true})
 * @param loyalty the balances in each profile-based program and each card ({@code loyalty=true})
 * @param referrals the referral codes the customer advocates, with the customers referred ({@code referrals=true})
 * @param coupons the coupons reserved for the customer, hard and soft reservations and redeemed ones, each with its
 * {@link Coupon#state() state} ({@code coupons=true})
 * @param giveaways the giveaways awarded to the customer ({@code giveaways=true})
 * @param achievements the customer's progress in achievements ({@code achievements=true})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerInventory(CustomerProfile profile, Loyalty loyalty,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Referral> referrals,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Coupon> coupons,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Giveaway> giveaways,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<AchievementProgressWithDefinition> achievements) {

	/**
	 * Copies the lists, turning missing ones into empty ones.
	 * @param profile the profile
	 * @param loyalty the loyalty balances
	 * @param referrals the referral codes the customer advocates
	 * @param coupons the coupons reserved for the customer
	 * @param giveaways the giveaways awarded to the customer
	 * @param achievements the customer's progress in achievements
	 */
	public CustomerInventory {
		referrals = Checks.copyOrEmpty(referrals);
		coupons = Checks.copyOrEmpty(coupons);
		giveaways = Checks.copyOrEmpty(giveaways);
		achievements = Checks.copyOrEmpty(achievements);
	}

}
