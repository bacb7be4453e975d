package dev.talon.spring.benchmarks.clients;

import java.net.URI;
import java.util.List;

import dev.talon.spring.benchmarks.Fixtures;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One of the four clients doing the same job: serialise the 5-item session update, {@code PUT} it to
 * {@code /v1/customer_sessions/{id}}, read and fully deserialise the answer (effects included).
 */
public interface BenchClient extends AutoCloseable {

	/** The clients, in the order of the tables. */
	List<String> NAMES = List.of("talon", "webclient", "floor", "okhttp");

	/** The clients of the v2 session update ({@code updateCustomerSessionV2}): (1) and (2) on the same cart. */
	List<String> V2_NAMES = List.of("talon-v2", "webclient-v2");

	/** The class of client (4), compiled only when the spec it is generated from was there. */
	String GENERATED_CLIENT = "dev.talon.spring.benchmarks.clients.GeneratedOkHttpClient";

	/**
	 * The short name used in results: {@code talon}, {@code webclient}, {@code floor} or {@code okhttp}.
	 * @return the name
	 */
	String name();

	/**
	 * Whether the client blocks its caller's thread (then concurrency needs threads) rather than returning a
	 * {@link Mono}.
	 * @return {@code true} for the generated OkHttp client; by default {@code false}
	 */
	default boolean blocking() {
		return false;
	}

	/**
	 * One session update, without blocking.
	 * @param sessionId the session
	 * @return the deserialised answer
	 * @throws UnsupportedOperationException for a {@link #blocking()} client
	 */
	Mono<?> call(String sessionId);

	/**
	 * One session update on the caller's thread; by default {@link #call(String)}, blocked for.
	 * @param sessionId the session
	 * @return the deserialised answer
	 */
	default Object callBlocking(String sessionId) {
		return call(sessionId).block();
	}

	/**
	 * Releases what the client holds; by default nothing.
	 */
	@Override
	default void close() {
	}

	/**
	 * A {@link WebClient.Builder} on the given connector.
	 * @param connector the connector, or {@code null} for the default (Reactor Netty)
	 * @return a new builder
	 */
	static WebClient.Builder webClientBuilder(ClientHttpConnector connector) {
		WebClient.Builder builder = WebClient.builder();
		if (connector != null) {
			builder.clientConnector(connector);
		}
		return builder;
	}

	/**
	 * Checks that an answer of this client was read completely.
	 * @param answer what {@link #call(String)} or {@link #callBlocking(String)} returned
	 * @throws IllegalStateException when it is not the canned state
	 */
	default void check(Object answer) {
		Fixtures.check(answer);
	}

	/**
	 * Whether the generated okhttp-gson client (4) was built: it is generated from
	 * {@code ../shared/talon-api/integration-v1-swagger-2017-07.json}, and left out when that file is missing.
	 * @return whether {@code create("okhttp", ...)} works
	 */
	static boolean generatedClientBuilt() {
		try {
			Class.forName(GENERATED_CLIENT);
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	/**
	 * Creates a client.
	 * @param name one of {@link #NAMES} or {@link #V2_NAMES}, or a variant of (1): {@code talon-noobs} (observations and metrics off),
	 * {@code talon-noretry} (retries off), {@code talon-bare} (the client built without Spring Boot on a plain
	 * {@code WebClient.builder()}, as (2) is); or a variant of (2): {@code webclient-boot} and {@code webclient-boot-v2}
	 * (the same call inside a Spring Boot application like (1)'s, on Boot's {@code WebClient.Builder})
	 * @param baseUrl the server
	 * @return the client
	 */
	static BenchClient create(String name, URI baseUrl) {
		return create(name, baseUrl, null);
	}

	/**
	 * Creates a client, optionally on a connector other than Reactor Netty's.
	 * @param name as for {@link #create(String, URI)}; {@code floor} and {@code okhttp} have no connector to replace
	 * @param baseUrl the server
	 * @param connector the connector of the {@code WebClient}-based clients, such as the {@link InMemoryConnector}, or
	 * {@code null} for Reactor Netty
	 * @return the client
	 */
	static BenchClient create(String name, URI baseUrl, ClientHttpConnector connector) {
		if (connector != null && (name.equals("floor") || name.equals("okhttp"))) {
			throw new IllegalArgumentException("client '" + name + "' does not use a WebClient connector");
		}
		return switch (name) {
			case "talon", "talon-v2" -> new StarterClient(name, baseUrl, connector);
			// variants of (1) that show where its time goes (not in run.sh's tables)
			case "talon-noobs" -> new StarterClient(name, baseUrl, connector,
					"management.observations.enable.talon.client=false",
					"management.observations.enable.http.client.requests=false", "management.metrics.talon.enabled=false");
			case "talon-noretry" -> new StarterClient(name, baseUrl, connector, "talon.retry.enabled=false");
			case "talon-bare" -> new BareTalonClient(baseUrl, connector);
			case "webclient" -> new PlainWebClient(baseUrl, connector, false);
			case "webclient-v2" -> new PlainWebClient(baseUrl, connector, true);
			// (2) written inside a Spring Boot application, on Boot's WebClient.Builder (not in run.sh's tables)
			case "webclient-boot", "webclient-boot-v2" -> PlainWebClient.inBootApplication(name, baseUrl, connector);
			case "floor" -> new ReactorNettyFloorClient(baseUrl);
			case "okhttp" -> generatedClient(baseUrl);
			default -> throw new IllegalArgumentException("unknown client '" + name + "', expected one of " + NAMES
					+ " or " + V2_NAMES);
		};
	}

	private static BenchClient generatedClient(URI baseUrl) {
		if (!generatedClientBuilt()) {
			throw new IllegalStateException("The generated okhttp-gson client was not built: "
					+ "../shared/talon-api/integration-v1-swagger-2017-07.json was missing beside the checkout");
		}
		try {
			return (BenchClient) Class.forName(GENERATED_CLIENT).getDeclaredConstructor(URI.class).newInstance(baseUrl);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot create the generated okhttp-gson client", ex);
		}
	}

}
