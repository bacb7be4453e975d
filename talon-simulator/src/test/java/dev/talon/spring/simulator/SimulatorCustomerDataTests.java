package dev.talon.spring.simulator;

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
 * What the simulator answers about a customer over HTTP: the inventory, achievements, referral codes for many
 * advocates, the running campaigns, and the deletion of a customer's data.
 */
class SimulatorCustomerDataTests {

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
	void theInventoryHasTheSectionsAskedFor() {
		JsonNode referral = ok201(talon.http().send("POST", "/v1/referrals",
				"{\"campaignId\":5,\"advocateProfileIntegrationId\":\"ann\"}"));
		talon.http().send("POST", "/v1/referrals", "{\"campaignId\":5,\"advocateProfileIntegrationId\":\"someone\"}");
		talon.updated("order-1", "{\"profileId\":\"bob\",\"referralCode\":\"" + referral.path("code").asString()
				+ "\",\"state\":\"closed\",\"cartItems\":" + array(item("BEANS", "40.00", 1)) + "}");
		talon.updated("order-2", "{\"profileId\":\"ann\",\"state\":\"closed\",\"cartItems\":"
				+ array(item("BEANS", "12.00", 1)) + "}");
		talon.http().send("POST", "/v1/coupon_reservations/TAKE5", "{\"integrationIDs\":[\"ann\"]}");

		JsonNode everything = ok(talon.http().send("GET", "/v1/customer_profiles/ann/inventory?profile=true"
				+ "&referrals=true&coupons=true&loyalty=true&giveaways=true&achievements=true", null));
		JsonNode nothing = ok(talon.http().send("GET", "/v1/customer_profiles/ann/inventory", null));
		JsonNode someFalse = ok(talon.http().send("GET", "/v1/customer_profiles/ann/inventory?profile=false"
				+ "&referrals=true", null));

		assertThat(everything.path("profile").path("integrationId").asString()).isEqualTo("ann");
		assertThat(everything.path("referrals")).hasSize(1);
		assertThat(everything.path("referrals").get(0).path("code").asString()).isEqualTo(referral.path("code").asString());
		assertThat(everything.path("referrals").get(0).path("referredCustomers")).extracting(JsonNode::asString)
			.containsExactly("bob");
		assertThat(everything.path("coupons")).extracting((coupon) -> coupon.path("value").asString())
			.containsExactly("TAKE5");
		assertThat(everything.path("loyalty").path("programs").path("1").path("ledger").path("currentBalance")
			.decimalValue()).isEqualByComparingTo("12");
		assertThat(everything.path("giveaways").isArray()).isTrue();
		assertThat(everything.path("achievements").isArray()).isTrue();
		assertThat(nothing.propertyNames()).isEmpty();
		assertThat(someFalse.propertyNames()).containsExactly("referrals");
		assertThat(talon.http().send("GET", "/v1/customer_profiles/nobody/inventory", null).status()).isEqualTo(404);
		assertThat(talon.http().send("GET", "/v1/customer_profiles/ann/inventory?loyalty=1", null).status())
			.isEqualTo(400);
	}

