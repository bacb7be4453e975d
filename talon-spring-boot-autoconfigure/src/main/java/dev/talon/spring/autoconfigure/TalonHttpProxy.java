package dev.talon.spring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import reactor.netty.transport.ProxyProvider;

import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.util.ClassUtils;

/**
 * Applies an Application's HTTP proxy ({@code proxy.*}) to its connector: Reactor Netty tunnels each connection
 * through the proxy with {@code CONNECT} (with Basic credentials when set), except to the hosts that bypass it. Only
 * the Reactor Netty connector supports it; with another one the application does not start.
 */
final class TalonHttpProxy {

	private static final boolean REACTOR_NETTY_PRESENT = ClassUtils.isPresent("reactor.netty.http.client.HttpClient",
			TalonHttpProxy.class.getClassLoader());

	private TalonHttpProxy() {
	}

	/**
	 * The connector builder with the proxy applied.
	 * @param builder the connector builder (Spring Boot's)
	 * @param proxy the checked proxy settings
	 * @param connectTimeout the longest wait for the proxy to open the tunnel
	 * @param checks the checks that name the properties
	 * @return a new connector builder
	 * @throws InvalidTalonPropertiesException when the connector is not Reactor Netty's
	 */
	static ClientHttpConnectorBuilder<?> apply(ClientHttpConnectorBuilder<?> builder,
			TalonApplicationProperties.Proxy proxy, Duration connectTimeout, TalonPropertyChecks checks) {
		if (!REACTOR_NETTY_PRESENT || !ReactorProxy.supports(builder)) {
			String property = checks.property("proxy.host");
			throw new InvalidTalonPropertiesException(property,
					property + " is set, but the HTTP connector is " + builder.getClass().getSimpleName()
							+ ", and a proxy of the Talon.One client's own needs Reactor Netty",
					"Use Reactor Netty (spring.http.clients.reactive.connector=reactor, Spring Boot's default with "
							+ "spring-boot-starter-webclient), or remove " + property
							+ " and configure the proxy of your connector yourself.");
		}
		return ReactorProxy.apply(builder, proxy, connectTimeout);
	}

	/**
	 * The regular expression of the hosts that bypass the proxy, as Reactor Netty takes it: each pattern quoted, with
	 * a leading or trailing {@code *} matching any characters (the JDK's {@code http.nonProxyHosts} syntax).
	 * @param patterns the host patterns
	 * @return the expression, matched against the whole host name or address
	 */
	static String nonProxyHostsRegex(List<String> patterns) {
		return patterns.stream().map(String::strip).map((pattern) -> {
			boolean leading = pattern.startsWith("*");
			boolean trailing = pattern.length() > 1 && pattern.endsWith("*");
			String host = pattern.substring(leading ? 1 : 0, pattern.length() - (trailing ? 1 : 0));
			return (leading ? ".*" : "") + Pattern.quote(host) + (trailing ? ".*" : "");
		}).collect(Collectors.joining("|"));
	}

	/** What touches Reactor Netty, loaded only when it is present. */
	private static final class ReactorProxy {

		static boolean supports(ClientHttpConnectorBuilder<?> builder) {
			return builder instanceof ReactorClientHttpConnectorBuilder;
		}

		static ClientHttpConnectorBuilder<?> apply(ClientHttpConnectorBuilder<?> builder,
				TalonApplicationProperties.Proxy proxy, Duration connectTimeout) {
			String host = proxy.getHost().strip();
			int port = proxy.getPort();
			String username = proxy.getUsername();
			String password = proxy.getPassword();
			List<String> nonProxyHosts = proxy.getNonProxyHosts();
			return ((ReactorClientHttpConnectorBuilder) builder)
				.withHttpClientCustomizer((httpClient) -> httpClient.proxy((spec) -> {
					ProxyProvider.Builder provider = spec.type(ProxyProvider.Proxy.HTTP)
						.host(host)
						.port(port)
						.connectTimeoutMillis(connectTimeout.toMillis());
					if (username != null && !username.isBlank()) {
						provider.username(username).password((user) -> password);
					}
					if (!nonProxyHosts.isEmpty()) {
						provider.nonProxyHosts(nonProxyHostsRegex(nonProxyHosts));
					}
				}));
		}

	}

}
