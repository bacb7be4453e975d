package dev.talon.spring.autoconfigure;

import java.net.URI;

import dev.talon.spring.client.TalonCredentials;

/**
 * The {@link TalonConnectionDetails} of an Application from its properties: {@code talon.base-url} and
 * {@code talon.api-key} (or {@code talon.application-id} and {@code talon.application-key}) for the single
 * Application, {@code talon.applications.<name>.*} for a named one (whose base URL may be the top-level one). The
 * properties are checked when the object is created, and a misconfiguration is reported naming the property to set
 * ({@link TalonPropertyChecks}).
 */
public class PropertiesTalonConnectionDetails implements TalonConnectionDetails {

	private final URI baseUrl;

	private final TalonCredentials credentials;

	/**
	 * Reads the connection of an Application from the properties.
	 * @param properties the bound {@code talon.*} properties
	 * @param application the name of the Application: one of the named ones, or any other name for the top-level
	 * settings
	 * @throws InvalidTalonPropertiesException naming the property to set when the base URL or the credentials are
	 * missing or invalid (never showing a key)
	 */
	public PropertiesTalonConnectionDetails(TalonProperties properties, String application) {
		TalonApplicationProperties settings = properties.application(application);
		TalonPropertyChecks checks = TalonPropertyChecks.forApplication(properties, application);
		this.baseUrl = checks.baseUrl(settings.getBaseUrl());
		this.credentials = checks.credentials(settings.getApiKey(), settings.getApplicationId(),
				settings.getApplicationKey());
	}

	@Override
	public URI getBaseUrl() {
		return this.baseUrl;
	}

	@Override
	public TalonCredentials getCredentials() {
		return this.credentials;
	}

	@Override
	public String toString() {
		return "PropertiesTalonConnectionDetails[baseUrl=" + this.baseUrl + ", credentials=" + this.credentials + "]";
	}

}
