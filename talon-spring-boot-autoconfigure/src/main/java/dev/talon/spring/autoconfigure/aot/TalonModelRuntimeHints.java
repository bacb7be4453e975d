package dev.talon.spring.autoconfigure.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * Reflection hints for the Talon.One models, so that an application using the client can be compiled to a GraalVM
 * native image: the client's Jackson mapper reads and writes them through their constructors, record accessors and
 * annotated factory methods, which a native image only allows for types registered at build time.
 * <p>
 * The models are found by scanning {@value #MODEL_PACKAGE} and its sub-packages (one per API generation) when the
 * application is processed ahead of time, so a model added to any of them is covered without being listed here. The
 * hints are those of {@link BindingReflectionHintsRegistrar} (what {@code @RegisterReflectionForBinding} gives): the
 * type, its declared constructors and fields, its record accessors or bean properties, the methods and classes named
 * by its Jackson annotations, and the same, transitively, for the types of its components. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
final class TalonModelRuntimeHints implements RuntimeHintsRegistrar {

	/** The package of the Talon.One models; each API generation has a sub-package of its own. */
	static final String MODEL_PACKAGE = "dev.talon.spring.client.model";

	private static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation.JacksonAnnotation";

	private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		this.bindingHints.registerReflectionHints(hints.reflection(), modelTypes(classLoader).toArray(Type[]::new));
	}

	/**
	 * The types of {@value #MODEL_PACKAGE} and its sub-packages that Jackson binds: records, enums, and classes or
	 * interfaces that carry a Jackson annotation (on the type or a member). Builders and helpers are left out; a type
	 * they reach through a component is still covered transitively.
	 * @param classLoader the class loader of the application (or {@code null} for the default)
	 * @return the types, by name
	 */
	static Set<Class<?>> modelTypes(ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		String pattern = PathMatchingResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
				+ ClassUtils.convertClassNameToResourcePath(MODEL_PACKAGE) + "/**/*.class";
		try {
			Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
			for (Resource resource : resolver.getResources(pattern)) {
				ClassMetadata metadata = readers.getMetadataReader(resource).getClassMetadata();
				// anonymous, local and inner classes are never bound; package-info and module-info are no types
				if (metadata.isIndependent() && !metadata.getClassName().endsWith("-info")) {
					Class<?> type = ClassUtils.resolveClassName(metadata.getClassName(), resolver.getClassLoader());
					if (isBound(type)) {
						types.add(type);
					}
				}
			}
			return types;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not scan " + pattern + " for the Talon.One models", ex);
		}
	}

	private static boolean isBound(Class<?> type) {
		return type.isRecord() || type.isEnum() || hasJacksonAnnotation(type)
				|| Stream.of(type.getDeclaredFields(), type.getDeclaredMethods(), type.getDeclaredConstructors())
					.flatMap(Arrays::stream)
					.anyMatch(TalonModelRuntimeHints::hasJacksonAnnotation);
	}

	private static boolean hasJacksonAnnotation(AnnotatedElement element) {
		// every Jackson annotation (jackson-annotations' and Jackson 3 databind's) is meta-annotated so
		return MergedAnnotations.from(element).isPresent(JACKSON_ANNOTATION);
	}

}
