package org.warmpath.paths;

import java.util.Arrays;

import org.warmpath.projection.KnowsGraph;

/**
 * The search kernels behind {@link PathFinder}. With node weights in the scratch
 * ({@link SearchScratch#weights}, the likeliest mode), a path's cost also counts the
 * weight of each person it passes through (not its ends): each tie then costs its own
 * cost plus half the weight of each of its two people, the search's ends weighing
 * nothing, which sums to exactly the intermediaries' weights on any path and keeps every
 * cost non-negative, so the same exact kernels apply unchanged. Every kernel follows the
 * same rules: a path is loopless; its intermediaries are open to introductions, not
 * removed and not excluded ({@link SearchScratch#exclude}); dead ties and ties costlier
 * than {@code maxCost} are never used; the ties from the source to a banned neighbour
 * ({@link SearchScratch#ban}) are never used; at most {@code maxHops} ties. The caller
 * has prepared exclusions and bans in the scratch.
 */
final class Kernels {

	private static final double INF = Double.POSITIVE_INFINITY;

	private static final int CHECK_EVERY = 2048 - 1;

	private Kernels() {
	}

	static void checkDeadline(long deadlineNanos) {
		if (System.nanoTime() - deadlineNanos > 0) {
			throw new SearchTimeoutException();
		}
	}

	/**
	 * Fewest hops, then lowest cost, from {@code s} to {@code t}: a bidirectional
	 * breadth-first search that always expands the side with the smaller frontier (Pohl
	 * 1971, "Bi-directional search") and stops at the first layer where the two sides
	 * meet, which fixes the hop distance d. During the scans each side keeps, per person,
	 * the cheapest cost over the shortest paths from its root (a dynamic programme over
	 * the BFS layers), so the cheapest path among all shortest ones is the meeting person
	 * with the lowest sum of the two sides.
	 * <p>
	 * Time O(edges scanned), at worst O(n + m) but typically a few thousand slots; space
	 * O(n) of reused scratch. Returns {@code null} when no path of at most
	 * {@code maxHops} exists.
	 */
	static GraphPath fewest(KnowsGraph g, SearchScratch x, int s, int t, int maxHops, double maxCost, long deadline) {
		if (s == t || g.isRemoved(s) || g.isRemoved(t)) {
			return null;
		}
		int ep = x.nextBfsEpoch();
		int[] off = g.offsets();
		int[] tg = g.targets();
		char[] code = g.costCodes();
		double[] table = g.costTable();
		byte[] status = g.status();
		KnowsGraph.Overlay[] ov = g.overlay();
		int[] excl = x.excl;
		int exclEp = x.exclEpoch;
		boolean anyBan = x.bannedCount > 0;
		double[] nw = x.weights;
		int[] markF = x.markF;
		int[] markB = x.markB;
		byte[] distF = x.distF;
		byte[] distB = x.distB;
		double[] costF = x.costF;
		double[] costB = x.costB;
		int[] parF = x.parF;
		int[] parB = x.parB;
		int[] qF = x.queueF;
		int[] qB = x.queueB;
		markF[s] = ep;
		distF[s] = 0;
		costF[s] = 0;
		parF[s] = -1;
		qF[0] = s;
		markB[t] = ep;
		distB[t] = 0;
		costB[t] = 0;
		parB[t] = -1;
		qB[0] = t;
		int fS = 0;
		int fE = 1;
		int bS = 0;
		int bE = 1;
		int a = 0;
		int b = 0;
		int ops = 0;
		int meet = -1;
		while (a + b < maxHops) {
			if (fS == fE || bS == bE) {
				return null;
			}
			boolean fwd = (fE - fS) <= (bE - bS);
			int[] mine = fwd ? markF : markB;
			int[] other = fwd ? markB : markF;
			byte[] dist = fwd ? distF : distB;
			double[] cst = fwd ? costF : costB;
			int[] par = fwd ? parF : parB;
			int[] q = fwd ? qF : qB;
			int start = fwd ? fS : bS;
			int end = fwd ? fE : bE;
			int root = fwd ? s : t;
			int goal = fwd ? t : s;
			byte next = (byte) ((fwd ? a : b) + 1);
			int tail = end;
			for (int i = start; i < end; i++) {
				int u = q[i];
				double cu = cst[u];
				// the base slots, then the overlay's entries with the same loop body
				int[] tgs = tg;
				char[] codes = code;
				int slot = off[u];
				int se = off[u + 1];
				for (KnowsGraph.Overlay o = ov[u];; o = null) {
					for (; slot < se; slot++) {
						if ((++ops & CHECK_EVERY) == 0) {
							checkDeadline(deadline);
						}
						int k = codes[slot];
						if (k == 0) {
							continue;
						}
						double c = table[k];
						if (c > maxCost) {
							continue;
						}
						int v = tgs[slot];
						if (nw != null) {
							c += weight(nw, u, s, t) + weight(nw, v, s, t);
						}
						if (anyBan && ((fwd && u == s && x.isBanned(v)) || (!fwd && v == s && x.isBanned(u)))) {
							continue;
						}
						if (mine[v] == ep) {
							if (dist[v] == next && cu + c < cst[v]) {
								cst[v] = cu + c;
								par[v] = u;
							}
							continue;
						}
						if (v != goal && (status[v] != KnowsGraph.OPEN || excl[v] == exclEp)) {
							continue;
						}
						if (v == root) {
							continue;
						}
						mine[v] = ep;
						dist[v] = next;
						cst[v] = cu + c;
						par[v] = u;
						q[tail++] = v;
					}
					if (o == null) {
						break;
					}
					tgs = o.targets();
					codes = o.codes();
					slot = 0;
					se = tgs.length;
				}
			}
			if (fwd) {
				fS = fE;
				fE = tail;
				a++;
			}
			else {
				bS = bE;
				bE = tail;
				b++;
			}
			double best = INF;
			for (int i = end; i < tail; i++) {
				int v = q[i];
				if (other[v] == ep) {
					double c = costF[v] + costB[v];
					if (meet < 0 || c < best) {
						best = c;
						meet = v;
					}
				}
			}
			if (meet >= 0) {
				break;
			}
		}
		if (meet < 0) {
			return null;
		}
		x.depthF = a;
		x.depthB = b;
		int hops = a + b;
		int[] nodes = new int[hops + 1];
		int i = distF[meet];
		for (int v = meet; v != -1; v = parF[v]) {
			nodes[i--] = v;
		}
		i = distF[meet];
		for (int v = parB[meet]; v != -1; v = parB[v]) {
			nodes[++i] = v;
		}
		return pathOf(g, nw, nodes, hops + 1);
	}

