package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A customer's account page in a market, as the market's Talon.One Application knows it: their points in the market's
 * loyalty program with the newest transactions, the coupons reserved for them and the referral codes they share.
 *
 * @param customerId the customer's id (the profile's integration id)
 * @param market the market whose Application this is
 * @param points the balances in the market's loyalty program
 * @param history the newest points transactions, newest first (at most {@link TalonOne#ACCOUNT_HISTORY_SIZE})
 * @param moreHistory whether older transactions follow ({@code GET /accounts/{id}/points-history?skip=...})
 * @param coupons the coupons reserved for the customer, with their state
 * @param referralCodes the referral codes the customer shares
 */
public record AccountView(String customerId, String market, Points points, List<PointsTransaction> history,
		boolean moreHistory, List<CouponView> coupons, List<ReferralCodeView> referralCodes) {

	/**
	 * A customer's points in a loyalty program, each kind counted once, in the program's points.
	 *
	 * @param programId the loyalty program
	 * @param active the points the customer can redeem now
	 * @param pending the points added that are not active yet (they start later, or await an action)
	 * @param spent the points redeemed
	 * @param expired the points that expired unused
	 */
	public record Points(long programId, BigDecimal active, BigDecimal pending, BigDecimal spent,
			BigDecimal expired) {
	}

	/**
	 * One points transaction.
	 *
	 * @param created when it happened
	 * @param type {@code addition} or {@code subtraction}
	 * @param amount the points added or taken
	 * @param reason why, as Talon.One names it (the rule or the action)
	 * @param orderId the order (the Talon.One session) it belongs to, if any
	 * @param activeFrom when added points become active, if that is a time (absent: at once, or when activated)
	 * @param expiresAt when added points expire, if they do
	 * @param awaitsActivation {@code true} when added points await an action to become active; absent otherwise
	 */
	public record PointsTransaction(OffsetDateTime created, String type, BigDecimal amount, String reason,
			String orderId, OffsetDateTime activeFrom, OffsetDateTime expiresAt, Boolean awaitsActivation) {
	}

	/**
	 * A page of a customer's points transactions.
	 *
	 * @param customerId the customer's id
	 * @param market the market whose loyalty program this is
	 * @param skip how many newer transactions come before this page
	 * @param transactions the transactions, newest first
	 * @param more whether older transactions follow
	 */
	public record PointsHistory(String customerId, String market, long skip, List<PointsTransaction> transactions,
			boolean more) {
	}

	/**
	 * A coupon in the customer's wallet.
	 *
	 * @param code the coupon code, to enter in a cart of the market
	 * @param state for this customer: {@code active} (usable), {@code used}, {@code expired}, {@code pending} (usable
	 * later) or {@code disabled}
	 * @param personal whether only customers it is reserved for can redeem it
	 * @param expiresAt when it expires, if it does
	 */
	public record CouponView(String code, String state, boolean personal, OffsetDateTime expiresAt) {
	}

	/**
	 * A referral code the customer shares.
	 *
	 * @param code the code, for friends to enter in a cart of the market
	 * @param timesUsed how often friends used it
	 * @param usageLimit how often it may be used, 0 for no limit
	 * @param friendsReferred how many friends it brought (not who: that is the friends' data)
	 */
	public record ReferralCodeView(String code, long timesUsed, long usageLimit, int friendsReferred) {
	}

	/**
	 * What became of the deletion of a customer's data in one Talon.One Application.
	 */
	public enum DataDeletion {

		/** The Application deleted the customer's data. */
		DELETED,

		/**
		 * The Application had no profile of the customer (404): never created, or already deleted, by an earlier
		 * request or by the deletion in another Application of the same Talon.One environment, which shares customer
		 * data.
		 */
		NO_DATA,

		/**
		 * The Application could not be asked (down, slow, rate-limited): the data may still be there, and deleting
		 * again later can help (the shop logged why).
		 */
		FAILED,

		/**
		 * The Application refused the deletion (such as a 401 for a wrong API key): the data is still there, and
		 * deleting again will not help until someone fixes the cause (the shop logged it as an error).
		 */
		REFUSED

	}

}
