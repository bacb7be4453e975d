package dev.talon.spring.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import dev.talon.spring.client.model.ApiError;
import dev.talon.spring.client.model.ErrorResponse;
import dev.talon.spring.client.model.ErrorSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Turns what went wrong in an exchange into the {@link TalonException} hierarchy, with messages that say what
 * happened and never contain a header or a secret.
 */
final class TalonErrors {

	/** The longest body excerpt kept in an exception. */
	static final int MAX_EXCERPT = 200;

	/** The longest {@code Retry-After} delay kept: a longer one is kept as this one. */
	static final Duration MAX_RETRY_AFTER = Duration.ofDays(365);

	private final JsonMapper json;

	private final TalonCredentials credentials;

	TalonErrors(JsonMapper json, TalonCredentials credentials) {
		this.json = json;
		this.credentials = credentials;
	}

	/**
	 * The exception for a non-2xx answer.
	 */
	TalonResponseException forStatus(TalonOperation operation, int status, byte[] body, String retryAfterHeader) {
		ErrorResponse error = parseError(body);
		String excerpt = (error != null) ? null : excerpt(body);
		Duration retryAfter = parseRetryAfter(retryAfterHeader, Instant.now());
		StringBuilder message = new StringBuilder(prefix(operation)).append(" failed with HTTP ")
			.append(describe(status));
		if (retryAfter != null) {
			message.append(" (Retry-After ").append(retryAfter.toMillis()).append(" ms)");
		}
		if (error != null) {
			message.append(": ").append(error.message());
			for (ApiError apiError : error.errors()) {
				message.append("; ").append(apiError);
			}
		}
		else {
			message.append("; body: ").append(excerpt);
		}
		String text = message.toString();
		if (status == 429 || (status == 503 && retryAfter != null)) {
			return new TalonRateLimitException(operation, text, status, error, excerpt, retryAfter);
		}
		TalonResponseException exception = forStatus(operation, status, text, error, excerpt);
		exception.setRetryAfter(retryAfter);
		return exception;
	}

	private static TalonResponseException forStatus(TalonOperation operation, int status, String text,
			ErrorResponse error, String excerpt) {
		if (status == 401 || status == 403) {
			return new TalonAuthenticationException(operation, text, status, error, excerpt);
		}
		if (status == 404) {
			return new TalonNotFoundException(operation, text, status, error, excerpt);
		}
		if (status == 409) {
			return new TalonConflictException(operation, text, status, error, excerpt);
		}
		if (status >= 400 && status < 500) {
			return new TalonClientErrorException(operation, text, status, error, excerpt);
		}
		if (status >= 500 && status < 600) {
			return new TalonServerErrorException(operation, text, status, error, excerpt);
		}
		return new TalonResponseException(operation, text, status, error, excerpt, null);
	}

	/**
	 * Reads a {@code Retry-After} header in either form: delta-seconds ({@code 120}) or an HTTP date. An HTTP date is
	 * accepted in the three formats a recipient must accept (RFC 9110 section 5.6.7): the preferred IMF-fixdate
	 * ({@code Sun, 06 Nov 1994 08:49:37 GMT}) and the obsolete RFC 850 ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and
	 * asctime ({@code Sun Nov  6 08:49:37 1994}) formats.
	 * @param header the header's value, or {@code null}
	 * @param now the current time, to turn a date into a delay
	 * @return the delay (zero for a date in the past), or {@code null} when the header is absent or invalid
	 */
	static Duration parseRetryAfter(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		if (value.chars().allMatch(Character::isDigit)) {
			// a delay beyond a year is no delay to wait for: it is kept as a year (which no setting waits for)
			if (value.length() > 9) {
				return MAX_RETRY_AFTER;
			}
			Duration delay = Duration.ofSeconds(Long.parseLong(value));
			return (delay.compareTo(MAX_RETRY_AFTER) > 0) ? MAX_RETRY_AFTER : delay;
		}
		Instant date = parseHttpDate(value, now);
		if (date == null) {
			return null;
		}
		Duration delay = Duration.between(now, date);
		return delay.isNegative() ? Duration.ZERO : (delay.compareTo(MAX_RETRY_AFTER) > 0) ? MAX_RETRY_AFTER : delay;
	}

