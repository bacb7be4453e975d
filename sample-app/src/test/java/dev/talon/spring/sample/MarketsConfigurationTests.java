package dev.talon.spring.sample;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's markets ({@code shop.markets}) are checked at startup against the Talon.One Applications and the
 * catalog: a misconfigured market stops the shop with a message that names the property to set.
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
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("shop.markets.uk.application is 'gb', but there is no Talon.One Application of that name: "
						+ "set it to one of eu, uk, or configure talon.applications.gb"));
	}

	@Test
	void aMarketInACurrencyTheCatalogHasNoPricesInStopsTheShop() {
		this.contexts.withPropertyValues("shop.markets.uk.currency=USD")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("shop.markets.uk.currency is USD, but the catalog has no prices in it: set it to one of "
						+ "EUR, GBP"));
	}

	@Test
	void anIncompleteMarketStopsTheShopNamingWhatToSet() {
		this.contexts.withPropertyValues("shop.markets.fr.currency=EUR")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("Market fr is incomplete: set shop.markets.fr.application, "
						+ "shop.markets.fr.referral-campaign-id, shop.markets.fr.loyalty-program-id"));
	}

	@Test
	void severalMarketsNeedADefault() {
		this.contexts.withPropertyValues("shop.default-market=")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("shop.default-market is not set: set it to one of eu, uk"));
		this.contexts.withPropertyValues("shop.default-market=fr")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("shop.default-market is 'fr', which is not a market: set it to one of eu, uk"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ShopProperties.class)
	@Import({ Markets.class, ProductCatalog.class })
	static class Shop {

	}

}