	@Test
	void deletedCustomerDataIsGone() {
		talon.updated("order-1", "{\"profileId\":\"cid\",\"state\":\"closed\",\"cartItems\":"
				+ array(item("BEANS", "20.00", 1)) + "}");
		talon.updated("cart-2", "{\"profileId\":\"cid\"}");
		talon.updated("cart-other", "{\"profileId\":\"dee\"}");
		talon.http().send("POST", "/v3/events", "{\"profileId\":\"cid\",\"type\":\"viewed\",\"integrationId\":\"ev-1\"}");
		talon.http().send("POST", "/v1/coupon_reservations/TAKE5", "{\"integrationIDs\":[\"cid\",\"dee\"]}");
		JsonNode referral = ok201(talon.http().send("POST", "/v1/referrals",
				"{\"campaignId\":5,\"advocateProfileIntegrationId\":\"cid\",\"attributes\":{\"email\":\"c@example.com\"}}"));

		RawHttp.Answer deleted = talon.http().send("DELETE", "/v1/customer_data/cid", null);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(talon.http().send("GET", "/v1/customer_profiles/cid/inventory?profile=true", null).status())
			.isEqualTo(404);
		assertThat(talon.http().send("GET", "/v2/customer_sessions/order-1", null).status()).isEqualTo(404);
		assertThat(talon.http().send("GET", "/v2/customer_sessions/cart-2", null).status()).isEqualTo(404);
		assertThat(talon.http().send("GET", "/v3/events/ev-1", null).status()).isEqualTo(404);
		assertThat(talon.http().send("GET", "/v1/loyalty_programs/1/profile/cid/balances", null).status())
			.isEqualTo(404);
		assertThat(talon.http().send("DELETE", "/v1/customer_data/cid", null).status()).isEqualTo(404);
		assertThat(simulator.profile("cid")).isEmpty();
		assertThat(simulator.loyaltyLedger("cid", 1)).isEmpty();
		assertThat(simulator.events()).extracting(SimulatedEvent::profileId).doesNotContain("cid");
		assertThat(simulator.couponReservations("TAKE5")).containsExactly("dee");
		assertThat(talon.updated("cart-friend", "{\"profileId\":\"friend\",\"referralCode\":\""
				+ referral.path("code").asString() + "\"}", "referral").path("referral").path("attributes").isEmpty())
			.as("the advocate's referral code lost its attributes").isTrue();
		assertThat(simulator.session("cart-other")).as("other customers stay").isPresent();
	}

	@Test
	void theSimulatorHasNoAchievements() {
		ok(talon.http().send("PUT", "/v2/customer_profiles/eve", "{}"));

		JsonNode achievements = ok(talon.http().send("GET", "/v1/customer_profiles/eve/achievements"
				+ "?campaignIds=1,2&achievementStatus=active&currentProgressStatus=inprogress,completed&pageSize=5", null));
		RawHttp.Answer history = talon.http().send("GET", "/v1/customer_profiles/eve/achievements/3", null);
		RawHttp.Answer unknownProfile = talon.http().send("GET", "/v1/customer_profiles/nobody/achievements", null);
		RawHttp.Answer badStatus = talon.http().send("GET", "/v1/customer_profiles/eve/achievements"
				+ "?achievementStatus=active,done", null);
		RawHttp.Answer badId = talon.http().send("GET", "/v1/customer_profiles/eve/achievements/three", null);

		assertThat(achievements.path("totalResultSize").asInt()).isZero();
		assertThat(achievements.path("data")).isEmpty();
		assertThat(history.status()).isEqualTo(404);
		assertThat(parameters(history)).containsExactly("achievementId");
		assertThat(unknownProfile.status()).isEqualTo(404);
		assertThat(badStatus.status()).isEqualTo(400);
		assertThat(parameters(badStatus)).containsExactly("achievementStatus");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(parameters(badId)).containsExactly("achievementId");
	}

	@Test
	void referralCodesForManyAdvocatesAreOnePerAdvocate() {
		RawHttp.Answer silent = talon.http().send("POST", "/v1/referrals_for_multiple_advocates",
				"{\"campaignId\":5,\"advocateProfileIntegrationIds\":[\"fay\",\"gus\"]}");
		RawHttp.Answer answered = talon.http().send("POST", "/v1/referrals_for_multiple_advocates?silent=no",
				"{\"campaignId\":5,\"advocateProfileIntegrationIds\":[\"hal\",\"ivy\"],\"usageLimit\":2,"
						+ "\"referralPattern\":\"FRIEND-###\",\"validCharacters\":[\"X\",\"Y\",\"Z\"],"
						+ "\"attributes\":{\"channel\":\"app\"}}");
		RawHttp.Answer notReferral = talon.http().send("POST", "/v1/referrals_for_multiple_advocates",
				"{\"campaignId\":2,\"advocateProfileIntegrationIds\":[\"fay\"]}");
		RawHttp.Answer exhausted = talon.http().send("POST", "/v1/referrals_for_multiple_advocates",
				"{\"campaignId\":5,\"advocateProfileIntegrationIds\":[\"a\",\"b\",\"c\"],\"referralPattern\":\"ONE-#\","
						+ "\"validCharacters\":[\"1\",\"2\"]}");

		assertThat(silent.status()).isEqualTo(204);
		assertThat(ok(talon.http().send("GET", "/v1/customer_profiles/gus/inventory?referrals=true", null))
			.path("referrals")).hasSize(1);
		assertThat(answered.status()).isEqualTo(201);
		JsonNode codes = answered.json();
		assertThat(codes.path("totalResultSize").asInt()).isEqualTo(2);
		assertThat(codes.path("data")).extracting((code) -> code.path("advocateProfileIntegrationId").asString())
			.containsExactly("hal", "ivy");
		assertThat(codes.path("data")).extracting((code) -> code.path("code").asString())
			.allMatch((code) -> code.matches("FRIEND-[XYZ]{3}")).doesNotHaveDuplicates();
		assertThat(codes.path("data").get(0).path("usageLimit").asLong()).isEqualTo(2);
		assertThat(codes.path("data").get(0).path("attributes").path("channel").asString()).isEqualTo("app");
		assertThat(notReferral.status()).isEqualTo(400);
		assertThat(notReferral.pointers()).containsExactly("/campaignId");
		assertThat(exhausted.status()).as("two codes for three advocates").isEqualTo(400);
		assertThat(exhausted.pointers()).containsExactly("/referralPattern");
		assertThat(simulator.profile("a")).as("all or nothing").isEmpty();
	}

