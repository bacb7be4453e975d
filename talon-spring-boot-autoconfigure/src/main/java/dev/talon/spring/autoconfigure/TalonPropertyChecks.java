package dev.talon.spring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.TalonRetrySettings;
import dev.talon.spring.client.WebClientTalonIntegrationClient;

import org.springframework.util.StringUtils;

/**
 * The checks of the Talon.One client's properties, all in one place. Each method checks one setting (or a group of
 * settings that depend on each other) and throws an {@link InvalidTalonPropertiesException} that names the full
 * property, such as {@code talon.base-url}, and says what to set. The property names are built from the prefix given
 * to the constructor, so the same checks serve any group of properties with the same settings (such as
 * {@code talon.applications.eu}). Messages never contain the value of an API key or an application key.
 * <p>
 * Besides the syntax of each value, the checks refuse configurations that would start but could never work: a
 * {@code ${...}} placeholder that was not resolved (Spring Boot leaves it in the value as text), a base URL that already
 * ends with the API version, a timeout shorter than {@value #MIN_TIMEOUT_MILLIS} ms (a number without a unit is read
 * as milliseconds), and a call timeout shorter than the timeouts of one attempt.
 */
public final class TalonPropertyChecks {

	/**
	 * The shortest connect, read, call or health probe timeout accepted, in milliseconds. No call to Talon.One, not
	 * even to a simulator on the same machine, completes faster, and the call timeout is checked every 10 ms.
	 */
	public static final long MIN_TIMEOUT_MILLIS = 10;

	private static final Duration MIN_TIMEOUT = Duration.ofMillis(MIN_TIMEOUT_MILLIS);

	/** The name of each {@code ${name}} or {@code ${name:default}} placeholder in a value. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)");

	/** A path that ends with an API version such as {@code /v1}, {@code /V2/}: the version segment in group 1. */
	private static final Pattern VERSION_PATH = Pattern.compile("(/[vV][0-9]+)/*$");

	/** The names of the Applications: letters, digits, '-' and '_', starting with a letter or digit. */
	private static final Pattern APPLICATION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

	/** The full name of each property, from its name below the prefix. */
	private final UnaryOperator<String> names;

	/**
	 * Creates the checks of the properties under a prefix.
	 * @param prefix the prefix of the properties, such as {@code talon}
	 */
	public TalonPropertyChecks(String prefix) {
		if (!StringUtils.hasText(prefix) || prefix.endsWith(".")) {
			throw new IllegalArgumentException("prefix must be a property prefix such as 'talon' but was '" + prefix
					+ "'");
		}
		this.names = (name) -> prefix + "." + name;
	}

	private TalonPropertyChecks(UnaryOperator<String> names) {
		this.names = names;
	}

	/**
	 * The checks of the settings of an Application. Each property is named where its value comes from: a setting of
	 * a named Application that it sets itself as {@code talon.applications.<name>.*}, one it inherits from the
	 * top-level settings as {@code talon.*}, and one set nowhere (such as missing credentials) as the Application's.
	 * An Application that is not among the named ones is checked as the top-level {@code talon.*} settings.
	 * @param properties the bound {@code talon.*} properties
	 * @param application the name of the Application
	 * @return the checks
	 */
	public static TalonPropertyChecks forApplication(TalonProperties properties, String application) {
		TalonApplicationProperties settings = properties.getApplications().get(application);
		if (settings == null) {
			return new TalonPropertyChecks("talon");
		}
		String prefix = TalonProperties.APPLICATIONS + "." + application + ".";
		return new TalonPropertyChecks(
				(name) -> (!settings.declares(name) && properties.declares(name)) ? "talon." + name : prefix + name);
	}

	/**
	 * The full name of a property under this prefix.
	 * @param name the name below the prefix, such as {@code base-url}
	 * @return the full name, such as {@code talon.base-url}
	 */
	public String property(String name) {
		return this.names.apply(name);
	}

	/**
	 * Checks the name of an Application, a key of {@code talon.applications}: it becomes a bean qualifier, a health
	 * component and a metric tag, so it is limited to letters, digits, {@code -} and {@code _}.
	 * @param name the name
	 * @return the name
	 * @throws InvalidTalonPropertiesException naming {@code talon.applications}
	 */
	public static String applicationName(String name) {
		if (name == null || !APPLICATION_NAME.matcher(name).matches()) {
			throw new InvalidTalonPropertiesException(TalonProperties.APPLICATIONS,
					TalonProperties.APPLICATIONS + " has an Application named '" + name
							+ "', but a name may only hold letters, digits, '-' and '_'",
					"Rename it, such as " + TalonProperties.APPLICATIONS + ".eu.api-key=...");
		}
		return name;
	}

