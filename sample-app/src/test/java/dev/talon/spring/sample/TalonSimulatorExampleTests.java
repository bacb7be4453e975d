package dev.talon.spring.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of using the simulator in an application's own {@code @SpringBootTest}, verbatim between the
 * {@code example} tags; {@link #theReadmeShowsThisExample()} keeps the two in step.
 */
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
		IntegrationState state = this.client.updateCustomerSession("cart-1", NewCustomerSession.builder()
			.cartItems(List.of(CartItem.builder("SKU-1", "Beans", 2, new BigDecimal("25.00")).build()))
			.build())
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
	void theReadmeShowsThisExample() throws IOException {
		List<String> source = Files.readAllLines(Path.of("src/test/java/dev/talon/spring/sample/"
				+ "TalonSimulatorExampleTests.java"));
		List<String> example = new ArrayList<>();
		boolean inside = false;
		for (String line : source) {
			if (line.contains("// end::example[]")) {
				break;
			}
			if (inside && !line.isBlank()) {
				example.add(line.strip());
			}
			inside = inside || line.contains("// tag::example[]");
		}
		String readme = Files.readString(Path.of("../README.md"));
		int from = readme.indexOf("class TalonSimulatorExampleTests");
		assertThat(from).as("the README shows the example").isPositive();
		List<String> shown = readme.substring(readme.lastIndexOf("```java", from)).lines()
			.skip(1)
			.takeWhile((line) -> !line.startsWith("```"))
			.filter((line) -> !line.isBlank())
			.map(String::strip)
			.toList();
		assertThat(shown).as("the README's example without imports and closing brace")
			.containsSubsequence(example)
			.hasSizeGreaterThanOrEqualTo(example.size());
	}

}
