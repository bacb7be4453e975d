package dev.talon.spring.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the README's Java examples identical to the tests that compile and run them: the lines of a test between
 * {@code // tag::<name>[]} and {@code // end::<name>[]} must be, one for one, the lines of the README's code block
 * that contains a given anchor besides the {@code import}s it shows, and each of these must be one of the test's. Lines
 * are compared without their indentation (a block indented in a list item included); blank lines are ignored. For the tests of a module of this build: the README is the
 * root's, {@code ../README.md} from the module, and the test's source under the module's {@code src/test/java}.
 */
public final class ReadmeExamples {

	private static final Path README = Path.of("../README.md");

	private ReadmeExamples() {
	}

	/**
	 * Asserts that the README shows a tagged example of a test.
	 * @param test the test class, whose source is under {@code src/test/java}
	 * @param tag the name of the tag around the example
	 * @param anchor a text that only the README's code block of the example contains
	 */
	public static void assertReadmeShows(Class<?> test, String tag, String anchor) {
		List<String> source = lines(Path.of("src/test/java", test.getName().replace('.', '/') + ".java"));
		List<String> example = new ArrayList<>();
		boolean inside = false;
		for (String line : source) {
			if (line.contains("// end::" + tag + "[]")) {
				break;
			}
			if (inside && !line.isBlank()) {
				example.add(line.strip());
			}
			inside = inside || line.contains("// tag::" + tag + "[]");
		}
		assertThat(example).as("the lines tagged " + tag + " in " + test.getSimpleName()).isNotEmpty();
		String readme = read(README);
		int at = readme.indexOf(anchor);
		assertThat(at).as("the README shows " + anchor).isPositive();
		List<String> shown = readme.substring(readme.lastIndexOf("```java", at))
			.lines()
			.skip(1)
			.map(String::strip)
			.takeWhile((line) -> !line.startsWith("```"))
			.filter((line) -> !line.isEmpty())
			.toList();
		assertThat(shown.stream().filter((line) -> !line.startsWith("import ")).toList())
			.as("the README's example of " + tag + ", line by line")
			.containsExactlyElementsOf(example);
		assertThat(source.stream().map(String::strip).toList()).as("the imports the README shows for " + tag)
			.containsAll(shown.stream().filter((line) -> line.startsWith("import ")).toList());
	}

	private static List<String> lines(Path path) {
		return read(path).lines().toList();
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
