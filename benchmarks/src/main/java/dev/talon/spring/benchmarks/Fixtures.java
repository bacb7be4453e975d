package dev.talon.spring.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import tools.jackson.databind.JsonNode;

/**
 * The one job every client does: update a session with the same 5-item cart, then read the whole
 * {@code IntegrationState}. Each client builds its own request model once (the generated client's is in
 * {@code GeneratedOkHttpClient}); serialising it is part of every call.
 */
public final class Fixtures {

	/** The API key every client sends as {@code Authorization: ApiKey-v1 <key>}. */
	public static final String API_KEY = "bench-4f1c9a7e2b6d4e0a9c3f5b8d1e7a2c6f";

	/** The path of a session update, without the id. */
	public static final String SESSION_PATH = "/v1/customer_sessions/";

	/** The path of a v2 session update ({@code updateCustomerSessionV2}), without the id. */
	public static final String SESSION_PATH_V2 = "/v2/customer_sessions/";

	private Fixtures() {
	}

	/**
	 * The cart as the client's models.
	 * @return the session update
	 */
	public static NewCustomerSession session() {
		return NewCustomerSession.builder()
			.profileId("P-77120")
			.coupon("SUMMER10")
			.state(CustomerSessionState.OPEN)
			.cartItems(List.of(
					CartItem.builder("SHOE-TR-42", "Trail running shoe", 1, new BigDecimal("129.95"))
						.category("shoes")
						.weight(new BigDecimal("640"))
						.attributes(Map.of("colour", "blue", "size", "42"))
						.build(),
					CartItem.builder("SOCK-RUN-3", "Running socks (3 pairs)", 2, new BigDecimal("14.50"))
						.category("socks")
						.attributes(Map.of("colour", "black"))
						.build(),
					CartItem.builder("BOTTLE-750", "Water bottle 750 ml", 1, new BigDecimal("19.99"))
						.category("accessories")
						.build(),
					CartItem.builder("GEL-SC-40", "Energy gel, salted caramel", 6, new BigDecimal("2.49"))
						.category("nutrition")
						.attributes(Map.of("flavour", "salted caramel"))
						.build(),
					CartItem.builder("SHIRT-MER-M", "Merino running shirt", 1, new BigDecimal("59.00"))
						.category("apparel")
						.weight(new BigDecimal("180"))
						.attributes(Map.of("colour", "red", "size", "M"))
						.build()))
			.total(new BigDecimal("252.88"))
			.attributes(Map.of("channel", "web", "shippingCountry", "DE"))
			.build();
	}

	/**
	 * The same cart as a v2 session update ({@code updateCustomerSessionV2}), asking for the session and the profile
	 * in the answer, as a checkout does.
	 * @return the request
	 */
	public static IntegrationRequest sessionV2() {
		return IntegrationRequest.of(NewCustomerSessionV2.builder()
			.profileId("P-77120")
			.couponCodes("SUMMER10")
			.state(dev.talon.spring.client.model.v2.CustomerSessionState.OPEN)
			.cartItems(List.of(
					dev.talon.spring.client.model.v2.CartItem.builder("SHOE-TR-42", 1)
						.name("Trail running shoe")
						.price(new BigDecimal("129.95"))
						.category("shoes")
						.weight(new BigDecimal("640"))
						.attributes(Map.of("colour", "blue", "size", "42"))
						.build(),
					dev.talon.spring.client.model.v2.CartItem.builder("SOCK-RUN-3", 2)
						.name("Running socks (3 pairs)")
						.price(new BigDecimal("14.50"))
						.category("socks")
						.attributes(Map.of("colour", "black"))
						.build(),
					dev.talon.spring.client.model.v2.CartItem.builder("BOTTLE-750", 1)
						.name("Water bottle 750 ml")
						.price(new BigDecimal("19.99"))
						.category("accessories")
						.build(),
					dev.talon.spring.client.model.v2.CartItem.builder("GEL-SC-40", 6)
						.name("Energy gel, salted caramel")
						.price(new BigDecimal("2.49"))
						.category("nutrition")
						.attributes(Map.of("flavour", "salted caramel"))
						.build(),
					dev.talon.spring.client.model.v2.CartItem.builder("SHIRT-MER-M", 1)
						.name("Merino running shirt")
						.price(new BigDecimal("59.00"))
						.category("apparel")
						.weight(new BigDecimal("180"))
						.attributes(Map.of("colour", "red", "size", "M"))
						.build()))
			.attributes(Map.of("channel", "web", "shippingCountry", "DE"))
			.build(), IntegrationRequest.ResponseContent.CUSTOMER_SESSION,
				IntegrationRequest.ResponseContent.CUSTOMER_PROFILE);
	}

	/**
	 * The session update serialised once, as the lower-bound client sends it.
	 * @return the JSON bytes
	 */
	public static byte[] sessionBytes() {
		return TalonJson.mapper().writeValueAsBytes(session());
	}

	/**
	 * Session ids {@code S-0} to {@code S-(n-1)}: concurrent calls update different sessions (different carts), as
	 * they would in a shop; the client sends updates of one session one after another.
	 * @param n how many
	 * @return the ids
	 */
	public static String[] sessionIds(int n) {
		String[] ids = new String[n];
		for (int i = 0; i < n; i++) {
			ids[i] = "S-" + i;
		}
		return ids;
	}

	/**
	 * Checks that an answer of the client's models or a Jackson tree was read completely.
	 * @param answer what a client returned
	 * @throws IllegalStateException when it is not the canned state
	 */
	public static void check(Object answer) {
		int effects;
		String firstItem;
		if (answer instanceof IntegrationState state) {
			effects = state.effects().size();
			firstItem = state.session().cartItems().get(0).sku();
			if (state.discounts().size() != 2 || !state.isCouponAccepted("SUMMER10")) {
				throw new IllegalStateException("effects not read: " + state.effects());
			}
		}
		else if (answer instanceof IntegrationStateV2 state) {
			effects = state.effects().size();
			firstItem = state.customerSession().cartItems().get(0).sku();
			if (state.discounts().size() != 2 || !state.acceptedCoupons().contains("SUMMER10")
					|| state.customerProfile() == null) {
				throw new IllegalStateException("effects not read: " + state.effects());
			}
		}
		else if (answer instanceof JsonNode tree) {
			effects = tree.get("event").get("effects").size();
			firstItem = tree.get("session").get("cartItems").get(0).get("sku").asString();
		}
		else {
			throw new IllegalStateException("unexpected answer " + answer);
		}
		check(effects, firstItem);
	}

	/**
	 * Checks what any client read from the canned state.
	 * @param effects how many effects it read
	 * @param firstItem the SKU of the first cart item it read
	 * @throws IllegalStateException when it is not the canned state
	 */
	public static void check(int effects, String firstItem) {
		if (effects != 3 || !"SHOE-TR-42".equals(firstItem)) {
			throw new IllegalStateException("not the canned state: " + effects + " effects, first item " + firstItem);
		}
	}

}
