package dev.talon.spring.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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

	/** One line of the cart, the same in the v1 and the v2 session update. */
	private record Item(String sku, String name, int quantity, String price, String category, String weight,
			Map<String, Object> attributes) {

		/** Sets the optional weight and attributes, when the item has them, on a v1 or v2 builder. */
		<B> B optionals(B builder, BiConsumer<B, BigDecimal> weight, BiConsumer<B, Map<String, Object>> attributes) {
			if (this.weight != null) {
				weight.accept(builder, new BigDecimal(this.weight));
			}
			if (!this.attributes.isEmpty()) {
				attributes.accept(builder, this.attributes);
			}
			return builder;
		}

	}

	private static final List<Item> CART = List.of(
			new Item("SHOE-TR-42", "Trail running shoe", 1, "129.95", "shoes", "640",
					Map.of("colour", "blue", "size", "42")),
			new Item("SOCK-RUN-3", "Running socks (3 pairs)", 2, "14.50", "socks", null, Map.of("colour", "black")),
			new Item("BOTTLE-750", "Water bottle 750 ml", 1, "19.99", "accessories", null, Map.of()),
			new Item("GEL-SC-40", "Energy gel, salted caramel", 6, "2.49", "nutrition", null,
					Map.of("flavour", "salted caramel")),
			new Item("SHIRT-MER-M", "Merino running shirt", 1, "59.00", "apparel", "180",
					Map.of("colour", "red", "size", "M")));

	/**
	 * The cart as the client's models.
	 * @return the session update
	 */
	public static NewCustomerSession session() {
		List<CartItem> items = CART.stream()
			.map((item) -> item.optionals(CartItem
				.builder(item.sku(), item.name(), item.quantity(), new BigDecimal(item.price()))
				.category(item.category()), CartItem.Builder::weight, CartItem.Builder::attributes).build())
			.toList();
		return NewCustomerSession.builder()
			.profileId("P-77120")
			.coupon("SUMMER10")
			.state(CustomerSessionState.OPEN)
			.cartItems(items)
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
		List<dev.talon.spring.client.model.v2.CartItem> items = CART.stream()
			.map((item) -> item.optionals(dev.talon.spring.client.model.v2.CartItem.builder(item.sku(), item.quantity())
				.name(item.name())
				.price(new BigDecimal(item.price()))
				.category(item.category()), dev.talon.spring.client.model.v2.CartItem.Builder::weight,
					dev.talon.spring.client.model.v2.CartItem.Builder::attributes)
				.build())
			.toList();
		return IntegrationRequest.of(NewCustomerSessionV2.builder()
			.profileId("P-77120")
			.couponCodes("SUMMER10")
			.state(dev.talon.spring.client.model.v2.CustomerSessionState.OPEN)
			.cartItems(items)
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
