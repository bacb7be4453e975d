package dev.talon.spring.autoconfigure.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import dev.talon.spring.autoconfigure.TalonAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.core.env.MapPropertySource;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client beans of several Applications can be processed ahead of time (a native image, or the sample app's AOT
 * processing): they are registered with a factory method rather than an instance supplier, which Spring AOT could
 * not generate code for, and keep their qualifier and primary flag in the generated code.
 */
class TalonApplicationsAotTests {

	@Test
	void theClientBeansOfSeveralApplicationsAreGeneratedWithTheirQualifiersAndTheDefault() {
		InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("talon.base-url", "https://mycompany.talon.one",
						"talon.applications.eu.api-key", "eu-key", "talon.applications.uk.api-key", "uk-key",
						"talon.default-application", "uk")));
			context.register(TalonAutoConfiguration.class);
			DefaultGenerationContext generation = new DefaultGenerationContext(
					new ClassNameGenerator(ClassName.get("com.example", "ShopApplication")), files);
			new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
			generation.writeGeneratedContent();
		}
		String sources = files.getGeneratedFiles(Kind.SOURCE)
			.values()
			.stream()
			.map((file) -> {
				try (InputStream in = file.getInputStream()) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.collect(Collectors.joining("\n"));
		assertThat(sources).contains("\"euTalonIntegrationClient\"", "\"ukTalonIntegrationClient\"",
				"AutowireCandidateQualifier", "\"eu\"", "\"uk\"", "setPrimary(true)", "create");
		// the keys are read at startup, never written into the generated code
		assertThat(sources).doesNotContain("eu-key", "uk-key");
	}

}