	/**
	 * Lowest cost from {@code s} to {@code t} over paths of at most {@code maxHops} ties,
	 * fewer hops on equal cost. Exact resource-constrained shortest path by bidirectional
	 * label setting: each side keeps labels (person, hops used) and pops them in (cost,
	 * hops) order, a label being dominated when its person was already settled with no
	 * more hops (so, by the pop order, no more cost) or holds a tentative label with no
	 * more hops and no more cost (the Pareto label-setting of Martins 1984 and Desrochers
	 * &amp; Soumis 1988, with hops as the resource). Only the roots and consenting
	 * intermediaries are expanded; a forward and a backward label at the same person
	 * combine when their hops add up to at most the cap. The fewest-hops kernel runs
	 * first: it proves feasibility cheaply and its path seeds the upper bound mu, so
	 * labels costlier than mu are never pushed. The search stops when the two heap minima
	 * sum above mu (the stopping rule of bidirectional Dijkstra, Pohl 1971 / Goldberg
	 * &amp; Harrelson 2005, which carries over because a dominating label can stand in
	 * for any prefix it dominates). If the best combination is a walk (possible only
	 * through zero-cost ties) its cycle is cut, which keeps it optimal.
	 * <p>
	 * Time O(H m log(H m)) in the worst case (H = maxHops), in practice proportional to
	 * the labels within cost mu/2 of either end; space O(labels touched). Returns
	 * {@code null} when no path of at most {@code maxHops} exists.
	 */
	static GraphPath warmest(KnowsGraph g, SearchScratch x, int s, int t, int maxHops, double maxCost, long deadline) {
		GraphPath seed = fewest(g, x, s, t, maxHops, maxCost, deadline);
		if (seed == null) {
			return null;
		}
		if (seed.hops() == 1 && seed.cost() == 0.0) {
			return seed;
		}
		double mu = seed.cost();
		int muHops = seed.hops();
		// the BFS layers around each root give a free lower bound on the hops still
		// needed:
		// exact within the depth a side reached, depth + 1 beyond it
		int bfsEp = x.bfsEpoch;
		int[] markF = x.markF;
		int[] markB = x.markB;
		byte[] distF = x.distF;
		byte[] distB = x.distB;
		int beyondF = x.depthF + 1;
		int beyondB = x.depthB + 1;
		int meetF = -1;
		int meetB = -1;
		int[] off = g.offsets();
		int[] tg = g.targets();
		char[] code = g.costCodes();
		double[] table = g.costTable();
		byte[] status = g.status();
		KnowsGraph.Overlay[] ov = g.overlay();
		int[] excl = x.excl;
		int exclEp = x.exclEpoch;
		boolean anyBan = x.bannedCount > 0;
		double[] nw = x.weights;
		LabelSide f = x.forward;
		LabelSide bw = x.backward;
		f.reset();
		bw.reset();
		int l0 = f.touch(s);
		f.dist[l0 << 3] = 0.0;
		f.parLoc[l0 << 3] = -1;
		f.push(0.0, l0 << 3);
		l0 = bw.touch(t);
		bw.dist[l0 << 3] = 0.0;
		bw.parLoc[l0 << 3] = -1;
		bw.push(0.0, l0 << 3);
		int ops = 0;
		while (true) {
			double kf = f.peekValid();
			double kb = bw.peekValid();
			if (kf == INF || kb == INF || kf + kb > mu) {
				break;
			}
			boolean fwd = kf <= kb;
			LabelSide me = fwd ? f : bw;
			LabelSide other = fwd ? bw : f;
			int[] lbMark = fwd ? markB : markF;
			byte[] lbDist = fwd ? distB : distF;
			int lbBeyond = fwd ? beyondB : beyondF;
			int root = fwd ? s : t;
			int goal = fwd ? t : s;
			double c = fwd ? kf : kb;
			int st = me.pop();
			int l = st >>> 3;
			int h = st & 7;
			me.settled[l] = (byte) h;
			int v = me.node[l];
			if (v == goal) {
				continue;
			}
			int h1 = h + 1;
			if (h1 > maxHops) {
				continue;
			}
			KnowsGraph.Overlay ovv = ov[v];
			me.ensure(off[v + 1] - off[v] + ((ovv != null) ? ovv.targets().length : 0));
			double[] dist = me.dist;
			int[] parLoc = me.parLoc;
			byte[] settled = me.settled;
			double[] odist = other.dist;
			int[] tgs = tg;
			char[] codes = code;
			int slot = off[v];
			int se = off[v + 1];
			for (KnowsGraph.Overlay o = ovv;; o = null) {
				for (; slot < se; slot++) {
					if ((++ops & CHECK_EVERY) == 0) {
						checkDeadline(deadline);
					}
					int k = codes[slot];
					if (k == 0) {
						continue;
					}
					double cs = table[k];
					if (cs > maxCost) {
						continue;
					}
					int w = tgs[slot];
					if (nw != null) {
						cs += weight(nw, v, s, t) + weight(nw, w, s, t);
					}
					double nc = c + cs;
					if (nc > mu) {
						continue;
					}
					if (w == root) {
						continue;
					}
					if (w != goal && (status[w] != KnowsGraph.OPEN || excl[w] == exclEp)) {
						continue;
					}
					if (h1 + ((lbMark[w] == bfsEp) ? lbDist[w] : lbBeyond) > maxHops) {
						continue;
					}
					if (anyBan && ((fwd && v == s && x.isBanned(w)) || (!fwd && w == s && x.isBanned(v)))) {
						continue;
					}
					int wl = me.touch(w);
					if (h1 >= settled[wl]) {
						continue;
					}
					int base = wl << 3;
					boolean dominated = false;
					for (int j = 0; j <= h1; j++) {
						if (dist[base + j] <= nc) {
							dominated = true;
							break;
						}
					}
					if (dominated) {
						continue;
					}
					dist[base + h1] = nc;
					parLoc[base + h1] = l;
					me.push(nc, base | h1);
					int ol = other.find(w);
					if (ol >= 0) {
						int ob = ol << 3;
						for (int hb = 0, hmax = maxHops - h1; hb <= hmax; hb++) {
							double cb = odist[ob + hb];
							if (cb != INF) {
								double tot = nc + cb;
								int hops = h1 + hb;
								if (tot < mu || (tot == mu && hops < muHops)) {
									mu = tot;
									muHops = hops;
									meetF = fwd ? (base | h1) : (ob | hb);
									meetB = fwd ? (ob | hb) : (base | h1);
								}
							}
						}
					}
				}
				if (o == null) {
					break;
				}
				tgs = o.targets();
				codes = o.codes();
				slot = 0;
				se = tgs.length;
			}
		}
		if (meetF < 0) {
			return seed;
		}
		int hf = meetF & 7;
		int hb = meetB & 7;
		int[] nodes = new int[hf + hb + 1];
		int st = meetF;
		for (int i = hf; i >= 0; i--) {
			int l = st >>> 3;
			nodes[i] = f.node[l];
			st = (f.parLoc[st] << 3) | ((st & 7) - 1);
		}
		st = meetB;
		for (int i = hf; i <= hf + hb; i++) {
			int l = st >>> 3;
			nodes[i] = bw.node[l];
			st = (bw.parLoc[st] << 3) | ((st & 7) - 1);
		}
		return pathOf(g, nw, nodes, nodes.length);
	}

