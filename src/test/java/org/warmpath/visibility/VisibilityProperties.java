package org.warmpath.visibility;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.warmpath.network.MutualConnections;
import org.warmpath.paths.IntroductionPath;
import org.warmpath.paths.IntroductionPaths;
import org.warmpath.paths.PathAnswer;
import org.warmpath.people.PersonSummary;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over small random graphs, random private sets and random member viewers: no path answer
 * and no mutuals answer reveals a tie that the rule hides. The rule is restated here as
 * an independent oracle over plain adjacency, and the answers are built in-process by the
 * same code the endpoints use ({@link IntroductionPaths#redact},
 * {@link MutualConnections#nameable}).
 */
class VisibilityProperties {

	/** The rule, restated: endpoint, or neither private and the viewer knows one end. */
	private static boolean oracle(boolean[][] adj, boolean[] priv, int v, int a, int b) {
		if (v == a || v == b) {
			return true;
		}
		return !priv[a] && !priv[b] && (adj[v][a] || adj[v][b]);
	}

	private record World(int n, boolean[][] adj, boolean[] priv, KnowsGraph graph) {

		String id(int i) {
			return "p" + i;
		}

		int distance(int from, int to) {
			int[] d = new int[this.n];
			java.util.Arrays.fill(d, -1);
			d[from] = 0;
			Deque<Integer> q = new ArrayDeque<>(List.of(from));
			while (!q.isEmpty()) {
				int u = q.poll();
				for (int w = 0; w < this.n; w++) {
					if (this.adj[u][w] && d[w] < 0) {
						d[w] = d[u] + 1;
						q.add(w);
					}
				}
			}
			return d[to];
		}

	}

	private static World world(long seed, int n, int density, int privacy) {
		Random random = new Random(seed);
		boolean[][] adj = new boolean[n][n];
		boolean[] priv = new boolean[n];
		KnowsGraphBuilder builder = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			priv[i] = random.nextInt(100) < privacy;
			builder.addPerson("p" + i, true, priv[i]);
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (random.nextInt(100) < density) {
					adj[i][j] = true;
					adj[j][i] = true;
					builder.addTie(i, j, 0.1 + random.nextInt(9) / 10.0);
				}
			}
		}
		return new World(n, adj, priv, builder.build());
	}

	/** Every simple path of at most {@code maxHops} ties from one person to another. */
	private static void simplePaths(World w, int at, int to, int maxHops, List<Integer> prefix,
			List<List<Integer>> out) {
		if (at == to) {
			out.add(new ArrayList<>(prefix));
			return;
		}
		if (prefix.size() > maxHops || out.size() >= 40) {
			return;
		}
		for (int next = 0; next < w.n(); next++) {
			if (w.adj()[at][next] && !prefix.contains(next)) {
				prefix.add(next);
				simplePaths(w, next, to, maxHops, prefix, out);
				prefix.remove(prefix.size() - 1);
			}
		}
	}

	private static PersonSummary card(String id) {
		return new PersonSummary(id, "name of " + id, "headline of " + id, "FY1", 1, "Cardiology", "Wales", "NHS");
	}

	@Property(tries = 300)
	void pathAnswersRevealNoHiddenTie(@ForAll long seed, @ForAll @IntRange(min = 3, max = 9) int n,
			@ForAll @IntRange(min = 15, max = 70) int density, @ForAll @IntRange(min = 0, max = 60) int privacy) {
		World w = world(seed, n, density, privacy);
		Random random = new Random(seed ^ 0x5DEECE66DL);
		int v = random.nextInt(n);
		int t = (v + 1 + random.nextInt(n - 1)) % n;
		List<List<Integer>> found = new ArrayList<>();
		List<Integer> prefix = new ArrayList<>(List.of(v));
		simplePaths(w, v, t, 5, prefix, found);
		List<IntroductionPath> paths = new ArrayList<>();
		for (List<Integer> p : found) {
			List<String> ids = p.stream().map(w::id).toList();
			List<IntroductionPath.Step> steps = new ArrayList<>();
			for (int i = 0; i + 1 < p.size(); i++) {
				steps.add(new IntroductionPath.Step(card(ids.get(i)), card(ids.get(i + 1)), 0.5,
						"context " + ids.get(i) + "-" + ids.get(i + 1), "2020-01-01"));
			}
			paths.add(new IntroductionPath(ids, p.size() - 1, 0.5, 0.7, steps));
		}
		PathAnswer full = new PathAnswer(paths, "graph", "fewest", 10, 5, 1.0);
		Viewer viewer = Viewer.of(w.graph(), w.id(v), List.of());
		PathAnswer shown = IntroductionPaths.redact(full, viewer, w.id(t));
		assertThat(shown.paths()).hasSameSizeAs(full.paths());
		for (int k = 0; k < shown.paths().size(); k++) {
			IntroductionPath path = shown.paths().get(k);
			List<Integer> real = found.get(k);
			assertThat(path.people().get(0)).isEqualTo(w.id(v));
			assertThat(path.people().get(path.people().size() - 1)).isEqualTo(w.id(t));
			for (int i = 0; i < real.size(); i++) {
				String id = path.people().get(i);
				IntroductionPath.Step step = (i + 1 < real.size()) ? path.steps().get(i) : path.steps().get(i - 1);
				PersonSummary c = (i + 1 < real.size()) ? step.from() : step.to();
				assertThat(c.id()).isEqualTo(id);
				if (id == null) {
					assertThat(c.name()).isNull();
					assertThat(c.headline()).isNull();
					assertThat(c.region()).isNull();
				}
				else {
					assertThat(id).isEqualTo(w.id(real.get(i)));
					// never an id beyond two hops, except the person asked about
					if (real.get(i) != t) {
						assertThat(w.distance(v, real.get(i))).as("distance of %s", id).isBetween(0, 2);
					}
				}
			}
			for (int i = 0; i + 1 < real.size(); i++) {
				int a = real.get(i);
				int b = real.get(i + 1);
				boolean allowed = oracle(w.adj(), w.priv(), v, a, b);
				IntroductionPath.Step step = path.steps().get(i);
				if (path.people().get(i) != null && path.people().get(i + 1) != null) {
					assertThat(allowed).as("tie %s-%s shown between two named people", a, b).isTrue();
				}
				if (step.context() != null || step.since() != null) {
					assertThat(allowed).as("details of tie %s-%s shown", a, b).isTrue();
					// nor the details of a tie to an anonymous hop, which would identify
					// them
					assertThat(step.from().id() != null || step.from().grade() != null).isTrue();
					assertThat(step.to().id() != null || step.to().grade() != null).isTrue();
				}
			}
		}
	}

	@Property(tries = 300)
	void mutualsRevealNoHiddenTie(@ForAll long seed, @ForAll @IntRange(min = 3, max = 9) int n,
			@ForAll @IntRange(min = 15, max = 80) int density, @ForAll @IntRange(min = 0, max = 60) int privacy) {
		World w = world(seed, n, density, privacy);
		Random random = new Random(seed ^ 0x5DEECE66DL);
		int v = random.nextInt(n);
		int t = (v + 1 + random.nextInt(n - 1)) % n;
		KnowsGraph graph = w.graph();
		List<KnowsGraph.CommonNeighbour> ranked = MutualConnections.ranked(graph, v, t);
		List<KnowsGraph.CommonNeighbour> named = MutualConnections.nameable(graph, ranked, v, t,
				Viewer.of(graph, w.id(v), List.of()));
		int expected = 0;
		for (KnowsGraph.CommonNeighbour c : ranked) {
			int m = c.person();
			boolean allowed = oracle(w.adj(), w.priv(), v, v, m) && oracle(w.adj(), w.priv(), v, m, t);
			assertThat(named.contains(c)).as("mutual %s of %s and %s", m, v, t).isEqualTo(allowed);
			expected += allowed ? 1 : 0;
		}
		assertThat(named).hasSize(expected);
		if (w.priv()[t]) {
			assertThat(named).isEmpty();
		}
	}

}
