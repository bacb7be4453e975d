package dev.talon.spring.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.talon.spring.spec.ReadmeExamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java example of the README's section "Testing your application" is, line for line, the text of a test of this
 * module that runs ({@link ReadmeExamples}, between the test's {@code // tag::<name>[]} and {@code // end::<name>[]}):
 * an example added without a test, or a test changed without its example, fails here.
 */
class ReadmeTestingSectionTests {

	private static final String SECTION = "## Testing your application";

	/** Each example: the test class that holds it, its tag, and a text only the README's code block of it contains. */
	private static final List<Example> EXAMPLES = List.of(
			new Example("dev.talon.spring.test.shop.CartWithCouponExampleTests", "cart-flow",
					"class CartWithCouponExampleTests"),
			new Example("dev.talon.spring.test.shop.AutoConfigureTalonSimulatorTests", "scenario",
					"TalonSimulatorScenario carol()"),
			new Example("dev.talon.spring.test.shop.SlowTalonOneExampleTests", "fault", "class SlowTalonOneExampleTests"),
			new Example("dev.talon.spring.test.shop.WebMvcSliceTests", "slice", "class WebMvcSliceTests"),
			new Example("dev.talon.spring.test.shop.TwoApplicationsTests", "qualified", "TalonSimulator uk;"),
			new Example("dev.talon.spring.test.TalonSimulatorExtensionFieldTests", "extension",
					"static TalonSimulatorExtension talon = new TalonSimulatorExtension()"));

	@Test
	void everyJavaExampleOfTheSectionIsOneOfTheTests() throws IOException {
		List<String> blocks = javaBlocks(section());

		assertThat(blocks).as("the Java code blocks of " + SECTION).hasSameSizeAs(EXAMPLES);
		for (String block : blocks) {
			assertThat(EXAMPLES).as("the examples whose anchor this block contains:%n%s", block)
				.filteredOn((example) -> block.contains(example.anchor()))
				.hasSize(1);
		}
	}

	@Test
	void theReadmeShowsEachTestAsItIs() throws ClassNotFoundException {
		for (Example example : EXAMPLES) {
			ReadmeExamples.assertReadmeShows(Class.forName(example.test()), example.tag(), example.anchor());
		}
	}

	private static String section() throws IOException {
		String readme = Files.readString(Path.of("../README.md"));
		int start = readme.indexOf("\n" + SECTION + "\n");
		assertThat(start).as("the README has " + SECTION).isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		return readme.substring(start, (end < 0) ? readme.length() : end);
	}

	/** The code blocks of a text that are Java, fenced at any indentation (such as in a list item). */
	private static List<String> javaBlocks(String text) {
		List<String> blocks = new ArrayList<>();
		StringBuilder block = null;
		for (String line : text.lines().toList()) {
			String fence = line.strip();
			if (block == null && fence.equals("```java")) {
				block = new StringBuilder();
			}
			else if (block != null && fence.startsWith("```")) {
				blocks.add(block.toString());
				block = null;
			}
			else if (block != null) {
				block.append(line).append('\n');
			}
		}
		return blocks;
	}

	private record Example(String test, String tag, String anchor) {
	}

}
