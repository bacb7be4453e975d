package dev.talon.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.talon.spring.client.TalonCallResult;
import dev.talon.spring.client.TalonClientListener;
import dev.talon.spring.client.TalonException;
import dev.talon.spring.client.TalonOperation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts retries ({@value #RETRIES}, tags {@code talon.operation} and {@code reason}) and the effects Talon.One
 * returns ({@value #EFFECTS}, tags {@code talon.operation} and {@code effect}). Effect names outside a fixed set of
 * known names count as {@code other}, so that the tag stays bounded.
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
			"rollbackReferral", "awardGiveaway", "willAwardGiveaway", "reserveCoupon");

	private final MeterRegistry registry;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	/**
	 * Creates a listener.
	 * @param registry the registry to count in
	 */
	public MicrometerTalonClientListener(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onRetry(TalonOperation operation, String reason, TalonException failure, Duration delay) {
		counter(RETRIES, operation, "reason", reason, "Retries of failed Talon.One calls").increment();
	}

	@Override
	public void onCallComplete(TalonCallResult result) {
		for (String effect : result.effects()) {
			counter(EFFECTS, result.operation(), "effect", KNOWN_EFFECTS.contains(effect) ? effect : "other",
					"Effects returned by Talon.One")
				.increment();
		}
	}

	private Counter counter(String name, TalonOperation operation, String tag, String value, String description) {
		return this.counters.computeIfAbsent(name + '|' + operation.operationName() + '|' + value,
				(key) -> Counter.builder(name)
					.description(description)
					.tag("talon.operation", operation.operationName())
					.tag(tag, value)
					.register(this.registry));
	}

}
