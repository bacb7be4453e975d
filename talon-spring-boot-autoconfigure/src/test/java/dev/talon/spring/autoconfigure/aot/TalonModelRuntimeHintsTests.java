package dev.talon.spring.autoconfigure.aot;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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

	private final RuntimeHints hints = registeredHints();

	@Test
	void theHintsAreRegisteredInAotFactories() {
		assertThat(AotServices.factories(getClass().getClassLoader()).load(RuntimeHintsRegistrar.class).asList())
			.hasAtLeastOneElementOfType(TalonModelRuntimeHints.class);
	}

	@Test
	void everyRecordCanBeConstructedAndReadThroughItsComponents() {
		List<Class<?>> records = modelClassesOnTheClassPath().filter(Class::isRecord).toList();
		assertThat(records).as("the models found independently of the registrar's scan")
			.contains(ErrorResponse.class, IntegrationState.class, NewCustomerSession.class, Effect.class,
					Referral.class)
			.hasSizeGreaterThan(20);
		for (Class<?> type : records) {
			assertThat(reflection.onType(type)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.ACCESS_DECLARED_FIELDS))
				.as(type.getName()).accepts(this.hints);
			Class<?>[] componentTypes = Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			assertThat(reflection.onConstructorInvocation(canonicalConstructor(type, componentTypes)))
				.as("canonical constructor of " + type.getName()).accepts(this.hints);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(reflection.onMethodInvocation(component.getAccessor()))
					.as(type.getName() + "." + component.getName() + "()").accepts(this.hints);
			}
		}
	}

	@Test
	void everyEnumCanBeReadByItsConstants() {
		List<Class<?>> enums = modelClassesOnTheClassPath().filter(Class::isEnum).toList();
		assertThat(enums).contains(CustomerSessionState.class);
		for (Class<?> type : enums) {
			assertThat(reflection.onType(type)
				.withMemberCategories(MemberCategory.ACCESS_DECLARED_FIELDS, MemberCategory.INVOKE_PUBLIC_METHODS))
				.as(type.getName()).accepts(this.hints);
		}
	}

	@Test
	void everyMethodAndConstructorThatAJacksonAnnotationNamesCanBeInvoked() {
		List<Executable> annotated = modelClassesOnTheClassPath()
			.flatMap((type) -> Stream.concat(Arrays.stream(type.getDeclaredMethods()),
					Arrays.stream(type.getDeclaredConstructors())))
			.filter(TalonModelRuntimeHintsTests::hasJacksonAnnotation)
			.toList();
		assertThat(annotated).as("@JsonCreator and @JsonValue of Effect and CustomerSessionState at least")
			.hasSizeGreaterThanOrEqualTo(4);
		for (Executable executable : annotated) {
			if (executable instanceof Method method) {
				assertThat(reflection.onMethodInvocation(method)).as(method.toString()).accepts(this.hints);
			}
			else {
				assertThat(reflection.onConstructorInvocation((Constructor<?>) executable))
					.as(executable.toString()).accepts(this.hints);
			}
		}
	}

	@Test
	void aModelAddedToAModelPackageIsCoveredWithoutBeingListed() throws NoSuchMethodException {
		assertThat(TalonModelRuntimeHints.modelTypes(getClass().getClassLoader()))
			.contains(AddedModel.class, AddedModel.Part.class, AddedModel.Kind.class)
			.doesNotContain(NotAModel.class, NewCustomerSession.Builder.class);
		assertThat(reflection.onMethodInvocation(AddedModel.Part.class.getMethod("value"))).accepts(this.hints);
		assertThat(reflection.onMethodInvocation(AddedModel.Kind.class.getMethod("fromValue", String.class)))
			.accepts(this.hints);
		assertThat(reflection.onConstructorInvocation(canonicalConstructor(AddedModel.class,
				Arrays.stream(AddedModel.class.getRecordComponents()).map(RecordComponent::getType)
					.toArray(Class<?>[]::new))))
			.accepts(this.hints);
	}

	@Test
	void helpersAndBuildersGetNoHints() {
		assertThat(reflection.onType(NotAModel.class)).rejects(this.hints);
		assertThat(reflection.onType(NewCustomerSession.Builder.class)).rejects(this.hints);
	}

	private static RuntimeHints registeredHints() {
		RuntimeHints hints = new RuntimeHints();
		new TalonModelRuntimeHints().registerHints(hints, TalonModelRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

	/**
	 * The classes of the model packages, found by ArchUnit's importer rather than by the registrar's scan: main and
	 * test classes, so the fixture of a later API generation too.
	 */
	private static Stream<Class<?>> modelClassesOnTheClassPath() {
		Set<String> names = new ClassFileImporter().importPackages(TalonModelRuntimeHints.MODEL_PACKAGE)
			.stream()
			.filter((javaClass) -> !javaClass.isAnonymousClass() && !javaClass.isLocalClass())
			.map(JavaClass::getName)
			.collect(java.util.stream.Collectors.toSet());
		return names.stream().sorted().map(TalonModelRuntimeHintsTests::load);
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
