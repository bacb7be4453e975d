package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.talon.spring.client.model.v2.AchievementStatusEntry;
import dev.talon.spring.client.model.v2.GetCustomerAchievementsOptions;
import dev.talon.spring.client.model.v2.LedgerTransactionLogEntryIntegrationAPI;
import dev.talon.spring.client.model.v2.LoyaltyPointsOptions;
import dev.talon.spring.client.model.v2.LoyaltyTransactionsOptions;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The reads of all pages (the {@code ...All} methods) against WireMock on loopback: every page is one observed call of
 * the operation, a page is asked for only when the subscriber wants more items than the pages read so far had (the
 * server's request count shows it), and the read ends at the last page, on a page's failure, on cancellation, or at
 * the client's bound of pages.
 */
class PagedReadTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** How long a request that must not come is waited for. */
	private static final Duration QUIET = Duration.ofMillis(300);

	private static final String TRANSACTIONS = "/v1/loyalty_programs/5/profile/customer-7/transactions";

	private static final String ACHIEVEMENTS = "/v1/customer_profiles/customer-7/achievements";

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<Observation.Context> observed = new CopyOnWriteArrayList<>();

	PagedReadTests() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStop(Observation.Context context) {
				PagedReadTests.this.observed.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof TalonObservationContext;
			}
		});
	}

	@Test
	void threePagesAreReadInOrderEachOneObservedCallWithTheFirstPagesSizeAndFilters() {
		stubTransactionPages(3, 2);
		Observation parent = Observation.start("shop.account", this.registry);

		List<String> names = client(100).getLoyaltyProgramProfileTransactionsAll(5, "customer-7",
				LoyaltyTransactionsOptions.builder().pageSize(2).awaitingActivation().build())
			.map(LedgerTransactionLogEntryIntegrationAPI::name)
			.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, parent))
			.collectList()
			.block(TIMEOUT);
		parent.stop();

		assertThat(names).containsExactly("t0", "t1", "t2", "t3", "t4");
		List<LoggedRequest> requests = requests(TRANSACTIONS);
		assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(
				TRANSACTIONS + "?pageSize=2&awaitsActivation=true",
				TRANSACTIONS + "?pageSize=2&skip=2&awaitsActivation=true",
				TRANSACTIONS + "?pageSize=2&skip=4&awaitsActivation=true");
		assertThat(this.observed).hasSize(3).allSatisfy((context) -> {
			assertThat(((TalonObservationContext) context).getOperation())
				.isEqualTo(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS);
			assertThat(((TalonObservationContext) context).getPathId()).isEqualTo("customer-7");
			assertThat(context.getParentObservation()).as("the subscriber's observation").isSameAs(parent);
		});
	}

	@Test
	void aPageIsAskedForOnlyWhenTheSubscriberWantsMoreItemsThanThePagesReadHad() {
		stubTransactionPages(3, 2);
		Flux<String> names = client(100)
			.getLoyaltyProgramProfileTransactionsAll(5, "customer-7", LoyaltyTransactionsOptions.firstPage(2))
			.map(LedgerTransactionLogEntryIntegrationAPI::name);

		StepVerifier.create(names, 0)
			.then(() -> assertQuietly(0))
			.thenRequest(1)
			.expectNext("t0")
			.thenRequest(1)
			.expectNext("t1")
			.then(() -> assertQuietly(1))
			.thenRequest(2)
			.expectNext("t2", "t3")
			.then(() -> assertQuietly(2))
			.thenRequest(10)
			.expectNext("t4")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(requests(TRANSACTIONS)).hasSize(3);
	}

	@Test
	void takingSomeItemsCancelsTheReadAndAsksForNoFurtherPage() {
		stubTransactionPages(3, 2);

		List<String> names = client(100)
			.getLoyaltyProgramProfileTransactionsAll(5, "customer-7", LoyaltyTransactionsOptions.firstPage(2))
			.map(LedgerTransactionLogEntryIntegrationAPI::name)
			.take(3)
			.collectList()
			.block(TIMEOUT);

		assertThat(names).containsExactly("t0", "t1", "t2");
		assertQuietly(2);
	}

	@Test
	void cancellingWhileAPageIsInFlightCancelsItsCallAndAsksForNoOther() throws InterruptedException {
		talon.stubFor(transactionsPage(null).willReturn(page(true, 0, 2)));
		talon.stubFor(transactionsPage("2").willReturn(page(true, 2, 2).withFixedDelay(2000)));
		List<String> received = new CopyOnWriteArrayList<>();

		Disposable read = client(100)
			.getLoyaltyProgramProfileTransactionsAll(5, "customer-7", LoyaltyTransactionsOptions.firstPage(2))
			.subscribe((entry) -> received.add(entry.name()));
		for (int i = 0; i < 100 && requests(TRANSACTIONS).size() < 2; i++) {
			Thread.sleep(20);
		}
		read.dispose();

		assertThat(received).containsExactly("t0", "t1");
		assertQuietly(2);
		assertThat(this.observed).hasSize(2)
			.last()
			.satisfies((context) -> assertThat(context.getError()).hasMessage("cancelled"));
	}

	@Test
	void anEmptyResultIsOneRequestAndCompletes() {
		talon.stubFor(transactionsPage(null).willReturn(json("{\"hasMore\": false, \"data\": []}")));

		StepVerifier.create(client(100).getLoyaltyProgramProfileTransactionsAll(5, "customer-7",
				LoyaltyTransactionsOptions.defaults()))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(requests(TRANSACTIONS)).hasSize(1);
	}

	@Test
	void anEmptyPageEndsTheReadEvenWhenItSaysMoreFollow() {
		talon.stubFor(transactionsPage(null).willReturn(page(true, 0, 2)));
		talon.stubFor(transactionsPage("2").willReturn(json("{\"hasMore\": true, \"data\": []}")));

		StepVerifier.create(client(100).getLoyaltyProgramProfileTransactionsAll(5, "customer-7",
				LoyaltyTransactionsOptions.firstPage(2)))
			.expectNextCount(2)
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(requests(TRANSACTIONS)).hasSize(2);
	}

	@Test
	void theFailureOfPageTwoEndsTheReadAfterTheItemsOfPageOne() {
		talon.stubFor(transactionsPage(null).willReturn(page(true, 0, 2)));
		talon.stubFor(transactionsPage("2").willReturn(json("{\"message\": \"Invalid skip\"}").withStatus(400)));

		StepVerifier.create(client(100)
			.getLoyaltyProgramProfileTransactionsAll(5, "customer-7", LoyaltyTransactionsOptions.firstPage(2))
			.map(LedgerTransactionLogEntryIntegrationAPI::name))
			.expectNext("t0", "t1")
			.expectErrorSatisfies((failure) -> assertThat(failure).isInstanceOf(TalonClientErrorException.class)
				.hasMessage("Talon.One getLoyaltyProgramProfileTransactions failed with HTTP 400 Bad Request: "
						+ "Invalid skip"))
			.verify(TIMEOUT);

		assertThat(requests(TRANSACTIONS)).hasSize(2);
	}

	@Test
	void aPageIsRetriedLikeAnyReadBeforeItsFailureEndsTheRead() {
		talon.stubFor(transactionsPage(null).willReturn(page(true, 0, 2)));
		talon.stubFor(transactionsPage("2").willReturn(aResponse().withStatus(503)));

		StepVerifier.create(client(100)
			.getLoyaltyProgramProfileTransactionsAll(5, "customer-7", LoyaltyTransactionsOptions.firstPage(2)))
			.expectNextCount(2)
			.expectErrorSatisfies((failure) -> assertThat(failure).isInstanceOf(TalonServerErrorException.class)
				.satisfies((ex) -> assertThat(((TalonException) ex).getAttempts()).isEqualTo(3)))
			.verify(TIMEOUT);

		assertThat(requests(TRANSACTIONS)).hasSize(4);
	}

	@Test
	void theBoundOfPagesEndsAReadThatGoesOnWithAPageLimitFailure() {
		stubTransactionPages(5, 2);

		StepVerifier.create(client(2)
			.getLoyaltyProgramProfileTransactionsAll(5, "customer-7", LoyaltyTransactionsOptions.firstPage(2))
			.map(LedgerTransactionLogEntryIntegrationAPI::name))
			.expectNext("t0", "t1", "t2", "t3")
			.expectErrorSatisfies((failure) -> assertThat(failure).isInstanceOfSatisfying(TalonPageLimitException.class,
					(limit) -> {
						assertThat(limit.getMaxPages()).isEqualTo(2);
						assertThat(limit.getOperation())
							.isEqualTo(TalonOperation.GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS);
						assertThat(limit).hasMessageStartingWith(
								"Talon.One getLoyaltyProgramProfileTransactions has more than 2 pages");
					}))
			.verify(TIMEOUT);

		assertThat(requests(TRANSACTIONS)).hasSize(2);
	}

	@Test
	void aReadThatEndsWithinTheBoundIsNotCutShort() {
		stubTransactionPages(2, 2);

		StepVerifier.create(client(2).getLoyaltyProgramProfileTransactionsAll(5, "customer-7",
				LoyaltyTransactionsOptions.firstPage(2)))
			.expectNextCount(3)
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void aReadCountedByTotalResultSizeStopsWhenItHasThemAllAndStartsWhereTheOptionsSay() {
		talon.stubFor(get(urlPathEqualTo(ACHIEVEMENTS)).withQueryParam("skip", equalTo("1"))
			.willReturn(json(achievements(5, 1, 2))));
		talon.stubFor(get(urlPathEqualTo(ACHIEVEMENTS)).withQueryParam("skip", equalTo("3"))
			.willReturn(json(achievements(5, 3, 2))));

		List<Long> ids = client(100).getCustomerAchievementsAll("customer-7",
				GetCustomerAchievementsOptions.defaults().withPageSize(2).skip(1))
			.map(AchievementStatusEntry::id)
			.collectList()
			.block(TIMEOUT);

		assertThat(ids).containsExactly(1L, 2L, 3L, 4L);
		assertThat(requests(ACHIEVEMENTS)).hasSize(2);
	}

	@Test
	void eachSubscriptionReadsFromTheFirstPage() {
		stubTransactionPages(2, 2);
		Flux<LedgerTransactionLogEntryIntegrationAPI> all = client(100)
			.getLoyaltyProgramProfileTransactionsAll(5, "customer-7", LoyaltyTransactionsOptions.firstPage(2));

		assertThat(all.count().block(TIMEOUT)).isEqualTo(3);
		assertThat(all.count().block(TIMEOUT)).isEqualTo(3);

		assertThat(requests(TRANSACTIONS)).extracting(LoggedRequest::getUrl).containsExactly(
				TRANSACTIONS + "?pageSize=2", TRANSACTIONS + "?pageSize=2&skip=2", TRANSACTIONS + "?pageSize=2",
				TRANSACTIONS + "?pageSize=2&skip=2");
	}

	@Test
	void invalidArgumentsAreThrownByTheMethodBeforeAnySubscription() {
		WebClientTalonIntegrationClient client = client(100);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.getLoyaltyProgramProfileTransactionsAll(0, "customer-7",
					LoyaltyTransactionsOptions.defaults()))
			.withMessage("loyaltyProgramId must be positive but was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.getLoyaltyCardPointsAll(125, "..", LoyaltyPointsOptions.of(null)))
			.withMessageStartingWith("loyaltyCardId must not be '..'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.getCustomerAchievementsAll("customer-7", null))
			.withMessage("options must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebClientTalonIntegrationClient
				.builder(WebClient.builder(), URI.create(talon.baseUrl()),
						TalonCredentials.apiKey(TalonFixtures.API_KEY))
				.maxPages(0))
			.withMessage("maxPages must be positive but was 0");
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------------

	private WebClientTalonIntegrationClient client(int maxPages) {
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector()), URI.create(talon.baseUrl()),
					TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(new TalonRetrySettings(true, 3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1),
					false))
			.observationRegistry(this.registry)
			.maxPages(maxPages)
			.build();
	}

	/** {@code pages} pages of {@code size} transactions each ({@code t0}, {@code t1}, ...), the last one shorter. */
	private static void stubTransactionPages(int pages, int size) {
		for (int page = 0; page < pages; page++) {
			boolean last = page == pages - 1;
			talon.stubFor(transactionsPage((page == 0) ? null : Integer.toString(page * size))
				.willReturn(page(!last, page * size, last ? size - 1 : size)));
		}
	}

	private static MappingBuilder transactionsPage(String skip) {
		return get(urlPathEqualTo(TRANSACTIONS)).withQueryParam("skip", (skip != null) ? equalTo(skip) : absent());
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(boolean hasMore, int first,
			int count) {
		List<String> entries = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			entries.add(("{\"transactionUUID\": \"%08d-0f4d-4a43-9d3b-7d1c0c3a9e11\", \"created\": "
					+ "\"2026-11-30T10:15:30Z\", \"programId\": 5, \"type\": \"addition\", \"name\": \"t%d\", "
					+ "\"startDate\": \"immediate\", \"expiryDate\": \"unlimited\", \"subledgerId\": \"\", "
					+ "\"amount\": %d, \"id\": %d}").formatted(i, i, i + 1, 9000 + i));
		}
		return json("{\"hasMore\": " + hasMore + ", \"data\": [" + String.join(", ", entries) + "]}");
	}

	private static String achievements(int total, int first, int count) {
		List<String> entries = new ArrayList<>();
		for (int id = first; id < Math.min(first + count, total); id++) {
			entries.add(("{\"id\": %d, \"created\": \"2026-01-01T00:00:00Z\", \"name\": \"A%d\", \"title\": \"A\", "
					+ "\"description\": \"a\", \"target\": 10}").formatted(id, id));
		}
		return "{\"totalResultSize\": " + total + ", \"data\": [" + String.join(", ", entries) + "]}";
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static List<LoggedRequest> requests(String path) {
		return talon.findAll(getRequestedFor(urlPathEqualTo(path)));
	}

	/** No further request comes: after a while, the server still has received exactly that many. */
	private static void assertQuietly(int requests) {
		try {
			Thread.sleep(QUIET.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		assertThat(talon.getAllServeEvents()).as("requests received").hasSize(requests);
	}

}
