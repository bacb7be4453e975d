package dev.talon.spring.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.talon.spring.client.model.v1.CartItem;
import dev.talon.spring.client.model.v1.CustomerProfileSearch;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.NewCustomerProfile;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v1.NewEvent;
import dev.talon.spring.client.model.v2.NewReferral;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Neither an API key nor an application key ever shows up in what a failed call leaves behind: the DEBUG logs of the
 * client, of Spring's WebClient and codecs and of Reactor Netty, the exception (message, {@code toString()}, body
 * excerpt, full stack trace with causes and suppressed exceptions) and the {@code toString()} of the credentials and
 * of the client. A proxy's error page that echoes the key is redacted.
 * <p>
 * Every operation is checked: the v1 ones with both schemes, today's (v2) ones with the API key, the only scheme their
 * spec declares. Only client-side loggers are captured: WireMock's server-side logs see the request headers, as any
 * server does.
 */
class SecretsNotLoggedTests {

	private static final String API_KEY = "test-api-key-5f1e2d3c4b5a";

	private static final String APPLICATION_ID = "42";

	private static final String APPLICATION_KEY = "00112233445566778899aabbccddeeff";

	/** The length from which a part of a secret counts as revealing it. */
	private static final int REVEALING_FRAGMENT = 10;

	private static final String UNAUTHORIZED_BODY = "{\"message\":\"Unauthorized - Invalid API key\",\"errors\":[]}";

	/** The loggers set to DEBUG; the capturing appender is attached to those without a listed ancestor. */
	private static final List<String> DEBUG_LOGGERS = List.of("dev.talon.spring", "reactor.netty", "io.netty",
			"org.springframework.web.reactive.function.client", "org.springframework.web", "org.springframework.http",
			"org.springframework.core.codec");

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private LogCapture logs;

	@BeforeEach
	void captureLogs() {
		this.logs = LogCapture.start(DEBUG_LOGGERS);
	}

	@AfterEach
	void restoreLogging() {
		this.logs.close();
	}

	static Stream<Arguments> schemesAndOperations() {
		List<Arguments> arguments = new ArrayList<>();
		for (Named<Scheme> scheme : schemes()) {
			for (Named<Function<TalonIntegrationClient, Mono<?>>> operation : v1Operations()) {
				arguments.add(Arguments.of(scheme, operation));
			}
		}
		// today's API authenticates with the API key only (its operations declare api_key_v1)
		for (Named<Function<TalonIntegrationClient, Mono<?>>> operation : v2Operations()) {
			arguments.add(Arguments.of(schemes().get(0), operation));
		}
		return arguments.stream();
	}

	private static List<Named<Scheme>> schemes() {
		return List.of(Named.of("API key", apiKeyScheme()), Named.of("content signature", signatureScheme()));
	}

	private static Scheme apiKeyScheme() {
		return new Scheme(TalonCredentials.apiKey(API_KEY), API_KEY);
	}

	private static Scheme signatureScheme() {
		return new Scheme(TalonCredentials.contentSignature(APPLICATION_ID, APPLICATION_KEY), APPLICATION_KEY);
	}

	private static List<Named<Function<TalonIntegrationClient, Mono<?>>>> v2Operations() {
		List<Named<Function<TalonIntegrationClient, Mono<?>>>> operations = new ArrayList<>();
		// a return with its Idempotency-Key among them (not a secret, but sent as a header)
		TalonV2Requests.calls().forEach((operation, call) -> {
			if (operation != TalonOperation.CREATE_REFERRAL) {
				operations.add(Named.of(operation.operationName(), call));
			}
		});
		return operations;
	}

	private static List<Named<Function<TalonIntegrationClient, Mono<?>>>> v1Operations() {
		return List.of(
				Named.of("updateCustomerSession", (client) -> client.updateCustomerSession("cart-0001",
						NewCustomerSession.builder()
							.profileId("customer-0001")
							.state(CustomerSessionState.OPEN)
							.addCartItem(CartItem.builder("sku-1", "Shirt", 2, new BigDecimal("19.99")).build())
							.total(new BigDecimal("39.98"))
							.build())),
				Named.of("trackEvent", (client) -> client.trackEvent(
						NewEvent.builder("session-0001", "product_viewed").profileId("customer-0001").build())),
				Named.of("updateCustomerProfile", (client) -> client.updateCustomerProfile("customer-0001",
						NewCustomerProfile.of(Map.of("name", "Ada")))),
				Named.of("getCustomerProfilesByAttributes", (client) -> client.getCustomerProfilesByAttributes(
						CustomerProfileSearch.byAttributes(Map.of("email", "ada@example.com")))),
				Named.of("createReferral",
						(client) -> client.createReferral(NewReferral.builder(7, "customer-0001").build())));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("schemesAndOperations")
	void rejectedCredentialsLeaveNoSecretBehind(Scheme scheme, Function<TalonIntegrationClient, Mono<?>> operation) {
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(UNAUTHORIZED_BODY)));
		TalonIntegrationClient client = client(scheme.credentials());

