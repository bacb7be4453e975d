package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.talon.spring.client.model.CustomerProfileSearch;
import dev.talon.spring.client.model.CustomerProfileSearchResult;
import dev.talon.spring.client.model.IntegrationState;
import dev.talon.spring.client.model.NewCustomerProfile;
import dev.talon.spring.client.model.NewCustomerSession;
import dev.talon.spring.client.model.NewEvent;
import dev.talon.spring.client.model.NewReferral;
import dev.talon.spring.client.model.Referral;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The {@link TalonIntegrationClient} on Spring's {@link WebClient}. Each request body is serialised once, signed (when
 * the credentials need the body) and sent as exactly those bytes; the answer is read as bytes and mapped with
 * Talon.One's wire format ({@link TalonJson}), so that every failure can be reported as a {@link TalonException}.
 * Path ids are expanded as URI template variables: each id is exactly one encoded path segment, and the request's
 * URI template (for example {@code /v1/customer_sessions/{customerSessionId}}) is what observations record.
 * <p>
 * Timeouts of the connection belong to the {@link WebClient.Builder}'s connector; the Spring Boot auto-configuration
 * sets them from {@code talon.connect-timeout} and {@code talon.read-timeout}.
 */
public class WebClientTalonIntegrationClient implements TalonIntegrationClient {

	private static final byte[] NO_BODY = new byte[0];

	private final WebClient webClient;

	private final TalonCredentials credentials;

	private final JsonMapper json;

	private final TalonErrors errors;

	/**
	 * Creates a client with Talon.One's wire format ({@link TalonJson#mapper()}).
	 * @param webClientBuilder the builder to build the {@link WebClient} from (it is not modified)
	 * @param baseUrl the Talon.One base URL, such as {@code https://mycompany.europe-west1.talon.one}
	 * @param credentials how requests authenticate
	 */
	public WebClientTalonIntegrationClient(WebClient.Builder webClientBuilder, URI baseUrl,
			TalonCredentials credentials) {
		this(webClientBuilder, baseUrl, credentials, TalonJson.mapper());
	}

	/**
	 * Creates a client.
	 * @param webClientBuilder the builder to build the {@link WebClient} from (it is not modified)
	 * @param baseUrl the Talon.One base URL: absolute, {@code http} or {@code https}
	 * @param credentials how requests authenticate
	 * @param json the mapper for request and response bodies
	 * @throws IllegalArgumentException when an argument is missing or the base URL is not an absolute HTTP URL
	 */
	public WebClientTalonIntegrationClient(WebClient.Builder webClientBuilder, URI baseUrl,
			TalonCredentials credentials, JsonMapper json) {
		requireArgument(webClientBuilder, "webClientBuilder");
		requireArgument(credentials, "credentials");
		requireArgument(json, "json");
		this.credentials = credentials;
		this.json = json;
		this.errors = new TalonErrors(json, credentials);
		DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(checkBaseUrl(baseUrl));
		// Strict encoding of template variables: '/', '?', '#', '%', '+' in an id stay inside its one path segment.
		uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		this.webClient = webClientBuilder.clone().uriBuilderFactory(uris).build();
	}

	/**
	 * Checks that a base URL is an absolute {@code http} or {@code https} URL with a host, and removes a trailing
	 * slash.
	 * @param baseUrl the base URL
	 * @return the base URL as text without trailing slash
	 * @throws IllegalArgumentException when it is not such a URL
	 */
	public static String checkBaseUrl(URI baseUrl) {
		requireArgument(baseUrl, "baseUrl");
		String scheme = baseUrl.getScheme();
		if (!baseUrl.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
				|| baseUrl.getHost() == null) {
			throw new IllegalArgumentException(
					"baseUrl must be an absolute http or https URL such as https://mycompany.talon.one but was '"
							+ ((baseUrl.getRawUserInfo() != null) ? "(a URL with user info)" : baseUrl) + "'");
		}
		if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
			throw new IllegalArgumentException(
					"baseUrl must not contain user info, a query or a fragment but was '" + baseUrl.getScheme()
							+ "://" + baseUrl.getHost() + "...'");
		}
		String text = baseUrl.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	@Override
	public Mono<Referral> createReferral(NewReferral referral) {
		requireArgument(referral, "referral");
		return exchange(TalonOperation.CREATE_REFERRAL, referral, Referral.class);
	}

