package dev.talon.spring.autoconfigure;

import dev.talon.spring.client.WebClientTalonIntegrationClient;

/**
 * Customizes the builder of each Talon.One client that {@link TalonClientFactory} builds: the auto-configured client
 * of every Application, and those an application builds itself with {@link TalonClientFactory#builder(String,
 * TalonConnectionDetails)}. It is called with the name of the Application, so that it can apply to some Applications
 * only, after the client's settings, observations and {@code TalonClientListener} beans were applied. The starter's
 * metrics and health auto-configurations use it to give each client the listeners that record its calls. Beans of
 * this type are applied in {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface TalonClientBuilderCustomizer {

	/**
	 * Customizes the builder of a client.
	 * @param application the name of the Talon.One Application the client calls, such as {@code eu} (or
	 * {@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME} for the single one of {@code talon.*})
	 * @param builder the builder
	 */
	void customize(String application, WebClientTalonIntegrationClient.Builder builder);

}
