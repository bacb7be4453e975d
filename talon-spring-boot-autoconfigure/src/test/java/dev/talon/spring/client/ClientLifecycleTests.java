package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed client stops needing the JVM's call-deadline thread, so that a redeployed application's class loader is
 * not kept alive by it; Spring closes the auto-configured client with its context. A closed client still works.
 */
class ClientLifecycleTests {

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@Test
	void theDeadlineThreadEndsWhenTheOnlyClientIsClosedAndTheClientStillWorksAfterwards() throws Exception {
		talon.stubFor(put("/v1/customer_sessions/cart-1").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		CallDeadlines deadlines = new CallDeadlines();
		WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
			.builder(WebClient.builder().clientConnector(new ReactorClientHttpConnector()), URI.create(talon.baseUrl()),
					TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.deadlines(deadlines)
			.build();
		assertThat(deadlines.clients()).isOne();
		client.updateCustomerSession("cart-1", NewCustomerSession.builder().build()).block(Duration.ofSeconds(10));
		Thread thread = deadlines.thread();
		assertThat(thread).isNotNull();

		client.close();
		client.close(); // idempotent
		thread.join(5_000);
		assertThat(thread.isAlive()).isFalse();
		assertThat(deadlines.clients()).isZero();

		assertThat(client.updateCustomerSession("cart-1", NewCustomerSession.builder().build())
			.block(Duration.ofSeconds(10))).isNotNull();
	}

	@Test
	void springClosesTheAutoConfiguredClientWithItsContext() {
		int before = CallDeadlines.INSTANCE.clients();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, TalonAutoConfiguration.class))
			.withPropertyValues("talon.base-url=" + talon.baseUrl(), "talon.api-key=" + TalonFixtures.API_KEY)
			.run((context) -> assertThat(CallDeadlines.INSTANCE.clients()).isEqualTo(before + 1));
		assertThat(CallDeadlines.INSTANCE.clients()).isEqualTo(before);
	}

}
