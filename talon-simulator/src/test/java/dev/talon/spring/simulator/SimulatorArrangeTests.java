package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a test arranges on a running simulator, as a shop then finds it over HTTP: the rules, profiles with
 * attributes, loyalty points earned before, coupon reservations; and a reset that restores the configuration and ends
 * the requests still held by a latency without effect.
 */
class SimulatorArrangeTests {

	private static final CouponRule SPRING = new CouponRule(6, "SPRING", Discount.percent("20"), BigDecimal.ZERO,
			"Coupon SPRING: 20% off");

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults()
			.rules(PromotionRules.defaults()
				.and(new LoyaltyRule(7, 2, "Bean miles", new BigDecimal("2.00"), "1 mile per 2.00")
					.expiringAfter(Duration.ofDays(30)))
				.and(new LoyaltyRule(8, 3, "Card points", new BigDecimal("1.00"), "1 point per 1.00")
					.onLoyaltyCards())));
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
	void rulesSetOnARunningSimulatorApplyFromTheNextUpdateAndAResetRestoresTheConfiguredOnes() {
		String cart = "{\"couponCodes\":[\"SPRING\"],\"cartItems\":" + array(item("A", "10.00", 2)) + "}";
		assertThat(props(talon.updated("c-1", cart), "rejectCoupon").path("rejectionReason").asString())
			.isEqualTo("CouponNotFound");

		simulator.rules(PromotionRules.of(SPRING));

		assertThat(simulator.rules().rules()).containsExactly(SPRING);
		JsonNode answer = talon.updated("c-1", cart);
		assertThat(types(answer)).containsExactly("acceptCoupon", "setDiscount");
		assertThat(props(answer, "setDiscount").path("value").decimalValue()).isEqualByComparingTo("4.00");

		simulator.reset();

		assertThat(simulator.rules()).isSameAs(simulator.config().rules());
		assertThat(props(talon.updated("c-2", cart), "rejectCoupon").path("rejectionReason").asString())
			.isEqualTo("CouponNotFound");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.rules(null)).withMessageContaining("rules");
	}

	@Test
	void aProfileIsCreatedWithItsAttributesWhichLaterUpdatesMerge() {
		simulator.updateProfile("ann", Map.of("tier", "gold", "points", 3, "tags", List.of("vip")));
		Map<String, Object> changes = new HashMap<>();
		changes.put("points", 4);
		changes.put("tags", null);
		simulator.updateProfile("ann", changes);

		assertThat(simulator.profile("ann").orElseThrow().attributes()).containsEntry("tier", "gold")
			.containsEntry("points", 4)
			.doesNotContainKey("tags");
		JsonNode inventory = ok(talon.http().send("GET", "/v1/customer_profiles/ann/inventory?profile=true", null));
		assertThat(inventory.path("profile").path("attributes").path("tier").asString()).isEqualTo("gold");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.updateProfile("", Map.of()))
			.withMessageContaining("integrationId");
	}

	@Test
	void pointsAddedByTheTestAreTheProfilesBalanceAndManualTransactions() {
		simulator.addLoyaltyPoints("bea", 1, new BigDecimal("120"));
		simulator.addLoyaltyPoints("bea", 2, new BigDecimal("15"));
		talon.updated("b-1", "{\"profileId\":\"bea\",\"state\":\"closed\",\"cartItems\":"
				+ array(item("A", "10.00", 3)) + "}");

		JsonNode balances = ok(talon.http().send("GET", "/v1/loyalty_programs/1/profile/bea/balances", null));
		assertThat(balances.path("balance").path("activePoints").decimalValue()).isEqualByComparingTo("150");
		JsonNode manual = ok(talon.http()
			.send("GET", "/v1/loyalty_programs/1/profile/bea/transactions?loyaltyTransactionType=manual", null));
		assertThat(manual.path("data")).singleElement().satisfies((entry) -> {
			assertThat(entry.path("amount").decimalValue()).isEqualByComparingTo("120");
			assertThat(entry.path("name").asString()).isEqualTo(TalonSimulator.MANUAL_POINTS);
			assertThat(entry.path("customerSessionId").asString()).isEmpty();
		});
		JsonNode session = ok(talon.http()
			.send("GET", "/v1/loyalty_programs/1/profile/bea/transactions?loyaltyTransactionType=session", null));
		assertThat(session.path("data")).singleElement()
			.satisfies((entry) -> assertThat(entry.path("customerSessionId").asString()).isEqualTo("b-1"));
		SimulatedLoyaltyLedger miles = simulator.loyaltyLedger("bea", 2).orElseThrow();
		assertThat(miles.currentBalance()).as("15 added, 15 earned by b-1").isEqualByComparingTo("30");
		assertThat(miles.transactions()).filteredOn((transaction) -> transaction.customerSessionId().isEmpty())
			.singleElement()
			.satisfies((transaction) -> assertThat(transaction.expiryDate()).as("the program's validity")
				.isEqualTo(transaction.created().plus(Duration.ofDays(30))));
	}

	@Test
	void pointsNeedAProfileBasedProgramOfTheRulesAndAPositiveAmount() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> simulator.addLoyaltyPoints("cid", 9, BigDecimal.TEN))
			.withMessage("programId 9 is no loyalty program of the rules (the programs are [1, 2, 3])");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.addLoyaltyPoints("cid", 3, BigDecimal.TEN))
			.withMessageContaining("card-based");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.addLoyaltyPoints("cid", 1, BigDecimal.ZERO))
			.withMessage("points must be positive but was 0");
		assertThat(simulator.profile("cid")).as("nothing was created").isEmpty();
	}

	@Test
	void aCouponReservedByTheTestIsAcceptedForItsProfileOnly() {
		simulator.rules(PromotionRules.defaults().and(new CouponRule(6, "VIP", Discount.amount("5.00"),
				BigDecimal.ZERO, "VIP: 5.00 off").requiringReservation()));

		simulator.reserveCoupon("vip", "dan", "eve");

		assertThat(simulator.couponReservations("VIP")).containsExactly("dan", "eve");
		String cart = ",\"couponCodes\":[\"VIP\"],\"cartItems\":" + array(item("A", "10.00", 1)) + "}";
		assertThat(types(talon.updated("d-1", "{\"profileId\":\"dan\"" + cart))).contains("acceptCoupon");
		assertThat(props(talon.updated("f-1", "{\"profileId\":\"fay\"" + cart), "rejectCoupon")
			.path("rejectionReason").asString()).isEqualTo("CouponReservationRequired");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.reserveCoupon("NOPE", "dan"))
			.withMessage("coupon NOPE is no coupon code of the rules");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.reserveCoupon("VIP"))
			.withMessageContaining("at least one profile");
	}

	@Test
	void aResetEndsTheRequestsHeldByALatencyAtOnceWithoutEffectAndResumes() throws Exception {
		simulator.faults().latency(Duration.ofSeconds(60));
		CompletableFuture<HttpResponse<String>> held = talon.http()
			.sendAsync("PUT", "/v2/customer_sessions/held", "{\"customerSession\":{\"profileId\":\"gus\"}}");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (simulator.requestsInProgress() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}

		simulator.reset();

		assertThat(simulator.requestsInProgress()).as("ended when reset returns").isZero();
		assertThat(simulator.session("held")).as("without effect").isEmpty();
		assertThat(talon.updated("held", "{\"profileId\":\"gus\"}").path("effects").isArray())
			.as("the session it kept busy is free at once, no 409")
			.isTrue();
		assertThat(held).as("no answer, long before its latency is over").failsWithin(10, TimeUnit.SECONDS);
		simulator.reset();
		assertThat(simulator.profile("gus")).isEmpty();
		assertThat(simulator.faults().latency()).isZero();

		simulator.suspend();
		simulator.reset();

		assertThat(simulator.isSuspended()).isFalse();
		assertThat(talon.updated("after", "{}").path("effects").isArray()).isTrue();
	}

}
