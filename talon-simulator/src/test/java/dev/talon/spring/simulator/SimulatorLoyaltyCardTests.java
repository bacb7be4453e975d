package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;

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
 * Loyalty cards of a card-based program over HTTP: generating them, linking profiles, the points sessions that name a
 * card earn on it, and the card's balances, transactions and points.
 */
class SimulatorLoyaltyCardTests {

	private static final String CARDS = "/v1/loyalty_programs/3/cards";

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(PromotionRules.defaults()
			.and(new LoyaltyRule(7, 3, "Card points", new BigDecimal("1.00"), "1 card point per 1.00")
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
	void cardsAreGeneratedWithTheirIdentifierOrANewOne() {
		JsonNode named = generate("{\"cardIdentifier\":\"summer-card-0543\",\"customerProfileIds\":[\"ann\",\"ben\"]}");
		JsonNode generated = generate("{\"status\":\"inactive\"}");
		RawHttp.Answer twice = talon.http().send("POST", CARDS, "{\"cardIdentifier\":\"summer-card-0543\"}");
		RawHttp.Answer profileProgram = talon.http().send("POST", "/v1/loyalty_programs/1/cards", "{}");
		RawHttp.Answer noProgram = talon.http().send("POST", "/v1/loyalty_programs/9/cards", "{}");

		assertThat(named.path("identifier").asString()).isEqualTo("summer-card-0543");
		assertThat(named.path("programID").asLong()).isEqualTo(3);
		assertThat(named.path("status").asString()).isEqualTo("active");
		assertThat(named.path("profiles")).extracting((profile) -> profile.path("integrationId").asString())
			.containsExactly("ann", "ben");
		assertThat(named.path("ledger").path("currentBalance").decimalValue()).isEqualByComparingTo("0");
		assertThat(simulator.profile("ben")).as("linked profiles are created").isPresent();
		assertThat(generated.path("identifier").asString()).matches("[A-Za-z0-9._%+@-]{4,108}");
		assertThat(generated.path("status").asString()).isEqualTo("inactive");
		assertThat(generated.path("id").asLong()).isNotEqualTo(named.path("id").asLong());
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.pointers()).containsExactly("/cardIdentifier");
		assertThat(profileProgram.status()).isEqualTo(400);
		assertThat(parameters(profileProgram)).containsExactly("loyaltyProgramId");
		assertThat(noProgram.status()).isEqualTo(404);
		assertThat(simulator.loyaltyCard(3, "summer-card-0543").orElseThrow().profileIds()).containsExactly("ann", "ben");
	}

	@Test
	void profilesAreLinkedAndUnlinked() {
		generate("{\"cardIdentifier\":\"CARD-1\"}");
		String card = "/v2/loyalty_programs/3/cards/CARD-1";

		JsonNode linked = ok(talon.http().send("POST", card + "/link_profile", "{\"integrationId\":\"cid\"}"));
		ok(talon.http().send("POST", card + "/link_profile", "{\"integrationId\":\"cid\"}"));
		ok(talon.http().send("POST", card + "/link_profile", "{\"integrationId\":\"dee\"}"));
		JsonNode unlinked = ok(talon.http().send("POST", card + "/unlink_profile", "{\"integrationId\":\"cid\"}"));
		ok(talon.http().send("POST", card + "/unlink_profile", "{\"integrationId\":\"cid\"}"));
		JsonNode balances = ok(talon.http().send("GET", CARDS + "/CARD-1/balances", null));
		RawHttp.Answer noCard = talon.http().send("POST", "/v2/loyalty_programs/3/cards/CARD-2/link_profile",
				"{\"integrationId\":\"cid\"}");
		RawHttp.Answer shortId = talon.http().send("POST", "/v2/loyalty_programs/3/cards/C1/link_profile",
				"{\"integrationId\":\"cid\"}");
		RawHttp.Answer noBody = talon.http().send("POST", card + "/link_profile", "{}");

		assertThat(linked.path("profiles")).extracting((profile) -> profile.path("integrationId").asString())
			.containsExactly("cid");
		assertThat(unlinked.path("profiles")).extracting((profile) -> profile.path("integrationId").asString())
			.containsExactly("dee");
		assertThat(balances.path("profiles")).extracting((profile) -> profile.path("integrationId").asString())
			.containsExactly("dee");
		assertThat(noCard.status()).isEqualTo(404);
		assertThat(parameters(noCard)).containsExactly("loyaltyCardId");
		assertThat(shortId.status()).isEqualTo(400);
		assertThat(parameters(shortId)).containsExactly("loyaltyCardId");
		assertThat(noBody.status()).isEqualTo(400);
		assertThat(noBody.pointers()).containsExactly("/integrationId");
	}

	@Test
	void aSessionNamingACardEarnsPointsOnTheCard() {
		generate("{\"cardIdentifier\":\"CARD-1\",\"customerProfileIds\":[\"eve\"]}");

		JsonNode closed = talon.updated("order-1", "{\"profileId\":\"eve\",\"loyaltyCards\":[\"CARD-1\"],"
				+ "\"state\":\"closed\",\"cartItems\":" + array(item("BEANS", "20.00", 1)) + "}");
		JsonNode anonymous = talon.updated("order-2", "{\"loyaltyCards\":[\"CARD-1\"],\"state\":\"closed\","
				+ "\"cartItems\":" + array(item("BEANS", "5.00", 1)) + "}");

		JsonNode cardPoints = TalonV2.effects(closed, "addLoyaltyPoints").stream()
			.filter((effect) -> effect.path("props").path("programId").asLong() == 3).findFirst().orElseThrow()
			.path("props");
		assertThat(cardPoints.path("cardIdentifier").asString()).isEqualTo("CARD-1");
		assertThat(cardPoints.path("value").decimalValue()).isEqualByComparingTo("20");
		assertThat(cardPoints.path("recipientIntegrationId").asString()).isEqualTo("eve");
		assertThat(TalonV2.props(anonymous, "addLoyaltyPoints").path("programId").asLong())
			.as("an anonymous session earns on its card, not in the profile program").isEqualTo(3);
		JsonNode balances = ok(talon.http().send("GET", CARDS + "/CARD-1/balances", null));
		assertThat(balances.path("balance").path("activePoints").decimalValue()).isEqualByComparingTo("25");
		JsonNode transactions = ok(talon.http().send("GET", CARDS + "/CARD-1/transactions", null));
		assertThat(transactions.path("data")).extracting((entry) -> entry.path("customerSessionId").asString())
			.containsExactly("order-2", "order-1");
		assertThat(transactions.path("data").get(0).path("cardIdentifier").asString()).isEqualTo("CARD-1");
		JsonNode points = ok(talon.http().send("GET", CARDS + "/CARD-1/points", null));
		assertThat(points.path("data")).extracting((entry) -> entry.path("customerProfileID").asString(""))
			.containsExactly("eve", "");
		assertThat(simulator.loyaltyCard(3, "CARD-1").orElseThrow().ledger().currentBalance())
			.isEqualByComparingTo("25");

		JsonNode cancelled = talon.updated("order-1", "{\"state\":\"cancelled\"}");

		assertThat(TalonV2.effects(cancelled, "rollbackAddedLoyaltyPoints")).extracting(
				(effect) -> effect.path("props").path("cardIdentifier").asString("")).contains("CARD-1");
		assertThat(ok(talon.http().send("GET", CARDS + "/CARD-1/balances", null)).path("balance").path("activePoints")
			.decimalValue()).isEqualByComparingTo("5");
	}

	@Test
	void unknownAndInactiveCardsEarnNothing() {
		generate("{\"cardIdentifier\":\"SLEEPY\",\"status\":\"inactive\"}");

		JsonNode inactive = talon.updated("order-1", "{\"loyaltyCards\":[\"SLEEPY\"],\"state\":\"closed\",\"cartItems\":"
				+ array(item("BEANS", "20.00", 1)) + "}", "ruleFailureReasons");
		JsonNode unknown = talon.updated("order-2", "{\"loyaltyCards\":[\"NO-SUCH\"],\"state\":\"closed\",\"cartItems\":"
				+ array(item("BEANS", "20.00", 1)) + "}", "ruleFailureReasons");

		assertThat(TalonV2.types(inactive)).doesNotContain("addLoyaltyPoints");
		assertThat(TalonV2.types(unknown)).doesNotContain("addLoyaltyPoints");
		assertThat(unknown.path("ruleFailureReasons")).extracting((reason) -> reason.path("details").asString())
			.contains("loyalty card NO-SUCH is not an active card of program 3");
		assertThat(ok(talon.http().send("GET", CARDS + "/SLEEPY/balances", null)).path("balance").path("activePoints")
			.decimalValue()).isEqualByComparingTo("0");
		assertThat(talon.http().send("GET", CARDS + "/NO-SUCH/points", null).status()).isEqualTo(404);
	}

	@Test
	void pendingCardPointsAreActivatedAndLinkedCardsAreInTheLoyaltyAnswers() {
		try (TalonSimulator pending = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(PromotionRules
			.defaults()
			.and(new LoyaltyRule(7, 3, "Card points", new BigDecimal("1.00"), Duration.ofDays(7), "1 card point per 1.00")
				.onLoyaltyCards())))) {
			TalonV2 talon = new TalonV2(pending);
			ok(talon.http().send("POST", CARDS, "{\"cardIdentifier\":\"CARD-1\",\"customerProfileIds\":[\"fay\"]}"));
			talon.updated("order-1", "{\"profileId\":\"fay\",\"loyaltyCards\":[\"CARD-1\"],\"state\":\"closed\","
					+ "\"cartItems\":" + array(item("BEANS", "20.00", 1)) + "}");
			assertThat(ok(talon.http().send("GET", CARDS + "/CARD-1/points?status=pending", null)).path("data"))
				.hasSize(1);

			JsonNode activated = ok(talon.http().send("POST", "/v1/loyalty_programs/3/activate_points",
					"{\"sessionId\":\"order-1\"}"));
			JsonNode inventory = ok(talon.http().send("GET", "/v1/customer_profiles/fay/inventory?loyalty=true", null));
			JsonNode session = talon.updated("order-2", "{\"profileId\":\"fay\",\"loyaltyCards\":[\"CARD-1\"]}",
					"loyalty");

			assertThat(activated.path("ledgerEntries")).hasSize(1);
			assertThat(activated.path("ledgerEntries").get(0).path("cardID").asLong()).isEqualTo(1);
			assertThat(activated.path("ledgerEntries").get(0).path("customerProfileID").asString()).isEqualTo("fay");
			JsonNode card = inventory.path("loyalty").path("cards").get(0);
			assertThat(card.path("identifier").asString()).isEqualTo("CARD-1");
			assertThat(card.path("ledger").path("currentBalance").decimalValue()).isEqualByComparingTo("20");
			assertThat(inventory.path("loyalty").path("programs").path("1").path("ledger").path("currentBalance")
				.decimalValue()).as("the profile-based program too").isEqualByComparingTo("20");
			assertThat(session.path("loyalty").path("cards")).extracting((each) -> each.path("identifier").asString())
				.containsExactly("CARD-1");
		}
	}

	private static JsonNode generate(String body) {
		return ok(talon.http().send("POST", CARDS, body));
	}

}