		Throwable failure = catchThrowable(() -> operation.apply(client).block(Duration.ofSeconds(10)));

		assertThat(failure).isInstanceOf(TalonAuthenticationException.class);
		TalonAuthenticationException exception = (TalonAuthenticationException) failure;
		assertThat(exception.getStatusCode()).isEqualTo(401);
		assertThat(exception.getMessage()).contains("401").contains("Unauthorized - Invalid API key");
		assertThat(exception.getErrorResponse()).isPresent();

		// The secret really was in play: the request carried the credentials.
		String authenticationHeader = authenticationHeaderSent(scheme);

		String log = this.logs.awaitQuietText();
		assertThat(log).as("captured DEBUG log").isNotBlank();
		assertThat(this.logs.loggerNames()).as("loggers that logged the exchange")
			.anyMatch((name) -> name.startsWith("reactor.netty"))
			.anyMatch((name) -> name.startsWith("org.springframework.web.reactive.function.client"));
		assertThat(log).as("captured DEBUG log mentions the answer").contains("Response 401");

		assertNoSecret(scheme, "captured log", log);
		assertThat(log).as("captured log does not contain the authentication header's value")
			.doesNotContain(authenticationHeader);
		assertNoSecretIn(scheme, exception, client);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("echoingErrorPages")
	void errorPageEchoingTheSecretIsRedacted(String description, Scheme scheme, int status, String contentType,
			String body) {
		assertEchoIsRedacted(scheme, status, contentType, body);
	}

	static Stream<Arguments> echoingErrorPages() {
		String page = """
				<html>
				<head><title>502 Bad Gateway</title></head>
				<body>
				<p>Upstream rejected the request. Authorization: ApiKey-v1 %s</p>
				<center><h1>502 Bad Gateway</h1></center>
				<hr><center>nginx</center>
				</body>
				</html>
				""";
		return Stream.of(
				Arguments.of("HTML 502 echoing the API key", apiKeyScheme(), 502, "text/html", page.formatted(API_KEY)),
				Arguments.of("JSON 502 whose message echoes the API key", apiKeyScheme(), 502, "application/json",
						"{\"message\":\"Bad Gateway: upstream rejected ApiKey-v1 " + API_KEY + "\",\"errors\":[]}"),
				Arguments.of("HTML 502 echoing the application key", signatureScheme(), 502, "text/html",
						page.formatted(APPLICATION_KEY)),
				Arguments.of("HTML 502 echoing the application key in upper case", signatureScheme(), 502, "text/html",
						page.formatted(APPLICATION_KEY.toUpperCase(Locale.ROOT))));
	}

	/**
	 * Echoes that straddle the excerpt's cut, come in mixed case or are quoted by the JSON parser's message: none may
	 * reveal a secret, not even in part.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("knownLeakingEchoes")
	void echoedSecretIsRevealedNeitherPartlyNorInAnotherCase(String description, Scheme scheme, int status,
			String contentType, String body) {
		assertEchoIsRedacted(scheme, status, contentType, body);
	}

	static Stream<Arguments> knownLeakingEchoes() {
		return Stream.of(
				Arguments.of("HTML 502 with the API key straddling the excerpt's cut", apiKeyScheme(), 502,
						"text/html", straddlingPage(API_KEY)),
				Arguments.of("HTML 502 with the application key straddling the excerpt's cut", signatureScheme(), 502,
						"text/html", straddlingPage(APPLICATION_KEY)),
				Arguments.of("HTML 502 echoing the application key in mixed case", signatureScheme(), 502,
						"text/html", "<html><body><h1>502 Bad Gateway</h1><p>key 00112233445566778899AaBbCcDdEeFf</p>"
								+ "</body></html>"),
				Arguments.of("2xx body whose wrongly typed field echoes the API key", apiKeyScheme(), 200,
						"application/json", "{\"session\":{\"applicationId\":\"Bad Gateway " + API_KEY + "\"}}"));
	}

	/**
	 * A proxy page where the secret starts 15 characters before the excerpt is cut: single spaces only, so that the
	 * excerpt's white-space collapsing does not move it.
	 */
	private static String straddlingPage(String secret) {
		String head = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>";
		String header = "Upstream rejected Authorization: ApiKey-v1 ";
		int secretStart = TalonErrors.MAX_EXCERPT - 15;
		String padding = "<!--" + "-".repeat(secretStart - head.length() - header.length() - 7) + "-->";
		String page = head + padding + header + secret + "</p><hr><center>nginx</center></body></html>";
		assertThat(page.indexOf(secret)).isEqualTo(secretStart);
		assertThat(page).doesNotContain("  ").doesNotContain("\n");
		return page;
	}

