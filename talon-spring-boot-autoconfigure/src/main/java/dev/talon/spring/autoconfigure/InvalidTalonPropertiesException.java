package dev.talon.spring.autoconfigure;

/**
 * Thrown at startup when the {@code talon.*} properties cannot configure a client. Names the property to set;
 * {@link TalonPropertiesFailureAnalyzer} turns it into Spring Boot's failure report. Never contains a secret.
 */
public class InvalidTalonPropertiesException extends IllegalStateException {

	/** The property at fault, such as {@code talon.base-url}. */
	private final String property;

	/** What the user should do. */
	private final String action;

	/** Whether the property is missing (rather than set to a wrong value). */
	private final boolean missing;

	/**
	 * Creates an exception for a property whose value is wrong.
	 * @param property the property at fault, such as {@code talon.base-url}
	 * @param problem what is wrong with it
	 * @param action what to do about it
	 */
	public InvalidTalonPropertiesException(String property, String problem, String action) {
		this(property, problem, action, false);
	}

	private InvalidTalonPropertiesException(String property, String problem, String action, boolean missing) {
		super("Invalid Talon.One configuration: " + problem + ". " + action);
		this.property = property;
		this.action = action;
		this.missing = missing;
	}

	/**
	 * Creates an exception for a setting that is missing (a base URL or credentials not set, an environment variable
	 * not defined), where the application may rather be meant to start without Talon.One.
	 * @param property the property to set, such as {@code talon.api-key}
	 * @param problem what is missing
	 * @param action what to do about it
	 * @return the exception
	 */
	public static InvalidTalonPropertiesException missing(String property, String problem, String action) {
		return new InvalidTalonPropertiesException(property, problem, action, true);
	}

	/**
	 * The property at fault.
	 * @return the property name, such as {@code talon.base-url}
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * What the user should do.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

	/**
	 * Whether a setting is missing rather than wrong: then the failure report also says how to start the application
	 * without Talon.One.
	 * @return {@code true} when a setting is missing
	 */
	public boolean isMissing() {
		return this.missing;
	}

}
