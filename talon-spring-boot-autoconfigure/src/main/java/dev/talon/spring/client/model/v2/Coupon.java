package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.talon.spring.client.model.Checks;

/**
 * A coupon ({@code Coupon}, {@code IntegrationCoupon} which adds {@link #profileRedemptionCount()}, and
 * {@code InventoryCoupon} which adds it and {@link #state()}): the elements of
 * {@link IntegrationStateV2#createdCoupons()}, of the coupons processed in a session
 * ({@link IntegrationStateV2#coupons()}), of a customer's coupon wallet ({@link CustomerInventory#coupons()}), and the
 * answer of {@code createCouponReservation}. Read as Talon.One sent it: fields the spec calls required may be missing
 * ({@code null}). Money is in the application's currency.
 *
 * @param id the coupon's internal id
 * @param created when it was created
 * @param campaignId the campaign the coupon belongs to
 * @param value the coupon code
 * @param usageLimit how often the code may be redeemed; 0 for no limit of its own
 * @param discountLimit the greatest total discount the coupon may give, if limited
 * @param reservationLimit how often the coupon may be reserved, if limited
 * @param startDate when the coupon becomes valid, if set
 * @param expiryDate when it expires, if set
 * @param limits the coupon's limits (empty when none)
 * @param usageCounter how often it was redeemed
 * @param discountCounter the total discount it has given
 * @param discountRemainder the discount it may still give
 * @param reservationCounter how often it was reserved
 * @param attributes the coupon's custom attributes (empty when none)
 * @param referralId the referral whose use created the coupon, if any
 * @param recipientIntegrationId the one profile that may redeem the coupon, if restricted
 * @param importId the import that created the coupon, if any
 * @param reservation whether the coupon may be reserved (soft reservation) or is reserved
 * @param batchId the batch the coupon belongs to, if any
 * @param isReservationMandatory whether the coupon must be reserved before it is redeemed
 * @param implicitlyReserved whether the coupon is reserved for its recipient
 * @param profileRedemptionCount how often the session's (or the inventory's) customer redeemed the coupon
 * ({@code IntegrationCoupon} and {@code InventoryCoupon} only)
 * @param state for the inventory's customer ({@code InventoryCoupon} only): {@code active} (usable now, also in a
 * scheduled campaign), {@code used} (redeemed up to its limit), {@code expired} (never redeemed, expired),
 * {@code pending} (usable in the future) or {@code disabled} (its campaign is not active)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Coupon(Long id, OffsetDateTime created, Long campaignId, String value, Long usageLimit,
		BigDecimal discountLimit, Long reservationLimit, OffsetDateTime startDate, OffsetDateTime expiryDate,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LimitConfig> limits, Long usageCounter,
		BigDecimal discountCounter, BigDecimal discountRemainder, BigDecimal reservationCounter,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes, Long referralId,
		String recipientIntegrationId, Long importId, Boolean reservation, String batchId,
		Boolean isReservationMandatory, Boolean implicitlyReserved, Long profileRedemptionCount, String state) {

	/**
	 * Copies the collections, turning missing ones into empty ones.
	 * @param id the coupon's internal id
	 * @param created when it was created
	 * @param campaignId the campaign the coupon belongs to
	 * @param value the coupon code
	 * @param usageLimit how often the code may be redeemed; 0 for no limit of its own
	 * @param discountLimit the greatest total discount the coupon may give, if limited
	 * @param reservationLimit how often the coupon may be reserved, if limited
	 * @param startDate when the coupon becomes valid, if set
	 * @param expiryDate when it expires, if set
	 * @param limits the coupon's limits (empty when none)
	 * @param usageCounter how often it was redeemed
	 * @param discountCounter the total discount it has given
	 * @param discountRemainder the discount it may still give
	 * @param reservationCounter how often it was reserved
	 * @param attributes the coupon's custom attributes (empty when none)
	 * @param referralId the referral whose use created the coupon, if any
	 * @param recipientIntegrationId the one profile that may redeem the coupon, if restricted
	 * @param importId the import that created the coupon, if any
	 * @param reservation whether the coupon may be reserved (soft reservation) or is reserved
	 * @param batchId the batch the coupon belongs to, if any
	 * @param isReservationMandatory whether the coupon must be reserved before it is redeemed
	 * @param implicitlyReserved whether the coupon is reserved for its recipient
	 * @param profileRedemptionCount how often the session's (or the inventory's) customer redeemed the coupon
	 * ({@code IntegrationCoupon} and {@code InventoryCoupon} only)
	 * @param state the coupon's state for the inventory's customer ({@code InventoryCoupon} only)
	 */
	public Coupon {
		limits = Checks.copyOrEmpty(limits);
		attributes = Checks.copyOrEmpty(attributes);
	}

}
