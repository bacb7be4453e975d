package dev.talon.spring.client;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default naming of Talon.One call observations: name {@value #NAME}, low-cardinality keys
 * {@code talon.operation}, {@code outcome}, {@code status} and {@code error} (which become metric tags), and the
 * high-cardinality key {@code talon.id} (the session or profile id, only on spans, never a metric tag).
 */
public class DefaultTalonObservationConvention implements TalonObservationConvention {

	/** The observation's name, and so the timer's. */
	public static final String NAME = "talon.client.requests";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(TalonObservationContext context) {
		return "talon " + context.getOperation().operationName();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(TalonObservationContext context) {
		Throwable error = context.getError();
		return KeyValues.of(KeyValue.of("talon.operation", context.getOperation().operationName()),
				KeyValue.of("outcome", (context.getOutcome() != null) ? context.getOutcome().name() : "UNKNOWN"),
				KeyValue.of("status",
						(context.getStatusCode() != null) ? String.valueOf(context.getStatusCode()) : "NONE"),
				KeyValue.of("error", (error != null) ? error.getClass().getSimpleName() : "none"));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(TalonObservationContext context) {
		return (context.getPathId() != null) ? KeyValues.of("talon.id", context.getPathId()) : KeyValues.empty();
	}

}
