package dev.talon.spring.test.shop;


import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A test that gives up on its calls before a patient client does (the module's patient timeouts): the update in
 * flight and the one queued behind it are still sent once the test has ended, but do not reach the next test's
 * simulator (and the wait for them does not take the latency: the reset ends what the simulator holds).
 */
@SpringBootTest
class LateCallsOfAnImpatientCallerTests extends LateCallsTests {

	LateCallsOfAnImpatientCallerTests() {
		super("cart-L");
	}

	@Test
	@Order(1)
	void theTestGivesUpOnTwoUpdatesWhileTalonOneIsSlow() {
		this.talon.faults().latency(LATENCY);

		assertThatIllegalStateException().isThrownBy(() -> this.promotions.price(cart()).block(PATIENCE));
		assertThatIllegalStateException().isThrownBy(() -> this.promotions.price(cart()).block(PATIENCE));
	}

}
