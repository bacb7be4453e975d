package dev.talon.spring.client.model.v2.effect;

/**
 * What the effects of an answer say about a coupon or referral code, from
 * {@link IntegrationEffects#couponStatus(String)} and {@link IntegrationEffects#referralStatus(String)}.
 */
public enum CodeStatus {

	/** An accept effect names the code: it is valid and is redeemed when the session closes. */
	ACCEPTED,

	/** A reject effect (and no accept effect) names the code: it cannot be used; the effect says why. */
	REJECTED,

	/** A rollback effect names the code: its redemption was rolled back and it can be redeemed again. */
	ROLLED_BACK,

	/** No effect names the code: it was not sent, or the answer does not carry its evaluation. */
	NOT_EVALUATED

}
