package dev.talon.spring.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A client knows the name of the Talon.One Application it calls: the {@code talon.application} key of its
 * observations ({@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME} when not given one); and
 * {@link TalonClients} finds clients by those names.
 */
class ApplicationNameTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private WebClientTalonIntegrationClient.Builder builder() {
		talon.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(TalonFixtures.INTEGRATION_STATE)));
		return WebClientTalonIntegrationClient
			.builder(WebClient.builder(), URI.create(talon.baseUrl()), TalonCredentials.apiKey(TalonFixtures.API_KEY))
			.observationRegistry(this.registry);
	}

	@Test
	void theApplicationNameIsALowCardinalityKeyOfEachCall() {
		WebClientTalonIntegrationClient eu = builder().applicationName("eu").build();
		eu.updateCustomerSession("cart-1", NewCustomerSession.builder().build()).block(TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasLowCardinalityKeyValue("talon.application", "eu")
			.hasLowCardinalityKeyValue("talon.operation", "updateCustomerSession");
		assertThat(eu.toString()).contains("application=eu");
	}

	@Test
	void aClientNotGivenANameIsTheDefault() {
		builder().build().updateCustomerSession("cart-1", NewCustomerSession.builder().build()).block(TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("talon.client.requests")
			.that()
			.hasLowCardinalityKeyValue("talon.application", "default");
		assertThat(new TalonObservationContext(TalonOperation.TRACK_EVENT, null).getApplicationName())
			.isEqualTo(WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME);
	}

	@Test
	void aBlankNameIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().applicationName(" "))
			.withMessage("applicationName must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().applicationName(null));
	}

	@Test
	void clientsAreFoundByTheirApplicationsNames() {
		WebClientTalonIntegrationClient eu = builder().applicationName("eu").build();
		WebClientTalonIntegrationClient uk = builder().applicationName("uk").build();
		Map<String, TalonIntegrationClient> byName = new LinkedHashMap<>();
		byName.put("uk", uk);
		byName.put("eu", eu);
		TalonClients clients = new TalonClients(byName);

		assertThat(clients.names()).containsExactly("uk", "eu");
		assertThat(clients.get("eu")).isSameAs(eu);
		assertThat(clients.find("uk")).containsSame(uk);
		assertThat(clients.find("fr")).isEmpty();
		assertThat(clients.find(null)).isEmpty();
		assertThat(clients.all()).containsExactly(Map.entry("uk", uk), Map.entry("eu", eu));
		assertThat(clients.toString()).isEqualTo("TalonClients[uk, eu]");
		assertThatIllegalArgumentException().isThrownBy(() -> clients.get("fr"))
			.withMessage("No Talon.One Application named 'fr': the Applications are [uk, eu]");
		byName.clear();
		assertThat(clients.names()).as("a copy").hasSize(2);
		assertThatIllegalArgumentException().isThrownBy(() -> new TalonClients(Map.of(" ", eu)));
		assertThatIllegalArgumentException().isThrownBy(() -> new TalonClients(null));
	}

}
