package dev.talon.spring.sample;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The shop's HTTP API as a customer's browser would call it, for the tests.
 */
final class ShopClient {

	private final WebTestClient web;

	ShopClient(WebTestClient web) {
		this.web = web;
	}

	CartView createCart(String customerId) {
		return this.web.post()
			.uri("/carts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue((customerId != null) ? Map.of("customerId", customerId) : Map.of())
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

	CartView applyCoupon(String cartId, String code) {
		return ok(put("/carts/{id}/coupon", Map.of("code", code), cartId));
	}

	CartView removeCoupon(String cartId) {
		return ok(this.web.delete().uri("/carts/{id}/coupon", cartId).exchange());
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

	WebTestClient.ResponseSpec put(String uri, Object body, Object... variables) {
		return this.web.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	static CartView ok(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isOk().expectBody(CartView.class).returnResult().getResponseBody();
	}

}
