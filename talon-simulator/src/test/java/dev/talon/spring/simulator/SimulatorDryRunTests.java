package dev.talon.spring.simulator;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static dev.talon.spring.simulator.TalonV2.ok;
import static dev.talon.spring.simulator.TalonV2.props;
import static dev.talon.spring.simulator.TalonV2.types;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dry=true} persists nothing and considers only the payload; {@code now} simulates a future date in dry
 * requests only; {@code responseContent} chooses the parts of the answer.
 */
class SimulatorDryRunTests {

	private static final Instant START = Instant.parse("2026-06-01T12:00:00Z");

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().clock(new MutableClock(START)));
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
	void aDryClosingPersistsNothing() {
		JsonNode dry = ok(talon.updateSessionWithQuery("d-1", "dry=true", "{\"profileId\":\"vera\",\"state\":\"closed\","
				+ "\"couponCodes\":[\"WELCOME10\"],\"cartItems\":" + array(item("A", "30.00", 1)) + "}",
				"customerSession", "customerProfile", "loyalty", "event"));

		assertThat(types(dry)).containsExactly("acceptCoupon", "setDiscount", "addLoyaltyPoints");
		assertThat(props(dry, "addLoyaltyPoints").path("value").decimalValue()).isEqualByComparingTo("27");
		assertThat(dry.path("customerSession").path("state").asString()).isEqualTo("closed");
		assertThat(dry.path("customerProfile").path("closedSessions").asLong()).isZero();
		assertThat(dry.path("loyalty").path("programs").isEmpty()).isTrue();
		assertThat(dry.path("event").path("type").asString()).isEqualTo("talon_session_created");
		assertThat(simulator.session("d-1")).isEmpty();
		assertThat(simulator.profile("vera")).isEmpty();
		assertThat(simulator.couponRedemptions("WELCOME10")).isZero();
		assertThat(simulator.loyaltyLedger("vera", 1)).isEmpty();
		assertThat(simulator.events()).isEmpty();
	}

	@Test
	void aDryUpdateConsidersOnlyThePayload() {
		talon.updated("d-2", "{\"profileId\":\"walt\",\"couponCodes\":[\"WELCOME10\"],\"cartItems\":"
				+ array(item("A", "60.00", 1)) + "}");
		talon.updated("d-2", "{\"state\":\"closed\"}");

		JsonNode dry = ok(talon.updateSessionWithQuery("d-2", "dry=true", "{\"cartItems\":" + array(item("B", "20.00", 1))
				+ "}", "customerSession"));

		assertThat(dry.path("customerSession").path("state").asString()).as("not the stored closed session")
			.isEqualTo("open");
		assertThat(dry.path("customerSession").path("couponCodes")).as("not the stored coupons").isEmpty();
		assertThat(dry.path("customerSession").path("profileId").asString()).isEmpty();
		assertThat(types(dry)).isEmpty();
		assertThat(simulator.session("d-2").orElseThrow().state()).isEqualTo(SessionState.CLOSED);
		assertThat(simulator.session("d-2").orElseThrow().cartItems()).extracting(SimulatedCartItem::sku)
			.containsExactly("A");
		assertThat(simulator.session("d-2").orElseThrow().updateCount()).isEqualTo(2);
	}

	@Test
	void nowSimulatesAFutureDateInDryRequests() {
		String code = talon.http().send("POST", "/v1/referrals", "{\"campaignId\":5,"
				+ "\"advocateProfileIntegrationId\":\"advocate\",\"startDate\":\"2026-07-01T00:00:00Z\"}").json()
			.path("code").asString();
		String cart = "{\"profileId\":\"xena\",\"referralCode\":\"" + code + "\",\"cartItems\":"
				+ array(item("A", "30.00", 1)) + "}";

		JsonNode today = ok(talon.updateSessionWithQuery("d-3", "dry=true", cart, "customerSession"));
		JsonNode july = ok(talon.updateSessionWithQuery("d-3", "dry=true&now=2026-07-02T00:00:00Z", cart, "customerSession"));

		assertThat(props(today, "rejectReferral").path("rejectionReason").asString())
			.isEqualTo("ReferralStartDateInFuture");
		assertThat(types(july)).containsExactly("acceptReferral", "setDiscount");
		assertThat(july.path("customerSession").path("created").asString()).isEqualTo("2026-07-02T00:00:00Z");
	}

	@Test
	void nowIsRefusedWithoutDryOrInThePast() {
		RawHttp.Answer withoutDry = talon.updateSessionWithQuery("d-4", "now=2027-01-01T00:00:00Z", "{}");
		RawHttp.Answer past = talon.updateSessionWithQuery("d-4", "dry=true&now=2026-06-01T11:59:59Z", "{}");
		RawHttp.Answer notADate = talon.updateSessionWithQuery("d-4", "dry=true&now=tomorrow", "{}");

		assertThat(withoutDry.status()).isEqualTo(400);
		assertThat(parameter(withoutDry)).isEqualTo("now");
		assertThat(withoutDry.json().path("errors").get(0).path("title").asString())
			.isEqualTo("can only be used with dry=true");
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().path("errors").get(0).path("title").asString()).isEqualTo("must be in the future");
		assertThat(parameter(notADate)).isEqualTo("now");
		assertThat(simulator.session("d-4")).isEmpty();
	}

	@Test
	void campaignEligibilityIsAnsweredToDryRequestsOnly() {
		RawHttp.Answer refused = talon.updateSession("d-5", "{}", "customerSession", "campaignEligibility");
		JsonNode dry = ok(talon.updateSessionWithQuery("d-5", "dry=true", "{\"couponCodes\":[\"TAKE5\"],\"cartItems\":"
				+ array(item("A", "20.00", 1)) + "}", "campaignEligibility"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.pointers()).containsExactly("/responseContent/1");
		assertThat(simulator.session("d-5")).isEmpty();
		JsonNode eligibility = dry.path("campaignEligibility");
		assertThat(eligibility).extracting((campaign) -> campaign.path("id").asLong())
			.containsExactly(1L, 3L, 4L, 10L);
		JsonNode take5 = eligibility.get(1);
		assertThat(take5.path("eligibility").get(0).path("passed").asBoolean()).isFalse();
		assertThat(take5.path("eligibility").get(0).path("couponCode").asString()).isEqualTo("TAKE5");
		assertThat(take5.path("rules").get(0).path("eligibility").get(0).path("details").path("details").asString())
			.isEqualTo("the cart's subtotal 20.00 is below 30.00");
	}

	@Test
	void onlyTheRequestedPartsAreAnswered() {
		JsonNode bare = talon.updated("d-6", "{\"profileId\":\"yann\",\"couponCodes\":[\"WELCOME10\"]}");
		JsonNode full = talon.updated("d-6", "{}", "customerSession", "customerProfile", "coupons",
				"triggeredCampaigns", "referral", "loyalty", "event", "awardedGiveaways", "ruleFailureReasons",
				"previousReturns", "achievements");

		assertThat(bare.propertyNames()).containsExactly("effects", "createdCoupons", "createdReferrals");
		assertThat(full.propertyNames()).as("no referral code, so no referral").containsExactlyInAnyOrder("effects",
				"createdCoupons", "createdReferrals", "customerSession", "customerProfile", "coupons",
				"triggeredCampaigns", "loyalty", "event", "awardedGiveaways", "ruleFailureReasons", "previousReturns",
				"achievements");
		assertThat(full.path("triggeredCampaigns")).extracting((campaign) -> campaign.path("name").asString())
			.containsExactly("Coupon WELCOME10: 10% off");
		assertThat(full.path("triggeredCampaigns").get(0).path("features").toString()).isEqualTo("[\"coupons\"]");
		assertThat(full.path("ruleFailureReasons")).extracting((reason) -> reason.path("campaignID").asLong())
			.containsExactly(1L, 4L, 10L);
		assertThat(full.path("awardedGiveaways")).isEmpty();
	}

	@Test
	void anUnknownResponseContentIsRefused() {
		RawHttp.Answer answer = talon.updateSession("d-7", "{}", "customerSession", "everything");
		RawHttp.Answer advancedEvent = talon.updateSession("d-7", "{}", "advancedEvent");

		assertThat(answer.pointers()).containsExactly("/responseContent/1");
		assertThat(advancedEvent.pointers()).as("v3 events only").containsExactly("/responseContent/0");
	}

	private static String parameter(RawHttp.Answer answer) {
		return answer.json().path("errors").get(0).path("source").path("parameter").asString();
	}

}
