package dev.talon.spring.sample;

import java.math.BigDecimal;

import dev.talon.spring.sample.AccountView.CouponView;
import dev.talon.spring.sample.AccountView.DataDeletion;
import dev.talon.spring.sample.AccountView.ReferralCodeView;
import dev.talon.spring.sample.CartPromotions.CodeStatus;
import dev.talon.spring.sample.CartView.CodeView;
import dev.talon.spring.simulator.SimulatedFailure;
import dev.talon.spring.simulator.TalonSimulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The README's walkthrough of the account area, replayed command by command on the sample shop (on a random port,
 * against the embedded simulators it starts itself), each answer compared with the one the README shows
 * ({@link ReadmeWalkthrough}), and what matters about it asserted besides: Dana signs up and gets her personal coupon,
 * which Felix's cart cannot use and hers can; her order earns points, her referral code brings Felix; her account page
 * shows it all in the EU market and nothing in the UK one; "delete my data" while the UK Application is down deletes
 * in the EU and says so, and again once it is back finishes the job.
 */
@ShopTest
class AccountWalkthroughTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	WebTestClient web;

	@Autowired
	@Qualifier("eu")
	TalonSimulator eu;

	@Autowired
	@Qualifier("uk")
	TalonSimulator uk;


	@Test
	void theReadmeWalkthroughOfTheAccountArea() {
		ReadmeWalkthrough readme = ReadmeWalkthrough.of("### Walkthrough: the account area");

		// Dana signs up in the default market: a profile in both Applications, HELLO15 reserved for her in the EU's
		AccountController.SignedUp signedUp = read(readme.exchange(this.web, HttpMethod.POST, "/accounts", 201),
				AccountController.SignedUp.class);
		assertThat(signedUp.welcomeCoupon()).isEqualTo("HELLO15");
		assertThat(this.eu.couponReservations("HELLO15")).containsExactly("dana");
		assertThat(this.uk.couponReservations("HELLO5")).isEmpty();
		assertThat(this.eu.profile("dana").orElseThrow().attributes()).containsEntry("name", "Dana");
		assertThat(this.uk.profile("dana").orElseThrow().attributes()).containsEntry("name", "Dana");

		// her account page: no points yet, the coupon in her wallet
		AccountView account = read(readme.exchange(this.web, HttpMethod.GET, "/accounts/dana", 200), AccountView.class);
		assertThat(account.points().active()).isEqualByComparingTo("0");
		assertThat(account.history()).isEmpty();
		assertThat(account.coupons()).containsExactly(new CouponView("HELLO15", "active", true, null));

		// the coupon is hers: Felix's cart cannot use it
		CartView felix = read(readme.exchange(this.web, HttpMethod.POST, "/carts", 201, "id"), CartView.class);
		felix = read(readme.exchange(this.web, HttpMethod.PUT, "/carts/" + felix.id() + "/coupons/HELLO15", 200),
				CartView.class);
		assertThat(felix.coupons())
			.containsExactly(new CodeView("HELLO15", CodeStatus.REJECTED, "CouponReservationRequired"));

		// Dana's cart takes it, and her order earns 58 points
		CartView dana = read(readme.exchange(this.web, HttpMethod.POST, "/carts", 201, "id"), CartView.class);
		readme.exchange(this.web, HttpMethod.PUT, "/carts/" + dana.id() + "/items/KETTLE", 200);
		dana = read(readme.exchange(this.web, HttpMethod.PUT, "/carts/" + dana.id() + "/coupons/HELLO15", 200),
				CartView.class);
		assertThat(dana.coupons()).containsExactly(new CodeView("HELLO15", CodeStatus.ACCEPTED, null));
		dana = read(readme.exchange(this.web, HttpMethod.POST, "/carts/" + dana.id() + "/checkout", 200),
				CartView.class);
		assertThat(dana.total()).isEqualByComparingTo("58.50");
		assertThat(dana.loyaltyPoints()).isEqualByComparingTo("58");
		String order = dana.id();

		// her referral code brings Felix
		readme.exchange(this.web, HttpMethod.POST, "/customers/dana/referral-codes", 201, "code");
		readme.exchange(this.web, HttpMethod.PUT, "/carts/" + felix.id() + "/referral", 200);
		readme.exchange(this.web, HttpMethod.PUT, "/carts/" + felix.id() + "/items/GRINDER-HAND", 200);
		felix = read(readme.exchange(this.web, HttpMethod.POST, "/carts/" + felix.id() + "/checkout", 200),
				CartView.class);
		assertThat(felix.referral().status()).isEqualTo(CodeStatus.ACCEPTED);

		// her account page in the EU: the points and their transaction, the used coupon, the referral code used once
		account = read(readme.exchange(this.web, HttpMethod.GET, "/accounts/dana", 200), AccountView.class);
		assertThat(account.points().active()).isEqualByComparingTo("58");
		assertThat(account.history()).singleElement().satisfies((transaction) -> {
			assertThat(transaction.type()).isEqualTo("addition");
			assertThat(transaction.amount()).isEqualByComparingTo("58");
			assertThat(transaction.orderId()).isEqualTo(order);
		});
		assertThat(account.moreHistory()).isFalse();
		assertThat(account.coupons()).extracting(CouponView::state).containsExactly("used");
		assertThat(account.referralCodes()).extracting(ReferralCodeView::timesUsed, ReferralCodeView::friendsReferred)
			.containsExactly(tuple(1L, 1));
		assertThat(this.eu.loyaltyLedger("dana", 1).orElseThrow().currentBalance()).isEqualByComparingTo("58");

		// and in the UK: a profile, nothing else
		account = read(readme.exchange(this.web, HttpMethod.GET, "/accounts/dana?market=uk", 200), AccountView.class);
		assertThat(account.points().programId()).isEqualTo(2);
		assertThat(account.points().active()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(account.coupons()).isEmpty();

		// the UK Application fails: its account page says so, and the deletion is done in the EU only, and says so
		readme.skip("/_simulator/faults");
		this.uk.faults().failAll(SimulatedFailure.status(503));
		readme.exchange(this.web, HttpMethod.GET, "/accounts/dana?market=uk", 503);
		readme.exchange(this.web, HttpMethod.DELETE, "/accounts/dana", 503);
		assertThat(this.eu.profile("dana")).isEmpty();
		assertThat(this.eu.couponReservations("HELLO15")).doesNotContain("dana");
		this.uk.faults().clear();
		assertThat(this.uk.profile("dana")).isPresent();

		// once it is back, deleting again finishes the job; her account is gone
		readme.skip("/_simulator/faults");
		AccountController.DataDeleted deleted = read(readme.exchange(this.web, HttpMethod.DELETE, "/accounts/dana", 200),
				AccountController.DataDeleted.class);
		assertThat(deleted.applications()).containsEntry("eu", DataDeletion.NO_DATA)
			.containsEntry("uk", DataDeletion.DELETED);
		assertThat(this.uk.profile("dana")).isEmpty();
		readme.exchange(this.web, HttpMethod.GET, "/accounts/dana", 404);
		readme.assertFinished();
	}

	private static <T> T read(String answer, Class<T> type) {
		return json.readValue(answer, type);
	}

}
