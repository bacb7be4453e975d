package dev.talon.spring.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client is usable without Spring Boot: nothing in {@code dev.talon.spring.client} depends on it, or on the
 * auto-configuration.
 */
class ClientArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.talon.spring");

	@Test
	void theClientDoesNotDependOnSpringBoot() {
		assertThat(this.classes.stream().filter((c) -> c.getPackageName().startsWith("dev.talon.spring.client")))
			.hasSizeGreaterThan(20);
		noClasses().that()
			.resideInAPackage("dev.talon.spring.client..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.boot..", "dev.talon.spring.autoconfigure..")
			.check(this.classes);
	}

}
