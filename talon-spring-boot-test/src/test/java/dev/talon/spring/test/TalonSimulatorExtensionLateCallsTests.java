package dev.talon.spring.test;

import java.math.BigDecimal;
import java.time.Duration;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.talon.spring.test.TalonClientsForTests.clientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A test that gives up on its updates before its patient client does: what the client still sends once the test has
 * ended (the update in flight, the one queued behind it) never reaches the next test, whether the client is in a
 * field of the test, which {@link TalonSimulatorExtension} finds, or one it was given with
 * {@link TalonSimulatorExtension#watch(WebClientTalonIntegrationClient)}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TalonSimulatorExtensionLateCallsTests {

	/** How slow Talon.One is in the tests that give up: longer than their patience. */
	private static final Duration LATENCY = Duration.ofSeconds(1);

	/** How long those tests wait for an update. */
	private static final Duration PATIENCE = Duration.ofMillis(300);

	@RegisterExtension
	static TalonSimulatorExtension talon = new TalonSimulatorExtension();

	/** Found by the extension in this field. */
	WebClientTalonIntegrationClient client = clientOf(talon.simulator());

	@Test
	@Order(1)
	void aTestGivesUpOnTheUpdatesOfItsFieldsClient() {
		giveUpOnTwoUpdates(this.client, "cart-field");
	}

	@Test
	@Order(2)
	void theNextTestSeesNothingOfThem() throws InterruptedException {
		assertNothingArrivesOf("cart-field");
	}

	@Test
	@Order(3)
	void aTestGivesUpOnTheUpdatesOfAWatchedClient() {
		giveUpOnTwoUpdates(talon.watch(clientOf(talon.simulator())), "cart-watched");
	}

	@Test
	@Order(4)
	void theNextTestSeesNothingOfTheWatchedClientsUpdates() throws InterruptedException {
		assertNothingArrivesOf("cart-watched");
	}

	private static void giveUpOnTwoUpdates(TalonIntegrationClient client, String cartId) {
		talon.simulator().faults().latency(LATENCY);
		IntegrationRequest cart = IntegrationRequest.of(NewCustomerSessionV2.builder()
			.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("10.00")).build())
			.build());

		assertThatIllegalStateException()
			.isThrownBy(() -> client.updateCustomerSessionV2(cartId, cart).block(PATIENCE));
		assertThatIllegalStateException()
			.isThrownBy(() -> client.updateCustomerSessionV2(cartId, cart).block(PATIENCE));
	}

	private static void assertNothingArrivesOf(String cartId) throws InterruptedException {
		// twice the latency: whatever the first test's client still sent has arrived by now
		Thread.sleep(LATENCY.multipliedBy(2).toMillis());
		TalonSimulator simulator = talon.simulator();

		assertThat(simulator.requests()).isEmpty();
		assertThat(simulator.session(cartId)).isEmpty();
	}

}
