package dev.talon.spring.client.model.v2;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.talon.spring.client.model.Checks;

/**
 * The keyword constraints of the v2 request schemas ({@code minLength}, {@code maxItems}, {@code minimum}, ...) as
 * argument checks: every failure is an {@link IllegalArgumentException} whose message starts with the field.
 */
final class RequestChecks {

	/** The greatest length of a coupon or referral code ({@code NewCustomerSessionV2}). */
	static final int MAX_CODE_LENGTH = 100;

	/** The greatest length of an integration id, such as a store's or a profile's. */
	static final int MAX_INTEGRATION_ID_LENGTH = 1000;

	private RequestChecks() {
	}

	static String length(String value, int min, int max, String field) {
		if (value != null && (value.length() < min || value.length() > max)) {
			throw new IllegalArgumentException(
					field + " must have " + min + " to " + max + " characters but had " + value.length());
		}
		return value;
	}

	static <C extends Collection<?>> C maxSize(C collection, int max, String field) {
		if (collection != null && collection.size() > max) {
			throw new IllegalArgumentException(field + " must have at most " + max + ((max == 1) ? " element" : " elements")
					+ " but had " + collection.size());
		}
		return collection;
	}

	static Long range(Long value, long min, long max, String field) {
		if (value != null && (value < min || value > max)) {
			throw new IllegalArgumentException(field + " must be between " + min + " and " + max + " but was " + value);
		}
		return value;
	}

	static Integer atLeast(Integer value, int min, String field) {
		if (value != null && value < min) {
			throw new IllegalArgumentException(field + " must be at least " + min + " but was " + value);
		}
		return value;
	}

	static BigDecimal notNegative(BigDecimal value, String field) {
		if (value != null && value.signum() < 0) {
			throw new IllegalArgumentException(field + " must not be negative but was " + value.toPlainString());
		}
		return Checks.plainDecimal(value, field);
	}

	/** Each string of an optional list is neither {@code null} nor blank and has at most {@code maxLength} chars. */
	static void strings(List<String> values, int maxLength, String field) {
		if (values != null) {
			for (int i = 0; i < values.size(); i++) {
				String item = field + "[" + i + "]";
				Checks.notEmpty(values.get(i), item);
				length(values.get(i), 1, maxLength, item);
			}
		}
	}

	/**
	 * The constraints of the referral codes of {@code NewReferral} and {@code NewReferralsForMultipleAdvocates} (the
	 * spec's {@code ReferralConstraints}): the expiry after the start, a usage limit of 0 to 999,999, writable
	 * attributes.
	 * @return an unmodifiable copy of the attributes, or {@code null}
	 */
	static Map<String, Object> referralConstraints(OffsetDateTime startDate, OffsetDateTime expiryDate,
			Long usageLimit, Map<String, Object> attributes) {
		if (startDate != null && expiryDate != null && !expiryDate.isAfter(startDate)) {
			throw new IllegalArgumentException("expiryDate must be after startDate");
		}
		range(usageLimit, 0, NewReferral.MAX_USAGE_LIMIT, "usageLimit");
		Checks.attributes(attributes, "attributes");
		return Checks.copy(attributes);
	}

	/** Each id of an optional list is positive. */
	static void ids(List<Long> ids, String field) {
		if (ids != null) {
			for (int i = 0; i < ids.size(); i++) {
				Checks.positive(ids.get(i), field + "[" + i + "]");
			}
		}
	}

	/**
	 * Each id of an optional list is positive and appears once ({@code uniqueItems}).
	 * @return an unmodifiable copy, or {@code null}
	 */
	static List<Long> distinctIds(List<Long> ids, String field) {
		ids(ids, field);
		if (ids != null && ids.stream().distinct().count() != ids.size()) {
			throw new IllegalArgumentException(field + " must not contain an id twice but was " + ids);
		}
		return Checks.copy(ids);
	}

	/** At least {@code min} and at most {@code max} elements in a required list. */
	static <C extends Collection<?>> C size(C collection, int min, int max, String field) {
		Checks.notNull(collection, field);
		if (collection.size() < min) {
			throw new IllegalArgumentException(field + " must have at least " + min
					+ ((min == 1) ? " element" : " elements") + " but had " + collection.size());
		}
		return maxSize(collection, max, field);
	}

	/**
	 * Checks that no element of an optional list is {@code null} (or blank, for texts).
	 * @return an unmodifiable copy, empty for {@code null}
	 */
	static <T> List<T> elements(List<T> values, String field) {
		if (values != null) {
			for (int i = 0; i < values.size(); i++) {
				T value = values.get(i);
				if (value == null || (value instanceof String text && text.isBlank())) {
					throw new IllegalArgumentException(field + "[" + i + "] must not be null or blank");
				}
			}
		}
		return Checks.copyOrEmpty(values);
	}

}
