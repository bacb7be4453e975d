package dev.talon.spring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Talon.One Integration API clients ({@code talon.*}).
 * <p>
 * With one Talon.One Application, set {@code talon.base-url} and one kind of credentials: {@code talon.api-key}
 * (Talon.One's current scheme) or {@code talon.application-id} together with {@code talon.application-key} (the
 * v1-era {@code Content-Signature} scheme).
 * <p>
 * With several (one per market or currency, each with its own key), configure each under
 * {@code talon.applications.<name>.*}: it has its own credentials and inherits every other setting it does not set
 * from the top-level {@code talon.*} ones, which then hold the shared defaults (the base URL included) but no
 * credentials. {@code talon.default-application} names the client injected where no qualifier is given.
 */
@ConfigurationProperties("talon")
public class TalonProperties extends TalonApplicationProperties {

	/** The prefix of the named Applications' properties: {@value}. */
	public static final String APPLICATIONS = "talon.applications";

	/** The property that names the Application injected where no qualifier is given: {@value}. */
	public static final String DEFAULT_APPLICATION = "talon.default-application";

	/**
	 * Whether to auto-configure the Talon.One clients.
	 */
	private boolean enabled = true;

	/**
	 * Talon.One Applications by name (letters, digits, '-' and '_'), one client each, injectable with a qualifier of
	 * that name. Each has its own credentials, and inherits every other setting it does not set (the base URL
	 * included) from the top-level talon.* settings.
	 */
	private final Map<String, TalonApplicationProperties> applications = new LinkedHashMap<>();

	/**
	 * Name of the Application whose client is injected where no qualifier is given, when several are configured
	 * under talon.applications. Not needed with one.
	 */
	private String defaultApplication;

	/**
	 * Whether to auto-configure the Talon.One clients ({@code talon.enabled}).
	 * @return {@code true} (the default) to auto-configure them
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Sets whether to auto-configure the Talon.One clients ({@code talon.enabled}).
	 * @param enabled {@code false} to run without a client
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The named Talon.One Applications ({@code talon.applications.<name>.*}), in the order they are configured. Each
	 * answers the settings it inherits from these top-level ones as its own.
	 * @return the Applications by name, empty with a single Application configured by the top-level settings
	 */
	public Map<String, TalonApplicationProperties> getApplications() {
		this.applications.values().forEach((application) -> application.inheritFrom(this));
		return this.applications;
	}

	/**
	 * The Application whose client is injected where no qualifier is given ({@code talon.default-application}).
	 * @return its name, or {@code null} when not set
	 */
	public String getDefaultApplication() {
		return this.defaultApplication;
	}

	/**
	 * Sets the Application whose client is injected where no qualifier is given
	 * ({@code talon.default-application}).
	 * @param defaultApplication the name of one of the {@link #getApplications() Applications}
	 */
	public void setDefaultApplication(String defaultApplication) {
		this.defaultApplication = defaultApplication;
	}

	/**
	 * The settings of an Application: those of a named one, else these top-level ones (the settings of the single
	 * Application, or of a client built by the application itself under a name of its own).
	 * @param name the name of the Application
	 * @return its settings
	 */
	public TalonApplicationProperties application(String name) {
		TalonApplicationProperties application = getApplications().get(name);
		return (application != null) ? application : this;
	}

	@Override
	public String toString() {
		String applications = getApplications().entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=[" + entry.getValue().fields() + "]")
			.collect(Collectors.joining(", ", "{", "}"));
		return "TalonProperties[enabled=" + this.enabled + ", " + fields() + ", applications=" + applications
				+ ", defaultApplication=" + this.defaultApplication + "]";
	}

}
