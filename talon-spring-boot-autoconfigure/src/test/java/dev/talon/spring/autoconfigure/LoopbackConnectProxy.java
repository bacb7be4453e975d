package dev.talon.spring.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP forward proxy on loopback for tests: it tunnels {@code CONNECT host:port} requests (what Reactor Netty
 * sends for {@code http} and {@code https} targets alike), optionally requires Basic credentials (answering 407
 * otherwise), and records each tunnel: its target, its {@code Proxy-Authorization} header and the bytes the client
 * sent through it (readable text for an {@code http} target).
 */
final class LoopbackConnectProxy implements AutoCloseable {

	private final ServerSocket server;

	private final String expectedAuthorization;

	private final List<Tunnel> tunnels = new CopyOnWriteArrayList<>();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private LoopbackConnectProxy(String username, String password) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.expectedAuthorization = (username != null) ? "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
		Thread acceptor = new Thread(this::accept, "loopback-proxy-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Starts a proxy that needs no credentials.
	 * @return the running proxy
	 * @throws IOException when no port can be bound
	 */
	static LoopbackConnectProxy start() throws IOException {
		return new LoopbackConnectProxy(null, null);
	}

	/**
	 * Starts a proxy that requires Basic credentials.
	 * @param username the user name
	 * @param password the password
	 * @return the running proxy
	 * @throws IOException when no port can be bound
	 */
	static LoopbackConnectProxy requiring(String username, String password) throws IOException {
		return new LoopbackConnectProxy(username, password);
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** The tunnels opened so far (refused ones included, with {@code refused} set). */
	List<Tunnel> tunnels() {
		return new ArrayList<>(this.tunnels);
	}

	/** Everything the clients sent through the proxy's tunnels, as text. */
	String tunnelledText() {
		StringBuilder text = new StringBuilder();
		for (Tunnel tunnel : this.tunnels) {
			text.append(tunnel.sent());
		}
		return text.toString();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.sockets.add(client);
				Thread handler = new Thread(() -> handle(client), "loopback-proxy-connection");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return; // closed
			}
		}
	}

	private void handle(Socket client) {
		try {
			InputStream in = client.getInputStream();
			OutputStream out = client.getOutputStream();
			String head = readHead(in);
			String[] lines = head.split("\r\n");
			String[] requestLine = lines[0].split(" ");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
			}
			if (!"CONNECT".equals(requestLine[0])) {
				out.write("HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.ISO_8859_1));
				client.close();
				return;
			}
			String authorization = headers.get("proxy-authorization");
			Tunnel tunnel = new Tunnel(requestLine[1], authorization, new ByteArrayOutputStream(),
					this.expectedAuthorization != null && !this.expectedAuthorization.equals(authorization));
			this.tunnels.add(tunnel);
			if (tunnel.refused()) {
				out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
						+ "Content-Length: 0\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				client.close();
				return;
			}
			int colon = requestLine[1].lastIndexOf(':');
			Socket target = new Socket();
			this.sockets.add(target);
			target.connect(new InetSocketAddress(requestLine[1].substring(0, colon),
					Integer.parseInt(requestLine[1].substring(colon + 1))), 5000);
			out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			Thread back = new Thread(() -> pump(target, client, null), "loopback-proxy-back");
			back.setDaemon(true);
			back.start();
			pump(client, target, tunnel.bytes());
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(client);
		}
	}

	/** Reads the request head, byte by byte so that nothing of the tunnelled bytes is consumed. */
	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < end.length) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("connection closed before the request head ended");
			}
			head.write(b);
			matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

	private static void pump(Socket from, Socket to, ByteArrayOutputStream record) {
		byte[] buffer = new byte[8192];
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (record != null) {
					synchronized (record) {
						record.write(buffer, 0, read);
					}
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.sockets.forEach(LoopbackConnectProxy::closeQuietly);
	}

	/**
	 * One tunnel requested from the proxy.
	 *
	 * @param target the {@code host:port} of the {@code CONNECT} request
	 * @param proxyAuthorization its {@code Proxy-Authorization} header, or {@code null}
	 * @param bytes what the client sent through it
	 * @param refused whether the proxy refused the credentials (407)
	 */
	record Tunnel(String target, String proxyAuthorization, ByteArrayOutputStream bytes, boolean refused) {

		String sent() {
			synchronized (this.bytes) {
				return this.bytes.toString(StandardCharsets.ISO_8859_1);
			}
		}

	}

}