	/**
	 * Checks that a text value holds no unresolved {@code ${...}} placeholder.
	 * @param name the name below the prefix, such as {@code api-key}
	 * @param value the bound value, possibly {@code null}
	 * @return the value
	 * @throws InvalidTalonPropertiesException naming the property and the placeholder (never the value)
	 */
	public String resolved(String name, String value) {
		Set<String> placeholders = placeholders(value);
		if (!placeholders.isEmpty()) {
			throw unresolved(property(name), placeholders);
		}
		return value;
	}

	/**
	 * Checks the base URL: set, absolute {@code http} or {@code https} with a host, without user info, query or
	 * fragment, and not ending with an API version such as {@code /v1} (each operation's path starts with its version).
	 * A path prefix of a proxy, such as {@code https://gateway.example.com/talon}, is kept.
	 * @param value the value of {@code base-url}
	 * @return the base URL
	 * @throws InvalidTalonPropertiesException naming {@code <prefix>.base-url}
	 */
	public URI baseUrl(String value) {
		String property = property("base-url");
		String action = "Set " + property + " to the URL of your Talon.One deployment (the host of its Campaign "
				+ "Manager), such as https://mycompany.europe-west1.talon.one.";
		if (!StringUtils.hasText(value)) {
			throw InvalidTalonPropertiesException.missing(property, property + " is not set", action);
		}
		resolved("base-url", value);
		URI uri;
		try {
			uri = new URI(value.strip());
			WebClientTalonIntegrationClient.checkBaseUrl(uri);
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new InvalidTalonPropertiesException(property,
					property + " '" + (value.contains("@") ? "(a URL with user info)" : value)
							+ "' is not an absolute http or https URL without user info, query or fragment",
					action);
		}
		Matcher version = VERSION_PATH.matcher((uri.getRawPath() != null) ? uri.getRawPath() : "");
		if (version.find()) {
			String segment = version.group(1);
			String text = uri.toString();
			String without = text.substring(0, text.length() - (uri.getRawPath().length() - version.start()));
			throw new InvalidTalonPropertiesException(property,
					property + " '" + text + "' ends with the API version " + segment
							+ ", but the client adds the version to each operation's path itself (/v1/customer_sessions/...), "
							+ "so every call would go to " + segment + "/v1/... and fail with a 404",
					"Drop " + segment + " from " + property + ": set it to " + without + ".");
		}
		return uri;
	}

	/**
	 * Checks the credentials: either an API key, or an application id (a positive integer) and a hexadecimal
	 * application key, never both schemes.
	 * @param apiKey the value of {@code api-key}
	 * @param applicationId the value of {@code application-id}
	 * @param applicationKey the value of {@code application-key}
	 * @return the credentials
	 * @throws InvalidTalonPropertiesException naming the property at fault (never a secret)
	 */
	public TalonCredentials credentials(String apiKey, String applicationId, String applicationKey) {
		resolved("api-key", apiKey);
		resolved("application-id", applicationId);
		resolved("application-key", applicationKey);
		String apiKeyProperty = property("api-key");
		String applicationIdProperty = property("application-id");
		String applicationKeyProperty = property("application-key");
		boolean hasApiKey = StringUtils.hasText(apiKey);
		boolean hasApplicationId = StringUtils.hasText(applicationId);
		boolean hasApplicationKey = StringUtils.hasText(applicationKey);
		if (hasApiKey && (hasApplicationId || hasApplicationKey)) {
			throw new InvalidTalonPropertiesException(apiKeyProperty,
					"both " + apiKeyProperty + " and " + applicationIdProperty + "/" + applicationKeyProperty
							+ " are set",
					"Configure one scheme only: " + apiKeyProperty + " for 'Authorization: ApiKey-v1', or "
							+ applicationIdProperty + " and " + applicationKeyProperty
							+ " for the v1-era Content-Signature.");
		}
		if (hasApiKey) {
			try {
				return TalonCredentials.apiKey(apiKey);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidTalonPropertiesException(apiKeyProperty,
						apiKeyProperty + " is not a valid API key (" + ex.getMessage() + ")",
						"Set " + apiKeyProperty + " to the key shown by Talon.One.");
			}
		}
		if (!hasApplicationId && !hasApplicationKey) {
			throw InvalidTalonPropertiesException.missing(apiKeyProperty, "no Talon.One credentials are set",
					"Set " + apiKeyProperty + " to an Integration API key of your Talon.One Application (Settings > "
							+ "Integration API Keys), or set " + applicationIdProperty + " and "
							+ applicationKeyProperty + " for the v1-era Content-Signature.");
		}
		if (!hasApplicationKey) {
			throw InvalidTalonPropertiesException.missing(applicationKeyProperty,
					applicationIdProperty + " is set but " + applicationKeyProperty + " is not",
					"Set " + applicationKeyProperty + " to the hexadecimal key of application " + applicationId
							+ ".");
		}
		if (!hasApplicationId) {
			throw InvalidTalonPropertiesException.missing(applicationIdProperty,
					applicationKeyProperty + " is set but " + applicationIdProperty + " is not",
					"Set " + applicationIdProperty + " to the id of the Talon.One Application the key belongs to, "
							+ "a positive integer such as 42.");
		}
		try {
			return TalonCredentials.contentSignature(applicationId, applicationKey);
		}
		catch (IllegalArgumentException ex) {
			boolean id = ex.getMessage().startsWith("applicationId");
			String property = id ? applicationIdProperty : applicationKeyProperty;
			throw new InvalidTalonPropertiesException(property, property + " is not valid (" + ex.getMessage() + ")",
					id ? "Set " + property + " to the id of the Talon.One Application the key belongs to, such as 42."
							: "Set " + property + " to the key shown by Talon.One.");
		}
	}

