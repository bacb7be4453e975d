package dev.talon.spring.client;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpHeaders;

/**
 * How requests authenticate to Talon.One. Two schemes exist:
 * <ul>
 * <li>{@link #apiKey(String) API key} (Talon.One's current scheme): {@code Authorization: ApiKey-v1 <api key>};</li>
 * <li>{@link #contentSignature(String, String) content signature} (the v1-era scheme):
 * {@code Content-Signature: signer=<application id>; signature=<hex HMAC-MD5 of the body>}, keyed with the
 * hex-decoded application key and computed over the exact bytes that are sent.</li>
 * </ul>
 * Implementations never reveal a secret in {@link Object#toString() toString()} or in exception messages.
 */
public sealed interface TalonCredentials permits TalonCredentials.ApiKey, TalonCredentials.ContentSignature {

	/**
	 * Credentials for {@code Authorization: ApiKey-v1 <apiKey>}.
	 * @param apiKey the Integration API key of a Talon.One application
	 * @return the credentials
	 * @throws IllegalArgumentException when the key is blank or contains characters a header cannot carry
	 */
	static TalonCredentials apiKey(String apiKey) {
		return new ApiKey(apiKey);
	}

	/**
	 * Credentials for the {@code Content-Signature} HMAC scheme.
	 * @param applicationId the Talon.One application id (the signer), a positive integer such as {@code 42}
	 * @param applicationKey the application key as hexadecimal text
	 * @return the credentials
	 * @throws IllegalArgumentException when the id is not a positive integer or the key is not hexadecimal
	 */
	static TalonCredentials contentSignature(String applicationId, String applicationKey) {
		return new ContentSignature(applicationId, applicationKey);
	}

	/**
	 * Adds the authentication header for a request with the given body.
	 * @param headers the request headers
	 * @param body the exact bytes of the request body that will be sent
	 */
	void authenticate(HttpHeaders headers, byte[] body);

	/**
	 * Replaces every occurrence of a secret in the given text, so that a response excerpt can be shown safely.
	 * @param text the text
	 * @return the text without secrets
	 */
	String redact(String text);

	/**
	 * {@code Authorization: ApiKey-v1 <key>} credentials.
	 */
	final class ApiKey implements TalonCredentials {

		private final String headerValue;

		private final String key;

		// an echo in any case (a gateway may upper-case what it quotes) is still the key
		private final Pattern keyPattern;

		private ApiKey(String key) {
			if (key == null || key.isBlank()) {
				throw new IllegalArgumentException("apiKey must not be null or blank");
			}
			if (!key.strip().chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
				throw new IllegalArgumentException("apiKey must consist of visible ASCII characters only");
			}
			this.key = key.strip();
			this.headerValue = "ApiKey-v1 " + this.key;
			this.keyPattern = Pattern.compile(Pattern.quote(this.key), Pattern.CASE_INSENSITIVE);
		}

		@Override
		public void authenticate(HttpHeaders headers, byte[] body) {
			headers.set(HttpHeaders.AUTHORIZATION, this.headerValue);
		}

		@Override
		public String redact(String text) {
			return (text != null) ? this.keyPattern.matcher(text).replaceAll("******") : null;
		}

		@Override
		public String toString() {
			return "ApiKey[******]";
		}

	}

	/**
	 * {@code Content-Signature: signer=<applicationId>; signature=<hex HMAC-MD5>} credentials.
	 */
	final class ContentSignature implements TalonCredentials {

		/** The name of the header. */
		public static final String HEADER = "Content-Signature";

		private static final String ALGORITHM = "HmacMD5";

		private final String applicationId;

		private final String applicationKey;

		private final SecretKeySpec key;

		private final Pattern keyPattern;

		private ContentSignature(String applicationId, String applicationKey) {
			if (applicationId == null || applicationId.isBlank()) {
				throw new IllegalArgumentException("applicationId must not be null or blank");
			}
			if (!isPositiveInteger(applicationId.strip())) {
				throw new IllegalArgumentException("applicationId must be a positive integer, the id of a Talon.One "
						+ "Application such as 42, but was '" + applicationId.strip() + "'");
			}
			if (applicationKey == null || applicationKey.isBlank()) {
				throw new IllegalArgumentException("applicationKey must not be null or blank");
			}
			String hex = applicationKey.strip();
			if (hex.length() % 2 != 0 || !hex.chars().allMatch((c) -> Character.digit(c, 16) >= 0)) {
				throw new IllegalArgumentException(
						"applicationKey must be hexadecimal text with an even number of digits (0-9, a-f)");
			}
			this.applicationId = applicationId.strip();
			this.applicationKey = hex;
			this.keyPattern = Pattern.compile(Pattern.quote(hex), Pattern.CASE_INSENSITIVE);
			this.key = new SecretKeySpec(HexFormat.of().parseHex(hex), ALGORITHM);
			sign(new byte[0]); // fails now, not on the first request, if the JVM lacks HmacMD5
		}

		/** Talon.One's application ids are positive integers (2017 spec: {@code applicationId}, integer). */
		private static boolean isPositiveInteger(String text) {
			if (text.length() > 18 || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
				return false;
			}
			return Long.parseLong(text) > 0;
		}

		@Override
		public void authenticate(HttpHeaders headers, byte[] body) {
			headers.set(HEADER, "signer=" + this.applicationId + "; signature=" + sign(body));
		}

		/**
		 * The signature of a body: lowercase hexadecimal HMAC-MD5 keyed with the hex-decoded application key.
		 * @param body the exact body bytes
		 * @return the signature
		 */
		String sign(byte[] body) {
			try {
				Mac mac = Mac.getInstance(ALGORITHM);
				mac.init(this.key);
				return HexFormat.of().formatHex(mac.doFinal(body));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Cannot compute the " + ALGORITHM + " Content-Signature", ex);
			}
		}

		@Override
		public String redact(String text) {
			if (text == null) {
				return null;
			}
			return this.keyPattern.matcher(text).replaceAll("******");
		}

		@Override
		public String toString() {
			return "ContentSignature[applicationId=" + this.applicationId + ", applicationKey=******]";
		}

	}

}
