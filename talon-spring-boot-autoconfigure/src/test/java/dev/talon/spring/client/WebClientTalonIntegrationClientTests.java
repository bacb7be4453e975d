package dev.talon.spring.client;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerProfileSearchResult;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.Effect;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.NewReferral;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.client.model.v2.ReturnCartItemsOptions;
import dev.talon.spring.client.model.v2.TrackEventOptions;
import dev.talon.spring.client.model.v2.UpdateCustomerSessionV2Options;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The client against a real HTTP server (WireMock on loopback): what each operation sends, what it reads, how it
 * authenticates, how it encodes path ids and how it reports failures.
 */
class WebClientTalonIntegrationClientTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static TalonIntegrationClient client(TalonCredentials credentials) {
		return client(credentials, WebClient.builder().clientConnector(new ReactorClientHttpConnector()));
	}

	private static TalonIntegrationClient client(TalonCredentials credentials, WebClient.Builder builder) {
		return new WebClientTalonIntegrationClient(builder, URI.create(talon.baseUrl()), credentials);
	}

	/** A client whose WebClient records {@code http.client.requests} in the given registry. */
	private static TalonIntegrationClient meteredClient(SimpleMeterRegistry meters) {
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		return client(TalonCredentials.apiKey(TalonFixtures.API_KEY),
				WebClient.builder().clientConnector(new ReactorClientHttpConnector()).observationRegistry(observations));
	}

	private static TalonIntegrationClient apiKeyClient() {
		return client(TalonCredentials.apiKey(TalonFixtures.API_KEY));
	}

	private static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	@Test
	void updateCustomerSessionSendsTheWholeCartAndReadsTheFullState() {
		talon.stubFor(put("/v1/customer_sessions/cart-1001")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));

		IntegrationState state = apiKeyClient().updateCustomerSession("cart-1001", TalonFixtures.fullSession())
			.block(TIMEOUT);

		talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/cart-1001"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY))
			.withHeader("Content-Signature", absent())
			.withRequestBody(equalToJson("""
					{"profileId": "customer-7", "coupon": "SPRING10", "referral": "REF-7XK2", "state": "open",
					 "cartItems": [
					   {"name": "Espresso beans 1kg", "sku": "COF-1KG", "quantity": 2, "price": 19.99,
					    "category": "coffee", "weight": 1000, "height": 250, "width": 120, "length": 80,
					    "attributes": {"roast": "dark"}},
					   {"name": "Milk jug", "sku": "JUG-350", "quantity": 1, "price": 12.50,
					    "adjustment": {"payFromLoyaltyProgram": 3, "pointPayment": 500, "remainingPrice": 7.50}}],
					 "total": 52.48, "attributes": {"ShippingCity": "Berlin"}}
					""", false, false)));
		assertThat(onlyRequest().getBodyAsString()).doesNotContain("null").doesNotContain("position");

		assertThat(state.session().integrationId()).isEqualTo("cart-1001");
		assertThat(state.session().created()).isEqualTo(OffsetDateTime.parse("2018-02-06T10:15:30.123Z"));
		assertThat(state.session().applicationId()).isEqualTo(7L);
		assertThat(state.session().state()).isEqualTo(CustomerSessionState.OPEN);
		assertThat(state.session().firstSession()).isFalse();
		assertThat(state.session().total()).isEqualByComparingTo("52.48");
		assertThat(state.session().cartItems()).hasSize(2);
		assertThat(state.session().cartItems().get(0).price()).isEqualTo(new BigDecimal("19.99"));
		assertThat(state.session().cartItems().get(0).attributes()).containsEntry("roast", "dark");
		assertThat(state.session().cartItems().get(1).adjustment().pointPayment()).isEqualTo(500L);
		assertThat(state.session().cartItems().get(1).adjustment().remainingPrice()).isEqualTo(new BigDecimal("7.50"));
		assertThat(state.session().discounts()).containsEntry("Free shipping", new BigDecimal("4.95"));
		assertThat(state.profile().totalSales()).isEqualTo(new BigDecimal("149.85"));
		assertThat(state.profile().closedSessions()).isEqualTo(3L);
		assertThat(state.profile().loyaltyMemberships()).singleElement()
			.satisfies((membership) -> assertThat(membership.loyaltyProgramId()).isEqualTo(3L))
			.satisfies((membership) -> assertThat(membership.joined().toInstant())
				.isEqualTo(OffsetDateTime.parse("2017-12-24T17:00:00Z").toInstant()));
		assertThat(state.event().id()).isEqualTo(8843L);
		assertThat(state.event().type()).isEqualTo("talon_session_updated");
		assertThat(state.event().ledgerEntries()).singleElement().satisfies((entry) -> {
			assertThat(entry.amount()).isEqualTo(-500L);
			assertThat(entry.loyaltyProgramId()).isEqualTo(3L);
			assertThat(entry.expiryDate()).isEqualTo(OffsetDateTime.parse("2019-02-06T10:15:30Z"));
		});
		assertThat(state.effects()).extracting(Effect::name)
			.containsExactly("acceptCoupon", "setDiscount", "setDiscount", "showBanner");
		assertThat(state.effects().get(1)).isEqualTo(new Effect(12L, 34L, 1, "setDiscount",
				List.of("10% off coffee", new BigDecimal("4.00"))));
		assertThat(state.effects().get(3).arguments()).containsExactly("Welcome back", Map.of("color", "green"));
		assertThat(state.discounts()).containsExactly(Map.entry("10% off coffee", new BigDecimal("4.00")),
				Map.entry("Free shipping", new BigDecimal("4.95")));
		assertThat(state.totalDiscount()).isEqualByComparingTo("8.95");
		assertThat(state.isCouponAccepted("SPRING10")).isTrue();
		assertThat(state.isCouponRejected("SPRING10")).isFalse();
	}

	@Test
	void updateCustomerProfileSendsItsAttributes() {
		talon.stubFor(put("/v1/customer_profiles/customer-7")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));

		IntegrationState state = apiKeyClient()
			.updateCustomerProfile("customer-7", NewCustomerProfile.of(Map.of("Name", "Ada", "VIP", true)))
			.block(TIMEOUT);

		talon.verify(putRequestedFor(urlEqualTo("/v1/customer_profiles/customer-7"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY))
			.withRequestBody(equalToJson("{\"attributes\": {\"Name\": \"Ada\", \"VIP\": true}}", false, false)));
		assertThat(state.profile().integrationId()).isEqualTo("customer-7");
		assertThat(state.profile().attributes()).containsEntry("VIP", true);
	}

	@Test
	void trackEventSendsTheEventAndReadsEffects() {
		talon.stubFor(post("/v1/events")
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.INTEGRATION_STATE)));

		IntegrationState state = apiKeyClient()
			.trackEvent(NewEvent.builder("cart-1001", "product_viewed")
				.profileId("customer-7")
				.attributes(Map.of("sku", "COF-1KG"))
				.build())
			.block(TIMEOUT);

		talon.verify(postRequestedFor(urlEqualTo("/v1/events"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY))
			.withRequestBody(equalToJson("""
					{"profileId": "customer-7", "sessionId": "cart-1001", "type": "product_viewed",
					 "attributes": {"sku": "COF-1KG"}}
					""", false, false)));
		assertThat(state.effects()).hasSize(4);
		assertThat(state.event().ledgerEntries()).hasSize(1);
	}

	@Test
	void createReferralSendsTheReferralAndReadsTheCode() {
		talon.stubFor(post("/v1/referrals")
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.REFERRAL)));

		Referral referral = apiKeyClient()
			.createReferral(NewReferral.builder(12, "customer-7")
				.friendProfileIntegrationId("friend-8")
				.startDate(TalonFixtures.february7())
				.expiryDate(TalonFixtures.february7().plusDays(28))
				.build())
			.block(TIMEOUT);

		talon.verify(postRequestedFor(urlEqualTo("/v1/referrals"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY))
			.withRequestBody(equalToJson("""
					{"campaignId": 12, "advocateProfileIntegrationId": "customer-7",
					 "friendProfileIntegrationId": "friend-8",
					 "startDate": "2018-02-07T00:00:00Z", "expiryDate": "2018-03-07T00:00:00Z"}
					""", false, false)));
		assertThat(referral).isEqualTo(new Referral(99L, OffsetDateTime.parse("2018-02-06T10:00:00Z"), 12L,
				"customer-7", "friend-8", OffsetDateTime.parse("2018-02-07T00:00:00Z"),
				OffsetDateTime.parse("2018-03-07T00:00:00Z"), "REF-7XK2", 0L, 1L));
	}

	@Test
	void getCustomerProfilesByAttributesSendsTheSearchAndReadsTheProfiles() {
		talon.stubFor(post("/v1/customer_profiles_search")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(TalonFixtures.PROFILE_SEARCH_RESULT)));

		CustomerProfileSearchResult result = apiKeyClient()
			.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("Email", "ada@example.com")))
			.block(TIMEOUT);

		talon.verify(postRequestedFor(urlEqualTo("/v1/customer_profiles_search"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("Authorization", equalTo("ApiKey-v1 " + TalonFixtures.API_KEY))
			.withRequestBody(equalToJson("{\"attributes\": {\"Email\": \"ada@example.com\"}}", false, false)));
		assertThat(result.totalResultSize()).isEqualTo(1L);
		assertThat(result.data()).singleElement().satisfies((profile) -> {
			assertThat(profile.integrationId()).isEqualTo("customer-7");
			assertThat(profile.totalSales()).isEqualTo(new BigDecimal("149.85"));
			assertThat(profile.loyaltyMemberships()).isEmpty();
		});
	}

	@Test
	void contentSignatureIsTheHmacMd5OfTheExactBytesReceived() throws Exception {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		TalonIntegrationClient client = client(
				TalonCredentials.contentSignature(TalonFixtures.APPLICATION_ID, TalonFixtures.APPLICATION_KEY));

		client.updateCustomerSession("cart-1001", TalonFixtures.fullSession()).block(TIMEOUT);
		client.trackEvent(NewEvent.builder("cart-1001", "checkout_started").attributes(Map.of("näme", "ü€"))
			.build()).block(TIMEOUT);

		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(2);
		Mac mac = Mac.getInstance("HmacMD5");
		mac.init(new SecretKeySpec(decodeHex(TalonFixtures.APPLICATION_KEY), "HmacMD5"));
		for (LoggedRequest request : requests) {
			String expected = toHex(mac.doFinal(request.getBody()));
			assertThat(request.getHeader("Content-Signature"))
				.isEqualTo("signer=" + TalonFixtures.APPLICATION_ID + "; signature=" + expected);
			assertThat(request.containsHeader("Authorization")).isFalse();
		}
		assertThat(new String(requests.get(1).getBody(), StandardCharsets.UTF_8)).contains("ü€");
	}

	@Test
	void hostilePathIdsStayOneEncodedSegmentAndTheUriTagStaysTheTemplate() {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		TalonIntegrationClient client = meteredClient(meters);
		String hostile = "a/b c?d#e%f+ü";

		client.updateCustomerSession(hostile, NewCustomerSession.builder().build()).block(TIMEOUT);
		client.updateCustomerProfile(hostile, NewCustomerProfile.of(Map.of())).block(TIMEOUT);
		for (int i = 0; i < 50; i++) {
			client.updateCustomerSession("session-" + i, NewCustomerSession.builder().build()).block(TIMEOUT);
		}

		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(52);
		assertThat(requests.get(0).getUrl()).isEqualTo("/v1/customer_sessions/a%2Fb%20c%3Fd%23e%25f%2B%C3%BC");
		assertThat(requests.get(1).getUrl()).isEqualTo("/v1/customer_profiles/a%2Fb%20c%3Fd%23e%25f%2B%C3%BC");
		for (LoggedRequest request : requests.subList(0, 2)) {
			String path = URI.create(request.getUrl()).getRawPath();
			String segment = path.substring(path.lastIndexOf('/') + 1);
			assertThat(path.split("/")).hasSize(4);
			assertThat(UriUtils.decode(segment, StandardCharsets.UTF_8)).isEqualTo(hostile);
		}
		assertThat(meters.find("http.client.requests").timers()).extracting((timer) -> timer.getId().getTag("uri"))
			.containsOnly("/v1/customer_sessions/{customerSessionId}", "/v1/customer_profiles/{integrationId}");
		Timer sessions = meters.get("http.client.requests").tag("uri", "/v1/customer_sessions/{customerSessionId}")
			.timer();
		assertThat(sessions.count()).isEqualTo(51);
	}

	/**
	 * Every path of today's API that carries an id keeps a hostile id in one encoded segment, and the {@code uri} tag
	 * of {@code http.client.requests} stays the template, query parameters included: one variant per combination of
	 * options, whatever the ids and the dry run's {@code now}.
	 */
	@Test
	void hostilePathIdsOfTodaysOperationsStayOneSegmentAndTheUriTagStaysABoundedTemplate() {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonV2Answers.minimal("IntegrationStateV2"))));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		TalonIntegrationClient client = meteredClient(meters);
		String hostile = "a/b c?d#e%f+ü";
		Map<TalonOperation, TalonV2Requests.PathIdCall> calls = TalonV2Requests.callsWithPathId();

		calls.values().forEach((call) -> call.apply(client, hostile).block(TIMEOUT));
		for (int i = 0; i < 20; i++) {
			String id = "cart-" + i;
			OffsetDateTime later = OffsetDateTime.now().plusDays(1 + i).plusNanos(i * 1000);
			client.updateCustomerSessionV2(id, TalonV2Requests.cartUpdate(), UpdateCustomerSessionV2Options.dryRunAt(later))
				.block(TIMEOUT);
			client.updateCustomerSessionV2(id, TalonV2Requests.cartUpdate(), UpdateCustomerSessionV2Options.dryRun())
				.block(TIMEOUT);
			client.returnCartItems(id, TalonV2Requests.itemReturn(),
					ReturnCartItemsOptions.dryRun().withRunRuleEngine(i % 2 == 0)).block(TIMEOUT);
			client.trackEventV2(TalonV2Requests.fullEvent(), TrackEventOptions.dryRun()).block(TIMEOUT);
		}

		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		int i = 0;
		for (Map.Entry<TalonOperation, TalonV2Requests.PathIdCall> call : calls.entrySet()) {
			String path = URI.create(requests.get(i++).getUrl()).getRawPath();
			assertThat(path).doesNotContain("/a/").doesNotContain(" ").doesNotContain("#");
			String segment = TalonV2Requests.pathSegment(call.getKey(), call.getValue().parameter(), path);
			assertThat(UriUtils.decode(segment, StandardCharsets.UTF_8)).as(path).isEqualTo(hostile);
			assertThat(segment).isEqualTo("a%2Fb%20c%3Fd%23e%25f%2B%C3%BC");
		}
		// (GET and PUT of a session share a uri, so do the creation and deletion of a coupon's reservations)
		String profileProgram = "/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}";
		String card = "/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}";
		assertThat(meters.find("http.client.requests").timers()).extracting((timer) -> timer.getId().getTag("uri"))
			.containsOnly("/v2/customer_sessions/{customerSessionId}",
					"/v2/customer_sessions/{customerSessionId}?dry={dry}",
					"/v2/customer_sessions/{customerSessionId}?dry={dry}&now={now}",
					"/v2/customer_sessions/{customerSessionId}/reopen",
					"/v2/customer_sessions/{customerSessionId}/returns",
					"/v2/customer_sessions/{customerSessionId}/returns?dry={dry}&runRuleEngine={runRuleEngine}",
					"/v2/customer_profiles/{integrationId}", "/v3/events/{integrationId}",
					"/v2/events?silent={silent}&dry={dry}",
					"/v1/customer_profiles/{integrationId}/inventory?profile={profile}&referrals={referrals}"
							+ "&coupons={coupons}&loyalty={loyalty}&giveaways={giveaways}&achievements={achievements}",
					"/v1/customer_data/{integrationId}", "/v1/customer_profiles/{integrationId}/achievements",
					"/v1/customer_profiles/{integrationId}/achievements/{achievementId}",
					"/v1/coupon_reservations/{couponValue}", "/v1/coupon_reservations/customerprofiles/{couponValue}",
					profileProgram + "/balances", profileProgram + "/transactions",
					profileProgram + "/points?status={status}", profileProgram + "/join",
					profileProgram + "/delete_transactions", "/v1" + card + "/balances", "/v1" + card + "/transactions",
					"/v1" + card + "/points?status={status}", "/v2" + card + "/link_profile",
					"/v2" + card + "/unlink_profile");
		assertThat(meters.get("http.client.requests")
			.tag("uri", "/v2/customer_sessions/{customerSessionId}?dry={dry}&now={now}")
			.timer()
			.count()).isEqualTo(20);
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyRequest() {
		TalonIntegrationClient client = apiKeyClient();
		NewCustomerSession session = NewCustomerSession.builder().build();

		assertThatIllegalArgumentException().isThrownBy(() -> client.updateCustomerSession(null, session))
			.withMessage("customerSessionId must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> client.updateCustomerSession(" \t", session))
			.withMessage("customerSessionId must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> client.updateCustomerSession("cart-1", null))
			.withMessage("session must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerProfile("", NewCustomerProfile.of(Map.of())))
			.withMessage("integrationId must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> client.updateCustomerProfile("customer-7", null))
			.withMessage("profile must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.trackEvent(null))
			.withMessage("event must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.createReferral(null))
			.withMessage("referral must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.getCustomerProfilesByAttributes(null))
			.withMessage("search must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.trackEvent(NewEvent.builder("cart-1", "").build()))
			.withMessageStartingWith("type");

		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "401, dev.talon.spring.client.TalonAuthenticationException",
			"403, dev.talon.spring.client.TalonAuthenticationException",
			"404, dev.talon.spring.client.TalonNotFoundException",
			"409, dev.talon.spring.client.TalonConflictException",
			"400, dev.talon.spring.client.TalonClientErrorException",
			"422, dev.talon.spring.client.TalonClientErrorException",
			"500, dev.talon.spring.client.TalonServerErrorException",
			"503, dev.talon.spring.client.TalonServerErrorException" })
	void talonErrorBodiesBecomeTypedExceptionsWithTheParsedError(int status, Class<?> type) {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"message": "Invalid request", "errors": [
					  {"title": "must be at least 1", "details": "quantity was 0", "source": {"pointer": "/cartItems/0/quantity"}},
					  {"title": "unknown parameter", "source": {"parameter": "dry"}}]}
					""")));

		TalonResponseException ex = catchResponseException(
				apiKeyClient().updateCustomerSession("cart-1", NewCustomerSession.builder().build()));

		assertThat(ex).isExactlyInstanceOf(type);
		assertThat(ex.getOperation()).isEqualTo(TalonOperation.UPDATE_CUSTOMER_SESSION);
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.getBodyExcerpt()).isEmpty();
		assertThat(ex.getErrorResponse()).hasValueSatisfying((error) -> {
			assertThat(error.message()).isEqualTo("Invalid request");
			assertThat(error.errors()).hasSize(2);
			assertThat(error.errors().get(0).source().pointer()).isEqualTo("/cartItems/0/quantity");
			assertThat(error.errors().get(1).source().parameter()).isEqualTo("dry");
		});
		assertThat(ex).hasMessageStartingWith("Talon.One updateCustomerSession failed with HTTP " + status)
			.hasMessageContaining(": Invalid request; must be at least 1: quantity was 0 (at /cartItems/0/quantity); "
					+ "unknown parameter (at parameter dry)");
	}

	@Test
	void anHtmlPageFromAProxyBecomesABoundedExcerpt() {
		String page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>\n" + "x".repeat(5000)
				+ "</body></html>";
		talon.stubFor(post("/v1/events").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody(page)));

		TalonResponseException ex = catchResponseException(
				apiKeyClient().trackEvent(NewEvent.builder("cart-1", "checkout_started").build()));

		assertThat(ex).isExactlyInstanceOf(TalonServerErrorException.class);
		assertThat(ex.getStatusCode()).isEqualTo(502);
		assertThat(ex.getErrorResponse()).isEmpty();
		assertThat(ex.getBodyExcerpt()).hasValueSatisfying((excerpt) -> {
			assertThat(excerpt).startsWith("<html> <head><title>502 Bad Gateway</title></head> <body> xxx")
				.endsWith("...")
				.hasSizeLessThanOrEqualTo(TalonErrors.MAX_EXCERPT + 3)
				.doesNotContain("\n", "\r");
		});
		assertThat(ex.getMessage()).startsWith("Talon.One trackEvent failed with HTTP 502 Bad Gateway; body: <html>")
			.hasSizeLessThan(400);
	}

	@Test
	void anEmptyErrorBodyIsSaidToBeEmpty() {
		talon.stubFor(post("/v1/referrals").willReturn(aResponse().withStatus(503)));

		TalonResponseException ex = catchResponseException(
				apiKeyClient().createReferral(NewReferral.builder(1, "customer-7").build()));

		assertThat(ex).isExactlyInstanceOf(TalonServerErrorException.class);
		assertThat(ex.getBodyExcerpt()).hasValue("(empty)");
		assertThat(ex).hasMessage("Talon.One createReferral failed with HTTP 503 Service Unavailable; body: (empty)");
	}

	@Test
	void aSuccessWithBrokenJsonIsAnErrorThatSaysSo() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"session\": {\"integrationId\": \"cart-1\", ")));

		TalonResponseException ex = catchResponseException(
				apiKeyClient().updateCustomerSession("cart-1", NewCustomerSession.builder().build()));

		assertThat(ex).isExactlyInstanceOf(TalonInvalidResponseException.class);
		assertThat(ex.getStatusCode()).isEqualTo(200);
		assertThat(ex).hasMessageStartingWith(
				"Talon.One updateCustomerSession answered HTTP 200 OK but its body is not a valid IntegrationState: ")
			.hasMessageEndingWith("body: {\"session\": {\"integrationId\": \"cart-1\",");
	}

	@Test
	void aSuccessWithAnEmptyBodyIsAnError() {
		talon.stubFor(post("/v1/customer_profiles_search").willReturn(aResponse().withStatus(200)));

		TalonResponseException ex = catchResponseException(apiKeyClient()
			.getCustomerProfilesByAttributes(CustomerProfileSearch.byAttributes(Map.of("Email", "a@example.com"))));

		assertThat(ex).isExactlyInstanceOf(TalonInvalidResponseException.class)
			.hasMessage("Talon.One getCustomerProfilesByAttributes answered HTTP 200 OK but its body is empty; "
					+ "body: (empty)");
	}

	@Test
	void aMalformedEffectMakesTheAnswerInvalid() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"event\": {\"effects\": [[1, 2, 3, \"setDiscount\"]]}}")));

		TalonResponseException ex = catchResponseException(
				apiKeyClient().updateCustomerSession("cart-1", NewCustomerSession.builder().build()));

		assertThat(ex).isExactlyInstanceOf(TalonInvalidResponseException.class)
			.hasMessageContaining("effect must be [campaignId, rulesetId, ruleIndex, [name, args...]]");
	}

	@Test
	void aRefusedConnectionIsATransportFailureThatSentNothing() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		TalonIntegrationClient client = new WebClientTalonIntegrationClient(
				WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
				URI.create("http://127.0.0.1:" + port), TalonCredentials.apiKey(TalonFixtures.API_KEY));

		assertThatExceptionOfType(TalonTransportException.class)
			.isThrownBy(() -> client.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
				.block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex).isNotInstanceOf(TalonTimeoutException.class);
				assertThat(ex.isRequestSent()).isFalse();
				assertThat(ex.getOperation()).isEqualTo(TalonOperation.UPDATE_CUSTOMER_SESSION);
			})
			.withMessageStartingWith("Talon.One updateCustomerSession failed: could not connect to Talon.One (")
			.withMessageContaining("Connection refused");
	}

	@Test
	void aResetConnectionIsATransportFailure() {
		talon.stubFor(post("/v1/events").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(TalonTransportException.class)
			.isThrownBy(() -> apiKeyClient().trackEvent(NewEvent.builder("cart-1", "checkout_started").build())
				.block(TIMEOUT))
			.satisfies((ex) -> assertThat(ex).isNotInstanceOf(TalonTimeoutException.class))
			.withMessageStartingWith("Talon.One trackEvent failed: ");
	}

	@Test
	void noAnswerWithinTheReadTimeoutIsATimeout() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)
			.withFixedDelay(2000)));
		TalonIntegrationClient client = client(TalonCredentials.apiKey(TalonFixtures.API_KEY), WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(Duration.ofMillis(200)))));

		assertThatExceptionOfType(TalonTimeoutException.class)
			.isThrownBy(() -> client.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
				.block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.getBound()).isEqualTo(TalonTimeoutException.Bound.READ);
				assertThat(ex.isRequestSent()).isTrue();
				assertThat(ex.getElapsed()).isBetween(Duration.ofMillis(200), Duration.ofMillis(1900));
			})
			.withMessageStartingWith(
					"Talon.One updateCustomerSession timed out: received no answer within the read timeout");
	}

	@Test
	void eachSubscriptionSendsTheRequestAgainWithTheSameBytes() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		var call = client(TalonCredentials.contentSignature(TalonFixtures.APPLICATION_ID, TalonFixtures.APPLICATION_KEY))
			.updateCustomerSession("cart-1", TalonFixtures.fullSession());

		assertThat(talon.getAllServeEvents()).isEmpty();
		call.block(TIMEOUT);
		call.block(TIMEOUT);

		// two calls (a loaded machine may add a retry of an attempt whose pooled connection broke: it is the same)
		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSizeGreaterThanOrEqualTo(2);
		assertThat(requests).allSatisfy((request) -> {
			assertThat(request.getBody()).isEqualTo(requests.get(0).getBody());
			assertThat(request.getHeader("Content-Signature"))
				.isEqualTo(requests.get(0).getHeader("Content-Signature"));
		});
	}

	private static TalonResponseException catchResponseException(reactor.core.publisher.Mono<?> call) {
		try {
			call.block(TIMEOUT);
		}
		catch (TalonResponseException ex) {
			return ex;
		}
		throw new AssertionError("expected a TalonResponseException");
	}

	private static byte[] decodeHex(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
		}
		return bytes;
	}

	private static String toHex(byte[] bytes) {
		return IntStream.range(0, bytes.length)
			.mapToObj((i) -> String.format("%02x", bytes[i]))
			.collect(Collectors.joining());
	}

}
