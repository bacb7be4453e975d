package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonRequests;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first test whose calls the client still works on once it has ended, then a second one that must see nothing of
 * them: {@link AutoConfigureTalonSimulator} waits, before its reset, until the context's clients are idle.
 */
@AutoConfigureTalonSimulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LateCallsTests {

	static final List<Cart.Line> LINES = List.of(new Cart.Line("KETTLE", new BigDecimal("39.00"), 2));

	/**
	 * How slow Talon.One is in the first test: longer than the caller's patience and than the failing-open test's
	 * read timeout (500 ms).
	 */
	static final Duration LATENCY = Duration.ofSeconds(1);

	/** How long the impatient caller waits for an update. */
	static final Duration PATIENCE = Duration.ofMillis(300);

	private final String cartId;

	@Autowired
	Promotions promotions;

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonRequests talonRequests;

	LateCallsTests(String cartId) {
		this.cartId = cartId;
	}

	Cart cart(String... coupons) {
		return new Cart(this.cartId, "bob", LINES, List.of(coupons));
	}

	@Test
	@Order(2)
	void theNextTestSeesNothingOfThem() throws InterruptedException {
		// twice the latency: whatever the first test's calls still sent has arrived by now
		Thread.sleep(LATENCY.multipliedBy(2).toMillis());

		assertThat(this.talonRequests.all()).isEmpty();
		assertThat(this.talon.session(this.cartId)).isEmpty();
	}

}