	/**
	 * Checks the timeouts of a call: each at least {@value #MIN_TIMEOUT_MILLIS} ms, and the bound of the whole call
	 * not shorter than the bounds of one attempt (it would cut every slow attempt short, and no retry could follow).
	 * @param connectTimeout the value of {@code connect-timeout}
	 * @param readTimeout the value of {@code read-timeout}
	 * @param timeout the value of {@code timeout}
	 * @throws InvalidTalonPropertiesException naming the property at fault
	 */
	public void timeouts(Duration connectTimeout, Duration readTimeout, Duration timeout) {
		timeout("connect-timeout", connectTimeout);
		timeout("read-timeout", readTimeout);
		timeout("timeout", timeout);
		coversAttempt(timeout, "read-timeout", readTimeout);
		coversAttempt(timeout, "connect-timeout", connectTimeout);
	}

	private void coversAttempt(Duration timeout, String attemptName, Duration attemptTimeout) {
		if (timeout.compareTo(attemptTimeout) < 0) {
			String property = property("timeout");
			String attemptProperty = property(attemptName);
			throw new InvalidTalonPropertiesException(property,
					property + " (" + format(timeout) + ") is shorter than " + attemptProperty + " ("
							+ format(attemptTimeout) + "): it bounds the whole call, so it would end every slow "
							+ "attempt first, and no retry could follow",
					"Set " + property + " above " + attemptProperty + " (the defaults are 5s and "
							+ ("read-timeout".equals(attemptName) ? "2s" : "1s") + "), or lower " + attemptProperty
							+ ".");
		}
	}

	/**
	 * Checks a timeout: at least {@value #MIN_TIMEOUT_MILLIS} ms.
	 * @param name the name below the prefix, such as {@code timeout} or {@code health.probe.timeout}
	 * @param value the value
	 * @return the value
	 * @throws InvalidTalonPropertiesException naming the property, saying that a number without a unit is
	 * milliseconds
	 */
	public Duration timeout(String name, Duration value) {
		String property = property(name);
		if (value == null) {
			throw new InvalidTalonPropertiesException(property, property + " is empty",
					"Set " + property + " to a duration with a unit, such as 2s or 500ms.");
		}
		if (value.compareTo(MIN_TIMEOUT) < 0) {
			String problem = (value.isZero() || value.isNegative())
					? property + " is " + format(value) + ", but a timeout must be at least " + MIN_TIMEOUT_MILLIS + "ms"
					: property + " is " + format(value) + ", but no call to Talon.One completes in less than "
							+ MIN_TIMEOUT_MILLIS + "ms (a number without a unit is read as milliseconds: " + property
							+ "=5 means 5ms)";
			throw new InvalidTalonPropertiesException(property, problem, "Set " + property + " to at least "
					+ MIN_TIMEOUT_MILLIS + "ms and write the unit, such as 5s or 500ms.");
		}
		return value;
	}

