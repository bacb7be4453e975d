package dev.talon.spring.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clients of an application's Talon.One Applications, by name: for code that picks the Application per request
 * (for example by the cart's currency or the shop's market) or calls every one of them (for example to update a
 * customer's profile in each).
 * <p>
 * In Talon.One the unit with its own API key is the Application, and shops have one per market or currency. The
 * Spring Boot starter registers one {@link TalonIntegrationClient} bean per configured Application and one
 * {@code TalonClients} bean holding them all, user-defined client beans included.
 *
 * <pre class="code">
 * Mono&lt;IntegrationState&gt; update(Cart cart) {
 *     return talonClients.get(cart.market()).updateCustomerSession(cart.id(), session(cart));
 * }
 * </pre>
 */
public final class TalonClients {

	private final Map<String, TalonIntegrationClient> clients;

	/**
	 * Creates the clients by name.
	 * @param clients the clients by the names of their Applications, in the order {@link #names()} keeps
	 * @throws IllegalArgumentException when a name is blank or a client {@code null}
	 */
	public TalonClients(Map<String, ? extends TalonIntegrationClient> clients) {
		if (clients == null) {
			throw new IllegalArgumentException("clients must not be null");
		}
		Map<String, TalonIntegrationClient> copy = new LinkedHashMap<>();
		clients.forEach((name, client) -> {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("the name of an Application must not be null or blank");
			}
			if (client == null) {
				throw new IllegalArgumentException("the client of Application '" + name + "' must not be null");
			}
			copy.put(name, client);
		});
		this.clients = Collections.unmodifiableMap(copy);
	}

	/**
	 * The client of an Application.
	 * @param application the name of the Application, such as {@code eu}
	 * @return its client
	 * @throws IllegalArgumentException when there is no Application of that name (the message lists the names)
	 */
	public TalonIntegrationClient get(String application) {
		TalonIntegrationClient client = (application != null) ? this.clients.get(application) : null;
		if (client == null) {
			throw new IllegalArgumentException("No Talon.One Application named '" + application + "': the "
					+ "Applications are " + this.clients.keySet());
		}
		return client;
	}

	/**
	 * The client of an Application, if there is one of that name.
	 * @param application the name of the Application, such as {@code eu}
	 * @return its client, or empty
	 */
	public Optional<TalonIntegrationClient> find(String application) {
		return Optional.ofNullable((application != null) ? this.clients.get(application) : null);
	}

	/**
	 * The names of the Applications.
	 * @return the names, in the order they were configured
	 */
	public Set<String> names() {
		return this.clients.keySet();
	}

	/**
	 * Every client.
	 * @return the clients by the names of their Applications, unmodifiable, in the order they were configured
	 */
	public Map<String, TalonIntegrationClient> all() {
		return this.clients;
	}

	@Override
	public String toString() {
		return "TalonClients" + this.clients.keySet();
	}

}
