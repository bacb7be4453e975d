package dev.talon.spring.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Talon.One Integration API client ({@code talon.*}). Set {@code talon.base-url} and one kind of
 * credentials: {@code talon.api-key} (Talon.One's current scheme) or {@code talon.application-id} together with
 * {@code talon.application-key} (the v1-era {@code Content-Signature} scheme).
 */
@ConfigurationProperties("talon")
public class TalonProperties {

	/**
	 * Whether to auto-configure the Talon.One client.
	 */
	private boolean enabled = true;

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

	/**
	 * Whether to auto-configure the Talon.One client ({@code talon.enabled}).
	 * @return {@code true} (the default) to auto-configure it
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Sets whether to auto-configure the Talon.One client ({@code talon.enabled}).
	 * @param enabled {@code false} to run without a client
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The base URL of the Talon.One deployment ({@code talon.base-url}).
	 * @return the URL, such as {@code https://mycompany.europe-west1.talon.one}, or {@code null} when not set
	 */
	public String getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * Sets the base URL of the Talon.One deployment ({@code talon.base-url}).
	 * @param baseUrl the URL, the host of its Campaign Manager
	 */
	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * The Integration API key, sent as {@code Authorization: ApiKey-v1 <key>} ({@code talon.api-key}).
	 * @return the key, or {@code null} when not set
	 */
	public String getApiKey() {
		return this.apiKey;
	}

	/**
	 * Sets the Integration API key ({@code talon.api-key}).
	 * @param apiKey the key shown by Talon.One (Settings &gt; Integration API Keys)
	 */
	public void setApiKey(String apiKey) {
		this.apiKey = apiKey;
	}

	/**
	 * The application id, the signer of the v1-era {@code Content-Signature} scheme ({@code talon.application-id}).
	 * @return the id, or {@code null} when not set
	 */
	public String getApplicationId() {
		return this.applicationId;
	}

	/**
	 * Sets the application id of the v1-era {@code Content-Signature} scheme ({@code talon.application-id}).
	 * @param applicationId the id of the Talon.One application
	 */
	public void setApplicationId(String applicationId) {
		this.applicationId = applicationId;
	}

	/**
	 * The hexadecimal application key that signs each request body in the v1-era {@code Content-Signature} scheme
	 * ({@code talon.application-key}).
	 * @return the key, or {@code null} when not set
	 */
	public String getApplicationKey() {
		return this.applicationKey;
	}

	/**
	 * Sets the application key of the v1-era {@code Content-Signature} scheme ({@code talon.application-key}).
	 * @param applicationKey the hexadecimal key of the application
	 */
	public void setApplicationKey(String applicationKey) {
		this.applicationKey = applicationKey;
	}

	/**
	 * The longest time to wait for a connection to Talon.One to open ({@code talon.connect-timeout}).
	 * @return the timeout (1 s by default)
	 */
	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	/**
	 * Sets the longest time to wait for a connection to Talon.One to open ({@code talon.connect-timeout}).
	 * @param connectTimeout a positive duration
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	/**
	 * The longest time to wait for Talon.One's answer once a request is sent ({@code talon.read-timeout}).
	 * @return the timeout (2 s by default)
	 */
	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	/**
	 * Sets the longest time to wait for Talon.One's answer once a request is sent ({@code talon.read-timeout}).
	 * @param readTimeout a positive duration
	 */
	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	/**
	 * The longest time a whole call may take, all its attempts included ({@code talon.timeout}).
	 * @return the timeout (5 s by default)
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Sets the longest time a whole call may take, all its attempts included ({@code talon.timeout}).
	 * @param timeout a positive duration
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * The retries of failed calls ({@code talon.retry.*}).
	 * @return the retry settings
	 */
	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * The sequencing of updates of one customer session ({@code talon.session-updates.*}).
	 * @return the session update settings
	 */
	public SessionUpdates getSessionUpdates() {
		return this.sessionUpdates;
	}

	/**
	 * The Actuator health indicator ({@code talon.health.*}).
	 * @return the health indicator settings
	 */
	public Health getHealth() {
		return this.health;
	}

	@Override
	public String toString() {
		return "TalonProperties[enabled=" + this.enabled + ", baseUrl=" + this.baseUrl + ", apiKey="
				+ mask(this.apiKey) + ", applicationId=" + this.applicationId + ", applicationKey="
				+ mask(this.applicationKey) + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + ", timeout=" + this.timeout + "]";
	}

	private static String mask(String secret) {
		return (secret != null) ? "******" : null;
	}

	/**
	 * Retries of failed calls ({@code talon.retry.*}).
	 */
	public static class Retry {

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
		 * Whether to retry failed calls that may succeed when tried again ({@code talon.retry.enabled}).
		 * @return {@code true} (the default) to retry
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether to retry failed calls that may succeed when tried again ({@code talon.retry.enabled}).
		 * @param enabled {@code false} to make a single attempt
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * The most attempts of one call, the first included ({@code talon.retry.max-attempts}).
		 * @return the number of attempts (3 by default)
		 */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/**
		 * Sets the most attempts of one call, the first included ({@code talon.retry.max-attempts}).
		 * @param maxAttempts at least 1
		 */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		/**
		 * The wait before the second attempt, doubled after each attempt, with random jitter ({@code
		 * talon.retry.initial-backoff}).
		 * @return the wait (100 ms by default)
		 */
		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		/**
		 * Sets the wait before the second attempt ({@code talon.retry.initial-backoff}).
		 * @param initialBackoff a duration of zero or more
		 */
		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		/**
		 * The longest wait between two attempts ({@code talon.retry.max-backoff}).
		 * @return the wait (1 s by default)
		 */
		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		/**
		 * Sets the longest wait between two attempts ({@code talon.retry.max-backoff}).
		 * @param maxBackoff a duration of at least the initial backoff
		 */
		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		/**
		 * The longest {@code Retry-After} delay worth waiting for ({@code talon.retry.max-retry-after}).
		 * @return the delay (2 s by default)
		 */
		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		/**
		 * Sets the longest {@code Retry-After} delay worth waiting for ({@code talon.retry.max-retry-after}).
		 * @param maxRetryAfter a duration of zero or more
		 */
		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		/**
		 * Whether to retry {@code trackEvent} and {@code createReferral} after a failure that may have happened after
		 * Talon.One acted ({@code talon.retry.retry-non-idempotent}).
		 * @return {@code false} (the default) not to risk doing them twice
		 */
		public boolean isRetryNonIdempotent() {
			return this.retryNonIdempotent;
		}

		/**
		 * Sets whether to retry {@code trackEvent} and {@code createReferral} after a failure that may have happened
		 * after Talon.One acted ({@code talon.retry.retry-non-idempotent}).
		 * @param retryNonIdempotent {@code true} to retry them at the risk of doing them twice
		 */
		public void setRetryNonIdempotent(boolean retryNonIdempotent) {
			this.retryNonIdempotent = retryNonIdempotent;
		}

	}

	/**
	 * Sequencing of updates of one customer session ({@code talon.session-updates.*}).
	 */
	public static class SessionUpdates {

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
		 * Whether waiting updates of a session are coalesced into the newest ({@code talon.session-updates.coalesce}).
		 * @return {@code false} (the default) to send every update
		 */
		public boolean isCoalesce() {
			return this.coalesce;
		}

		/**
		 * Sets whether waiting updates of a session are coalesced into the newest ({@code
		 * talon.session-updates.coalesce}).
		 * @param coalesce {@code true} when every update carries the whole cart
		 */
		public void setCoalesce(boolean coalesce) {
			this.coalesce = coalesce;
		}

		/**
		 * Whether an update whose caller stopped waiting is still sent.
		 * @return whether it is sent
		 */
		public boolean isSendWhenCancelled() {
			return this.sendWhenCancelled;
		}

		/**
		 * Sets whether an update whose caller stopped waiting is still sent.
		 * @param sendWhenCancelled whether it is sent
		 */
		public void setSendWhenCancelled(boolean sendWhenCancelled) {
			this.sendWhenCancelled = sendWhenCancelled;
		}

	}

	/**
	 * The Actuator health indicator ({@code talon.health.*}).
	 */
	public static class Health {

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

		/**
		 * How many consecutive failed calls make the indicator DOWN ({@code talon.health.failure-threshold}).
		 * @return the number of calls (5 by default)
		 */
		public int getFailureThreshold() {
			return this.failureThreshold;
		}

		/**
		 * Sets how many consecutive failed calls make the indicator DOWN ({@code talon.health.failure-threshold}).
		 * @param failureThreshold the number of calls
		 */
		public void setFailureThreshold(int failureThreshold) {
			this.failureThreshold = failureThreshold;
		}

		/**
		 * How many recent calls the reported error rate covers ({@code talon.health.window-size}).
		 * @return the number of calls (20 by default)
		 */
		public int getWindowSize() {
			return this.windowSize;
		}

		/**
		 * Sets how many recent calls the reported error rate covers ({@code talon.health.window-size}).
		 * @param windowSize the number of calls
		 */
		public void setWindowSize(int windowSize) {
			this.windowSize = windowSize;
		}

		/**
		 * The optional active probe of the health indicator ({@code talon.health.probe.*}).
		 * @return the probe settings
		 */
		public Probe getProbe() {
			return this.probe;
		}

	}

	/**
	 * The optional active probe of the health indicator ({@code talon.health.probe.*}).
	 */
	public static class Probe {

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
		 * Whether the health indicator also calls Talon.One ({@code talon.health.probe.enabled}).
		 * @return {@code false} (the default) to report the outcomes of recent calls only
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether the health indicator also calls Talon.One ({@code talon.health.probe.enabled}).
		 * @param enabled {@code true} to probe Talon.One
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * How long a probe's result is reused ({@code talon.health.probe.cache-ttl}).
		 * @return the duration (30 s by default)
		 */
		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		/**
		 * Sets how long a probe's result is reused ({@code talon.health.probe.cache-ttl}).
		 * @param cacheTtl the duration
		 */
		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		/**
		 * The longest time a probe may take ({@code talon.health.probe.timeout}).
		 * @return the timeout (2 s by default)
		 */
		public Duration getTimeout() {
			return this.timeout;
		}

		/**
		 * Sets the longest time a probe may take ({@code talon.health.probe.timeout}).
		 * @param timeout the timeout
		 */
		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
