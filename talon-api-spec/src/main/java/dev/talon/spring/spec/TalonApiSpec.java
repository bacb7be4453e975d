package dev.talon.spring.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One of Talon.One's API specs in {@code ../shared/talon-api/}, read in place (never copied into the project), with
 * JSON Schema validators of its schemas, for this build's contract and conformance tests.
 * <ul>
 * <li>{@link #v1()}: {@code integration-v1-swagger-2017-07.json}, the Swagger 2.0 spec of the seed's five v1
 * operations; its definitions are draft-4 JSON Schema.</li>
 * <li>{@link #v2()}: {@code talon-one-api-v2-openapi-26.13.0.yaml}, today's Integration API (v1, v2 and v3 paths).
 * The file says {@code openapi: 3.1.0} but its schemas use OpenAPI 3.0 keywords ({@code nullable}, boolean
 * {@code exclusiveMinimum}), so they are validated with the OpenAPI 3.0 dialect; the 723 schema nodes that have
 * {@code properties} but no {@code type} are treated as objects (a validator would otherwise accept anything there);
 * the YAML is parsed as YAML 1.2 so that date-like examples stay text.</li>
 * </ul>
 * {@link #requestViolations(String, String) Requests} and {@link #responseViolations(String, String) answers} are
 * validated differently in one respect: a request must not carry a {@code readOnly} property. The spec states some
 * limits only in prose (at most 1000 cart items, a quantity sum of at most 10,000): those are not checked here.
 * <p>
 * When the spec file is missing the calling test is skipped, unless the environment variable {@code CI} is set, in
 * which case it fails: CI always has {@code ../shared}.
 */
public final class TalonApiSpec {

	/** The file of the v1 spec. */
	public static final String V1_FILE = "integration-v1-swagger-2017-07.json";

	/** The file of today's spec. */
	public static final String V2_FILE = "talon-one-api-v2-openapi-26.13.0.yaml";

	private static final String REQUEST_BODIES = "#/components/requestBodies/";

	private static final Map<String, TalonApiSpec> LOADED = new ConcurrentHashMap<>();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String file;

	private final JsonNode document;

	private final JsonNode schemas;

	private final String refPrefix;

	private final boolean openApi30;

	private final Map<String, JsonSchema> validators = new ConcurrentHashMap<>();

	private TalonApiSpec(String file, JsonNode document, JsonNode schemas, String refPrefix, boolean openApi30) {
		this.file = file;
		this.document = document;
		this.schemas = schemas;
		this.refPrefix = refPrefix;
		this.openApi30 = openApi30;
	}

	/**
	 * The 2017 Swagger 2.0 spec of the v1 Integration API (the seed's five operations).
	 * @return the spec
	 */
	public static TalonApiSpec v1() {
		return LOADED.computeIfAbsent(V1_FILE, (file) -> {
			JsonNode document = read(locate(file), JSON);
			return new TalonApiSpec(file, document, document.path("definitions"), "#/definitions/", false);
		});
	}

	/**
	 * The 2026 OpenAPI spec of today's Integration API (and the Management API, which this build does not use).
	 * @return the spec
	 */
	public static TalonApiSpec v2() {
		return LOADED.computeIfAbsent(V2_FILE, (file) -> {
			JsonNode document = read(locate(file), new YAMLMapper());
			JsonNode schemas = document.path("components").path("schemas");
			typeObjects(schemas);
			return new TalonApiSpec(file, document, schemas, "#/components/schemas/", true);
		});
	}

	/**
	 * Validates a request body against one of the spec's schemas: besides the schema's own rules, no
	 * {@code readOnly} property may be present.
	 * @param schemaName the schema, such as {@code IntegrationRequest} or {@code NewCustomerSession}
	 * @param json the body as JSON text
	 * @return the violations, each {@code <JSON pointer>: <message>}; empty when the body is valid
	 */
	public List<String> requestViolations(String schemaName, String json) {
		return validate(schemaName, json, true);
	}

	/**
	 * Validates an answer against one of the spec's schemas.
	 * @param schemaName the schema, such as {@code IntegrationStateV2}
	 * @param json the answer as JSON text
	 * @return the violations, each {@code <JSON pointer>: <message>}; empty when the answer is valid
	 */
	public List<String> responseViolations(String schemaName, String json) {
		return validate(schemaName, json, false);
	}

	/**
	 * Whether the spec has a schema of that name.
	 * @param schemaName the name
	 * @return whether it exists
	 */
	public boolean hasSchema(String schemaName) {
		return this.schemas.path(schemaName).isObject();
	}

	/**
	 * A schema of the spec, as JSON text (after the fixes described on this class).
	 * @param schemaName the name
	 * @return the schema
	 */
	public String schema(String schemaName) {
		return definition(schemaName).toString();
	}

	/**
	 * The operations whose tags include the given one.
	 * @param tag a tag such as {@code integration} (today's spec) or {@code Integration API} (the v1 spec)
	 * @return the operations, in the order of the spec
	 */
	public List<Operation> operations(String tag) {
		List<Operation> operations = new ArrayList<>();
		this.document.path("paths").fields().forEachRemaining((path) -> path.getValue().fields().forEachRemaining((entry) -> {
			JsonNode operation = entry.getValue();
			if (operation.isObject() && operation.has("operationId")) {
				for (JsonNode candidate : operation.path("tags")) {
					if (candidate.asText().equals(tag)) {
						operations.add(operation(path.getKey(), entry.getKey(), operation));
						break;
					}
				}
			}
		}));
		return operations;
	}

	/**
	 * The operation with the given id, whatever its tag.
	 * @param operationId an operationId such as {@code updateCustomerSessionV2}
	 * @return the operation, if the spec has it
	 */
	public Optional<Operation> operation(String operationId) {
		for (Iterator<Map.Entry<String, JsonNode>> paths = this.document.path("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
				Map.Entry<String, JsonNode> method = methods.next();
				if (operationId.equals(method.getValue().path("operationId").asText(null))) {
					return Optional.of(operation(path.getKey(), method.getKey(), method.getValue()));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A parameter of an operation as the spec writes it, for what {@link Parameter} leaves out: its {@code style} and
	 * {@code explode} (how an array is sent) and its schema's limits ({@code minimum}, {@code maximum},
	 * {@code minLength}, {@code maxLength}).
	 * @param operationId the operation, such as {@code getLoyaltyCardPoints}
	 * @param name the parameter, such as {@code pageSize}
	 * @return the parameter object as JSON text, if the operation has it
	 */
	public Optional<String> parameterDefinition(String operationId, String name) {
		for (Iterator<Map.Entry<String, JsonNode>> paths = this.document.path("paths").fields(); paths.hasNext();) {
			for (Iterator<JsonNode> operations = paths.next().getValue().elements(); operations.hasNext();) {
				JsonNode operation = operations.next();
				if (operationId.equals(operation.path("operationId").asText(null))) {
					for (JsonNode declared : operation.path("parameters")) {
						JsonNode parameter = resolveParameter(declared);
						if (name.equals(parameter.path("name").asText())) {
							return Optional.of(parameter.toString());
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return "TalonApiSpec[" + this.file + "]";
	}

	private List<String> validate(String schemaName, String json, boolean request) {
		JsonSchema validator = this.validators.computeIfAbsent((request ? "request " : "response ") + schemaName,
				(key) -> validator(schemaName, request));
		JsonNode instance;
		try {
			instance = JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			return List.of(": not JSON (" + ex.getOriginalMessage() + ")");
		}
		Set<ValidationMessage> messages = validator.validate(instance);
		return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
	}

	private JsonSchema validator(String schemaName, boolean request) {
		// only the schemas reachable from this one: some Management API schemas use regular expressions that
		// java.util.regex cannot compile, and none is reachable from the Integration API
		ObjectNode reachable = JSON.createObjectNode();
		collect(schemaName, reachable, request);
		ObjectNode root = JSON.createObjectNode();
		root.put("$ref", this.refPrefix + schemaName);
		String[] container = this.refPrefix.substring(2, this.refPrefix.length() - 1).split("/");
		ObjectNode holder = root;
		for (int i = 0; i < container.length - 1; i++) {
			holder = holder.putObject(container[i]);
		}
		holder.set(container[container.length - 1], reachable);
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
			.formatAssertionsEnabled(true)
			.nullableKeywordEnabled(this.openApi30)
			.pathType(PathType.JSON_POINTER)
			.build();
		JsonSchemaFactory factory = this.openApi30
				? JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
						(builder) -> builder.metaSchema(OpenApi30.getInstance())
							.defaultMetaSchemaIri(OpenApi30.getInstance().getIri()))
				: JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
		return factory.getSchema(root, config);
	}

	private JsonNode definition(String schemaName) {
		JsonNode definition = this.schemas.path(schemaName);
		if (!definition.isObject()) {
			Assertions.fail("schema " + schemaName + " is not in " + this.file);
		}
		return definition;
	}

	private void collect(String name, ObjectNode reachable, boolean request) {
		if (reachable.has(name)) {
			return;
		}
		JsonNode definition = definition(name).deepCopy();
		if (request) {
			refuseReadOnly(definition);
		}
		reachable.set(name, definition);
		collectReferences(definition, reachable, request);
	}

	private void collectReferences(JsonNode node, ObjectNode reachable, boolean request) {
		if (node.isObject()) {
			JsonNode ref = node.get("$ref");
			if (ref != null && ref.isTextual() && ref.asText().startsWith(this.refPrefix)) {
				collect(ref.asText().substring(this.refPrefix.length()), reachable, request);
			}
			for (JsonNode value : node) {
				collectReferences(value, reachable, request);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				collectReferences(element, reachable, request);
			}
		}
	}

	/**
	 * Replaces the schema of every {@code readOnly} property by one that nothing matches, so that a request carrying
	 * it is refused at its pointer.
	 */
	private static void refuseReadOnly(JsonNode node) {
		if (node.isObject()) {
			JsonNode properties = node.get("properties");
			if (properties instanceof ObjectNode props) {
				for (Iterator<Map.Entry<String, JsonNode>> fields = props.fields(); fields.hasNext();) {
					Map.Entry<String, JsonNode> field = fields.next();
					if (field.getValue().path("readOnly").asBoolean(false)) {
						ObjectNode refused = JSON.createObjectNode();
						refused.putObject("not");
						refused.put("description", "readOnly: answers only, never sent in a request");
						field.setValue(refused);
					}
				}
			}
			for (JsonNode value : node) {
				refuseReadOnly(value);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				refuseReadOnly(element);
			}
		}
	}

	/** Gives every schema node with {@code properties} but no {@code type} the type {@code object}. */
	private static void typeObjects(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && object.get("properties").isObject() && !object.has("type")) {
				object.put("type", "object");
			}
			for (JsonNode value : object) {
				typeObjects(value);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				typeObjects(element);
			}
		}
	}

	private Operation operation(String path, String method, JsonNode operation) {
		List<Parameter> parameters = new ArrayList<>();
		for (JsonNode declared : operation.path("parameters")) {
			JsonNode parameter = resolveParameter(declared);
			JsonNode schema = parameter.has("schema") ? parameter.get("schema") : parameter;
			List<String> values = new ArrayList<>();
			JsonNode enumeration = schema.has("items") ? schema.path("items").path("enum") : schema.path("enum");
			enumeration.forEach((value) -> values.add(value.asText()));
			parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
					parameter.path("required").asBoolean(false), schema.path("type").asText(null),
					schema.path("format").asText(null), List.copyOf(values)));
		}
		JsonNode requestBody = operation.path("requestBody");
		String bodyRef = requestBody.path("$ref").asText("");
		if (bodyRef.startsWith(REQUEST_BODIES)) {
			// a shared body of components/requestBodies, such as returnCartItems' and the events'
			requestBody = this.document.path("components").path("requestBodies")
				.path(bodyRef.substring(REQUEST_BODIES.length()));
		}
		String requestSchema = schemaName(requestBody.path("content").path("application/json").path("schema"));
		if (requestSchema == null) {
			for (JsonNode parameter : operation.path("parameters")) {
				if ("body".equals(parameter.path("in").asText())) {
					requestSchema = schemaName(parameter.path("schema"));
				}
			}
		}
		Map<Integer, String> responses = new LinkedHashMap<>();
		operation.path("responses").fields().forEachRemaining((response) -> {
			JsonNode schema = response.getValue().has("schema") ? response.getValue().get("schema")
					: response.getValue().path("content").path("application/json").path("schema");
			try {
				responses.put(Integer.valueOf(response.getKey()), schemaName(schema));
			}
			catch (NumberFormatException ex) {
				// "default": not a status of its own
			}
		});
		List<String> tags = new ArrayList<>();
		operation.path("tags").forEach((tag) -> tags.add(tag.asText()));
		return new Operation(operation.path("operationId").asText(), method.toUpperCase(Locale.ROOT), path,
				List.copyOf(parameters), requestSchema, Collections.unmodifiableMap(responses),
				List.copyOf(tags));
	}

	/**
	 * A parameter, or the shared one it refers to ({@code $ref: '#/components/parameters/skip'} in today's spec,
	 * {@code #/parameters/...} in Swagger 2.0).
	 */
	private JsonNode resolveParameter(JsonNode parameter) {
		String ref = parameter.path("$ref").asText("");
		for (String prefix : List.of("#/components/parameters/", "#/parameters/")) {
			if (ref.startsWith(prefix)) {
				String[] path = prefix.substring(2, prefix.length() - 1).split("/");
				JsonNode shared = this.document;
				for (String segment : path) {
					shared = shared.path(segment);
				}
				return shared.path(ref.substring(prefix.length()));
			}
		}
		return parameter;
	}

	private String schemaName(JsonNode schema) {
		String ref = schema.path("$ref").asText("");
		return ref.startsWith(this.refPrefix) ? ref.substring(this.refPrefix.length()) : null;
	}

	private static JsonNode read(Path file, ObjectMapper mapper) {
		try {
			return mapper.readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path locate(String file) {
		Path base = Path.of(System.getProperty("user.dir"));
		for (String relative : List.of("../shared/talon-api/", "../../shared/talon-api/", "../../../shared/talon-api/")) {
			Path candidate = base.resolve(relative).resolve(file).normalize();
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		String message = "Talon.One spec " + file + " not found in ../shared/talon-api/ (or one or two levels higher)"
				+ " relative to " + base;
		String ci = System.getenv("CI");
		if (ci != null && !ci.isBlank()) {
			Assertions.fail(message + " (CI=" + ci + " is set, so a missing spec is an error)");
		}
		System.err.println("SKIPPED: " + message);
		Assumptions.abort(message);
		throw new IllegalStateException(message); // not reached
	}

	/**
	 * An operation of the spec.
	 *
	 * @param operationId its operationId
	 * @param method the HTTP method, upper case
	 * @param path the path template
	 * @param parameters its path, query and header parameters
	 * @param requestSchema the schema of its JSON body, or {@code null}
	 * @param responseSchemas the schema of the answer per status ({@code null} values for answers without a named
	 * schema)
	 * @param tags its tags
	 */
	public record Operation(String operationId, String method, String path, List<Parameter> parameters,
			String requestSchema, Map<Integer, String> responseSchemas, List<String> tags) {

		/**
		 * The parameters in the given place.
		 * @param in {@code path}, {@code query} or {@code header}
		 * @return the parameters
		 */
		public List<Parameter> parameters(String in) {
			return this.parameters.stream().filter((parameter) -> parameter.in().equals(in)).toList();
		}

	}

	/**
	 * A parameter of an operation.
	 *
	 * @param name its name
	 * @param in where it goes: {@code path}, {@code query}, {@code header}
	 * @param required whether it is required
	 * @param type its JSON Schema type, such as {@code boolean}
	 * @param format its format, such as {@code date-time}, or {@code null}
	 * @param enumValues the values it may take (of its items, for an array), empty when any
	 */
	public record Parameter(String name, String in, boolean required, String type, String format,
			List<String> enumValues) {

	}

}
