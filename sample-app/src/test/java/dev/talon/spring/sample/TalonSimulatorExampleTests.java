package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of using the simulator in an application's own {@code @SpringBootTest}, verbatim between the
 * {@code example} tags; {@link #theReadmeShowsThisExample()} keeps the two in step ({@link ReadmeExamples}).
 * <p>
 * The example is for an application with the single Talon.One Application of {@code talon.*}, as most have. The sample
 * itself has two ({@code talon.applications.eu}, {@code .uk} in its {@code application.yml}), with which a top-level
 * {@code talon.api-key} stops the application; so this test runs the sample with {@code one-application.yml} in place
 * of its {@code application.yml}: one market on the single Application.
 */
@TestPropertySource(properties = "spring.config.name=one-application")
// tag::example[]
@SpringBootTest
class TalonSimulatorExampleTests {

	static TalonSimulator talon = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey("test-key"));

	@DynamicPropertySource
	static void talonProperties(DynamicPropertyRegistry registry) {
		registry.add("talon.base-url", talon::baseUrl);
		registry.add("talon.api-key", () -> "test-key");
	}

	@AfterAll
	static void stopTalon() {
		talon.close();
	}

	@Autowired
	TalonIntegrationClient client;

	@Test
	void cartsOfFiftyOrMoreGetTenPercentOff() {
		IntegrationStateV2 state = this.client.updateCustomerSessionV2("cart-1", IntegrationRequest.of(
				NewCustomerSessionV2.builder()
					.cartItems(List.of(CartItem.builder("SKU-1", 2).name("Beans").price(new BigDecimal("25.00")).build()))
					.build()))
			.block(Duration.ofSeconds(30));

		assertThat(state.discounts()).containsEntry("10% off orders of 50.00 or more", new BigDecimal("5.00"));
		assertThat(talon.session("cart-1")).hasValueSatisfying((session) -> assertThat(session.total())
			.isEqualByComparingTo("50.00"));
	}
	// end::example[]

	@Autowired
	ApplicationContext context;

	@Test
	void theApplicationUsesTheTestsSimulatorAndStartsNoneOfItsOwn() {
		assertThat(this.context.getBeansOfType(TalonSimulator.class)).isEmpty();
		assertThat(this.context.getEnvironment().getProperty("talon.base-url")).isEqualTo(talon.baseUrl());
	}

	@Test
	void theReadmeShowsThisExample() {
		ReadmeExamples.assertReadmeShows(TalonSimulatorExampleTests.class, "example", "class TalonSimulatorExampleTests");
	}

}
