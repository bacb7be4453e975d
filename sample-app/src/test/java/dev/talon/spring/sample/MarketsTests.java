package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.sample.CartPromotions.CodeStatus;
import dev.talon.spring.sample.CartPromotions.Discount;
import dev.talon.spring.sample.CartView.CodeView;
import dev.talon.spring.sample.CustomerView.ProfileUpdate;
import dev.talon.spring.simulator.SessionState;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shop's two markets, each its own Talon.One Application on a simulator of its own
 * ({@link AutoConfigureTalonSimulator}) with its own key and rules ({@link MarketRules}): eu (EUR, the simulator's
 * default rules) and uk (GBP: 10% off from £40.00, coupon {@code TEATIME}, referral
 * campaign 15, loyalty program 2). A cart goes to its market's Application and is priced in its currency; a product
 * page, a customer's orders and points, and referral codes are per market; a profile change reaches both. Same
 * configuration as {@link CartWalkthroughTests}, so that they share one application context.
 */
@ShopTest
class MarketsTests {

	private static final String UK_THRESHOLD = "10% off orders of £40.00 or more";

	private static final String TEATIME = "Coupon TEATIME: £3.00 off orders of £20.00 or more";

	private static final long UK_POINTS = 2;

	@Autowired
	WebTestClient web;

	@Autowired
	@Qualifier("eu")
	TalonSimulator eu;

	@Autowired
	@Qualifier("uk")
	TalonSimulator uk;

	@Autowired
	@Qualifier("eu")
	TalonConnectionDetails euConnection;

	@Autowired
	@Qualifier("uk")
	TalonConnectionDetails ukConnection;

	@Autowired
	Environment environment;

	@Autowired
	TalonClients talon;

	ShopClient shop;

	@BeforeEach
	void setUp() {
		this.shop = new ShopClient(this.web);
	}

	@Test
	void eachApplicationHasASimulatorOfItsOwnWithAKeyOfItsOwn() {
		assertThat(this.talon.names()).containsExactly("eu", "uk");
		assertThat(this.eu.baseUrl()).isNotEqualTo(this.uk.baseUrl());
		assertThat(this.euConnection.getBaseUrl()).hasToString(this.eu.baseUrl());
		assertThat(this.ukConnection.getBaseUrl()).hasToString(this.uk.baseUrl());
		assertThat(authorization(this.euConnection)).isEqualTo("ApiKey-v1 " + this.eu.config().apiKey());
		assertThat(authorization(this.ukConnection)).isEqualTo("ApiKey-v1 " + this.uk.config().apiKey())
			.isNotEqualTo(authorization(this.euConnection));
		assertThat(this.environment.getProperty("talon.applications.eu.base-url"))
			.as("the shop's own embedded simulators are not started")
			.isNull();
		assertThat(this.environment.getProperty("talon.base-url")).as("no shared base URL").isNull();
	}

