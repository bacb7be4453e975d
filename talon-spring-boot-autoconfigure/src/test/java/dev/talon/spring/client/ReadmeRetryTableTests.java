package dev.talon.spring.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.talon.spring.spec.TalonApiSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the README's per-operation retry table in step with the client: one row per {@link TalonOperation}, with
 * its method and path, what repeating it does ({@link TalonOperation.Idempotency}), the queue it waits in
 * ({@link TalonOperation.Sequencing}), a dry run named where the spec gives the operation a {@code dry} parameter,
 * a 409 justified where the spec declares one, and a column of {@link RetryFaultInjectionTests}' fault matrix for
 * every operation.
 */
class ReadmeRetryTableTests {

	private static final Pattern ROW = Pattern
		.compile("\\| `(\\w+)`( \\(v1\\))? \\| `(GET|PUT|POST|DELETE) ([^`]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|");

	private static List<String> retries;

	@BeforeAll
	static void readTheRetriesSection() throws IOException {
		Path readme = Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize();
		String text = Files.readString(readme, StandardCharsets.UTF_8);
		int start = text.indexOf("\n## Retries\n");
		assertThat(start).as("the Retries section of %s", readme).isPositive();
		int end = text.indexOf("\n## ", start + 1);
		retries = List.of(text.substring(start, (end < 0) ? text.length() : end).split("\n"));
	}

	@Test
	void everyOperationHasExactlyOneRowThatSaysWhatTheClientDoes() {
		Map<TalonOperation, Row> rows = rows();

		assertThat(rows.keySet()).containsExactlyInAnyOrder(TalonOperation.values());
		rows.forEach((operation, row) -> {
			assertThat(row.method()).as("method of %s", operation).isEqualTo(operation.method().name());
			assertThat(row.path()).as("path of %s", operation).isEqualTo(operation.pathTemplate());
			assertThat(row.v1()).as("(v1) after %s", operation)
				.isEqualTo(operation.isLegacy());
			assertThat(repeatsAs(row.repeats())).as("repeats as, of %s", operation).isEqualTo(operation.idempotency());
			assertThat(sequencing(row.queue())).as("queue of %s", operation).isEqualTo(operation.sequencing());
		});
	}

	@Test
	void aDryRunIsNamedWhereTheSpecGivesTheOperationADryParameterAndA409IsJustifiedWhereItDeclaresOne() {
		TalonApiSpec spec = TalonApiSpec.v2();
		Set<TalonOperation> withDryRun = EnumSet.noneOf(TalonOperation.class);
		rows().forEach((operation, row) -> {
			if (row.v1()) {
				return; // not in today's spec
			}
			TalonApiSpec.Operation specified = spec.operation(operation.operationName()).orElseThrow();
			boolean dry = specified.parameters("query").stream().anyMatch((parameter) -> parameter.name().equals("dry"));
			assertThat(row.repeats().contains("(dry run: read-only)")).as("dry run named for %s", operation)
				.isEqualTo(dry);
			if (dry) {
				withDryRun.add(operation);
			}
			assertThat(row.why().contains("409")).as("409 justified for %s", operation)
				.isEqualTo(specified.responseSchemas().containsKey(409));
		});
		assertThat(withDryRun).containsExactlyInAnyOrder(TalonOperation.UPDATE_CUSTOMER_SESSION_V2,
				TalonOperation.RETURN_CART_ITEMS, TalonOperation.UPDATE_CUSTOMER_PROFILE_V2, TalonOperation.TRACK_EVENT_V2,
				TalonOperation.TRACK_EVENT_V3);
		assertThat(rows().get(TalonOperation.RETURN_CART_ITEMS).why()).contains("Idempotency-Key");
	}

	@Test
	void theFailureTableHasAColumnPerWayOfRepeatingAndTheFaultMatrixACasePerOperation() {
		String header = retries.stream().filter((line) -> line.startsWith("| failure |")).findFirst().orElseThrow();
		List<String> columns = cells(header).subList(1, 4);
		assertThat(columns.stream().map(ReadmeRetryTableTests::repeatsAs).toList())
			.containsExactly(TalonOperation.Idempotency.IDEMPOTENT, TalonOperation.Idempotency.READ_ONLY,
					TalonOperation.Idempotency.NOT_IDEMPOTENT);
		assertThat(columns.get(1)).contains("dry run");

		Set<TalonOperation> tested = Arrays.stream(RetryFaultInjectionTests.Column.values())
			.map((column) -> column.operation)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(TalonOperation.class)));
		assertThat(tested).containsExactlyInAnyOrder(TalonOperation.values());
		assertThat(Arrays.stream(RetryFaultInjectionTests.Column.values()).map(RetryFaultInjectionTests.Column::idempotency))
			.as("every way of repeating has a column")
			.contains(TalonOperation.Idempotency.values());
	}

	private static Map<TalonOperation, Row> rows() {
		Map<TalonOperation, Row> rows = new LinkedHashMap<>();
		for (String line : retries) {
			Matcher row = ROW.matcher(line);
			if (!row.matches()) {
				continue;
			}
			TalonOperation operation = operation(row.group(1))
				.orElseThrow(() -> new AssertionError("no operation " + row.group(1) + " in TalonOperation"));
			Row previous = rows.put(operation, new Row(row.group(2) != null, row.group(3), row.group(4),
					row.group(5).strip(), row.group(6).strip(), row.group(7).strip()));
			assertThat(previous).as("a second row of %s", operation).isNull();
		}
		return rows;
	}

	private static Optional<TalonOperation> operation(String name) {
		return Arrays.stream(TalonOperation.values()).filter((operation) -> operation.operationName().equals(name))
			.findFirst();
	}

	private static TalonOperation.Idempotency repeatsAs(String cell) {
		if (cell.startsWith("not idempotent")) {
			return TalonOperation.Idempotency.NOT_IDEMPOTENT;
		}
		if (cell.startsWith("idempotent")) {
			return TalonOperation.Idempotency.IDEMPOTENT;
		}
		if (cell.startsWith("read-only")) {
			return TalonOperation.Idempotency.READ_ONLY;
		}
		throw new AssertionError("'" + cell + "' names no way of repeating");
	}

	private static TalonOperation.Sequencing sequencing(String cell) {
		return switch (cell) {
			case "session" -> TalonOperation.Sequencing.SESSION;
			case "profile" -> TalonOperation.Sequencing.PROFILE;
			case "card" -> TalonOperation.Sequencing.CARD;
			case "—" -> TalonOperation.Sequencing.NONE;
			default -> throw new AssertionError("'" + cell + "' names no queue");
		};
	}

	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/**
	 * A row of the per-operation table.
	 *
	 * @param v1 whether the operation is marked {@code (v1)}
	 * @param method the HTTP method
	 * @param path the path template
	 * @param repeats what repeating it does
	 * @param queue the queue it waits in
	 * @param why the justification
	 */
	record Row(boolean v1, String method, String path, String repeats, String queue, String why) {
	}

}
