package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.spec.ReadmeExamples;
import dev.talon.spring.test.TalonSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of code that runs with or without Talon.One, as the startup failure reports advise for
 * {@code talon.enabled=false}: it injects the client as an {@link ObjectProvider}. Verbatim between the
 * {@code without-talon} tags ({@link ReadmeExamples} keeps the README in step).
 */
@ExtendWith(TalonSimulatorExtension.class)
class WithoutTalonExampleTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				TalonAutoConfiguration.class))
		.withBean(Promotions.class);

	private static final NewCustomerSessionV2 CART = NewCustomerSessionV2.builder()
		.cartItems(List.of(CartItem.builder("SKU-1", 2).name("Beans").price(new BigDecimal("25.00")).build()))
		.build();

	@Test
	void withTalonOneDisabledTheApplicationStartsAndHasNoPromotions() {
		this.runner.withPropertyValues("talon.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(TalonIntegrationClient.class);
			assertThat(context.getBean(Promotions.class).discounts("cart-1", CART).block(Duration.ofSeconds(5)))
				.isEmpty();
		});
	}

	@Test
	void withTalonOneThePromotionsAreTalonOnes(TalonSimulator simulator) {
		this.runner
			.withPropertyValues("talon.base-url=" + simulator.baseUrl(), "talon.api-key=" + simulator.config().apiKey())
			.run((context) -> assertThat(context.getBean(Promotions.class)
				.discounts("cart-1", CART)
				.block(Duration.ofSeconds(30))).containsEntry("10% off orders of 50.00 or more", new BigDecimal("5.00")));
	}

	@Test
	void theReadmeShowsThisExample() {
		ReadmeExamples.assertReadmeShows(WithoutTalonExampleTests.class, "without-talon",
				"private final ObjectProvider<TalonIntegrationClient> talon;");
	}

	static class Promotions {

		// tag::without-talon[]
		private final ObjectProvider<TalonIntegrationClient> talon;

		Promotions(ObjectProvider<TalonIntegrationClient> talon) {
			this.talon = talon;
		}

		Mono<Map<String, BigDecimal>> discounts(String cartId, NewCustomerSessionV2 session) {
			TalonIntegrationClient client = this.talon.getIfAvailable();
			if (client == null) {
				return Mono.just(Map.of());           // talon.enabled=false: no promotions
			}
			return client.updateCustomerSessionV2(cartId, IntegrationRequest.of(session))
				.map(IntegrationStateV2::discounts);
		}
		// end::without-talon[]

	}

}