	/**
	 * Best cost from {@code s} to every person within {@code maxHops}: hop-bounded
	 * Bellman-Ford (Bellman 1958, "On a routing problem"; the k-th round holds the
	 * cheapest walks of exactly k ties), which needs no heap. Round k relaxes only the
	 * people whose best cost improved in round k-1 (a label that did not improve is
	 * dominated by an earlier one with fewer hops); a cheapest walk is never cheaper than
	 * the path it shortcuts, so the costs are those of loopless paths. A reached person
	 * who is not open is a valid endpoint but is not expanded.
	 * <p>
	 * Time O(H m) at worst, in practice the ties of the people each round improves; space
	 * O(n) of reused scratch. Results are left in the scratch:
	 * {@code markF[v] == bfsEpoch} marks a reached person, {@code costF[v]} its cost,
	 * {@code distF[v]} the hops of the cheapest (then shortest) path;
	 * {@code parB[0..returned)} lists them in the order first reached. The source itself
	 * is not listed.
	 */
	static int warmestFrom(KnowsGraph g, SearchScratch x, int s, int maxHops, double maxCost, long deadline) {
		int ep = x.nextBfsEpoch();
		if (g.isRemoved(s)) {
			return 0;
		}
		int[] off = g.offsets();
		int[] tg = g.targets();
		char[] code = g.costCodes();
		double[] table = g.costTable();
		byte[] status = g.status();
		KnowsGraph.Overlay[] ov = g.overlay();
		int[] excl = x.excl;
		int exclEp = x.exclEpoch;
		int[] mark = x.markF;
		double[] best = x.costF;
		byte[] bestHops = x.distF;
		int[] inNext = x.parF;
		int[] reached = x.parB;
		int[] cur = x.queueF;
		double[] curCost = x.costB;
		int[] next = x.queueB;
		mark[s] = ep;
		best[s] = 0.0;
		bestHops[s] = 0;
		cur[0] = s;
		curCost[0] = 0.0;
		int curN = 1;
		int reachedN = 0;
		int ops = 0;
		for (int h = 1; h <= maxHops && curN > 0; h++) {
			int nextN = 0;
			boolean expandNext = h < maxHops;
			for (int i = 0; i < curN; i++) {
				int v = cur[i];
				double cv = curCost[i];
				int[] tgs = tg;
				char[] codes = code;
				int slot = off[v];
				int se = off[v + 1];
				for (KnowsGraph.Overlay o = ov[v];; o = null) {
					for (; slot < se; slot++) {
						if ((++ops & CHECK_EVERY) == 0) {
							checkDeadline(deadline);
						}
						int k = codes[slot];
						if (k == 0) {
							continue;
						}
						double cs = table[k];
						if (cs > maxCost) {
							continue;
						}
						int w = tgs[slot];
						byte sw = status[w];
						if ((sw & KnowsGraph.REMOVED) != 0) {
							continue;
						}
						double nc = cv + cs;
						if (mark[w] != ep) {
							mark[w] = ep;
							inNext[w] = 0;
							reached[reachedN++] = w;
						}
						else if (!(nc < best[w])) {
							continue;
						}
						best[w] = nc;
						bestHops[w] = (byte) h;
						if (expandNext && inNext[w] != h && sw == KnowsGraph.OPEN && excl[w] != exclEp) {
							inNext[w] = h;
							next[nextN++] = w;
						}
					}
					if (o == null) {
						break;
					}
					tgs = o.targets();
					codes = o.codes();
					slot = 0;
					se = tgs.length;
				}
			}
			for (int j = 0; j < nextN; j++) {
				int w = next[j];
				cur[j] = w;
				curCost[j] = best[w];
			}
			curN = nextN;
		}
		return reachedN;
	}

