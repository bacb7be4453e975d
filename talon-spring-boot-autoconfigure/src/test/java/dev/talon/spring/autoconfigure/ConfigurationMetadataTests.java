package dev.talon.spring.autoconfigure;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotation processors ran: IDEs get a description of every {@code talon.*} property, and Boot gets the
 * auto-configuration metadata for fast condition filtering.
 */
class ConfigurationMetadataTests {

	@Test
	void everyTalonPropertyIsListedWithADescription() throws Exception {
		Map<String, JsonNode> listed = listedProperties();
		List<String> expectedList = new ArrayList<>();
		collectProperties("talon", TalonProperties.class, expectedList);
		String[] expected = expectedList.toArray(String[]::new);

		assertThat(expected).contains("talon.base-url", "talon.api-key", "talon.application-key",
				"talon.read-timeout", "talon.timeout", "talon.retry.max-attempts", "talon.retry.max-retry-after",
				"talon.session-updates.coalesce");
		assertThat(listed).containsKeys(expected);
		for (String name : expected) {
			assertThat(listed.get(name).path("description").asString()).as(name).isNotBlank();
		}
		assertThat(listed.get("talon.read-timeout").get("type").asString()).isEqualTo("java.time.Duration");
		assertThat(listed.get("talon.read-timeout").get("defaultValue").asString()).isEqualTo("2s");
		assertThat(listed.get("talon.enabled").get("defaultValue").asBoolean()).isTrue();
	}

	@Test
	void theApplicationsMapAndTheSettingsOfEachApplicationAreListed() throws Exception {
		Map<String, JsonNode> listed = listedProperties();
		// IDEs complete talon.applications.<name>.* from the value type, whose properties are documented where the
		// top-level talon.* ones are (the same class)
		assertThat(listed.get("talon.applications").get("type").asString())
			.isEqualTo("java.util.Map<java.lang.String," + TalonApplicationProperties.class.getName() + ">");
		assertThat(listed.get("talon.applications").get("description").asString()).contains("inherits");
		List<String> settings = new ArrayList<>();
		collectProperties("talon", TalonApplicationProperties.class, settings);
		assertThat(settings).contains("talon.proxy.host", "talon.proxy.port", "talon.proxy.username",
				"talon.proxy.password", "talon.proxy.non-proxy-hosts", "talon.ssl.bundle", "talon.health.probe.timeout",
				"talon.session-updates.send-when-cancelled");
		for (String name : settings) {
			assertThat(listed.get(name)).as(name).isNotNull();
			assertThat(listed.get(name).path("description").asString()).as(name).isNotBlank();
		}
		assertThat(listed.get("talon.default-application").path("description").asString()).isNotBlank();
		assertThat(listed.get("talon.proxy.non-proxy-hosts").get("type").asString())
			.isEqualTo("java.util.List<java.lang.String>");
	}

	/** The properties listed in the generated metadata, by name. */
	private static Map<String, JsonNode> listedProperties() throws IOException {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			return JsonMapper.builder()
				.build()
				.readTree(in)
				.get("properties")
				.valueStream()
				.collect(Collectors.toMap((property) -> property.get("name").asString(), Function.identity()));
		}
	}

	/**
	 * The bound property names of a properties class: every writable JavaBean property, and the properties of each
	 * nested class held in a read-only property (as Boot binds them).
	 */
	private static void collectProperties(String prefix, Class<?> type, List<String> names) throws Exception {
		for (PropertyDescriptor descriptor : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
			String name = prefix + "." + descriptor.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
			if (descriptor.getWriteMethod() != null) {
				names.add(name);
			}
			else if (descriptor.getPropertyType().getName().startsWith(TalonApplicationProperties.class.getName())) {
				collectProperties(name, descriptor.getPropertyType(), names);
			}
		}
	}

	@Test
	void autoConfigurationMetadataIsGenerated() throws Exception {
		Properties metadata = new Properties();
		try (InputStream in = new ClassPathResource("META-INF/spring-autoconfigure-metadata.properties")
			.getInputStream()) {
			metadata.load(in);
		}
		assertThat(metadata).containsKey(TalonAutoConfiguration.class.getName() + ".ConditionalOnClass");
	}

}
