package dev.talon.spring.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The shop's HTTP API as a customer's browser (or the shop's back office) would call it, for the tests.
 */
final class ShopClient {

	private final WebTestClient web;

	ShopClient(WebTestClient web) {
		this.web = web;
	}

	CartView createCart(String customerId) {
		return createCart(customerId, null);
	}

	CartView createCart(String customerId, String market) {
		Map<String, String> body = new LinkedHashMap<>();
		if (customerId != null) {
			body.put("customerId", customerId);
		}
		if (market != null) {
			body.put("market", market);
		}
		return this.web.post()
			.uri("/carts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(CartView.class)
			.returnResult()
			.getResponseBody();
	}

	CartView cart(String cartId) {
		return ok(this.web.get().uri("/carts/{id}", cartId).exchange());
	}

	CartView setQuantity(String cartId, String sku, int quantity) {
		return ok(put("/carts/{id}/items/{sku}", Map.of("quantity", quantity), cartId, sku));
	}

	CartView removeItem(String cartId, String sku) {
		return ok(this.web.delete().uri("/carts/{id}/items/{sku}", cartId, sku).exchange());
	}

	CartView addCoupon(String cartId, String code) {
		return ok(this.web.put().uri("/carts/{id}/coupons/{code}", cartId, code).exchange());
	}

	CartView removeCoupon(String cartId, String code) {
		return ok(this.web.delete().uri("/carts/{id}/coupons/{code}", cartId, code).exchange());
	}

	CartView applyReferral(String cartId, String code) {
		return ok(put("/carts/{id}/referral", Map.of("code", code), cartId));
	}

	CartView attachCustomer(String cartId, String customerId) {
		return ok(put("/carts/{id}/customer", Map.of("customerId", customerId), cartId));
	}

	WebTestClient.ResponseSpec checkout(String cartId) {
		return this.web.post().uri("/carts/{id}/checkout", cartId).exchange();
	}

	WebTestClient.ResponseSpec cancel(String cartId) {
		return this.web.post().uri("/carts/{id}/cancel", cartId).exchange();
	}

	WebTestClient.ResponseSpec cancelOrder(String orderId) {
		return this.web.post().uri("/orders/{id}/cancel", orderId).exchange();
	}

	WebTestClient.ResponseSpec returnItems(String orderId, String returnId, Map<String, Integer> lines) {
		List<Map<String, Object>> body = lines.entrySet()
			.stream()
			.map((line) -> Map.<String, Object>of("sku", line.getKey(), "quantity", line.getValue()))
			.toList();
		return post("/orders/{id}/returns", Map.of("returnId", returnId, "lines", body), orderId);
	}

	WebTestClient.ResponseSpec editOrder(String orderId) {
		return this.web.post().uri("/orders/{id}/edit", orderId).exchange();
	}

	List<Product> products(String market) {
		return this.web.get()
			.uri((uri) -> uri.path("/products").queryParamIfPresent("market", Optional.ofNullable(market)).build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Product>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	ProductView product(String sku, String customerId) {
		return product(sku, customerId, null);
	}

	ProductView product(String sku, String customerId, String market) {
		return this.web.get()
			.uri((uri) -> uri.path("/products/{sku}")
				.queryParamIfPresent("customerId", Optional.ofNullable(customerId))
				.queryParamIfPresent("market", Optional.ofNullable(market))
				.build(sku))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ProductView.class)
			.returnResult()
			.getResponseBody();
	}

	CustomerView customer(String customerId) {
		return customer(customerId, null);
	}

	CustomerView customer(String customerId, String market) {
		return this.web.get()
			.uri((uri) -> uri.path("/customers/{id}").queryParamIfPresent("market", Optional.ofNullable(market))
				.build(customerId))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(CustomerView.class)
			.returnResult()
			.getResponseBody();
	}

	CustomerView updateCustomer(String customerId, Map<String, Object> attributes) {
		return put("/customers/{id}", Map.of("attributes", attributes), customerId).expectStatus()
			.isOk()
			.expectBody(CustomerView.class)
			.returnResult()
			.getResponseBody();
	}

	WebTestClient.ResponseSpec get(String uri, Object... variables) {
		return this.web.get().uri(uri, variables).exchange();
	}

	WebTestClient.ResponseSpec put(String uri, Object body, Object... variables) {
		return this.web.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	WebTestClient.ResponseSpec post(String uri, Object body, Object... variables) {
		return this.web.post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	/**
	 * The problem detail of an answer, after checking its status.
	 * @param response the answer
	 * @param status the status it must have
	 * @return its problem detail
	 */
	static ProblemDetail problem(WebTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectBody(ProblemDetail.class)
			.returnResult()
			.getResponseBody();
	}

	static CartView ok(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isOk().expectBody(CartView.class).returnResult().getResponseBody();
	}

}
