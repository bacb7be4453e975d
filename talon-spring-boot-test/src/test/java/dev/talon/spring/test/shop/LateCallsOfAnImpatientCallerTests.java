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
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test that gives up on its calls before a patient client does (the module's patient timeouts): the update in
 * flight and the one queued behind it are still sent once the test has ended, but never reach the next test's
 * simulator, since its reset waits until the client is idle (and ends what the simulator holds, so that this does
 * not take the latency).
 */
@SpringBootTest
@AutoConfigureTalonSimulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LateCallsOfAnImpatientCallerTests {

	static final Cart CART = new Cart("cart-L", "bob", List.of(new Cart.Line("KETTLE", new BigDecimal("39.00"), 2)),
			List.of());

	@Autowired
	Promotions promotions;

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonRequests talonRequests;

	@Test
	@Order(1)
	void theTestGivesUpOnTwoUpdatesWhileTalonOneIsSlow() {
		this.talon.faults().latency(Duration.ofSeconds(3));

		assertThatIllegalStateException().isThrownBy(() -> this.promotions.price(CART).block(Duration.ofSeconds(1)));
		assertThatIllegalStateException().isThrownBy(() -> this.promotions.price(CART).block(Duration.ofSeconds(1)));
	}

	@Test
	@Order(2)
	void theNextTestSeesNothingOfThem() throws InterruptedException {
		// longer than the latency: whatever the first test's calls still sent has arrived by now
		Thread.sleep(4000);

		assertThat(this.talonRequests.all()).isEmpty();
		assertThat(this.talon.session("cart-L")).isEmpty();
	}

}
