package dev.talon.spring.autoconfigure;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application (Tomcat) using the client in the two ways the README shows: a controller that returns the
 * {@code Mono}, and one that blocks with {@code block()} and no shorter timeout. With a slow Talon.One, every call
 * of either kind ends with a {@link TalonException} within {@code talon.timeout}, so that the shop's
 * {@code catch (TalonException e)} (fail open) sees all of them, concurrent calls included; blocking with a timeout
 * as long as {@code talon.timeout} would instead race with it and sometimes throw Reactor's
 * {@code IllegalStateException}.
 */
@SpringBootTest(classes = SpringMvcApplicationTests.MvcShop.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "talon.read-timeout=500ms", "talon.timeout=1500ms" })
class SpringMvcApplicationTests {

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(200))
		.build();

	@DynamicPropertySource
	static void talonProperties(DynamicPropertyRegistry registry) {
		registry.add("talon.base-url", talon::baseUrl);
		registry.add("talon.api-key", () -> TalonFixtures.API_KEY);
	}

	@LocalServerPort
	int port;

	@Test
	void blockingCallsToASlowTalonOneAllFailOpenWithTheClientsTimeout() throws Exception {
		slowTalonOne();
		for (String answer : putConcurrently("/blocking/carts/", 6)) {
			assertThat(answer).contains("\"discounts\":{}", "\"promotionsUnavailable\":\"TalonTimeoutException\"");
		}
	}

	@Test
	void controllersReturningTheMonoFailOpenLikewise() throws Exception {
		slowTalonOne();
		for (String answer : putConcurrently("/reactive/carts/", 6)) {
			assertThat(answer).contains("\"discounts\":{}", "\"promotionsUnavailable\":\"TalonTimeoutException\"");
		}
	}

	@Test
	void bothWaysReturnTheDiscountsWhenTalonOneAnswers() throws Exception {
		talon.stubFor(put(urlPathMatching("/v1/customer_sessions/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		assertThat(putConcurrently("/blocking/carts/", 1).get(0)).contains("\"discounts\":{\"").doesNotContain("Unavailable");
		assertThat(putConcurrently("/reactive/carts/", 1).get(0)).contains("\"discounts\":{\"").doesNotContain("Unavailable");
	}

	private static void slowTalonOne() {
		talon.stubFor(put(urlPathMatching("/v1/customer_sessions/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)
			.withFixedDelay(6000)));
	}

	private List<String> putConcurrently(String path, int requests) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long start = System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, requests)
			.mapToObj((i) -> http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path + "cart-" + i))
				.PUT(HttpRequest.BodyPublishers.noBody())
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.ofString()))
			.toList();
		List<String> bodies = answers.stream().map(CompletableFuture::join).map((response) -> {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}).toList();
		// the client's bound (1.5 s, a few ms late at most; a cold first request takes longer), not the 6 s delay
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(5000));
		return bodies;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ BlockingCartController.class, ReactiveCartController.class })
	static class MvcShop {

	}

	/** The README's blocking controller: {@code block()} without a timeout of its own. */
	@RestController
	static class BlockingCartController {

		private final TalonIntegrationClient talon;

		BlockingCartController(TalonIntegrationClient talon) {
			this.talon = talon;
		}

		@PutMapping("/blocking/carts/{cartId}")
		Map<String, Object> updateCart(@PathVariable String cartId) {
			try {
				IntegrationState state = this.talon.updateCustomerSession(cartId, NewCustomerSession.builder().build())
					.block();
				return Map.of("discounts", state.discounts());
			}
			catch (TalonException ex) {
				return Map.of("discounts", Map.<String, BigDecimal>of(), "promotionsUnavailable",
						ex.getClass().getSimpleName());
			}
		}

	}

	/** The README's MVC controller that returns the {@code Mono}: Spring MVC subscribes and answers when it ends. */
	@RestController
	static class ReactiveCartController {

		private final TalonIntegrationClient talon;

		ReactiveCartController(TalonIntegrationClient talon) {
			this.talon = talon;
		}

		@PutMapping("/reactive/carts/{cartId}")
		Mono<Map<String, Object>> updateCart(@PathVariable String cartId) {
			return this.talon.updateCustomerSession(cartId, NewCustomerSession.builder().build())
				.<Map<String, Object>>map((state) -> Map.of("discounts", state.discounts()))
				.onErrorResume(TalonException.class, (ex) -> Mono.just(Map.of("discounts", Map.of(),
						"promotionsUnavailable", ex.getClass().getSimpleName())));
		}

	}

}
