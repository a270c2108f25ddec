package org.warmpath.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.embedded.EmbeddedNeo4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The app's in-memory copy of the KNOWS graph (a {@link KnowsGraph}), kept in step with
 * Neo4j.
 *
 * <p>
 * How it follows writes, and why: withdrawals (consent withdrawn, a tie deleted, a person
 * removed) are applied in place, synchronously, before the write's response is sent, so
 * no query after it can use them; these are the writes whose lag would hurt someone.
 * Additions (new people, new ties, changed strengths) mark the projection stale and a
 * background rebuild replaces it; the write waits for it, up to
 * {@code warmpath.projection.max-staleness}, while queries keep answering from the
 * previous snapshot. A CSR array cannot take insertions cheaply, and a rebuild costs
 * about a second per million ties, so versioned rebuilds are simpler and safe, and
 * consecutive writes coalesce into one rebuild. In-place changes made while a rebuild
 * reads Neo4j are replayed onto the new snapshot before it is published, so a rebuild
 * never resurrects a withdrawn tie.
 */
@Service
public class Projection {

	private static final Logger log = LoggerFactory.getLogger(Projection.class);

	private final Driver driver;

	private final ProjectionProperties properties;

	private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "projection-rebuild");
		t.setDaemon(true);
		return t;
	});

	private final Object lock = new Object();

	/**
	 * Sequence of writes the app has seen; a snapshot is current when it covers the
	 * latest.
	 */
	private final AtomicLong writes = new AtomicLong();

	private final List<Withdrawal> withdrawals = new ArrayList<>();

	private volatile Snapshot current;

	private boolean rebuildQueued;

	/**
	 * Write sequence at which the rebuild now reading Neo4j started, or -1 when none is.
	 */
	private long inflightStart = -1;

	private final EmbeddedNeo4j embedded;

	Projection(Driver driver, ProjectionProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.properties = properties;
		this.embedded = embedded.getIfAvailable();
	}

	/**
	 * The projection to query: the latest published snapshot, without waiting for a
	 * rebuild that other requests' writes started (the writes themselves wait for it, see
	 * {@link #graphChanged}). Builds it on first use.
	 * @return the snapshot
	 */
	public Snapshot snapshot() {
		Snapshot s = this.current;
		if (s != null) {
			return s;
		}
		synchronized (this.lock) {
			if (this.current == null) {
				rebuildNow();
			}
			return this.current;
		}
	}

	/**
	 * How many graph writes the app has seen; a snapshot whose {@link Snapshot#covers()}
	 * is at least this reflects all of them.
	 * @return the write sequence number
	 */
	public long writesSeen() {
		return this.writes.get();
	}

	/**
	 * Marks the projection stale after people or ties were added or changed, starts a
	 * rebuild and waits for it (up to {@code warmpath.projection.max-staleness}) before
	 * the write answers.
	 *
	 * <p>
	 * Why the writer waits and readers do not: every query after a write then sees it
	 * (read-your-writes for everyone, since the snapshot is shared), while queries never
	 * queue behind other people's writes. Under the load test's steady 3% tie writes,
	 * with readers waiting instead, the projection was stale almost all the time and
	 * every path query waited for a rebuild (p50 2.2 s at 64 clients). Concurrent writers
	 * share one rebuild. For writes made by other instances, the change feed's poller is
	 * the one that waits.
	 */
	@EventListener
	public void graphChanged(GraphChanged event) {
		long seq = this.writes.incrementAndGet();
		synchronized (this.lock) {
			if (this.current == null || !this.properties.enabled()) {
				return;
			}
			scheduleRebuild();
			long deadline = System.nanoTime() + this.properties.maxStaleness().toNanos();
			while (this.current.covers() < seq) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					log.warn("Projection rebuild took longer than {}; queries see this write when it completes",
							this.properties.maxStaleness());
					return;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.lock, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * A person's consent to stand in the middle of paths changed; applies at once.
	 * @param personId the person
	 * @param open whether they are now open to introductions
	 */
	public void consentChanged(String personId, boolean open) {
		withdraw(g -> {
			int idx = g.indexOf(personId);
			if (idx >= 0) {
				g.setOpen(idx, open);
			}
		});
	}

	/**
	 * A person's connection visibility changed; applies at once, so the next answer is
	 * redacted by it.
	 * @param personId the person
	 * @param tiesPrivate whether their connections are now private
	 */
	public void visibilityChanged(String personId, boolean tiesPrivate) {
		withdraw(g -> {
			int idx = g.indexOf(personId);
			if (idx >= 0) {
				g.setTiesPrivate(idx, tiesPrivate);
			}
		});
	}

	/**
	 * A tie was deleted; no path uses it from now on.
	 * @param a one person
	 * @param b the other
	 */
	public void tieRemoved(String a, String b) {
		withdraw(g -> {
			int ia = g.indexOf(a);
			int ib = g.indexOf(b);
			if (ia >= 0 && ib >= 0) {
				g.removeTie(ia, ib);
			}
		});
	}

	/**
	 * A person was deleted; they are never an endpoint or an intermediary again.
	 * @param personId the person
	 */
	public void personRemoved(String personId) {
		withdraw(g -> {
			int idx = g.indexOf(personId);
			if (idx >= 0) {
				g.removePerson(idx);
			}
		});
	}

	private void withdraw(Consumer<KnowsGraph> change) {
		synchronized (this.lock) {
			long seq = this.writes.incrementAndGet();
			if (this.inflightStart >= 0) {
				// a rebuild is reading Neo4j right now and may miss this: replay it onto
				// its result
				this.withdrawals.add(new Withdrawal(seq, change));
			}
			Snapshot s = this.current;
			if (s != null) {
				change.accept(s.graph());
				// the change is in place: this snapshot now covers it, as long as it
				// covered
				// everything before it
				if (s.covers() == seq - 1) {
					this.current = new Snapshot(s.graph(), s.cards(), s.ties(), seq, s.builtMillis());
				}
				else {
					scheduleRebuild();
				}
			}
		}
	}

	private void scheduleRebuild() {
		if (!this.rebuildQueued) {
			this.rebuildQueued = true;
			this.rebuilder.execute(() -> {
				synchronized (this.lock) {
					this.rebuildQueued = false;
				}
				try {
					rebuildNow();
				}
				catch (RuntimeException ex) {
					log.error("Projection rebuild failed; queries use the previous snapshot", ex);
				}
			});
		}
	}

	/** Stops background rebuilds before the driver and database close. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.rebuilder.shutdownNow();
		this.rebuilder.awaitTermination(10, TimeUnit.SECONDS);
	}

	/**
	 * Reads the whole KNOWS graph from Neo4j and publishes it; visible for tests and
	 * benchmarks.
	 */
	public Snapshot rebuildNow() {
		long startSeq;
		synchronized (this.lock) {
			startSeq = this.writes.get();
			this.inflightStart = startSeq;
		}
		long started = System.nanoTime();
		Loaded loaded;
		try {
			loaded = load();
		}
		catch (RuntimeException ex) {
			synchronized (this.lock) {
				this.inflightStart = -1;
				this.withdrawals.clear();
			}
			throw ex;
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		KnowsGraph graph = loaded.graph();
		synchronized (this.lock) {
			for (Withdrawal w : this.withdrawals) {
				w.change().accept(graph);
			}
			// the new graph reflects every write up to startSeq, plus the withdrawals
			// replayed after it, up to the first addition the read may have missed
			long covers = startSeq;
			for (Withdrawal w : this.withdrawals) {
				if (w.seq() == covers + 1) {
					covers = w.seq();
				}
			}
			this.withdrawals.clear();
			this.inflightStart = -1;
			Snapshot previous = this.current;
			if (previous == null || previous.covers() <= covers) {
				this.current = new Snapshot(graph, loaded.cards(), loaded.ties(), covers, millis);
			}
			this.lock.notifyAll();
		}
		log.info("Projection built: {} people, {} ties, {} MiB (cards and tie details {} MiB) in {} ms",
				graph.nodeCount(), graph.tieCount(), graph.memoryBytes() / (1024 * 1024),
				(loaded.cards().memoryBytes() + loaded.ties().memoryBytes()) / (1024 * 1024), millis);
		return this.current;
	}

	private Loaded load() {
		return (this.embedded != null) ? loadInProcess(this.embedded.database()) : loadOverBolt();
	}

	/**
	 * Reads people, their cards and ties with their details straight from the embedded
	 * database's store: about ten times faster than streaming the same records over Bolt,
	 * which matters because every added tie triggers a rebuild. Same rules as
	 * {@link #loadOverBolt()}: consent defaults to open, connection visibility to
	 * {@code connections}, strength to 0.5, strengths outside (0, 1] are skipped; a
	 * card's specialty, region and organisation are the first such relationship's.
	 */
	static Loaded loadInProcess(GraphDatabaseService db) {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		Label person = Label.label("Person");
		RelationshipType knows = RelationshipType.withName("KNOWS");
		List<PersonCard> cards = new ArrayList<>();
		LoadedTies loadedTies = new LoadedTies();
		try (Transaction tx = db.beginTx()) {
			Map<String, Integer> index = new HashMap<>();
			try (ResourceIterator<Node> people = tx.findNodes(person)) {
				while (people.hasNext()) {
					Node node = people.next();
					Object id = node.getProperty("id", null);
					if (id instanceof String s) {
						Object open = node.getProperty("openToIntroductions", Boolean.FALSE);
						Object visibility = node.getProperty("connectionVisibility", "connections");
						int idx = builder.addPerson(s, Boolean.TRUE.equals(open), "private".equals(visibility));
						index.put(node.getElementId(), idx);
						while (cards.size() <= idx) {
							cards.add(null);
						}
						cards.set(idx, card(node, person));
					}
				}
			}
			try (ResourceIterator<Node> people = tx.findNodes(person)) {
				while (people.hasNext()) {
					Node node = people.next();
					Integer a = index.get(node.getElementId());
					if (a == null) {
						continue;
					}
					try (ResourceIterable<Relationship> ties = node.getRelationships(Direction.OUTGOING, knows)) {
						for (Relationship tie : ties) {
							Integer b = index.get(tie.getEndNode().getElementId());
							Object strength = tie.getProperty("strength", 0.5);
							double value = (strength instanceof Number n) ? n.doubleValue() : 0.5;
							if (b != null && value > 0 && value <= 1) {
								builder.addTie(a, b, value);
								Object since = tie.getProperty("since", null);
								loadedTies.add(a, b,
										new TieDetail(text(tie.getProperty("context", null)),
												(since == null) ? null : since.toString(),
												text(tie.getProperty("source", null)), value));
							}
						}
					}
				}
			}
			tx.commit();
		}
		KnowsGraph graph = builder.build();
		return new Loaded(graph, cards(cards), loadedTies.index(graph));
	}

	/**
	 * A person's card from their node and one hop (specialty, region, organisation and
	 * ACTIVE mentoring), as {@code network/projection-people} reads it over Bolt.
	 */
	private static PersonCard card(Node node, Label person) {
		int activeMentees = 0;
		boolean mentee = false;
		try (ResourceIterable<Relationship> mentors = node.getRelationships(Direction.BOTH, MENTORS)) {
			for (Relationship m : mentors) {
				if ("ACTIVE".equals(m.getProperty("status", null)) && m.getOtherNode(node).hasLabel(person)) {
					if (m.getStartNode().equals(node)) {
						activeMentees++;
					}
					else {
						mentee = true;
					}
				}
			}
		}
		Object seniority = node.getProperty("seniority", null);
		Object capacity = node.getProperty("mentorCapacity", null);
		return new PersonCard(text(node.getProperty("name", null)), text(node.getProperty("headline", null)),
				text(node.getProperty("grade", null)), (seniority instanceof Number n) ? n.intValue() : null,
				firstName(node, SPECIALISES_IN), firstName(node, BASED_IN), firstName(node, WORKS_AT),
				Boolean.TRUE.equals(node.getProperty("openToMentoring", Boolean.FALSE)),
				(capacity instanceof Number n) ? n.intValue() : 0, activeMentees, mentee);
	}

	private static final RelationshipType MENTORS = RelationshipType.withName("MENTORS");

	private static final RelationshipType SPECIALISES_IN = RelationshipType.withName("SPECIALISES_IN");

	private static final RelationshipType BASED_IN = RelationshipType.withName("BASED_IN");

	private static final RelationshipType WORKS_AT = RelationshipType.withName("WORKS_AT");

	private static String firstName(Node node, RelationshipType type) {
		try (ResourceIterable<Relationship> rels = node.getRelationships(Direction.OUTGOING, type)) {
			for (Relationship r : rels) {
				Object name = r.getEndNode().getProperty("name", null);
				if (name != null) {
					return text(name);
				}
			}
		}
		return null;
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

	private static PersonCards cards(List<PersonCard> loaded) {
		PersonCards cards = new PersonCards(loaded.size());
		for (int i = 0; i < loaded.size(); i++) {
			if (loaded.get(i) != null) {
				cards.set(i, loaded.get(i));
			}
		}
		return cards;
	}

	Loaded loadOverBolt() {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		List<PersonCard> cards = new ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		LoadedTies loadedTies = new LoadedTies();
		try (Session session = Cypher.readSession(this.driver)) {
			session.executeRead(tx -> {
				Result people = tx.run(Cypher.query("network/projection-people"));
				while (people.hasNext()) {
					Record r = people.next();
					String id = r.get("id").asString();
					int idx = builder.addPerson(id, r.get("open").asBoolean(), r.get("tiesPrivate").asBoolean());
					index.put(id, idx);
					while (cards.size() <= idx) {
						cards.add(null);
					}
					cards.set(idx,
							new PersonCard(r.get("name").asString(null), r.get("headline").asString(null),
									r.get("grade").asString(null),
									r.get("seniority").isNull() ? null : r.get("seniority").asInt(),
									r.get("specialty").asString(null), r.get("region").asString(null),
									r.get("organisation").asString(null), r.get("openToMentoring").asBoolean(),
									r.get("mentorCapacity").asInt(), r.get("activeMentees").asInt(),
									r.get("mentee").asBoolean()));
				}
				Result ties = tx.run(Cypher.query("network/projection-ties"));
				while (ties.hasNext()) {
					Record r = ties.next();
					double strength = r.get("strength").asDouble();
					if (strength > 0 && strength <= 1) {
						int a = index.get(r.get("a").asString());
						int b = index.get(r.get("b").asString());
						builder.addTie(a, b, strength);
						loadedTies.add(a, b, new TieDetail(r.get("context").asString(null),
								r.get("since").asString(null), r.get("source").asString(null), strength));
					}
				}
				return null;
			});
		}
		KnowsGraph graph = builder.build();
		return new Loaded(graph, cards(cards), loadedTies.index(graph));
	}

	/**
	 * Tie details in the order the ties were read, until the graph gives each its tie
	 * index; interned as they come, so a load holds no string per tie.
	 */
	private static final class LoadedTies {

		private final TieDetails byOrder = new TieDetails(1024);

		private int[] ends = new int[2048];

		private float[] strengths = new float[1024];

		private int count;

		void add(int a, int b, TieDetail detail) {
			if (this.count == this.strengths.length) {
				this.ends = java.util.Arrays.copyOf(this.ends, this.ends.length * 2);
				this.strengths = java.util.Arrays.copyOf(this.strengths, this.strengths.length * 2);
			}
			this.byOrder.set(this.count, detail);
			this.ends[2 * this.count] = a;
			this.ends[2 * this.count + 1] = b;
			this.strengths[this.count] = (float) detail.strength();
			this.count++;
		}

		/**
		 * The details by the graph's tie index; of a pair stored twice, the one whose
		 * strength the graph kept (the strongest).
		 */
		TieDetails index(KnowsGraph graph) {
			int[] target = new int[this.count];
			for (int i = 0; i < this.count; i++) {
				int tie = graph.tieBetween(this.ends[2 * i], this.ends[2 * i + 1]);
				target[i] = (tie >= 0 && (float) graph.tieStrength(tie) == this.strengths[i]) ? tie : -1;
			}
			return this.byOrder.permuted(target, graph.tieCount());
		}

	}

	/**
	 * One published projection.
	 *
	 * @param graph the CSR graph (its path finder: {@code PathFinder.of(graph)})
	 * @param cards what answers show of each person, by the graph's person index
	 * @param ties how each pair knows each other, by the graph's tie index
	 * @param covers the write sequence number it reflects
	 * @param builtMillis how long it took to build
	 */
	public record Snapshot(KnowsGraph graph, PersonCards cards, TieDetails ties, long covers, long builtMillis) {

		/**
		 * The card of a person by id.
		 * @param id the person
		 * @return the card, or empty when the projection does not hold them (unknown or
		 * removed)
		 */
		public java.util.Optional<PersonCard> card(String id) {
			int idx = this.graph.indexOf(id);
			return (idx < 0 || this.graph.isRemoved(idx)) ? java.util.Optional.empty()
					: java.util.Optional.of(this.cards.get(idx));
		}

		/**
		 * The details of the tie between two people by index, its strength exact.
		 * @param a one person
		 * @param b the other
		 * @return the details, or {@link TieDetail#EMPTY} when they have no tie
		 */
		public TieDetail tie(int a, int b) {
			int tie = this.graph.tieBetween(a, b);
			return (tie < 0) ? TieDetail.EMPTY : this.ties.get(tie, this.graph.tieStrength(tie));
		}

	}

	/**
	 * What one load read: the graph with its cards and tie details, indexed alike.
	 */
	record Loaded(KnowsGraph graph, PersonCards cards, TieDetails ties) {
	}

	private record Withdrawal(long seq, Consumer<KnowsGraph> change) {
	}

}
