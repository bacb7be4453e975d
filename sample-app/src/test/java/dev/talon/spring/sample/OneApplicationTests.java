package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample with the single Talon.One Application of {@code talon.*}, as most shops have, in a
 * {@code @SpringBootTest} with {@link AutoConfigureTalonSimulator}: no base URL, no key, the client talks to the
 * test's simulator and the shop starts no embedded simulator of its own. The sample itself has two Applications
 * ({@code talon.applications.eu}, {@code .uk} in its {@code application.yml}); this test runs it with
 * {@code one-application.yml} in place of its {@code application.yml}: one market on the single Application.
 */
@TestPropertySource(properties = "spring.config.name=one-application")
@SpringBootTest
@AutoConfigureTalonSimulator
class OneApplicationTests {

	@Autowired
	TalonIntegrationClient client;

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonConnectionDetails connection;

	@Autowired
	ApplicationContext context;

	@Test
	void cartsOfFiftyOrMoreGetTenPercentOff() {
		IntegrationStateV2 state = this.client.updateCustomerSessionV2("cart-1", IntegrationRequest.of(
				NewCustomerSessionV2.builder()
					.cartItems(List.of(CartItem.builder("SKU-1", 2).name("Beans").price(new BigDecimal("25.00")).build()))
					.build()))
			.block(Duration.ofSeconds(30));

		assertThat(state.discounts()).containsEntry("10% off orders of 50.00 or more", new BigDecimal("5.00"));
		assertThat(this.talon.session("cart-1")).hasValueSatisfying((session) -> assertThat(session.total())
			.isEqualByComparingTo("50.00"));
	}

	@Test
	void theApplicationUsesTheTestsSimulatorAndStartsNoneOfItsOwn() {
		assertThat(this.context.getBeansOfType(TalonSimulator.class)).as("the annotation's only")
			.containsOnlyKeys("talonSimulator")
			.containsValue(this.talon);
		assertThat(this.connection.getBaseUrl()).hasToString(this.talon.baseUrl());
		assertThat(this.context.getEnvironment().getProperty("talon.base-url")).as("set by no embedded simulator")
			.isNull();
	}

}
