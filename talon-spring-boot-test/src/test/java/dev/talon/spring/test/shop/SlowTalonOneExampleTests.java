package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dev.talon.spring.simulator.RecordedRequest;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of a fault: Talon.One slow or failing, and the shop fails open; verbatim between the
 * {@code fault} tags ({@code ReadmeTestingSectionTests} keeps the two in step).
 */
// tag::fault[]
@SpringBootTest(properties = { "talon.read-timeout=500ms", "talon.timeout=1s" })
@AutoConfigureTalonSimulator
class SlowTalonOneExampleTests {

	@Autowired
	Promotions promotions;

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonRequests talonRequests;

	Cart cart = new Cart("cart-1", "bob", List.of(new Cart.Line("KETTLE", new BigDecimal("39.00"), 2)), List.of());

	@Test
	void whenTalonOneIsSlowTheCartIsPricedWithoutPromotions() {
		this.talon.faults().latency(Duration.ofSeconds(3));

		PricedCart priced = this.promotions.price(this.cart).block(Duration.ofSeconds(30));

		assertThat(priced.promotionsAvailable()).isFalse();
		assertThat(priced.discounts()).isEmpty();
		assertThat(priced.total()).isEqualByComparingTo("78.00");
		assertThat(this.talonRequests.updateCustomerSessionV2("cart-1")).first()
			.satisfies((request) -> assertThat(request.customerSession().cartItems()).hasSize(1));
	}

	@Test
	void whenTalonOneFailsTheClientRetriesAndTheCartGetsItsPromotions() {
		this.talon.faults().failNext(1, SimulatedFailure.status(503));

		PricedCart priced = this.promotions.price(this.cart).block(Duration.ofSeconds(30));

		assertThat(priced.promotionsAvailable()).isTrue();
		assertThat(priced.discounts()).containsEntry("10% off orders of 50.00 or more", new BigDecimal("7.80"));
		assertThat(this.talonRequests.operation("updateCustomerSessionV2"))
			.extracting(RecordedRequest::status)
			.containsExactly(503, 200);
	}
	// end::fault[]

}