	private static Instant parseHttpDate(String value, Instant now) {
		try {
			return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			// not IMF-fixdate: try the obsolete formats
		}
		try {
			// RFC 850: a two-digit year that would be more than 50 years in the future is in the past century
			int comma = value.indexOf(", ");
			LocalDateTime date = LocalDateTime.parse(value.substring(comma + 2).strip(), ObsoleteHttpDates.RFC_850);
			int century = now.atZone(ZoneOffset.UTC).getYear() / 100 * 100;
			LocalDateTime candidate = date.withYear(century + date.getYear() % 100);
			if (candidate.isAfter(LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusYears(50))) {
				candidate = candidate.minusYears(100);
			}
			return candidate.toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException | StringIndexOutOfBoundsException ex) {
			// not RFC 850 either
		}
		try {
			String[] parts = value.split("\\s+", 2); // the day name, then the date
			return LocalDateTime.parse(parts[1].replaceAll("\\s+", " "), ObsoleteHttpDates.ASCTIME)
				.toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException | ArrayIndexOutOfBoundsException ex) {
			return null;
		}
	}

	/**
	 * The exception for a 2xx answer whose body could not be read as the expected type.
	 */
	TalonInvalidResponseException forUnreadableBody(TalonOperation operation, int status, Class<?> type,
			byte[] body, Exception cause) {
		String reason;
		if (body.length == 0) {
			reason = "its body is empty";
		}
		else if (cause == null) {
			reason = "its body is not a " + type.getSimpleName() + " object";
		}
		else {
			String detail = describe(cause);
			String redacted = this.credentials.redact(detail);
			if (!redacted.equals(detail)) {
				cause = null; // its message quotes the secret
			}
			reason = "its body is not a valid " + type.getSimpleName() + ": " + redacted;
		}
		return new TalonInvalidResponseException(operation,
				prefix(operation) + " answered HTTP " + describe(status) + " but " + reason + "; body: "
						+ excerpt(body),
				status, excerpt(body), cause);
	}

	/**
	 * The exception for an attempt that received no complete answer within the client's read timeout (the request
	 * was, or may have been, sent).
	 */
	TalonTimeoutException forReadTimeout(TalonOperation operation, Duration readTimeout, Duration elapsed) {
		return new TalonTimeoutException(operation,
				prefix(operation) + " timed out: received no answer within the read timeout of "
						+ readTimeout.toMillis() + " ms after sending (gave up after " + elapsed.toMillis()
						+ " ms, connecting included)",
				TalonTimeoutException.Bound.READ, elapsed, null);
	}

	/**
	 * The exception for a failure without an answer.
	 */
	TalonTransportException forTransportFailure(TalonOperation operation, Throwable failure, Duration elapsed) {
		String detail = this.credentials.redact(rootMessage(failure));
		// a failed name resolution sent nothing, even when it failed because the DNS server did not answer in time
		if (isTimeout(failure) && !hasCause(failure, UnknownHostException.class)) {
			TalonTimeoutException.Bound bound = isConnectFailure(failure) ? TalonTimeoutException.Bound.CONNECT
					: TalonTimeoutException.Bound.READ;
			String what = (bound == TalonTimeoutException.Bound.CONNECT)
					? "could not connect within the connect timeout" : "received no answer within the read timeout";
			return new TalonTimeoutException(operation,
					prefix(operation) + " timed out: " + what + " (gave up after " + elapsed.toMillis() + " ms)",
					bound, elapsed, failure);
		}
		boolean notSent = isConnectFailure(failure) || hasCause(failure, UnknownHostException.class)
				|| hasCause(failure, NoRouteToHostException.class);
		String what = notSent ? "could not connect to Talon.One" : "the connection failed before a complete answer";
		return new TalonTransportException(operation,
				prefix(operation) + " failed: " + what + " (" + detail + ") after " + elapsed.toMillis() + " ms",
				!notSent, failure);
	}

