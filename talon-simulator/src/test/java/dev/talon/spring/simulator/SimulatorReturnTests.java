package dev.talon.spring.simulator;

import java.time.Duration;
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
 * {@code POST /v2/customer_sessions/{id}/returns}: items of a closed session returned by position, the points they
 * earned rolled back, the session partially returned; an {@code Idempotency-Key} replays the stored answer for 24
 * hours.
 */
class SimulatorReturnTests {

	/** 59.00 + 2 x 9.50 = 78.00, less 7.80 (10% from 50.00): 70.20, so 70 points. */
	private static final String ORDER = "{\"profileId\":\"frank\",\"state\":\"closed\",\"cartItems\":"
			+ array(item("GRINDER-HAND", "59.00", 1), item("MUG", "9.50", 2)) + "}";

	private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

	private static MutableClock clock;

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		clock = new MutableClock(START);
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().clock(clock));
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
	void returnedItemsGiveBackTheirPointsAndTheSessionIsPartiallyReturned() {
		JsonNode closed = talon.updated("r-1", ORDER);
		assertThat(props(closed, "addLoyaltyPoints").path("value").decimalValue()).isEqualByComparingTo("70");

		JsonNode first = ok(talon.returnItems("r-1", "", "[{\"position\":1,\"quantity\":1}]", "customerSession",
				"customerProfile", "loyalty"));

		assertThat(types(first)).containsExactly("rollbackAddedLoyaltyPoints");
		JsonNode rollback = first.path("effects").get(0);
		assertThat(rollback.path("campaignId").asLong()).isEqualTo(10);
		assertThat(rollback.path("props").path("value").decimalValue()).as("70 less the 61 that 68.50 kept earns")
			.isEqualByComparingTo("9");
		assertThat(rollback.path("props").path("recipientIntegrationId").asString()).isEqualTo("frank");
		JsonNode session = first.path("customerSession");
		assertThat(session.path("state").asString()).isEqualTo("partially_returned");
		assertThat(session.path("cartItems").get(1).path("returnedQuantity").asLong()).isEqualTo(1);
		assertThat(session.path("cartItems").get(1).path("remainingQuantity").asLong()).isEqualTo(1);
		assertThat(session.path("cartItemTotal").decimalValue()).isEqualByComparingTo("68.50");
		assertThat(first.path("customerProfile").path("totalSales").decimalValue()).isEqualByComparingTo("68.50");
		assertThat(first.path("customerProfile").path("closedSessions").asLong()).isEqualTo(1);
		assertThat(first.path("loyalty").path("programs").path("1").path("ledger").path("currentBalance")
			.decimalValue()).isEqualByComparingTo("61");
		JsonNode stored = first.path("return");
		assertThat(stored.path("sessionIntegrationId").asString()).isEqualTo("r-1");
		assertThat(stored.path("profileIntegrationId").asString()).isEqualTo("frank");
		assertThat(stored.path("returnedCartItems").toString())
			.isEqualTo("[{\"position\":1,\"quantity\":1,\"sku\":\"MUG\"}]");
		assertThat(simulator.events()).extracting(SimulatedEvent::type).last()
			.isEqualTo("talon_session_partially_returned");
		assertThat(stored.path("eventId").asLong()).isEqualTo(simulator.events().get(simulator.events().size() - 1).id());

		JsonNode second = ok(talon.returnItems("r-1", "", "[{\"position\":1,\"sku\":\"MUG\"}]", "previousReturns"));

		assertThat(props(second, "rollbackAddedLoyaltyPoints").path("value").decimalValue())
			.as("61 less the 53 that 59.00 less 10% earns").isEqualByComparingTo("8");
		assertThat(second.path("return").path("returnedCartItems").get(0).path("quantity").asLong())
			.as("what was left").isEqualTo(1);
		assertThat(second.path("previousReturns")).singleElement()
			.satisfies((previous) -> assertThat(previous.path("id").asLong()).isEqualTo(stored.path("id").asLong()));
		assertThat(simulator.returns("r-1")).hasSize(2);
		assertThat(simulator.session("r-1").orElseThrow().cartItems().get(1).returnedQuantity()).isEqualTo(2);

		JsonNode cancelled = talon.updated("r-1", "{\"state\":\"cancelled\"}", "customerProfile");

		assertThat(types(cancelled)).containsExactly("rollbackDiscount", "rollbackAddedLoyaltyPoints");
		assertThat(props(cancelled, "rollbackAddedLoyaltyPoints").path("value").decimalValue())
			.isEqualByComparingTo("53");
		assertThat(cancelled.path("customerProfile").path("totalSales").decimalValue()).isEqualByComparingTo("0");
		assertThat(cancelled.path("customerProfile").path("closedSessions").asLong()).isZero();
		SimulatedLoyaltyLedger ledger = simulator.loyaltyLedger("frank", 1).orElseThrow();
		assertThat(ledger.currentBalance()).isEqualByComparingTo("0");
		assertThat(ledger.transactions()).extracting(SimulatedLoyaltyTransaction::type).containsExactly(
				SimulatedLoyaltyTransaction.Type.ADDITION, SimulatedLoyaltyTransaction.Type.SUBTRACTION,
				SimulatedLoyaltyTransaction.Type.SUBTRACTION, SimulatedLoyaltyTransaction.Type.SUBTRACTION);
	}

	@Test
	void onlyAPlacedOrderCanBeReturned() {
		talon.updated("r-2", "{\"cartItems\":" + array(item("A", "10", 1)) + "}");

		RawHttp.Answer answer = talon.returnItems("r-2", "", "[{\"position\":0}]");
		RawHttp.Answer unknown = talon.returnItems("nobody", "", "[{\"position\":0}]");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("message").asString())
			.isEqualTo("Cannot move session to state \"partially_returned\" from state \"open\"");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(simulator.returns("r-2")).isEmpty();
	}

	@Test
	void itemsThatCannotBeReturnedArePointedAt() {
		talon.updated("r-3", ORDER);

		RawHttp.Answer answer = talon.returnItems("r-3", "", "[{\"position\":2},{\"position\":0,\"sku\":\"MUG\"},"
				+ "{\"position\":1,\"quantity\":2},{\"position\":1,\"quantity\":1},{\"position\":-1}]");
		RawHttp.Answer empty = talon.returnItems("r-3", "", "[]");
		RawHttp.Answer unnamed = talon.returnItems("r-3", "", "[{\"quantity\":1}]");
		RawHttp.Answer unknownSku = talon.returnItems("r-3", "", "[{\"sku\":\"NOT-IN-CART\",\"quantity\":1}]");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.pointers()).containsExactly("/return/returnedCartItems/0/position",
				"/return/returnedCartItems/1/sku", "/return/returnedCartItems/3/quantity",
				"/return/returnedCartItems/4/position");
		assertThat(answer.json().path("errors").get(2).path("details").asString())
			.isEqualTo("0 of the cart item at position 1 can still be returned");
		assertThat(empty.pointers()).containsExactly("/return/returnedCartItems");
		assertThat(unnamed.pointers()).containsExactly("/return/returnedCartItems/0");
		assertThat(unknownSku.pointers()).containsExactly("/return/returnedCartItems/0/sku");
		assertThat(simulator.session("r-3").orElseThrow().state()).isEqualTo(SessionState.CLOSED);
		assertThat(simulator.returns("r-3")).isEmpty();
	}

	@Test
	void anItemCanBeNamedByItsSkuAlone() {
		talon.updated("r-sku", ORDER);

		JsonNode returned = ok(talon.returnItems("r-sku", "", "[{\"sku\":\"MUG\",\"quantity\":1}]", "customerSession"));

		assertThat(returned.path("customerSession").path("state").asString()).isEqualTo("partially_returned");
		assertThat(simulator.returns("r-sku")).singleElement()
			.satisfies((done) -> assertThat(done.items()).singleElement()
				.satisfies((item) -> assertThat(item.sku()).isEqualTo("MUG")));
	}

	@Test
	void aDryReturnChangesNothing() {
		talon.updated("r-4", ORDER);

		JsonNode dry = ok(talon.returnItems("r-4", "dry=true", "[{\"position\":0}]", "customerSession"));

		assertThat(props(dry, "rollbackAddedLoyaltyPoints").path("value").decimalValue())
			.as("70 less the 17 that 19.00 less 10% earns").isEqualByComparingTo("53");
		assertThat(dry.path("customerSession").path("state").asString()).isEqualTo("closed");
		assertThat(simulator.session("r-4").orElseThrow().state()).isEqualTo(SessionState.CLOSED);
		assertThat(simulator.returns("r-4")).isEmpty();
		assertThat(simulator.loyaltyLedger("frank", 1).orElseThrow().currentBalance()).isEqualByComparingTo("70");
		assertThat(simulator.profile("frank").orElseThrow().totalSales()).isEqualByComparingTo("78.00");
	}

	@Test
	void anIdempotencyKeyReplaysTheStoredAnswerForTwentyFourHours() {
		talon.updated("r-5", "{\"profileId\":\"gina\",\"state\":\"closed\",\"cartItems\":"
				+ array(item("MUG", "9.50", 4)) + "}");

		RawHttp.Answer first = talon.returnItemsWithKey("r-5", "return-0001", "[{\"position\":0,\"quantity\":1}]");
		clock.advance(Duration.ofHours(23));
		RawHttp.Answer replayed = talon.returnItemsWithKey("r-5", "return-0001", "[{\"position\":0,\"quantity\":1}]");
		RawHttp.Answer otherBody = talon.returnItemsWithKey("r-5", "return-0001", "[{\"position\":0,\"quantity\":3}]");

		assertThat(first.status()).isEqualTo(200);
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.body()).isEqualTo(first.body());
		assertThat(otherBody.body()).as("keyed on the key alone").isEqualTo(first.body());
		assertThat(simulator.returns("r-5")).as("acted once").hasSize(1);
		assertThat(simulator.session("r-5").orElseThrow().cartItems().get(0).returnedQuantity()).isEqualTo(1);
		assertThat(simulator.loyaltyLedger("gina", 1).orElseThrow().transactions()).hasSize(2);

		clock.advance(Duration.ofHours(1));
		RawHttp.Answer expired = talon.returnItemsWithKey("r-5", "return-0001", "[{\"position\":0,\"quantity\":1}]");

		assertThat(expired.status()).isEqualTo(200);
		assertThat(expired.json().path("return").path("id").asLong())
			.isNotEqualTo(first.json().path("return").path("id").asLong());
		assertThat(simulator.returns("r-5")).as("a new return after 24 hours").hasSize(2);
		assertThat(simulator.session("r-5").orElseThrow().cartItems().get(0).returnedQuantity()).isEqualTo(2);
	}

	@Test
	void aRefusedReturnIsNotStoredUnderItsKey() {
		talon.updated("r-6", "{\"cartItems\":" + array(item("A", "10", 1)) + "}");

		RawHttp.Answer tooEarly = talon.returnItemsWithKey("r-6", "return-0002", "[{\"position\":0}]");
		talon.updated("r-6", "{\"state\":\"closed\"}");
		RawHttp.Answer afterClosing = talon.returnItemsWithKey("r-6", "return-0002", "[{\"position\":0}]");

		assertThat(tooEarly.status()).isEqualTo(400);
		assertThat(afterClosing.status()).isEqualTo(200);
		assertThat(simulator.returns("r-6")).hasSize(1);
	}

	@Test
	void anIdempotencyKeyIsAtMost255Characters() {
		talon.updated("r-7", ORDER);

		RawHttp.Answer tooLong = talon.returnItemsWithKey("r-7", "k".repeat(256), "[{\"position\":0}]");
		RawHttp.Answer longest = talon.returnItemsWithKey("r-7", "k".repeat(255), "[{\"position\":0}]");

		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("errors").get(0).path("source").path("parameter").asString())
			.isEqualTo("Idempotency-Key");
		assertThat(longest.status()).isEqualTo(200);
	}

	@Test
	void runRuleEngineIsAccepted() {
		talon.updated("r-8", ORDER);

		RawHttp.Answer answer = talon.returnItems("r-8", "runRuleEngine=true", "[{\"position\":0}]");
		RawHttp.Answer bad = talon.returnItems("r-8", "runRuleEngine=yes", "[{\"position\":1}]");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").get(0).path("source").path("parameter").asString())
			.isEqualTo("runRuleEngine");
	}

}
