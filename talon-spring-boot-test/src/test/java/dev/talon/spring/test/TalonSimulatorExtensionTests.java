package dev.talon.spring.test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.talon.spring.test.TalonClientsForTests.WAIT;
import static dev.talon.spring.test.TalonClientsForTests.clientOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TalonSimulatorExtension} declared on a plain JUnit test class: one simulator for the class, injected as a
 * parameter, reset before each test.
 */
@ExtendWith(TalonSimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TalonSimulatorExtensionTests {

	private static TalonSimulator first;

	@Test
	@Order(1)
	void aTestGetsTheSimulatorAndWhatTheClientSentIt(TalonSimulator talon, TalonRequests talonRequests) {
		first = talon;
		clientOf(talon).updateCustomerSessionV2("cart-1", IntegrationRequest.of(NewCustomerSessionV2.builder()
			.profileId("ann")
			.addCartItem(CartItem.builder("BEANS", 3).price(new BigDecimal("20.00")).build())
			.build())).block(WAIT);

		assertThat(talon.session("cart-1").orElseThrow().total()).isEqualByComparingTo("60.00");
		assertThat(talonRequests.updateCustomerSessionV2("cart-1")).singleElement()
			.satisfies((request) -> assertThat(request.customerSession().profileId()).isEqualTo("ann"));
		talon.faults().failAll(SimulatedFailure.status(503));
		talon.updateProfile("ann", Map.of("tier", "gold"));
	}

	@Test
	@Order(2)
	void theNextTestOfTheClassGetsTheSameSimulatorReset(TalonSimulator talon, TalonRequests talonRequests) {
		assertThat(talon).isSameAs(first);
		assertThat(talon.session("cart-1")).isEmpty();
		assertThat(talon.profile("ann")).isEmpty();
		assertThat(talon.faults().failure()).isNull();
		assertThat(talonRequests.all()).isEmpty();
		assertThat(talon.config().port()).as("a random port").isZero();
		assertThat(List.of(talon.baseUrl())).allSatisfy((url) -> assertThat(url).startsWith("http://127.0.0.1:"));
	}

}
