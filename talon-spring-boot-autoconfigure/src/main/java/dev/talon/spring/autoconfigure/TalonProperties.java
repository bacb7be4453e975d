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

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(String apiKey) {
		this.apiKey = apiKey;
	}

	public String getApplicationId() {
		return this.applicationId;
	}

	public void setApplicationId(String applicationId) {
		this.applicationId = applicationId;
	}

	public String getApplicationKey() {
		return this.applicationKey;
	}

	public void setApplicationKey(String applicationKey) {
		this.applicationKey = applicationKey;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public SessionUpdates getSessionUpdates() {
		return this.sessionUpdates;
	}

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

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		public boolean isRetryNonIdempotent() {
			return this.retryNonIdempotent;
		}

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

		public boolean isCoalesce() {
			return this.coalesce;
		}

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

		public int getFailureThreshold() {
			return this.failureThreshold;
		}

		public void setFailureThreshold(int failureThreshold) {
			this.failureThreshold = failureThreshold;
		}

		public int getWindowSize() {
			return this.windowSize;
		}

		public void setWindowSize(int windowSize) {
			this.windowSize = windowSize;
		}

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

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
