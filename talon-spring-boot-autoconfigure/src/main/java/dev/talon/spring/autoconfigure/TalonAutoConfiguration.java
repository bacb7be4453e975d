package dev.talon.spring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.WebClientTalonIntegrationClient;

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
 * observations apply; it gets a connector of its own with {@code talon.connect-timeout} and {@code talon.read-timeout}
 * (the rest of Boot's {@code spring.http.clients.*} settings still apply), then the {@link TalonWebClientCustomizer}
 * beans. Misconfigured {@code talon.*} properties stop the application at startup with a message that names the
 * property to set.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class)
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
			ObjectProvider<TalonWebClientCustomizer> customizers) {
		URI baseUrl = baseUrl(properties);
		TalonCredentials credentials = credentials(properties);
		Duration connectTimeout = positive(properties.getConnectTimeout(), "talon.connect-timeout");
		Duration readTimeout = positive(properties.getReadTimeout(), "talon.read-timeout");
		WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder);
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(connectTimeout, readTimeout);
		builder.clientConnector(connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect).build(settings));
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return new WebClientTalonIntegrationClient(builder, baseUrl, credentials);
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
