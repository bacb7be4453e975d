package dev.talon.spring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the Talon.One clients only (every Application's), after Spring Boot's
 * {@code WebClientCustomizer}s (which apply to every {@code WebClient} of the application) and after the client's own
 * connector was set. Use it for a filter or a default header on Talon.One calls. Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order order}.
 * <p>
 * Do not set a connector here: the client's connector carries the Application's {@code connect-timeout},
 * {@code proxy.*} and {@code ssl.bundle}, which a connector of your own would silently replace (the read timeout,
 * the call timeout and the retries are applied by the client itself and stay). To tune the HTTP client, use Spring
 * Boot's {@code spring.http.clients.*} properties or a {@code ClientHttpConnectorBuilderCustomizer} bean: the Talon.One
 * connectors are built from Boot's {@code ClientHttpConnectorBuilder}, so both apply to them too.
 */
@FunctionalInterface
public interface TalonWebClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of a Talon.One client's {@link WebClient}
	 */
	void customize(WebClient.Builder builder);

}
