package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.util.List;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.effect.CodeStatus;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureTalonSimulator} in a {@code @WebFluxTest} slice: the slice gets the Talon.One client (the
 * auto-configuration and Spring's {@code WebClient.Builder}), pointed at the simulator, and a controller that uses it
 * works as in the whole application.
 */
@WebFluxTest(CartController.class)
@Import(Promotions.class)
@AutoConfigureTalonSimulator
@AutoConfigureWebTestClient(timeout = "PT30S")
class WebFluxSliceTests {

	@Autowired
	WebTestClient web;

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonRequests talonRequests;

	@Autowired
	ApplicationContext context;

	@Test
	void aControllerOfTheSliceGetsItsPromotionsFromTheSimulator() {
		Cart cart = new Cart(null, "ann", List.of(new Cart.Line("GRINDER", new BigDecimal("59.00"), 1)),
				List.of("WELCOME10"));

		PricedCart priced = this.web.put()
			.uri("/carts/c-1")
			.bodyValue(cart)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PricedCart.class)
			.returnResult()
			.getResponseBody();

		assertThat(priced.promotionsAvailable()).isTrue();
		assertThat(priced.coupons()).containsEntry("WELCOME10", CodeStatus.ACCEPTED);
		assertThat(priced.total()).isEqualByComparingTo("47.20");
		assertThat(this.talonRequests.updateCustomerSessionV2("c-1")).singleElement()
			.satisfies((request) -> assertThat(request.customerSession().profileId()).isEqualTo("ann"));
		assertThat(this.talon.session("c-1")).isPresent();
		assertThat(this.context.getBeansOfType(TalonIntegrationClient.class)).hasSize(1);
	}

}
