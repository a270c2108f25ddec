package org.warmpath.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.warmpath.cypher.Cypher;

/**
 * An order-independent digest of what the projection holds: every live person (id,
 * consent) and every live tie (the two ids in canonical order, strength as the
 * projection's float), so that "the projection is consistent with Neo4j" can be checked
 * by comparing two short strings instead of two graphs.
 *
 * <p>
 * Each record is hashed with SHA-256; the first 16 bytes are added up modulo 2^128 (two
 * 64-bit lanes), so the digest does not depend on the order people and ties are read in.
 * {@link #of(KnowsGraph)} digests a projection; {@link #ofNeo4j(Driver)} reads the same
 * two named queries the projection is built from and applies the projection's rules on
 * its own (consent defaults to open, strength to 0.5, strengths outside (0, 1] and
 * self-ties are skipped, duplicate ties between one pair keep the strongest), without
 * going through {@link KnowsGraphBuilder}, so a builder defect would show as a mismatch.
 *
 * @param people live people
 * @param ties live ties between live people
 * @param digest hex of the two summed lanes
 */
public record ProjectionDigest(long people, long ties, String digest) {

	/** How long the whole-store read of {@link #ofNeo4j} may take. */
	static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

	/**
	 * Digest of one projection: live people, and live ties whose both ends are live.
	 * @param graph the projection
	 * @return its digest
	 */
	public static ProjectionDigest of(KnowsGraph graph) {
		Accumulator acc = new Accumulator();
		int n = graph.nodeCount();
		String[] ids = new String[n];
		for (int v = 0; v < n; v++) {
			if (!graph.isRemoved(v)) {
				ids[v] = graph.id(v);
				acc.person(ids[v], graph.isOpen(v));
			}
		}
		for (int v = 0; v < n; v++) {
			if (ids[v] == null) {
				continue;
			}
			int from = v;
			graph.forEachNeighbour(v, (w, strength, tie) -> {
				if (w > from) {
					acc.tie(ids[from], ids[w], (float) strength);
				}
			});
		}
		return acc.result();
	}

	/**
	 * Digest of the KNOWS graph as Neo4j holds it, read in one read transaction, which
	 * may take up to {@link #READ_TIMEOUT} (a whole-store read: over the database's
	 * default transaction timeout at 1M ties on a loaded machine, where the load test's
	 * check failed).
	 * @param driver a driver to the database
	 * @return its digest under the projection's rules
	 */
	public static ProjectionDigest ofNeo4j(Driver driver) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead((tx) -> {
				Accumulator acc = new Accumulator();
				Set<String> people = new HashSet<>();
				Result rp = tx.run(Cypher.query("network/projection-people"));
				while (rp.hasNext()) {
					Record r = rp.next();
					if (r.get(0).asObject() instanceof String id && people.add(id)) {
						acc.person(id, r.get(1).asBoolean());
					}
				}
				Map<String, Float> ties = new HashMap<>();
				Result rt = tx.run(Cypher.query("network/projection-ties"));
				while (rt.hasNext()) {
					Record r = rt.next();
					if (!(r.get(0).asObject() instanceof String a) || !(r.get(1).asObject() instanceof String b)
							|| !(r.get(2).asObject() instanceof Number strength)) {
						continue;
					}
					double s = strength.doubleValue();
					if (a.equals(b) || !(s > 0 && s <= 1) || !people.contains(a) || !people.contains(b)) {
						continue;
					}
					String key = (a.compareTo(b) < 0) ? a + '\u0000' + b : b + '\u0000' + a;
					ties.merge(key, (float) s, Math::max);
				}
				ties.forEach((key, s) -> {
					int cut = key.indexOf('\u0000');
					acc.tie(key.substring(0, cut), key.substring(cut + 1), s);
				});
				return acc.result();
			}, TransactionConfig.builder().withTimeout(READ_TIMEOUT).build());
		}
	}

	/** Adds up the record hashes. Not thread-safe. */
	static final class Accumulator {

		private final MessageDigest sha;

		private long people;

		private long ties;

		private long high;

		private long low;

		Accumulator() {
			try {
				this.sha = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void person(String id, boolean open) {
			this.people++;
			add("P\u0000" + id + '\u0000' + open);
		}

		/** A tie; the two ids in any order (canonical order is applied here). */
		void tie(String a, String b, float strength) {
			this.ties++;
			String lo = (a.compareTo(b) < 0) ? a : b;
			String hi = (lo == a) ? b : a;
			add("T\u0000" + lo + '\u0000' + hi + '\u0000' + Float.floatToIntBits(strength));
		}

		private void add(String record) {
			byte[] h = this.sha.digest(record.getBytes(StandardCharsets.UTF_8));
			long hi = 0;
			long lo = 0;
			for (int i = 0; i < 8; i++) {
				hi = (hi << 8) | (h[i] & 0xff);
				lo = (lo << 8) | (h[i + 8] & 0xff);
			}
			long sum = this.low + lo;
			this.high += hi + ((Long.compareUnsigned(sum, this.low) < 0) ? 1 : 0);
			this.low = sum;
		}

		ProjectionDigest result() {
			return new ProjectionDigest(this.people, this.ties, String.format("%016x%016x", this.high, this.low));
		}

	}

}
