package dev.talon.spring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the Talon.One client only, after Spring Boot's
 * {@code WebClientCustomizer}s (which apply to every {@code WebClient} of the application) and after the client's own
 * connector with {@code talon.connect-timeout} and {@code talon.read-timeout} was set. Use it for a filter, a default
 * header or a connector of your own for Talon.One calls. Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface TalonWebClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of the Talon.One client's {@link WebClient}
	 */
	void customize(WebClient.Builder builder);

}
