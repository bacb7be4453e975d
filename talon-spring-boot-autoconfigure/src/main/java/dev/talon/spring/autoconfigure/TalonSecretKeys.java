package dev.talon.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Which keys that {@code /actuator/env} and {@code /actuator/configprops} show hold a Talon.One secret:
 * <ul>
 * <li>every key that, with its separators and case ignored, mentions Talon.One and ends with {@code apikey},
 * {@code applicationkey} or {@code password}, in any form Boot shows keys in ({@code talon.applications.eu.api-key},
 * {@code TALON_APPLICATIONS_EU_API_KEY}, {@code TALON_EU_API_KEY});</li>
 * <li>every property such a secret refers to by a placeholder, and what that one refers to in turn
 * ({@code talon.api-key=${VAULT_TALON_KEY}} masks {@code VAULT_TALON_KEY}), matched as Spring matches a placeholder
 * to an environment variable ({@code ${vault.uk.key}} masks {@code VAULT_UK_KEY}).</li>
 * </ul>
 * JSON that sets {@code talon.*} secrets in one variable ({@code SPRING_APPLICATION_JSON}) is masked whole
 * ({@link #holdsSecrets(SanitizableData)}). The referenced properties are found by one pass over the environment,
 * reused for a second, so that an endpoint that shows thousands of variables asks for it once, not once per variable.
 */
final class TalonSecretKeys implements Predicate<String> {

	/** A secret's key inside JSON text: {@code "api-key":}, {@code "apiKey":}, {@code "application-key":}, .... */
	private static final Pattern JSON_SECRET = Pattern
		.compile("\"(api-?key|application-?key|password)\"\\s*:", Pattern.CASE_INSENSITIVE);

	/** How long the properties referred to by secrets are reused before the environment is read again. */
	private static final long REUSE_NANOS = Duration.ofSeconds(1).toNanos();

	/** The most properties followed from the secrets' placeholders (a chain longer than this is not followed). */
	private static final int MAX_REFERENCES = 1000;

	private final Environment environment;

	private volatile Referenced referenced;

	TalonSecretKeys(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean test(String key) {
		return isSecret(key) || referenced().names().contains(relaxed(key));
	}

	/**
	 * Whether a value shown holds a Talon.One secret although its key does not say so: JSON that sets
	 * {@code talon.*} properties in one variable ({@code SPRING_APPLICATION_JSON}, {@code spring.application.json})
	 * with a key, an application key or a password among them.
	 * @param data the key and value shown
	 * @return whether to mask the value
	 */
	static boolean holdsSecrets(SanitizableData data) {
		if (!(data.getValue() instanceof CharSequence value)) {
			return false;
		}
		String text = value.toString();
		return text.contains("{") && text.toLowerCase(Locale.ROOT).contains("talon") && JSON_SECRET.matcher(text).find();
	}

	/**
	 * Whether a key names a Talon.One secret: with its separators and case ignored, it mentions Talon.One and ends
	 * with {@code apikey}, {@code applicationkey} or {@code password}.
	 * @param key the key
	 * @return whether it holds a secret
	 */
	static boolean isSecret(String key) {
		String plain = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return plain.contains("talon") && (plain.endsWith("apikey") || plain.endsWith("applicationkey")
				|| plain.endsWith("password"));
	}

	/**
	 * A name as an environment variable spells it, the way Spring matches a placeholder to one: upper case, with
	 * {@code _} for {@code .}, {@code [} and {@code -}, without {@code ]} ({@code vault.list[0]} is
	 * {@code VAULT_LIST_0}). A dash may also just be left out ({@code vault.uk-key} is {@code VAULT_UKKEY} too, see
	 * {@link #relaxedForms(String)}).
	 */
	private static String relaxed(String name) {
		return name.strip()
			.toUpperCase(Locale.ROOT)
			.replace('.', '_')
			.replace('-', '_')
			.replace('[', '_')
			.replace("]", "");
	}

	/** The environment-variable forms of a name a placeholder refers to. */
	private static List<String> relaxedForms(String name) {
		String dashed = relaxed(name);
		String withoutDashes = relaxed(name.replace("-", ""));
		return dashed.equals(withoutDashes) ? List.of(dashed) : List.of(dashed, withoutDashes);
	}

	private Referenced referenced() {
		Referenced current = this.referenced;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > REUSE_NANOS) {
			current = new Referenced(read(), now);
			this.referenced = current;
		}
		return current;
	}

	private Set<String> read() {
		Set<String> names = new HashSet<>();
		if (!(this.environment instanceof ConfigurableEnvironment configurable)) {
			return names;
		}
		Deque<String> pending = new ArrayDeque<>();
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					if (isSecret(name)) {
						addPlaceholders(enumerable.getProperty(name), pending);
					}
				}
			}
		}
		while (!pending.isEmpty() && names.size() < MAX_REFERENCES) {
			String name = pending.pop();
			if (names.add(relaxed(name))) {
				names.addAll(relaxedForms(name));
				for (PropertySource<?> source : configurable.getPropertySources()) {
					addPlaceholders(source.getProperty(name), pending);
				}
			}
		}
		return names;
	}

	private static void addPlaceholders(Object value, Deque<String> pending) {
		if (value != null) {
			pending.addAll(TalonPropertyChecks.placeholders(value.toString()));
		}
	}

	private record Referenced(Set<String> names, long readAt) {
	}

}
