package dev.talon.spring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code talon.*} binds, with Spring Boot's own {@link Binder} (what {@code @ConfigurationProperties} uses): each
 * named Application inherits every setting it does not set from the top-level ones, nested ones included, and
 * overrides each one it sets; the credentials are never inherited.
 */
class TalonPropertiesBindingTests {

	/** Every setting but the credentials: its name, a top-level value, an Application's value, and both bound. */
	private static final List<Setting> SETTINGS = List.of(
			new Setting("base-url", "https://top.example.com", "https://eu.example.com", "https://top.example.com",
					"https://eu.example.com"),
			new Setting("connect-timeout", "300ms", "400ms", Duration.ofMillis(300), Duration.ofMillis(400)),
			new Setting("read-timeout", "1500ms", "1200ms", Duration.ofMillis(1500), Duration.ofMillis(1200)),
			new Setting("timeout", "4s", "3s", Duration.ofSeconds(4), Duration.ofSeconds(3)),
			new Setting("retry.enabled", "false", "true", false, true),
			new Setting("retry.max-attempts", "2", "4", 2, 4),
			new Setting("retry.initial-backoff", "50ms", "60ms", Duration.ofMillis(50), Duration.ofMillis(60)),
			new Setting("retry.max-backoff", "500ms", "600ms", Duration.ofMillis(500), Duration.ofMillis(600)),
			new Setting("retry.max-retry-after", "1s", "3s", Duration.ofSeconds(1), Duration.ofSeconds(3)),
			new Setting("retry.retry-non-idempotent", "true", "false", true, false),
			new Setting("session-updates.coalesce", "true", "false", true, false),
			new Setting("session-updates.send-when-cancelled", "false", "true", false, true),
			new Setting("health.failure-threshold", "3", "7", 3, 7),
			new Setting("health.window-size", "10", "30", 10, 30),
			new Setting("health.probe.enabled", "true", "false", true, false),
			new Setting("health.probe.cache-ttl", "10s", "20s", Duration.ofSeconds(10), Duration.ofSeconds(20)),
			new Setting("health.probe.timeout", "1s", "1500ms", Duration.ofSeconds(1), Duration.ofMillis(1500)),
			new Setting("proxy.host", "proxy.example.com", "eu-proxy.example.com", "proxy.example.com",
					"eu-proxy.example.com"),
			new Setting("proxy.port", "3128", "8080", 3128, 8080),
			new Setting("proxy.username", "shop", "shop-eu", "shop", "shop-eu"),
			new Setting("proxy.password", "pr0xy-s3cr3t", "pr0xy-eu-s3cr3t", "pr0xy-s3cr3t", "pr0xy-eu-s3cr3t"),
			new Setting("proxy.non-proxy-hosts", "localhost,*.internal", "*.eu.internal", List.of("localhost", "*.internal"),
					List.of("*.eu.internal")),
			new Setting("ssl.bundle", "talon-gateway", "talon-eu", "talon-gateway", "talon-eu"));

