package dev.talon.spring.autoconfigure;

import java.net.URI;
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
 * bean if there is one, and every {@link TalonClientListener} bean is told about retries and call ends.
 * Misconfigured {@code talon.*} properties stop the application at startup with a message that names the property to
 * set ({@link TalonPropertyChecks}).
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
		TalonPropertyChecks checks = new TalonPropertyChecks("talon");
		URI baseUrl = checks.baseUrl(properties.getBaseUrl());
		TalonCredentials credentials = checks.credentials(properties.getApiKey(), properties.getApplicationId(),
				properties.getApplicationKey());
		checks.timeouts(properties.getConnectTimeout(), properties.getReadTimeout(), properties.getTimeout());
		Duration connectTimeout = properties.getConnectTimeout();
		Duration readTimeout = properties.getReadTimeout();
		Duration timeout = properties.getTimeout();
		TalonRetrySettings retry = checks.retry(properties.getRetry());
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
			.sendSessionUpdatesWhenCancelled(properties.getSessionUpdates().isSendWhenCancelled())
			.observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.observationConvention(observationConvention.getIfAvailable());
		listeners.orderedStream().forEach(client::listener);
		return client.build();
	}

}
