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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cart item catalogs over HTTP: syncing items, cart items that take their catalog price, and the best prior prices of
 * the items' price history.
 */
class SimulatorCatalogTests {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));

	private static TalonSimulator simulator;

	private static TalonV2 talon;

	@BeforeAll
	static void start() {
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().clock(CLOCK));
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
	void itemsAreAddedPatchedAndRemovedOneVersionPerSync() {
		JsonNode added = sync(1, "ADD", "{\"sku\":\"BEANS\",\"price\":12.50,\"attributes\":{\"origin\":\"Peru\","
				+ "\"weight\":250}}", "{\"sku\":\"MUG\",\"price\":9,\"attributes\":{\"origin\":\"China\",\"weight\":400}}",
				"{\"sku\":\"FILTER\",\"attributes\":{\"origin\":\"Germany\",\"weight\":50}}");
		RawHttp.Answer addedTwice = talon.http().send("PUT", "/v1/catalogs/1/sync", actions("ADD", "{\"sku\":\"MUG\"}"));
		JsonNode patched = sync(1, "PATCH", "{\"sku\":\"BEANS\",\"price\":11}",
				"{\"sku\":\"GRINDER\",\"price\":59,\"createIfNotExists\":true}");
		RawHttp.Answer patchMissing = talon.http().send("PUT", "/v1/catalogs/1/sync",
				actions("PATCH", "{\"sku\":\"KETTLE\",\"price\":30}"));
		sync(1, "PATCH_MANY", "{\"price\":8,\"filters\":[{\"attr\":\"weight\",\"op\":\"GE\",\"value\":\"300\"}]}");
		JsonNode removed = sync(1, "REMOVE_MANY", "{\"filters\":[{\"attr\":\"origin\",\"op\":\"IN\",\"value\":"
				+ "\"Germany,Brazil\"}]}");
		sync(1, "REMOVE", "{\"sku\":\"NOT-THERE\"}");
		RawHttp.Answer staleVersion = talon.http().send("PUT", "/v1/catalogs/1/sync",
				"{\"actions\":[{\"type\":\"REMOVE\",\"payload\":{\"sku\":\"MUG\"}}],\"version\":2}");

		assertThat(added.path("id").asLong()).isEqualTo(1);
		assertThat(added.path("version").asLong()).isEqualTo(2);
		assertThat(added.path("subscribedApplicationsIds")).extracting(JsonNode::asLong).containsExactly(1L);
		assertThat(addedTwice.status()).isEqualTo(400);
		assertThat(addedTwice.pointers()).containsExactly("/actions/0/payload/sku");
		assertThat(patched.path("version").asLong()).isEqualTo(3);
		assertThat(patchMissing.status()).isEqualTo(404);
		assertThat(removed.path("version").asLong()).isEqualTo(5);
		assertThat(staleVersion.status()).isEqualTo(400);
		assertThat(staleVersion.pointers()).containsExactly("/version");
		assertThat(price("BEANS")).isEqualTo("11");
		assertThat(price("MUG")).as("PATCH_MANY of the heavy ones").isEqualTo("8");
		assertThat(price("GRINDER")).isEqualTo("59");
		assertThat(talon.http().send("PUT", "/v2/customer_sessions/c", "{\"customerSession\":{\"cartItems\":"
				+ "[{\"sku\":\"FILTER\",\"quantity\":1}]}}").pointers()).as("removed").containsExactly(
						"/customerSession/cartItems/0/price");
	}

	@Test
	void cartItemsWithoutPriceTakeTheirCatalogPrice() {
		sync(3, "ADD", "{\"sku\":\"BEANS\",\"price\":12.50}");
		sync(2, "ADD", "{\"sku\":\"BEANS\",\"price\":99}", "{\"sku\":\"MUG\",\"price\":9}", "{\"sku\":\"NO-PRICE\"}");

		JsonNode session = talon.updated("cart-1", "{\"cartItems\":[{\"sku\":\"BEANS\",\"quantity\":2},"
				+ "{\"sku\":\"MUG\",\"quantity\":1,\"price\":7.5}]}", "customerSession");
		RawHttp.Answer unpriced = talon.http().send("PUT", "/v2/customer_sessions/cart-2", "{\"customerSession\":"
				+ "{\"cartItems\":[{\"sku\":\"NO-PRICE\",\"quantity\":1},{\"sku\":\"UNKNOWN\",\"quantity\":1}]}}");

		JsonNode items = session.path("customerSession").path("cartItems");
		assertThat(items.get(0).path("price").decimalValue()).as("from catalog 2, the first by id")
			.isEqualByComparingTo("99");
		assertThat(items.get(1).path("price").decimalValue()).as("a price sent wins").isEqualByComparingTo("7.5");
		assertThat(session.path("customerSession").path("cartItemTotal").decimalValue()).isEqualByComparingTo("205.5");
		assertThat(unpriced.status()).isEqualTo(400);
		assertThat(unpriced.pointers()).containsExactly("/customerSession/cartItems/0/price",
				"/customerSession/cartItems/1/price");
		assertThat(simulator.session("cart-2")).isEmpty();
	}

	@Test
	void theBestPriorPriceIsTheLowestPriceOfTheTimeframe() {
		Instant start = CLOCK.instant();
		sync(1, "ADD", "{\"sku\":\"BEANS\",\"price\":12}", "{\"sku\":\"MUG\",\"price\":9}");
		CLOCK.advance(Duration.ofDays(10));
		sync(1, "PATCH", "{\"sku\":\"BEANS\",\"price\":10}");
		CLOCK.advance(Duration.ofDays(10));
		sync(1, "PATCH", "{\"sku\":\"BEANS\",\"price\":11}");
		CLOCK.advance(Duration.ofDays(10));
		sync(1, "PATCH", "{\"sku\":\"BEANS\",\"price\":8}");
		Instant now = CLOCK.instant();

		JsonNode strict = bestPriorPrice(now, "15", "strict", "\"BEANS\",\"MUG\",\"NONE\"");
		JsonNode beforeTheSale = bestPriorPrice(now, "15", "price", "\"BEANS\"");
		JsonNode longAgo = bestPriorPrice(start.plus(Duration.ofDays(5)), "30", "strict", "\"BEANS\"");
		JsonNode beforeAnyPrice = bestPriorPrice(start.minusSeconds(1), "30", "strict", "\"BEANS\"");

		assertThat(strict).extracting((price) -> price.path("sku").asString()).containsExactly("BEANS", "MUG");
		assertThat(strict.get(0).path("price").decimalValue()).as("the current price counts").isEqualByComparingTo("8");
		assertThat(strict.get(0).path("observedAt").asString()).isEqualTo(now.toString());
		assertThat(strict.get(1).path("price").decimalValue()).isEqualByComparingTo("9");
		assertThat(beforeTheSale.get(0).path("price").decimalValue())
			.as("15 days before the current price started: 10 was in effect then, then 11").isEqualByComparingTo("10");
		assertThat(longAgo.get(0).path("price").decimalValue()).isEqualByComparingTo("12");
		assertThat(beforeAnyPrice).isEmpty();
		assertThat(strict.get(0).path("metadata").path("influencingCampaignDetails")).isEmpty();
	}

	private static JsonNode sync(long catalog, String type, String... payloads) {
		return ok(talon.http().send("PUT", "/v1/catalogs/" + catalog + "/sync", actions(type, payloads)));
	}

	private static String actions(String type, String... payloads) {
		StringBuilder actions = new StringBuilder("{\"actions\":[");
		for (int i = 0; i < payloads.length; i++) {
			actions.append((i > 0) ? "," : "").append("{\"type\":\"").append(type).append("\",\"payload\":")
				.append(payloads[i]).append("}");
		}
		return actions.append("]}").toString();
	}

	/** The price a cart item without price gets. */
	private static String price(String sku) {
		return talon.updated("price-check", "{\"cartItems\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}",
				"customerSession").path("customerSession").path("cartItems").get(0).path("price").decimalValue()
			.stripTrailingZeros().toPlainString();
	}

	private static JsonNode bestPriorPrice(Instant end, String days, String type, String skus) {
		RawHttp.Answer answer = talon.http().send("POST", "/v1/best_prior_price", "{\"skus\":[" + skus + "],"
				+ "\"timeframeEndDate\":\"" + end + "\",\"timeframe\":\"" + days + "\",\"timeframeEndDateType\":\"" + type
				+ "\"}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

}
