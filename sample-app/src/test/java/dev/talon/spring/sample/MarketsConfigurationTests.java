package dev.talon.spring.sample;

import java.util.Map;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.client.TalonClients;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's markets ({@code shop.markets}) are checked at startup against the Talon.One Applications and the
 * catalog: a misconfigured market stops the shop with an {@link InvalidConfigurationPropertyValueException}, which
 * Spring Boot's failure report shows with the property, the origin of its value, and the reason, saying what to set.
 */
class MarketsConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TalonAutoConfiguration.class))
		.withUserConfiguration(Shop.class)
		.withPropertyValues("talon.base-url=https://mycompany.talon.one", "talon.default-application=eu",
				"talon.applications.eu.api-key=eu-key", "talon.applications.uk.api-key=uk-key",
				"shop.default-market=eu", "shop.markets.eu.currency=EUR", "shop.markets.eu.application=eu",
				"shop.markets.eu.referral-campaign-id=5", "shop.markets.eu.loyalty-program-id=1",
				"shop.markets.uk.currency=GBP", "shop.markets.uk.application=uk",
				"shop.markets.uk.referral-campaign-id=15", "shop.markets.uk.loyalty-program-id=2");

	@Test
	void theMarketsAreThoseConfigured() {
		this.contexts.run((context) -> {
			Markets markets = context.getBean(Markets.class);
			assertThat(markets.get("uk")).isEqualTo(new Market("uk", ProductCatalog.GBP, "uk", 15, 2));
			assertThat(markets.get(null)).as("the default market").isEqualTo(markets.get("eu"));
			assertThat(markets.get(" ")).isEqualTo(markets.get("eu"));
		});
	}

	@Test
	void aMarketOfAnApplicationThatIsNotConfiguredStopsTheShop() {
		this.contexts.withPropertyValues("shop.markets.uk.application=gb")
			.run((context) -> assertThat(invalidProperty(context)).satisfies((invalid) -> {
				assertThat(invalid.getName()).isEqualTo("shop.markets.uk.application");
				assertThat(invalid.getValue()).isEqualTo("gb");
				assertThat(invalid.getReason()).isEqualTo("There is no Talon.One Application of that name: set it to "
						+ "one of eu, uk, or configure talon.applications.gb");
			}));
	}

	@Test
	void aMarketInACurrencyTheCatalogHasNoPricesInStopsTheShop() {
		this.contexts.withPropertyValues("shop.markets.uk.currency=USD")
			.run((context) -> assertThat(invalidProperty(context)).satisfies((invalid) -> {
				assertThat(invalid.getName()).isEqualTo("shop.markets.uk.currency");
				assertThat(invalid.getReason()).isEqualTo("The catalog has no prices in it: set it to one of EUR, GBP");
			}));
	}

	@Test
	void anIncompleteMarketStopsTheShopNamingWhatToSet() {
		this.contexts.withPropertyValues("shop.markets.fr.currency=EUR")
			.run((context) -> assertThat(invalidProperty(context)).satisfies((invalid) -> {
				assertThat(invalid.getName()).isEqualTo("shop.markets.fr.application");
				assertThat(invalid.getReason()).isEqualTo("Market fr is incomplete: set shop.markets.fr.application, "
						+ "shop.markets.fr.referral-campaign-id, shop.markets.fr.loyalty-program-id");
			}));
	}

	@Test
	void severalMarketsNeedADefault() {
		this.contexts.withPropertyValues("shop.default-market=")
			.run((context) -> assertThat(invalidProperty(context).getReason())
				.isEqualTo("With several markets it is required: set it to one of eu, uk"));
		this.contexts.withPropertyValues("shop.default-market=fr")
			.run((context) -> assertThat(invalidProperty(context).getReason())
				.isEqualTo("There is no market of that name: set it to one of eu, uk"));
	}

	@Test
	void withoutMarketsTheShopDoesNotStart() {
		new ApplicationContextRunner().withUserConfiguration(Shop.class)
			.withBean(TalonClients.class, () -> new TalonClients(Map.of()))
			.run((context) -> assertThat(invalidProperty(context).getName()).isEqualTo("shop.markets"));
	}

	/** The failure of a context that did not start: an invalid configuration property. */
	private static InvalidConfigurationPropertyValueException invalidProperty(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable failure = NestedExceptionUtils.getRootCause(context.getStartupFailure());
		assertThat(failure).isInstanceOf(InvalidConfigurationPropertyValueException.class);
		return (InvalidConfigurationPropertyValueException) failure;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ShopProperties.class)
	@Import({ Markets.class, ProductCatalog.class })
	static class Shop {

	}

}
