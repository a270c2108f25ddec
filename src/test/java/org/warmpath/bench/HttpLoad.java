package org.warmpath.bench;

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
 * Closed-loop HTTP load: {@code clients} threads, each with its own {@link HttpClient}.
 * Every request carries {@code Authorization: Bearer <token>}, a personal access token
 * created once with HTTP Basic ({@link #token}) as a script would: a token is checked by
 * a SHA-256 lookup, not bcrypt, and needs no session, so no cookie jar either.
 */
final class HttpLoad {

	record Result(int clients, double seconds, long requests, long errors, long empty, double perSecond,
			Latencies latencies, String firstError) {
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
				HttpClient client = HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(Duration.ofSeconds(10))
					.build();
				int i = me * 7919;
				while (true) {
					long now = System.nanoTime();
					if (now >= phase[1]) {
						break;
					}
					int q = Math.floorMod(i++, from.length);
					HttpRequest.Builder rb = HttpRequest
						.newBuilder(URI.create(base + "/api/paths?from=" + from[q] + "&to=" + to[q] + "&k=1"))
						.timeout(Duration.ofSeconds(30))
						.header("Authorization", bearer)
						.GET();
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofString());
						long t1 = System.nanoTime();
						boolean ok = r.statusCode() == 200;
						if (t0 >= phase[0] && t1 <= phase[1]) {
							if (ok && r.body().startsWith("{\"paths\":[]")) {
								empty.incrementAndGet();
							}
							if (!ok) {
								errors.incrementAndGet();
								synchronized (firstError) {
									if (firstError[0] == null) {
										firstError[0] = r.statusCode() + " " + r.body();
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

	static long[] copy(long[] a, int n) {
		return Arrays.copyOf(a, n);
	}

}