	private void assertEchoIsRedacted(Scheme scheme, int status, String contentType, String body) {
		assertThat(body).as("the page echoes the secret").containsIgnoringCase(scheme.secret());
		wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", contentType)
			.withBody(body)));
		TalonIntegrationClient client = client(scheme.credentials());

		Throwable failure = catchThrowable(() -> client
			.updateCustomerSession("cart-0001", NewCustomerSession.builder().profileId("customer-0001").build())
			.block(Duration.ofSeconds(10)));

		assertThat(failure).isInstanceOf(TalonResponseException.class);
		TalonResponseException exception = (TalonResponseException) failure;
		assertThat(exception.getStatusCode()).isEqualTo(status);
		// The part of the body around the secret made it into the message, with the secret replaced.
		assertThat(exception.getMessage()).contains("Bad Gateway").contains("******");
		if (exception.getErrorResponse().isEmpty()) {
			assertThat(exception.getBodyExcerpt()).hasValueSatisfying((excerpt) -> {
				assertThat(excerpt).contains("******");
				assertNoSecret(scheme, "body excerpt", excerpt);
			});
		}
		authenticationHeaderSent(scheme);
		assertNoSecretIn(scheme, exception, client);
		assertNoSecret(scheme, "captured log", this.logs.awaitQuietText());
	}

	// ---------------------------------------------------------------------------------------------------------
	// Helpers
	// ---------------------------------------------------------------------------------------------------------

	private static TalonIntegrationClient client(TalonCredentials credentials) {
		return new WebClientTalonIntegrationClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector()),
				URI.create(wireMock.baseUrl()), credentials);
	}

	/**
	 * Checks that the server received the call (once, or more often when the client retries it) and that every
	 * request carried the credentials, and returns the value that authenticates them (the API key, or the HMAC
	 * signature of the body).
	 */
	private static String authenticationHeaderSent(Scheme scheme) {
		List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).as("requests received by the server").isNotEmpty();
		String value = null;
		for (LoggedRequest request : requests) {
			if (scheme.credentials() instanceof TalonCredentials.ApiKey) {
				assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey-v1 " + API_KEY);
				value = API_KEY;
			}
			else {
				value = hmacMd5Hex(APPLICATION_KEY, request.getBody());
				assertThat(request.getHeader("Content-Signature"))
					.isEqualTo("signer=" + APPLICATION_ID + "; signature=" + value);
			}
		}
		return value;
	}

	private static void assertNoSecretIn(Scheme scheme, TalonException exception, TalonIntegrationClient client) {
		assertNoSecret(scheme, "exception message", exception.getMessage());
		assertNoSecret(scheme, "exception toString()", exception.toString());
		assertNoSecret(scheme, "stack trace", stackTrace(exception));
		if (exception instanceof TalonResponseException response) {
			response.getBodyExcerpt().ifPresent((excerpt) -> assertNoSecret(scheme, "body excerpt", excerpt));
		}
		for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause();
				cause = cause.getCause()) {
			assertNoSecret(scheme, "cause " + cause.getClass().getName(), String.valueOf(cause.getMessage()));
		}
		assertNoSecret(scheme, "credentials toString()", scheme.credentials().toString());
		assertNoSecret(scheme, "client toString()", client.toString());
		assertThat(client.toString()).contains("******");
	}

	/**
	 * Checks that the text contains neither the secret nor any part of it of {@value #REVEALING_FRAGMENT} or more
	 * characters, ignoring case.
	 */
	private static void assertNoSecret(Scheme scheme, String where, String text) {
		String secret = scheme.secret();
		assertThat(text).as("%s must not contain the secret", where).doesNotContainIgnoringCase(secret);
		for (int i = 0; i + REVEALING_FRAGMENT <= secret.length(); i++) {
			assertThat(text).as("%s must not contain part of the secret", where)
				.doesNotContainIgnoringCase(secret.substring(i, i + REVEALING_FRAGMENT));
		}
	}

	private static String stackTrace(Throwable throwable) {
		StringWriter text = new StringWriter();
		throwable.printStackTrace(new PrintWriter(text, true));
		return text.toString();
	}

	private static String hmacMd5Hex(String hexKey, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacMD5");
			mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacMD5"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A credential scheme and the secret it must never reveal.
	 *
	 * @param credentials the credentials
	 * @param secret the secret
	 */
	record Scheme(TalonCredentials credentials, String secret) {

		@Override
		public String toString() {
			return this.credentials.getClass().getSimpleName();
		}

	}

}
