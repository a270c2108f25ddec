package org.warmpath.bench;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Closed-loop HTTP load: {@code clients} threads, each on its own kept-alive HTTP/1.1
 * connection, with either of the JDK's two clients ({@link Client}). Every request
 * carries {@code Authorization: Bearer <token>}, a personal access token created once
 * with HTTP Basic ({@link #token}) as a script would: a token is checked by a SHA-256
 * lookup, not bcrypt, and needs no session, so no cookie jar either.
 */
final class HttpLoad {

	record Result(int clients, double seconds, long requests, long errors, long empty, double perSecond,
			Latencies latencies, String firstError) {
	}

	/**
	 * Which of the JDK's HTTP clients the load threads use. The clients run on the same
	 * cores as the server, so what a client spends per request is taken from the server's
	 * throughput: in a profile of 16 clients on found paths at 100k people (session 14),
	 * {@link HttpClient}'s threads (its selector manager, its workers and the callers)
	 * took 38% of the machine's CPU against 50% for Tomcat's threads (0.75 of the
	 * server's cost per request); with {@link #BLOCKING} the callers took 16% against 64%
	 * (0.25). A script's blocking client is what the benchmarks report first;
	 * {@link #ASYNC} is measured beside it in the same run.
	 */
	enum Client {

		/**
		 * {@link HttpURLConnection}: blocking, one thread per request, its kept-alive
		 * connections pooled per host (up to {@code http.maxConnections}, raised here to
		 * the number of clients).
		 */
		BLOCKING,

		/**
		 * {@link HttpClient}, one per thread: a selector thread and completion stages.
		 */
		ASYNC

	}

	private HttpLoad() {
	}

	/**
	 * Creates a personal access token for the account ({@code POST /api/me/tokens}, the
	 * one request that sends the password).
	 * @param base the app's base URL
	 * @param user the account
	 * @param password its password
	 * @return the token, for {@code Authorization: Bearer}
	 */
	static String token(String base, String user, String password) throws Exception {
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"expiresInDays\":1}"))
			.build();
		HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 201) {
			throw new IllegalStateException("POST /api/me/tokens answered " + r.statusCode() + ": " + r.body());
		}
		return new ObjectMapper().readTree(r.body()).path("token").asText();
	}

	static Result run(String base, String token, String[] from, String[] to, int clients, double warmupSeconds,
			double seconds) throws Exception {
		return run(Client.BLOCKING, base, token, from, to, clients, warmupSeconds, seconds);
	}

	static Result run(Client kind, String base, String token, String[] from, String[] to, int clients,
			double warmupSeconds, double seconds) throws Exception {
		if (kind == Client.BLOCKING) {
			// read once, when the JDK's keep-alive cache is first used; 5 by
			// default, which would open a new connection for most requests of 16
			// clients
			String max = System.getProperty("http.maxConnections");
			if (max == null || Integer.parseInt(max) < clients) {
				System.setProperty("http.maxConnections", Integer.toString(Math.max(clients, 64)));
			}
		}
		String bearer = "Bearer " + token;
		AtomicLong errors = new AtomicLong();
		AtomicLong empty = new AtomicLong();
		String[] firstError = new String[1];
		List<long[]> perThread = new ArrayList<>();
		int[] counts = new int[clients];
		Thread[] threads = new Thread[clients];
		long[] phase = new long[2];
		long start = System.nanoTime();
		phase[0] = start + (long) (warmupSeconds * 1e9);
		phase[1] = phase[0] + (long) (seconds * 1e9);
		for (int c = 0; c < clients; c++) {
			long[] lat = new long[4_000_000 / clients];
			perThread.add(lat);
			final int me = c;
			threads[c] = new Thread(() -> {
				Exchange exchange = (kind == Client.BLOCKING) ? blocking(bearer) : async(bearer);
				int i = me * 7919;
				while (true) {
					long now = System.nanoTime();
					if (now >= phase[1]) {
						break;
					}
					int q = Math.floorMod(i++, from.length);
					String url = base + "/api/paths?from=" + from[q] + "&to=" + to[q] + "&k=1";
					long t0 = System.nanoTime();
					try {
						Answer r = exchange.get(url);
						long t1 = System.nanoTime();
						boolean ok = r.status() == 200;
						if (t0 >= phase[0] && t1 <= phase[1]) {
							if (ok && r.body().startsWith("{\"paths\":[]")) {
								empty.incrementAndGet();
							}
							if (!ok) {
								errors.incrementAndGet();
								synchronized (firstError) {
									if (firstError[0] == null) {
										firstError[0] = r.status() + " " + r.body();
									}
								}
							}
							if (counts[me] < lat.length) {
								lat[counts[me]++] = t1 - t0;
							}
						}
					}
					catch (Exception ex) {
						if (System.nanoTime() >= phase[0]) {
							errors.incrementAndGet();
							synchronized (firstError) {
								if (firstError[0] == null) {
									firstError[0] = ex.toString();
								}
							}
						}
					}
				}
			}, "http-client-" + c);
			threads[c].start();
		}
		for (Thread t : threads) {
			t.join();
		}
		int total = 0;
		for (int c : counts) {
			total += c;
		}
		long[] all = new long[total];
		int p = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(perThread.get(c), 0, all, p, counts[c]);
			p += counts[c];
		}
		Latencies l = Latencies.of("HTTP GET /api/paths k=1", all, total, (int) errors.get(), 0);
		return new Result(clients, seconds, total, errors.get(), empty.get(), total / seconds, l, firstError[0]);
	}

	/** A status and a body, whichever client fetched them. */
	record Answer(int status, String body) {
	}

	/** One GET with the bearer token, on a client kept by one load thread. */
	@FunctionalInterface
	interface Exchange {

		Answer get(String url) throws Exception;

	}

	static Exchange blocking(String bearer) {
		return (url) -> {
			HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
			c.setConnectTimeout(10_000);
			c.setReadTimeout(30_000);
			c.setRequestProperty("Authorization", bearer);
			int status = c.getResponseCode();
			// read to the end and close the stream (not disconnect): the
			// connection goes back to the keep-alive cache for the next request
			try (InputStream in = (status < 400) ? c.getInputStream() : c.getErrorStream()) {
				String body = (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
				return new Answer(status, body);
			}
		};
	}

	static Exchange async(String bearer) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		return (url) -> {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", bearer)
				.GET()
				.build();
			HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(r.statusCode(), r.body());
		};
	}

	static long[] copy(long[] a, int n) {
		return Arrays.copyOf(a, n);
	}

}
