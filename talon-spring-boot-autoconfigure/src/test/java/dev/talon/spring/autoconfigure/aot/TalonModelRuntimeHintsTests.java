package dev.talon.spring.autoconfigure.aot;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.talon.spring.client.model.ErrorResponse;
import dev.talon.spring.client.model.v1.CustomerSessionState;
import dev.talon.spring.client.model.v1.Effect;
import dev.talon.spring.client.model.v1.IntegrationState;
import dev.talon.spring.client.model.v1.NewCustomerSession;
import dev.talon.spring.client.model.v2.Referral;
import dev.talon.spring.client.model.vnext.AddedModel;
import dev.talon.spring.client.model.vnext.NotAModel;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models get the reflection hints that Jackson needs in a native image, including models added later.
 */
class TalonModelRuntimeHintsTests {

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	// computed once: both scan the class path
	private static final RuntimeHints hints = registeredHints();

	private static final List<Class<?>> modelClasses = modelClassesOnTheClassPath();

	@Test
	void theHintsAreRegisteredInAotFactories() {
		assertThat(AotServices.factories(getClass().getClassLoader()).load(RuntimeHintsRegistrar.class).asList())
			.hasAtLeastOneElementOfType(TalonModelRuntimeHints.class);
	}

	@Test
	void everyRecordCanBeConstructedAndReadThroughItsComponents() {
		List<Class<?>> records = modelClasses.stream().filter(Class::isRecord).toList();
		assertThat(records).as("the models found independently of the registrar's scan")
			.contains(ErrorResponse.class, IntegrationState.class, NewCustomerSession.class, Effect.class,
					Referral.class)
			.hasSizeGreaterThan(20);
		for (Class<?> type : records) {
			assertThat(reflection.onType(type)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.ACCESS_DECLARED_FIELDS))
				.as(type.getName()).accepts(hints);
			Class<?>[] componentTypes = Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			assertThat(reflection.onConstructorInvocation(canonicalConstructor(type, componentTypes)))
				.as("canonical constructor of " + type.getName()).accepts(hints);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(reflection.onMethodInvocation(component.getAccessor()))
					.as(type.getName() + "." + component.getName() + "()").accepts(hints);
			}
		}
	}

	@Test
	void everyEnumCanBeReadByItsConstants() {
		List<Class<?>> enums = modelClasses.stream().filter(Class::isEnum).toList();
		assertThat(enums).contains(CustomerSessionState.class);
		for (Class<?> type : enums) {
			assertThat(reflection.onType(type)
				.withMemberCategories(MemberCategory.ACCESS_DECLARED_FIELDS, MemberCategory.INVOKE_PUBLIC_METHODS))
				.as(type.getName()).accepts(hints);
		}
	}

	@Test
	void everyMethodAndConstructorThatAJacksonAnnotationNamesCanBeInvoked() {
		List<Executable> annotated = modelClasses.stream()
			.flatMap((type) -> Stream.concat(Arrays.stream(type.getDeclaredMethods()),
					Arrays.stream(type.getDeclaredConstructors())))
			.filter(TalonModelRuntimeHintsTests::hasJacksonAnnotation)
			.toList();
		assertThat(annotated).as("@JsonCreator and @JsonValue of Effect and CustomerSessionState at least")
			.hasSizeGreaterThanOrEqualTo(4);
		for (Executable executable : annotated) {
			if (executable instanceof Method method) {
				assertThat(reflection.onMethodInvocation(method)).as(method.toString()).accepts(hints);
			}
			else {
				assertThat(reflection.onConstructorInvocation((Constructor<?>) executable))
					.as(executable.toString()).accepts(hints);
			}
		}
	}

	@Test
	void aModelAddedToAModelPackageIsCoveredWithoutBeingListed() throws NoSuchMethodException {
		assertThat(TalonModelRuntimeHints.modelTypes(getClass().getClassLoader()))
			.contains(AddedModel.class, AddedModel.Part.class, AddedModel.Kind.class)
			.doesNotContain(NotAModel.class, NewCustomerSession.Builder.class);
		assertThat(reflection.onMethodInvocation(AddedModel.Part.class.getMethod("value"))).accepts(hints);
		assertThat(reflection.onMethodInvocation(AddedModel.Kind.class.getMethod("fromValue", String.class)))
			.accepts(hints);
		assertThat(reflection.onConstructorInvocation(canonicalConstructor(AddedModel.class,
				Arrays.stream(AddedModel.class.getRecordComponents()).map(RecordComponent::getType)
					.toArray(Class<?>[]::new))))
			.accepts(hints);
	}

	@Test
	void helpersAndBuildersGetNoHints() {
		assertThat(reflection.onType(NotAModel.class)).rejects(hints);
		assertThat(reflection.onType(NewCustomerSession.Builder.class)).rejects(hints);
	}

	private static RuntimeHints registeredHints() {
		RuntimeHints hints = new RuntimeHints();
		new TalonModelRuntimeHints().registerHints(hints, TalonModelRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

	/**
	 * The classes of the model packages, found by walking the class directories (main and test classes, so the
	 * fixture of a later API generation too) rather than by the registrar's scan.
	 */
	private static List<Class<?>> modelClassesOnTheClassPath() {
		String root = TalonModelRuntimeHints.MODEL_PACKAGE.replace('.', '/');
		try {
			List<Class<?>> classes = new ArrayList<>();
			for (URL url : Collections.list(TalonModelRuntimeHintsTests.class.getClassLoader().getResources(root))) {
				Path directory = Path.of(url.toURI());
				try (Stream<Path> files = Files.walk(directory)) {
					files.map((file) -> directory.relativize(file).toString().replace(File.separatorChar, '/'))
						.filter((file) -> file.endsWith(".class") && !file.endsWith("-info.class"))
						.map((file) -> root + "/" + file.substring(0, file.length() - ".class".length()))
						.map((name) -> load(name.replace('/', '.')))
						.filter((type) -> !type.isAnonymousClass() && !type.isLocalClass())
						.forEach(classes::add);
				}
			}
			classes.sort(Comparator.comparing(Class::getName));
			return classes;
		}
		catch (IOException | URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, TalonModelRuntimeHintsTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Constructor<?> canonicalConstructor(Class<?> type, Class<?>[] componentTypes) {
		try {
			return type.getDeclaredConstructor(componentTypes);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean hasJacksonAnnotation(AnnotatedElement element) {
		return Arrays.stream(element.getAnnotations())
			.anyMatch((annotation) -> annotation.annotationType().getPackageName()
				.startsWith("com.fasterxml.jackson.annotation"));
	}

}
