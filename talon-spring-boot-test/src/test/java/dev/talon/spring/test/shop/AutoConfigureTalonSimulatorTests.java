package dev.talon.spring.test.shop;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.client.TalonConflictException;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonServerErrorException;
import dev.talon.spring.client.TalonTransportException;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.CartItem;
import dev.talon.spring.client.model.v2.CustomerProfileIntegrationRequestV2;
import dev.talon.spring.client.model.v2.CustomerSessionState;
import dev.talon.spring.client.model.v2.IntegrationEventV2Request;
import dev.talon.spring.client.model.v2.IntegrationEventV3Request;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationRequest;
import dev.talon.spring.client.model.v2.MultipleCustomerProfileIntegrationRequestItem;
import dev.talon.spring.client.model.v2.NewCustomerSessionV2;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.NewReturn;
import dev.talon.spring.client.model.v2.ReturnIntegrationRequest;
import dev.talon.spring.client.model.v2.ReturnedCartItem;
import dev.talon.spring.simulator.CouponRule;
import dev.talon.spring.simulator.Discount;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.RecordedRequest;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import dev.talon.spring.test.TalonRequests;
import dev.talon.spring.test.TalonSimulatorScenario;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link AutoConfigureTalonSimulator} in a {@code @SpringBootTest} of an application without any {@code talon.*}
 * connection property: the client talks to the context's simulator; a scenario bean arranges it when the context
 * starts and before each test, which finds it reset whatever the test before did; the requests the application sent
 * come back as the client's models; injected faults reach the client as Talon.One's would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AutoConfigureTalonSimulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureTalonSimulatorTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	TalonSimulator talon;

	@Autowired
	TalonRequests talonRequests;

	@Autowired
	TalonIntegrationClient client;

	@Autowired
	TalonConnectionDetails connection;

	@Autowired
	Environment environment;

	@Autowired
	AtomicReference<Boolean> carolAtStartup;

	@Test
	@Order(1)
	void theClientTalksToTheSimulatorWithoutAnyConnectionProperty() {
		assertThat(this.environment.getProperty("talon.base-url")).isNull();
		assertThat(this.environment.getProperty("talon.api-key")).isNull();
		assertThat(this.talon.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(this.connection.getBaseUrl()).isEqualTo(URI.create(this.talon.baseUrl()));
		assertThat(this.connection.toString()).doesNotContain(this.talon.config().apiKey());

		this.client.updateCustomerSessionV2("s-1", session("alice")).block(WAIT);

		assertThat(this.talon.session("s-1")).hasValueSatisfying((session) -> assertThat(session.profileId())
			.isEqualTo("alice"));
		assertThat(this.carolAtStartup.get()).as("the scenario arranged the simulator before the runners ran")
			.isTrue();
	}

	@Test
	@Order(2)
	void aTestThatLeavesAMess() {
		this.client.updateCustomerSessionV2("s-2", session("bob")).block(WAIT);
		this.talon.rules(PromotionRules.none());
		this.talon.faults().failAll(SimulatedFailure.status(503));
		this.talon.suspend();
	}

	@Test
	@Order(3)
	void theNextTestFindsTheSimulatorResetAndArrangedByTheScenario() {
		assertThat(this.talon.isSuspended()).isFalse();
		assertThat(this.talon.faults().failure()).isNull();
		assertThat(this.talon.session("s-2")).isEmpty();
		assertThat(this.talonRequests.all()).isEmpty();
		assertThat(this.talon.rules().rules()).as("the scenario's rules, not the defaults")
			.hasSize(PromotionRules.defaults().rules().size() + 1);
		assertThat(this.talon.profile("carol").orElseThrow().attributes()).containsEntry("tier", "gold");

		assertThat(this.client.updateCustomerSessionV2("s-3",
				IntegrationRequest.of(NewCustomerSessionV2.builder()
					.couponCodes("CAROL")
					.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("10.00")).build())
					.build()))
			.block(WAIT)
			.discounts()).containsEntry("Carol's coupon", new BigDecimal("1.00"));
	}

	@Test
	void everyRequestComesBackAsTheClientsModel() {
		this.client.updateCustomerSessionV2("s-4", session("dan")).block(WAIT);
		this.client
			.updateCustomerSessionV2("s-4",
					IntegrationRequest.of(NewCustomerSessionV2.builder().state(CustomerSessionState.CLOSED).build()))
			.block(WAIT);
		this.client.returnCartItems("s-4", ReturnIntegrationRequest.of(NewReturn.of(ReturnedCartItem.atPosition(0, 1))))
			.block(WAIT);
		this.client.updateCustomerProfileV2("dan", CustomerProfileIntegrationRequestV2.builder()
			.attribute("tier", "silver")
			.build()).block(WAIT);
		this.client.updateCustomerProfilesV2(MultipleCustomerProfileIntegrationRequest
			.of(List.of(MultipleCustomerProfileIntegrationRequestItem.of("eve", Map.of("tier", "bronze")))))
			.block(WAIT);
		this.client.trackEventV2(IntegrationEventV2Request.builder("dan", "viewed").build()).block(WAIT);
		this.client.trackEventV3(IntegrationEventV3Request.builder("e-1", "dan", "viewed").build()).block(WAIT);
		this.client.createReferral(NewReferral.builder(5, "dan").build()).block(WAIT);
		this.client.updateCustomerSession("v1-1", NewCustomerSession.builder().profileId("fay").coupon("TAKE5").build())
			.block(WAIT);
		this.client.updateCustomerProfile("fay", NewCustomerProfile.of(Map.of("tier", "gold"))).block(WAIT);
		this.client.trackEvent(NewEvent.builder("v1-1", "viewed").profileId("fay").build()).block(WAIT);
		this.client.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("tier", "gold")))
			.block(WAIT);

		assertThat(this.talonRequests.all()).extracting(RecordedRequest::operationId)
			.containsExactly("updateCustomerSessionV2", "updateCustomerSessionV2", "returnCartItems",
					"updateCustomerProfileV2", "updateCustomerProfilesV2", "trackEventV2", "trackEventV3",
					"createReferral", "updateCustomerSession", "updateCustomerProfile", "trackEvent",
					"getCustomerProfilesByAttributes");
		assertThat(this.talonRequests.updateCustomerSessionV2("s-4")).extracting(IntegrationRequest::customerSession)
			.extracting(NewCustomerSessionV2::state)
			.as("the first sends no state (open), the second closes the session")
			.containsExactly(null, CustomerSessionState.CLOSED);
		assertThat(this.talonRequests.updateCustomerSessionV2("other")).isEmpty();
		assertThat(this.talonRequests.returnCartItems("s-4")).singleElement()
			.satisfies((request) -> assertThat(request.newReturn().returnedCartItems())
				.containsExactly(ReturnedCartItem.atPosition(0, 1)));
		assertThat(this.talonRequests.updateCustomerProfileV2("dan")).singleElement()
			.satisfies((request) -> assertThat(request.attributes()).containsEntry("tier", "silver"));
		assertThat(this.talonRequests.updateCustomerProfilesV2()).singleElement()
			.satisfies((request) -> assertThat(request.customerProfiles()).singleElement()
				.satisfies((item) -> assertThat(item.integrationId()).isEqualTo("eve")));
		assertThat(this.talonRequests.trackEventV2()).singleElement()
			.satisfies((event) -> assertThat(event.type()).isEqualTo("viewed"));
		assertThat(this.talonRequests.trackEventV3()).singleElement()
			.satisfies((event) -> assertThat(event.integrationId()).isEqualTo("e-1"));
		assertThat(this.talonRequests.createReferral()).singleElement()
			.satisfies((referral) -> assertThat(referral.advocateProfileIntegrationId()).isEqualTo("dan"));
		assertThat(this.talonRequests.updateCustomerSession("v1-1")).singleElement()
			.satisfies((session) -> assertThat(session.coupon()).isEqualTo("TAKE5"));
		assertThat(this.talonRequests.updateCustomerProfile("fay")).singleElement()
			.satisfies((profile) -> assertThat(profile.attributes()).containsEntry("tier", "gold"));
		assertThat(this.talonRequests.trackEvent()).singleElement()
			.satisfies((event) -> assertThat(event.sessionId()).isEqualTo("v1-1"));
		assertThat(this.talonRequests.getCustomerProfilesByAttributes()).singleElement()
			.satisfies((search) -> assertThat(search.attributes()).containsEntry("tier", "gold"));
		assertThat(this.talonRequests.bodies("trackEventV3", Map.class)).singleElement()
			.satisfies((event) -> assertThat(event).containsEntry("integrationId", "e-1"));
	}

	@Test
	void aBodyThatIsNotTheModelFailsTheTestShowingIt() {
		this.client.trackEventV2(IntegrationEventV2Request.builder("dan", "viewed").build()).block(WAIT);
		RecordedRequest event = this.talonRequests.operation("trackEventV2").get(0);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.talonRequests.body(event, BigDecimal.class))
			.withMessageStartingWith("The request trackEventV2 (POST /v2/events, answered 200) has a body that is no "
					+ "BigDecimal (")
			.withMessageEndingWith("): " + event.body());
		assertThatIllegalArgumentException().isThrownBy(() -> this.talonRequests.updateCustomerSessionV2(" "))
			.withMessage("customerSessionId must not be null or blank");
	}

	/**
	 * Talon.One's 409 to a session update says another request of the session is in progress: the client retries it
	 * until the call's timeout, which the application's 20 s would make this test wait out. The same application
	 * with a 4 s call timeout and a 2 s read timeout (a context of its own, with the class's scenario), ample for the
	 * other calls: each attempt takes milliseconds. Its test uses the fields of the enclosing instance, which Spring
	 * injects from this context.
	 */
	@Nested
	@Import(Scenario.class)
	@TestPropertySource(properties = { "talon.read-timeout=2s", "talon.timeout=4s" })
	class WithAShorterCallTimeout {

		@Test
		void injectedFaultsReachTheClientAsTalonOnesWould() {
			talon.faults().failAll(SimulatedFailure.status(503));
			assertThatExceptionOfType(TalonServerErrorException.class)
				.isThrownBy(() -> client.updateCustomerSessionV2("f-1", session("gus")).block(WAIT));
			assertThat(talonRequests.operation("updateCustomerSessionV2")).as("every attempt")
				.hasSizeGreaterThan(1)
				.allSatisfy((request) -> assertThat(request.status()).isEqualTo(503));

			talon.faults().failAll(SimulatedFailure.status(409));
			assertThatExceptionOfType(TalonConflictException.class)
				.isThrownBy(() -> client.updateCustomerSessionV2("f-1", session("gus")).block(WAIT));

			talon.faults().failAll(SimulatedFailure.dropConnection());
			assertThatExceptionOfType(TalonTransportException.class)
				.isThrownBy(() -> client.updateCustomerSessionV2("f-1", session("gus")).block(WAIT));

			talon.faults().clear();
			client.updateCustomerSessionV2("f-1", session("gus")).block(WAIT);
			assertThat(talon.session("f-1").orElseThrow().updateCount()).as("the failed ones changed nothing")
				.isEqualTo(1);
		}

	}

	private static IntegrationRequest session(String profileId) {
		return IntegrationRequest.of(NewCustomerSessionV2.builder()
			.profileId(profileId)
			.addCartItem(CartItem.builder("A", 1).price(new BigDecimal("10.00")).build())
			.build());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Scenario {

		// tag::scenario[]
		@Bean
		TalonSimulatorScenario carol() {
			return (talon) -> {
				talon.rules(PromotionRules.defaults()
					.and(new CouponRule(6, "CAROL", Discount.percent("10"), BigDecimal.ZERO, "Carol's coupon")));
				talon.updateProfile("carol", Map.of("tier", "gold"));
			};
		}
		// end::scenario[]

		@Bean
		AtomicReference<Boolean> carolAtStartup() {
			return new AtomicReference<>();
		}

		@Bean
		ApplicationRunner lookForCarol(TalonSimulator talon, AtomicReference<Boolean> carolAtStartup) {
			return (arguments) -> carolAtStartup.set(talon.profile("carol").isPresent());
		}

	}

}
