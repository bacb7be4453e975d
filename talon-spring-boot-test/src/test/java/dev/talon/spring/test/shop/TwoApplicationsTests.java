package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.CouponRule;
import dev.talon.spring.simulator.Discount;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonRequests;
import dev.talon.spring.test.TalonSimulatorScenario;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureTalonSimulator} with two Talon.One Applications ({@code talon.applications.eu} and
 * {@code .uk}, named by a timeout each, with keys that are never resolved): a simulator of its own for each, injected
 * by the Application's qualifier (the default Application's unqualified), each client talking to its own, scenarios
 * for one Application or for all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "talon.applications.eu.api-key=${TALON_EU_API_KEY}", "talon.applications.eu.timeout=20s",
				"talon.applications.uk.api-key=${TALON_UK_API_KEY}", "talon.applications.uk.timeout=20s",
				"talon.default-application=eu" })
@AutoConfigureTalonSimulator
class TwoApplicationsTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	@Qualifier("eu")
	TalonSimulator eu;

	// tag::qualified[]
	@Autowired
	@Qualifier("uk")
	TalonSimulator uk;
	// end::qualified[]

	@Autowired
	TalonSimulator defaultApplication;

	@Autowired
	@Qualifier("uk")
	TalonRequests ukRequests;

	@Autowired
	TalonRequests defaultRequests;

	@Autowired
	TalonClients clients;

	@Autowired
	TalonIntegrationClient defaultClient;

	@Test
	void eachApplicationHasASimulatorOfItsOwn() {
		assertThat(this.eu).isNotSameAs(this.uk).isSameAs(this.defaultApplication);
		assertThat(this.eu.baseUrl()).isNotEqualTo(this.uk.baseUrl());
		assertThat(this.eu.config().apiKey()).isNotEqualTo(this.uk.config().apiKey());

		this.clients.get("uk").updateCustomerSessionV2("uk-1", cart("POUND5")).block(WAIT);
		this.defaultClient.updateCustomerSessionV2("eu-1", cart("EURO5")).block(WAIT);

		assertThat(this.uk.session("uk-1")).isPresent();
		assertThat(this.uk.session("eu-1")).isEmpty();
		assertThat(this.eu.session("eu-1")).isPresent();
		assertThat(this.ukRequests.all()).singleElement()
			.satisfies((request) -> assertThat(request.pathParameter("customerSessionId")).isEqualTo("uk-1"));
		assertThat(this.defaultRequests.updateCustomerSessionV2("eu-1")).hasSize(1);
	}

	@Test
	void aQualifiedScenarioArrangesItsApplicationOnlyAndAnUnqualifiedOneEvery() {
		assertThat(this.clients.get("uk").updateCustomerSessionV2("uk-2", cart("POUND5")).block(WAIT).discounts())
			.containsEntry("POUND5: 5.00 off", new BigDecimal("5.00"));
		assertThat(this.clients.get("eu").updateCustomerSessionV2("eu-2", cart("POUND5")).block(WAIT).discounts())
			.doesNotContainKey("POUND5: 5.00 off");
		assertThat(this.eu.profile("shared")).isPresent();
		assertThat(this.uk.profile("shared")).isPresent();
	}

	private static IntegrationRequest cart(String coupon) {
		return IntegrationRequest.of(NewCustomerSessionV2.builder()
			.couponCodes(coupon)
			.addCartItem(CartItem.builder("TEA", 1).price(new BigDecimal("20.00")).build())
			.build());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Scenarios {

		@Bean
		@Qualifier("uk")
		TalonSimulatorScenario poundCoupon() {
			return (talon) -> talon.rules(PromotionRules.defaults()
				.and(new CouponRule(6, "POUND5", Discount.amount("5.00"), BigDecimal.ZERO, "POUND5: 5.00 off")));
		}

		@Bean
		TalonSimulatorScenario sharedCustomer() {
			return (talon) -> talon.updateProfile("shared", Map.of("since", 2020));
		}

	}

}
