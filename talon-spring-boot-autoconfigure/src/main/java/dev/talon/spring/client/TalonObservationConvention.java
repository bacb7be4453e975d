package dev.talon.spring.client;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the {@code talon.client.requests} observation and its key values. Provide a bean of this type to replace
 * {@link DefaultTalonObservationConvention}.
 */
public interface TalonObservationConvention extends ObservationConvention<TalonObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof TalonObservationContext;
	}

}
