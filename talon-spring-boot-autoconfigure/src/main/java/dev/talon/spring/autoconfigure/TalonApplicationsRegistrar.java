package dev.talon.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.talon.spring.client.WebClientTalonIntegrationClient;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.StringUtils;

/**
 * Registers one client bean per named Talon.One Application ({@code talon.applications.<name>.*}), built by
 * {@link TalonClientFactory#create(String)}:
 * <ul>
 * <li>named {@code <name>TalonIntegrationClient} (such as {@code euTalonIntegrationClient}); a bean of that name
 * defined by the application replaces it;</li>
 * <li>qualified with the Application's name, so that {@code @Qualifier("eu") TalonIntegrationClient} injects it;</li>
 * <li>primary for the Application named by {@code talon.default-application}, or for the only one: that client is
 * injected where no qualifier is given. With several and no default, such an injection point fails at startup, and
 * {@link TalonAmbiguousClientFailureAnalyzer} says what to set.</li>
 * </ul>
 * The bean definitions name a factory method (no instance supplier), so that Spring AOT can generate them; the set of
 * Applications is then the one of the build, like the conditions of any auto-configuration.
 * <p>
 * Checks what only concerns the set of Applications: their names, {@code talon.default-application}, and no
 * credentials among the top-level {@code talon.*} settings (they would belong to no Application).
 */
class TalonApplicationsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

	/** The suffix of the bean name of each named Application's client. */
	static final String BEAN_NAME_SUFFIX = "TalonIntegrationClient";

	private static final List<String> CREDENTIALS = List.of("api-key", "application-id", "application-key");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Binder binder = Binder.get(this.environment);
		List<String> names = names(this.environment);
		String defaultApplication = text(binder, TalonProperties.DEFAULT_APPLICATION);
		if (names.isEmpty()) {
			if (defaultApplication != null) {
				throw new InvalidTalonPropertiesException(TalonProperties.DEFAULT_APPLICATION,
						TalonProperties.DEFAULT_APPLICATION + " is '" + defaultApplication
								+ "', but no Application is configured under " + TalonProperties.APPLICATIONS,
						"Configure the Applications under " + TalonProperties.APPLICATIONS + ".<name>.*, such as "
								+ TalonProperties.APPLICATIONS + "." + defaultApplication + ".api-key, or remove "
								+ TalonProperties.DEFAULT_APPLICATION + ".");
			}
			return;
		}
		names.forEach(TalonPropertyChecks::applicationName);
		checkDistinct(names);
		checkEachHasSettings(binder, names);
		for (String credential : CREDENTIALS) {
			String property = "talon." + credential;
			if (text(binder, property) != null) {
				throw new InvalidTalonPropertiesException(property, property + " is set, but with Applications under "
						+ TalonProperties.APPLICATIONS + " (" + String.join(", ", names)
						+ ") each has credentials of its own, and the top-level talon.* settings are only their "
						+ "shared defaults",
						"Move it to the Application it belongs to, such as " + TalonProperties.APPLICATIONS + "."
								+ names.get(0) + "." + credential + " (and set " + TalonProperties.DEFAULT_APPLICATION
								+ " to that Application if its client is to be injected where no qualifier is given).");
			}
		}
		if (defaultApplication != null && !names.contains(defaultApplication)) {
			throw new InvalidTalonPropertiesException(TalonProperties.DEFAULT_APPLICATION,
					TalonProperties.DEFAULT_APPLICATION + " is '" + defaultApplication
							+ "', but no Application of that name is configured (the Applications are "
							+ String.join(", ", names) + ")",
					"Set " + TalonProperties.DEFAULT_APPLICATION + " to one of " + String.join(", ", names)
							+ ", or configure " + TalonProperties.APPLICATIONS + "." + defaultApplication + ".");
		}
		String primary = (defaultApplication != null) ? defaultApplication : (names.size() == 1) ? names.get(0) : null;
		for (String name : names) {
			String beanName = name + BEAN_NAME_SUFFIX;
			if (registry.containsBeanDefinition(beanName)) {
				continue; // defined by the application
			}
			RootBeanDefinition definition = new RootBeanDefinition();
			definition.setTargetType(WebClientTalonIntegrationClient.class);
			definition.setFactoryBeanName(TalonAutoConfiguration.FACTORY_BEAN_NAME);
			definition.setFactoryMethodName("create");
			definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
			definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
			definition.setPrimary(name.equals(primary));
			definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
			registry.registerBeanDefinition(beanName, definition);
		}
	}

	private static String text(Binder binder, String property) {
		String value = binder.bind(property, String.class).map(String::strip).orElse(null);
		return StringUtils.hasText(value) ? value : null;
	}

	/**
	 * The names of the Applications configured under {@code talon.applications}, in order.
	 * @param environment the environment
	 * @return the names, empty when there are none
	 */
	static List<String> names(Environment environment) {
		try {
			return Binder.get(environment)
				.bind(TalonProperties.APPLICATIONS, Bindable.mapOf(String.class, Object.class))
				.map((applications) -> List.copyOf(applications.keySet()))
				.orElse(List.of());
		}
		catch (BindException ex) {
			// talon.applications= (or "applications:" with nothing under it in YAML): a value, not a group
			throw new InvalidTalonPropertiesException(TalonProperties.APPLICATIONS,
					TalonProperties.APPLICATIONS + " is set to a value, but it is the group of the Applications' "
							+ "settings",
					"Configure each Application under " + TalonProperties.APPLICATIONS + ".<name>, such as "
							+ TalonProperties.APPLICATIONS + ".eu.api-key, or remove " + TalonProperties.APPLICATIONS
							+ " to configure the single Application of talon.*.");
		}
	}

	/**
	 * Refuses names that differ only in case, {@code -} or {@code _}: Spring Boot maps an environment variable such
	 * as {@code TALON_APPLICATIONS_EUWEST_BASEURL} to the lower-case name without them ({@code euwest}), so a variable
	 * meant to override {@code eu-west} would declare a second Application instead.
	 */
	private static void checkDistinct(List<String> names) {
		Map<String, String> byPlainName = new LinkedHashMap<>();
		for (String name : names) {
			String plain = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
			String other = byPlainName.putIfAbsent(plain, name);
			if (other != null) {
				throw new InvalidTalonPropertiesException(TalonProperties.APPLICATIONS,
						TalonProperties.APPLICATIONS + " has the Applications '" + other + "' and '" + name
								+ "', whose names differ only in case, '-' or '_': an environment variable such as "
								+ "TALON_APPLICATIONS_" + plain.toUpperCase(Locale.ROOT)
								+ "_BASEURL cannot tell them apart and declares the Application '" + plain + "'",
						"Configure each Application once, under one name. To override an Application's settings "
								+ "from environment variables, name it in lower-case letters and digits only, such as "
								+ TalonProperties.APPLICATIONS + "." + plain + ".");
			}
		}
	}

	/**
	 * Refuses an Application declared with a value instead of settings ({@code talon.applications.eu=}, or
	 * {@code eu:} with nothing under it in YAML), which Spring Boot would report as a converter it cannot find.
	 */
	private void checkEachHasSettings(Binder binder, List<String> names) {
		for (String name : names) {
			String property = TalonProperties.APPLICATIONS + "." + name;
			boolean group;
			try {
				group = binder.bind(property, Bindable.mapOf(String.class, Object.class)).isBound();
			}
			catch (BindException ex) {
				group = false;
			}
			if (!group) {
				throw new InvalidTalonPropertiesException(property, property
						+ " is declared without any setting under it",
						"Give the Application its settings, such as " + property + ".api-key (when a "
								+ "TalonConnectionDetails bean connects it, any other setting names it, such as "
								+ property + ".timeout=5s), or remove " + property + ".");
			}
		}
		Set<String> known;
		try {
			known = binder.bind(TalonProperties.APPLICATIONS, Bindable.mapOf(String.class, TalonApplicationProperties.class))
				.map(Map::keySet)
				.orElse(Set.of());
		}
		catch (BindException ex) {
			return; // a value that cannot be bound: reported, with its property, where the properties are bound
		}
		for (String name : names) {
			if (!known.contains(name)) {
				String property = TalonProperties.APPLICATIONS + "." + name;
				List<String> unknown = propertiesUnder(binder, property);
				throw new InvalidTalonPropertiesException(property, property + " has no setting this starter knows"
						+ (unknown.isEmpty() ? "" : " (only " + String.join(", ", unknown) + ")"),
						"Check the spelling against the talon.* settings, such as " + property
								+ ".api-key. An environment variable such as TALON_APPLICATIONS_EU_WEST_BASEURL is "
								+ "talon.applications.eu.west.baseurl to Spring Boot, so it cannot address an "
								+ "Application named with '-' or '_': name it in lower-case letters and digits "
								+ "(such as euwest) to configure it from the environment.");
			}
		}
	}

	/** The names of up to three properties set under a prefix, for a report. */
	private List<String> propertiesUnder(Binder binder, String prefix) {
		ConfigurationPropertyName parent = ConfigurationPropertyName.of(prefix);
		List<String> names = new ArrayList<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream()
					.filter(parent::isAncestorOf)
					.map(ConfigurationPropertyName::toString)
					.filter((name) -> !names.contains(name))
					.limit(3L - names.size())
					.forEach(names::add);
			}
			if (names.size() >= 3) {
				break;
			}
		}
		return names;
	}

}
