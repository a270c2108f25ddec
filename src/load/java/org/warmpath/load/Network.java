package org.warmpath.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

/**
 * The load generator's own copy of who knows whom, read once from Neo4j over Bolt before
 * the load starts, so that requests ask realistic questions: a path to someone 2-4 hops
 * away (mostly reachable) rather than to a random stranger, mutual connections with
 * someone two hops away, and introductions that a correct server must accept.
 */
final class Network {

	final String[] ids;

	final boolean[] open;

	final int[][] adjacency;

	/**
	 * Per virtual user, introduction triples (requester, via, target) no one else uses.
	 */
	private final List<List<String[]>> triples;

	private Network(String[] ids, boolean[] open, int[][] adjacency, List<List<String[]>> triples) {
		this.ids = ids;
		this.open = open;
		this.adjacency = adjacency;
		this.triples = triples;
	}

	static Network read(Driver driver, int users, int triplesPerUser) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> {
				Map<String, Integer> index = new HashMap<>();
				List<String> ids = new ArrayList<>();
				List<Boolean> open = new ArrayList<>();
				Result people = tx
					.run("MATCH (p:Person) RETURN p.id AS id, coalesce(p.openToIntroductions, true) AS open");
				while (people.hasNext()) {
					Record r = people.next();
					index.put(r.get(0).asString(), ids.size());
					ids.add(r.get(0).asString());
					open.add(r.get(1).asBoolean());
				}
				int n = ids.size();
				int[] degree = new int[n];
				List<int[]> edges = new ArrayList<>();
				Result ties = tx.run("MATCH (a:Person)-[:KNOWS]->(b:Person) RETURN a.id AS a, b.id AS b");
				while (ties.hasNext()) {
					Record r = ties.next();
					int a = index.get(r.get(0).asString());
					int b = index.get(r.get(1).asString());
					if (a != b) {
						edges.add(new int[] { a, b });
						degree[a]++;
						degree[b]++;
					}
				}
				int[][] adj = new int[n][];
				for (int i = 0; i < n; i++) {
					adj[i] = new int[degree[i]];
				}
				int[] fill = new int[n];
				for (int[] e : edges) {
					adj[e[0]][fill[e[0]]++] = e[1];
					adj[e[1]][fill[e[1]]++] = e[0];
				}
				boolean[] openArr = new boolean[n];
				for (int i = 0; i < n; i++) {
					openArr[i] = open.get(i);
				}
				String[] idArr = ids.toArray(String[]::new);
				return new Network(idArr, openArr, adj, triples(idArr, openArr, adj, users, triplesPerUser));
			});
		}
	}

	/**
	 * Disjoint triples: every person is in at most one triple of one user, and a user
	 * withdraws each request before making the next, so no requester or introducer ever
	 * has more than one request pending and the quotas (5 per requester, 3 per
	 * introducer) can never refuse one.
	 */
	private static List<List<String[]>> triples(String[] ids, boolean[] open, int[][] adj, int users, int per) {
		Random rnd = new Random(7);
		int n = ids.length;
		boolean[] used = new boolean[n];
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = rnd.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		List<List<String[]>> out = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			out.add(new ArrayList<>());
		}
		int u = 0;
		for (int v : order) {
			if (u >= users * per) {
				break;
			}
			if (used[v] || !open[v] || adj[v].length < 2) {
				continue;
			}
			int r = -1;
			int t = -1;
			for (int w : adj[v]) {
				if (used[w] || w == v) {
					continue;
				}
				if (r < 0) {
					r = w;
				}
				else if (w != r && !knows(adj, r, w)) {
					t = w;
					break;
				}
			}
			if (r < 0 || t < 0) {
				continue;
			}
			used[v] = true;
			used[r] = true;
			used[t] = true;
			out.get(u % users).add(new String[] { ids[r], ids[v], ids[t] });
			u++;
		}
		return out;
	}

	private static boolean knows(int[][] adj, int a, int b) {
		for (int w : adj[a]) {
			if (w == b) {
				return true;
			}
		}
		return false;
	}

	int people() {
		return this.ids.length;
	}

	long ties() {
		long d = 0;
		for (int[] a : this.adjacency) {
			d += a.length;
		}
		return d / 2;
	}

	String randomPerson() {
		return this.ids[ThreadLocalRandom.current().nextInt(this.ids.length)];
	}

	/**
	 * Someone {@code hops} steps of a random walk away from {@code from} (index), or a
	 * random person when the walk gets stuck.
	 */
	private int walk(int from, int hops) {
		ThreadLocalRandom rnd = ThreadLocalRandom.current();
		int at = from;
		for (int i = 0; i < hops; i++) {
			int[] next = this.adjacency[at];
			if (next.length == 0) {
				break;
			}
			at = next[rnd.nextInt(next.length)];
		}
		return (at == from) ? rnd.nextInt(this.ids.length) : at;
	}

	/** A path question: 80% to someone 2-4 hops away, 20% to a random person. */
	String[] pathPair() {
		ThreadLocalRandom rnd = ThreadLocalRandom.current();
		int a = rnd.nextInt(this.ids.length);
		int b = (rnd.nextInt(5) == 0) ? rnd.nextInt(this.ids.length) : walk(a, 2 + rnd.nextInt(3));
		if (b == a) {
			b = (a + 1) % this.ids.length;
		}
		return new String[] { this.ids[a], this.ids[b] };
	}

	/** Someone and a person two hops away (who can introduce me?). */
	String[] mutualPair() {
		int a = ThreadLocalRandom.current().nextInt(this.ids.length);
		int b = walk(a, 2);
		if (b == a) {
			b = (a + 1) % this.ids.length;
		}
		return new String[] { this.ids[a], this.ids[b] };
	}

	/**
	 * A tie to write: half of them re-rate an existing tie, half add one to a friend of a
	 * friend (met through them).
	 */
	String[] tiePair() {
		ThreadLocalRandom rnd = ThreadLocalRandom.current();
		int a = rnd.nextInt(this.ids.length);
		int b = (rnd.nextBoolean() && this.adjacency[a].length > 0)
				? this.adjacency[a][rnd.nextInt(this.adjacency[a].length)] : walk(a, 2);
		if (b == a) {
			b = (a + 1) % this.ids.length;
		}
		return new String[] { this.ids[a], this.ids[b] };
	}

	/** The next introduction triple of one virtual user (1-based Gatling user id). */
	String[] triple(long userId, long round) {
		List<String[]> mine = this.triples.get((int) ((userId - 1) % this.triples.size()));
		return mine.get((int) (round % mine.size()));
	}

	int triplesFound() {
		return this.triples.stream().mapToInt(List::size).sum();
	}

	@Override
	public String toString() {
		return String.format("%,d people, %,d ties, %d introduction triples (per user %s)", people(), ties(),
				triplesFound(), Arrays.toString(this.triples.stream().mapToInt(List::size).limit(4).toArray()));
	}

}
