package dev.talon.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A small WebFlux shop backend in two markets (EUR and GBP), each its own Talon.One Application, whose carts are kept
 * in sync with Talon.One customer sessions through the auto-configured clients
 * ({@link dev.talon.spring.client.TalonClients}). For each Application without a base URL it starts an embedded
 * Talon.One simulator ({@link EmbeddedTalonSimulatorConfiguration}).
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
