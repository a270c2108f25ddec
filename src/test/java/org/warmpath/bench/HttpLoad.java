package org.warmpath.bench;

import java.net.CookieManager;
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

/**
 * Closed-loop HTTP load: {@code clients} threads, each with its own {@link HttpClient}
 * and cookie jar. Each client authenticates once with HTTP Basic; the session cookie it
 * gets back carries every later request (no Authorization header), so bcrypt runs once
 * per client, not per request.
 */
final class HttpLoad {

	record Result(int clients, double seconds, long requests, long errors, long empty, double perSecond,
			Latencies latencies, String firstError) {
	}

	private HttpLoad() {
	}

	static Result run(String base, String user, String password, String[] from, String[] to, int clients,
			double warmupSeconds, double seconds) throws Exception {
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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
					.cookieHandler(new CookieManager())
					.connectTimeout(Duration.ofSeconds(10))
					.build();
				int i = me * 7919;
				boolean authenticated = false;
				while (true) {
					long now = System.nanoTime();
					if (now >= phase[1]) {
						break;
					}
					int q = Math.floorMod(i++, from.length);
					HttpRequest.Builder rb = HttpRequest
						.newBuilder(URI.create(base + "/api/paths?from=" + from[q] + "&to=" + to[q] + "&k=1"))
						.timeout(Duration.ofSeconds(30))
						.GET();
					if (!authenticated) {
						rb.header("Authorization", basic);
					}
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofString());
						long t1 = System.nanoTime();
						boolean ok = r.statusCode() == 200;
						if (ok) {
							authenticated = true;
						}
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
