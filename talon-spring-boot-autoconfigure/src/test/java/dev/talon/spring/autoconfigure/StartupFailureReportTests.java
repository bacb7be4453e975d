package dev.talon.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A real application with a misconfigured {@code talon.*} stops with Boot's failure report naming the property, which
 * proves that {@link TalonPropertiesFailureAnalyzer} is registered.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

	@Test
	void aMissingBaseUrlIsReportedWithWhatToSet(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties("talon.api-key=test-api-key-abc", "spring.main.banner-mode=off")
			.run()
			.close());

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid Talon.One configuration: talon.base-url is not set")
			.contains("Set talon.base-url to the URL of your Talon.One deployment")
			.contains("set talon.enabled=false")
			.doesNotContain("test-api-key-abc");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
