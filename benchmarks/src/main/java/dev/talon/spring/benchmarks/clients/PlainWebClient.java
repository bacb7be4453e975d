package dev.talon.spring.benchmarks.clients;

import java.net.URI;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.autoconfigure.health.TalonHealthContributorAutoConfiguration;
import dev.talon.spring.autoconfigure.metrics.TalonMetricsAutoConfiguration;
import dev.talon.spring.benchmarks.Fixtures;
import dev.talon.spring.client.TalonJson;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.IntegrationRequest;
import dev.talon.spring.client.model.v2.IntegrationStateV2;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * (2) What a team would write without the starter: a plain {@link WebClient} with the same Jackson 3 mapping
 * ({@link TalonJson#mapper()}) and the same models, default connector (Reactor Netty), no retries, no timeout, no
 * metrics. Named {@code webclient-v2}, it makes the v2 session update ({@code PUT /v2/customer_sessions/{id}}) of the
 * same cart, read as an {@code IntegrationStateV2}.
 * <p>
 * Named {@code webclient-boot} (or {@code webclient-boot-v2}), it is the same call written inside a Spring Boot
 * application as Boot's documentation recommends: on the {@code WebClient.Builder} Boot auto-configures (its
 * connector, codecs and {@code http.client.requests} observation of each request), in a context like (1)'s with
 * Actuator on the class path and without the starter's auto-configuration. The difference between (1) and this
 * client is what the starter adds inside the same application; the difference between this client and (2) is what
 * the Boot application adds to the same hand-written call.
 */
final class PlainWebClient implements BenchClient {

	private final WebClient webClient;

	private final NewCustomerSession session = Fixtures.session();

	private final IntegrationRequest sessionV2 = Fixtures.sessionV2();

	private final boolean v2;

	private final String name;

	private final ConfigurableApplicationContext context;

	PlainWebClient(URI baseUrl, ClientHttpConnector connector, boolean v2) {
		this(v2 ? "webclient-v2" : "webclient", BenchClient.webClientBuilder(connector), null, baseUrl);
	}

	private PlainWebClient(String name, WebClient.Builder builder, ConfigurableApplicationContext context, URI baseUrl) {
		this.name = name;
		this.v2 = name.endsWith("-v2");
		this.context = context;
		JsonMapper json = TalonJson.mapper();
		this.webClient = builder.baseUrl(baseUrl.toString())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey-v1 " + Fixtures.API_KEY)
			.codecs((codecs) -> {
				codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(json));
				codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(json));
			})
			.build();
	}

	/**
	 * The same call written inside a Spring Boot application, on the {@code WebClient.Builder} Boot auto-configures.
	 * @param name {@code webclient-boot} or {@code webclient-boot-v2}
	 * @param baseUrl the server
	 * @param connector the connector to use instead of Boot's, or {@code null}
	 * @return the client, which closes its application when closed
	 */
	static PlainWebClient inBootApplication(String name, URI baseUrl, ClientHttpConnector connector) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN")
			.run();
		WebClient.Builder builder = context.getBean(WebClient.Builder.class);
		if (connector != null) {
			builder.clientConnector(connector);
		}
		return new PlainWebClient(name, builder, context, baseUrl);
	}

	@Override
	public String name() {
		return this.name;
	}

	/**
	 * The Spring Boot application the client was built in, to check what it recorded.
	 * @return the application, or {@code null} for (2) built without Spring Boot
	 */
	ConfigurableApplicationContext application() {
		return this.context;
	}

	@Override
	public Mono<?> call(String sessionId) {
		if (this.v2) {
			return this.webClient.put()
				.uri("/v2/customer_sessions/{customerSessionId}", sessionId)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.bodyValue(this.sessionV2)
				.retrieve()
				.bodyToMono(IntegrationStateV2.class);
		}
		return this.webClient.put()
			.uri("/v1/customer_sessions/{customerSessionId}", sessionId)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(this.session)
			.retrieve()
			.bodyToMono(IntegrationState.class);
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/** A shop's Spring Boot application with WebFlux and Actuator, without the starter. */
	@SpringBootConfiguration
	@EnableAutoConfiguration(exclude = { TalonAutoConfiguration.class, TalonMetricsAutoConfiguration.class,
			TalonHealthContributorAutoConfiguration.class })
	static class ShopApplication {

	}

}
