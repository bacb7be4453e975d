package dev.talon.spring.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.LogCapture;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The HTTP proxy of an Application ({@code proxy.*}), through a real forward proxy on loopback that records what
 * passes through it: it applies to that Application's connections only (two Applications calling the same
 * Talon.One, one through the proxy, the other direct), authenticates with Basic credentials, is inherited from
 * {@code talon.proxy.*} and can be turned off, is bypassed for the hosts listed in {@code non-proxy-hosts}, and its
 * password never shows in a log line (DEBUG included) or an exception.
 */
class TalonProxyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String EU_KEY = "eu-api-key-5c1f0a";

	private static final String UK_KEY = "uk-api-key-93be27";

	private static final String PASSWORD = "pr0xy-pa55-7e1d";

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				TalonAutoConfiguration.class))
		.withPropertyValues("talon.base-url=" + talon.baseUrl(), "talon.applications.eu.api-key=" + EU_KEY,
				"talon.applications.uk.api-key=" + UK_KEY, "talon.retry.enabled=false");

	private LoopbackConnectProxy proxy;

	private LogCapture logs;

	@BeforeEach
	void start() throws Exception {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		this.proxy = LoopbackConnectProxy.requiring("shop", PASSWORD);
		this.logs = LogCapture.start(List.of("dev.talon.spring", "reactor.netty", "io.netty",
				"org.springframework.web", "org.springframework.http", "org.springframework.boot"));
	}

	@AfterEach
	void stop() throws Exception {
		this.logs.close();
		this.proxy.close();
	}

	private static void updateSessions(TalonIntegrationClient client, String prefix, int count) {
		for (int i = 0; i < count; i++) {
			client.updateCustomerSession(prefix + i, NewCustomerSession.builder().build()).block(TIMEOUT);
		}
	}

	@Test
	void oneApplicationGoesThroughTheProxyAndTheOtherDirect() {
		this.runner
			.withPropertyValues("talon.applications.eu.proxy.host=127.0.0.1",
					"talon.applications.eu.proxy.port=" + this.proxy.port(), "talon.applications.eu.proxy.username=shop",
					"talon.applications.eu.proxy.password=" + PASSWORD)
			.run((context) -> {
				TalonClients clients = context.getBean(TalonClients.class);
				// interleaved on the same Talon.One: pooled connections must not be shared between the two
				for (int i = 0; i < 3; i++) {
					updateSessions(clients.get("eu"), "eu-" + i + "-", 1);
					updateSessions(clients.get("uk"), "uk-" + i + "-", 1);
				}
				for (int i = 0; i < 3; i++) {
					talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/eu-" + i + "-0"))
						.withHeader("Authorization", equalTo("ApiKey-v1 " + EU_KEY)));
					talon.verify(putRequestedFor(urlEqualTo("/v1/customer_sessions/uk-" + i + "-0"))
						.withHeader("Authorization", equalTo("ApiKey-v1 " + UK_KEY)));
				}
				talon.verify(6, putRequestedFor(anyUrl()));
				assertThat(this.proxy.tunnels()).isNotEmpty().allSatisfy((tunnel) -> {
					assertThat(tunnel.target()).endsWith(":" + talon.getPort());
					assertThat(tunnel.refused()).isFalse();
					assertThat(tunnel.proxyAuthorization()).isEqualTo("Basic " + Base64.getEncoder()
						.encodeToString(("shop:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
				});
				String tunnelled = this.proxy.tunnelledText();
				assertThat(tunnelled).contains("PUT /v1/customer_sessions/eu-0-0 ", "PUT /v1/customer_sessions/eu-2-0 ",
						"ApiKey-v1 " + EU_KEY)
					.doesNotContain(UK_KEY, "/v1/customer_sessions/uk-");
			});
		assertThat(this.logs.awaitQuietText()).doesNotContain(PASSWORD);
	}

	@Test
	void theTopLevelProxyIsInheritedAndABlankHostTurnsItOff() {
		this.runner
			.withPropertyValues("talon.proxy.host=127.0.0.1", "talon.proxy.port=" + this.proxy.port(),
					"talon.proxy.username=shop", "talon.proxy.password=" + PASSWORD, "talon.applications.uk.proxy.host=")
			.run((context) -> {
				TalonClients clients = context.getBean(TalonClients.class);
				updateSessions(clients.get("eu"), "eu-", 2);
				updateSessions(clients.get("uk"), "uk-", 2);
				assertThat(this.proxy.tunnelledText()).contains("ApiKey-v1 " + EU_KEY).doesNotContain(UK_KEY);
				talon.verify(4, putRequestedFor(anyUrl()));
			});
	}

	@Test
	void hostsListedAsNonProxyHostsAreReachedDirectly() {
		this.runner
			.withPropertyValues("talon.proxy.host=127.0.0.1", "talon.proxy.port=" + this.proxy.port(),
					"talon.proxy.username=shop", "talon.proxy.password=" + PASSWORD,
					"talon.applications.uk.proxy.non-proxy-hosts=localhost,127.*")
			.run((context) -> {
				TalonClients clients = context.getBean(TalonClients.class);
				updateSessions(clients.get("uk"), "uk-", 2);
				assertThat(this.proxy.tunnels()).isEmpty();
				updateSessions(clients.get("eu"), "eu-", 1);
				assertThat(this.proxy.tunnels()).isNotEmpty();
				talon.verify(3, putRequestedFor(anyUrl()));
			});
	}

	@Test
	void refusedProxyCredentialsFailTheCallWithoutShowingThePassword() throws Exception {
		String wrongPassword = "wr0ng-pa55-4411";
		this.runner
			.withPropertyValues("talon.applications.eu.proxy.host=127.0.0.1",
					"talon.applications.eu.proxy.port=" + this.proxy.port(), "talon.applications.eu.proxy.username=shop",
					"talon.applications.eu.proxy.password=" + wrongPassword)
			.run((context) -> {
				TalonIntegrationClient eu = context.getBean(TalonClients.class).get("eu");
				Throwable failure = catchThrowable(
						() -> eu.updateCustomerSession("cart-1", NewCustomerSession.builder().build()).block(TIMEOUT));
				assertThat(failure).isInstanceOf(TalonException.class);
				StringWriter trace = new StringWriter();
				failure.printStackTrace(new PrintWriter(trace));
				assertThat(trace.toString()).doesNotContain(wrongPassword, PASSWORD, EU_KEY);
				assertThat(this.proxy.tunnels()).isNotEmpty().allSatisfy((tunnel) -> assertThat(tunnel.refused()).isTrue());
				talon.verify(0, putRequestedFor(anyUrl()));
				assertThat(context.getBean(TalonProperties.class).toString()).doesNotContain(wrongPassword);
			});
		assertThat(this.logs.awaitQuietText()).doesNotContain(wrongPassword, EU_KEY);
	}

}
