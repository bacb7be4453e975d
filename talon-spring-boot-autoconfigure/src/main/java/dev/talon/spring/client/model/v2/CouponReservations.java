package dev.talon.spring.client.model.v2;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code createCouponReservation} and {@code deleteCouponReservation} ({@code CouponReservations}): the
 * profiles for which a coupon is reserved, or whose reservations of it are removed.
 *
 * @param integrationIDs the profiles' integration ids, 1 to 1000, none blank (JSON {@code integrationIDs})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponReservations(@JsonProperty("integrationIDs") List<String> integrationIDs) {

	/** The greatest number of profiles in one request. */
	public static final int MAX_PROFILES = 1000;

	/**
	 * Checks the profiles' ids and copies them.
	 * @param integrationIDs the profiles' integration ids, 1 to 1000, none blank
	 * @throws IllegalArgumentException when there are none, more than 1000, or one is {@code null} or blank
	 */
	public CouponReservations {
		RequestChecks.size(integrationIDs, 1, MAX_PROFILES, "integrationIDs");
		integrationIDs = RequestChecks.elements(integrationIDs, "integrationIDs");
	}

	/**
	 * The given profiles.
	 * @param integrationIds the profiles' integration ids, 1 to 1000
	 * @return the reservations
	 */
	public static CouponReservations of(String... integrationIds) {
		return new CouponReservations(Builders.list(integrationIds));
	}

	/**
	 * The given profiles.
	 * @param integrationIds the profiles' integration ids, 1 to 1000
	 * @return the reservations
	 */
	public static CouponReservations of(Collection<String> integrationIds) {
		return new CouponReservations(Builders.list(integrationIds));
	}

}