	/**
	 * Checks a duration that must be positive, such as a cache's time to live.
	 * @param name the name below the prefix
	 * @param value the value
	 * @return the value
	 * @throws InvalidTalonPropertiesException naming the property
	 */
	public Duration positive(String name, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			String property = property(name);
			throw new InvalidTalonPropertiesException(property,
					property + " must be positive but is " + ((value != null) ? format(value) : "empty"),
					"Set " + property + " to a positive duration with a unit, such as 30s.");
		}
		return value;
	}

	/**
	 * Checks a count that must be at least 1.
	 * @param name the name below the prefix, such as {@code health.window-size}
	 * @param value the value
	 * @return the value
	 * @throws InvalidTalonPropertiesException naming the property
	 */
	public int atLeastOne(String name, int value) {
		if (value < 1) {
			String property = property(name);
			throw new InvalidTalonPropertiesException(property, property + " must be at least 1 but is " + value,
					"Set " + property + " to 1 or more.");
		}
		return value;
	}

	/**
	 * Checks the retry settings ({@code retry.*}).
	 * @param retry the retry properties
	 * @return the settings for the client
	 * @throws InvalidTalonPropertiesException naming the property at fault
	 */
	public TalonRetrySettings retry(TalonApplicationProperties.Retry retry) {
		String maxAttempts = property("retry.max-attempts");
		if (retry.getMaxAttempts() < 1) {
			throw new InvalidTalonPropertiesException(maxAttempts,
					maxAttempts + " must be at least 1 but is " + retry.getMaxAttempts(), "Set " + maxAttempts
							+ " to 1 or more (1 makes a single attempt), or " + property("retry.enabled") + "=false.");
		}
		notNegative("retry.initial-backoff", retry.getInitialBackoff());
		notNegative("retry.max-backoff", retry.getMaxBackoff());
		notNegative("retry.max-retry-after", retry.getMaxRetryAfter());
		if (!retry.getMaxRetryAfter().isZero() && retry.getMaxRetryAfter().compareTo(Duration.ofSeconds(1)) < 0) {
			String maxRetryAfter = property("retry.max-retry-after");
			throw new InvalidTalonPropertiesException(maxRetryAfter, maxRetryAfter + " is "
					+ format(retry.getMaxRetryAfter())
					+ ", but Talon.One gives Retry-After in whole seconds, so every rate-limited call would fail at once "
					+ "(a bare number such as 2 is read as milliseconds)",
					"Set " + maxRetryAfter + " to a duration with a unit, such as 2s, or to 0 to never wait for "
							+ "Retry-After.");
		}
		if (retry.getMaxBackoff().compareTo(retry.getInitialBackoff()) < 0) {
			String maxBackoff = property("retry.max-backoff");
			String initialBackoff = property("retry.initial-backoff");
			throw new InvalidTalonPropertiesException(maxBackoff,
					maxBackoff + " (" + format(retry.getMaxBackoff()) + ") is shorter than " + initialBackoff + " ("
							+ format(retry.getInitialBackoff()) + ")",
					"Set " + maxBackoff + " to at least " + initialBackoff + ".");
		}
		return new TalonRetrySettings(retry.isEnabled(), retry.getMaxAttempts(), retry.getInitialBackoff(),
				retry.getMaxBackoff(), retry.getMaxRetryAfter(), retry.isRetryNonIdempotent());
	}

	/**
	 * Checks the HTTP proxy settings ({@code proxy.*}): a host without scheme or port, a port from 1 to 65535, a user
	 * name and a password together or neither, and no blank host pattern among those that bypass the proxy.
	 * @param proxy the proxy properties
	 * @return whether a proxy is configured (a host that is set and not blank)
	 * @throws InvalidTalonPropertiesException naming the property at fault (never the password)
	 */
	public boolean proxy(TalonApplicationProperties.Proxy proxy) {
		String host = resolved("proxy.host", proxy.getHost());
		if (!StringUtils.hasText(host)) {
			return false;
		}
		String hostProperty = property("proxy.host");
		String portProperty = property("proxy.port");
		if (host.contains("/") || host.contains("@") || (host.contains(":") && !host.startsWith("["))) {
			throw new InvalidTalonPropertiesException(hostProperty,
					hostProperty + " '" + (host.contains("@") ? "(a URL with user info)" : host)
							+ "' is not a host name or IP address",
					"Set " + hostProperty + " to the proxy's host alone, such as proxy.example.com, and "
							+ portProperty + " to its port.");
		}
		Integer port = proxy.getPort();
		if (port == null) {
			throw InvalidTalonPropertiesException.missing(portProperty,
					hostProperty + " is set but " + portProperty + " is not",
					"Set " + portProperty + " to the port of the proxy, such as 3128.");
		}
		if (port < 1 || port > 65535) {
			throw new InvalidTalonPropertiesException(portProperty,
					portProperty + " must be from 1 to 65535 but is " + port, "Set " + portProperty
							+ " to the port of the proxy, such as 3128.");
		}
		String username = resolved("proxy.username", proxy.getUsername());
		String password = resolved("proxy.password", proxy.getPassword());
		String usernameProperty = property("proxy.username");
		String passwordProperty = property("proxy.password");
		if (StringUtils.hasText(username) && !StringUtils.hasText(password)) {
			throw InvalidTalonPropertiesException.missing(passwordProperty,
					usernameProperty + " is set but " + passwordProperty + " is not",
					"Set " + passwordProperty + " to the password of the proxy user, or remove " + usernameProperty
							+ " if the proxy needs no authentication.");
		}
		if (!StringUtils.hasText(username) && StringUtils.hasText(password)) {
			throw InvalidTalonPropertiesException.missing(usernameProperty,
					passwordProperty + " is set but " + usernameProperty + " is not",
					"Set " + usernameProperty + " to the user the password belongs to.");
		}
		for (String pattern : proxy.getNonProxyHosts()) {
			if (!StringUtils.hasText(pattern) || pattern.strip().equals("*")) {
				String property = property("proxy.non-proxy-hosts");
				throw new InvalidTalonPropertiesException(property,
						property + " holds '" + pattern + "', which would match " + (StringUtils.hasText(pattern)
								? "every host, so the proxy would never be used" : "nothing"),
						"List host names or IP addresses, each with an optional * at its start or end, such as "
								+ "localhost or *.internal.example.com; remove " + hostProperty + " to use no proxy.");
			}
		}
		return true;
	}

	private void notNegative(String name, Duration value) {
		if (value == null || value.isNegative()) {
			String property = property(name);
			throw new InvalidTalonPropertiesException(property,
					property + " must not be negative but is " + ((value != null) ? format(value) : "empty"),
					"Set " + property + " to a duration of zero or more, such as 100ms.");
		}
	}

	/**
	 * The exception for a property whose value holds placeholders that were not resolved.
	 * @param property the full property name
	 * @param placeholders the names of the placeholders, such as {@code TALON_API_KEY}
	 * @return the exception, naming the property and the placeholders but not the value
	 */
	static InvalidTalonPropertiesException unresolved(String property, Set<String> placeholders) {
		boolean one = placeholders.size() == 1;
		String names = String.join(" and ", placeholders);
		String listed = String.join(" and ", placeholders.stream().map((name) -> "${" + name + "}").toList());
		return InvalidTalonPropertiesException.missing(property,
				property + " refers to " + listed + ", but " + names + (one ? " is" : " are") + " not set",
				"Set the environment variable" + (one ? " " : "s ") + names + " (or a system or application property"
						+ (one ? " of that name" : " of those names") + "), or set " + property + " directly.");
	}

	/**
	 * The names of the {@code ${...}} placeholders left in a value.
	 * @param value the value, possibly {@code null}
	 * @return the names, in order, empty when there is none
	 */
	static Set<String> placeholders(String value) {
		Set<String> names = new LinkedHashSet<>();
		if (value != null) {
			Matcher matcher = PLACEHOLDER.matcher(value);
			while (matcher.find()) {
				names.add(matcher.group(1).strip());
			}
		}
		return names;
	}

	/**
	 * A duration the way it is written in {@code application.properties}: {@code 5ms}, {@code 2s}.
	 */
	static String format(Duration duration) {
		if (duration.isNegative()) {
			return "-" + format(duration.negated());
		}
		if (duration.toNanosPart() % 1_000_000 != 0) {
			return duration.toNanos() + "ns";
		}
		long millis = duration.toMillis();
		return (millis % 1000 == 0 && millis != 0) ? (millis / 1000) + "s" : millis + "ms";
	}

}
