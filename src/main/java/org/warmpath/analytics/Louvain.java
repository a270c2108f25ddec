package org.warmpath.analytics;

import java.util.Arrays;

/**
 * Communities that maximise modularity, by the Louvain method (Blondel, Guillaume,
 * Lambiotte and Lefebvre 2008, "Fast unfolding of communities in large networks").
 *
 * <p>
 * Why Louvain: the issue wants a modularity for the partition, and Louvain optimises
 * exactly that, in near-linear time, and with a fixed vertex order it is deterministic
 * (label propagation is fast too but its partitions swing between runs and are often
 * dominated by one giant label; Leiden refines Louvain's occasional badly connected
 * communities at the price of more code). JGraphT 1.5 has label propagation and
 * Girvan-Newman (O(m^2 n), far too slow) but no Louvain, so this runs over CSR arrays.
 *
 * <p>
 * Each pass moves vertices, in index order, to the neighbouring community with the best
 * modularity gain {@code k_i,in - tot_c k_i / 2m} (a move happens only for a strictly
 * positive improvement), repeating until no vertex moves; then communities become the
 * vertices of a coarser graph (internal weight kept as a self-loop) and the next pass
 * starts. It stops when a pass moves nothing. Edge weights are tie strengths. Time about
 * O(m) per sweep and a few sweeps per level; O(n + m) space. Isolated vertices are
 * communities of their own. An empty graph has modularity 0.
 */
final class Louvain {

	private static final double MIN_GAIN = 1e-12;

	private Louvain() {
	}

	/**
	 * @param g an undirected weighted graph
	 * @param useWeights weigh edges (false: every edge weighs 1)
	 * @param progress told after every sweep (rising towards 0.95, then 1.0 at the end)
	 * @return community of every vertex (numbered 0.. by first member, biggest not
	 * necessarily first) and the modularity of that partition on {@code g}
	 */
	public static Result communities(AnalysisGraph g, boolean useWeights, Progress progress) {
		int n = g.vertexCount();
		Level level = Level.of(g, useWeights);
		int[] membership = new int[n];
		for (int v = 0; v < n; v++) {
			membership[v] = v;
		}
		// the number of sweeps is not known in advance: each sweep (one pass over every
		// vertex of a level) closes 15% of the remaining distance to 95%, so a job's
		// percentage moves on every sweep, early sweeps (the expensive ones, on the full
		// graph) counting most
		int[] sweeps = new int[1];
		Runnable swept = () -> progress.report(0.95 * (1 - Math.pow(0.85, ++sweeps[0])));
		for (int pass = 0; pass < 50; pass++) {
			int[] community = level.moveVertices(swept);
			int count = renumber(community);
			if (count == level.n) {
				break;
			}
			for (int v = 0; v < n; v++) {
				membership[v] = community[membership[v]];
			}
			level = level.aggregate(community, count);
		}
		renumber(membership);
		double q = modularity(g, membership, useWeights);
		progress.report(1.0);
		return new Result(membership, q);
	}

	/**
	 * Newman-Girvan modularity of a partition of an undirected graph:
	 * {@code Q = sum_c (in_c / m - (tot_c / 2m)^2)}. O(n + m).
	 */
	public static double modularity(AnalysisGraph g, int[] community, boolean useWeights) {
		int n = g.vertexCount();
		double twoM = 0;
		double[] tot = new double[n];
		double inside = 0;
		for (int u = 0; u < n; u++) {
			for (int s = g.outOffsets[u]; s < g.outOffsets[u + 1]; s++) {
				double w = useWeights ? g.outWeights[s] : 1.0;
				twoM += w;
				tot[community[u]] += w;
				if (community[g.outTargets[s]] == community[u]) {
					inside += w;
				}
			}
		}
		if (twoM == 0) {
			return 0;
		}
		double q = inside / twoM;
		for (double t : tot) {
			q -= (t / twoM) * (t / twoM);
		}
		return q;
	}

	/** Renumbers labels 0.. in order of first appearance; returns how many. */
	private static int renumber(int[] label) {
		int[] map = new int[label.length];
		Arrays.fill(map, -1);
		int next = 0;
		for (int i = 0; i < label.length; i++) {
			int l = label[i];
			if (map[l] < 0) {
				map[l] = next++;
			}
			label[i] = map[l];
		}
		return next;
	}

	/**
	 * A partition and its modularity.
	 *
	 * @param community community of each vertex
	 * @param modularity Q of the partition
	 */
	public record Result(int[] community, double modularity) {

		/** Number of communities. */
		public int count() {
			return Arrays.stream(this.community).max().orElse(-1) + 1;
		}

	}

