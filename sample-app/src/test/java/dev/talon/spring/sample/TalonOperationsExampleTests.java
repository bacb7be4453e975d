package dev.talon.spring.sample;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.CustomerProfile;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.spec.ReadmeExamples;
import dev.talon.spring.test.AutoConfigureTalonSimulator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples of the four operations besides {@code updateCustomerSession}, verbatim between the
 * {@code operations} tags, run against the simulator of {@link AutoConfigureTalonSimulator} ({@link ReadmeExamples}
 * keeps them in step).
 * Same configuration as {@link CartWalkthroughTests}, so that the two share one application context.
 */
@ShopTest
class TalonOperationsExampleTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	TalonIntegrationClient talon;

	@Autowired
	TalonSimulator simulator;

	@Test
	void theOtherFourOperations() {
		// tag::operations[]
		// updateCustomerProfile: set a customer's attributes (merged into those Talon.One has; null removes one)
		Mono<IntegrationState> profile = talon.updateCustomerProfile("customer-7",
				NewCustomerProfile.of(Map.of("email", "ann@example.com", "tier", "gold")));

		// trackEvent: a custom event (its type defined in Talon.One) in a session, evaluated by the rules
		Mono<IntegrationState> event = talon.trackEvent(NewEvent.builder("cart-7", "checkout_started")
			.profileId("customer-7")
			.attributes(Map.of("items", 3))
			.build());

		// createReferral: a referral code for an advocate to share, in a referral campaign (here campaign 5)
		Mono<String> code = talon.createReferral(NewReferral.builder(5, "customer-7")
			.expiryDate(OffsetDateTime.now().plusDays(30))
			.build())
			.map(Referral::code);

		// getCustomerProfilesByAttributes: the profiles whose attributes all match
		Mono<List<CustomerProfile>> found = talon
			.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("email", "ann@example.com")))
			.map(CustomerProfileSearchResult::data);
		// end::operations[]

		assertThat(profile.block(WAIT).profile().attributes()).containsEntry("tier", "gold");
		assertThat(event.block(WAIT).event().type()).isEqualTo("checkout_started");
		assertThat(this.simulator.events()).anySatisfy((recorded) -> {
			assertThat(recorded.sessionId()).isEqualTo("cart-7");
			assertThat(recorded.profileId()).isEqualTo("customer-7");
		});
		String referralCode = code.block(WAIT);
		assertThat(this.simulator.referral(referralCode)).hasValueSatisfying((referral) -> {
			assertThat(referral.advocateProfileIntegrationId()).isEqualTo("customer-7");
			assertThat(referral.campaignId()).isEqualTo(5);
		});
		assertThat(found.block(WAIT)).extracting(CustomerProfile::integrationId).containsExactly("customer-7");
	}

	@Test
	void theReadmeShowsTheseExamples() {
		ReadmeExamples.assertReadmeShows(TalonOperationsExampleTests.class, "operations",
				"Mono<IntegrationState> profile = talon.updateCustomerProfile(");
	}

}
