package dev.talon.spring.benchmarks.clients;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.benchmarks.generated.api.IntegrationApiApi;
import dev.talon.spring.benchmarks.generated.client.ApiClient;
import dev.talon.spring.benchmarks.generated.client.ApiException;
import dev.talon.spring.benchmarks.generated.model.CartItem;
import dev.talon.spring.benchmarks.generated.model.IntegrationState;
import dev.talon.spring.benchmarks.generated.model.NewCustomerSession;
import okhttp3.OkHttpClient;
import reactor.core.publisher.Mono;

/**
 * (4) The client openapi-generator ({@code java}, library {@code okhttp-gson}: the official Talon.One SDK's stack)
 * generates at build time from the 2017 v1 spec, used as generated: {@code new ApiClient()} (OkHttp's defaults), the
 * API key as a default header (the spec only knows the v1 {@code Content-Signature}). Blocking: each call holds its
 * caller's thread. Its models are strict: an unknown field, a missing required field or a {@code null} in one makes
 * deserialisation throw {@code IllegalArgumentException}, so the canned answer sticks exactly to the spec.
 */
public final class GeneratedOkHttpClient implements BenchClient {

	private final ApiClient apiClient;

	private final IntegrationApiApi api;

	private final NewCustomerSession session = session();

	/**
	 * Creates the client.
	 * @param baseUrl the server
	 */
	public GeneratedOkHttpClient(URI baseUrl) {
		this.apiClient = new ApiClient();
		this.apiClient.setBasePath(baseUrl.toString());
		this.apiClient.addDefaultHeader("Authorization", "ApiKey-v1 " + Fixtures.API_KEY);
		this.api = new IntegrationApiApi(this.apiClient);
	}

	@Override
	public String name() {
		return "okhttp";
	}

	@Override
	public boolean blocking() {
		return true;
	}

	@Override
	public Mono<?> call(String sessionId) {
		throw new UnsupportedOperationException("the generated okhttp-gson client blocks: use callBlocking");
	}

	@Override
	public Object callBlocking(String sessionId) {
		try {
			return this.api.updateCustomerSession(sessionId, this.session);
		}
		catch (ApiException ex) {
			throw new IllegalStateException("HTTP " + ex.getCode() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void check(Object answer) {
		IntegrationState state = (IntegrationState) answer;
		Fixtures.check(state.getEvent().getEffects().size(), state.getSession().getCartItems().get(0).getSku());
	}

	/**
	 * The cart of {@link Fixtures#session()} as the generated models.
	 * @return the session update
	 */
	static NewCustomerSession session() {
		NewCustomerSession session = new NewCustomerSession().profileId("P-77120")
			.coupon("SUMMER10")
			.state(NewCustomerSession.StateEnum.OPEN)
			.total(new BigDecimal("252.88"))
			.attributes(Map.of("channel", "web", "shippingCountry", "DE"));
		session.addCartItemsItem(item("SHOE-TR-42", "Trail running shoe", 1, "129.95", "shoes", "640",
				Map.of("colour", "blue", "size", "42")));
		session.addCartItemsItem(item("SOCK-RUN-3", "Running socks (3 pairs)", 2, "14.50", "socks", null,
				Map.of("colour", "black")));
		session.addCartItemsItem(item("BOTTLE-750", "Water bottle 750 ml", 1, "19.99", "accessories", null, null));
		session.addCartItemsItem(item("GEL-SC-40", "Energy gel, salted caramel", 6, "2.49", "nutrition", null,
				Map.of("flavour", "salted caramel")));
		session.addCartItemsItem(item("SHIRT-MER-M", "Merino running shirt", 1, "59.00", "apparel", "180",
				Map.of("colour", "red", "size", "M")));
		return session;
	}

	private static CartItem item(String sku, String name, int quantity, String price, String category, String weight,
			Map<String, Object> attributes) {
		return new CartItem().sku(sku)
			.name(name)
			.quantity(quantity)
			.price(new BigDecimal(price))
			.category(category)
			.weight((weight != null) ? new BigDecimal(weight) : null)
			.attributes(attributes);
	}

	@Override
	public void close() {
		OkHttpClient http = this.apiClient.getHttpClient();
		http.dispatcher().executorService().shutdown();
		http.connectionPool().evictAll();
	}

}
