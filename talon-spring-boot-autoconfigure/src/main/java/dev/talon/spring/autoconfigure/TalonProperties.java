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
	 * https://mycompany.europe-west1.talon.one.
	 */
	private String baseUrl;

	/**
	 * Integration API key of the Talon.One application (Settings > Integration API Keys), sent as
	 * 'Authorization: ApiKey-v1 <key>'. Not to be combined with the application id and key.
	 */
	private String apiKey;

	/**
	 * Talon.One application id, the signer of the v1-era Content-Signature scheme. Requires the application key; not to
	 * be combined with the API key.
	 */
	private String applicationId;

	/**
	 * Talon.One application key, hexadecimal, with which the v1-era Content-Signature scheme signs each request body
	 * (HMAC-MD5). Requires the application id; not to be combined with the API key.
	 */
	private String applicationKey;

	/**
	 * Longest time to wait for a connection to Talon.One to open. Applies to this client only.
	 */
	private Duration connectTimeout = Duration.ofSeconds(1);

	/**
	 * Longest time to wait for Talon.One's answer once a request is sent. Applies to this client only.
	 */
	private Duration readTimeout = Duration.ofSeconds(3);

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

	@Override
	public String toString() {
		return "TalonProperties[enabled=" + this.enabled + ", baseUrl=" + this.baseUrl + ", apiKey="
				+ mask(this.apiKey) + ", applicationId=" + this.applicationId + ", applicationKey="
				+ mask(this.applicationKey) + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + "]";
	}

	private static String mask(String secret) {
		return (secret != null) ? "******" : null;
	}

}