	private static TalonProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bind("talon", TalonProperties.class).get();
	}

	@Test
	void everySettingIsInheritedWhereNotSetAndOverriddenWhereSet() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (Setting setting : SETTINGS) {
			properties.put("talon." + setting.name(), setting.top());
			properties.put("talon.applications.eu." + setting.name(), setting.eu());
		}
		properties.put("talon.applications.eu.api-key", "eu-key");
		properties.put("talon.applications.uk.api-key", "uk-key");
		TalonProperties bound = bind(properties);

		assertThat(bound.getApplications()).containsOnlyKeys("eu", "uk");
		TalonApplicationProperties eu = bound.getApplications().get("eu");
		TalonApplicationProperties uk = bound.getApplications().get("uk");
		for (Setting setting : SETTINGS) {
			assertThat(value(bound, setting.name())).as("talon." + setting.name()).isEqualTo(setting.boundTop());
			assertThat(value(eu, setting.name())).as("talon.applications.eu." + setting.name())
				.isEqualTo(setting.boundEu());
			assertThat(value(uk, setting.name())).as("talon.applications.uk." + setting.name() + " (inherited)")
				.isEqualTo(setting.boundTop());
			assertThat(eu.declares(setting.name())).as(setting.name()).isTrue();
			assertThat(uk.declares(setting.name())).as(setting.name()).isFalse();
		}
		assertThat(SETTINGS).hasSize(23);
	}

	@Test
	void withNothingSetEveryApplicationHasTheDefaults() {
		TalonProperties bound = bind(Map.of("talon.applications.eu.api-key", "eu-key"));
		TalonApplicationProperties eu = bound.getApplications().get("eu");
		TalonProperties defaults = new TalonProperties();
		for (Setting setting : SETTINGS) {
			assertThat(value(eu, setting.name())).as(setting.name()).isEqualTo(value(defaults, setting.name()));
		}
		assertThat(eu.getTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(eu.getRetry().getMaxAttempts()).isEqualTo(3);
	}

	@Test
	void theCredentialsAreNeverInherited() {
		TalonProperties bound = bind(Map.of("talon.api-key", "top-key", "talon.application-id", "42",
				"talon.application-key", "00ff", "talon.applications.eu.timeout", "3s"));
		TalonApplicationProperties eu = bound.getApplications().get("eu");
		assertThat(eu.getApiKey()).isNull();
		assertThat(eu.getApplicationId()).isNull();
		assertThat(eu.getApplicationKey()).isNull();
	}

	@Test
	void anExplicitValueWinsEvenWhenItIsTheDefault() {
		TalonProperties bound = bind(Map.of("talon.timeout", "3s", "talon.retry.enabled", "false",
				"talon.applications.eu.timeout", "5s", "talon.applications.eu.retry.enabled", "true"));
		TalonApplicationProperties eu = bound.getApplications().get("eu");
		assertThat(eu.getTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(eu.getRetry().isEnabled()).isTrue();
	}

	@Test
	void aBlankValueTurnsOffAnInheritedProxyOrSslBundle() {
		TalonProperties bound = bind(Map.of("talon.proxy.host", "proxy.example.com", "talon.proxy.port", "3128",
				"talon.ssl.bundle", "gateway", "talon.applications.uk.proxy.host", "",
				"talon.applications.uk.ssl.bundle", "", "talon.applications.eu.timeout", "3s"));
		TalonApplicationProperties uk = bound.getApplications().get("uk");
		assertThat(uk.getProxy().getHost()).isEmpty();
		assertThat(uk.getSsl().getBundle()).isEmpty();
		assertThat(uk.getProxy().toString()).isEqualTo("none");
		assertThat(bound.getApplications().get("eu").getProxy().getHost()).isEqualTo("proxy.example.com");
	}

	@Test
	void applicationsKeepTheirConfiguredOrder() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("talon.applications.uk.api-key", "uk-key");
		properties.put("talon.applications.eu.api-key", "eu-key");
		properties.put("talon.applications.us.api-key", "us-key");
		assertThat(bind(properties).getApplications().keySet()).containsExactly("uk", "eu", "us");
	}

	@Test
	void toStringShowsTheEffectiveSettingsButNoSecret() {
		TalonProperties bound = bind(Map.of("talon.timeout", "3s", "talon.proxy.host", "proxy.example.com",
				"talon.proxy.port", "3128", "talon.proxy.username", "shop", "talon.proxy.password", "pr0xy-s3cr3t",
				"talon.applications.eu.api-key", "eu-s3cr3t-key", "talon.applications.uk.application-id", "42",
				"talon.applications.uk.application-key", "00112233445566778899aabbccddeeff"));
		assertThat(bound.toString()).contains("eu=[", "uk=[", "timeout=PT3S", "proxy.example.com:3128",
				"apiKey=******", "applicationKey=******", "password ******")
			.doesNotContain("pr0xy-s3cr3t", "eu-s3cr3t-key", "00112233445566778899aabbccddeeff");
		assertThat(bound.getApplications().get("eu").toString()).contains("timeout=PT3S")
			.doesNotContain("pr0xy-s3cr3t", "eu-s3cr3t-key");
	}

	@Test
	void applicationLooksUpANamedApplicationElseTheTopLevelSettings() {
		TalonProperties bound = bind(Map.of("talon.timeout", "3s", "talon.applications.eu.timeout", "4s"));
		assertThat(bound.application("eu").getTimeout()).isEqualTo(Duration.ofSeconds(4));
		assertThat(bound.application("tenant-7")).isSameAs(bound);
	}

	/** The bound value of a kebab-case property path, read through the getters. */
	private static Object value(TalonApplicationProperties settings, String name) {
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(settings);
		StringBuilder path = new StringBuilder();
		boolean upper = false;
		for (char c : name.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				path.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return wrapper.getPropertyValue(path.toString());
	}

	private record Setting(String name, String top, String eu, Object boundTop, Object boundEu) {
	}

}
