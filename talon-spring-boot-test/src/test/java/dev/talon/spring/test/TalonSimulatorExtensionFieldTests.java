package dev.talon.spring.test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.CouponRule;
import dev.talon.spring.simulator.Discount;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link TalonSimulatorExtension} held in fields: a static one with a configuration and a scenario of its own, used
 * through the field.
 */
class TalonSimulatorExtensionFieldTests {

	private static final CouponRule HALF = new CouponRule(6, "HALF", Discount.percent("50"), BigDecimal.ZERO,
			"Half price");

	// tag::extension[]
	@RegisterExtension
	static TalonSimulatorExtension talon = new TalonSimulatorExtension()
		.config(TalonSimulatorConfig.defaults().apiKey("field-test-key").rules(PromotionRules.of(HALF)))
		.scenario((simulator) -> simulator.updateProfile("vip", Map.of("tier", "gold")));

	@Test
	void theConfigurationAndTheScenarioApply() {
		TalonSimulator simulator = talon.simulator();
		// watched: after the test, the extension waits until it has nothing in flight
		TalonIntegrationClient client = talon.watch(WebClientTalonIntegrationClient
			.builder(WebClient.builder(), URI.create(simulator.baseUrl()),
					TalonCredentials.apiKey(simulator.config().apiKey()))
			.readTimeout(Duration.ofSeconds(10)) // patient: the first calls of a JVM on a busy machine
			.timeout(Duration.ofSeconds(20))
			.build());

		BigDecimal discount = client
			.updateCustomerSessionV2("h-1", IntegrationRequest.of(NewCustomerSessionV2.builder()
				.profileId("vip")
				.couponCodes("HALF")
				.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("8.00")).build())
				.build()))
			.block(Duration.ofSeconds(30))
			.discounts()
			.get("Half price");

		assertThat(simulator.config().apiKey()).isEqualTo("field-test-key");
		assertThat(discount).isEqualByComparingTo("4.00");
		assertThat(simulator.profile("vip").orElseThrow().attributes()).containsEntry("tier", "gold");
		assertThat(talon.requests().updateCustomerSessionV2("h-1")).hasSize(1);
	}
	// end::extension[]

	@Test
	void badArgumentsAndAnExtensionNotStartedYetSaySo() {
		TalonSimulatorExtension notStarted = new TalonSimulatorExtension();

		assertThatIllegalStateException().isThrownBy(notStarted::simulator)
			.withMessageContaining("call simulator() from a test or lifecycle method");
		assertThatIllegalArgumentException().isThrownBy(() -> notStarted.config(null))
			.withMessage("config must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> notStarted.scenario(null))
			.withMessage("scenario must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> notStarted.watch(null))
			.withMessage("client must not be null");
	}

}
