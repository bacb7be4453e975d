package dev.talon.spring.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Talon.One's 2017 Integration API v1 spec ({@code integration-v1-swagger-2017-07.json}), read in place from
 * {@code ../shared/talon-api/} (never copied into the project), with draft-4 JSON Schema validators of its definitions
 * (Swagger 2.0 definitions are draft-4 JSON Schema). When the file is missing, the tests that need it are skipped,
 * unless the environment variable {@code CI} is set, in which case they fail.
 */
final class TalonSpec {

	static final String FILE = "integration-v1-swagger-2017-07.json";

	static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

	private static JsonNode spec;

	private TalonSpec() {
	}

	/**
	 * Loads the spec, or skips (fails on CI) the calling tests when it is missing.
	 */
	static synchronized void load() {
		if (spec != null) {
			return;
		}
		Path file = locate();
		if (file == null) {
			String message = "Talon.One spec " + FILE + " not found in ../shared/talon-api/ or ../../shared/talon-api/"
					+ " relative to " + System.getProperty("user.dir");
			String ci = System.getenv("CI");
			if (ci != null && !ci.isBlank()) {
				fail(message + " (CI=" + ci + " is set, so a missing spec is an error)");
			}
			System.err.println("SKIPPED spec conformance tests: " + message);
			Assumptions.abort(message);
		}
		try {
			spec = JSON.readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path locate() {
		Path base = Path.of(System.getProperty("user.dir"));
		for (String relative : List.of("../../shared/talon-api/", "../shared/talon-api/")) {
			Path candidate = base.resolve(relative).resolve(FILE).normalize();
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * A validator of a definition, such as {@code NewCustomerSession}, whose messages locate problems with JSON
	 * pointers.
	 * @param definition the definition's name
	 * @return the validator
	 */
	static JsonSchema schema(String definition) {
		return SCHEMAS.computeIfAbsent(definition, (name) -> {
			// only the definitions reachable from this one: some Management API definitions use regular expressions
			// that java.util.regex cannot compile, and none is reachable from the Integration API
			ObjectNode definitions = JSON.createObjectNode();
			collect(name, definitions);
			ObjectNode root = JSON.createObjectNode();
			root.put("$ref", "#/definitions/" + name);
			root.set("definitions", definitions);
			SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
				.formatAssertionsEnabled(true)
				.pathType(PathType.JSON_POINTER)
				.build();
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(root, config);
		});
	}

	/**
	 * The schema of an operation's 200/201 answer, such as the inline answer of
	 * {@code getCustomerProfilesByAttributes}.
	 * @param path the operation's path
	 * @param method the lowercase method
	 * @param status the success status
	 * @return the validator
	 */
	static JsonSchema responseSchema(String path, String method, String status) {
		return SCHEMAS.computeIfAbsent(method + " " + path, (key) -> {
			JsonNode responseSchema = spec.path("paths").path(path).path(method).path("responses").path(status)
				.path("schema");
			ObjectNode definitions = JSON.createObjectNode();
			collectReferences(responseSchema, definitions);
			ObjectNode root = responseSchema.deepCopy();
			root.set("definitions", definitions);
			SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
				.formatAssertionsEnabled(true)
				.pathType(PathType.JSON_POINTER)
				.build();
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(root, config);
		});
	}

	/**
	 * A definition of the spec.
	 * @param name its name
	 * @return the definition
	 */
	static JsonNode definition(String name) {
		JsonNode definition = spec.path("definitions").path(name);
		if (!definition.isObject()) {
			fail("definition " + name + " is not in " + FILE);
		}
		return definition;
	}

	private static void collect(String name, ObjectNode definitions) {
		if (definitions.has(name)) {
			return;
		}
		JsonNode definition = definition(name);
		definitions.set(name, definition);
		collectReferences(definition, definitions);
	}

	private static void collectReferences(JsonNode node, ObjectNode definitions) {
		if (node.isObject()) {
			JsonNode ref = node.get("$ref");
			if (ref != null && ref.isTextual() && ref.asText().startsWith("#/definitions/")) {
				collect(ref.asText().substring("#/definitions/".length()), definitions);
			}
			for (Iterator<JsonNode> values = node.elements(); values.hasNext();) {
				collectReferences(values.next(), definitions);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				collectReferences(element, definitions);
			}
		}
	}

}
