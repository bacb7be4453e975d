package dev.talon.spring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import dev.talon.spring.client.TalonClientListener;
import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonObservationConvention;
import dev.talon.spring.client.TalonRetrySettings;
import dev.talon.spring.client.WebClientTalonIntegrationClient;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the {@link TalonIntegrationClient}. The client is built from Spring Boot's auto-configured
 * {@link WebClient.Builder}, so the application's {@code WebClientCustomizer}s, codecs, SSL settings and HTTP client
 * observations apply; it gets a connector of its own with {@code talon.connect-timeout} (the rest of Boot's
 * {@code spring.http.clients.*} settings still apply), the client bounds each attempt by {@code talon.read-timeout},
 * then the {@link TalonWebClientCustomizer}
 * beans. The call timeout, retries and session-update coalescing come from {@code talon.timeout},
 * {@code talon.retry.*} and {@code talon.session-updates.*}; the application's {@link ObservationRegistry} (if any)
 * records each call as a {@code talon.client.requests} observation, named by a {@link TalonObservationConvention}
 * bean if there is one, and every {@link TalonClientListener} bean is told about retries and call ends. Misconfigured {@code talon.*} properties stop the application at startup with a message that names the
 * property to set.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ WebClient.class, ClientHttpConnectorBuilder.class })
