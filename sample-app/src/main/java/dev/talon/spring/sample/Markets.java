package dev.talon.spring.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonClients;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The shop's markets ({@code shop.markets}), checked when the shop starts: a market needs a currency the catalog has
 * prices in, a Talon.One Application that is configured, a referral campaign and a loyalty program (optionally a
 * coupon reserved for each customer who signs up there); the default market ({@code shop.default-market}) must be one
 * of them. A misconfiguration stops the shop with Spring Boot's failure report for an
 * {@link InvalidConfigurationPropertyValueException}, which names the property, where its value comes from, and what
 * to set.
 */
@Component
public class Markets {

	private final Map<String, Market> markets;

	private final Market defaultMarket;

	Markets(ShopProperties shop, TalonClients talon, ProductCatalog catalog) {
		if (shop.markets().isEmpty()) {
			throw new InvalidConfigurationPropertyValueException("shop.markets", null, "No market is configured: "
					+ "configure at least one under shop.markets.<name> (currency, application, referral-campaign-id, "
					+ "loyalty-program-id)");
		}
		Map<String, Market> markets = new LinkedHashMap<>();
		shop.markets().forEach((name, market) -> markets.put(name, market(name, market, talon, catalog)));
		this.markets = Collections.unmodifiableMap(markets);
		String defaultMarket = StringUtils.hasText(shop.defaultMarket()) ? shop.defaultMarket().strip()
				: (markets.size() == 1) ? markets.keySet().iterator().next() : null;
		if (defaultMarket == null || !markets.containsKey(defaultMarket)) {
			throw new InvalidConfigurationPropertyValueException("shop.default-market", defaultMarket,
					((defaultMarket != null) ? "There is no market of that name" : "With several markets it is required")
							+ ": set it to one of " + String.join(", ", markets.keySet()));
		}
		this.defaultMarket = markets.get(defaultMarket);
	}

	private static Market market(String name, ShopProperties.MarketProperties market, TalonClients talon,
			ProductCatalog catalog) {
		String prefix = "shop.markets." + name + ".";
		List<String> missing = new ArrayList<>();
		if (market.currency() == null) {
			missing.add(prefix + "currency");
		}
		if (!StringUtils.hasText(market.application())) {
			missing.add(prefix + "application");
		}
		if (market.referralCampaignId() == null) {
			missing.add(prefix + "referral-campaign-id");
		}
		if (market.loyaltyProgramId() == null) {
			missing.add(prefix + "loyalty-program-id");
		}
		if (!missing.isEmpty()) {
			throw new InvalidConfigurationPropertyValueException(missing.get(0), null,
					"Market " + name + " is incomplete: set " + String.join(", ", missing));
		}
		String application = market.application().strip();
		if (talon.find(application).isEmpty()) {
			throw new InvalidConfigurationPropertyValueException(prefix + "application", application,
					"There is no Talon.One Application of that name: set it to one of "
							+ String.join(", ", talon.names()) + ", or configure talon.applications." + application);
		}
		if (!catalog.currencies().contains(market.currency())) {
			throw new InvalidConfigurationPropertyValueException(prefix + "currency", market.currency(),
					"The catalog has no prices in it: set it to one of "
							+ String.join(", ", catalog.currencies().stream().map(Currency::getCurrencyCode).toList()));
		}
		String signUpCoupon = StringUtils.hasText(market.signUpCoupon()) ? market.signUpCoupon().strip() : null;
		return new Market(name, market.currency(), application, market.referralCampaignId(),
				market.loyaltyProgramId(), signUpCoupon);
	}

	/**
	 * A market by name.
	 * @param name the market's name; {@code null} or blank for the default market
	 * @return the market
	 * @throws ShopException a 400 naming the markets when there is no market of that name
	 */
	public Market get(String name) {
		if (!StringUtils.hasText(name)) {
			return this.defaultMarket;
		}
		Market market = this.markets.get(name.strip());
		if (market == null) {
			throw ShopException.badRequest("There is no market '" + name.strip() + "': the markets are "
					+ String.join(", ", this.markets.keySet()));
		}
		return market;
	}

}
