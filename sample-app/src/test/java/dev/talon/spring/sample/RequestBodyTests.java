package dev.talon.spring.sample;

import java.util.Map;

import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop reads its request bodies strictly ({@link ShopJsonConfiguration}): a value of the wrong JSON type is a 400
 * naming the field and the value, before any call to Talon.One, instead of being converted (a fractional quantity
 * truncated, a string read as a number, a number as an id); a whole number too large for any field gets the field's
 * own range message, whatever its size.
 */
@ShopTest
class RequestBodyTests {

	@Autowired
	WebTestClient web;

	@Autowired
	TalonSimulator simulator;

	ShopClient shop;

	@BeforeEach
	void setUp() {
		this.shop = new ShopClient(this.web);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"{\"quantity\":1.5}             | quantity must be a whole number but was 1.5",
			"{\"quantity\":2.0}             | quantity must be a whole number but was 2.0",
			"{\"quantity\":\"2\"}           | quantity must be a whole number but was \"2\"",
			"{\"quantity\":true}            | quantity must be a whole number but was true",
			"{\"quantity\":[2]}             | quantity must be a whole number",
			"{\"quantity\":2147483647}      | quantity must be between 0 and 99 but was 2147483647",
			"{\"quantity\":99999999999999999999} | quantity must be between 0 and 99 but was 99999999999999999999",
			"{\"quantity\":-99999999999999999999} | quantity must be between 0 and 99 but was -99999999999999999999",
			"{}                             | quantity is required" })
	void aQuantityThatIsNotAWholeNumberFrom0To99IsRefusedNamingItBeforeAnyCallToTalonOne(String body, String detail) {
		String cartId = this.shop.createCart(null).id();
		this.shop.setQuantity(cartId, "MUG", 3);
		long calls = this.simulator.requestCount();

		ProblemDetail problem = ShopClient.problem(this.shop.put("/carts/{id}/items/{sku}", body, cartId, "MUG"), 400);

		assertThat(problem.getDetail()).isEqualTo(detail);
		assertThat(this.simulator.requestCount()).isEqualTo(calls);
		assertThat(this.shop.cart(cartId).lines()).singleElement()
			.satisfies((line) -> assertThat(line.quantity()).isEqualTo(3));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":\"COFFEE-1KG\",\"quantity\":1.5}]} | lines[0].quantity must be a whole number but was 1.5",
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":\"MUG\",\"quantity\":1},{\"sku\":\"COFFEE-1KG\",\"quantity\":\"1\"}]} | lines[1].quantity must be a whole number but was \"1\"",
			"{\"returnId\":5,\"lines\":[{\"sku\":\"COFFEE-1KG\",\"quantity\":1}]} | returnId must be a string but was 5",
			"{\"returnId\":true,\"lines\":[{\"sku\":\"COFFEE-1KG\",\"quantity\":1}]} | returnId must be a string but was true",
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":7,\"quantity\":1}]} | lines[0].sku must be a string but was 7",
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":\"COFFEE-1KG\"}]} | lines[0].quantity is required",
			"{\"returnId\":\"X9\",\"lines\":[{\"quantity\":1}]} | lines[0].sku is required",
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":\"COFFEE-1KG\",\"quantity\":2147483647}]} | Cannot return the items: only 1 of COFFEE-1KG can be returned: the order has 1",
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":\"COFFEE-1KG\",\"quantity\":99999999999999999999}]} | Cannot return the items: only 1 of COFFEE-1KG can be returned: the order has 1",
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":\"COFFEE-1KG\",\"quantity\":2147483647},{\"sku\":\"COFFEE-1KG\",\"quantity\":1}]} | Cannot return the items: only 1 of COFFEE-1KG can be returned: the order has 1",
			"{\"returnId\":\"X9\",\"lines\":[{\"sku\":\"COFFEE-1KG\",\"quantity\":-99999999999999999999}]} | Cannot return the items: the quantity of COFFEE-1KG must be at least 1" })
	void aReturnLineThatIsNotAsTheOrderHasItIsRefusedNamingItBeforeAnyCallToTalonOne(String body, String detail) {
		String orderId = this.shop.createCart("rhea").id();
		this.shop.setQuantity(orderId, "COFFEE-1KG", 1);
		this.shop.setQuantity(orderId, "MUG", 1);
		ShopClient.ok(this.shop.checkout(orderId));
		long calls = this.simulator.requestCount();

		ProblemDetail problem = ShopClient.problem(this.shop.post("/orders/{id}/returns", body, orderId), 400);

		assertThat(problem.getDetail()).isEqualTo(detail);
		assertThat(this.simulator.requestCount()).isEqualTo(calls);
		assertThat(this.shop.cart(orderId).returns()).isNullOrEmpty();
	}

	@Test
	void anIdThatIsNotAStringIsRefusedRatherThanReadAsOne() {
		assertThat(ShopClient.problem(this.shop.post("/carts", "{\"customerId\":5}"), 400).getDetail())
			.isEqualTo("customerId must be a string but was 5");
		assertThat(ShopClient.problem(this.shop.post("/carts", "{\"market\":1.5}"), 400).getDetail())
			.isEqualTo("market must be a string but was 1.5");
		String cartId = this.shop.createCart(null).id();
		assertThat(ShopClient
			.problem(this.shop.put("/carts/{id}/customer", "{\"customerId\":false}", cartId), 400)
			.getDetail()).isEqualTo("customerId must be a string but was false");
		assertThat(ShopClient.problem(this.shop.put("/carts/{id}/referral", "{\"code\":123}", cartId), 400)
			.getDetail()).isEqualTo("code must be a string but was 123");
		assertThat(this.shop.cart(cartId).customerId()).isNull();
		// a whole number is still one, and a string still a string
		assertThat(ShopClient.ok(this.shop.put("/carts/{id}/items/{sku}", Map.of("quantity", 2), cartId, "MUG"))
			.lines()).singleElement().satisfies((line) -> assertThat(line.quantity()).isEqualTo(2));
	}

}
