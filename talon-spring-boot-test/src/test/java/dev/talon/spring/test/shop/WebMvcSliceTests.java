package dev.talon.spring.test.shop;

import java.time.Duration;

import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureTalonSimulator} in a {@code @WebMvcTest} slice: a Spring MVC controller of the slice calls
 * Talon.One through the client, which the annotation brings into the slice and points at the simulator.
 */
// tag::slice[]
@WebMvcTest(CartController.class)
@Import(Promotions.class)
@AutoConfigureTalonSimulator
class WebMvcSliceTests {
	// end::slice[]

	private static final String CART = """
			{"customerId":"bo","couponCodes":["TAKE5"],"lines":[{"sku":"KETTLE","price":39.00,"quantity":1}]}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonRequests talonRequests;

	@Test
	void aControllerOfTheSliceGetsItsPromotionsFromTheSimulator() {
		assertThat(this.mvc.put().uri("/carts/c-2").contentType(MediaType.APPLICATION_JSON).content(CART)
			.exchange(Duration.ofSeconds(30)))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.total").asNumber().satisfies((total) -> assertThat(total.doubleValue())
					.isEqualTo(34.0));
				assertThat(json).extractingPath("$.coupons.TAKE5").isEqualTo("ACCEPTED");
			});
		assertThat(this.talonRequests.updateCustomerSessionV2("c-2")).singleElement()
			.satisfies((request) -> assertThat(request.customerSession().couponCodes()).containsExactly("TAKE5"));
	}

	@Test
	void aFailingTalonOneReachesTheControllerThroughTheClient() {
		this.talon.faults().failAll(SimulatedFailure.status(500));

		assertThat(this.mvc.put().uri("/carts/c-3").contentType(MediaType.APPLICATION_JSON).content(CART)
			.exchange(Duration.ofSeconds(30)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.promotionsAvailable")
			.isEqualTo(false);
		assertThat(this.talon.session("c-2")).as("reset since the other test").isEmpty();
	}

}
