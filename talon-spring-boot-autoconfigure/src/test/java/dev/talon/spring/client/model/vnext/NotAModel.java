package dev.talon.spring.client.model.vnext;

/**
 * A test fixture: a helper in a model package, without Jackson annotations, that Jackson never binds and that gets no
 * hints.
 */
public final class NotAModel {

	private NotAModel() {
	}

	/**
	 * Does nothing.
	 * @return an empty string
	 */
	public static String helper() {
		return "";
	}

}
