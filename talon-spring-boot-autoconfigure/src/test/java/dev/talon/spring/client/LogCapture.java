package dev.talon.spring.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets loggers to DEBUG and captures everything they log, rendered with the full message, MDC, key-value pairs
 * and full stack traces; {@link #close()} restores the levels and detaches the appender. Shared by the tests that
 * no secret is ever logged.
 */
public final class LogCapture implements AutoCloseable {

	private final LoggerContext context;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final PatternLayout layout = new PatternLayout();

	private final Map<Logger, Level> previousLevels = new LinkedHashMap<>();

	private final List<Logger> attachedTo = new ArrayList<>();

	private LogCapture(LoggerContext context) {
		this.context = context;
	}

	public static LogCapture start(List<String> loggerNames) {
		assertThat(LoggerFactory.getILoggerFactory()).as("SLF4J is bound to Logback")
			.isInstanceOf(LoggerContext.class);
		LogCapture capture = new LogCapture((LoggerContext) LoggerFactory.getILoggerFactory());
		capture.layout.setContext(capture.context);
		capture.layout.setPattern("%level [%thread] %logger %marker %mdc %kvp - %msg%n%ex{full}");
		capture.layout.start();
		capture.appender.setContext(capture.context);
		capture.appender.setName("secrets-not-logged-capture");
		capture.appender.start();
		for (String name : loggerNames) {
			Logger logger = capture.context.getLogger(name);
			capture.previousLevels.put(logger, logger.getLevel());
			logger.setLevel(Level.DEBUG);
			boolean hasListedAncestor = loggerNames.stream()
				.anyMatch((other) -> !other.equals(name) && name.startsWith(other + "."));
			if (!hasListedAncestor) {
				logger.addAppender(capture.appender);
				capture.attachedTo.add(logger);
			}
		}
		return capture;
	}

	public List<ILoggingEvent> events() {
		synchronized (this.appender) {
			return new ArrayList<>(this.appender.list);
		}
	}

	public List<String> loggerNames() {
		return events().stream().map(ILoggingEvent::getLoggerName).distinct().toList();
	}

	/**
	 * Waits until nothing more is logged for a moment (Reactor Netty logs the release of the connection on its
	 * event loop after the answer was delivered), then renders everything captured.
	 */
	public String awaitQuietText() {
		long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		int count = -1;
		while (System.nanoTime() < deadline) {
			int now = events().size();
			if (now == count) {
				break;
			}
			count = now;
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		StringBuilder text = new StringBuilder();
		for (ILoggingEvent event : events()) {
			text.append(this.layout.doLayout(event));
			if (event.getArgumentArray() != null) {
				for (Object argument : event.getArgumentArray()) {
					text.append("  argument: ").append(argument).append(System.lineSeparator());
				}
			}
		}
		return text.toString();
	}

	@Override
	public void close() {
		for (Logger logger : this.attachedTo) {
			logger.detachAppender(this.appender);
		}
		this.previousLevels.forEach(Logger::setLevel);
		this.appender.stop();
		this.layout.stop();
	}

}
