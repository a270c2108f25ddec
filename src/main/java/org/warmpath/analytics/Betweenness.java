package org.warmpath.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Betweenness centrality over shortest paths by hops (edges unweighted), exact or from a
 * sample of sources, on as many threads as asked.
 *
 * <p>
 * Algorithm: Brandes (2001), "A faster algorithm for betweenness centrality": one BFS per
 * source counts shortest paths (sigma), then dependencies are accumulated in reverse BFS
 * order. Predecessor lists are not stored: a predecessor of w is a neighbour one hop
 * closer to the source, found again by scanning w's list, so each source costs O(m) time
 * and a thread O(n) space. Total O(n m) time. Sources are handed out to the threads from
 * a shared counter and each thread accumulates into its own array (no contention); the
 * arrays are summed at the end. JGraphT's {@code BetweennessCentrality} is the same
 * algorithm on one thread; the tests hold this one to it.
 *
 * <p>
 * Sampling: Brandes and Pich (2007), "Centrality estimation in large networks": the
 * dependencies of k sources drawn uniformly without replacement (seeded) are scaled by
 * n/k, an unbiased estimate, O(k m) time. This is what NetworkX does with {@code k=}.
 *
 * <p>
 * Normalisation follows NetworkX for undirected graphs: raw (each unordered pair once)
 * times 2/((n-1)(n-2)), n the live vertices; JGraphT's normalised value is half of it.
 * Disconnected pairs contribute nothing; graphs with fewer than 3 vertices get zeros.
 */
final class Betweenness {

	private Betweenness() {
	}

	/**
	 * @param g an undirected graph
	 * @param sources BFS sources (all live vertices for the exact value)
	 * @param threads worker threads (at least 1)
	 * @param normalised whether to normalise as NetworkX does
	 * @param progress told the share of sources done
	 * @return betweenness of every vertex
	 */
	public static double[] compute(AnalysisGraph g, int[] sources, int threads, boolean normalised, Progress progress) {
		int n = g.vertexCount();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		int workers = Math.max(1, Math.min(threads, sources.length));
		List<double[]> partials = new ArrayList<>();
		if (workers == 1) {
			partials.add(worker(g, sources, next, done, progress));
		}
		else {
			ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
				Thread t = new Thread(r, "brandes");
				t.setDaemon(true);
				return t;
			});
			try {
				List<Future<double[]>> futures = new ArrayList<>();
				for (int i = 0; i < workers; i++) {
					futures.add(pool.submit(() -> worker(g, sources, next, done, progress)));
				}
				for (Future<double[]> f : futures) {
					partials.add(f.get());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("betweenness interrupted", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("betweenness failed", ex.getCause());
			}
			finally {
				pool.shutdownNow();
			}
		}
		double[] bc = new double[n];
		for (double[] p : partials) {
			for (int v = 0; v < n; v++) {
				bc[v] += p[v];
			}
		}
		int live = g.liveVertexCount();
		// each unordered pair was seen from both ends: halve; then scale a sample up
		double scale = 0.5 * ((sources.length == 0) ? 0 : (double) live / sources.length);
		if (normalised) {
			scale = (live > 2) ? scale * 2.0 / ((double) (live - 1) * (live - 2)) : 0;
		}
		for (int v = 0; v < n; v++) {
			bc[v] *= scale;
		}
		return bc;
	}

	/** Every live vertex, for the exact value. */
	public static int[] allSources(AnalysisGraph g) {
		return java.util.stream.IntStream.range(0, g.vertexCount()).filter(g::isLive).toArray();
	}

	/** {@code k} live vertices drawn uniformly without replacement with this seed. */
	public static int[] sampleSources(AnalysisGraph g, int k, long seed) {
		int[] pool = allSources(g);
		if (k >= pool.length) {
			return pool;
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(pool.length - i);
			int t = pool[i];
			pool[i] = pool[j];
			pool[j] = t;
		}
		int[] out = Arrays.copyOf(pool, k);
		Arrays.sort(out);
		return out;
	}

	private static double[] worker(AnalysisGraph g, int[] sources, AtomicInteger next, AtomicInteger done,
			Progress progress) {
		int n = g.vertexCount();
		int[] off = g.outOffsets;
		int[] tg = g.outTargets;
		double[] bc = new double[n];
		double[] sigma = new double[n];
		double[] delta = new double[n];
		int[] dist = new int[n];
		int[] order = new int[n];
		Arrays.fill(dist, -1);
		int step = Math.max(1, sources.length / 100);
		for (int i = next.getAndIncrement(); i < sources.length; i = next.getAndIncrement()) {
			if (Thread.currentThread().isInterrupted()) {
				throw new IllegalStateException("betweenness interrupted");
			}
			int s = sources[i];
			int head = 0;
			int tail = 0;
			order[tail++] = s;
			dist[s] = 0;
			sigma[s] = 1;
			while (head < tail) {
				int v = order[head++];
				int dv = dist[v] + 1;
				double sv = sigma[v];
				for (int e = off[v], end = off[v + 1]; e < end; e++) {
					int w = tg[e];
					if (dist[w] < 0) {
						dist[w] = dv;
						order[tail++] = w;
						sigma[w] = sv;
					}
					else if (dist[w] == dv) {
						sigma[w] += sv;
					}
				}
			}
			for (int k = tail - 1; k > 0; k--) {
				int w = order[k];
				int dw = dist[w] - 1;
				double coeff = (1 + delta[w]) / sigma[w];
				for (int e = off[w], end = off[w + 1]; e < end; e++) {
					int v = tg[e];
					if (dist[v] == dw) {
						delta[v] += sigma[v] * coeff;
					}
				}
				bc[w] += delta[w];
			}
			for (int k = 0; k < tail; k++) {
				int v = order[k];
				dist[v] = -1;
				sigma[v] = 0;
				delta[v] = 0;
			}
			int d = done.incrementAndGet();
			if (d % step == 0) {
				progress.report((double) d / sources.length);
			}
		}
		return bc;
	}

}
