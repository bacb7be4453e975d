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

	/**
	 * Creates an exception.
	 * @param property the property at fault, such as {@code talon.base-url}
	 * @param problem what is wrong with it
	 * @param action what to do about it
	 */
	public InvalidTalonPropertiesException(String property, String problem, String action) {
		super("Invalid Talon.One configuration: " + problem + ". " + action);
		this.property = property;
		this.action = action;
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

}