@ConditionalOnBooleanProperty(name = "talon.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TalonProperties.class)
public final class TalonAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(TalonIntegrationClient.class)
	WebClientTalonIntegrationClient talonIntegrationClient(TalonProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<TalonWebClientCustomizer> customizers, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<TalonObservationConvention> observationConvention,
			ObjectProvider<TalonClientListener> listeners) {
		URI baseUrl = baseUrl(properties);
		TalonCredentials credentials = credentials(properties);
		Duration connectTimeout = positive(properties.getConnectTimeout(), "talon.connect-timeout");
		Duration readTimeout = positive(properties.getReadTimeout(), "talon.read-timeout");
		Duration timeout = positive(properties.getTimeout(), "talon.timeout");
		TalonRetrySettings retry = retrySettings(properties.getRetry());
		WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder);
		// talon.read-timeout bounds each attempt in the client (quietly, see WebClientTalonIntegrationClient);
		// the connector keeps Boot's spring.http.clients.read-timeout, if any
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withConnectTimeout(connectTimeout);
		builder.clientConnector(connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect).build(settings));
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		WebClientTalonIntegrationClient.Builder client = WebClientTalonIntegrationClient
			.builder(builder, baseUrl, credentials)
			.timeout(timeout)
			.readTimeout(readTimeout)
			.retry(retry)
			.coalesceSessionUpdates(properties.getSessionUpdates().isCoalesce())
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.observationConvention(observationConvention.getIfAvailable());
		listeners.orderedStream().forEach(client::listener);
		return client.build();
	}

	static TalonRetrySettings retrySettings(TalonProperties.Retry retry) {
		if (retry.getMaxAttempts() < 1) {
			throw new InvalidTalonPropertiesException("talon.retry.max-attempts",
					"talon.retry.max-attempts must be at least 1 but is " + retry.getMaxAttempts(),
					"Set talon.retry.max-attempts to 1 or more (1 makes a single attempt), or talon.retry.enabled=false.");
		}
		notNegative(retry.getInitialBackoff(), "talon.retry.initial-backoff");
		notNegative(retry.getMaxBackoff(), "talon.retry.max-backoff");
		notNegative(retry.getMaxRetryAfter(), "talon.retry.max-retry-after");
		if (retry.getMaxBackoff().compareTo(retry.getInitialBackoff()) < 0) {
			throw new InvalidTalonPropertiesException("talon.retry.max-backoff",
					"talon.retry.max-backoff (" + retry.getMaxBackoff() + ") is shorter than talon.retry.initial-backoff ("
							+ retry.getInitialBackoff() + ")",
					"Set talon.retry.max-backoff to at least talon.retry.initial-backoff.");
		}
		return new TalonRetrySettings(retry.isEnabled(), retry.getMaxAttempts(), retry.getInitialBackoff(),
				retry.getMaxBackoff(), retry.getMaxRetryAfter(), retry.isRetryNonIdempotent());
	}

	private static void notNegative(Duration duration, String property) {
		if (duration == null || duration.isNegative()) {
			throw new InvalidTalonPropertiesException(property, property + " must not be negative but is " + duration,
					"Set " + property + " to a duration of zero or more, such as 100ms.");
		}
	}

	static URI baseUrl(TalonProperties properties) {
		String value = properties.getBaseUrl();
		String action = "Set talon.base-url to the URL of your Talon.One deployment (the host of its Campaign "
				+ "Manager), such as https://mycompany.europe-west1.talon.one.";
		if (!StringUtils.hasText(value)) {
			throw new InvalidTalonPropertiesException("talon.base-url", "talon.base-url is not set", action);
		}
		try {
			URI uri = new URI(value.strip());
			WebClientTalonIntegrationClient.checkBaseUrl(uri);
			return uri;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new InvalidTalonPropertiesException("talon.base-url",
					"talon.base-url '" + (value.contains("@") ? "(a URL with user info)" : value)
							+ "' is not an absolute http or https URL without user info, query or fragment",
					action);
		}
	}

	static TalonCredentials credentials(TalonProperties properties) {
		boolean apiKey = StringUtils.hasText(properties.getApiKey());
		boolean applicationId = StringUtils.hasText(properties.getApplicationId());
		boolean applicationKey = StringUtils.hasText(properties.getApplicationKey());
		if (apiKey && (applicationId || applicationKey)) {
			throw new InvalidTalonPropertiesException("talon.api-key",
					"both talon.api-key and talon.application-id/talon.application-key are set",
					"Configure one scheme only: talon.api-key for 'Authorization: ApiKey-v1', or talon.application-id "
							+ "and talon.application-key for the v1-era Content-Signature.");
		}
		if (apiKey) {
			try {
				return TalonCredentials.apiKey(properties.getApiKey());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidTalonPropertiesException("talon.api-key", "talon.api-key is not a valid API key ("
						+ ex.getMessage() + ")", "Set talon.api-key to the key shown by Talon.One.");
			}
		}
		if (!applicationId && !applicationKey) {
			throw new InvalidTalonPropertiesException("talon.api-key", "no Talon.One credentials are set",
					"Set talon.api-key to an Integration API key of your Talon.One application (Settings > "
							+ "Integration API Keys), or set talon.application-id and talon.application-key for the "
							+ "v1-era Content-Signature.");
		}
		if (!applicationKey) {
			throw new InvalidTalonPropertiesException("talon.application-key",
					"talon.application-id is set but talon.application-key is not",
					"Set talon.application-key to the hexadecimal key of application " + properties.getApplicationId()
							+ ".");
		}
		if (!applicationId) {
			throw new InvalidTalonPropertiesException("talon.application-id",
					"talon.application-key is set but talon.application-id is not",
					"Set talon.application-id to the id of the Talon.One application the key belongs to.");
		}
		try {
			return TalonCredentials.contentSignature(properties.getApplicationId(), properties.getApplicationKey());
		}
		catch (IllegalArgumentException ex) {
			String property = ex.getMessage().startsWith("applicationId") ? "talon.application-id"
					: "talon.application-key";
			throw new InvalidTalonPropertiesException(property,
					property + " is not valid (" + ex.getMessage() + ")",
					"Set " + property + " to the value shown by Talon.One.");
		}
	}

	private static Duration positive(Duration duration, String property) {
		if (duration == null || duration.isZero() || duration.isNegative()) {
			throw new InvalidTalonPropertiesException(property, property + " must be positive but is " + duration,
					"Set " + property + " to a positive duration such as 2s.");
		}
		return duration;
	}

}