	/** One level of the coarsening: a weighted graph with self-loop weights. */
	private static final class Level {

		final int n;

		final int[] off;

		final int[] tg;

		final double[] w;

		/** Weight of edges inside the vertex (each once). */
		final double[] self;

		final double[] k;

		final double twoM;

		Level(int n, int[] off, int[] tg, double[] w, double[] self) {
			this.n = n;
			this.off = off;
			this.tg = tg;
			this.w = w;
			this.self = self;
			this.k = new double[n];
			double total = 0;
			for (int v = 0; v < n; v++) {
				double d = 2 * self[v];
				for (int s = off[v]; s < off[v + 1]; s++) {
					d += w[s];
				}
				this.k[v] = d;
				total += d;
			}
			this.twoM = total;
		}

		static Level of(AnalysisGraph g, boolean useWeights) {
			double[] w = useWeights ? g.outWeights.clone() : filled(g.outTargets.length);
			return new Level(g.vertexCount(), g.outOffsets, g.outTargets, w, new double[g.vertexCount()]);
		}

		private static double[] filled(int len) {
			double[] a = new double[len];
			Arrays.fill(a, 1.0);
			return a;
		}

		int[] moveVertices(Runnable swept) {
			int[] comm = new int[this.n];
			double[] tot = new double[this.n];
			for (int v = 0; v < this.n; v++) {
				comm[v] = v;
				tot[v] = this.k[v];
			}
			if (this.twoM == 0) {
				return comm;
			}
			double[] linkTo = new double[this.n];
			int[] touched = new int[this.n];
			Arrays.fill(linkTo, -1);
			boolean moved = true;
			for (int sweep = 0; moved && sweep < 100; sweep++) {
				moved = false;
				for (int v = 0; v < this.n; v++) {
					int own = comm[v];
					int t = 0;
					linkTo[own] = 0;
					touched[t++] = own;
					for (int s = this.off[v]; s < this.off[v + 1]; s++) {
						int c = comm[this.tg[s]];
						if (linkTo[c] < 0) {
							linkTo[c] = 0;
							touched[t++] = c;
						}
						linkTo[c] += this.w[s];
					}
					double kv = this.k[v];
					tot[own] -= kv;
					int best = own;
					double bestGain = linkTo[own] - tot[own] * kv / this.twoM;
					for (int i = 0; i < t; i++) {
						int c = touched[i];
						double gain = linkTo[c] - tot[c] * kv / this.twoM;
						if (gain > bestGain + MIN_GAIN) {
							bestGain = gain;
							best = c;
						}
					}
					tot[best] += kv;
					if (best != own) {
						comm[v] = best;
						moved = true;
					}
					for (int i = 0; i < t; i++) {
						linkTo[touched[i]] = -1;
					}
				}
				swept.run();
			}
			return comm;
		}

		Level aggregate(int[] community, int count) {
			// members of each community, by counting sort
			int[] start = new int[count + 1];
			for (int v = 0; v < this.n; v++) {
				start[community[v] + 1]++;
			}
			for (int c = 0; c < count; c++) {
				start[c + 1] += start[c];
			}
			int[] members = new int[this.n];
			int[] pos = Arrays.copyOf(start, count);
			for (int v = 0; v < this.n; v++) {
				members[pos[community[v]]++] = v;
			}
			double[] self = new double[count];
			double[] acc = new double[count];
			int[] touched = new int[count];
			boolean[] seen = new boolean[count];
			int[] off = new int[count + 1];
			int[] tg = new int[this.tg.length];
			double[] w = new double[this.tg.length];
			int at = 0;
			for (int c = 0; c < count; c++) {
				int t = 0;
				for (int i = start[c]; i < start[c + 1]; i++) {
					int v = members[i];
					self[c] += this.self[v];
					for (int s = this.off[v]; s < this.off[v + 1]; s++) {
						int d = community[this.tg[s]];
						if (d == c) {
							self[c] += this.w[s] / 2;
						}
						else {
							if (!seen[d]) {
								seen[d] = true;
								touched[t++] = d;
							}
							acc[d] += this.w[s];
						}
					}
				}
				Arrays.sort(touched, 0, t);
				for (int i = 0; i < t; i++) {
					int d = touched[i];
					tg[at] = d;
					w[at++] = acc[d];
					acc[d] = 0;
					seen[d] = false;
				}
				off[c + 1] = at;
			}
			return new Level(count, off, Arrays.copyOf(tg, at), Arrays.copyOf(w, at), self);
		}

	}

}