	@Test
	void aUkCartGoesToTheUkApplicationWithItsRulesAndIsPricedInPounds() {
		CartView cart = this.shop.createCart("liam", "uk");
		assertThat(cart.market()).isEqualTo("uk");
		assertThat(cart.currency()).isEqualTo(ProductCatalog.GBP);

		// three mugs at £8.50: below the UK's £40.00 threshold, but enough for TEATIME
		this.shop.setQuantity(cart.id(), "MUG", 3);
		cart = this.shop.addCoupon(cart.id(), "TEATIME");
		assertThat(cart.lines()).extracting(CartView.Line::sku, CartView.Line::unitPrice)
			.containsExactly(tuple("MUG", new BigDecimal("8.50")));
		assertThat(cart.subtotal()).isEqualByComparingTo("25.50");
		assertThat(cart.discounts()).containsExactly(new Discount(TEATIME, new BigDecimal("3.00")));
		assertThat(cart.total()).isEqualByComparingTo("22.50");

		// WELCOME10 is a coupon of the EU Application only
		cart = this.shop.addCoupon(cart.id(), "WELCOME10");
		assertThat(cart.coupons()).containsExactly(new CodeView("TEATIME", CodeStatus.ACCEPTED, null),
				new CodeView("WELCOME10", CodeStatus.REJECTED, "CouponNotFound"));

		// a bag of beans at £21.90 takes it to £47.40, over the threshold
		cart = this.shop.setQuantity(cart.id(), "COFFEE-1KG", 1);
		assertThat(cart.subtotal()).isEqualByComparingTo("47.40");
		assertThat(cart.discounts()).containsExactly(new Discount(UK_THRESHOLD, new BigDecimal("4.74")),
				new Discount(TEATIME, new BigDecimal("3.00")));
		assertThat(cart.total()).isEqualByComparingTo("39.66");
		assertThat(this.uk.session(cart.id()).orElseThrow().couponCodes()).containsExactly("TEATIME", "WELCOME10");
		assertThat(this.eu.session(cart.id())).as("the EU Application never hears of it").isEmpty();

		// the order earns points in the UK's loyalty program, and counts in Liam's UK profile only
		CartView order = ShopClient.ok(this.shop.checkout(cart.id()));
		assertThat(order.status()).isEqualTo(CartStatus.PLACED);
		assertThat(order.currency()).isEqualTo(ProductCatalog.GBP);
		assertThat(order.loyaltyPoints()).isEqualByComparingTo("39");
		assertThat(this.uk.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CLOSED);
		assertThat(this.uk.loyaltyLedger("liam", UK_POINTS).orElseThrow().currentBalance()).isEqualByComparingTo("39");
		assertThat(this.uk.events()).filteredOn((event) -> "liam".equals(event.profileId()))
			.anySatisfy((event) -> assertThat(event.type()).isEqualTo("checkout_started"));
		CustomerView inUk = this.shop.customer("liam", "uk");
		assertThat(inUk.market()).isEqualTo("uk");
		assertThat(inUk.closedSessions()).isEqualTo(1);
		assertThat(inUk.totalSales()).isEqualByComparingTo("47.40");
		assertThat(inUk.loyaltyPoints()).isEqualByComparingTo("39");
		CustomerView inEu = this.shop.customer("liam");
		assertThat(inEu.market()).isEqualTo("eu");
		assertThat(inEu.loyaltyPoints()).isEqualByComparingTo("0");
		assertThat(this.eu.profile("liam")).isEmpty();

		// returns and cancellation go to the UK Application too
		CartView returned = ShopClient.ok(this.shop.returnItems(cart.id(), "RMA-UK-1", Map.of("MUG", 1)));
		assertThat(returned.loyaltyPointsTakenBack()).isPositive();
		assertThat(this.uk.returns(cart.id())).hasSize(1);
		CartView cancelled = ShopClient.ok(this.shop.cancelOrder(cart.id()));
		assertThat(cancelled.status()).isEqualTo(CartStatus.CANCELLED);
		assertThat(this.uk.session(cart.id()).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
	}

	@Test
	void aCartWithoutAMarketIsInTheDefaultMarketWhichDoesNotKnowTheUkCoupon() {
		CartView cart = this.shop.createCart(null);
		this.shop.setQuantity(cart.id(), "KETTLE", 1);

		cart = this.shop.addCoupon(cart.id(), "TEATIME");

		assertThat(cart.market()).isEqualTo("eu");
		assertThat(cart.currency()).isEqualTo(ProductCatalog.EUR);
		assertThat(cart.lines()).extracting(CartView.Line::unitPrice).containsExactly(new BigDecimal("39.00"));
		assertThat(cart.coupons()).containsExactly(new CodeView("TEATIME", CodeStatus.REJECTED, "CouponNotFound"));
		assertThat(this.eu.session(cart.id())).isPresent();
		assertThat(this.uk.session(cart.id())).isEmpty();
	}

	@Test
	void productsAndTheirPagesAreInTheMarketAskedFor() {
		List<Product> products = this.shop.products("uk");
		assertThat(products).extracting(Product::sku, Product::price, Product::currency)
			.contains(tuple("MUG", new BigDecimal("8.50"), ProductCatalog.GBP),
					tuple("GRINDER-HAND", new BigDecimal("52.00"), ProductCatalog.GBP));
		long euRequests = this.eu.requestCount();

		ProductView grinder = this.shop.product("GRINDER-HAND", null, "uk");

		assertThat(grinder.market()).isEqualTo("uk");
		assertThat(grinder.currency()).isEqualTo(ProductCatalog.GBP);
		assertThat(grinder.price()).isEqualByComparingTo("52.00");
		assertThat(grinder.discounts()).containsExactly(new Discount(UK_THRESHOLD, new BigDecimal("5.20")));
		assertThat(grinder.promotedPrice()).isEqualByComparingTo("46.80");
		assertThat(grinder.freeItems()).extracting(CartPromotions.FreeItem::sku).containsExactly("FILTER-100");
		assertThat(this.eu.requestCount()).as("the EU Application was not asked").isEqualTo(euRequests);
		assertThat(this.shop.product("GRINDER-HAND", null).currency()).isEqualTo(ProductCatalog.EUR);
	}

	@Test
	void aProfileChangeReachesEveryApplication() {
		CustomerView changed = this.shop.updateCustomer("nora", Map.of("email", "nora@example.com"));

		assertThat(changed.applications()).containsExactly(Map.entry("eu", ProfileUpdate.UPDATED),
				Map.entry("uk", ProfileUpdate.UPDATED));
		assertThat(changed.attributes()).containsEntry("email", "nora@example.com");
		assertThat(this.eu.profile("nora").orElseThrow().attributes()).containsEntry("email", "nora@example.com");
		assertThat(this.uk.profile("nora").orElseThrow().attributes()).containsEntry("email", "nora@example.com");
	}

	@Test
	void aReferralCodeIsSharedInOneMarket() {
		Map<?, ?> referral = this.web.post()
			.uri("/customers/olga/referral-codes?market=uk")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String code = (String) referral.get("code");
		assertThat(referral.get("market")).isEqualTo("uk");
		assertThat(referral.get("campaignId")).isEqualTo(15);
		assertThat(this.uk.referral(code)).isPresent();
		assertThat(this.eu.referral(code)).isEmpty();

		CartView ukCart = this.shop.createCart("piet", "uk");
		this.shop.setQuantity(ukCart.id(), "KETTLE", 1);
		ukCart = this.shop.applyReferral(ukCart.id(), code);
		assertThat(ukCart.referral()).isEqualTo(new CodeView(code, CodeStatus.ACCEPTED, null));
		assertThat(ukCart.discounts()).containsExactly(new Discount("Referral: £8.00 off", new BigDecimal("8.00")));

		CartView euCart = this.shop.createCart("piet");
		this.shop.setQuantity(euCart.id(), "KETTLE", 1);
		assertThat(this.shop.applyReferral(euCart.id(), code).referral())
			.isEqualTo(new CodeView(code, CodeStatus.REJECTED, "ReferralNotFound"));
	}

	@Test
	void theClientMetricsAreTaggedWithTheApplication() {
		double ukBefore = requests("uk");
		double euBefore = requests("eu");
		CartView cart = this.shop.createCart(null, "uk");

		this.shop.setQuantity(cart.id(), "MUG", 1);
		this.shop.setQuantity(cart.id(), "MUG", 2);

		assertThat(requests("uk") - ukBefore).isEqualTo(2);
		assertThat(requests("eu")).isEqualTo(euBefore);
	}

	@Test
	void anUnknownMarketIsABadRequest() {
		this.shop.post("/carts", Map.of("market", "fr"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("There is no market 'fr': the markets are eu, uk");
		this.web.get().uri("/products/MUG?market=fr").exchange().expectStatus().isBadRequest();
		this.web.get().uri("/products?market=fr").exchange().expectStatus().isBadRequest();
		this.web.get().uri("/customers/nora?market=fr").exchange().expectStatus().isBadRequest();
		this.web.post().uri("/customers/nora/referral-codes?market=fr").exchange().expectStatus().isBadRequest();
	}

	/** The {@code Authorization} header of the credentials of a connection. */
	private static String authorization(TalonConnectionDetails connection) {
		HttpHeaders headers = new HttpHeaders();
		connection.getCredentials().authenticate(headers, new byte[0]);
		return headers.getFirst(HttpHeaders.AUTHORIZATION);
	}

	/** The count of {@code talon.client.requests} of an Application, 0 before its first call. */
	private double requests(String application) {
		Map<?, ?> metric = this.web.get()
			.uri("/actuator/metrics/talon.client.requests?tag=talon.application:{application}", application)
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		if (metric == null || !(metric.get("measurements") instanceof List<?> measurements)) {
			return 0;
		}
		return measurements.stream()
			.map(Map.class::cast)
			.filter((measurement) -> "COUNT".equals(measurement.get("statistic")))
			.mapToDouble((measurement) -> ((Number) measurement.get("value")).doubleValue())
			.findFirst()
			.orElse(0);
	}

}
