package dev.talon.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.talon.spring.client.TalonClientListener;
import dev.talon.spring.client.TalonObservationConvention;
import dev.talon.spring.client.TalonRetrySettings;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the Talon.One clients the way the auto-configuration does: the client of each configured Application, and
 * clients an application builds itself (for example with a key it reads at runtime) that should behave like them.
 * <p>
 * A client of an Application gets:
 * <ul>
 * <li>the Application's {@link TalonConnectionDetails}: a bean qualified with its name (for the single Application of
 * {@code talon.*}, the single bean of that type), else its properties;</li>
 * <li>a {@link WebClient} from Spring Boot's {@code WebClient.Builder} (the application's {@code WebClientCustomizer}s,
 * codecs, HTTP client observations) with a connector of its own: Boot's {@code spring.http.clients.*} settings, then
 * the Application's {@code connect-timeout}, {@code ssl.bundle} and {@code proxy.*}; then every
 * {@link TalonWebClientCustomizer};</li>
 * <li>the Application's {@code read-timeout}, {@code timeout}, {@code retry.*} and {@code session-updates.*}, its
 * name (the {@code talon.application} tag of its {@code talon.client.requests} observations), the application's
 * {@link ObservationRegistry} and {@link TalonObservationConvention}, every {@link TalonClientListener} bean;</li>
 * <li>finally every {@link TalonClientBuilderCustomizer}, which is how the metrics and health auto-configurations
 * record its calls.</li>
 * </ul>
 * Settings are checked before anything is built; a misconfiguration throws an {@link InvalidTalonPropertiesException}
 * naming the property to set ({@link TalonPropertyChecks#forApplication}).
 */
public final class TalonClientFactory {

	private final TalonProperties properties;

	private final ListableBeanFactory beanFactory;

	private final ObjectProvider<WebClient.Builder> webClientBuilder;

	private final ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final ObjectProvider<HttpClientSettings> httpClientSettings;

	private final ObjectProvider<SslBundles> sslBundles;

	private final ObjectProvider<TalonWebClientCustomizer> webClientCustomizers;

	private final ObjectProvider<ObservationRegistry> observationRegistry;

	private final ObjectProvider<TalonObservationConvention> observationConvention;

	private final ObjectProvider<TalonClientListener> listeners;

	private final ObjectProvider<TalonClientBuilderCustomizer> customizers;

	TalonClientFactory(TalonProperties properties, ListableBeanFactory beanFactory,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<TalonWebClientCustomizer> webClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<TalonObservationConvention> observationConvention,
			ObjectProvider<TalonClientListener> listeners, ObjectProvider<TalonClientBuilderCustomizer> customizers) {
		this.properties = properties;
		this.beanFactory = beanFactory;
		this.webClientBuilder = webClientBuilder;
		this.connectorBuilder = connectorBuilder;
		this.httpClientSettings = httpClientSettings;
		this.sslBundles = sslBundles;
		this.webClientCustomizers = webClientCustomizers;
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
		this.listeners = listeners;
		this.customizers = customizers;
	}

	/**
	 * Builds the client of a configured Application.
	 * @param application the name of a named Application ({@code talon.applications.<name>}), or
	 * {@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME} for the single one of {@code talon.*}
	 * @return the client
	 * @throws IllegalArgumentException when no Application of that name is configured
	 * @throws InvalidTalonPropertiesException naming the property at fault when its settings are wrong
	 */
	public WebClientTalonIntegrationClient create(String application) {
		return builder(application).build();
	}

	/**
	 * The builder of the client of a configured Application, ready to build: customize it further (add a listener)
	 * to define the bean of that Application yourself.
	 * @param application the name of a named Application ({@code talon.applications.<name>}), or
	 * {@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME} for the single one of {@code talon.*}
	 * @return the builder
	 * @throws IllegalArgumentException when no Application of that name is configured
	 * @throws InvalidTalonPropertiesException naming the property at fault when its settings are wrong
	 */
	public WebClientTalonIntegrationClient.Builder builder(String application) {
		return builder(application, connectionDetails(application));
	}

	/**
	 * The builder of a client of the given connection, with the settings of the named Application if one of that
	 * name is configured, else the top-level {@code talon.*} ones: for a client the application builds itself, such
	 * as one per tenant with a key read at runtime. Give it the name its bean is qualified with, so that the health
	 * indicator finds its calls.
	 * @param application the name of the Application, used for its settings (if configured), its metric tag and its
	 * health component; of low cardinality (never from a request)
	 * @param connection where the Application is and how to authenticate
	 * @return the builder
	 * @throws IllegalArgumentException when the name is blank or the connection missing
	 * @throws InvalidTalonPropertiesException naming the property at fault when the settings are wrong
	 */
	public WebClientTalonIntegrationClient.Builder builder(String application,
			TalonConnectionDetails connection) {
		if (!StringUtils.hasText(application)) {
			throw new IllegalArgumentException("application must not be null or blank");
		}
		if (connection == null) {
			throw new IllegalArgumentException("connection must not be null");
		}
		TalonApplicationProperties settings = this.properties.application(application);
		TalonPropertyChecks checks = TalonPropertyChecks.forApplication(this.properties, application);
		checks.timeouts(settings.getConnectTimeout(), settings.getReadTimeout(), settings.getTimeout());
		TalonRetrySettings retry = checks.retry(settings.getRetry());
		WebClient.Builder webClient = this.webClientBuilder.getIfAvailable(WebClient::builder);
		webClient.clientConnector(connector(settings, checks));
		this.webClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(webClient));
		WebClientTalonIntegrationClient.Builder client = WebClientTalonIntegrationClient
			.builder(webClient, connection.getBaseUrl(), connection.getCredentials())
			.applicationName(application)
			.timeout(settings.getTimeout())
			// talon.read-timeout bounds each attempt in the client (quietly, see WebClientTalonIntegrationClient);
			// the connector keeps Boot's spring.http.clients.read-timeout, if any
			.readTimeout(settings.getReadTimeout())
			.retry(retry)
			.coalesceSessionUpdates(settings.getSessionUpdates().isCoalesce())
			.sendSessionUpdatesWhenCancelled(settings.getSessionUpdates().isSendWhenCancelled())
			.observationRegistry(this.observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP))
			.observationConvention(this.observationConvention.getIfAvailable());
		this.listeners.orderedStream().forEach(client::listener);
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(application, client));
		return client;
	}

	/**
	 * The names of the configured Applications.
	 * @return the names of {@code talon.applications}, in order, or
	 * {@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME} alone for the single one of {@code talon.*}
	 */
	public List<String> applications() {
		return this.properties.getApplications().isEmpty()
				? List.of(WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME)
				: List.copyOf(this.properties.getApplications().keySet());
	}

	/**
	 * The connection of a configured Application: a {@link TalonConnectionDetails} bean for it, else its properties.
	 */
	private TalonConnectionDetails connectionDetails(String application) {
		if (!applications().contains(application)) {
			throw new IllegalArgumentException("No Talon.One Application named '" + application
					+ "' is configured: the Applications are " + applications());
		}
		if (this.properties.getApplications().isEmpty()) {
			TalonConnectionDetails single = this.beanFactory.getBeanProvider(TalonConnectionDetails.class)
				.getIfUnique();
			if (single != null) {
				return single;
			}
		}
		else {
			List<String> qualified = new ArrayList<>();
			for (String name : this.beanFactory.getBeanNamesForType(TalonConnectionDetails.class)) {
				if (BeanFactoryAnnotationUtils.isQualifierMatch(application::equals, name, this.beanFactory)) {
					qualified.add(name);
				}
			}
			if (qualified.size() > 1) {
				throw new IllegalStateException("Several TalonConnectionDetails beans are qualified for the Talon.One "
						+ "Application '" + application + "': " + qualified + "; define one per Application");
			}
			if (qualified.size() == 1) {
				return this.beanFactory.getBean(qualified.get(0), TalonConnectionDetails.class);
			}
		}
		return new PropertiesTalonConnectionDetails(this.properties, application);
	}

	private ClientHttpConnector connector(TalonApplicationProperties settings, TalonPropertyChecks checks) {
		ClientHttpConnectorBuilder<?> builder = this.connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect);
		HttpClientSettings httpSettings = this.httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withConnectTimeout(settings.getConnectTimeout());
		String bundle = checks.resolved("ssl.bundle", settings.getSsl().getBundle());
		if (StringUtils.hasText(bundle)) {
			httpSettings = httpSettings.withSslBundle(sslBundle(bundle.strip(), checks));
		}
		if (checks.proxy(settings.getProxy())) {
			builder = TalonHttpProxy.apply(builder, settings.getProxy(), settings.getConnectTimeout(), checks);
		}
		return builder.build(httpSettings);
	}

	private SslBundle sslBundle(String name, TalonPropertyChecks checks) {
		String property = checks.property("ssl.bundle");
		SslBundles bundles = this.sslBundles.getIfAvailable();
		String define = "Define it under spring.ssl.bundle.jks." + name + " or spring.ssl.bundle.pem." + name;
		if (bundles == null) {
			throw new InvalidTalonPropertiesException(property,
					property + " names the SSL bundle '" + name + "', but the application has no SSL bundles",
					define + ", or remove " + property + ".");
		}
		try {
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidTalonPropertiesException(property, property + " names the SSL bundle '" + name
					+ "', which is not defined (the SSL bundles are " + bundles.getBundleNames() + ")",
					define + ", or set " + property + " to one of the defined bundles.");
		}
	}

	@Override
	public String toString() {
		return "TalonClientFactory" + applications();
	}

}
