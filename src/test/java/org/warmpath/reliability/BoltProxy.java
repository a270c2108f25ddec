package org.warmpath.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP proxy in front of a Bolt server that a test can use to drop connections
 * at a chosen moment: {@link #cutOnce(String)} closes the first connection whose client
 * bytes contain a marker (a query parameter such as a person id), before they reach the
 * server, so the driver sees the connection die in the middle of a query. When the server
 * behind it is stopped, every accepted connection is closed at once, as a refused one
 * would be.
 */
final class BoltProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int upstreamPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final AtomicReference<byte[]> marker = new AtomicReference<>();

	private final AtomicInteger cuts = new AtomicInteger();

	private final AtomicInteger accepted = new AtomicInteger();

	BoltProxy(int upstreamPort) throws IOException {
		this.upstreamPort = upstreamPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptLoop, "bolt-proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.listener.getLocalPort();
	}

	/** Connections accepted so far. */
	int accepted() {
		return this.accepted.get();
	}

	/** Connections dropped by {@link #cutOnce(String)} so far. */
	int cuts() {
		return this.cuts.get();
	}

	/**
	 * Drops the next connection that sends {@code text} (UTF-8) to the server, once.
	 * @param text bytes to look for in what the client sends
	 */
	void cutOnce(String text) {
		this.marker.set(text.getBytes(StandardCharsets.UTF_8));
	}

	private void acceptLoop() {
		while (!this.listener.isClosed()) {
			Socket client;
			try {
				client = this.listener.accept();
			}
			catch (IOException ex) {
				return;
			}
			this.accepted.incrementAndGet();
			Socket server = new Socket();
			try {
				server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.upstreamPort), 1000);
			}
			catch (IOException refused) {
				closeQuietly(client);
				closeQuietly(server);
				continue;
			}
			this.open.add(client);
			this.open.add(server);
			pump(client, server, true);
			pump(server, client, false);
		}
	}

	private void pump(Socket from, Socket to, boolean clientToServer) {
		Thread t = new Thread(() -> {
			byte[] buf = new byte[16384];
			byte[] tail = new byte[0];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buf)) >= 0) {
					if (clientToServer) {
						byte[] m = this.marker.get();
						if (m != null) {
							byte[] window = new byte[tail.length + n];
							System.arraycopy(tail, 0, window, 0, tail.length);
							System.arraycopy(buf, 0, window, tail.length, n);
							if (indexOf(window, m) >= 0 && this.marker.compareAndSet(m, null)) {
								this.cuts.incrementAndGet();
								closeQuietly(from);
								closeQuietly(to);
								return;
							}
							int keep = Math.min(window.length, m.length - 1);
							tail = java.util.Arrays.copyOfRange(window, window.length - keep, window.length);
						}
					}
					out.write(buf, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// either side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "bolt-proxy-pump");
		t.setDaemon(true);
		t.start();
	}

	private static int indexOf(byte[] hay, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= hay.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (hay[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private void closeQuietly(Socket s) {
		this.open.remove(s);
		try {
			s.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
		for (Socket s : this.open) {
			closeQuietly(s);
		}
	}

}