	/**
	 * Breadth-first search from {@code s} to depth {@code maxHops} through consenting
	 * intermediaries: {@code levels[h-1]} holds the people at hop distance h (people who
	 * are not open are reached but not expanded). Time O(edges scanned), space O(n)
	 * scratch.
	 */
	static int[][] reach(KnowsGraph g, SearchScratch x, int s, int maxHops, double maxCost, long deadline) {
		int[][] levels = new int[maxHops][];
		if (g.isRemoved(s)) {
			Arrays.fill(levels, new int[0]);
			return levels;
		}
		int ep = x.nextBfsEpoch();
		int[] off = g.offsets();
		int[] tg = g.targets();
		char[] code = g.costCodes();
		double[] table = g.costTable();
		byte[] status = g.status();
		KnowsGraph.Overlay[] ov = g.overlay();
		int[] excl = x.excl;
		int exclEp = x.exclEpoch;
		int[] mark = x.markF;
		int[] q = x.queueF;
		mark[s] = ep;
		q[0] = s;
		int start = 0;
		int end = 1;
		int ops = 0;
		for (int h = 1; h <= maxHops; h++) {
			int tail = end;
			for (int i = start; i < end; i++) {
				int u = q[i];
				if (u != s && (status[u] != KnowsGraph.OPEN || excl[u] == exclEp)) {
					continue;
				}
				int[] tgs = tg;
				char[] codes = code;
				int slot = off[u];
				int se = off[u + 1];
				for (KnowsGraph.Overlay o = ov[u];; o = null) {
					for (; slot < se; slot++) {
						if ((++ops & CHECK_EVERY) == 0) {
							checkDeadline(deadline);
						}
						int k = codes[slot];
						if (k == 0 || table[k] > maxCost) {
							continue;
						}
						int v = tgs[slot];
						if (mark[v] == ep || (status[v] & KnowsGraph.REMOVED) != 0) {
							continue;
						}
						mark[v] = ep;
						q[tail++] = v;
					}
					if (o == null) {
						break;
					}
					tgs = o.targets();
					codes = o.codes();
					slot = 0;
					se = tgs.length;
				}
			}
			levels[h - 1] = Arrays.copyOfRange(q, end, tail);
			start = end;
			end = tail;
		}
		return levels;
	}

