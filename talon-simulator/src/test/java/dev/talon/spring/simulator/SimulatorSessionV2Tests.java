package dev.talon.spring.simulator;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static dev.talon.spring.simulator.TalonV2.props;
import static dev.talon.spring.simulator.TalonV2.types;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PUT} and {@code GET /v2/customer_sessions/{id}}: each update builds on the previous ones, several coupon
 * codes each accepted or rejected, server-computed totals and positions, v2 effect objects.
 */
class SimulatorSessionV2Tests {

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
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
	void aSessionIsCreatedOpenAndEachUpdateBuildsOnThePreviousOnes() {
		JsonNode created = talon.updated("s-1", "{\"profileId\":\"alice\",\"couponCodes\":[\"WELCOME10\"],"
				+ "\"cartItems\":" + array(item("MUG", "9.50", 2)) + ",\"attributes\":{\"channel\":\"web\"},"
				+ "\"identifiers\":[\"ip-1\"]}", "customerSession");
		JsonNode updated = talon.updated("s-1", "{\"cartItems\":" + array(item("MUG", "9.50", 3))
				+ ",\"attributes\":{\"device\":\"phone\"}}", "customerSession");

		JsonNode session = updated.path("customerSession");
		assertThat(created.path("customerSession").path("state").asString()).isEqualTo("open");
		assertThat(created.path("customerSession").path("updateCount").asLong()).isEqualTo(1);
		assertThat(session.path("updateCount").asLong()).isEqualTo(2);
		assertThat(session.path("profileId").asString()).isEqualTo("alice");
		assertThat(session.path("couponCodes").toString()).as("omitted: kept").isEqualTo("[\"WELCOME10\"]");
		assertThat(session.path("identifiers").toString()).isEqualTo("[\"ip-1\"]");
		assertThat(session.path("cartItems")).as("cart items replace the cart").hasSize(1);
		assertThat(session.path("cartItems").get(0).path("quantity").asLong()).isEqualTo(3);
		assertThat(session.path("attributes").path("channel").asString()).isEqualTo("web");
		assertThat(session.path("attributes").path("device").asString()).isEqualTo("phone");
		assertThat(session.path("total").decimalValue()).isEqualByComparingTo("28.50");
		assertThat(types(updated)).containsExactly("acceptCoupon", "setDiscount");
		assertThat(simulator.session("s-1").orElseThrow().updateCount()).isEqualTo(2);
		assertThat(simulator.events()).extracting(SimulatedEvent::type)
			.containsExactly("talon_session_created", "talon_session_updated");
	}

	@Test
	void anEmptyCouponListDiscardsEveryCouponAndAnOmittedOneKeepsThem() {
		talon.updated("s-2", "{\"couponCodes\":[\"WELCOME10\",\"TAKE5\"],\"cartItems\":" + array(item("A", "40.00", 1))
				+ "}");
		JsonNode kept = talon.updated("s-2", "{\"attributes\":{\"step\":\"shipping\"}}", "customerSession");
		JsonNode discarded = talon.updated("s-2", "{\"couponCodes\":[]}", "customerSession");

		assertThat(types(kept)).containsExactly("acceptCoupon", "setDiscount", "acceptCoupon", "setDiscount");
		assertThat(kept.path("customerSession").path("couponCodes")).hasSize(2);
		assertThat(types(discarded)).isEmpty();
		assertThat(discarded.path("customerSession").path("couponCodes")).isEmpty();
		assertThat(simulator.session("s-2").orElseThrow().coupon()).isEmpty();
	}

	@Test
	void anEmptyReferralCodeDiscardsTheReferral() {
		String code = talon.http().send("POST", "/v1/referrals",
				"{\"campaignId\":5,\"advocateProfileIntegrationId\":\"advocate\"}").json().path("code").asString();
		JsonNode accepted = talon.updated("s-3", "{\"profileId\":\"friend\",\"referralCode\":\"" + code
				+ "\",\"cartItems\":" + array(item("A", "30.00", 1)) + "}", "referral");
		JsonNode discarded = talon.updated("s-3", "{\"referralCode\":\"\"}", "customerSession");

		assertThat(props(accepted, "acceptReferral").path("value").asString()).isEqualTo(code);
		assertThat(props(accepted, "setDiscount").path("value").decimalValue()).isEqualByComparingTo("10.00");
		assertThat(accepted.path("referral").path("code").asString()).isEqualTo(code);
		assertThat(accepted.path("referral").path("referredCustomers")).as("counted when the session closes")
			.isEmpty();
		assertThat(types(discarded)).isEmpty();
		assertThat(discarded.path("customerSession").path("referralCode").asString()).isEmpty();
	}

	@Test
	void severalCouponCodesAreEachAcceptedOrRejectedWithAReason() {
		JsonNode answer = talon.updated("s-4", "{\"couponCodes\":[\"take5\",\"BOGUS\",\"WELCOME10\"],"
				+ "\"cartItems\":" + array(item("A", "20.00", 1)) + "}", "coupons");

		assertThat(types(answer)).containsExactly("acceptCoupon", "setDiscount", "rejectCoupon", "rejectCoupon");
		JsonNode effects = answer.path("effects");
		assertThat(effects.get(0).path("props").path("value").asString()).isEqualTo("WELCOME10");
		assertThat(effects.get(0).path("triggeredByCoupon").asLong()).isEqualTo(2);
		assertThat(effects.get(1).path("props").path("value").decimalValue()).isEqualByComparingTo("2.00");
		assertThat(effects.get(2).path("campaignId").asLong()).isEqualTo(3);
		assertThat(effects.get(2).path("props").toString())
			.isEqualTo("{\"value\":\"take5\",\"rejectionReason\":\"CouponRejectedByCondition\"}");
		assertThat(effects.get(3).path("campaignId").asLong()).as("no campaign").isZero();
		assertThat(effects.get(3).path("props").toString())
			.isEqualTo("{\"value\":\"BOGUS\",\"rejectionReason\":\"CouponNotFound\"}");
		assertThat(answer.path("coupons")).extracting((coupon) -> coupon.path("value").asString())
			.as("the coupons that exist").containsExactly("TAKE5", "WELCOME10");
	}

