package org.warmpath.analytics;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Breadth-first search, connected components and Dijkstra over an {@link AnalysisGraph}:
 * the traversal kernels behind the summary, the LDBC Graphalytics BFS, WCC and SSSP
 * checks, and the distance estimates.
 */
final class Traversal {

	/** Distance of a vertex the search did not reach. */
	public static final int UNREACHED = -1;

	private Traversal() {
	}

	/**
	 * Hop distance from {@code source} to every vertex along out-edges
	 * ({@link #UNREACHED} when there is no path): Graphalytics BFS. O(n + m) time, O(n)
	 * space.
	 */
	public static int[] bfsLevels(AnalysisGraph g, int source) {
		int n = g.vertexCount();
		int[] dist = new int[n];
		Arrays.fill(dist, UNREACHED);
		int[] queue = new int[n];
		bfs(g, source, dist, queue);
		return dist;
	}

	/**
	 * BFS into caller-owned arrays ({@code dist} all UNREACHED); returns vertices
	 * reached.
	 */
	static int bfs(AnalysisGraph g, int source, int[] dist, int[] queue) {
		int head = 0;
		int tail = 0;
		dist[source] = 0;
		queue[tail++] = source;
		int[] off = g.outOffsets;
		int[] tg = g.outTargets;
		while (head < tail) {
			int v = queue[head++];
			int d = dist[v] + 1;
			for (int s = off[v], e = off[v + 1]; s < e; s++) {
				int w = tg[s];
				if (dist[w] == UNREACHED) {
					dist[w] = d;
					queue[tail++] = w;
				}
			}
		}
		return tail;
	}

	/**
	 * Weakly connected components (edges read both ways): for each vertex the index of
	 * the smallest vertex of its component, so labels are canonical (Graphalytics WCC
	 * labels a component by its smallest vertex id; with ids in ascending index order the
	 * two agree). O(n + m) time, O(n) space, no recursion.
	 */
	public static int[] components(AnalysisGraph g) {
		int n = g.vertexCount();
		int[] label = new int[n];
		Arrays.fill(label, -1);
		int[] stack = new int[n];
		for (int r = 0; r < n; r++) {
			if (label[r] >= 0) {
				continue;
			}
			int top = 0;
			stack[top++] = r;
			label[r] = r;
			while (top > 0) {
				int v = stack[--top];
				for (int s = g.outOffsets[v], e = g.outOffsets[v + 1]; s < e; s++) {
					int w = g.outTargets[s];
					if (label[w] < 0) {
						label[w] = r;
						stack[top++] = w;
					}
				}
				if (g.isDirected()) {
					for (int s = g.inOffsets[v], e = g.inOffsets[v + 1]; s < e; s++) {
						int w = g.inTargets[s];
						if (label[w] < 0) {
							label[w] = r;
							stack[top++] = w;
						}
					}
				}
			}
		}
		return label;
	}

	/**
	 * Sizes of the components of live vertices, largest first.
	 */
	public static int[] componentSizes(AnalysisGraph g, int[] label) {
		int[] count = new int[g.vertexCount()];
		for (int v = 0; v < label.length; v++) {
			if (g.isLive(v)) {
				count[label[v]]++;
			}
		}
		return Arrays.stream(count).filter(c -> c > 0).boxed().sorted((a, b) -> b - a).mapToInt(i -> i).toArray();
	}

	/**
	 * Least total edge weight from {@code source} along out-edges ({@code +Infinity} when
	 * unreachable): Dijkstra (1959) with a binary heap and lazy deletion, O((n + m) log
	 * n). Weights must be non-negative.
	 */
	public static double[] shortestDistances(AnalysisGraph g, int source) {
		double[] dist = new double[g.vertexCount()];
		Arrays.fill(dist, Double.POSITIVE_INFINITY);
		dist[source] = 0;
		PriorityQueue<double[]> heap = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
		heap.add(new double[] { 0, source });
		while (!heap.isEmpty()) {
			double[] top = heap.poll();
			int v = (int) top[1];
			if (top[0] > dist[v]) {
				continue;
			}
			for (int s = g.outOffsets[v], e = g.outOffsets[v + 1]; s < e; s++) {
				int w = g.outTargets[s];
				double d = top[0] + g.outWeights[s];
				if (d < dist[w]) {
					dist[w] = d;
					heap.add(new double[] { d, w });
				}
			}
		}
		return dist;
	}

	/**
	 * Estimates the average distance and the diameter (in hops) of an undirected graph
	 * from breadth-first searches out of {@code samples} random live vertices (seeded),
	 * plus a double sweep (a BFS from the farthest vertex found) for the diameter.
	 * Average distance is over connected pairs only. With {@code samples >= n} every
	 * vertex is a source and both figures are exact. O(samples x (n + m)).
	 */
	public static DistanceEstimate distances(AnalysisGraph g, int samples, long seed) {
		return distances(g, samples, seed, Progress.NONE);
	}

	/**
	 * {@link #distances(AnalysisGraph, int, long)}, reporting the share of sources done.
	 */
	public static DistanceEstimate distances(AnalysisGraph g, int samples, long seed, Progress progress) {
		int n = g.vertexCount();
		int[] liveVertices = java.util.stream.IntStream.range(0, n).filter(g::isLive).toArray();
		if (liveVertices.length == 0) {
			return new DistanceEstimate(0, 0, 0, true);
		}
		boolean exact = samples >= liveVertices.length;
		int[] sources;
		if (exact) {
			sources = liveVertices;
		}
		else {
			int[] pool = liveVertices.clone();
			SplittableRandom random = new SplittableRandom(seed);
			for (int i = 0; i < samples; i++) {
				int j = i + random.nextInt(pool.length - i);
				int t = pool[i];
				pool[i] = pool[j];
				pool[j] = t;
			}
			sources = Arrays.copyOf(pool, samples);
		}
		int[] dist = new int[n];
		int[] queue = new int[n];
		long pairs = 0;
		long total = 0;
		int diameter = 0;
		int farthest = sources[0];
		int done = 0;
		for (int s : sources) {
			progress.report((double) done++ / sources.length);
			Arrays.fill(dist, UNREACHED);
			int reached = bfs(g, s, dist, queue);
			for (int i = 1; i < reached; i++) {
				total += dist[queue[i]];
			}
			pairs += reached - 1;
			int last = queue[reached - 1];
			if (dist[last] > diameter) {
				diameter = dist[last];
				farthest = last;
			}
		}
		if (!exact) {
			Arrays.fill(dist, UNREACHED);
			int reached = bfs(g, farthest, dist, queue);
			diameter = Math.max(diameter, dist[queue[reached - 1]]);
		}
		return new DistanceEstimate((pairs == 0) ? 0 : (double) total / pairs, diameter, sources.length, exact);
	}

	/**
	 * Distance figures and how they were obtained.
	 *
	 * @param averageDistance mean hops over connected pairs from the sampled sources
	 * @param diameter longest shortest path seen (a lower bound unless exact)
	 * @param sources BFS sources used
	 * @param exact whether every vertex was a source
	 */
	public record DistanceEstimate(double averageDistance, int diameter, int sources, boolean exact) {
	}

}
