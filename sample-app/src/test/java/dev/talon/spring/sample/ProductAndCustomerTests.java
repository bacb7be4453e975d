package dev.talon.spring.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.sample.CartPromotions.Discount;
import dev.talon.spring.simulator.SimulatedEvent;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product pages (a dry run on a throw-away session) and customers (profile changes, totals and loyalty points) against
 * the simulators of {@link AutoConfigureTalonSimulator}. Same configuration as {@link CartWalkthroughTests}, so that they share one application
 * context.
 */
@ShopTest
class ProductAndCustomerTests {

	@Autowired
	WebTestClient web;

	@Autowired
	TalonSimulator simulator;

	ShopClient shop;

	@BeforeEach
	void setUp() {
		this.shop = new ShopClient(this.web);
	}

	@Test
	void aProductPageShowsThePriceAfterPromotionsFromADryRunThatLeavesNothingBehind() {
		long requests = this.simulator.requestCount();
		List<SimulatedEvent> events = this.simulator.events();

		ProductView grinder = this.shop.product("GRINDER-HAND", "sven");
		ProductView kettle = this.shop.product("KETTLE", null);

		assertThat(grinder).isEqualTo(new ProductView("GRINDER-HAND", "Hand grinder", "eu", ProductCatalog.EUR,
				new BigDecimal("59.00"),
				List.of(new Discount("10% off orders of 50.00 or more", new BigDecimal("5.90"))),
				new BigDecimal("53.10"), List.of(new CartPromotions.FreeItem("FILTER-100", "Paper filters (100)",
						"Free paper filters with every hand grinder")),
				true));
		assertThat(kettle.discounts()).isEmpty();
		assertThat(kettle.promotedPrice()).isEqualByComparingTo("39.00");
		assertThat(kettle.promotionsAvailable()).isTrue();
		assertThat(this.simulator.requestCount() - requests).as("Talon.One was asked").isEqualTo(2);
		// every session update that is not a dry run records an event (talon_session_created, ...), and creates the
		// session and its profile
		assertThat(this.simulator.events()).as("no session, no event").isEqualTo(events);
		assertThat(this.simulator.profile("sven")).as("no profile").isEmpty();
	}

	@Test
	void aProfileChangeIsMergedIntoTheCustomersAttributes() {
		CustomerView created = this.shop.updateCustomer("tara", Map.of("email", "tara@example.com", "tier", "silver"));
		CustomerView changed = this.shop.updateCustomer("tara", Map.of("tier", "gold"));

		assertThat(created.closedSessions()).isZero();
		assertThat(created.loyaltyPoints()).as("not in a profile change's answer").isNull();
		assertThat(changed.attributes()).containsEntry("email", "tara@example.com").containsEntry("tier", "gold");
		assertThat(this.simulator.profile("tara").orElseThrow().attributes()).containsEntry("tier", "gold");
		assertThat(this.simulator.events()).filteredOn((event) -> "tara".equals(event.profileId()))
			.as("without the rule engine, a profile update records no event")
			.isEmpty();
	}

	@Test
	void aCustomerShowsTheirOrdersAndLoyaltyPointsWithoutChangingAnything() {
		CartView cart = this.shop.createCart("uma");
		this.shop.setQuantity(cart.id(), "COFFEE-1KG", 3);
		ShopClient.ok(this.shop.checkout(cart.id()));
		long events = this.simulator.events().size();

		CustomerView uma = this.shop.customer("uma");

		// 74.70 less 7.47: 67.23, 67 points; totalSales is before discounts
		assertThat(uma.id()).isEqualTo("uma");
		assertThat(uma.closedSessions()).isEqualTo(1);
		assertThat(uma.totalSales()).isEqualByComparingTo("74.70");
		assertThat(uma.loyaltyPoints()).isEqualByComparingTo("67");
		assertThat(this.simulator.events()).as("a dry run records no event").hasSize((int) events);
		assertThat(this.shop.customer("nobody-yet").loyaltyPoints()).isEqualByComparingTo("0");
		assertThat(this.simulator.profile("nobody-yet")).isEmpty();
	}

}
