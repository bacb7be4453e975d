package dev.talon.spring.autoconfigure;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonFixtures;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonTimeoutException;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * During an outage every failed call reaches its caller as a {@link TalonException}; the log does not repeat it. The
 * client logs nothing of its own, and a read timeout or a refused connection makes no WARN or ERROR line and no
 * stack trace at all: Reactor Netty logs a WARN with a stack trace for a response timeout of its own, so the client
 * bounds each attempt itself and closes the connection quietly. (A connection that Talon.One or a proxy resets or
 * closes before answering is still logged by Reactor Netty's {@code HttpClientConnect} logger, once per attempt: the
 * README says how to quiet it.)
 */
@ExtendWith(OutputCaptureExtension.class)
class TransportLoggingTests {

	private static final int CALLS = 3;

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, TalonAutoConfiguration.class))
		.withPropertyValues("talon.api-key=" + TalonFixtures.API_KEY, "talon.read-timeout=200ms", "talon.timeout=1s",
				"talon.retry.initial-backoff=10ms", "talon.retry.max-backoff=20ms");

	@Test
	void readTimeoutsAreNotLogged(CapturedOutput output) {
		failingCallsLogNothing(output, aResponse().withStatus(200).withFixedDelay(1500), TalonTimeoutException.class);
	}

	@Test
	void aResetRacingTheReadTimeoutIsNotLoggedAsADroppedError(CapturedOutput output) {
		// the reset arrives about when the client gives the attempt up: it must not surface as Reactor's
		// "Operator called default onErrorDropped" ERROR with a stack trace (a read timeout of 100 ms rather than the
		// class's 200 ms: the same race, in half the time)
		talon.stubFor(put("/v1/customer_sessions/cart-1")
			.willReturn(aResponse().withUniformRandomDelay(85, 115).withFault(Fault.CONNECTION_RESET_BY_PEER)));
		int before = output.getAll().length();
		this.runner
			.withPropertyValues("talon.base-url=" + talon.baseUrl(), "talon.retry.enabled=false",
					"talon.read-timeout=100ms")
			.run((context) -> {
				TalonIntegrationClient client = context.getBean(TalonIntegrationClient.class);
				for (int i = 0; i < 40; i++) {
					assertThatExceptionOfType(TalonException.class).isThrownBy(() -> client
						.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
						.block(Duration.ofSeconds(5)));
				}
			});
		assertThat(output.getAll().substring(before)).doesNotContain("onErrorDropped").doesNotContain(" ERROR ");
	}

	@Test
	void theStarterLogsNothingForResetConnections(CapturedOutput output) {
		failingCallsLogNothingOfTheStarter(output, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
	}

	@Test
	void theStarterLogsNothingForEmptyAnswers(CapturedOutput output) {
		failingCallsLogNothingOfTheStarter(output, aResponse().withFault(Fault.EMPTY_RESPONSE));
	}

	@Test
	void refusedConnectionsAreNotLogged(CapturedOutput output) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		int before = output.getAll().length();
		this.runner.withPropertyValues("talon.base-url=http://127.0.0.1:" + port).run((context) -> {
			TalonIntegrationClient client = context.getBean(TalonIntegrationClient.class);
			for (int i = 0; i < CALLS; i++) {
				assertThatExceptionOfType(TalonException.class).isThrownBy(() -> client
					.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
					.block(Duration.ofSeconds(5)));
			}
		});
		assertNothingLogged(output.getAll().substring(before));
	}

	private void failingCallsLogNothing(CapturedOutput output, ResponseDefinitionBuilder answer,
			Class<? extends TalonException> failure) {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(answer));
		int before = output.getAll().length();
		this.runner.withPropertyValues("talon.base-url=" + talon.baseUrl()).run((context) -> {
			TalonIntegrationClient client = context.getBean(TalonIntegrationClient.class);
			for (int i = 0; i < CALLS; i++) {
				assertThatExceptionOfType(failure).isThrownBy(() -> client
					.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
					.block(Duration.ofSeconds(5)));
			}
		});
		assertNothingLogged(output.getAll().substring(before));
	}

	private void failingCallsLogNothingOfTheStarter(CapturedOutput output, ResponseDefinitionBuilder answer) {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(answer));
		int before = output.getAll().length();
		this.runner.withPropertyValues("talon.base-url=" + talon.baseUrl()).run((context) -> {
			TalonIntegrationClient client = context.getBean(TalonIntegrationClient.class);
			for (int i = 0; i < CALLS; i++) {
				assertThatExceptionOfType(TalonException.class).isThrownBy(() -> client
					.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
					.block(Duration.ofSeconds(5)));
			}
		});
		String log = output.getAll().substring(before);
		assertThat(Arrays.stream(log.split("\n")).filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ")))
			.allSatisfy((line) -> assertThat(line).contains("netty.http.client.HttpClientConnect"))
			.hasSizeLessThanOrEqualTo(CALLS * 3); // at most one per attempt
		assertThat(log).doesNotContain("dev.talon");
	}

	private static void assertNothingLogged(String log) {
		assertThat(Arrays.stream(log.split("\n")).filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ")
				|| line.startsWith("\tat ") || line.contains("Exception")))
			.as("WARN/ERROR lines and stack traces logged by %d failing calls", CALLS)
			.isEmpty();
	}

}
