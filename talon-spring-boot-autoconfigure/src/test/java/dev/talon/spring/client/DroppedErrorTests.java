package dev.talon.spring.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.talon.spring.client.model.v1.NewCustomerSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Hooks;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection that Talon.One (or a proxy) resets about when the client gives the attempt up (its read timeout): the
 * reset that reaches the given-up attempt is not reported to Reactor's global hook of dropped errors, which logs each
 * one as an ERROR with a stack trace; the call has accounted for that attempt already. A server of its own on
 * loopback resets each connection (RST) between 90 and 110 ms after the request, the read timeout is 100 ms (the
 * race is the same at any read timeout: a short one makes the 40 calls quick).
 */
class DroppedErrorTests {

	private final List<Throwable> dropped = new CopyOnWriteArrayList<>();

	@AfterEach
	void resetHook() {
		Hooks.resetOnErrorDropped();
	}

	@Test
	void resetsRacingTheReadTimeoutAreNotDroppedErrors() throws Exception {
		Hooks.onErrorDropped(this.dropped::add);
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			AtomicInteger connections = new AtomicInteger();
			Thread acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						Socket socket = server.accept();
						int n = connections.getAndIncrement();
						new Thread(() -> resetLater(socket, 90 + (n % 21))).start();
					}
					catch (IOException ex) {
						return;
					}
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			WebClientTalonIntegrationClient client = WebClientTalonIntegrationClient
				.builder(WebClient.builder(), URI.create("http://127.0.0.1:" + server.getLocalPort()),
						TalonCredentials.apiKey(TalonFixtures.API_KEY))
				.readTimeout(Duration.ofMillis(100))
				.timeout(Duration.ofSeconds(2))
				.retry(TalonRetrySettings.disabled())
				.build();
			for (int i = 0; i < 40; i++) {
				try {
					client.updateCustomerSession("cart-" + i, NewCustomerSession.builder().build())
						.block(Duration.ofSeconds(10));
				}
				catch (TalonException ex) {
					// a read timeout or a reset, whichever came first
				}
			}
			Thread.sleep(500);
			client.close();
		}
		assertThat(this.dropped).as("errors dropped after their attempt was given up").isEmpty();
	}

	private static void resetLater(Socket socket, long millis) {
		try (socket) {
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[8192];
			in.read(buffer); // the request (small enough for one read)
			Thread.sleep(millis);
			socket.setSoLinger(true, 0); // close with RST
		}
		catch (IOException | InterruptedException ex) {
			// the client went away first
		}
	}

}
