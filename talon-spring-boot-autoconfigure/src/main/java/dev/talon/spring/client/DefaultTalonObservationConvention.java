package dev.talon.spring.client;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default naming of Talon.One call observations: name {@value #NAME}, low-cardinality keys
 * {@code talon.application}, {@code talon.operation}, {@code outcome}, {@code status} and {@code error} (which become
 * metric tags), and the
 * high-cardinality key {@code talon.id} (the session or profile id, only on spans, never a metric tag).
 */
public class DefaultTalonObservationConvention implements TalonObservationConvention {

	/** The observation's name, and so the timer's. */
	public static final String NAME = "talon.client.requests";

	/** Bounds the cache: statuses and error classes come from outside. */
	private static final int MAX_CACHED = 1024;

	// each call asks twice (start and stop); building and sorting the same four key values each time showed up in
	// profiles of the client
	private final Map<LowCardinality, KeyValues> lowCardinality = new ConcurrentHashMap<>();

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
		LowCardinality key = new LowCardinality(context.getApplicationName(), context.getOperation(),
				context.getOutcome(), context.getStatusCode(), (error != null) ? error.getClass() : null);
		KeyValues keyValues = this.lowCardinality.get(key);
		if (keyValues == null) {
			keyValues = key.toKeyValues();
			if (this.lowCardinality.size() < MAX_CACHED) {
				this.lowCardinality.put(key, keyValues);
			}
		}
		return keyValues;
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(TalonObservationContext context) {
		return (context.getPathId() != null) ? KeyValues.of("talon.id", context.getPathId()) : KeyValues.empty();
	}

	private record LowCardinality(String application, TalonOperation operation, TalonOutcome outcome,
			Integer statusCode, Class<?> error) {

		// written out: a record's generated equals and hashCode go through method handles, which cost much CPU
		// until the JIT compiler has inlined them
		@Override
		public boolean equals(Object other) {
			return other instanceof LowCardinality that && this.operation == that.operation
					&& Objects.equals(this.application, that.application)
					&& this.outcome == that.outcome && Objects.equals(this.statusCode, that.statusCode)
					&& this.error == that.error;
		}

		@Override
		public int hashCode() {
			int hash = 31 * Objects.hashCode(this.application) + this.operation.hashCode();
			hash = 31 * hash + ((this.outcome != null) ? this.outcome.hashCode() : 0);
			hash = 31 * hash + ((this.statusCode != null) ? this.statusCode : -1);
			return 31 * hash + ((this.error != null) ? this.error.hashCode() : 0);
		}

		KeyValues toKeyValues() {
			return KeyValues.of(KeyValue.of("talon.application", (this.application != null) ? this.application
					: WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME),
					KeyValue.of("talon.operation", this.operation.operationName()),
					KeyValue.of("outcome", (this.outcome != null) ? this.outcome.name() : "UNKNOWN"),
					KeyValue.of("status", (this.statusCode != null) ? String.valueOf(this.statusCode) : "NONE"),
					KeyValue.of("error", (this.error != null) ? this.error.getSimpleName() : "none"));
		}

	}

}
