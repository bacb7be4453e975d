package dev.talon.spring.autoconfigure;

import java.net.URI;

import dev.talon.spring.client.TalonCredentials;
import dev.talon.spring.client.WebClientTalonIntegrationClient;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where a Talon.One Application is and how requests authenticate to it, Spring Boot's {@link ConnectionDetails} for
 * Talon.One: tests, a test container or a platform can supply it as a bean instead of the {@code talon.*}
 * properties, which then need neither a base URL nor credentials.
 * <ul>
 * <li>With a single Application ({@code talon.*}), a single bean of this type replaces {@code talon.base-url} and the
 * credentials.</li>
 * <li>With named Applications ({@code talon.applications.<name>.*}), a bean qualified with the Application's name
 * ({@code @Qualifier("eu")}, or named {@code eu}) replaces {@code talon.applications.eu.base-url} and its
 * credentials; the Application must still be named by at least one property, such as
 * {@code talon.applications.eu.timeout}.</li>
 * </ul>
 * Without such a bean, {@link PropertiesTalonConnectionDetails} reads the properties. The other settings (timeouts,
 * retries, proxy, ...) always come from the properties.
 */
public interface TalonConnectionDetails extends ConnectionDetails {

	/**
	 * The base URL of the Talon.One deployment, the host of its Campaign Manager, without the API version.
	 * @return an absolute {@code http} or {@code https} URL, such as {@code https://mycompany.europe-west1.talon.one}
	 */
	URI getBaseUrl();

	/**
	 * How requests authenticate to the Application.
	 * @return the credentials: an API key, or an application id and key
	 */
	TalonCredentials getCredentials();

	/**
	 * Connection details of the given values, for a test or a platform that knows them.
	 * @param baseUrl an absolute {@code http} or {@code https} URL without user info, query, fragment or API version
	 * @param credentials the credentials
	 * @return the connection details, whose {@code toString()} never shows a key
	 * @throws IllegalArgumentException when the URL is not such a URL or the credentials are missing
	 */
	static TalonConnectionDetails of(URI baseUrl, TalonCredentials credentials) {
		WebClientTalonIntegrationClient.checkBaseUrl(baseUrl);
		if (credentials == null) {
			throw new IllegalArgumentException("credentials must not be null");
		}
		return new TalonConnectionDetails() {

			@Override
			public URI getBaseUrl() {
				return baseUrl;
			}

			@Override
			public TalonCredentials getCredentials() {
				return credentials;
			}

			@Override
			public String toString() {
				return "TalonConnectionDetails[baseUrl=" + baseUrl + ", credentials=" + credentials + "]";
			}

		};
	}

}
