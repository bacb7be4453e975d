package dev.talon.spring.sample;

import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shop's own settings ({@code shop.*}): the markets it sells in, each with its currency and Talon.One
 * Application. Checked when the shop starts ({@link Markets}).
 *
 * @param defaultMarket the market of a cart, product page or customer that names none; may be left out when there is
 * one market
 * @param markets the markets by name, in the order they are configured
 */
@ConfigurationProperties("shop")
public record ShopProperties(String defaultMarket, Map<String, MarketProperties> markets) {

	/**
	 * Keeps the markets in their configured order.
	 */
	public ShopProperties {
		markets = (markets != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(markets)) : Map.of();
	}

	/**
	 * The settings of one market ({@code shop.markets.<name>.*}).
	 *
	 * @param currency the ISO 4217 code of its currency, such as {@code GBP}
	 * @param application the name of its Talon.One Application, one of {@code talon.applications} (or
	 * {@code default} when the shop has the single Application of the top-level {@code talon.*} settings)
	 * @param referralCampaignId the Talon.One referral campaign whose codes its customers share (the embedded
	 * simulator's: 5 in EUR, 15 in GBP)
	 * @param loyaltyProgramId the Talon.One loyalty program whose points its orders earn (the embedded simulator's: 1
	 * in EUR, 2 in GBP)
	 * @param signUpCoupon the coupon code reserved for each customer who signs up in the market (the embedded
	 * simulator's: {@code HELLO15} in EUR, {@code HELLO5} in GBP); optional, none when left out
	 */
	public record MarketProperties(Currency currency, String application, Long referralCampaignId,
			Long loyaltyProgramId, String signUpCoupon) {
	}

}
