package dev.talon.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.talon.spring.client.TalonCallResult;
import dev.talon.spring.client.TalonClientListener;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonOperation;
import dev.talon.spring.client.WebClientTalonIntegrationClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the retries of one client ({@value #RETRIES}, tags {@code talon.application}, {@code talon.operation} and
 * {@code reason}) and the effects Talon.One returns to it ({@value #EFFECTS}, tags {@code talon.application},
 * {@code talon.operation} and {@code effect}). Effect names outside a fixed set of known names count as
 * {@code other}, so that the tag stays bounded. One listener per client: its Talon.One Application is the
 * {@code talon.application} tag, as on the client's {@code talon.client.requests} timer.
 */
public class MicrometerTalonClientListener implements TalonClientListener {

	/** The retry counter's name. */
	public static final String RETRIES = "talon.client.retries";

	/** The effect counter's name. */
	public static final String EFFECTS = "talon.client.effects";

	/** The effect names counted under their own name. */
	public static final Set<String> KNOWN_EFFECTS = Set.of("setDiscount", "setDiscountPerItem", "acceptCoupon",
			"rejectCoupon", "invalidateCoupon", "acceptReferral", "rejectReferral", "addFreeItem", "addItemToCart",
			"addLoyaltyPoints", "deductLoyaltyPoints", "couponCreated", "referralCreated", "showNotification",
			"triggerWebhook", "updateAttribute", "customEffect", "rollbackDiscount", "rollbackCoupon",
			"rollbackReferral", "awardGiveaway", "willAwardGiveaway", "reserveCoupon", "setDiscountPerAdditionalCost",
			"setDiscountPerAdditionalCostPerItem", "rollbackAddedLoyaltyPoints", "rollbackDeductedLoyaltyPoints");

	private final MeterRegistry registry;

	private final String application;

	// counters by operation, then by tag value (no key to build per effect on the hot path)
	private final Map<TalonOperation, Map<String, Counter>> retries = new EnumMap<>(TalonOperation.class);

	private final Map<TalonOperation, Map<String, Counter>> effects = new EnumMap<>(TalonOperation.class);

	/**
	 * Creates a listener of a client not given an Application name (tag
	 * {@code talon.application=}{@value WebClientTalonIntegrationClient#DEFAULT_APPLICATION_NAME}).
	 * @param registry the registry to count in
	 */
	public MicrometerTalonClientListener(MeterRegistry registry) {
		this(registry, WebClientTalonIntegrationClient.DEFAULT_APPLICATION_NAME);
	}

	/**
	 * Creates a listener of the client of a Talon.One Application.
	 * @param registry the registry to count in
	 * @param application the name of the Application, the {@code talon.application} tag: a configured name, never
	 * one from a request
	 */
	public MicrometerTalonClientListener(MeterRegistry registry, String application) {
		this.registry = registry;
		this.application = application;
		for (TalonOperation operation : TalonOperation.values()) {
			this.retries.put(operation, new ConcurrentHashMap<>());
			this.effects.put(operation, new ConcurrentHashMap<>());
		}
	}

	@Override
	public void onRetry(TalonOperation operation, String reason, TalonException failure, Duration delay) {
		counter(this.retries, RETRIES, operation, "reason", reason, "Retries of failed Talon.One calls").increment();
	}

	@Override
	public void onCallComplete(TalonCallResult result) {
		for (String effect : result.effects()) {
			counter(this.effects, EFFECTS, result.operation(), "effect",
					KNOWN_EFFECTS.contains(effect) ? effect : "other", "Effects returned by Talon.One")
				.increment();
		}
	}

	private Counter counter(Map<TalonOperation, Map<String, Counter>> counters, String name, TalonOperation operation,
			String tag, String value, String description) {
		Map<String, Counter> byValue = counters.get(operation);
		Counter counter = byValue.get(value);
		if (counter != null) {
			return counter;
		}
		return byValue.computeIfAbsent(value,
				(key) -> Counter.builder(name)
					.description(description)
					.tag("talon.application", this.application)
					.tag("talon.operation", operation.operationName())
					.tag(tag, value)
					.register(this.registry));
	}

}
