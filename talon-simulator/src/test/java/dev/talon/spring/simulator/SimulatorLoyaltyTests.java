package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.talon.spring.simulator.TalonV2.array;
import static dev.talon.spring.simulator.TalonV2.item;
import static dev.talon.spring.simulator.TalonV2.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loyalty operations of profile-based programs over HTTP: the points closed sessions earn in balances,
 * transactions and unused points; pending points that become active with time or by activation; expiry; rollbacks;
 * joining; deleting transactions; paging and filters.
 */
class SimulatorLoyaltyTests {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	/** Program 1: the default "Coffee points", active at once; program 2: pending 14 days, valid a year. */
	private static final PromotionRules RULES = PromotionRules.defaults()
		.and(new LoyaltyRule(6, 2, "Bean miles", new BigDecimal("2.00"), Duration.ofDays(14), "1 mile per 2.00")
			.expiringAfter(Duration.ofDays(365)))
		.and(new LoyaltyRule(7, 3, "Card points", new BigDecimal("1.00"), "1 card point per 1.00").onLoyaltyCards());

	/** The time when the test started. */
	private Instant start;

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(RULES).clock(CLOCK));
		talon = new TalonV2(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void forgetEverything() {
		simulator.reset();
		this.start = CLOCK.instant();
	}

	@Test
	void pointsEarnedOnCloseAppearInBalancesTransactionsAndPoints() {
		JsonNode closed = close("order-1", "ann", item("BEANS", "20.00", 1));
		String transaction = pointsOf(closed, 1).path("transactionUUID").asString();

		JsonNode balances = get("/v1/loyalty_programs/1/profile/ann/balances");
		JsonNode transactions = get("/v1/loyalty_programs/1/profile/ann/transactions");
		JsonNode points = get("/v1/loyalty_programs/1/profile/ann/points");

		assertThat(balances.path("balance").path("activePoints").decimalValue()).isEqualByComparingTo("20");
		assertThat(balances.path("balance").path("pendingPoints").decimalValue()).isEqualByComparingTo("0");
		assertThat(balances.path("balance").path("spentPoints").decimalValue()).isEqualByComparingTo("0");
		assertThat(balances.path("subledgerBalances").isEmpty()).isTrue();
		assertThat(transactions.path("hasMore").asBoolean()).isFalse();
		JsonNode entry = transactions.path("data").get(0);
		assertThat(entry.path("transactionUUID").asString()).isEqualTo(transaction);
		assertThat(entry.path("type").asString()).isEqualTo("addition");
		assertThat(entry.path("amount").decimalValue()).isEqualByComparingTo("20");
		assertThat(entry.path("customerSessionId").asString()).isEqualTo("order-1");
		assertThat(entry.path("startDate").asString()).isEqualTo("immediate");
		assertThat(entry.path("expiryDate").asString()).isEqualTo("unlimited");
		assertThat(entry.path("subledgerId").asString()).isEmpty();
		assertThat(entry.path("name").asString()).isEqualTo("1 point per 1.00 spent");
		assertThat(points.path("data")).hasSize(1);
		assertThat(points.path("data").get(0).path("amount").decimalValue()).isEqualByComparingTo("20");
		assertThat(get("/v1/loyalty_programs/1/profile/ann/points?status=pending").path("data")).isEmpty();
	}

	@Test
	void pendingPointsBecomeActiveAtTheirStartDateOrWhenActivated() {
		JsonNode first = close("order-1", "bea", item("BEANS", "20.00", 1));
		JsonNode second = close("order-2", "bea", item("BEANS", "30.00", 1));
		close("order-3", "bea", item("BEANS", "10.00", 1));
		JsonNode firstMiles = pointsOf(first, 2);

		assertThat(firstMiles.path("startDate").asString()).isEqualTo(this.start.plus(Duration.ofDays(14)).toString());
		assertThat(firstMiles.path("expiryDate").asString())
			.isEqualTo(this.start.plus(Duration.ofDays(14 + 365)).toString());
		assertThat(balance("bea", 2, "pendingPoints")).isEqualByComparingTo("30");
		assertThat(balance("bea", 2, "activePoints")).isEqualByComparingTo("0");
		assertThat(get("/v1/loyalty_programs/2/profile/bea/points?status=pending").path("data")).hasSize(3);

		JsonNode byTransaction = ok(talon.http().send("POST", "/v1/loyalty_programs/2/activate_points",
				"{\"transactionUUIDs\":[\"" + firstMiles.path("transactionUUID").asString() + "\"]}"));
		JsonNode bySession = ok(talon.http().send("POST", "/v1/loyalty_programs/2/activate_points",
				"{\"sessionId\":\"order-2\"}"));
		JsonNode again = ok(talon.http().send("POST", "/v1/loyalty_programs/2/activate_points",
				"{\"sessionId\":\"order-2\"}"));

		assertThat(byTransaction.path("ledgerEntries")).hasSize(1);
		JsonNode activated = byTransaction.path("ledgerEntries").get(0);
		assertThat(activated.path("amount").decimalValue()).isEqualByComparingTo("10");
		assertThat(activated.path("customerProfileID").asString()).isEqualTo("bea");
		assertThat(activated.path("customerSessionID").asString()).isEqualTo("order-1");
		assertThat(activated.path("startDate").asString()).isEqualTo(this.start.toString());
		assertThat(activated.path("expiryDate").asString()).isEqualTo(this.start.plus(Duration.ofDays(365)).toString());
		assertThat(bySession.path("ledgerEntries")).extracting((entry) -> entry.path("amount").decimalValue())
			.containsExactly(new BigDecimal("15"));
		assertThat(again.path("ledgerEntries")).as("already active").isEmpty();
		assertThat(balance("bea", 2, "activePoints")).isEqualByComparingTo("25");
		assertThat(balance("bea", 2, "pendingPoints")).isEqualByComparingTo("5");
		assertThat(simulator.loyaltyLedger("bea", 2).orElseThrow().pendingBalance()).isEqualByComparingTo("5");

		CLOCK.advance(Duration.ofDays(14));
		assertThat(balance("bea", 2, "activePoints")).as("order-3's miles started").isEqualByComparingTo("30");
		assertThat(get("/v1/loyalty_programs/2/profile/bea/balances?endDate=" + this.start.plusSeconds(1))
			.path("balance").path("pendingPoints").decimalValue()).as("the balances as they were")
			.isEqualByComparingTo("5");
	}

	@Test
	void activationNeedsKnownPointsOfTheProgram() {
		close("order-1", "cid", item("BEANS", "20.00", 1));

		RawHttp.Answer unknownSession = talon.http().send("POST", "/v1/loyalty_programs/2/activate_points",
				"{\"sessionId\":\"no-such-order\"}");
		RawHttp.Answer otherProgram = talon.http().send("POST", "/v1/loyalty_programs/99/activate_points",
				"{\"sessionId\":\"order-1\"}");
		RawHttp.Answer both = talon.http().send("POST", "/v1/loyalty_programs/2/activate_points",
				"{\"sessionId\":\"order-1\",\"transactionUUIDs\":[\"" + java.util.UUID.randomUUID() + "\"]}");

		assertThat(unknownSession.status()).isEqualTo(404);
		assertThat(unknownSession.pointers()).containsExactly("/sessionId");
		assertThat(otherProgram.status()).isEqualTo(404);
		assertThat(parameters(otherProgram)).containsExactly("loyaltyProgramId");
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.pointers()).containsExactly("/sessionId");
	}

	@Test
	void pointsExpireAfterTheirValidity() {
		JsonNode closed = close("order-1", "dan", item("BEANS", "40.00", 1));
		CLOCK.advance(Duration.ofDays(14 + 365));

		JsonNode balances = get("/v1/loyalty_programs/2/profile/dan/balances");
		JsonNode expired = get("/v1/loyalty_programs/2/profile/dan/points?status=expired");

		assertThat(balances.path("balance").path("activePoints").decimalValue()).isEqualByComparingTo("0");
		assertThat(balances.path("balance").path("expiredPoints").decimalValue()).isEqualByComparingTo("20");
		assertThat(expired.path("data")).hasSize(1);
		assertThat(expired.path("data").get(0).path("transactionUUID").asString())
			.isEqualTo(pointsOf(closed, 2).path("transactionUUID").asString());
		assertThat(get("/v1/loyalty_programs/2/profile/dan/points").path("data")).isEmpty();
		SimulatedLoyaltyLedger ledger = simulator.loyaltyLedger("dan", 2).orElseThrow();
		assertThat(ledger.expiredBalance()).isEqualByComparingTo("20");
		assertThat(ledger.transactions().get(0).status()).isEqualTo(SimulatedLoyaltyTransaction.Status.EXPIRED);
	}

	@Test
	void returnsAndCancellationsTakeBackPointsInTheLedger() {
		close("order-1", "eve", item("BEANS", "20.00", 1), item("MUG", "10.00", 1));
		ok(talon.returnItems("order-1", "", "[{\"position\":1}]"));
		assertThat(balance("eve", 1, "activePoints")).isEqualByComparingTo("20");

		talon.updated("order-1", "{\"state\":\"cancelled\"}");

		assertThat(balance("eve", 1, "activePoints")).isEqualByComparingTo("0");
		JsonNode transactions = get("/v1/loyalty_programs/1/profile/eve/transactions");
		assertThat(transactions.path("data")).extracting((entry) -> entry.path("type").asString())
			.containsExactly("subtraction", "subtraction", "addition");
		assertThat(transactions.path("data")).extracting((entry) -> entry.path("amount").decimalValue())
			.containsExactly(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("30"));
		assertThat(get("/v1/loyalty_programs/1/profile/eve/points").path("data")).as("nothing left unused").isEmpty();
	}

	@Test
	void aProfileJoinsAProfileBasedProgramOnce() {
		RawHttp.Answer joined = talon.http().send("POST", "/v1/loyalty_programs/1/profile/fay/join", null);
		RawHttp.Answer twice = talon.http().send("POST", "/v1/loyalty_programs/1/profile/fay/join", null);
		close("order-1", "gus", item("BEANS", "5.00", 1));
		RawHttp.Answer afterEarning = talon.http().send("POST", "/v1/loyalty_programs/1/profile/gus/join", null);
		RawHttp.Answer cardProgram = talon.http().send("POST", "/v1/loyalty_programs/3/profile/fay/join", null);
		RawHttp.Answer noProgram = talon.http().send("POST", "/v1/loyalty_programs/99/profile/fay/join", null);

		assertThat(joined.status()).isEqualTo(200);
		assertThat(joined.body()).isEmpty();
		assertThat(simulator.profile("fay")).as("created to join").isPresent();
		assertThat(balance("fay", 1, "activePoints")).isEqualByComparingTo("0");
		assertThat(ok(talon.http().send("PUT", "/v2/customer_sessions/s?dry=true",
				"{\"customerSession\":{\"profileId\":\"fay\"},\"responseContent\":[\"loyalty\"]}")).path("loyalty")
			.path("programs").path("1").path("joinDate").asString()).isEqualTo(this.start.toString());
		assertThat(twice.status()).isEqualTo(400);
		assertThat(parameters(twice)).containsExactly("integrationId");
		assertThat(afterEarning.status()).as("earning points joins").isEqualTo(400);
		assertThat(cardProgram.status()).isEqualTo(400);
		assertThat(parameters(cardProgram)).containsExactly("loyaltyProgramId");
		assertThat(noProgram.status()).isEqualTo(404);
	}

	@Test
	void deletingTransactionsEmptiesTheProfilesLedger() {
		close("order-1", "hal", item("BEANS", "20.00", 1));
		String path = "/v1/loyalty_programs/1/profile/hal/delete_transactions";

		RawHttp.Answer otherLedger = talon.http().send("POST", path,
				"{\"scope\":\"SelectedSubledgers\",\"subledgerIds\":[\"vip\"]}");
		assertThat(otherLedger.status()).isEqualTo(204);
		assertThat(balance("hal", 1, "activePoints")).as("the main ledger stays").isEqualByComparingTo("20");
		RawHttp.Answer withoutIds = talon.http().send("POST", path, "{\"scope\":\"SelectedSubledgers\"}");
		RawHttp.Answer mainLedger = talon.http().send("POST", path,
				"{\"scope\":\"SelectedSubledgers\",\"subledgerIds\":[\"\"]}");
		JsonNode cancelled = talon.updated("order-1", "{\"state\":\"cancelled\"}");

		assertThat(withoutIds.status()).isEqualTo(400);
		assertThat(withoutIds.pointers()).containsExactly("/subledgerIds");
		assertThat(mainLedger.status()).isEqualTo(204);
		assertThat(get("/v1/loyalty_programs/1/profile/hal/transactions").path("data")).isEmpty();
		assertThat(balance("hal", 1, "activePoints")).isEqualByComparingTo("0");
		assertThat(TalonV2.effects(cancelled, "rollbackAddedLoyaltyPoints"))
			.extracting((effect) -> effect.path("props").path("programId").asLong())
			.as("deleted points are not rolled back, program 2's are").containsExactly(2L);
		assertThat(talon.http().send("POST", "/v1/loyalty_programs/1/profile/nobody/delete_transactions",
				"{\"scope\":\"AllSubledgers\"}").status()).isEqualTo(404);
	}

	@Test
	void transactionsArePagedNewestFirst() {
		List<String> sessions = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			close("order-" + i, "ivy", item("BEANS", i + ".00", 1));
			sessions.add("order-" + i);
			CLOCK.advance(Duration.ofMinutes(1));
		}
		String path = "/v1/loyalty_programs/1/profile/ivy/transactions?pageSize=2";

		JsonNode first = get(path);
		JsonNode second = get(path + "&skip=2");
		JsonNode third = get(path + "&skip=4");
		JsonNode beyond = get(path + "&skip=5");

		assertThat(sessionsOf(first)).containsExactly("order-5", "order-4");
		assertThat(first.path("hasMore").asBoolean()).isTrue();
		assertThat(sessionsOf(second)).containsExactly("order-3", "order-2");
		assertThat(second.path("hasMore").asBoolean()).isTrue();
		assertThat(sessionsOf(third)).containsExactly("order-1");
		assertThat(third.path("hasMore").asBoolean()).isFalse();
		assertThat(beyond.path("data")).isEmpty();
		assertThat(beyond.path("hasMore").asBoolean()).isFalse();
		assertThat(get("/v1/loyalty_programs/1/profile/ivy/points?pageSize=2&skip=2&sort=-startDate").path("data"))
			.extracting((entry) -> entry.path("customerSessionId").asString()).containsExactly("order-3", "order-2");
		assertThat(get("/v1/loyalty_programs/1/profile/ivy/points?sort=startDate&pageSize=1").path("data"))
			.extracting((entry) -> entry.path("customerSessionId").asString()).containsExactly("order-1");
	}

	@Test
	void transactionsAreFiltered() {
		close("order-1", "jo", item("BEANS", "10.00", 1));
		CLOCK.advance(Duration.ofHours(1));
		JsonNode second = close("order-2", "jo", item("BEANS", "20.00", 1));
		close("order-3", "jo", item("BEANS", "30.00", 1));
		String path = "/v1/loyalty_programs/1/profile/jo/transactions?";
		String uuid = pointsOf(second, 1).path("transactionUUID").asString();

		assertThat(sessionsOf(get(path + "customerSessionIDs=order-1&customerSessionIDs=order-3")))
			.containsExactly("order-3", "order-1");
		assertThat(sessionsOf(get(path + "transactionUUIDs=" + uuid))).containsExactly("order-2");
		assertThat(sessionsOf(get(path + "startDate=" + this.start.plusSeconds(60)))).containsExactly("order-3", "order-2");
		assertThat(sessionsOf(get(path + "endDate=" + this.start.plusSeconds(60)))).containsExactly("order-1");
		assertThat(sessionsOf(get(path + "loyaltyTransactionType=session"))).hasSize(3);
		assertThat(get(path + "loyaltyTransactionType=manual").path("data")).isEmpty();
		assertThat(get(path + "subledgerId=vip").path("data")).isEmpty();
		assertThat(sessionsOf(get(path + "subledgerId="))).as("the main ledger").hasSize(3);
		assertThat(get(path + "awaitsActivation=true").path("data")).as("no action-based points").isEmpty();
		assertThat(sessionsOf(get("/v1/loyalty_programs/1/profile/jo/points?customerSessionIDs=order-2")))
			.containsExactly("order-2");
	}

	@Test
	void queryParametersAreValidatedLikeTheSpec() {
		close("order-1", "kai", item("BEANS", "10.00", 1));
		String path = "/v1/loyalty_programs/1/profile/kai/";

		assertThat(refusedParameter(path + "transactions?pageSize=0")).isEqualTo("pageSize");
		assertThat(refusedParameter(path + "transactions?pageSize=1001")).isEqualTo("pageSize");
		assertThat(refusedParameter(path + "transactions?skip=-1")).isEqualTo("skip");
		assertThat(refusedParameter(path + "transactions?awaitsActivation=false")).isEqualTo("awaitsActivation");
		assertThat(refusedParameter(path + "transactions?startDate=yesterday")).isEqualTo("startDate");
		assertThat(refusedParameter(path + "transactions?loyaltyTransactionType=gift")).isEqualTo("loyaltyTransactionType");
		assertThat(refusedParameter(path + "points?status=used")).isEqualTo("status");
		assertThat(refusedParameter(path + "points?sort=created")).isEqualTo("sort");
		assertThat(refusedParameter(path + "balances?includeTiers=yes")).isEqualTo("includeTiers");
		assertThat(refusedParameter("/v1/loyalty_programs/one/profile/kai/balances")).isEqualTo("loyaltyProgramId");
		assertThat(ok(talon.http().send("GET", path + "transactions?pageSize=1000&skip=0", null)).path("data"))
			.hasSize(1);
	}

	@Test
	void unknownProfilesAndProgramsAreNotFoundAndCredentialsAreNeeded() {
		RawHttp.Answer noProfile = talon.http().send("GET", "/v1/loyalty_programs/1/profile/nobody/balances", null);
		RawHttp.Answer noProgram = talon.http().send("GET", "/v1/loyalty_programs/42/profile/nobody/points", null);
		RawHttp.Answer cardProgram = talon.http().send("GET", "/v1/loyalty_programs/3/profile/nobody/transactions",
				null);
		RawHttp.Answer anonymous = talon.http().send("GET", "/v1/loyalty_programs/1/profile/nobody/balances", null,
				new String[0]);

		assertThat(noProfile.status()).isEqualTo(404);
		assertThat(parameters(noProfile)).containsExactly("integrationId");
		assertThat(noProgram.status()).isEqualTo(404);
		assertThat(cardProgram.status()).isEqualTo(400);
		assertThat(anonymous.status()).isEqualTo(401);
	}

	// ---------------------------------------------------------------------------------------------------------

	private static JsonNode close(String session, String profile, String... items) {
		return talon.updated(session, "{\"profileId\":\"" + profile + "\",\"state\":\"closed\",\"cartItems\":"
				+ array(items) + "}");
	}

	/** The props of the {@code addLoyaltyPoints} effect of a program. */
	private static JsonNode pointsOf(JsonNode answer, long programId) {
		return TalonV2.effects(answer, "addLoyaltyPoints").stream()
			.filter((effect) -> effect.path("props").path("programId").asLong() == programId)
			.findFirst().orElseThrow().path("props");
	}

	private static BigDecimal balance(String profile, long programId, String field) {
		return get("/v1/loyalty_programs/" + programId + "/profile/" + profile + "/balances").path("balance")
			.path(field).decimalValue();
	}

	private static JsonNode get(String path) {
		return ok(talon.http().send("GET", path, null));
	}

	private static List<String> sessionsOf(JsonNode page) {
		List<String> sessions = new ArrayList<>();
		page.path("data").forEach((entry) -> sessions.add(entry.path("customerSessionId").asString()));
		return sessions;
	}

	private static String refusedParameter(String path) {
		RawHttp.Answer answer = talon.http().send("GET", path, null);
		assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(400);
		return parameters(answer).get(0);
	}

	static List<String> parameters(RawHttp.Answer answer) {
		List<String> parameters = new ArrayList<>();
		answer.json().path("errors").forEach((error) -> parameters.add(error.path("source").path("parameter").asString()));
		return parameters;
	}

}
