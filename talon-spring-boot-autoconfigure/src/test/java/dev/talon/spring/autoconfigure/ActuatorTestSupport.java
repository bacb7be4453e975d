package dev.talon.spring.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.talon.spring.client.TalonFixtures;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A real WebFlux application with Actuator and the starter on a random port, its client pointed at WireMock in place
 * of Talon.One. Each test method gets a fresh context, so that metrics and health start from nothing. Subclasses add
 * their properties with {@code @TestPropertySource}.
 */
@SpringBootTest(classes = ActuatorTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
@AutoConfigureWebTestClient(timeout = "PT30S")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class ActuatorTestSupport {

	@RegisterExtension
	static WireMockExtension talon = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void talonProperties(DynamicPropertyRegistry registry) {
		registry.add("talon.base-url", talon::baseUrl);
		registry.add("talon.api-key", () -> TalonFixtures.API_KEY);
	}

	@Autowired
	WebTestClient web;

}
