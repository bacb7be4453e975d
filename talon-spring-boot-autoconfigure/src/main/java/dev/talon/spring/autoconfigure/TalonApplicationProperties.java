package dev.talon.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of one Talon.One Application: where it is ({@code base-url}), how requests authenticate (an API key, or
 * an application id and key), the timeouts, retries, session-update sequencing, health indicator, HTTP proxy and SSL
 * bundle of its client. The top-level {@code talon.*} properties ({@link TalonProperties}) are such settings; each
 * named Application ({@code talon.applications.<name>.*}) has its own, and inherits from the top-level ones every
 * setting it does not set itself: its getters answer the inherited value. The credentials are never inherited: each
 * Application has its own key.
 * <p>
 * An explicitly set value always wins, even when it equals the default; a blank value (such as
 * {@code talon.applications.uk.proxy.host=}) is a value too, so that an Application can turn off a proxy or an SSL
 * bundle it would otherwise inherit.
 */
public class TalonApplicationProperties extends InheritingProperties<TalonApplicationProperties> {

	/**
	 * Base URL of the Talon.One deployment, the host of its Campaign Manager, such as
	 * https://mycompany.europe-west1.talon.one, without the API version (/v1): the client adds it to each path.
	 */
	private String baseUrl;

	/**
	 * Integration API key of the Talon.One application (Settings > Integration API Keys), sent as
	 * 'Authorization: ApiKey-v1 <key>'. Not to be combined with the application id and key.
	 */
	private String apiKey;

	/**
	 * Talon.One application id, a positive integer, the signer of the v1-era Content-Signature scheme. Requires the
	 * application key; not to be combined with the API key.
	 */
	private String applicationId;

	/**
	 * Talon.One application key, hexadecimal, with which the v1-era Content-Signature scheme signs each request body
	 * (HMAC-MD5). Requires the application id; not to be combined with the API key.
	 */
	private String applicationKey;

	/**
	 * Longest time to wait for a connection to Talon.One to open; at least 10ms (a number without a unit is
	 * milliseconds). Applies to this client only.
	 */
	private Duration connectTimeout = Duration.ofSeconds(1);

	/**
	 * Longest time to wait for Talon.One's answer once a request is sent; at least 10ms (a number without a unit is
	 * milliseconds). Applies to this client only.
	 */
	private Duration readTimeout = Duration.ofSeconds(2);

	/**
	 * Longest time a whole call may take: all its attempts, the waits between them and the wait for earlier updates
	 * of the same session. Not shorter than the connect and read timeouts; at least 10ms.
	 */
	private Duration timeout = Duration.ofSeconds(5);

	private final Retry retry = new Retry();

	private final SessionUpdates sessionUpdates = new SessionUpdates();

	private final Health health = new Health();

	private final Proxy proxy = new Proxy();

	private final Ssl ssl = new Ssl();

	/**
	 * Inherits every setting this Application does not set from the given settings (nested ones included).
	 * @param parent the settings to inherit from
	 */
	@Override
	void inheritFrom(TalonApplicationProperties parent) {
		super.inheritFrom(parent);
		this.retry.inheritFrom(parent.retry);
		this.sessionUpdates.inheritFrom(parent.sessionUpdates);
		this.health.inheritFrom(parent.health);
		this.proxy.inheritFrom(parent.proxy);
		this.ssl.inheritFrom(parent.ssl);
	}

	/**
	 * Whether these settings set a property themselves (rather than inherit it).
	 * @param name the property below the prefix, such as {@code timeout} or {@code retry.max-attempts}
	 * @return {@code true} when it is set here
	 */
	@Override
	boolean declares(String name) {
		int dot = name.indexOf('.');
		if (dot < 0) {
			return super.declares(name);
		}
		String rest = name.substring(dot + 1);
		return switch (name.substring(0, dot)) {
			case "retry" -> this.retry.declares(rest);
			case "session-updates" -> this.sessionUpdates.declares(rest);
			case "health" -> this.health.declares(rest);
			case "proxy" -> this.proxy.declares(rest);
			case "ssl" -> this.ssl.declares(rest);
			default -> false;
		};
	}

