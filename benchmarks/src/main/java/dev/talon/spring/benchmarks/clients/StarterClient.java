package dev.talon.spring.benchmarks.clients;

import java.net.URI;

import dev.talon.spring.autoconfigure.TalonWebClientCustomizer;
import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * (1) The {@link TalonIntegrationClient} as users get it: auto-configured in a Spring Boot context with Actuator on the
 * class path, so Boot's Micrometer {@code SimpleMeterRegistry}, its {@code ObservationRegistry} (the
 * {@code talon.client.requests} and {@code http.client.requests} observations become timers), the retry and effect
 * counters and the default retries, call timeout and per-session sequencing are all on. Only {@code talon.base-url}
 * and {@code talon.api-key} are set. Named {@code talon-v2}, it makes the v2 session update
 * ({@code updateCustomerSessionV2}) of the same cart instead of the v1 one.
 */
final class StarterClient implements BenchClient {

	/**
	 * A system property with more properties for the application, comma-separated ({@code key=value,...}), such as
	 * {@code management.observations.long-task-timer.enabled=false}.
	 */
	static final String EXTRA_PROPERTIES = "talon.bench.properties";

	private final ConfigurableApplicationContext context;

	private final TalonIntegrationClient client;

	private final NewCustomerSession session = Fixtures.session();

	private final IntegrationRequest sessionV2 = Fixtures.sessionV2();

	private final boolean v2;

	private final String name;

	/**
	 * A variant with some features turned off by properties, to see what they cost.
	 * @param name the variant's name; ending in {@code -v2}, it makes v2 session updates
	 * @param baseUrl the server
	 * @param connector the connector to use instead of Reactor Netty's (set by a {@link TalonWebClientCustomizer}, as
	 * a user would), or {@code null}
	 * @param properties the extra properties
	 */
	StarterClient(String name, URI baseUrl, ClientHttpConnector connector, String... properties) {
		this.name = name;
		this.v2 = name.endsWith("-v2");
		this.context = new SpringApplicationBuilder(UserApplication.class).web(WebApplicationType.NONE)
			.initializers((context) -> {
				if (connector != null) {
					context.getBeanFactory()
						.registerSingleton("inMemoryConnector",
								(TalonWebClientCustomizer) (builder) -> builder.clientConnector(connector));
				}
			})
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("talon.base-url=" + baseUrl, "talon.api-key=" + Fixtures.API_KEY, "logging.level.root=WARN")
			.properties(properties)
			.properties(extraProperties())
			.run();
		this.client = this.context.getBean(TalonIntegrationClient.class);
	}

	/** More properties of the user's application, to see what one setting changes (not used by run.sh). */
	private static String[] extraProperties() {
		String extra = System.getProperty(EXTRA_PROPERTIES, "");
		return extra.isBlank() ? new String[0] : extra.split(",");
	}

	/**
	 * The application's meter registry, to check that the call was recorded.
	 * @return the registry
	 */
	MeterRegistry meterRegistry() {
		return this.context.getBean(MeterRegistry.class);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Mono<?> call(String sessionId) {
		return this.v2 ? this.client.updateCustomerSessionV2(sessionId, this.sessionV2)
				: this.client.updateCustomerSession(sessionId, this.session);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** A user's application: nothing but auto-configuration. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class UserApplication {

	}

}
