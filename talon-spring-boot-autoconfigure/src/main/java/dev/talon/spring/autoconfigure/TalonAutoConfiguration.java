package dev.talon.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.TalonClientListener;
import dev.talon.spring.client.TalonClients;
import dev.talon.spring.client.TalonIntegrationClient;
import dev.talon.spring.client.TalonObservationConvention;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Talon.One clients, one per Talon.One Application.
 * <ul>
 * <li>With the single Application of the top-level {@code talon.*} properties: one client bean,
 * {@code talonIntegrationClient} (qualifier
 * {@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME}) and primary, unless the application defines a
 * {@link TalonIntegrationClient} that replaces it: one without a qualifier, as Spring Boot's beans back off; clients
 * qualified with other names stand beside it ({@link NotReplacedCondition}).</li>
 * <li>With named Applications ({@code talon.applications.<name>.*}): one client bean per Application, named
 * {@code <name>TalonIntegrationClient} and qualified {@code <name>}, the one of {@code talon.default-application} (or
 * the only one) primary ({@link TalonApplicationsRegistrar}).</li>
 * <li>{@link TalonClients}: every {@link TalonIntegrationClient} bean by the name of its Application (its qualifier,
 * else its bean name), user-defined ones included.</li>
 * <li>{@link TalonClientFactory}, which builds each client: from Spring Boot's auto-configured
 * {@link WebClient.Builder} (the application's {@code WebClientCustomizer}s, codecs and HTTP client observations
 * apply) with a connector of its own (the Application's connect timeout, SSL bundle and proxy on top of Boot's
 * {@code spring.http.clients.*}), then the {@link TalonWebClientCustomizer} beans; with the Application's timeouts,
 * retries and session-update settings, the application's {@link ObservationRegistry} (each call a
 * {@code talon.client.requests} observation tagged with the Application), the {@link TalonObservationConvention},
 * {@link TalonClientListener} and {@link TalonClientBuilderCustomizer} beans.</li>
 * </ul>
 * Misconfigured properties stop the application at startup with a message that names the property to set
 * ({@link TalonPropertyChecks}). With Actuator, the keys and the proxy password are masked in
 * {@code /actuator/configprops} and {@code /actuator/env} even where values are shown.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, ClientHttpConnectorBuilder.class })
