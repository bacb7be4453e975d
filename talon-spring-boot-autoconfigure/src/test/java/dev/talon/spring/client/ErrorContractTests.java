package dev.talon.spring.client;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The error contract: an argument that cannot be sent as it is (an id a proxy would reinterpret, a value that cannot
 * be written as JSON) is an {@link IllegalArgumentException} thrown by the method before any request; everything
 * else arrives in the {@code Mono} as a {@link TalonException}, with what the server said read correctly (a
 * {@code Retry-After} in any form RFC 9110 requires, a body in its declared charset) and without secrets.
 */
class ErrorContractTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static WebClientTalonIntegrationClient client() {
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector()), URI.create(talon.baseUrl()),
					TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.retry(new TalonRetrySettings(true, 3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(2),
					false))
			.build();
	}

	// Ids a server or proxy would reinterpret

	@ParameterizedTest
	@ValueSource(strings = { ".", ".." })
	void dotSegmentIdsAreRefusedBeforeAnyRequest(String id) {
		WebClientTalonIntegrationClient client = client();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerSession(id, NewCustomerSession.builder().build()))
			.withMessageStartingWith("customerSessionId must not be '" + id + "': a proxy or server would remove "
					+ "this dot-segment from the path (RFC 3986 section 5.2.4)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerProfile(id, NewCustomerProfile.of(Map.of())))
			.withMessageStartingWith("integrationId must not be '" + id + "'");
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "...", "....", ".a", "a.", "%2E", "%2e", "%2E%2E", ".%2E", "%2E.", "a/..", "../a",
			"./.", "%252E%252E" })
	void idsThatAreNotDotSegmentsAreSentAsOneSegmentThatDecodesToThemselves(String id) {
		talon.stubFor(any(anyUrl()).willReturn(ok()));
		WebClientTalonIntegrationClient client = client();

		client.updateCustomerSession(id, NewCustomerSession.builder().build()).block(TIMEOUT);
		client.updateCustomerProfile(id, NewCustomerProfile.of(Map.of())).block(TIMEOUT);

		for (LoggedRequest request : talon.findAll(anyRequestedFor(anyUrl()))) {
			String path = URI.create(request.getUrl()).getRawPath();
			String[] segments = path.split("/");
			assertThat(segments).as(path).hasSize(4);
			String segment = segments[3];
			// no normaliser can take the segment for a dot-segment: a dot-segment is "." or ".." literally, and
			// every '%' of the id is itself encoded, so decoding it once gives the id, not dots
			assertThat(segment).isNotIn(".", "..", "%2E", "%2e", "%2E%2E", "%2e%2e", ".%2E", "%2E.");
			assertThat(UriUtils.decode(segment, StandardCharsets.UTF_8)).isEqualTo(id);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", ".." })
	void dotSegmentIdsAreRefusedBeforeAnyRequestOnEveryPathOfTodaysApi(String id) {
		WebClientTalonIntegrationClient client = client();

		TalonV2Requests.callsWithPathId().forEach((operation, call) -> assertThatIllegalArgumentException()
			.as(operation.operationName())
			.isThrownBy(() -> call.apply(client, id))
			.withMessageStartingWith(call.parameter() + " must not be '" + id
					+ "': a proxy or server would remove this dot-segment from the path (RFC 3986 section 5.2.4)"));
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "...", ".a", "%2E", "%2e%2E", ".%2E", "a/..", "../a", "%252E%252E" })
	void idsThatAreNotDotSegmentsAreSentAsOneSegmentOnEveryPathOfTodaysApi(String id) {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonV2Answers.minimal("IntegrationStateV2"))));
		WebClientTalonIntegrationClient client = client();

		Map<TalonOperation, TalonV2Requests.PathIdCall> calls = new LinkedHashMap<>(TalonV2Requests.callsWithPathId());
		// a loyalty card id has 4 to 108 characters (the spec's minLength and maxLength of loyaltyCardId)
		calls.values().removeIf((call) -> call.parameter().equals("loyaltyCardId") && id.length() < 4);
		calls.values().forEach((call) -> call.apply(client, id).block(TIMEOUT));

		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(calls.size());
		int i = 0;
		for (Map.Entry<TalonOperation, TalonV2Requests.PathIdCall> call : calls.entrySet()) {
			String segment = TalonV2Requests.pathSegment(call.getKey(), call.getValue().parameter(),
					URI.create(requests.get(i++).getUrl()).getRawPath());
			assertThat(segment).as(call.getKey().operationName())
				.isNotIn(".", "..", "%2E", "%2e", "%2E%2E", "%2e%2e", ".%2E", "%2E.");
			assertThat(UriUtils.decode(segment, StandardCharsets.UTF_8)).isEqualTo(id);
		}
	}

	@Test
	void loyaltyCardIdsOutsideTheirLengthsAreRefusedBeforeAnyRequest() {
		WebClientTalonIntegrationClient client = client();

		for (String id : List.of("c42", "x".repeat(109))) {
			TalonV2Requests.callsWithPathId().forEach((operation, call) -> {
				if (call.parameter().equals("loyaltyCardId")) {
					assertThatIllegalArgumentException().as(operation.operationName())
						.isThrownBy(() -> call.apply(client, id))
						.withMessage("loyaltyCardId must have 4 to 108 characters but had " + id.length());
				}
			});
		}
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	/**
	 * Numeric path ids (a loyalty program's, an audience's, a catalog's, an achievement's) must be positive: zero and
	 * negative ids are refused before any request; the greatest one is sent as its digits, in its own segment.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 0, -1, Long.MIN_VALUE })
	void numericPathIdsThatAreNotPositiveAreRefusedBeforeAnyRequest(long id) {
		WebClientTalonIntegrationClient client = client();

		for (TalonV2Requests.NumericIdCall call : TalonV2Requests.callsWithNumericPathId()) {
			assertThatIllegalArgumentException().as(call.toString())
				.isThrownBy(() -> call.call().apply(client, id))
				.withMessage(call.parameter() + " must be positive but was " + id);
		}
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@Test
	void theGreatestNumericPathIdIsSentAsItsDigitsInItsSegment() {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{}")));
		WebClientTalonIntegrationClient client = client();
		List<TalonV2Requests.NumericIdCall> calls = TalonV2Requests.callsWithNumericPathId();

		calls.forEach((call) -> call.call().apply(client, Long.MAX_VALUE).onErrorResume((ex) -> Mono.empty())
			.block(TIMEOUT));

		List<LoggedRequest> requests = talon.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(calls.size());
		for (int i = 0; i < calls.size(); i++) {
			TalonV2Requests.NumericIdCall call = calls.get(i);
			assertThat(TalonV2Requests.pathSegment(call.operation(), call.parameter(),
					URI.create(requests.get(i).getUrl()).getRawPath())).as(call.toString())
				.isEqualTo(Long.toString(Long.MAX_VALUE));
		}
	}

	// Values that cannot be written

	@Test
	void anAttributeWhoseGetterThrowsIsTheCallersBadArgument() {
		Map<String, Object> attributes = Map.of("shipping", new Object() {
			@SuppressWarnings("unused")
			public String getCity() {
				throw new IllegalStateException("no city yet");
			}
		});
		WebClientTalonIntegrationClient client = client();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerSession("cart-1",
					NewCustomerSession.builder().attributes(attributes).build()))
			.withMessageStartingWith("session.attributes.shipping")
			.withMessageContaining("cannot be written as JSON")
			.withMessageContaining("no city yet");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerProfile("customer-1", NewCustomerProfile.of(attributes)))
			.withMessageStartingWith("profile.attributes.shipping");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.trackEvent(NewEvent.builder("cart-1", "viewed").attributes(attributes).build()))
			.withMessageStartingWith("event.attributes.shipping");
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@Test
	void aDecimalTooLargeToWriteIsTheCallersBadArgument() {
		WebClientTalonIntegrationClient client = client();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.updateCustomerSession("cart-1",
					NewCustomerSession.builder().total(new BigDecimal("1E+10000")).build()))
			.withMessageStartingWith("session")
			.withMessageContaining("cannot be written as JSON")
			.satisfies((ex) -> assertThat(ex.getCause()).isNotNull());
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	// What the server says, read correctly

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "120 | 120", "Mon, 30 Nov 2026 18:21:26 GMT | 120",
			"Monday, 30-Nov-26 18:21:26 GMT | 120", "Mon Nov 30 18:21:26 2026 | 120",
			"Mon Nov  1 18:21:26 2026 | 0", "monday, 30-nov-26 18:21:26 gmt | 120", "Sunday, 06-Nov-94 08:49:37 GMT | 0",
			"Thursday, 01-Jan-76 00:00:00 GMT | 31536000" })
	void retryAfterIsReadInEveryFormRfc9110Requires(String header, long seconds) {
		Instant now = Instant.parse("2026-11-30T18:19:26Z");
		assertThat(TalonErrors.parseRetryAfter(header, now)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "-5", "30-Nov-26 18:21:26", "Mon, 30 Nov 2026", "" })
	void anInvalidRetryAfterIsIgnored(String header) {
		assertThat(TalonErrors.parseRetryAfter(header, Instant.now())).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "RFC 850", "asctime" })
	void aServiceUnavailableWithAnObsoleteRetryAfterDateIsRetried(String form) {
		// a date one second ago: the wait is zero, and the 503 is retried as announced
		Instant past = Instant.now().minusSeconds(1);
		String header = form.equals("RFC 850")
				? java.time.format.DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH)
					.withZone(java.time.ZoneOffset.UTC)
					.format(past)
				: java.time.format.DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", java.util.Locale.ENGLISH)
					.withZone(java.time.ZoneOffset.UTC)
					.format(past);
		talon.stubFor(put("/v1/customer_sessions/cart-1").inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", header))
			.willSetStateTo("ready"));
		talon.stubFor(put("/v1/customer_sessions/cart-1").inScenario("busy")
			.whenScenarioStateIs("ready")
			.willReturn(ok()));

		IntegrationState state = client().updateCustomerSession("cart-1", NewCustomerSession.builder().build())
			.block(TIMEOUT);

		assertThat(state).isNotNull();
		assertThat(talon.getAllServeEvents()).hasSize(2);
	}

	@Test
	void anErrorThatEchoesTheApiKeyInItsSourceNeverShowsIt() {
		String key = TalonFixtures.API_KEY;
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"message": "Unauthorized - Invalid API key", "errors": [
					  {"title": "invalid API key", "source": {"parameter": "Authorization: ApiKey-v1 %1$s"}},
					  {"title": "invalid", "source": {"pointer": "/%1$s", "resource": "keys/%1$s", "line": 3}}]}
					""".formatted(key))));

		TalonAuthenticationException ex = failure(
				client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()),
				TalonAuthenticationException.class);

		assertThat(ex.getMessage()).doesNotContain(key).contains("parameter Authorization: ApiKey-v1 ******");
		assertThat(String.valueOf(ex.getErrorResponse())).doesNotContain(key);
		assertThat(ex.getErrorResponse()).hasValueSatisfying((error) -> {
			assertThat(error.errors().get(1).source().resource()).isEqualTo("keys/******");
			assertThat(error.errors().get(1).source().line()).isEqualTo(3L);
		});
	}

	@Test
	void anAnswerInADeclaredLatin1CharsetIsDecodedWithIt() {
		String json = TalonFixtures.INTEGRATION_STATE.replace("\"roast\": \"dark\"", "\"roast\": \"Café crème\"");
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json; charset=ISO-8859-1")
			.withBody(json.getBytes(StandardCharsets.ISO_8859_1))));

		IntegrationState state = client().updateCustomerSession("cart-1", NewCustomerSession.builder().build())
			.block(TIMEOUT);

		assertThat(state.session().cartItems().get(0).attributes()).containsEntry("roast", "Café crème");
	}

	@Test
	void anErrorInADeclaredLatin1CharsetIsDecodedWithIt() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "text/plain; charset=ISO-8859-1")
			.withBody("Paramètre invalide: façade".getBytes(StandardCharsets.ISO_8859_1))));

		TalonClientErrorException ex = failure(
				client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()),
				TalonClientErrorException.class);

		assertThat(ex.getBodyExcerpt()).hasValue("Paramètre invalide: façade");
	}

	// Faults found by an evaluation of the starter from the README (each failed before its fix)

	@Test
	void anAdvancedEventWhoseIdIsADotSegmentIsRefusedBeforeAnyRequest() {
		// its id is a path id of getEventV3, which reads it back after a lost answer
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client().trackEventV3(
					dev.talon.spring.client.model.v2.IntegrationEventV3Request.builder("..", "customer-7", "review")
						.build()))
			.withMessageStartingWith("event.integrationId must not be '..'");
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json; charset=bogus", "text", "application/json; charset=\"", ";;" })
	void aMalformedContentTypeNeitherHidesTheStatusNorTheBody(String contentType) {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", contentType)
			.withBody("{\"message\": \"Unauthorized - Invalid API key\"}")));
		talon.stubFor(put("/v1/customer_sessions/cart-2").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", contentType)
			.withBody(TalonFixtures.INTEGRATION_STATE)));

		TalonAuthenticationException ex = failure(
				client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()),
				TalonAuthenticationException.class);

		assertThat(ex.getAttempts()).isEqualTo(1);
		assertThat(ex.getErrorResponse()).hasValueSatisfying(
				(error) -> assertThat(error.message()).isEqualTo("Unauthorized - Invalid API key"));
		assertThat(client().updateCustomerSession("cart-2", NewCustomerSession.builder().build()).block(TIMEOUT))
			.isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "99999999999999999", "9223372036854775807", "99999999999999999999999" })
	void aHugeRetryAfterFailsAtOnceAsARateLimit(String seconds) {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", seconds)));

		TalonRateLimitException ex = failure(
				client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()),
				TalonRateLimitException.class);

		assertThat(ex.getRetryAfter()).hasValue(TalonErrors.MAX_RETRY_AFTER);
		assertThat(talon.getAllServeEvents()).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "none" })
	void errorsInUtf16OrUtf32AreReadAndNeverShowTheKey(String charset) {
		String key = TalonFixtures.API_KEY;
		String json = "{\"message\": \"Invalid request\", \"errors\": [{\"title\": \"echo ApiKey-v1 " + key
				+ "\"}]}";
		java.nio.charset.Charset encoding = java.nio.charset.Charset
			.forName(charset.equals("none") ? "UTF-16LE" : charset);
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", charset.equals("none") ? "application/json" : "application/json; charset="
					+ charset)
			.withBody(json.getBytes(encoding))));
		String html = "<html>proxy error for Authorization: ApiKey-v1 " + key + "</html>";
		talon.stubFor(put("/v1/customer_sessions/cart-2").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "text/html; charset=UTF-16")
			.withBody(html.getBytes(StandardCharsets.UTF_16))));

		TalonClientErrorException parsed = failure(
				client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()),
				TalonClientErrorException.class);
		TalonClientErrorException excerpted = failure(
				client().updateCustomerSession("cart-2", NewCustomerSession.builder().build()),
				TalonClientErrorException.class);

		assertThat(parsed.getErrorResponse()).hasValueSatisfying(
				(error) -> assertThat(error.message()).isEqualTo("Invalid request"));
		assertThat(parsed.getMessage()).doesNotContain(key).contains("echo ApiKey-v1 ******");
		assertThat(excerpted.getBodyExcerpt()).hasValue("<html>proxy error for Authorization: ApiKey-v1 ******</html>");
		assertThat(excerpted.getMessage()).doesNotContain(key);
	}

	@Test
	void aKeyEchoedInAnotherCaseIsRedactedToo() {
		String shouted = TalonFixtures.API_KEY.toUpperCase(java.util.Locale.ROOT);
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/plain")
			.withBody("BAD GATEWAY: AUTHORIZATION: APIKEY-V1 " + shouted)));

		TalonServerErrorException ex = failure(
				client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()),
				TalonServerErrorException.class);

		assertThat(ex.getMessage()).doesNotContain(shouted).doesNotContainIgnoringCase(TalonFixtures.API_KEY);
	}

	@Test
	void attributesThatContainThemselvesAreTheCallersBadArgument() {
		Map<String, Object> cyclic = new java.util.HashMap<>();
		cyclic.put("self", cyclic);
		List<Object> list = new java.util.ArrayList<>();
		list.add(list);

		assertThatIllegalArgumentException().isThrownBy(() -> client().updateCustomerSession("cart-1",
				NewCustomerSession.builder().attributes(Map.of("m", cyclic)).build()))
			.withMessageStartingWith("session")
			.withMessageContaining("cannot be written as JSON");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dev.talon.spring.client.model.v2.NewCustomerSessionV2.builder()
				.attribute("m", cyclic)
				.build())
			.withMessageContaining("attributes.m.self cannot be written as JSON: it contains itself");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> dev.talon.spring.client.model.v2.NewCustomerSessionV2.builder()
				.attribute("l", list)
				.build())
			.withMessageContaining("it contains itself");
		assertThat(talon.getAllServeEvents()).isEmpty();
	}

	@Test
	void nullElementsOfAnAnswerAreSkippedAndAbsurdDecimalsMakeItUnreadable() {
		talon.stubFor(put("/v2/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"effects\": [null, {\"campaignId\": 1, \"rulesetId\": 1, \"ruleIndex\": 0, "
					+ "\"ruleName\": \"r\", \"effectType\": \"setDiscount\", \"props\": {\"name\": \"10%\", "
					+ "\"value\": 5}}], \"createdCoupons\": [null], \"createdReferrals\": []}")));
		talon.stubFor(put("/v2/customer_sessions/cart-2").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"effects\": [{\"campaignId\": 1, \"rulesetId\": 1, \"ruleIndex\": 0, \"ruleName\": \"r\", "
					+ "\"effectType\": \"setDiscount\", \"props\": {\"name\": \"huge\", \"value\": 1E+999999999}}], "
					+ "\"createdCoupons\": [], \"createdReferrals\": []}")));
		dev.talon.spring.client.model.v2.IntegrationRequest request = dev.talon.spring.client.model.v2.IntegrationRequest
			.of(dev.talon.spring.client.model.v2.NewCustomerSessionV2.builder().build());

		dev.talon.spring.client.model.v2.IntegrationStateV2 state = client().updateCustomerSessionV2("cart-1", request)
			.block(TIMEOUT);

		assertThat(state.effects()).hasSize(1);
		assertThat(state.createdCoupons()).isEmpty();
		assertThat(state.discounts()).containsEntry("10%", new BigDecimal("5"));
		// a value no discount has: a known effect whose props cannot be read is kept, untyped
		dev.talon.spring.client.model.v2.IntegrationStateV2 huge = client()
			.updateCustomerSessionV2("cart-2", request)
			.block(TIMEOUT);
		assertThat(huge.discounts()).isEmpty();
		assertThat(huge.effects()).singleElement().satisfies((effect) -> assertThat(effect.hasMalformedProps()).isTrue());
	}

	@Test
	void aServerErrorWithAHugeBodyIsStillAServerError() {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "text/html")
			.withBody("<html>" + "x".repeat(400_000) + "</html>")));

		TalonServerErrorException ex = failure(
				client().updateCustomerSession("cart-1", NewCustomerSession.builder().build()),
				TalonServerErrorException.class);

		assertThat(ex.getStatusCode()).isEqualTo(503);
		assertThat(ex.getAttempts()).isEqualTo(3);
		assertThat(ex.getBodyExcerpt()).hasValue("(a body larger than the codecs' in-memory limit)");
	}

	private static <T extends TalonException> T failure(Mono<?> call, Class<T> type) {
		T failure = catchThrowableOfType(type, () -> call.block(TIMEOUT));
		assertThat(failure).as("a " + type.getSimpleName()).isNotNull();
		return failure;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE);
	}

}
