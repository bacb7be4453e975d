package dev.talon.spring.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.talon.spring.client.TalonClientErrorException;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.talon.spring.simulator.SimulatorSessionTests.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral flow: an advocate gets a unique code of a referral campaign, a friend's cart with it gets
 * {@code acceptReferral} and the discount, closing the friend's session counts the use, and invalid uses get
 * {@code rejectReferral} with a reason.
 */
class SimulatorReferralTests {

	private static final Duration WAIT = TalonClients.WAIT;

	private static final String REFERRAL_DISCOUNT = "Referral: 10.00 off";

	private static TalonSimulator simulator;

	private static WebClientTalonIntegrationClient talon;

	private static int carts;

	@BeforeAll
	static void start() {
		PromotionRules rules = PromotionRules.defaults()
			.and(new ReferralRule(6, Discount.percent("15"), "Limited referral: 15% off", 1));
		simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().rules(rules));
		talon = TalonClients.apiKey(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void aFriendUsesTheAdvocatesCodeAndTheUseIsCountedWhenTheOrderIsPlaced() {
		Referral referral = create(NewReferral.builder(5, "advocate-1").build());

		assertThat(referral.code()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(referral.campaignId()).isEqualTo(5);
		assertThat(referral.advocateProfileIntegrationId()).isEqualTo("advocate-1");
		assertThat(referral.usageCounter()).isZero();
		assertThat(referral.usageLimit()).isZero();
		assertThat(simulator.profile("advocate-1")).as("the advocate's profile is created").isPresent();

		IntegrationState friendCart = cart("friend-1", referral.code().toLowerCase());
		assertThat(friendCart.isReferralAccepted(referral.code().toLowerCase())).isTrue();
		assertThat(friendCart.discounts()).containsEntry(REFERRAL_DISCOUNT, new BigDecimal("10.00"));
		assertThat(friendCart.effects("acceptReferral").get(0).campaignId()).isEqualTo(5);
		assertThat(simulator.referral(referral.code()).orElseThrow().usageCounter())
			.as("not used before the order is placed").isZero();

		close(friendCart.session().integrationId());
		assertThat(simulator.referral(referral.code()).orElseThrow().usageCounter()).isEqualTo(1);

		talon.updateCustomerSession(friendCart.session().integrationId(),
				NewCustomerSession.builder().state(CustomerSessionState.CANCELLED).build()).block(WAIT);
		assertThat(simulator.referral(referral.code()).orElseThrow().usageCounter())
			.as("a cancelled order gives the use back").isZero();
	}

	@Test
	void codesAreUnique() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			codes.add(create(NewReferral.builder(5, "advocate-2").build()).code());
		}
		assertThat(codes).hasSize(20);
	}

	@Test
	void theAdvocateCannotUseTheirOwnCode() {
		Referral referral = create(NewReferral.builder(5, "advocate-3").build());

		IntegrationState own = cart("advocate-3", referral.code());

		assertThat(own.isReferralRejected(referral.code())).isTrue();
		assertThat(own.effects("rejectReferral").get(0).arguments())
			.containsExactly(referral.code(), "ReferralRecipientIdSameAsAdvocate");
		assertThat(own.discounts()).doesNotContainKey(REFERRAL_DISCOUNT);
	}

	@Test
	void aCodeForOneFriendIsRejectedForOthers() {
		Referral referral = create(NewReferral.builder(5, "advocate-4").friendProfileIntegrationId("friend-4").build());

		assertThat(referral.friendProfileIntegrationId()).isEqualTo("friend-4");
		assertThat(cart("friend-4", referral.code()).isReferralAccepted(referral.code())).isTrue();
		assertThat(reason(cart("stranger", referral.code()))).isEqualTo("ReferralRecipientDoesNotMatch");
		assertThat(reason(cart("", referral.code()))).isEqualTo("ReferralRecipientDoesNotMatch");
	}

	@Test
	void aCodeIsOnlyValidBetweenItsDates() {
		Referral expired = create(NewReferral.builder(5, "advocate-5")
			.startDate(OffsetDateTime.now().minusDays(10))
			.expiryDate(OffsetDateTime.now().minusDays(1))
			.build());
		Referral future = create(NewReferral.builder(5, "advocate-5")
			.startDate(OffsetDateTime.now().plusDays(1))
			.build());

		assertThat(reason(cart("friend-5", expired.code()))).isEqualTo("ReferralExpired");
		assertThat(reason(cart("friend-5", future.code()))).isEqualTo("ReferralStartDateInFuture");
	}

	@Test
	void aCodeCannotBeUsedBeyondItsCampaignsLimit() {
		Referral referral = create(NewReferral.builder(6, "advocate-6").build());
		assertThat(referral.usageLimit()).isEqualTo(1);

		IntegrationState first = cart("friend-6a", referral.code());
		assertThat(first.discounts()).containsEntry("Limited referral: 15% off", new BigDecimal("3.00"));
		close(first.session().integrationId());

		assertThat(reason(cart("friend-6b", referral.code()))).isEqualTo("ReferralLimitReached");
	}

	@Test
	void anUnknownCodeIsRejectedAsNotFound() {
		IntegrationState state = cart("friend-7", "NO-SUCH-CODE");

		assertThat(reason(state)).isEqualTo("ReferralNotFound");
		assertThat(state.effects("rejectReferral").get(0).campaignId()).isZero();
	}

	@Test
	void onlyReferralCampaignsGiveCodes() {
		assertThatThrownBy(() -> create(NewReferral.builder(2, "advocate-8").build()))
			.isInstanceOfSatisfying(TalonClientErrorException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorResponse().orElseThrow().errors().get(0).source().pointer())
					.isEqualTo("/campaignId");
			});
	}

	private static Referral create(NewReferral referral) {
		return talon.createReferral(referral).block(WAIT);
	}

	private static IntegrationState cart(String profileId, String referralCode) {
		return talon.updateCustomerSession("referral-cart-" + (++carts), NewCustomerSession.builder()
			.profileId(profileId)
			.referral(referralCode)
			.cartItems(List.of(item("A", "20.00", 1)))
			.build()).block(WAIT);
	}

	private static void close(String sessionId) {
		talon.updateCustomerSession(sessionId, NewCustomerSession.builder().state(CustomerSessionState.CLOSED).build())
			.block(WAIT);
	}

	private static String reason(IntegrationState state) {
		assertThat(state.effects("acceptReferral")).isEmpty();
		return state.effects("rejectReferral").get(0).stringArgument(1);
	}

}
