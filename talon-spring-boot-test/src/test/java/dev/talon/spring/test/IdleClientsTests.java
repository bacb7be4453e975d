package dev.talon.spring.test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.Disposable;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static dev.talon.spring.test.TalonClientsForTests.clientOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting for clients to be idle before a reset: a busy client's calls end once the simulator's held requests do,
 * and one that stays busy longer than the bound is named in a warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class IdleClientsTests {

	private static final IntegrationRequest CART = IntegrationRequest.of(NewCustomerSessionV2.builder()
		.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("10.00")).build())
		.build());

	@Test
	void aClientWhoseRequestIsHeldIsIdleOnceTheSimulatorLetsItGo(CapturedOutput output) throws InterruptedException {
		try (TalonSimulator simulator = TalonSimulator.start()) {
			simulator.faults().latency(Duration.ofSeconds(30));
			WebClientTalonIntegrationClient client = clientOf(simulator);
			Disposable update = client.updateCustomerSessionV2("cart-held", CART).subscribe((state) -> {
			}, (ex) -> {
			});
			awaitArrival(simulator);

			boolean idle = IdleClients.await(List.of(simulator), Map.of("the client", client), Duration.ofSeconds(20),
					"in a test");

			assertThat(idle).isTrue();
			assertThat(IdleClients.isIdle(client)).isTrue();
			assertThat(output).doesNotContain("calls in flight");
			update.dispose();
		}
	}

	@Test
	void aClientStillBusyAfterTheBoundIsNamedInAWarning(CapturedOutput output) throws InterruptedException {
		// the configuration's latency stays after a reset: the client's retry is held again
		try (TalonSimulator simulator = TalonSimulator.start(TalonSimulatorConfig.defaults()
			.latency(Duration.ofSeconds(30)))) {
			WebClientTalonIntegrationClient client = clientOf(simulator);
			Disposable update = client.updateCustomerSessionV2("cart-stuck", CART).subscribe((state) -> {
			}, (ex) -> {
			});
			awaitArrival(simulator);

			boolean idle = IdleClients.await(List.of(simulator), Map.of("the client", client),
					Duration.ofMillis(500), "in a test");

			assertThat(idle).isFalse();
			assertThat(output).contains("WARN")
				.contains("Talon.One simulator, in a test: clients still have calls in flight after 500 ms, which "
						+ "may reach the simulator during the next test: the client (calls in flight: 1, "
						+ "sessions with updates in flight: 1)");
			update.dispose();
		}
	}

	private static void awaitArrival(TalonSimulator simulator) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (simulator.requestsInProgress() == 0) {
			assertThat(System.nanoTime() - deadline).as("the update to arrive in time").isNegative();
			Thread.sleep(10);
		}
	}

}
