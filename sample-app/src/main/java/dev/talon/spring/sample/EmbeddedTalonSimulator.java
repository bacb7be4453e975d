package dev.talon.spring.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.talon.spring.autoconfigure.TalonApplicationProperties;
import dev.talon.spring.autoconfigure.TalonConnectionDetails;
import dev.talon.spring.autoconfigure.TalonProperties;
import dev.talon.spring.simulator.PromotionRules;
import dev.talon.spring.simulator.TalonSimulator;
import dev.talon.spring.simulator.TalonSimulatorConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded Talon.One simulator for each Talon.One Application that has no base URL, before any bean is
 * created, and points the Application's client at it:
 * <ul>
 * <li>With named Applications ({@code talon.applications.<name>}): one simulator per Application without
 * {@code talon.applications.<name>.base-url} (nor the shared {@code talon.base-url}), each with a random API key of
 * this run and the rules of its market's currency ({@link SimulatorRules}, the currency from {@code shop.markets});
 * {@code talon.applications.<name>.base-url} and {@code .api-key} are added in front of every other property source,
 * so they win over the {@code ${TALON_EU_API_KEY}} placeholders of {@code application.yml}. Each simulator is a
 * {@link TalonSimulator} bean named {@code <name>TalonSimulator} and qualified with the Application's name, the one
 * of {@code talon.default-application} (or the only one) primary, as the clients are.</li>
 * <li>With the single Application of the top-level {@code talon.*} settings: one simulator with the default rules
 * when {@code talon.base-url} is not set, {@code talon.base-url} and {@code talon.api-key} added; the bean
 * {@code talonSimulator}.</li>
 * </ul>
 * It logs one line per simulator (never its key) and stops them with the application context. Nothing is started
 * when {@code talon.enabled} is {@code false}, nor for an Application whose connection a {@link TalonConnectionDetails}
 * bean supplies (as the auto-configuration finds it: the single bean of that type, or one qualified with the
 * Application's name), such as those of {@code @AutoConfigureTalonSimulator} in the shop's tests, which run the shop
 * against simulators of the test's own. Registered by {@link EmbeddedTalonSimulatorConfiguration} in every
 * application context; the decision is taken here, on the environment of the run, so that it holds with
 * ahead-of-time processing too. While the application is processed ahead of time (at build time) it does nothing:
 * that run creates no beans and must not leave a server behind.
 */
class EmbeddedTalonSimulator implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean, Ordered {

	/** The name of the property source that points the clients at the simulators. */
	static final String PROPERTY_SOURCE_NAME = "embeddedTalonSimulators";

	private static final Log logger = LogFactory.getLog(EmbeddedTalonSimulator.class);

	private ConfigurableEnvironment environment;

	private final List<TalonSimulator> simulators = new ArrayList<>();

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!this.environment.getProperty("talon.enabled", Boolean.class, true)
				|| Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			return;
		}
		Binder binder = Binder.get(this.environment);
		// bound as the auto-configuration binds them, so that a named Application inherits the top-level base URL
		TalonProperties talon = binder.bind("talon", TalonProperties.class).orElseGet(TalonProperties::new);
		Map<String, TalonApplicationProperties> applications = talon.getApplications();
		Map<String, Object> properties = new LinkedHashMap<>();
		if (applications.isEmpty()) {
			if (!StringUtils.hasText(talon.getBaseUrl()) && !hasConnectionDetails(beanFactory, null)) {
				refuseAKeyWithoutBaseUrl("talon.", talon.getApiKey(), talon.getApplicationKey());
				TalonSimulator simulator = start(PromotionRules.defaults(), properties, "talon.");
				register(beanFactory, "talonSimulator", "default", true, simulator);
				logger.info("talon.base-url is not set: started the embedded Talon.One simulator at "
						+ simulator.baseUrl() + " and pointed the client at it (set TALON_BASE_URL and "
						+ "TALON_API_KEY to use a real Talon.One)");
			}
		}
		else {
			String defaultApplication = StringUtils.hasText(talon.getDefaultApplication())
					? talon.getDefaultApplication().strip()
					: (applications.size() == 1) ? applications.keySet().iterator().next() : null;
			Map<String, Currency> currencies = currencies(binder);
			List<String> simulated = new ArrayList<>();
			for (Map.Entry<String, TalonApplicationProperties> named : applications.entrySet()) {
				String application = named.getKey();
				if (StringUtils.hasText(named.getValue().getBaseUrl()) || hasConnectionDetails(beanFactory, application)) {
					continue; // its own, or the shared talon.base-url, or connection details of a bean
				}
				// every Application checked before any simulator starts
				refuseAKeyWithoutBaseUrl(TalonProperties.APPLICATIONS + "." + application + ".",
						named.getValue().getApiKey(), named.getValue().getApplicationKey());
				simulated.add(application);
			}
			for (String application : simulated) {
				String prefix = TalonProperties.APPLICATIONS + "." + application + ".";
				Currency currency = currencies.get(application);
				TalonSimulator simulator = start(SimulatorRules.forCurrency(currency), properties, prefix);
				register(beanFactory, application + "TalonSimulator", application,
						application.equals(defaultApplication), simulator);
				logger.info("Talon.One Application " + application + " has no base URL: started an embedded "
						+ "Talon.One simulator for it at " + simulator.baseUrl() + ", with "
						+ ((currency != null) ? "the rules of its " + currency + " market"
								: "the EUR market's rules (it is no market's)")
						+ ", and pointed its client at it (set TALON_BASE_URL and the Applications' API keys to use "
						+ "a real Talon.One)");
			}
		}
		if (!properties.isEmpty()) {
			this.environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		}
	}

	/**
	 * Refuses to start a simulator for an Application whose API key (or application key) was given: a real key means
	 * the user meant a real Talon.One and only forgot its base URL, and a shop that silently talked to a simulator
	 * instead would look healthy while no promotion reached Talon.One. A key that is still an unresolved
	 * {@code ${TALON_EU_API_KEY}} placeholder of {@code application.yml} is no key.
	 * @throws InvalidConfigurationPropertyValueException naming the missing base URL (never the key's value)
	 */
	private static void refuseAKeyWithoutBaseUrl(String prefix, String apiKey, String applicationKey) {
		String given = isGiven(apiKey) ? "api-key" : isGiven(applicationKey) ? "application-key" : null;
		if (given != null) {
			throw new InvalidConfigurationPropertyValueException(prefix + "base-url", null, prefix + given
					+ " is set but " + prefix + "base-url is not, so it is unclear whether the shop should talk to "
					+ "Talon.One or to an embedded simulator. Set TALON_BASE_URL (talon.base-url) to your Talon.One "
					+ "deployment, such as https://mycompany.europe-west1.talon.one, or unset the key to run on the "
					+ "embedded simulator.");
		}
	}

	private static boolean isGiven(String key) {
		return StringUtils.hasText(key) && !key.contains("${");
	}

	/** Starts a simulator with a key of this run, and adds the properties that point a client at it. */
	private TalonSimulator start(PromotionRules rules, Map<String, Object> properties, String prefix) {
		String apiKey = "sim-" + UUID.randomUUID();
		TalonSimulator simulator = TalonSimulator.start(TalonSimulatorConfig.defaults().apiKey(apiKey).rules(rules));
		this.simulators.add(simulator);
		properties.put(prefix + "base-url", simulator.baseUrl());
		properties.put(prefix + "api-key", apiKey);
		return simulator;
	}

	/**
	 * Registers a simulator as a bean, so that tests can inject it (and its faults); qualified like the client of its
	 * Application. (It is stopped by {@link #destroy()} too, also when the context fails before creating the bean.)
	 */
	private static void register(ConfigurableListableBeanFactory beanFactory, String beanName, String qualifier,
			boolean primary, TalonSimulator simulator) {
		if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
			beanFactory.registerSingleton(beanName, simulator);
			return;
		}
		RootBeanDefinition definition = new RootBeanDefinition(TalonSimulator.class, () -> simulator);
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, qualifier));
		definition.setPrimary(primary);
		registry.registerBeanDefinition(beanName, definition);
	}

	/**
	 * Whether a {@link TalonConnectionDetails} bean supplies the connection of an Application: any such bean for the
	 * single Application of {@code talon.*} ({@code application} {@code null}), one qualified with its name for a
	 * named one. The bean definitions are read without creating any bean.
	 */
	private static boolean hasConnectionDetails(ConfigurableListableBeanFactory beanFactory, String application) {
		String[] beans = beanFactory.getBeanNamesForType(TalonConnectionDetails.class, true, false);
		return (application == null) ? beans.length > 0 : Arrays.stream(beans)
			.anyMatch((bean) -> BeanFactoryAnnotationUtils.isQualifierMatch(application::equals, bean, beanFactory));
	}

	/** The currency of each Application that is a market's ({@code shop.markets.<market>.application}). */
	private static Map<String, Currency> currencies(Binder binder) {
		Map<String, Currency> currencies = new LinkedHashMap<>();
		binder.bind("shop.markets", Bindable.mapOf(String.class, ShopProperties.MarketProperties.class))
			.ifBound((markets) -> markets.values().forEach((market) -> {
				if (market.application() != null && market.currency() != null) {
					currencies.putIfAbsent(market.application().strip(), market.currency());
				}
			}));
		return currencies;
	}

	@Override
	public void destroy() {
		this.simulators.forEach(TalonSimulator::close);
	}

}
