package dev.talon.spring.simulator;

/**
 * One problem with a request, answered as one entry of Talon.One's {@code errors}:
 * {@code {"title": ..., "details": ..., "source": {"pointer": ...}}} for a problem in the body, or
 * {@code "source": {"parameter": ...}} for one in a query parameter, a path parameter or a header.
 *
 * @param pointer the JSON pointer to the offending value in the body, such as {@code /cartItems/0/quantity}, or
 * {@code null}
 * @param parameter the offending parameter or header, or {@code null}
 * @param title a short description, such as {@code must be at least 1}
 * @param details the specific problem, such as {@code quantity is 0}
 */
record Violation(String pointer, String parameter, String title, String details) {

	/**
	 * A problem in the body.
	 * @param pointer the JSON pointer to the offending value
	 * @param title a short description
	 * @param details the specific problem
	 */
	Violation(String pointer, String title, String details) {
		this(pointer, null, title, details);
	}

	/**
	 * A problem in a header.
	 * @param header the header's name
	 * @param title a short description
	 * @param details the specific problem
	 * @return the violation
	 */
	static Violation inHeader(String header, String title, String details) {
		return new Violation(null, header, title, details);
	}

	/**
	 * A problem in a query or path parameter.
	 * @param parameter the parameter's name
	 * @param title a short description
	 * @param details the specific problem
	 * @return the violation
	 */
	static Violation inParameter(String parameter, String title, String details) {
		return new Violation(null, parameter, title, details);
	}

}
