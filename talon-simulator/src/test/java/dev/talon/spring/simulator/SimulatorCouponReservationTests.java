package dev.talon.spring.simulator;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.SimulatorLoyaltyTests.parameters;
import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static dev.talon.spring.simulator.TalonV2.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coupon reservations over HTTP, end to end: reserving a code for profiles, finding it in their inventory, redeeming a
 * hard-reserved code only as one of them, listing and releasing reservations.
 */
class SimulatorCouponReservationTests {

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(PromotionRules.defaults()
			.and(new CouponRule(8, "VIP-ONLY", Discount.percent("20"), BigDecimal.ZERO, "VIP only: 20% off")
				.requiringReservation())));
		talon = new TalonV2(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void forgetEverything() {
		simulator.reset();
	}

	@Test
	void aHardReservedCodeIsForItsHoldersOnly() {
		RawHttp.Answer reserved = talon.http().send("POST", "/v1/coupon_reservations/vip-only",
				"{\"integrationIDs\":[\"ann\"]}");
		JsonNode inventory = ok(talon.http().send("GET", "/v1/customer_profiles/ann/inventory?coupons=true", null));
		JsonNode holder = cart("cart-ann", "ann");
		JsonNode other = cart("cart-bob", "bob");
		JsonNode anonymous = cart("cart-anon", "");

		assertThat(reserved.status()).isEqualTo(201);
		JsonNode coupon = reserved.json();
		assertThat(coupon.path("value").asString()).isEqualTo("VIP-ONLY");
		assertThat(coupon.path("campaignId").asLong()).isEqualTo(8);
		assertThat(coupon.path("isReservationMandatory").asBoolean()).isTrue();
		assertThat(coupon.path("reservationCounter").asInt()).isEqualTo(1);
		assertThat(inventory.path("coupons")).extracting((each) -> each.path("value").asString())
			.containsExactly("VIP-ONLY");
		assertThat(inventory.path("coupons").get(0).path("state").asString()).isEqualTo("active");
		assertThat(inventory.has("profile")).as("only the parts asked for").isFalse();
		assertThat(TalonV2.types(holder)).contains("acceptCoupon", "setDiscount");
		assertThat(TalonV2.props(other, "rejectCoupon").path("rejectionReason").asString())
			.isEqualTo("CouponReservationRequired");
		assertThat(TalonV2.props(anonymous, "rejectCoupon").path("rejectionReason").asString())
			.isEqualTo("ProfileRequired");
		assertThat(simulator.couponReservations("VIP-ONLY")).containsExactly("ann");

		RawHttp.Answer released = talon.http().send("DELETE", "/v1/coupon_reservations/VIP-ONLY",
				"{\"integrationIDs\":[\"ann\"]}");

		assertThat(released.status()).isEqualTo(204);
		assertThat(TalonV2.props(cart("cart-ann", "ann"), "rejectCoupon").path("rejectionReason").asString())
			.isEqualTo("CouponReservationRequired");
		assertThat(ok(talon.http().send("GET", "/v1/customer_profiles/ann/inventory?coupons=true", null))
			.path("coupons")).isEmpty();
	}

	@Test
	void aSoftReservedCodeIsInTheWalletAndRedeemableByAnyone() {
		talon.http().send("POST", "/v1/coupon_reservations/WELCOME10", "{\"integrationIDs\":[\"cid\",\"dee\"]}");
		talon.updated("order-1", "{\"profileId\":\"cid\",\"couponCodes\":[\"WELCOME10\"],\"state\":\"closed\","
				+ "\"cartItems\":" + array(item("BEANS", "20.00", 1)) + "}");
		JsonNode stranger = cart("cart-eve", "eve", "WELCOME10");

		JsonNode reserved = ok(talon.http().send("GET", "/v1/coupon_reservations/customerprofiles/WELCOME10", null));
		JsonNode wallet = ok(talon.http().send("GET", "/v1/customer_profiles/cid/inventory?coupons=true&profile=true",
				null));

		assertThat(TalonV2.types(stranger)).contains("acceptCoupon");
		assertThat(reserved.path("totalResultSize").asInt()).isEqualTo(2);
		assertThat(reserved.path("data")).extracting((profile) -> profile.path("integrationId").asString())
			.containsExactly("cid", "dee");
		JsonNode coupon = wallet.path("coupons").get(0);
		assertThat(coupon.path("isReservationMandatory").asBoolean()).isFalse();
		assertThat(coupon.path("profileRedemptionCount").asLong()).isEqualTo(1);
		assertThat(coupon.path("state").asString()).as("redeemed by the profile").isEqualTo("used");
		assertThat(wallet.path("profile").path("integrationId").asString()).isEqualTo("cid");
	}

	@Test
	void reservationsNeedAnExistingCouponAValidBodyAndCredentials() {
		RawHttp.Answer unknown = talon.http().send("POST", "/v1/coupon_reservations/NOPE", "{\"integrationIDs\":[\"a\"]}");
		RawHttp.Answer unknownList = talon.http().send("GET", "/v1/coupon_reservations/customerprofiles/NOPE", null);
		RawHttp.Answer unknownRelease = talon.http().send("DELETE", "/v1/coupon_reservations/NOPE",
				"{\"integrationIDs\":[]}");
		RawHttp.Answer noIds = talon.http().send("POST", "/v1/coupon_reservations/TAKE5", "{}");
		RawHttp.Answer emptyId = talon.http().send("POST", "/v1/coupon_reservations/TAKE5", "{\"integrationIDs\":[\"\"]}");
		RawHttp.Answer anonymous = talon.http().send("POST", "/v1/coupon_reservations/TAKE5",
				"{\"integrationIDs\":[\"a\"]}", new String[0]);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(parameters(unknown)).containsExactly("couponValue");
		assertThat(unknownList.status()).isEqualTo(404);
		assertThat(unknownRelease.status()).isEqualTo(404);
		assertThat(noIds.status()).isEqualTo(400);
		assertThat(noIds.pointers()).containsExactly("/integrationIDs");
		assertThat(emptyId.pointers()).containsExactly("/integrationIDs/0");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(simulator.profile("a")).as("nothing reserved").isEmpty();
	}

	@Test
	void aReservationCreatesMissingProfilesWithoutActivity() {
		ok(talon.http().send("PUT", "/v2/customer_profiles/fay", "{}"));
		java.time.Instant before = simulator.profile("fay").orElseThrow().lastActivity();

		talon.http().send("POST", "/v1/coupon_reservations/TAKE5", "{\"integrationIDs\":[\"fay\",\"gus\"]}");

		assertThat(simulator.profile("gus")).isPresent();
		assertThat(simulator.profile("fay").orElseThrow().lastActivity()).isEqualTo(before);
	}

	private static JsonNode cart(String session, String profile, String... codes) {
		String coupons = (codes.length == 0) ? "\"VIP-ONLY\"" : "\"" + String.join("\",\"", codes) + "\"";
		return talon.updated(session, "{\"profileId\":\"" + profile + "\",\"couponCodes\":[" + coupons + "],"
				+ "\"cartItems\":" + array(item("BEANS", "20.00", 1)) + "}");
	}

}
