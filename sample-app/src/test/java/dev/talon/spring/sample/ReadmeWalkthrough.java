package dev.talon.spring.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps a walkthrough of the README true: the {@code $ curl} commands of one README section and the answers shown
 * under them are replayed on the shop in the README's order, and each answer the shop gives must be the one the README
 * shows, as JSON, except for times ({@code created}, {@code lastActivity}) and the values that differ from run to run
 * (cart ids, referral codes), which a test learns from the answers as it goes ({@link #exchange}). Commands the test
 * makes otherwise (such as a simulator's faults, through its bean) are {@linkplain #skip(String) skipped}, in order
 * too.
 */
final class ReadmeWalkthrough {

	private static final Path README = Path.of("../README.md");

	private static final Pattern COMMAND = Pattern.compile(
			"^\\$ curl -s (?:-X (?<method>[A-Z]+) )?'?(?<url>[^' ]+)'?(?: -H '[^']*')?(?: -d '(?<body>[^']*)')?$");

	private static final String SHOP = "localhost:8080";

	/** The fields whose values are times of the run. */
	private static final Set<String> TIMES = Set.of("created", "lastActivity");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<Step> steps;

	private final Map<String, String> replacements = new LinkedHashMap<>();

	private int next;

	private ReadmeWalkthrough(List<Step> steps) {
		this.steps = steps;
	}

	/**
	 * The commands of a README section and the answers it shows.
	 * @param heading the section's heading line, such as {@code #### The account area}, whose section runs to the next
	 * heading
	 * @return the walkthrough, at its first command
	 */
	static ReadmeWalkthrough of(String heading) {
		List<String> lines;
		try {
			lines = Files.readAllLines(README);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int start = lines.indexOf(heading);
		assertThat(start).as("the README has a section " + heading).isNotNegative();
		List<Step> steps = new ArrayList<>();
		for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
			if (lines.get(i).startsWith("$ curl")) {
				Matcher command = COMMAND.matcher(lines.get(i));
				assertThat(command.matches()).as("a command the walkthrough can replay: " + lines.get(i)).isTrue();
				String method = (command.group("method") != null) ? command.group("method") : "GET";
				steps.add(new Step(lines.get(i), method, command.group("url"), command.group("body"),
						lines.get(i + 1)));
			}
		}
		assertThat(steps).as("the commands of " + heading).isNotEmpty();
		return new ReadmeWalkthrough(steps);
	}

	/**
	 * Makes the next command of the walkthrough, which must be the given request to the shop, on the shop: with the
	 * README's body, and values the test learnt replaced. Its answer must be the README's, but for times and the
	 * values to learn, whose README values the test learns to replace by those of this run from then on.
	 * @param web the client of the shop
	 * @param method the request's method
	 * @param path the request's path and query, with the values of this run
	 * @param status the status the shop must answer with
	 * @param learn the top-level fields of the answer whose values differ from run to run, such as a cart's {@code id}
	 * @return the shop's answer
	 */
	String exchange(WebTestClient web, HttpMethod method, String path, int status, String... learn) {
		Step step = nextStep();
		assertThat(step.method() + " " + replaced(step.url())).as("the README's next command, " + step.line())
			.isEqualTo(method.name() + " " + SHOP + path);
		WebTestClient.RequestBodySpec request = web.method(method).uri(path);
		if (step.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(replaced(step.body()));
		}
		String answer = request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode shown = json.readTree(step.answer());
		JsonNode actual = json.readTree(answer);
		for (String field : learn) {
			assertThat(shown.path(field).isString()).as(field + " in the README's answer to " + step.line()).isTrue();
			this.replacements.put(shown.path(field).stringValue(), actual.path(field).stringValue());
		}
		assertThat(withoutTimes(actual)).as("the answer to " + step.line())
			.isEqualTo(withoutTimes(json.readTree(replaced(step.answer()))));
		return answer;
	}

	/**
	 * Passes over the next command of the walkthrough, which the test makes otherwise.
	 * @param url a part of the command's URL, such as {@code /_simulator/faults}
	 */
	void skip(String url) {
		Step step = nextStep();
		assertThat(step.url()).as("the README's next command, " + step.line()).contains(url);
	}

	/**
	 * Asserts that the test went through every command of the walkthrough.
	 */
	void assertFinished() {
		assertThat(this.steps.subList(this.next, this.steps.size())).as("the README's commands the test did not make")
			.isEmpty();
	}

	private Step nextStep() {
		assertThat(this.next).as("the README shows another command").isLessThan(this.steps.size());
		return this.steps.get(this.next++);
	}

	private String replaced(String text) {
		String replaced = text;
		for (Map.Entry<String, String> replacement : this.replacements.entrySet()) {
			replaced = replaced.replace(replacement.getKey(), replacement.getValue());
		}
		return replaced;
	}

	private static JsonNode withoutTimes(JsonNode node) {
		JsonNode copy = node.deepCopy();
		blankTimes(copy);
		return copy;
	}

	private static void blankTimes(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				if (TIMES.contains(name) && object.get(name).isString()) {
					object.put(name, "<time>");
				}
			}
		}
		node.values().forEach(ReadmeWalkthrough::blankTimes);
	}

	/** A command of the README, and the answer it shows. */
	private record Step(String line, String method, String url, String body, String answer) {
	}

}
