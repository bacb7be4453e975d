package dev.talon.spring.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.talon.spring.client.TalonIntegrationClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Real applications with a misconfigured {@code talon.*} stop with Boot's failure report naming the property, which
 * proves that the failure analyzers are registered and come before Boot's own; and an application that follows the
 * reports' advice to start without Talon.One does start.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

	private static final String FAILED = "APPLICATION FAILED TO START";

	static List<Arguments> reports() {
		return List.of(Arguments.of(List.of("talon.api-key=test-api-key-abc"),
				"Invalid Talon.One configuration: talon.base-url is not set",
				"Set talon.base-url to the URL of your Talon.One deployment", true),
				// the README's minimal application.yml, with TALON_API_KEY not set
				Arguments.of(List.of("talon.base-url=https://mycompany.europe-west1.talon.one",
						"talon.api-key=${TALON_API_KEY}"),
						"Invalid Talon.One configuration: talon.api-key refers to ${TALON_API_KEY}, but TALON_API_KEY "
								+ "is not set.",
						"Set the environment variable TALON_API_KEY (or a system or application property of that name), "
								+ "or set talon.api-key directly.",
						true),
				// a placeholder in a property that is not text: Boot fails to bind it, the report names the variable
				Arguments.of(List.of("talon.base-url=https://mycompany.talon.one", "talon.api-key=test-api-key-abc",
						"talon.timeout=${TALON_TIMEOUT}"),
						"Invalid Talon.One configuration: talon.timeout refers to ${TALON_TIMEOUT}, but TALON_TIMEOUT is "
								+ "not set.",
						"Set the environment variable TALON_TIMEOUT", true),
				Arguments.of(List.of("talon.base-url=https://mycompany.talon.one", "talon.api-key=test-api-key-abc",
						"talon.retry.max-attempts=${TALON_MAX_ATTEMPTS}"),
						"talon.retry.max-attempts refers to ${TALON_MAX_ATTEMPTS}", "Set the environment variable "
								+ "TALON_MAX_ATTEMPTS",
						true),
				// a placeholder in the property that switches the auto-configuration on
				Arguments.of(List.of("talon.enabled=${TALON_ENABLED}"),
						"Invalid Talon.One configuration: talon.enabled refers to ${TALON_ENABLED}, but TALON_ENABLED is "
								+ "not set.",
						"Set the environment variable TALON_ENABLED", true),
				Arguments.of(List.of("talon.base-url=https://mycompany.talon.one/v1", "talon.api-key=test-api-key-abc"),
						"ends with the API version /v1", "Drop /v1 from talon.base-url: set it to "
								+ "https://mycompany.talon.one.",
						false),
				Arguments.of(List.of("talon.base-url=https://mycompany.talon.one", "talon.api-key=test-api-key-abc",
						"talon.timeout=5"), "talon.timeout is 5ms", "write the unit, such as 5s", false),
				// several Applications: each property named in full
				Arguments.of(List.of("talon.base-url=https://mycompany.talon.one",
						"talon.applications.eu.api-key=test-api-key-abc", "talon.applications.uk.timeout=3s"),
						"Invalid Talon.One configuration: no Talon.One credentials are set",
						"Set talon.applications.uk.api-key to an Integration API key", true),
				Arguments.of(List.of("talon.base-url=https://mycompany.talon.one",
						"talon.applications.eu.api-key=test-api-key-abc", "talon.applications.eu.timeout=5"),
						"talon.applications.eu.timeout is 5ms", "Set talon.applications.eu.timeout to at least 10ms",
						false),
				// checked while the beans are registered
				Arguments.of(List.of("talon.base-url=https://mycompany.talon.one",
						"talon.applications.eu.api-key=test-api-key-abc", "talon.default-application=fr"),
						"talon.default-application is 'fr', but no Application of that name is configured",
						"Set talon.default-application to one of eu", false));
	}

	/** The reports the README shows, verbatim. */
	private static final List<String> SHOWN_IN_README = List.of("talon.api-key refers to ${TALON_API_KEY}",
			"ends with the API version /v1", "talon.timeout is 5ms");

	@ParameterizedTest
	@MethodSource("reports")
	void aMisconfigurationIsReportedWithWhatToSet(List<String> properties, String description, String action,
			boolean missing, CapturedOutput output) throws IOException {
		for (String property : properties) {
			for (String variable : TalonPropertyChecks.placeholders(property)) {
				assumeThat(System.getenv(variable)).as(variable + " is set in this environment").isNull();
			}
		}
		assertThatException().isThrownBy(() -> run(App.class, properties));

		assertThat(output).contains(FAILED)
			.contains("Description:\n\nInvalid Talon.One configuration: ")
			.contains(description)
			.contains(action)
			.doesNotContain("test-api-key-abc")
			.doesNotContain("Update your application's configuration");
		if (missing) {
			assertThat(output.toString().replace("\n", " ")).contains(TalonPropertiesFailureAnalyzer.WITHOUT_TALON);
		}
		else {
			assertThat(output).doesNotContain("talon.enabled");
		}
		if (SHOWN_IN_README.stream().anyMatch(description::contains)) {
			String report = output.toString().substring(output.toString().indexOf("Description:"));
			report = report.substring(0, report.indexOf("\n\n", report.indexOf("Action:") + "Action:\n\n".length()));
			assertThat(Files.readString(Path.of("../README.md"))).as("the README shows this report").contains(report);
		}
	}

	@Test
	void anApplicationThatInjectsTheClientIsToldHowToStartWithoutIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(ClientUserApp.class, List.of("talon.enabled=false")));

		assertThat(output).contains(FAILED)
			.contains("requires a TalonIntegrationClient, but talon.enabled=false turned the Talon.One client off.")
			.contains("inject ObjectProvider<TalonIntegrationClient> (and call getIfAvailable()) or "
					+ "Optional<TalonIntegrationClient> instead");
	}

	@Test
	void anApplicationThatInjectsTheClientWithoutSayingWhichIsToldHowToChoose(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(ClientUserApp.class,
				List.of("talon.base-url=https://mycompany.talon.one", "talon.applications.eu.api-key=test-api-key-abc",
						"talon.applications.uk.api-key=test-api-key-def")));

		assertThat(output).contains(FAILED)
			.contains("requires a single TalonIntegrationClient, but 2 Talon.One Applications are configured (eu, uk) "
					+ "and none is the default.")
			.contains("Set talon.default-application to the Application whose client is injected where no qualifier "
					+ "is given (one of eu, uk)")
			.doesNotContain("test-api-key");
	}

	@Test
	void anApplicationThatFollowsTheAdviceStartsWithoutTalonOne(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run(OptionalClientUserApp.class, List.of("talon.enabled=false"))) {
			assertThat(context.getBeanNamesForType(TalonIntegrationClient.class)).isEmpty();
			OptionalClientUser user = context.getBean(OptionalClientUser.class);
			assertThat(user.provided.getIfAvailable()).isNull();
			assertThat(user.optional).isEmpty();
		}
		assertThat(output).doesNotContain(FAILED);
	}

	private static ConfigurableApplicationContext run(Class<?> app, List<String> properties) {
		return new SpringApplicationBuilder(app).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			.properties(properties.toArray(String[]::new))
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

	@Configuration(proxyBeanMethods = false)
	@Import(App.class)
	static class ClientUserApp {

		ClientUserApp(TalonIntegrationClient client) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ App.class, OptionalClientUser.class })
	static class OptionalClientUserApp {

	}

	/**
	 * Code that does without Talon.One when the client is switched off.
	 */
	static class OptionalClientUser {

		final ObjectProvider<TalonIntegrationClient> provided;

		final Optional<TalonIntegrationClient> optional;

		OptionalClientUser(ObjectProvider<TalonIntegrationClient> provided, Optional<TalonIntegrationClient> optional) {
			this.provided = provided;
			this.optional = optional;
		}

	}

}
