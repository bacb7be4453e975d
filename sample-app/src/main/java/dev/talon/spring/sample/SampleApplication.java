package dev.talon.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A small WebFlux shop backend whose carts are kept in sync with Talon.One customer sessions through the
 * auto-configured {@link dev.talon.spring.client.TalonIntegrationClient}. Without {@code talon.base-url} it starts
 * the embedded Talon.One simulator ({@link EmbeddedTalonSimulatorConfiguration}).
 */
@SpringBootApplication
@EnableConfigurationProperties(ShopProperties.class)
public class SampleApplication {

	/**
	 * Runs the shop.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