	@Override
	public Mono<CustomerProfileSearchResult> getCustomerProfilesByAttributes(CustomerProfileSearch search) {
		requireArgument(search, "search");
		return exchange(TalonOperation.GET_CUSTOMER_PROFILES_BY_ATTRIBUTES, search,
				CustomerProfileSearchResult.class);
	}

	@Override
	public Mono<IntegrationState> trackEvent(NewEvent event) {
		requireArgument(event, "event");
		return exchange(TalonOperation.TRACK_EVENT, event, IntegrationState.class);
	}

	@Override
	public Mono<IntegrationState> updateCustomerProfile(String integrationId, NewCustomerProfile profile) {
		requireId(integrationId, "integrationId");
		requireArgument(profile, "profile");
		return exchange(TalonOperation.UPDATE_CUSTOMER_PROFILE, profile, IntegrationState.class, integrationId);
	}

	@Override
	public Mono<IntegrationState> updateCustomerSession(String customerSessionId, NewCustomerSession session) {
		requireId(customerSessionId, "customerSessionId");
		requireArgument(session, "session");
		return exchange(TalonOperation.UPDATE_CUSTOMER_SESSION, session, IntegrationState.class, customerSessionId);
	}

	private <T> Mono<T> exchange(TalonOperation operation, Object body, Class<T> responseType, Object... pathIds) {
		byte[] bytes = this.json.writeValueAsBytes(body);
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return this.webClient.method(operation.method())
				.uri(operation.pathTemplate(), pathIds)
				.headers((headers) -> prepare(headers, bytes))
				.bodyValue(bytes)
				.exchangeToMono((response) -> read(operation, response, responseType))
				.onErrorMap((ex) -> !(ex instanceof TalonException), (ex) -> this.errors.forTransportFailure(operation,
						ex, Duration.ofNanos(System.nanoTime() - start)));
		});
	}

	private void prepare(HttpHeaders headers, byte[] body) {
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		this.credentials.authenticate(headers, body);
	}

	private <T> Mono<T> read(TalonOperation operation, ClientResponse response, Class<T> responseType) {
		int status = response.statusCode().value();
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(NO_BODY)
			.onErrorMap(DataBufferLimitException.class, (ex) -> new TalonInvalidResponseException(operation,
					"Talon.One " + operation.operationName() + " answered HTTP " + status
							+ " with a body larger than the codecs' in-memory limit; raise "
							+ "spring.http.codecs.max-in-memory-size",
					status, null, ex))
			.map((body) -> {
				if (!response.statusCode().is2xxSuccessful()) {
					throw this.errors.forStatus(operation, status, body);
				}
				return parse(operation, status, body, responseType);
			});
	}

	private <T> T parse(TalonOperation operation, int status, byte[] body, Class<T> responseType) {
		if (body.length == 0) {
			throw this.errors.forUnreadableBody(operation, status, responseType, body, null);
		}
		try {
			T value = this.json.readValue(body, responseType);
			if (value == null) {
				throw this.errors.forUnreadableBody(operation, status, responseType, body, null);
			}
			return value;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw this.errors.forUnreadableBody(operation, status, responseType, body, ex);
		}
	}

	private static void requireId(String id, String name) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
	}

	private static void requireArgument(Object argument, String name) {
		if (argument == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
	}

	@Override
	public String toString() {
		return "WebClientTalonIntegrationClient[credentials=" + this.credentials + "]";
	}

}
