package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.TalonClientFactory;
import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.CouponRule;
import dev.talon.spring.simulator.Discount;
import dev.talon.spring.simulator.LoyaltyRule;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.RecordedRequest;
import dev.talon.spring.simulator.ReferralRule;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import dev.talon.spring.spec.ReadmeExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's short snippets (a {@code TalonConnectionDetails} bean, a client of one's own from
 * {@code TalonClientFactory}, a controller that fails open, the simulator's rules and faults), verbatim between their
 * tags and run here against a simulator ({@link ReadmeExamples} keeps them in step with the README).
 */
class ReadmeSnippetsTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	static TalonSimulator simulatorEu;

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TalonAutoConfiguration.class))
		// patient: this may be the first Talon.One call of the test JVM, on a loaded build machine
		.withPropertyValues("talon.read-timeout=10s", "talon.timeout=20s");

	@BeforeAll
	static void startSimulator() {
		simulatorEu = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey("eu-test-key"));
	}

	@AfterAll
	static void stopSimulator() {
		simulatorEu.close();
	}

	@Test
	void readmeShowsTheSnippets() {
		ReadmeExamples.assertReadmeShows(getClass(), "connection-details", "TalonConnectionDetails euTalon()");
		ReadmeExamples.assertReadmeShows(getClass(), "own-client", "TalonIntegrationClient tenant7(");
		ReadmeExamples.assertReadmeShows(getClass(), "fail-open-controller", "Mono<Map<String, BigDecimal>> updateCart(");
		ReadmeExamples.assertReadmeShows(getClass(), "simulator-rules", "\"Bean miles\"");
		ReadmeExamples.assertReadmeShows(getClass(), "simulator-faults", "// hold every request 3 s");
	}

	@Test
	void aConnectionDetailsBeanConnectsItsApplication() {
		this.contexts.withUserConfiguration(EuConnection.class)
			.withPropertyValues("talon.applications.eu.timeout=30s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				TalonIntegrationClient eu = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
						TalonIntegrationClient.class, "eu");
				assertThat(eu.updateCustomerSessionV2("readme-eu", IntegrationRequest.of(cart("60.00"))).block(WAIT))
					.isNotNull();
				assertThat(simulatorEu.session("readme-eu")).isPresent();
			});
	}

	@Test
	void aClientOfOnesOwnGetsItsConnectionFromTheVault() {
		this.contexts.withUserConfiguration(Tenants.class).run((context) -> {
			assertThat(context).hasNotFailed();
			TalonIntegrationClient tenant = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
					TalonIntegrationClient.class, "tenant-7");
			assertThat(tenant.updateCustomerSessionV2("readme-tenant", IntegrationRequest.of(cart("60.00")))
				.block(WAIT)).isNotNull();
			assertThat(simulatorEu.session("readme-tenant")).isPresent();
		});
	}

	@Test
	void theControllerAnswersTheDiscountsAndFailsOpenWhenTalonOneIsDown() {
		this.contexts.withPropertyValues("talon.base-url=" + simulatorEu.baseUrl(), "talon.api-key=eu-test-key")
			.run((context) -> {
				Carts carts = new Carts(context.getBean(TalonIntegrationClient.class));
				Cart cart = new Cart(List.of(new Line("GRINDER-HAND", 1, new BigDecimal("60.00"))));
				assertThat(carts.updateCart("readme-cart", cart).block(WAIT)).as("10% off orders of 50.00 or more")
					.containsValue(new BigDecimal("6.00"));
				simulatorEu.suspend();
				try {
					assertThat(carts.updateCart("readme-cart", cart).block(WAIT)).as("fail open").isEmpty();
				}
				finally {
					simulatorEu.resume();
				}
			});
	}

	@Test
	void theSimulatorsRulesAndFaults() {
		// tag::simulator-rules[]
		PromotionRules rules = PromotionRules.defaults()
			.and(new CouponRule(6, "HALF", Discount.percent("50"), new BigDecimal("100.00"), "Half price from 100.00"))
			.and(new ReferralRule(7, Discount.percent("15"), "Friends: 15% off", 1))        // each code usable once
			.and(new LoyaltyRule(8, 2, "Bean miles", new BigDecimal("2.00"), Duration.ofDays(14), "1 mile per 2.00"));
		TalonSimulator talon = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(rules));
		// end::simulator-rules[]
		try (talon) {
			TalonIntegrationClient client = WebClientTalonIntegrationClient
				.builder(WebClient.builder(), URI.create(talon.baseUrl()),
						TalonCredentials.apiKey(TalonSimulatorConfig.DEFAULT_API_KEY))
				.readTimeout(Duration.ofSeconds(10))
				.build();
			IntegrationStateV2 half = client.updateCustomerSessionV2("readme-half",
					IntegrationRequest.of(NewCustomerSessionV2.builder()
						.couponCodes(List.of("HALF"))
						.addCartItem(CartItem.builder("GRINDER-HAND", 1).price(new BigDecimal("120.00")).build())
						.build()))
				.block(WAIT);
			assertThat(half.totalNetDiscount()).as("HALF (60.00) and 10% off from 50.00 (12.00)")
				.isEqualByComparingTo("72.00");
			// tag::simulator-faults[]
			talon.faults().latency(Duration.ofSeconds(3));                            // hold every request 3 s
			talon.faults().failNext(2, SimulatedFailure.status(503));                 // the next 2 requests get a 503
			talon.faults().failNext(1, SimulatedFailure.status(429, Duration.ofSeconds(1)));   // with Retry-After: 1
			talon.faults().failAll(SimulatedFailure.dropConnection());                // close connections without answer
			talon.faults().clear();
			talon.suspend();                                                          // connections refused, state kept
			talon.resume();                                                           // same port again
			// end::simulator-faults[]
			assertThat(talon.faults().latency()).isEqualTo(Duration.ZERO);
			assertThat(talon.faults().remainingFailures()).isZero();
			assertThat(client.getCustomerSession("readme-half").block(WAIT)).as("state kept over suspend and resume")
				.isNotNull();
			talon.faults().failNext(1, SimulatedFailure.status(400));
			assertThatThrownBy(() -> client.getCustomerSession("readme-half").block(WAIT))
				.isInstanceOf(TalonException.class);
		}
	}

	@Test
	void theSimulatorIsArrangedAndCheckedWithoutSpring() {
		try (TalonSimulator talon = TalonSimulator.start(TalonSimulatorConfig.defaults())) {
			TalonIntegrationClient client = WebClientTalonIntegrationClient
				.builder(WebClient.builder(), URI.create(talon.baseUrl()),
						TalonCredentials.apiKey(TalonSimulatorConfig.DEFAULT_API_KEY))
				.readTimeout(Duration.ofSeconds(10))
				.build();
			// tag::simulator-arrange[]
			talon.rules(PromotionRules.defaults().and(new CouponRule(6, "VIP", Discount.amount("5.00"), BigDecimal.ZERO,
					"VIP: 5.00 off").requiringReservation()));                  // the rules from the next update on
			talon.updateProfile("alice", Map.of("tier", "gold"));                // a customer with attributes
			talon.addLoyaltyPoints("alice", 1, new BigDecimal("120"));           // points earned before the test
			talon.reserveCoupon("VIP", "alice");                                 // only alice may redeem VIP
			// end::simulator-arrange[]
			IntegrationStateV2 alice = client.updateCustomerSessionV2("alice-cart",
					IntegrationRequest.of(NewCustomerSessionV2.builder()
						.profileId("alice")
						.couponCodes("VIP")
						.addCartItem(CartItem.builder("MUG", 1).price(new BigDecimal("20.00")).build())
						.build()))
				.block(WAIT);
			IntegrationStateV2 bob = client.updateCustomerSessionV2("bob-cart",
					IntegrationRequest.of(NewCustomerSessionV2.builder()
						.profileId("bob")
						.couponCodes("VIP")
						.addCartItem(CartItem.builder("MUG", 1).price(new BigDecimal("20.00")).build())
						.build()))
				.block(WAIT);
			// tag::simulator-check[]
			List<RecordedRequest> sent = talon.requests();                       // what the shop sent, oldest first
			talon.reset();                                                       // start afresh
			// end::simulator-check[]
			assertThat(alice.totalNetDiscount()).as("VIP reserved for alice").isEqualByComparingTo("5.00");
			assertThat(bob.totalNetDiscount()).as("not for bob").isZero();
			assertThat(sent).extracting(RecordedRequest::operationId)
				.containsExactly("updateCustomerSessionV2", "updateCustomerSessionV2");
			assertThat(sent).extracting((request) -> request.pathParameters().get("customerSessionId"))
				.containsExactly("alice-cart", "bob-cart");
			assertThat(talon.profile("alice")).as("forgotten by reset").isEmpty();
			assertThat(talon.requests()).isEmpty();
		}
	}

	@Test
	void readmeShowsTheArrangeSnippet() {
		ReadmeExamples.assertReadmeShows(getClass(), "simulator-arrange", "talon.reserveCoupon(\"VIP\", \"alice\");");
		ReadmeExamples.assertReadmeShows(getClass(), "simulator-check", "List<RecordedRequest> sent = talon.requests();");
	}

	private static NewCustomerSessionV2 cart(String price) {
		return NewCustomerSessionV2.builder()
			.addCartItem(CartItem.builder("MUG", 1).price(new BigDecimal(price)).build())
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	static class EuConnection {

		// tag::connection-details[]
		@Bean
		@Qualifier("eu")
		TalonConnectionDetails euTalon() {
			return TalonConnectionDetails.of(URI.create(simulatorEu.baseUrl()), TalonCredentials.apiKey("eu-test-key"));
		}
		// end::connection-details[]

	}

	/** Where a multi-tenant shop keeps each tenant's Talon.One deployment and key. */
	interface Vault {

		String url(String tenant);

		String key(String tenant);

	}

	@Configuration(proxyBeanMethods = false)
	static class Tenants {

		@Bean
		Vault vault() {
			return new Vault() {

				@Override
				public String url(String tenant) {
					return simulatorEu.baseUrl();
				}

				@Override
				public String key(String tenant) {
					return "eu-test-key";
				}

			};
		}

		// tag::own-client[]
		@Bean
		@Qualifier("tenant-7")
		TalonIntegrationClient tenant7(TalonClientFactory talon, Vault vault) {
			return talon.builder("tenant-7", TalonConnectionDetails.of(URI.create(vault.url("tenant-7")),
					TalonCredentials.apiKey(vault.key("tenant-7"))))
				.build();
		}
		// end::own-client[]

	}

	record Line(String sku, int quantity, BigDecimal price) {
	}

	record Cart(List<Line> lines) {
	}

	/** The README's controller method, called directly. */
	static class Carts {

		private final TalonIntegrationClient talon;

		Carts(TalonIntegrationClient talon) {
			this.talon = talon;
		}

		// tag::fail-open-controller[]
		@PutMapping("/carts/{cartId}")
		Mono<Map<String, BigDecimal>> updateCart(@PathVariable String cartId, @RequestBody Cart cart) {
			return talon.updateCustomerSessionV2(cartId, IntegrationRequest.of(toSession(cart)))
				.map(IntegrationStateV2::discounts)
				.onErrorResume(TalonException.class, ex -> Mono.just(Map.of()));   // fail open: no discounts now
		}
		// end::fail-open-controller[]

		private NewCustomerSessionV2 toSession(Cart cart) {
			NewCustomerSessionV2.Builder session = NewCustomerSessionV2.builder();
			cart.lines()
				.forEach((line) -> session
					.addCartItem(CartItem.builder(line.sku(), line.quantity()).price(line.price()).build()));
			return session.build();
		}

	}

}
