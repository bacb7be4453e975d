package dev.talon.spring.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * How a {@link TalonSimulator} starts: its port, the credentials it accepts, its rules, its initial latency and its
 * clock.
 * Immutable: each method that takes an argument returns a changed copy, so that
 * {@code TalonSimulatorConfig.defaults().apiKey("my-test-key").port(9000)} reads naturally.
 * <p>
 * Both of Talon.One's authentication schemes are accepted unless disabled: {@code Authorization: ApiKey-v1 <apiKey>}
 * and {@code Content-Signature: signer=<applicationId>; signature=<hex HMAC-MD5 of the body>} keyed with the
 * hex-decoded {@code applicationKey}. {@link #toString()} never shows a key.
 */
public final class TalonSimulatorConfig {

	/** The API key of {@link #defaults()}. */
	public static final String DEFAULT_API_KEY = "talon-simulator-api-key";

	/** The application id (the signer of {@code Content-Signature}) of {@link #defaults()}. */
	public static final long DEFAULT_APPLICATION_ID = 1;

	/** The application key (hexadecimal) of {@link #defaults()}. */
	public static final String DEFAULT_APPLICATION_KEY = "00112233445566778899aabbccddeeff";

	private static final TalonSimulatorConfig DEFAULTS = new TalonSimulatorConfig(0, DEFAULT_API_KEY,
			DEFAULT_APPLICATION_ID, DEFAULT_APPLICATION_KEY, 1, PromotionRules.defaults(), Duration.ZERO,
			Clock.systemUTC());

	private final int port;

	private final String apiKey;

	private final long applicationId;

	private final String applicationKey;

	private final long accountId;

	private final PromotionRules rules;

	private final Duration latency;

	private final Clock clock;

	private TalonSimulatorConfig(int port, String apiKey, long applicationId, String applicationKey, long accountId,
			PromotionRules rules, Duration latency, Clock clock) {
		this.port = port;
		this.apiKey = apiKey;
		this.applicationId = applicationId;
		this.applicationKey = applicationKey;
		this.accountId = accountId;
		this.rules = rules;
		this.latency = latency;
		this.clock = clock;
	}

	/**
	 * A random free port, API key {@value #DEFAULT_API_KEY}, application {@value #DEFAULT_APPLICATION_ID} with key
	 * {@value #DEFAULT_APPLICATION_KEY}, account 1, the {@link PromotionRules#defaults() default rules}, no latency and
	 * the system clock.
	 * @return the default configuration
	 */
	public static TalonSimulatorConfig defaults() {
		return DEFAULTS;
	}

	/**
	 * Sets the port to listen on, on 127.0.0.1.
	 * @param port the port, or 0 for a random free one
	 * @return the changed configuration
	 */
	public TalonSimulatorConfig port(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535 but was " + port);
		}
		return new TalonSimulatorConfig(port, this.apiKey, this.applicationId, this.applicationKey, this.accountId,
				this.rules, this.latency, this.clock);
	}

	/**
	 * Sets the key that {@code Authorization: ApiKey-v1 <key>} must carry.
	 * @param apiKey the key (visible ASCII), or {@code null} to refuse the API key scheme
	 * @return the changed configuration
	 */
	public TalonSimulatorConfig apiKey(String apiKey) {
		if (apiKey != null && (apiKey.isEmpty() || !apiKey.chars().allMatch((c) -> c > 0x20 && c < 0x7f))) {
			throw new IllegalArgumentException("apiKey must be visible ASCII characters without spaces");
		}
		return new TalonSimulatorConfig(this.port, apiKey, this.applicationId, this.applicationKey, this.accountId,
				this.rules, this.latency, this.clock).checkCredentials();
	}

	/**
	 * Sets the application whose key signs the bodies of the {@code Content-Signature} scheme.
	 * @param applicationId the application id, positive: the {@code signer}, and the {@code applicationId} of
	 * sessions and events
	 * @param applicationKey the application key as hexadecimal text (an even number of digits), or {@code null} to
	 * refuse the {@code Content-Signature} scheme
	 * @return the changed configuration
	 */
	public TalonSimulatorConfig application(long applicationId, String applicationKey) {
		if (applicationId <= 0) {
			throw new IllegalArgumentException("applicationId must be positive but was " + applicationId);
		}
		if (applicationKey != null) {
			try {
				if (applicationKey.isEmpty()) {
					throw new IllegalArgumentException("empty");
				}
				HexFormat.of().parseHex(applicationKey);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"applicationKey must be hexadecimal text with an even number of digits");
			}
		}
		return new TalonSimulatorConfig(this.port, this.apiKey, applicationId, applicationKey, this.accountId,
				this.rules, this.latency, this.clock).checkCredentials();
	}

	/**
	 * Sets the account that owns the profiles ({@code CustomerProfile.accountId}).
	 * @param accountId the account id, positive
	 * @return the changed configuration
	 */
	public TalonSimulatorConfig accountId(long accountId) {
		if (accountId <= 0) {
			throw new IllegalArgumentException("accountId must be positive but was " + accountId);
		}
		return new TalonSimulatorConfig(this.port, this.apiKey, this.applicationId, this.applicationKey, accountId,
				this.rules, this.latency, this.clock);
	}

	/**
	 * Sets the rules.
	 * @param rules the rules, such as {@code PromotionRules.defaults().and(...)} or {@link PromotionRules#none()}
	 * @return the changed configuration
	 */
	public TalonSimulatorConfig rules(PromotionRules rules) {
		if (rules == null) {
			throw new IllegalArgumentException("rules must not be null");
		}
		return new TalonSimulatorConfig(this.port, this.apiKey, this.applicationId, this.applicationKey,
				this.accountId, rules, this.latency, this.clock);
	}

	/**
	 * Sets the latency of every answer at start; {@link SimulatorFaults#latency(Duration)} changes it later.
	 * @param latency the delay, zero for none
	 * @return the changed configuration
	 */
	public TalonSimulatorConfig latency(Duration latency) {
		SimulatorFaults.checkLatency(latency);
		return new TalonSimulatorConfig(this.port, this.apiKey, this.applicationId, this.applicationKey,
				this.accountId, this.rules, latency, this.clock);
	}

	/**
	 * Sets the clock the simulator reads the time from: the creation and update times it answers, the dates of
	 * referral codes and loyalty points, the 24 hours an {@code Idempotency-Key} is remembered. A test can give a clock
	 * of its own to move time forward.
	 * @param clock the clock
	 * @return the changed configuration
	 */
	public TalonSimulatorConfig clock(Clock clock) {
		if (clock == null) {
			throw new IllegalArgumentException("clock must not be null");
		}
		return new TalonSimulatorConfig(this.port, this.apiKey, this.applicationId, this.applicationKey,
				this.accountId, this.rules, this.latency, clock);
	}

	private TalonSimulatorConfig checkCredentials() {
		if (this.apiKey == null && this.applicationKey == null) {
			throw new IllegalArgumentException("at least one of apiKey and applicationKey must be set");
		}
		return this;
	}

	/**
	 * The port to listen on.
	 * @return the port, 0 for a random free one
	 */
	public int port() {
		return this.port;
	}

	/**
	 * The API key {@code Authorization: ApiKey-v1} must carry.
	 * @return the key, or {@code null} when that scheme is refused
	 */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * The application id: the {@code signer} of {@code Content-Signature}.
	 * @return the application id
	 */
	public long applicationId() {
		return this.applicationId;
	}

	/**
	 * The application key (hexadecimal) that signs bodies.
	 * @return the key, or {@code null} when the {@code Content-Signature} scheme is refused
	 */
	public String applicationKey() {
		return this.applicationKey;
	}

	/**
	 * The account that owns the profiles.
	 * @return the account id
	 */
	public long accountId() {
		return this.accountId;
	}

	/**
	 * The rules.
	 * @return the rules
	 */
	public PromotionRules rules() {
		return this.rules;
	}

	/**
	 * The latency of every answer at start.
	 * @return the latency, zero for none
	 */
	public Duration latency() {
		return this.latency;
	}

	/**
	 * The clock the simulator reads the time from.
	 * @return the clock
	 */
	public Clock clock() {
		return this.clock;
	}

	@Override
	public String toString() {
		return "TalonSimulatorConfig[port=" + this.port + ", apiKey=" + ((this.apiKey != null) ? "******" : "none")
				+ ", applicationId=" + this.applicationId + ", applicationKey="
				+ ((this.applicationKey != null) ? "******" : "none") + ", accountId=" + this.accountId + ", rules="
				+ this.rules.rules().size() + ", latency=" + this.latency + "]";
	}

}
