package dev.talon.spring.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.model.v2.Coupon;
import dev.talon.spring.client.model.v2.CouponReservations;
import dev.talon.spring.client.model.v2.CustomerInventory;
import dev.talon.spring.client.model.v2.GetCustomerInventoryOptions;
import dev.talon.spring.client.model.v2.LedgerTransactionLogEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LoyaltyBalance;
import dev.talon.spring.client.model.v2.LoyaltyBalancesWithTiers;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of a customer's account page (points balance and history, a coupon wallet, a reservation),
 * verbatim between its tags, run against WireMock on loopback with answers valid against the 2026 spec (written before
 * the simulator served these operations; it could join the others in the sample app's {@code UsageExampleTests}).
 * The README must show the tagged lines in order, and only imports this test has.
 */
class AccountPagesExampleTests {

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@Test
	void anAccountPage() {
		stubTalonOne();
		TalonIntegrationClient talon = new WebClientTalonIntegrationClient(
				WebClient.builder().clientConnector(new ReactorClientHttpConnector()), URI.create(wireMock.baseUrl()),
				TalonCredentials.apiKey(TalonFixtures.API_KEY));
		long programId = 5;
		String customerId = "customer-7";
		// tag::account[]
		// the points balance: active (redeemable now), pending (not started yet), spent, expired
		LoyaltyBalance points = talon.getLoyaltyBalances(programId, customerId)
			.map(LoyaltyBalancesWithTiers::balance)
			.block();
		BigDecimal redeemable = points.activePoints();
		BigDecimal comingSoon = points.pendingPoints();

		// the points history, newest first: the first screen of 20 is one request of one page
		List<LedgerTransactionLogEntryIntegrationAPI> history = talon
			.getLoyaltyProgramProfileTransactionsAll(programId, customerId, LoyaltyTransactionsOptions.firstPage(20))
			.take(20)
			.collectList()
			.block();

		// the coupon wallet: the coupons reserved for the customer that can be used now
		List<String> wallet = talon.getCustomerInventory(customerId, GetCustomerInventoryOptions.none().withCoupons())
			.flatMapIterable(CustomerInventory::coupons)
			.filter((coupon) -> "active".equals(coupon.state()))
			.map(Coupon::value)
			.collectList()
			.block();

		// "save to my wallet", and "remove": a reservation of the coupon for the customer (safe to retry)
		talon.createCouponReservation("WALLET-10", CouponReservations.of(customerId)).block();
		talon.deleteCouponReservation("WALLET-10", CouponReservations.of(customerId)).block();
		// end::account[]

		assertThat(redeemable).isEqualByComparingTo("145.93");
		assertThat(comingSoon).isEqualByComparingTo("10");
		assertThat(history).hasSize(20).first()
			.satisfies((entry) -> assertThat(entry.name()).isEqualTo("Purchase 0"));
		assertThat(wallet).containsExactly("WALLET-10");
		assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).extracting((request) -> request.getMethod().getName()
				+ " " + URI.create(request.getUrl()).getPath())
			.containsExactly("GET /v1/loyalty_programs/5/profile/customer-7/balances",
					"GET /v1/loyalty_programs/5/profile/customer-7/transactions",
					"GET /v1/customer_profiles/customer-7/inventory", "POST /v1/coupon_reservations/WALLET-10",
					"DELETE /v1/coupon_reservations/WALLET-10");
		assertReadmeShows("account", "getLoyaltyProgramProfileTransactionsAll(programId");
	}

	private static void stubTalonOne() {
		wireMock.stubFor(get(urlPathEqualTo("/v1/loyalty_programs/5/profile/customer-7/balances"))
			.willReturn(json(200, TalonV2AccountAnswers.LOYALTY_BALANCES)));
		List<String> page = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			page.add(("{\"transactionUUID\": \"%08d-0f4d-4a43-9d3b-7d1c0c3a9e11\", "
					+ "\"created\": \"2026-11-30T10:15:30Z\", \"programId\": 5, \"type\": \"addition\", "
					+ "\"name\": \"Purchase %d\", \"startDate\": \"immediate\", "
					+ "\"expiryDate\": \"unlimited\", \"subledgerId\": \"\", \"amount\": 10, \"id\": %d}")
				.formatted(i, i, 9000 - i));
		}
		wireMock.stubFor(get(urlPathEqualTo("/v1/loyalty_programs/5/profile/customer-7/transactions"))
			.willReturn(json(200, "{\"hasMore\": true, \"data\": [" + String.join(", ", page) + "]}")));
		wireMock.stubFor(get(urlPathEqualTo("/v1/customer_profiles/customer-7/inventory"))
			.willReturn(json(200, TalonV2AccountAnswers.INVENTORY)));
		wireMock.stubFor(post(urlPathEqualTo("/v1/coupon_reservations/WALLET-10"))
			.willReturn(json(201, TalonV2AccountAnswers.RESERVED_COUPON)));
		wireMock.stubFor(delete(urlPathEqualTo("/v1/coupon_reservations/WALLET-10"))
			.willReturn(aResponse().withStatus(204)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	/**
	 * The README's Java block that contains the anchor shows the lines of this test between the tags, in order
	 * (indentation and blank lines aside), and imports nothing this test does not.
	 */
	private static void assertReadmeShows(String tag, String anchor) {
		List<String> source = lines(Path.of("src/test/java", AccountPagesExampleTests.class.getName().replace('.', '/')
				+ ".java"));
		int from = source.indexOf("// tag::" + tag + "[]");
		int to = source.indexOf("// end::" + tag + "[]");
		assertThat(from).as("the tag %s", tag).isNotNegative().isLessThan(to);
		String readme = String.join("\n", lines(Path.of("../README.md")));
		int at = readme.indexOf(anchor);
		assertThat(at).as("the README shows %s", anchor).isPositive();
		String block = readme.substring(readme.lastIndexOf("```java", at), readme.indexOf("\n```", at));
		List<String> shown = block.lines().skip(1).map(String::strip).filter((line) -> !line.isEmpty()).toList();
		assertThat(shown).containsSubsequence(source.subList(from + 1, to).stream().filter((line) -> !line.isEmpty())
			.toList());
		assertThat(source).containsAll(shown.stream().filter((line) -> line.startsWith("import ")).toList());
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file).stream().map(String::strip).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file.toAbsolutePath(), ex);
		}
	}

}
