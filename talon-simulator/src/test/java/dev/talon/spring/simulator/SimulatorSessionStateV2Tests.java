package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static dev.talon.spring.simulator.TalonV2.ok;
import static dev.talon.spring.simulator.TalonV2.props;
import static dev.talon.spring.simulator.TalonV2.types;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v2 state machine: the transitions the spec lists and Talon.One's 400 for the others, and what closing counts
 * and cancelling or reopening rolls back (discounts, coupon and referral redemptions, loyalty points), while free items
 * stay.
 */
class SimulatorSessionStateV2Tests {

	/** 59.00 grinder + 2 x 9.50 mugs = 78.00; 10% threshold (7.80) and WELCOME10 (7.80) off: 62.40, 62 points. */
	private static final String ORDER = "{\"profileId\":\"carol\",\"couponCodes\":[\"WELCOME10\"],\"cartItems\":"
			+ array(item("GRINDER-HAND", "59.00", 1), item("MUG", "9.50", 2)) + "}";

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

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "open, closed", "open, cancelled", "open, open", "closed, cancelled", "new, closed", "new, open",
			"new, cancelled" })
	void theSpecsTransitionsAreAllowed(String from, String to) {
		String id = "allowed-" + from + "-" + to;
		moveTo(id, from);

		JsonNode answer = talon.updated(id, "{\"state\":\"" + to + "\"}", "customerSession");

		assertThat(answer.path("customerSession").path("state").asString()).isEqualTo(to);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "closed, closed", "closed, open", "cancelled, open", "cancelled, closed", "cancelled, cancelled",
			"open, partially_returned", "closed, partially_returned", "new, partially_returned",
			"partially_returned, open", "partially_returned, closed", "partially_returned, partially_returned" })
	void otherTransitionsAreRefusedWithTalonOnesMessage(String from, String to) {
		String id = "refused-" + from + "-" + to;
		moveTo(id, from);
		SessionState before = simulator.session(id).map(SimulatedSession::state).orElse(null);

		RawHttp.Answer answer = talon.updateSession(id, "{\"state\":\"" + to + "\",\"couponCodes\":[\"X\"]}");

		String current = from.equals("new") ? "open" : from;
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("message").asString())
			.isEqualTo("Cannot move session to state \"" + to + "\" from state \"" + current + "\"");
		assertThat(answer.pointers()).containsExactly("/customerSession/state");
		assertThat(simulator.session(id).map(SimulatedSession::state).orElse(null)).isEqualTo(before);
	}

	@Test
	void aStateChangeWhoseAnswerWasLostIsRecognisedByItsMessage() {
		String order = "{\"profileId\":\"erin\",\"state\":\"closed\",\"cartItems\":" + array(item("A", "10", 1)) + "}";
		talon.updated("lost", order);

		RawHttp.Answer resent = talon.updateSession("lost", order);

		assertThat(resent.status()).isEqualTo(400);
		assertThat(resent.json().path("message").asString())
			.isEqualTo("Cannot move session to state \"closed\" from state \"closed\"");
		assertThat(simulator.profile("erin").orElseThrow().closedSessions()).as("counted once").isEqualTo(1);
	}

	@Test
	void closingCountsTheOrderAndAwardsLoyaltyPoints() {
		talon.updated("order-1", ORDER);
		JsonNode closed = talon.updated("order-1", "{\"state\":\"closed\"}", "customerProfile", "loyalty");

		assertThat(types(closed)).containsExactly("setDiscount", "acceptCoupon", "setDiscount", "addFreeItem",
				"addLoyaltyPoints");
		JsonNode points = props(closed, "addLoyaltyPoints");
		assertThat(points.path("value").decimalValue()).isEqualByComparingTo("62");
		assertThat(points.path("programId").asLong()).isEqualTo(1);
		assertThat(points.path("subLedgerId").asString()).isEmpty();
		assertThat(points.path("recipientIntegrationId").asString()).isEqualTo("carol");
		assertThat(points.path("transactionUUID").asString()).hasSize(36);
		assertThat(closed.path("customerProfile").path("closedSessions").asLong()).isEqualTo(1);
		assertThat(closed.path("customerProfile").path("totalSales").decimalValue()).as("before discounts")
			.isEqualByComparingTo("78.00");
		assertThat(closed.path("loyalty").path("programs").path("1").path("ledger").path("currentBalance")
			.decimalValue()).isEqualByComparingTo("62");
		assertThat(simulator.couponRedemptions("welcome10")).isEqualTo(1);
		assertThat(simulator.loyaltyLedger("carol", 1).orElseThrow().transactions()).singleElement()
			.satisfies((transaction) -> assertThat(transaction.transactionUUID())
				.isEqualTo(points.path("transactionUUID").asString()));
		assertThat(simulator.events()).extracting(SimulatedEvent::type).endsWith("talon_session_closed");
	}

	@Test
	void cancellingAClosedSessionRollsBackWhatTalonOneRollsBack() {
		String code = referralCode("advocate", 5);
		talon.updated("order-2", "{\"profileId\":\"carol\",\"couponCodes\":[\"WELCOME10\"],\"referralCode\":\"" + code
				+ "\",\"cartItems\":" + array(item("GRINDER-HAND", "59.00", 1)) + "}");
		JsonNode closed = talon.updated("order-2", "{\"state\":\"closed\"}");
		JsonNode cancelled = talon.updated("order-2", "{\"state\":\"cancelled\"}", "customerProfile");

		assertThat(types(closed)).containsExactly("setDiscount", "acceptCoupon", "setDiscount", "addFreeItem",
				"acceptReferral", "setDiscount", "addLoyaltyPoints");
		assertThat(types(cancelled)).as("no rollback of free items").containsExactly("rollbackDiscount",
				"rollbackCoupon", "rollbackDiscount", "rollbackReferral", "rollbackDiscount",
				"rollbackAddedLoyaltyPoints");
		JsonNode firstRollback = cancelled.path("effects").get(0);
		assertThat(firstRollback.path("campaignId").asLong()).isEqualTo(1);
		assertThat(firstRollback.path("props").path("name").asString()).isEqualTo("10% off orders of 50.00 or more");
		assertThat(firstRollback.path("props").path("value").decimalValue()).isEqualByComparingTo("5.90");
		assertThat(props(cancelled, "rollbackCoupon").path("value").asString()).isEqualTo("WELCOME10");
		assertThat(props(cancelled, "rollbackReferral").path("value").asString()).isEqualTo(code);
		assertThat(props(cancelled, "rollbackAddedLoyaltyPoints").path("value").decimalValue())
			.isEqualTo(props(closed, "addLoyaltyPoints").path("value").decimalValue());
		assertThat(props(cancelled, "rollbackAddedLoyaltyPoints").path("transactionUUID").asString())
			.isNotEqualTo(props(closed, "addLoyaltyPoints").path("transactionUUID").asString());
		assertThat(cancelled.path("customerProfile").path("closedSessions").asLong()).isZero();
		assertThat(cancelled.path("customerProfile").path("totalSales").decimalValue()).isEqualByComparingTo("0");
		assertThat(simulator.couponRedemptions("WELCOME10")).isZero();
		assertThat(simulator.referral(code).orElseThrow().usageCounter()).isZero();
		assertThat(simulator.loyaltyLedger("carol", 1).orElseThrow().currentBalance()).isEqualByComparingTo("0");
		assertThat(types(talon.session("order-2"))).as("the effects still valid").containsExactly("addFreeItem");
		assertThat(simulator.events()).extracting(SimulatedEvent::type).endsWith("talon_session_revoked");
	}

	@Test
	void cancellingAnOpenSessionRollsBackNothing() {
		talon.updated("open-cancel", ORDER);

		JsonNode cancelled = talon.updated("open-cancel", "{\"state\":\"cancelled\"}");

		assertThat(types(cancelled)).isEmpty();
		assertThat(types(talon.session("open-cancel"))).isEmpty();
		assertThat(simulator.profile("carol").orElseThrow().closedSessions()).isZero();
		assertThat(simulator.events()).extracting(SimulatedEvent::type).endsWith("talon_session_cancelled");
	}

	@Test
	void reopeningRollsBackAndClosingAgainCountsAgain() {
		talon.updated("order-3", ORDER);
		JsonNode closed = talon.updated("order-3", "{\"state\":\"closed\"}");

		JsonNode reopened = ok(talon.reopen("order-3"));

		assertThat(types(reopened)).containsExactly("rollbackDiscount", "rollbackCoupon", "rollbackDiscount",
				"rollbackAddedLoyaltyPoints");
		assertThat(reopened.propertyNames()).containsExactly("effects");
		assertThat(simulator.session("order-3").orElseThrow().state()).isEqualTo(SessionState.OPEN);
		assertThat(simulator.profile("carol").orElseThrow().closedSessions()).isZero();
		assertThat(simulator.couponRedemptions("WELCOME10")).isZero();
		assertThat(simulator.loyaltyLedger("carol", 1).orElseThrow().currentBalance()).isEqualByComparingTo("0");
		assertThat(types(talon.session("order-3"))).containsExactly("addFreeItem");
		assertThat(simulator.events()).extracting(SimulatedEvent::type).endsWith("talon_session_reopened");

		JsonNode edited = talon.updated("order-3", "{\"cartItems\":" + array(item("GRINDER-HAND", "59.00", 1)) + "}");
		JsonNode closedAgain = talon.updated("order-3", "{\"state\":\"closed\"}", "customerProfile");

		assertThat(types(edited)).containsExactly("setDiscount", "acceptCoupon", "setDiscount", "addFreeItem");
		assertThat(props(closedAgain, "addLoyaltyPoints").path("value").decimalValue())
			.as("59.00 less 5.90 and 5.90").isEqualByComparingTo("47");
		assertThat(props(closedAgain, "addLoyaltyPoints").path("transactionUUID").asString())
			.isNotEqualTo(props(closed, "addLoyaltyPoints").path("transactionUUID").asString());
		assertThat(closedAgain.path("customerProfile").path("closedSessions").asLong()).isEqualTo(1);
		assertThat(closedAgain.path("customerProfile").path("totalSales").decimalValue()).isEqualByComparingTo("59.00");
		assertThat(simulator.couponRedemptions("WELCOME10")).isEqualTo(1);
		assertThat(simulator.loyaltyLedger("carol", 1).orElseThrow().currentBalance()).isEqualByComparingTo("47");
		assertThat(simulator.loyaltyLedger("carol", 1).orElseThrow().transactions()).hasSize(3);
	}

	@Test
	void onlyAClosedSessionCanBeReopened() {
		talon.updated("open-1", "{}");
		talon.updated("cancelled-1", "{\"state\":\"cancelled\"}");

		RawHttp.Answer open = talon.reopen("open-1");
		RawHttp.Answer cancelled = talon.reopen("cancelled-1");

		assertThat(open.status()).isEqualTo(400);
		assertThat(open.json().path("message").asString())
			.isEqualTo("Cannot move session to state \"open\" from state \"open\"");
		assertThat(open.json().path("errors").get(0).path("source").path("parameter").asString())
			.isEqualTo("customerSessionId");
		assertThat(cancelled.json().path("message").asString())
			.isEqualTo("Cannot move session to state \"open\" from state \"cancelled\"");
	}

	@Test
	void anAnonymousSessionEarnsNoPoints() {
		talon.updated("anonymous", "{\"cartItems\":" + array(item("A", "80.00", 1)) + "}");

		JsonNode closed = talon.updated("anonymous", "{\"state\":\"closed\"}", "ruleFailureReasons");

		assertThat(types(closed)).containsExactly("setDiscount");
		assertThat(closed.path("ruleFailureReasons")).anySatisfy((reason) -> {
			assertThat(reason.path("campaignID").asLong()).isEqualTo(10);
			assertThat(reason.path("details").asString()).isEqualTo("an anonymous session earns no points");
		});
		assertThat(simulator.loyaltyLedger("", 1)).isEmpty();
	}

	@Test
	void pendingPointsBecomeActiveAtTheirStartDate() {
		MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
		PromotionRules rules = PromotionRules.of(new LoyaltyRule(10, 7, "Bean miles", new BigDecimal("2.00"),
				Duration.ofDays(14), "1 mile per 2.00"));
		try (TalonSimulator pending = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(rules).clock(clock))) {
			TalonV2 v2 = new TalonV2(pending);
			v2.updated("p-1", "{\"profileId\":\"dora\",\"cartItems\":" + array(item("A", "25.00", 1)) + "}");

			JsonNode closed = v2.updated("p-1", "{\"state\":\"closed\"}", "loyalty");

			assertThat(props(closed, "addLoyaltyPoints").path("value").decimalValue()).isEqualByComparingTo("12");
			assertThat(props(closed, "addLoyaltyPoints").path("startDate").asString())
				.isEqualTo("2026-03-15T10:00:00Z");
			JsonNode ledger = closed.path("loyalty").path("programs").path("7").path("ledger");
			assertThat(ledger.path("currentBalance").decimalValue()).isEqualByComparingTo("0");
			assertThat(ledger.path("pendingBalance").decimalValue()).isEqualByComparingTo("12");
			assertThat(pending.loyaltyLedger("dora", 7).orElseThrow().transactions().get(0).status())
				.isEqualTo(SimulatedLoyaltyTransaction.Status.PENDING);

			clock.advance(Duration.ofDays(14));

			SimulatedLoyaltyLedger active = pending.loyaltyLedger("dora", 7).orElseThrow();
			assertThat(active.currentBalance()).isEqualByComparingTo("12");
			assertThat(active.pendingBalance()).isEqualByComparingTo("0");
			assertThat(active.transactions().get(0).status()).isEqualTo(SimulatedLoyaltyTransaction.Status.ACTIVE);
		}
	}

	/** Brings a session into a state: new (no session), open, closed, cancelled or partially_returned. */
	private static void moveTo(String id, String state) {
		switch (state) {
			case "new" -> {
			}
			case "partially_returned" -> {
				talon.updated(id, "{\"state\":\"closed\",\"cartItems\":" + array(item("A", "10", 2)) + "}");
				ok(talon.returnItems(id, "", "[{\"position\":0,\"quantity\":1}]"));
			}
			default -> talon.updated(id, "{\"state\":\"" + state + "\",\"cartItems\":" + array(item("A", "10", 1)) + "}");
		}
	}

	private static String referralCode(String advocate, long campaignId) {
		return talon.http().send("POST", "/v1/referrals", "{\"campaignId\":" + campaignId
				+ ",\"advocateProfileIntegrationId\":\"" + advocate + "\"}").json().path("code").asString();
	}

}