	/**
	 * The base URL of the Talon.One deployment ({@code base-url}); inherited.
	 * @return the URL, such as {@code https://mycompany.europe-west1.talon.one}, or {@code null} when not set
	 */
	public String getBaseUrl() {
		return inherits("base-url") ? parent().getBaseUrl() : this.baseUrl;
	}

	/**
	 * Sets the base URL of the Talon.One deployment ({@code base-url}).
	 * @param baseUrl the URL, the host of its Campaign Manager
	 */
	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
		assigned("base-url");
	}

	/**
	 * The Integration API key, sent as {@code Authorization: ApiKey-v1 <key>} ({@code api-key}); never inherited.
	 * @return the key, or {@code null} when not set
	 */
	public String getApiKey() {
		return this.apiKey;
	}

	/**
	 * Sets the Integration API key ({@code api-key}).
	 * @param apiKey the key shown by Talon.One (Settings &gt; Integration API Keys)
	 */
	public void setApiKey(String apiKey) {
		this.apiKey = apiKey;
		assigned("api-key");
	}

	/**
	 * The application id, the signer of the v1-era {@code Content-Signature} scheme ({@code application-id}); never
	 * inherited.
	 * @return the id, or {@code null} when not set
	 */
	public String getApplicationId() {
		return this.applicationId;
	}

	/**
	 * Sets the application id of the v1-era {@code Content-Signature} scheme ({@code application-id}).
	 * @param applicationId the id of the Talon.One application
	 */
	public void setApplicationId(String applicationId) {
		this.applicationId = applicationId;
		assigned("application-id");
	}

	/**
	 * The hexadecimal application key that signs each request body in the v1-era {@code Content-Signature} scheme
	 * ({@code application-key}); never inherited.
	 * @return the key, or {@code null} when not set
	 */
	public String getApplicationKey() {
		return this.applicationKey;
	}

	/**
	 * Sets the application key of the v1-era {@code Content-Signature} scheme ({@code application-key}).
	 * @param applicationKey the hexadecimal key of the application
	 */
	public void setApplicationKey(String applicationKey) {
		this.applicationKey = applicationKey;
		assigned("application-key");
	}

	/**
	 * The longest time to wait for a connection to Talon.One to open ({@code connect-timeout}); inherited.
	 * @return the timeout (1 s by default)
	 */
	public Duration getConnectTimeout() {
		return inherits("connect-timeout") ? parent().getConnectTimeout() : this.connectTimeout;
	}

	/**
	 * Sets the longest time to wait for a connection to Talon.One to open ({@code connect-timeout}).
	 * @param connectTimeout a duration of at least 10 ms
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
		assigned("connect-timeout");
	}

	/**
	 * The longest time to wait for Talon.One's answer once a request is sent ({@code read-timeout}); inherited.
	 * @return the timeout (2 s by default)
	 */
	public Duration getReadTimeout() {
		return inherits("read-timeout") ? parent().getReadTimeout() : this.readTimeout;
	}

	/**
	 * Sets the longest time to wait for Talon.One's answer once a request is sent ({@code read-timeout}).
	 * @param readTimeout a duration of at least 10 ms
	 */
	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
		assigned("read-timeout");
	}

	/**
	 * The longest time a whole call may take, all its attempts included ({@code timeout}); inherited.
	 * @return the timeout (5 s by default)
	 */
	public Duration getTimeout() {
		return inherits("timeout") ? parent().getTimeout() : this.timeout;
	}

	/**
	 * Sets the longest time a whole call may take, all its attempts included ({@code timeout}).
	 * @param timeout a duration of at least 10 ms, not shorter than the connect and read timeouts
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
		assigned("timeout");
	}

	/**
	 * The retries of failed calls ({@code retry.*}).
	 * @return the retry settings
	 */
	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * The sequencing of updates of one customer session ({@code session-updates.*}).
	 * @return the session update settings
	 */
	public SessionUpdates getSessionUpdates() {
		return this.sessionUpdates;
	}

	/**
	 * The Actuator health indicator ({@code health.*}).
	 * @return the health indicator settings
	 */
	public Health getHealth() {
		return this.health;
	}

	/**
	 * The HTTP proxy of this Application's connections ({@code proxy.*}).
	 * @return the proxy settings
	 */
	public Proxy getProxy() {
		return this.proxy;
	}

	/**
	 * The SSL settings of this Application's connections ({@code ssl.*}).
	 * @return the SSL settings
	 */
	public Ssl getSsl() {
		return this.ssl;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + fields() + "]";
	}

	/**
	 * The effective settings as text, secrets masked.
	 * @return the settings
	 */
	String fields() {
		return "baseUrl=" + getBaseUrl() + ", apiKey=" + mask(getApiKey()) + ", applicationId=" + getApplicationId()
				+ ", applicationKey=" + mask(getApplicationKey()) + ", connectTimeout=" + getConnectTimeout()
				+ ", readTimeout=" + getReadTimeout() + ", timeout=" + getTimeout() + ", proxy=" + this.proxy
				+ ", ssl.bundle=" + this.ssl.getBundle();
	}

	static String mask(String secret) {
		return (secret != null) ? "******" : null;
	}

	/**
	 * Retries of failed calls ({@code retry.*}).
	 */
	public static class Retry extends InheritingProperties<Retry> {

		/**
		 * Whether to retry failed calls that may succeed when tried again.
		 */
		private boolean enabled = true;

		/**
		 * Most attempts of one call, the first included.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the second attempt; doubled after each attempt, with random jitter.
		 */
		private Duration initialBackoff = Duration.ofMillis(100);

		/**
		 * Longest wait between two attempts.
		 */
		private Duration maxBackoff = Duration.ofSeconds(1);

		/**
		 * Longest Retry-After delay (of a 429, or a 503 with Retry-After) worth waiting for. A call told to wait longer
		 * fails at once with a TalonRateLimitException carrying the announced delay.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(2);

		/**
		 * Whether to retry trackEvent and createReferral after a failure that may have happened after Talon.One
		 * acted (5xx, read timeout, connection lost after sending), at the risk of recording an event or creating a
		 * referral twice.
		 */
		private boolean retryNonIdempotent = false;

		/**
		 * Whether to retry failed calls that may succeed when tried again ({@code retry.enabled}).
		 * @return {@code true} (the default) to retry
		 */
		public boolean isEnabled() {
			return inherits("enabled") ? parent().isEnabled() : this.enabled;
		}

		/**
		 * Sets whether to retry failed calls that may succeed when tried again ({@code retry.enabled}).
		 * @param enabled {@code false} to make a single attempt
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
			assigned("enabled");
		}

		/**
		 * The most attempts of one call, the first included ({@code retry.max-attempts}).
		 * @return the number of attempts (3 by default)
		 */
		public int getMaxAttempts() {
			return inherits("max-attempts") ? parent().getMaxAttempts() : this.maxAttempts;
		}

		/**
		 * Sets the most attempts of one call, the first included ({@code retry.max-attempts}).
		 * @param maxAttempts at least 1
		 */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			assigned("max-attempts");
		}

		/**
		 * The wait before the second attempt, doubled after each attempt, with random jitter
		 * ({@code retry.initial-backoff}).
		 * @return the wait (100 ms by default)
		 */
		public Duration getInitialBackoff() {
			return inherits("initial-backoff") ? parent().getInitialBackoff() : this.initialBackoff;
		}

		/**
		 * Sets the wait before the second attempt ({@code retry.initial-backoff}).
		 * @param initialBackoff a duration of zero or more
		 */
		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
			assigned("initial-backoff");
		}

		/**
		 * The longest wait between two attempts ({@code retry.max-backoff}).
		 * @return the wait (1 s by default)
		 */
		public Duration getMaxBackoff() {
			return inherits("max-backoff") ? parent().getMaxBackoff() : this.maxBackoff;
		}

		/**
		 * Sets the longest wait between two attempts ({@code retry.max-backoff}).
		 * @param maxBackoff a duration of at least the initial backoff
		 */
		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
			assigned("max-backoff");
		}

		/**
		 * The longest {@code Retry-After} delay worth waiting for ({@code retry.max-retry-after}).
		 * @return the delay (2 s by default)
		 */
		public Duration getMaxRetryAfter() {
			return inherits("max-retry-after") ? parent().getMaxRetryAfter() : this.maxRetryAfter;
		}

		/**
		 * Sets the longest {@code Retry-After} delay worth waiting for ({@code retry.max-retry-after}).
		 * @param maxRetryAfter a duration of zero or more
		 */
		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
			assigned("max-retry-after");
		}

		/**
		 * Whether to retry {@code trackEvent} and {@code createReferral} after a failure that may have happened after
		 * Talon.One acted ({@code retry.retry-non-idempotent}).
		 * @return {@code false} (the default) not to risk doing them twice
		 */
		public boolean isRetryNonIdempotent() {
			return inherits("retry-non-idempotent") ? parent().isRetryNonIdempotent() : this.retryNonIdempotent;
		}

		/**
		 * Sets whether to retry {@code trackEvent} and {@code createReferral} after a failure that may have happened
		 * after Talon.One acted ({@code retry.retry-non-idempotent}).
		 * @param retryNonIdempotent {@code true} to retry them at the risk of doing them twice
		 */
		public void setRetryNonIdempotent(boolean retryNonIdempotent) {
			this.retryNonIdempotent = retryNonIdempotent;
			assigned("retry-non-idempotent");
		}

	}

	/**
	 * Sequencing of updates of one customer session ({@code session-updates.*}).
	 */
	public static class SessionUpdates extends InheritingProperties<SessionUpdates> {

		/**
		 * Whether updates of a session that wait behind one in flight are coalesced: only the newest is sent and the
		 * callers of the others receive its result. Safe when every update carries the whole cart; an update that
		 * changes the session's state is never superseded.
		 */
		private boolean coalesce = false;

		/**
		 * Whether an update is still sent when its caller stops waiting for it (cancels, or its talon.timeout runs
		 * out) while it waits behind earlier updates of the same session: it is then sent in its turn, as a call of
		 * its own, so that Talon.One does not keep an older cart. Off, such an update is dropped unsent.
		 */
		private boolean sendWhenCancelled = true;

		/**
		 * Whether waiting updates of a session are coalesced into the newest ({@code session-updates.coalesce}).
		 * @return {@code false} (the default) to send every update
		 */
		public boolean isCoalesce() {
			return inherits("coalesce") ? parent().isCoalesce() : this.coalesce;
		}

		/**
		 * Sets whether waiting updates of a session are coalesced into the newest ({@code session-updates.coalesce}).
		 * @param coalesce {@code true} when every update carries the whole cart
		 */
		public void setCoalesce(boolean coalesce) {
			this.coalesce = coalesce;
			assigned("coalesce");
		}

		/**
		 * Whether an update whose caller stopped waiting is still sent ({@code session-updates.send-when-cancelled}).
		 * @return {@code true} (the default) when it is sent
		 */
		public boolean isSendWhenCancelled() {
			return inherits("send-when-cancelled") ? parent().isSendWhenCancelled() : this.sendWhenCancelled;
		}

		/**
		 * Sets whether an update whose caller stopped waiting is still sent
		 * ({@code session-updates.send-when-cancelled}).
		 * @param sendWhenCancelled whether it is sent
		 */
		public void setSendWhenCancelled(boolean sendWhenCancelled) {
			this.sendWhenCancelled = sendWhenCancelled;
			assigned("send-when-cancelled");
		}

	}

	/**
	 * The Actuator health indicator ({@code health.*}).
	 */
	public static class Health extends InheritingProperties<Health> {

		/**
		 * How many consecutive calls failing with a transport error, a timeout or a 5xx answer make the indicator
		 * DOWN.
		 */
		private int failureThreshold = 5;

		/**
		 * How many recent calls the reported error rate covers.
		 */
		private int windowSize = 20;

		private final Probe probe = new Probe();

		@Override
		void inheritFrom(Health parent) {
			super.inheritFrom(parent);
			this.probe.inheritFrom(parent.probe);
		}

		@Override
		boolean declares(String name) {
			return name.startsWith("probe.") ? this.probe.declares(name.substring("probe.".length()))
					: super.declares(name);
		}

		/**
		 * How many consecutive failed calls make the indicator DOWN ({@code health.failure-threshold}).
		 * @return the number of calls (5 by default)
		 */
		public int getFailureThreshold() {
			return inherits("failure-threshold") ? parent().getFailureThreshold() : this.failureThreshold;
		}

		/**
		 * Sets how many consecutive failed calls make the indicator DOWN ({@code health.failure-threshold}).
		 * @param failureThreshold the number of calls, at least 1
		 */
		public void setFailureThreshold(int failureThreshold) {
			this.failureThreshold = failureThreshold;
			assigned("failure-threshold");
		}

		/**
		 * How many recent calls the reported error rate covers ({@code health.window-size}).
		 * @return the number of calls (20 by default)
		 */
		public int getWindowSize() {
			return inherits("window-size") ? parent().getWindowSize() : this.windowSize;
		}

		/**
		 * Sets how many recent calls the reported error rate covers ({@code health.window-size}).
		 * @param windowSize the number of calls, at least 1
		 */
		public void setWindowSize(int windowSize) {
			this.windowSize = windowSize;
			assigned("window-size");
		}

		/**
		 * The optional active probe of the health indicator ({@code health.probe.*}).
		 * @return the probe settings
		 */
		public Probe getProbe() {
			return this.probe;
		}

	}

	/**
	 * The optional active probe of the health indicator ({@code health.probe.*}).
	 */
	public static class Probe extends InheritingProperties<Probe> {

		/**
		 * Whether the health indicator also calls Talon.One (a profile search that matches nothing and changes
		 * nothing) instead of only reporting the outcomes of recent calls.
		 */
		private boolean enabled = false;

		/**
		 * How long a probe's result is reused, so that frequent health checks do not call Talon.One each time.
		 */
		private Duration cacheTtl = Duration.ofSeconds(30);

		/**
		 * Longest time a probe may take; a slower probe reports DOWN. At least 10ms.
		 */
		private Duration timeout = Duration.ofSeconds(2);

		/**
		 * Whether the health indicator also calls Talon.One ({@code health.probe.enabled}).
		 * @return {@code false} (the default) to report the outcomes of recent calls only
		 */
		public boolean isEnabled() {
			return inherits("enabled") ? parent().isEnabled() : this.enabled;
		}

		/**
		 * Sets whether the health indicator also calls Talon.One ({@code health.probe.enabled}).
		 * @param enabled {@code true} to probe Talon.One
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
			assigned("enabled");
		}

		/**
		 * How long a probe's result is reused ({@code health.probe.cache-ttl}).
		 * @return the duration (30 s by default)
		 */
		public Duration getCacheTtl() {
			return inherits("cache-ttl") ? parent().getCacheTtl() : this.cacheTtl;
		}

		/**
		 * Sets how long a probe's result is reused ({@code health.probe.cache-ttl}).
		 * @param cacheTtl a positive duration
		 */
		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
			assigned("cache-ttl");
		}

		/**
		 * The longest time a probe may take ({@code health.probe.timeout}).
		 * @return the timeout (2 s by default)
		 */
		public Duration getTimeout() {
			return inherits("timeout") ? parent().getTimeout() : this.timeout;
		}

		/**
		 * Sets the longest time a probe may take ({@code health.probe.timeout}).
		 * @param timeout a duration of at least 10 ms
		 */
		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
			assigned("timeout");
		}

	}

	/**
	 * The HTTP proxy of an Application's connections ({@code proxy.*}): requests go through it (tunnelled with
	 * {@code CONNECT}), except to the hosts listed in {@code non-proxy-hosts}. Needs the Reactor Netty connector
	 * (Spring Boot's default).
	 */
	public static class Proxy extends InheritingProperties<Proxy> {

		/**
		 * Host name or IP address of the HTTP proxy, without scheme or port, such as proxy.example.com. Not set or
		 * blank: no proxy.
		 */
		private String host;

		/**
		 * Port of the HTTP proxy, 1 to 65535. Required with the host.
		 */
		private Integer port;

		/**
		 * User name with which to authenticate to the proxy (Basic). Requires the password.
		 */
		private String username;

		/**
		 * Password with which to authenticate to the proxy (Basic). Requires the user name; never shown.
		 */
		private String password;

		/**
		 * Hosts that are reached directly, bypassing the proxy: host names or IP addresses, each with an optional
		 * '*' at its start or end, such as localhost or *.internal.example.com.
		 */
		private List<String> nonProxyHosts = new ArrayList<>();

		/**
		 * The host of the HTTP proxy ({@code proxy.host}); inherited.
		 * @return the host, or {@code null} (or blank) for no proxy
		 */
		public String getHost() {
			return inherits("host") ? parent().getHost() : this.host;
		}

		/**
		 * Sets the host of the HTTP proxy ({@code proxy.host}); blank to use none.
		 * @param host the host name or IP address, without scheme or port
		 */
		public void setHost(String host) {
			this.host = host;
			assigned("host");
		}

		/**
		 * The port of the HTTP proxy ({@code proxy.port}); inherited.
		 * @return the port, or {@code null} when not set
		 */
		public Integer getPort() {
			return inherits("port") ? parent().getPort() : this.port;
		}

		/**
		 * Sets the port of the HTTP proxy ({@code proxy.port}).
		 * @param port the port, 1 to 65535
		 */
		public void setPort(Integer port) {
			this.port = port;
			assigned("port");
		}

		/**
		 * The user name with which to authenticate to the proxy ({@code proxy.username}); inherited.
		 * @return the user name, or {@code null} when the proxy needs none
		 */
		public String getUsername() {
			return inherits("username") ? parent().getUsername() : this.username;
		}

		/**
		 * Sets the user name with which to authenticate to the proxy ({@code proxy.username}).
		 * @param username the user name
		 */
		public void setUsername(String username) {
			this.username = username;
			assigned("username");
		}

		/**
		 * The password with which to authenticate to the proxy ({@code proxy.password}); inherited.
		 * @return the password, or {@code null} when the proxy needs none
		 */
		public String getPassword() {
			return inherits("password") ? parent().getPassword() : this.password;
		}

		/**
		 * Sets the password with which to authenticate to the proxy ({@code proxy.password}).
		 * @param password the password
		 */
		public void setPassword(String password) {
			this.password = password;
			assigned("password");
		}

		/**
		 * The hosts reached directly, bypassing the proxy ({@code proxy.non-proxy-hosts}); inherited.
		 * @return the host patterns, each with an optional {@code *} at its start or end
		 */
		public List<String> getNonProxyHosts() {
			// an inherited list is a copy: binding must never change the top-level one
			return inherits("non-proxy-hosts") ? List.copyOf(parent().getNonProxyHosts()) : this.nonProxyHosts;
		}

		/**
		 * Sets the hosts reached directly, bypassing the proxy ({@code proxy.non-proxy-hosts}).
		 * @param nonProxyHosts host names or IP addresses, each with an optional {@code *} at its start or end
		 */
		public void setNonProxyHosts(List<String> nonProxyHosts) {
			this.nonProxyHosts = nonProxyHosts;
			assigned("non-proxy-hosts");
		}

		@Override
		public String toString() {
			String host = getHost();
			if (host == null || host.isBlank()) {
				return "none";
			}
			return host + ":" + getPort() + ((getUsername() != null) ? " (user " + getUsername() + ", password "
					+ mask(getPassword()) + ")" : "") + ", nonProxyHosts=" + getNonProxyHosts();
		}

	}

	/**
	 * The SSL settings of an Application's connections ({@code ssl.*}).
	 */
	public static class Ssl extends InheritingProperties<Ssl> {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) with which to connect to Talon.One, for example to trust a
		 * gateway's certificate; it applies to this client only. Not set: Spring Boot's spring.http.clients.ssl.bundle,
		 * if any, else the JVM's defaults.
		 */
		private String bundle;

		/**
		 * The name of the SSL bundle with which to connect ({@code ssl.bundle}); inherited.
		 * @return the bundle name, or {@code null} (or blank) for none of its own
		 */
		public String getBundle() {
			return inherits("bundle") ? parent().getBundle() : this.bundle;
		}

		/**
		 * Sets the name of the SSL bundle with which to connect ({@code ssl.bundle}); blank for none of its own.
		 * @param bundle the name of a bundle of {@code spring.ssl.bundle.*}
		 */
		public void setBundle(String bundle) {
			this.bundle = bundle;
			assigned("bundle");
		}

	}

}