	@Test
	void effectsAreV2EffectObjects() {
		RawHttp.Answer answer = talon.updateSession("s-5", "{\"couponCodes\":[\"TAKE5\"],\"cartItems\":"
				+ array(item("A", "20", 2)) + "}");

		assertThat(answer.json().path("effects").toString()).isEqualTo("[{\"campaignId\":3,\"rulesetId\":3,"
				+ "\"ruleIndex\":0,\"ruleName\":\"Coupon TAKE5: 5.00 off orders of 30.00 or more\","
				+ "\"effectType\":\"acceptCoupon\",\"triggeredByCoupon\":3,\"props\":{\"value\":\"TAKE5\"}},"
				+ "{\"campaignId\":3,\"rulesetId\":3,\"ruleIndex\":0,"
				+ "\"ruleName\":\"Coupon TAKE5: 5.00 off orders of 30.00 or more\",\"effectType\":\"setDiscount\","
				+ "\"triggeredByCoupon\":3,\"props\":{\"name\":\"Coupon TAKE5: 5.00 off orders of 30.00 or more\","
				+ "\"value\":5.00}}]");
		assertThat(answer.json().path("createdCoupons").isArray()).isTrue();
		assertThat(answer.json().path("createdReferrals").isArray()).isTrue();
	}

	@Test
	void theServerComputesTheTotalsAndThePositions() {
		JsonNode session = talon.updated("s-6", "{\"cartItems\":[{\"sku\":\"A\",\"quantity\":2,\"price\":10.00,"
				+ "\"additionalCosts\":{\"wrapping\":{\"price\":0.50}}},{\"sku\":\"B\",\"quantity\":1,\"price\":5.25},"
				+ "{\"sku\":\"SAMPLE\",\"quantity\":1,\"price\":0}],\"additionalCosts\":{\"shipping\":{\"price\":4.90}}}",
				"customerSession").path("customerSession");

		assertThat(session.path("cartItemTotal").decimalValue()).isEqualByComparingTo("25.25");
		assertThat(session.path("cartItemAdditionalCostTotal").decimalValue()).as("per unit")
			.isEqualByComparingTo("1.00");
		assertThat(session.path("additionalCostTotal").decimalValue()).isEqualByComparingTo("4.90");
		assertThat(session.path("total").decimalValue()).isEqualByComparingTo("31.15");
		assertThat(session.path("cartItems")).extracting((item) -> item.path("position").asInt())
			.containsExactly(0, 1, 2);
		assertThat(session.path("cartItems").get(2).path("price").decimalValue()).as("zero is a price")
			.isEqualByComparingTo("0");
		assertThat(session.path("cartItems").get(0).path("returnedQuantity").asLong()).isZero();
		assertThat(session.path("cartItems").get(0).path("remainingQuantity").asLong()).isEqualTo(2);
	}

	@Test
	void getAnswersTheSessionAndItsCurrentEffects() {
		JsonNode updated = talon.updated("s-7", "{\"cartItems\":" + array(item("GRINDER-HAND", "59.00", 1)) + "}");

		JsonNode read = talon.session("s-7");

		assertThat(read.path("effects")).isEqualTo(updated.path("effects"));
		assertThat(types(read)).containsExactly("setDiscount", "addFreeItem");
		assertThat(read.path("customerSession").path("integrationId").asString()).isEqualTo("s-7");
		assertThat(read.path("customerSession").path("cartItemTotal").decimalValue()).isEqualByComparingTo("59.00");
	}

	@Test
	void anUnknownSessionIsNotFound() {
		RawHttp.Answer get = talon.http().send("GET", "/v2/customer_sessions/nobody", null);
		RawHttp.Answer reopen = talon.reopen("nobody");

		assertThat(List.of(get.status(), reopen.status())).containsOnly(404);
		assertThat(get.json().path("message").asString()).isEqualTo("Customer session not found");
		assertThat(simulator.session("nobody")).isEmpty();
	}

	@Test
	void anAnonymousSessionHasNoProfileAndEachSessionOfAProfileAfterTheFirstIsNot() {
		JsonNode anonymous = talon.updated("s-8", "{\"profileId\":\"\",\"cartItems\":" + array(item("A", "5", 1)) + "}",
				"customerSession", "customerProfile");
		JsonNode first = talon.updated("s-9", "{\"profileId\":\"bob\"}", "customerSession", "customerProfile");
		JsonNode second = talon.updated("s-10", "{\"profileId\":\"bob\"}", "customerSession");

		assertThat(anonymous.has("customerProfile")).isFalse();
		assertThat(anonymous.path("customerSession").path("firstSession").asBoolean()).isTrue();
		assertThat(first.path("customerSession").path("firstSession").asBoolean()).isTrue();
		assertThat(first.path("customerProfile").path("integrationId").asString()).isEqualTo("bob");
		assertThat(second.path("customerSession").path("firstSession").asBoolean()).isFalse();
		assertThat(simulator.profile("bob")).as("created on first use").isPresent();
	}

}
