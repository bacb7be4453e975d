package dev.talon.spring.test;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import dev.talon.spring.client.WebClientTalonIntegrationClient;
import dev.talon.spring.simulator.TalonSimulator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Lets the clients of a test finish before their simulators are reset for the next test. A client keeps working after
 * its caller gives up: an update in flight is not interrupted, one whose connection dropped is retried, and session
 * updates queued behind it are still sent in their turn ({@code talon.session-updates.send-when-cancelled}). Sent
 * after the reset, they would land in the next test's simulator. So, when a client is busy, the simulators are reset
 * once to end what they hold (latency, failures, requests held), which lets the clients' calls end quickly, and the
 * clients are awaited until none has a call or a session update in flight; the caller then resets the simulators for
 * the next test.
 */
final class IdleClients {

	/** Added to the longest call timeout: what the clients' calls may still need once they have timed out. */
	static final Duration MARGIN = Duration.ofSeconds(5);

	private static final long POLL_MILLIS = 10;

	private static final Log logger = LogFactory.getLog(IdleClients.class);

	private IdleClients() {
	}

	/**
	 * Waits until every client is idle, at most the given time, after ending what the simulators hold when one is
	 * busy; when the time passes, logs at {@code WARN} what was still in flight and returns.
	 * @param simulators the simulators the clients talk to
	 * @param clients the clients by a name that tells the user which one it is (a bean name, a field)
	 * @param atMost how long to wait
	 * @param forWhat when the wait is, in the warning (such as before which test)
	 * @return whether the clients are idle
	 */
	static boolean await(Collection<TalonSimulator> simulators, Map<String, WebClientTalonIntegrationClient> clients,
			Duration atMost, String forWhat) {
		if (clients.values().stream().allMatch(IdleClients::isIdle)) {
			return true;
		}
		simulators.forEach(TalonSimulator::reset);
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!clients.values().stream().allMatch(IdleClients::isIdle)) {
			if (System.nanoTime() - deadline >= 0) {
				logger.warn("Talon.One simulator, " + forWhat + ": clients still have calls in flight after "
						+ atMost.toMillis() + " ms, which may reach the simulator during the next test: "
						+ busy(clients));
				return false;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	static boolean isIdle(WebClientTalonIntegrationClient client) {
		return client.callsInFlight() == 0 && client.sessionsInFlight() == 0;
	}

	private static String busy(Map<String, WebClientTalonIntegrationClient> clients) {
		return clients.entrySet()
			.stream()
			.filter((client) -> !isIdle(client.getValue()))
			.map((client) -> client.getKey() + " (calls in flight: " + client.getValue().callsInFlight()
					+ ", sessions with updates in flight: " + client.getValue().sessionsInFlight() + ")")
			.collect(Collectors.joining(", "));
	}

}
