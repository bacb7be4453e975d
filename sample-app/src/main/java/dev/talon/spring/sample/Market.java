package dev.talon.spring.sample;

import java.util.Currency;

/**
 * A market the shop sells in: its currency, and the Talon.One Application whose campaigns, coupons, referral codes and
 * loyalty program apply to its carts. Configured under {@code shop.markets.<name>} ({@link ShopProperties}); several
 * markets may share one Application (of the same currency).
 *
 * @param name the market's name, such as {@code uk}, which carts are created with
 * @param currency the currency of its prices and of every amount Talon.One answers for its carts
 * @param application the name of its Talon.One Application ({@code talon.applications.<name>})
 * @param referralCampaignId the referral campaign (of that Application) whose codes its customers share
 * @param loyaltyProgramId the loyalty program (of that Application) whose points its orders earn
 * @param signUpCoupon the coupon code (of that Application) reserved for each customer who signs up in the market, or
 * {@code null} for none
 */
public record Market(String name, Currency currency, String application, long referralCampaignId,
		long loyaltyProgramId, String signUpCoupon) {

	/**
	 * A market without a sign-up coupon.
	 * @param name the market's name
	 * @param currency the currency of its prices
	 * @param application the name of its Talon.One Application
	 * @param referralCampaignId the referral campaign whose codes its customers share
	 * @param loyaltyProgramId the loyalty program whose points its orders earn
	 */
	public Market(String name, Currency currency, String application, long referralCampaignId,
			long loyaltyProgramId) {
		this(name, currency, application, referralCampaignId, loyaltyProgramId, null);
	}

}
