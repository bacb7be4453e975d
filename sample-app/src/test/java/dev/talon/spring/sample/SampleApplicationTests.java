package dev.talon.spring.sample;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The sample app on a random port with the starter talking to WireMock in place of Talon.One.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class SampleApplicationTests {

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void talonProperties(DynamicPropertyRegistry registry) {
		registry.add("talon.base-url", talon::baseUrl);
		registry.add("talon.api-key", () -> "test-sample-key");
	}

	@Autowired
	WebTestClient web;

	@Test
	void aCartUpdateIsSentToTalonAndItsPromotionsComeBack() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"session": {"integrationId": "cart-1", "state": "open"},
					 "profile": {"integrationId": "customer-7"},
					 "event": {"effects": [[1, 2, 0, ["setDiscount", "10% off", 2.50]], [1, 2, 1, ["acceptCoupon", "SPRING10"]]]}}
					""")));

		this.web.put()
			.uri("/sessions/cart-1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"profileId": "customer-7", "coupon": "SPRING10",
					 "cartItems": [{"sku": "COF-1KG", "name": "Espresso beans 1kg", "quantity": 1, "price": 25.00}]}
					""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sessionId").isEqualTo("cart-1")
			.jsonPath("$.discounts['10% off']").isEqualTo(2.50)
			.jsonPath("$.totalDiscount").isEqualTo(2.50)
			.jsonPath("$.effects[1]").isEqualTo("acceptCoupon");

		talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-1"))
			.withHeader("Authorization", equalTo("ApiKey-v1 test-sample-key"))
			.withRequestBody(equalToJson("""
					{"profileId": "customer-7", "coupon": "SPRING10",
					 "cartItems": [{"sku": "COF-1KG", "name": "Espresso beans 1kg", "quantity": 1, "price": 25.00}]}
					""", false, false)));
	}

	@Test
	void anInvalidCartIsABadRequestAndNeverReachesTalon() {
		this.web.put()
			.uri("/sessions/cart-2")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"cartItems\": [{\"sku\": \"COF-1KG\", \"name\": \"Beans\", \"quantity\": 0, \"price\": 1}]}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail").value((detail) -> org.assertj.core.api.Assertions.assertThat((String) detail)
				.contains("cartItems[0].quantity must be at least 1"));
		talon.verify(0, putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-2")));
	}

	@Test
	void aRejectedKeyIsABadGateway() {
		talon.stubFor(put("/v1/customer_sessions/cart-3").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Unauthorized - Invalid API key\", \"StatusCode\": 401}")));

		this.web.put()
			.uri("/sessions/cart-3")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Talon.One updateCustomerSession failed with HTTP 401 Unauthorized: Unauthorized - Invalid API key");
	}

}
