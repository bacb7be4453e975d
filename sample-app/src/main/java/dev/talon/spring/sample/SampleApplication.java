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

	/** Read by Reactor Netty's HTTP server when its first connection is handled. */
	static final String KEEP_ALIVE_FIX = "reactor.netty.http.server.lastFlushWhenNoRead";

	/**
	 * Runs the shop.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		// Reactor Netty's server up to 1.3.7 may never answer a keep-alive request that arrives before it has finished
		// with the previous one (reactor/reactor-netty#4347, fixed in 1.3.8): a browser's quick second click would
		// hang. This Reactor Netty property ends the previous request first. Set it on the command line to override.
		System.getProperties().putIfAbsent(KEEP_ALIVE_FIX, "true");
		SpringApplication.run(SampleApplication.class, args);
	}

}
