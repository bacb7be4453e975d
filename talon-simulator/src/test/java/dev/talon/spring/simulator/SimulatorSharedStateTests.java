package dev.talon.spring.simulator;

import java.time.Duration;
import java.util.List;

import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.Effect;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.SimulatorSessionTests.item;
import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.ok;
import static dev.talon.spring.simulator.TalonV2.props;
import static dev.talon.spring.simulator.TalonV2.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * v1 and v2 share one state, as Talon.One's migration guide says: a session made with v1 is read, closed, returned,
 * reopened and cancelled with v2 and the other way round; v1's {@code coupon} is v2's {@code couponCodes[0]}, v1's
 * {@code referral} v2's {@code referralCode}; each API answers in its own shape.
 */
class SimulatorSharedStateTests {

	private static final Duration WAIT = TalonClients.WAIT;

	private static TalonSimulator simulator;

	private static WebClientTalonIntegrationClient v1;

	private static TalonV2 v2;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start();
		v1 = TalonClients.apiKey(simulator);
		v2 = new TalonV2(simulator);
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
	void aV1SessionIsReadClosedAndReturnedWithV2AndCancelledWithV1() {
		v1.updateCustomerSession("shared-1", NewCustomerSession.builder()
			.profileId("tina")
			.coupon("WELCOME10")
			.cartItems(List.of(item("MUG", "9.50", 2)))
			.build()).block(WAIT);

		JsonNode read = v2.session("shared-1");
		JsonNode closed = v2.updated("shared-1", "{\"state\":\"closed\"}");
		JsonNode returned = ok(v2.returnItems("shared-1", "", "[{\"position\":0,\"quantity\":1}]"));

		assertThat(read.path("customerSession").path("couponCodes").toString()).isEqualTo("[\"WELCOME10\"]");
		assertThat(read.path("customerSession").path("cartItems").get(0).path("position").asInt()).isZero();
		assertThat(read.path("customerSession").path("updateCount").asLong()).isEqualTo(1);
		assertThat(types(read)).containsExactly("acceptCoupon", "setDiscount");
		assertThat(props(closed, "addLoyaltyPoints").path("value").decimalValue()).as("19.00 less 1.90")
			.isEqualByComparingTo("17");
		assertThat(props(returned, "rollbackAddedLoyaltyPoints").path("value").decimalValue())
			.as("17 less the 8 that 9.50 less 10% earns").isEqualByComparingTo("9");
		assertThatThrownBy(() -> v1.updateCustomerSession("shared-1", NewCustomerSession.builder().build())
			.block(WAIT)).isInstanceOfSatisfying(TalonClientErrorException.class,
					(ex) -> assertThat(ex.getErrorResponse().orElseThrow().message())
						.isEqualTo("Cannot move session to state \"open\" from state \"partially_returned\""));

		IntegrationState cancelled = v1.updateCustomerSession("shared-1",
				NewCustomerSession.builder().state(CustomerSessionState.CANCELLED).build()).block(WAIT);

		assertThat(cancelled.session().state()).isEqualTo(CustomerSessionState.CANCELLED);
		assertThat(cancelled.session().coupon()).isEqualTo("WELCOME10");
		assertThat(cancelled.effects()).as("v1 has no rollback effects").isEmpty();
		assertThat(cancelled.profile().closedSessions()).isZero();
		assertThat(cancelled.profile().totalSales()).isEqualByComparingTo("0");
		assertThat(simulator.loyaltyLedger("tina", 1).orElseThrow().currentBalance()).isEqualByComparingTo("0");
		assertThat(simulator.events()).extracting(SimulatedEvent::type).containsExactly("talon_session_updated",
				"talon_session_closed", "talon_session_partially_returned", "talon_session_updated");
		assertThat(simulator.events().get(3).effects()).as("the rollbacks happened all the same")
			.containsExactly("rollbackCoupon", "rollbackDiscount", "rollbackAddedLoyaltyPoints");
	}

	@Test
	void aV2SessionIsClosedWithV1AndReopenedWithV2() {
		v2.updated("shared-2", "{\"profileId\":\"uma\",\"couponCodes\":[\"TAKE5\",\"WELCOME10\"],\"cartItems\":"
				+ array(TalonV2.item("BEANS", "20.00", 2)) + "}");

		IntegrationState closed = v1.updateCustomerSession("shared-2",
				NewCustomerSession.builder().state(CustomerSessionState.CLOSED).build()).block(WAIT);

		assertThat(closed.session().coupon()).as("the first of couponCodes").isEqualTo("TAKE5");
		assertThat(closed.effects()).extracting(Effect::name).as("v1 effects only")
			.containsExactly("acceptCoupon", "setDiscount", "acceptCoupon", "setDiscount");
		assertThat(closed.event().ledgerEntries()).isEmpty();
		assertThat(closed.discounts()).containsOnlyKeys("Coupon WELCOME10: 10% off",
				"Coupon TAKE5: 5.00 off orders of 30.00 or more");
		assertThat(closed.profile().totalSales()).as("v1's sale: 40.00 less 4.00 and 5.00")
			.isEqualByComparingTo("31.00");
		assertThat(simulator.loyaltyLedger("uma", 1).orElseThrow().currentBalance()).as("earned all the same")
			.isEqualByComparingTo("31");

		JsonNode read = v2.session("shared-2");
		JsonNode reopened = ok(v2.reopen("shared-2"));

		assertThat(read.path("customerSession").path("state").asString()).isEqualTo("closed");
		assertThat(types(read)).endsWith("addLoyaltyPoints");
		assertThat(types(reopened)).containsExactly("rollbackCoupon", "rollbackDiscount", "rollbackCoupon",
				"rollbackDiscount", "rollbackAddedLoyaltyPoints");
		assertThat(simulator.profile("uma").orElseThrow().totalSales()).isEqualByComparingTo("0");
		assertThat(simulator.couponRedemptions("TAKE5")).isZero();

		IntegrationState updated = v1.updateCustomerSession("shared-2",
				NewCustomerSession.builder().coupon("").build()).block(WAIT);

		assertThat(updated.session().state()).isEqualTo(CustomerSessionState.OPEN);
		assertThat(simulator.session("shared-2").orElseThrow().couponCodes()).isEmpty();
	}

	@Test
	void v1sCouponIsTheFirstCouponCodeAndItsReferralTheReferralCode() {
		v2.updated("shared-3", "{\"couponCodes\":[\"A\",\"B\"],\"referralCode\":\"R1\"}");

		IntegrationState asV1 = v1.updateCustomerSession("shared-3", NewCustomerSession.builder().build()).block(WAIT);
		v1.updateCustomerSession("shared-3", NewCustomerSession.builder().coupon("C").referral("R2").build())
			.block(WAIT);
		JsonNode asV2 = v2.session("shared-3");

		assertThat(asV1.session().coupon()).isEqualTo("A");
		assertThat(asV1.session().referral()).isEqualTo("R1");
		assertThat(asV1.isCouponRejected("B")).as("every code is evaluated").isTrue();
		assertThat(asV2.path("customerSession").path("couponCodes").toString()).isEqualTo("[\"C\"]");
		assertThat(asV2.path("customerSession").path("referralCode").asString()).isEqualTo("R2");
		assertThat(asV2.path("customerSession").path("updateCount").asLong()).isEqualTo(3);
	}

}
