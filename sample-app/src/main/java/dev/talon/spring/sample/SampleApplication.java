package dev.talon.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal shop backend that syncs a cart with a Talon.One customer session through the auto-configured
 * {@link dev.talon.spring.client.TalonIntegrationClient}.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