@ConditionalOnBooleanProperty(name = "talon.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TalonProperties.class)
@Import(TalonApplicationsRegistrar.class)
public final class TalonAutoConfiguration {

	/** The name of the {@link TalonClientFactory} bean, whose {@code create} method builds each client bean. */
	static final String FACTORY_BEAN_NAME = "talonClientFactory";

	/** The name of the client bean of the single Application of {@code talon.*}. */
	static final String SINGLE_CLIENT_BEAN_NAME = "talonIntegrationClient";

	@Bean(FACTORY_BEAN_NAME)
	TalonClientFactory talonClientFactory(TalonProperties properties, ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<TalonWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<TalonObservationConvention> observationConvention,
			ObjectProvider<TalonClientListener> listeners, ObjectProvider<TalonClientBuilderCustomizer> customizers) {
		return new TalonClientFactory(properties, beanFactory, webClientBuilder, connectorBuilder, httpClientSettings,
				sslBundles, webClientCustomizers, observationRegistry, observationConvention, listeners, customizers);
	}

	@Bean(SINGLE_CLIENT_BEAN_NAME)
	@Qualifier(WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME)
	@Conditional({ SingleApplicationCondition.class, NotReplacedCondition.class })
	WebClientTalonIntegrationClient talonIntegrationClient(TalonClientFactory factory) {
		return factory.create(WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME);
	}

	/**
	 * Makes the single Application's client primary, so that it is the one injected where no qualifier is given
	 * beside clients of the application's own, unless the application marked one of its own primary.
	 * @return the post-processor
	 */
	@Bean
	static BeanFactoryPostProcessor talonPrimaryClientPostProcessor() {
		return (beanFactory) -> {
			if (!beanFactory.containsBeanDefinition(SINGLE_CLIENT_BEAN_NAME)) {
				return;
			}
			for (String beanName : beanFactory.getBeanNamesForType(TalonIntegrationClient.class, true, false)) {
				if (!beanName.equals(SINGLE_CLIENT_BEAN_NAME) && beanFactory.containsBeanDefinition(beanName)
						&& beanFactory.getBeanDefinition(beanName).isPrimary()) {
					return; // the application chose its default
				}
			}
			beanFactory.getBeanDefinition(SINGLE_CLIENT_BEAN_NAME).setPrimary(true);
		};
	}

	@Bean
	@ConditionalOnMissingBean
	TalonClients talonClients(ConfigurableListableBeanFactory beanFactory, TalonClientFactory factory) {
		return new TalonClients(clientsByApplication(beanFactory, factory.applications()));
	}

	/**
	 * Every {@link TalonIntegrationClient} bean by the name of its Application: the value of its {@link Qualifier}
	 * (on its bean definition or its {@code @Bean} method); else, for a bean that replaces a configured
	 * Application's by its name ({@code euTalonIntegrationClient}, or {@code talonIntegrationClient} for the single
	 * one), that Application's name; else its bean name. The configured Applications come first, in their order.
	 */
	private static Map<String, TalonIntegrationClient> clientsByApplication(ConfigurableListableBeanFactory beanFactory,
			List<String> configured) {
		Map<String, String> beanNames = new LinkedHashMap<>();
		for (String beanName : beanFactory.getBeanNamesForType(TalonIntegrationClient.class)) {
			if (ScopedProxyUtils.isScopedTarget(beanName)) {
				continue;
			}
			String application = applicationName(beanFactory, beanName, configured);
			String other = beanNames.putIfAbsent(application, beanName);
			if (other != null) {
				throw new IllegalStateException("The TalonIntegrationClient beans '" + other + "' and '" + beanName
						+ "' both belong to the Talon.One Application '" + application
						+ "' (by their qualifier or bean name): qualify each client with a name of its own");
			}
		}
		List<String> order = new ArrayList<>(configured);
		beanNames.keySet().stream().filter((name) -> !order.contains(name)).forEach(order::add);
		Map<String, TalonIntegrationClient> clients = new LinkedHashMap<>();
		for (String application : order) {
			String beanName = beanNames.get(application);
			if (beanName != null) {
				clients.put(application, beanFactory.getBean(beanName, TalonIntegrationClient.class));
			}
		}
		return clients;
	}

	private static String applicationName(ConfigurableListableBeanFactory beanFactory, String beanName,
			List<String> configured) {
		String qualifier = qualifier(beanFactory, beanName);
		if (qualifier != null) {
			return qualifier;
		}
		for (String application : configured) {
			if (beanName.equals(application + TalonApplicationsRegistrar.BEAN_NAME_SUFFIX)
					|| (beanName.equals(SINGLE_CLIENT_BEAN_NAME)
							&& application.equals(WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME))) {
				return application;
			}
		}
		// a client of the application's own without a name in a qualifier: the name its builder was given (as
		// TalonClientFactory#builder(name, ...) does), under which its calls are recorded
		if (beanFactory.getBean(beanName) instanceof WebClientTalonIntegrationClient client
				&& !WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME.equals(client.applicationName())) {
			return client.applicationName();
		}
		return beanName;
	}

	/**
	 * The value of a bean's {@link Qualifier}: on its bean definition, on its {@code @Bean} method or on its class;
	 * {@code null} when it has none. Works before the bean is created (in a condition).
	 */
	static String qualifier(ConfigurableListableBeanFactory beanFactory, String beanName) {
		if (beanFactory.containsBeanDefinition(beanName)) {
			BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
			if (definition instanceof AbstractBeanDefinition bean) {
				AutowireCandidateQualifier qualifier = bean.getQualifier(Qualifier.class.getName());
				Object value = (qualifier != null) ? qualifier.getAttribute(AutowireCandidateQualifier.VALUE_KEY)
						: null;
				if (value instanceof String name && StringUtils.hasText(name)) {
					return name;
				}
			}
			if (definition instanceof AnnotatedBeanDefinition annotated
					&& annotated.getFactoryMethodMetadata() != null) {
				MergedAnnotation<Qualifier> qualifier = annotated.getFactoryMethodMetadata()
					.getAnnotations()
					.get(Qualifier.class);
				if (qualifier.isPresent() && StringUtils.hasText(qualifier.getString("value"))) {
					return qualifier.getString("value");
				}
			}
		}
		Qualifier qualifier = beanFactory.findAnnotationOnBean(beanName, Qualifier.class, false);
		return (qualifier != null && StringUtils.hasText(qualifier.value())) ? qualifier.value() : null;
	}

	/**
	 * Whether a bean has a qualifier of any kind: {@link Qualifier} or an annotation of the application's own that is
	 * meta-annotated with it, on its bean definition, its {@code @Bean} method or its class.
	 */
	static boolean hasQualifier(ConfigurableListableBeanFactory beanFactory, String beanName) {
		if (beanFactory.containsBeanDefinition(beanName)) {
			BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
			if (definition instanceof AbstractBeanDefinition bean && !bean.getQualifiers().isEmpty()) {
				return true;
			}
			if (definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null
					&& annotated.getFactoryMethodMetadata().getAnnotations().isPresent(Qualifier.class)) {
				return true;
			}
		}
		return beanFactory.findAnnotationOnBean(beanName, Qualifier.class, false) != null;
	}

	/**
	 * Matches unless a {@link TalonIntegrationClient} bean of the application replaces the single Application's
	 * client: one without a qualifier (Spring Boot's usual back-off), one qualified {@code default}, or one named
	 * {@code talonIntegrationClient}. Clients of the application's own with other qualifiers (one per tenant, built
	 * with {@link TalonClientFactory}; a qualifier annotation of its own counts) stand beside it, and it is the primary
	 * one unless the application marks one of its own primary, as long as it is
	 * configured ({@code talon.base-url} or a {@link TalonConnectionDetails} bean); with only such qualified clients
	 * and nothing configured, it backs off, as an application whose clients are all its own needs no
	 * {@code talon.*} properties.
	 */
	static final class NotReplacedCondition extends SpringBootCondition implements ConfigurationCondition {

		@Override
		public ConfigurationPhase getConfigurationPhase() {
			return ConfigurationPhase.REGISTER_BEAN;
		}

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("TalonIntegrationClient of the application");
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			List<String> qualified = new ArrayList<>();
			for (String beanName : beanFactory.getBeanNamesForType(TalonIntegrationClient.class, true, false)) {
				if (!hasQualifier(beanFactory, beanName) || beanName.equals(SINGLE_CLIENT_BEAN_NAME)
						|| WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME
							.equals(qualifier(beanFactory, beanName))) {
					return ConditionOutcome.noMatch(message.found("bean that replaces it").items(beanName));
				}
				qualified.add(beanName);
			}
			if (qualified.isEmpty()) {
				return ConditionOutcome.match(message.because("none is defined"));
			}
			boolean configured = StringUtils.hasText(context.getEnvironment().getProperty("talon.base-url"))
					|| beanFactory.getBeanNamesForType(TalonConnectionDetails.class, true, false).length > 0;
			return configured
					? ConditionOutcome.match(message.found("qualified client", "qualified clients").items(qualified))
					: ConditionOutcome.noMatch(message.because("only qualified clients of its own are defined "
							+ qualified + ", and neither talon.base-url nor a TalonConnectionDetails bean is"));
		}

	}

	/**
	 * Matches when no Application is configured under {@code talon.applications}: the top-level {@code talon.*}
	 * settings then configure the single one.
	 */
	static final class SingleApplicationCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Talon.One Applications");
			List<String> names = TalonApplicationsRegistrar.names(context.getEnvironment());
			return names.isEmpty() ? ConditionOutcome.match(message.because("none under talon.applications"))
					: ConditionOutcome.noMatch(message.found("talon.applications").items(names));
		}

	}

	/**
	 * Masks the credentials and the proxy password of every Application in {@code /actuator/configprops} and
	 * {@code /actuator/env}, also where the application shows the values
	 * ({@code management.endpoint.*.show-values}): every key that names Talon.One and ends with an API key, an
	 * application key or a password, in any form Boot shows keys in ({@code talon.applications.eu.api-key},
	 * {@code TALON_APPLICATIONS_EU_API_KEY}, {@code TALON_EU_API_KEY}), and every property that one of them refers to
	 * by a placeholder ({@code talon.api-key=${VAULT_TALON}} masks {@code VAULT_TALON}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
	static class SanitizingConfiguration {

		@Bean
		SanitizingFunction talonSanitizingFunction(Environment environment) {
			TalonSecretKeys secretKeys = new TalonSecretKeys(environment);
			return SanitizingFunction.sanitizeValue()
				.ifMatches((data) -> secretKeys.test(data.getKey()) || TalonSecretKeys.holdsSecrets(data));
		}

	}

}
