package dev.talon.spring.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's (v2) operations of a simulator over raw HTTP, with the bodies written as JSON text, so that tests see the
 * wire as a shop's client would send and read it.
 */
final class TalonV2 {

	private final TalonSimulator simulator;

	private final RawHttp http;

	TalonV2(TalonSimulator simulator) {
		this.simulator = simulator;
		this.http = new RawHttp(simulator);
	}

	RawHttp http() {
		return this.http;
	}

	/** {@code PUT /v2/customer_sessions/{id}} with a {@code customerSession} and the parts to answer. */
	RawHttp.Answer updateSession(String id, String customerSession, String... responseContent) {
		return updateSessionWithQuery(id, "", customerSession, responseContent);
	}

	/** {@code PUT /v2/customer_sessions/{id}?<query>}. */
	RawHttp.Answer updateSessionWithQuery(String id, String query, String customerSession,
			String... responseContent) {
		return this.http.send("PUT", "/v2/customer_sessions/" + encode(id) + query(query),
				"{\"customerSession\":" + customerSession + responseContent(responseContent) + "}");
	}

	/** An update that must succeed: its JSON answer. */
	JsonNode updated(String id, String customerSession, String... responseContent) {
		return ok(updateSession(id, customerSession, responseContent));
	}

	/** {@code GET /v2/customer_sessions/{id}}, which must succeed. */
	JsonNode session(String id) {
		return ok(this.http.send("GET", "/v2/customer_sessions/" + encode(id), null));
	}

	/** {@code PUT /v2/customer_sessions/{id}/reopen}. */
	RawHttp.Answer reopen(String id) {
		return this.http.send("PUT", "/v2/customer_sessions/" + encode(id) + "/reopen", null);
	}

	/** {@code POST /v2/customer_sessions/{id}/returns} of the given {@code returnedCartItems}. */
	RawHttp.Answer returnItems(String id, String query, String returnedCartItems, String... responseContent) {
		return this.http.send("POST", "/v2/customer_sessions/" + encode(id) + "/returns" + query(query),
				returnBody(returnedCartItems, responseContent));
	}

	/** A return with an {@code Idempotency-Key}. */
	RawHttp.Answer returnItemsWithKey(String id, String idempotencyKey, String returnedCartItems) {
		return this.http.send("POST", "/v2/customer_sessions/" + encode(id) + "/returns",
				returnBody(returnedCartItems), "Authorization", "ApiKey-v1 " + this.simulator.config().apiKey(),
				"Idempotency-Key", idempotencyKey);
	}

	private static String returnBody(String returnedCartItems, String... responseContent) {
		return "{\"return\":{\"returnedCartItems\":" + returnedCartItems + "}" + responseContent(responseContent) + "}";
	}

	/** A v2 cart item. */
	static String item(String sku, String price, int quantity) {
		return "{\"sku\":\"" + sku + "\",\"name\":\"Item " + sku + "\",\"quantity\":" + quantity + ",\"price\":" + price
				+ "}";
	}

	/** A JSON array of JSON texts. */
	static String array(String... elements) {
		return "[" + String.join(",", elements) + "]";
	}

	/** The answer of a request that must succeed with 200. */
	static JsonNode ok(RawHttp.Answer answer) {
		assertThat(answer.status()).as("status of the answer %s", answer.body()).isEqualTo(200);
		return answer.json();
	}

	/** The effect types of an answer's {@code effects}, in order. */
	static List<String> types(JsonNode answer) {
		List<String> types = new ArrayList<>();
		answer.path("effects").forEach((effect) -> types.add(effect.path("effectType").asString()));
		return types;
	}

	/** The effects of a type, in order. */
	static List<JsonNode> effects(JsonNode answer, String type) {
		List<JsonNode> effects = new ArrayList<>();
		answer.path("effects").forEach((effect) -> {
			if (effect.path("effectType").asString().equals(type)) {
				effects.add(effect);
			}
		});
		return effects;
	}

	/** The props of the only effect of a type. */
	static JsonNode props(JsonNode answer, String type) {
		List<JsonNode> effects = effects(answer, type);
		assertThat(effects).as("%s effects of %s", type, answer.path("effects")).hasSize(1);
		return effects.get(0).path("props");
	}

	static String encode(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String query(String query) {
		return query.isEmpty() ? "" : "?" + query;
	}

	private static String responseContent(String... parts) {
		if (parts.length == 0) {
			return "";
		}
		List<String> quoted = new ArrayList<>();
		for (String part : parts) {
			quoted.add("\"" + part + "\"");
		}
		return ",\"responseContent\":[" + String.join(",", quoted) + "]";
	}

}