	/**
	 * Half the node weight of {@code z} (a person's weight is added when a path passes
	 * through them, half on the tie in and half on the tie out), none for the search's
	 * ends.
	 */
	private static double weight(double[] nw, int z, int s, int t) {
		return (z == s || z == t) ? 0.0 : 0.5 * nw[z];
	}

	/**
	 * {@link #pathOf(KnowsGraph, int[], int)} with the node weights of its intermediate
	 * people added to its cost ({@code nw} null: none).
	 */
	static GraphPath pathOf(KnowsGraph g, double[] nw, int[] nodes, int len) {
		GraphPath p = pathOf(g, nodes, len);
		if (nw == null) {
			return p;
		}
		double c = p.cost();
		for (int i = 1; i < p.nodes().length - 1; i++) {
			c += nw[p.nodes()[i]];
		}
		return new GraphPath(p.nodes(), p.edges(), c, p.hops());
	}

	/**
	 * The path through {@code nodes[0..len)}, with any cycle cut out (a repeated person
	 * keeps its first occurrence), its ties and its cost summed from the source.
	 */
	static GraphPath pathOf(KnowsGraph g, int[] nodes, int len) {
		int[] p = new int[len];
		int k = 0;
		for (int i = 0; i < len; i++) {
			int v = nodes[i];
			int seen = -1;
			for (int j = 0; j < k; j++) {
				if (p[j] == v) {
					seen = j;
					break;
				}
			}
			if (seen >= 0) {
				k = seen + 1;
			}
			else {
				p[k++] = v;
			}
		}
		int[] path = Arrays.copyOf(p, k);
		int[] edges = new int[k - 1];
		double c = 0.0;
		for (int i = 0; i + 1 < k; i++) {
			edges[i] = g.tieBetween(path[i], path[i + 1]);
			c += g.costBetween(path[i], path[i + 1]);
		}
		return new GraphPath(path, edges, c, k - 1);
	}

}