	private static String prefix(TalonOperation operation) {
		return "Talon.One " + operation.operationName();
	}

	private ErrorResponse parseError(byte[] body) {
		if (body.length == 0 || firstNonWhitespace(body) != '{') {
			return null;
		}
		try {
			ErrorResponse error = this.json.readValue(body, ErrorResponse.class);
			if (error.message() == null && error.errors().isEmpty()) {
				return null;
			}
			// a proxy or Talon.One may echo a credential back: never keep it, not even in the parsed body
			return new ErrorResponse(this.credentials.redact(error.message()), error.errors()
				.stream()
				.map((apiError) -> new ApiError(this.credentials.redact(apiError.title()),
						this.credentials.redact(apiError.details()), redact(apiError.source())))
				.toList());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return null;
		}
	}

	private ErrorSource redact(ErrorSource source) {
		if (source == null) {
			return null;
		}
		return new ErrorSource(this.credentials.redact(source.pointer()), this.credentials.redact(source.parameter()),
				source.line(), this.credentials.redact(source.resource()));
	}

	private static int firstNonWhitespace(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b;
			}
		}
		return -1;
	}

	/**
	 * A short, single-line excerpt of a body: control characters and runs of white space become one space, and the
	 * text is cut at {@value #MAX_EXCERPT} characters.
	 */
	String excerpt(byte[] body) {
		if (body.length == 0) {
			return "(empty)";
		}
		String text = this.credentials.redact(new String(body, java.nio.charset.StandardCharsets.UTF_8));
		StringBuilder out = new StringBuilder();
		boolean space = false;
		int i = 0;
		for (; i < text.length() && out.length() < MAX_EXCERPT; i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				space = true;
				continue;
			}
			if (space && out.length() > 0) {
				out.append(' ');
			}
			space = false;
			out.append(c);
		}
		boolean cut = !text.substring(i).isBlank();
		return out + (cut ? "..." : "");
	}

	private static String describe(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? status + " " + known.getReasonPhrase() : String.valueOf(status);
	}

	private static String describe(Exception cause) {
		if (cause instanceof JacksonException jackson) {
			return jackson.getOriginalMessage();
		}
		Throwable root = cause;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	private static boolean isTimeout(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof TimeoutException || t instanceof SocketTimeoutException
					|| t.getClass().getSimpleName().endsWith("TimeoutException")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			String name = t.getClass().getSimpleName();
			// a connection that could not be opened, secured (a TLS handshake refused or timed out: the request is
			// written after it) or taken from the pool in time: nothing was sent
			if (t instanceof ConnectException || t instanceof SSLHandshakeException || name.contains("ConnectTimeout")
					|| name.contains("PoolAcquire") || name.contains("SslHandshake")) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	/**
	 * The obsolete HTTP date formats of RFC 9110 section 5.6.7, built on the first {@code Retry-After} that is not an
	 * IMF-fixdate (which nearly no server sends) rather than when the first client is created.
	 */
	private static final class ObsoleteHttpDates {

		/**
		 * RFC 850 dates without their day name ({@code 06-Nov-94 08:49:37 GMT} of
		 * {@code Sunday, 06-Nov-94 08:49:37 GMT}); the zone is always GMT, the century is decided separately.
		 */
		static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern("dd-MMM-")
			.appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
			.appendPattern(" HH:mm:ss 'GMT'")
			.toFormatter(Locale.ENGLISH);

		/**
		 * asctime dates without their day name and with white space folded ({@code Nov 6 08:49:37 1994} of
		 * {@code Sun Nov  6 08:49:37 1994}); the zone is GMT.
		 */
		static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern("MMM d HH:mm:ss yyyy")
			.toFormatter(Locale.ENGLISH);

		private ObsoleteHttpDates() {
		}

	}

}