	@Test
	void theRulesAreTheRunningCampaigns() {
		JsonNode all = ok(talon.http().send("GET", "/v1/integration/campaigns", null));
		JsonNode page = ok(talon.http().send("GET", "/v1/integration/campaigns?pageSize=2&skip=2", null));
		JsonNode last = ok(talon.http().send("GET", "/v1/integration/campaigns?pageSize=2&skip=4", null));
		JsonNode some = ok(talon.http().send("GET", "/v1/integration/campaigns?campaignIds=2,10", null));
		JsonNode inStore = ok(talon.http().send("GET", "/v1/integration/campaigns?storeId=1", null));
		JsonNode startedBefore = ok(talon.http().send("GET",
				"/v1/integration/campaigns?startBefore=2000-01-01T00:00:00Z", null));

		assertThat(all.path("data")).extracting((campaign) -> campaign.path("id").asLong())
			.containsExactly(1L, 2L, 3L, 4L, 5L, 10L);
		assertThat(all.path("hasMore").asBoolean()).isFalse();
		assertThat(all.path("data").get(1).path("features")).extracting(JsonNode::asString).containsExactly("coupons");
		assertThat(all.path("data").get(5).path("rules").get(0).path("title").asString())
			.isEqualTo("1 point per 1.00 spent");
		assertThat(page.path("data")).extracting((campaign) -> campaign.path("id").asLong()).containsExactly(3L, 4L);
		assertThat(page.path("hasMore").asBoolean()).isTrue();
		assertThat(last.path("hasMore").asBoolean()).isFalse();
		assertThat(some.path("data")).extracting((campaign) -> campaign.path("id").asLong()).containsExactly(2L, 10L);
		assertThat(inStore.path("data")).isEmpty();
		assertThat(startedBefore.path("data")).isEmpty();
		assertThat(talon.http().send("GET", "/v1/integration/campaigns?storeId=x", null).status()).isEqualTo(400);
		assertThat(talon.http().send("GET", "/v1/integration/campaigns", null, new String[0]).status())
			.isEqualTo(401);
	}

	@Test
	void faultsAndLatencyHoldForTheseOperationsToo() {
		ok(talon.http().send("PUT", "/v2/customer_profiles/jo", "{}"));
		simulator.faults().failNext(1, SimulatedFailure.status(503));

		RawHttp.Answer failed = talon.http().send("DELETE", "/v1/customer_data/jo", null);

		assertThat(failed.status()).isEqualTo(503);
		assertThat(simulator.profile("jo")).as("a failed request changes nothing").isPresent();
		simulator.faults().latency(java.time.Duration.ofMillis(300));
		long started = System.nanoTime();
		RawHttp.Answer slow = talon.http().send("GET", "/v1/customer_profiles/jo/inventory?profile=true", null);
		simulator.faults().clear();
		assertThat(slow.status()).isEqualTo(200);
		assertThat(System.nanoTime() - started).as("held by the latency").isGreaterThanOrEqualTo(300_000_000L);
		assertThat(talon.http().send("DELETE", "/v1/customer_data/jo", null).status()).isEqualTo(204);
	}

	private static JsonNode ok201(RawHttp.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

}
