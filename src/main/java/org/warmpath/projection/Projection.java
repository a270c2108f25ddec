package org.warmpath.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
 * How it follows writes, and why: every write that names its change ({@link GraphChanged}
 * with {@link ChangeLog.Change}s: a person added or changed, a tie added, re-rated or
 * deleted, consent or visibility changed, a person removed) is applied to the published
 * graph in place, synchronously, in the writer's thread after commit, so the write
 * answers once every query can see it, and no query waits for it: a re-rated tie
 * overwrites its cost, a new tie goes into the graph's overlay, a new person takes a
 * spare slot. When the overlay grows past a threshold, or the spare slots run out, the
 * graph is compacted from memory ({@link KnowsGraph#compact}: same person indices) in the
 * background and swapped in. Neo4j is re-read only at start-up, after a bulk write that
 * does not name its changes (an import), or on a change-feed gap; that writer waits for
 * the re-read, up to {@code warmpath.projection.max-staleness}, while queries keep
 * answering from the previous snapshot.
 *
 * <p>
 * Changes applied while a re-read or a compaction is under way are replayed onto its
 * result before it is published (every change is idempotent), so neither loses a write
 * nor resurrects a withdrawn tie.
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

	/** Changes applied while a re-read or compaction runs, to replay onto its result. */
	private final List<Pending> pending = new ArrayList<>();

	private final AtomicLong rebuilds = new AtomicLong();

	private final AtomicLong compactions = new AtomicLong();

	private volatile Snapshot current;

	private boolean rebuildQueued;

	private boolean compactionQueued;

	/**
	 * Write sequence at which the re-read or compaction now running started, or -1 when
	 * none is.
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
	 * How many times the projection was read from Neo4j; in-place writes leave it alone.
	 * @return the count
	 */
	public long rebuilds() {
		return this.rebuilds.get();
	}

	/**
	 * How many times the overlay was folded into a new base from memory.
	 * @return the count
	 */
	public long compactions() {
		return this.compactions.get();
	}

	/**
	 * Applies a committed write to the projection: in place when the event names its
	 * changes, before this returns; otherwise by re-reading Neo4j, which this waits for
	 * (up to {@code warmpath.projection.max-staleness}).
	 *
	 * <p>
	 * Why the writer waits for a re-read and readers do not: every query after a write
	 * then sees it, while queries never queue behind other people's writes. For writes
	 * made by other instances, the change feed's poller is the one that applies or waits.
	 */
	@EventListener
	public void graphChanged(GraphChanged event) {
		if (!event.reload()) {
			apply(event.changes());
			return;
		}
		synchronized (this.lock) {
			long seq = this.writes.incrementAndGet();
			if (this.inflightStart >= 0) {
				// the re-read or compaction under way may miss this bulk write
				this.pending.add(new Pending(seq, null));
			}
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
		apply(List.of(ChangeLog.Change.consent(personId, open)));
	}

	/**
	 * A person's connection visibility changed; applies at once, so the next answer is
	 * redacted by it.
	 * @param personId the person
	 * @param tiesPrivate whether their connections are now private
	 */
	public void visibilityChanged(String personId, boolean tiesPrivate) {
		apply(List.of(ChangeLog.Change.visibility(personId, tiesPrivate)));
	}

	/**
	 * A tie was deleted; no path uses it from now on.
	 * @param a one person
	 * @param b the other
	 */
	public void tieRemoved(String a, String b) {
		apply(List.of(ChangeLog.Change.tieRemoved(a, b)));
	}

	/**
	 * A person was deleted; they are never an endpoint or an intermediary again.
	 * @param personId the person
	 */
	public void personRemoved(String personId) {
		apply(List.of(new ChangeLog.Change(ChangeLog.Change.PERSON_REMOVED, personId, null, null, null, null)));
	}

	/**
	 * Applies committed changes to the published graph in place, before it returns, and
	 * records them for the re-read or compaction under way, if any. Starts a compaction
	 * when the overlay has grown past its threshold; compacts at once, to a larger
	 * capacity, when new people do not fit.
	 * @param changes what changed
	 */
	public void apply(List<ChangeLog.Change> changes) {
		synchronized (this.lock) {
			long seq = this.writes.incrementAndGet();
			if (this.inflightStart >= 0) {
				this.pending.add(new Pending(seq, changes));
			}
			Snapshot s = this.current;
			if (s == null) {
				// not loaded yet: the first load reads the committed change
				return;
			}
			KnowsGraph g = applyTo(s.graph(), changes);
			// this snapshot now covers the change, as long as it covered everything
			// before it
			long covers = (s.covers() == seq - 1) ? seq : s.covers();
			if (g != s.graph() || covers != s.covers()) {
				this.current = new Snapshot(g, covers, s.builtMillis());
			}
			if (g.overlayTieCount() > compactionThreshold(g) && this.properties.enabled()) {
				scheduleCompaction();
			}
		}
	}

	/**
	 * Applies changes to a graph, first compacting it to a larger capacity when the new
	 * people would not fit.
	 * @return the graph changed, or the larger one that replaces it
	 */
	private static KnowsGraph applyTo(KnowsGraph g, List<ChangeLog.Change> changes) {
		int newPeople = 0;
		for (ChangeLog.Change c : changes) {
			if (ChangeLog.Change.PERSON.equals(c.kind()) && g.indexOf(c.a()) < 0) {
				newPeople++;
			}
		}
		if (g.nodeCount() + newPeople > g.capacity()) {
			g = g.compact(headroom(g.nodeCount() + newPeople));
		}
		for (ChangeLog.Change c : changes) {
			if (ChangeLog.Change.PERSON_REMOVED.equals(c.kind())) {
				int idx = (c.a() != null) ? g.indexOf(c.a()) : -1;
				if (idx >= 0) {
					g.removePerson(idx);
				}
			}
			else {
				c.applyTo(g);
			}
		}
		return g;
	}

	/**
	 * Overlay ties past which the graph is compacted: an eighth of the base, at least
	 * 4096.
	 */
	static int compactionThreshold(KnowsGraph g) {
		return Math.max(4096, g.tieCapacity() / 8);
	}

	private void scheduleCompaction() {
		if (!this.compactionQueued) {
			this.compactionQueued = true;
			this.rebuilder.execute(() -> {
				synchronized (this.lock) {
					this.compactionQueued = false;
				}
				try {
					compactNow();
				}
				catch (RuntimeException ex) {
					log.error("Projection compaction failed; queries use the current graph", ex);
				}
			});
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
		Snapshot s = refresh(false);
		this.rebuilds.incrementAndGet();
		log.info("Projection built: {} people, {} ties, {} MiB in {} ms", s.graph().nodeCount(), s.graph().tieCount(),
				s.graph().memoryBytes() / (1024 * 1024), s.builtMillis());
		return s;
	}

	/**
	 * Folds the overlay of the published graph into a new base, from memory, keeping
	 * every person's index, and publishes it; queries go on meanwhile. Visible for tests
	 * and benchmarks.
	 * @return the snapshot published
	 */
	public Snapshot compactNow() {
		snapshot();
		Snapshot s = refresh(true);
		this.compactions.incrementAndGet();
		log.debug("Projection compacted: {} people, {} ties in {} ms", s.graph().nodeCount(), s.graph().tieCount(),
				s.builtMillis());
		return s;
	}

	/**
	 * Builds a new graph, by re-reading Neo4j or by compacting the published graph,
	 * replays onto it the changes applied while it was built, and publishes it unless a
	 * newer snapshot was published meanwhile.
	 */
	private Snapshot refresh(boolean compaction) {
		KnowsGraph from;
		long covers;
		synchronized (this.lock) {
			this.inflightStart = this.writes.get();
			this.pending.clear();
			// a re-read reflects every write committed so far; a compaction what the
			// published graph reflects
			from = compaction ? this.current.graph() : null;
			covers = compaction ? this.current.covers() : this.inflightStart;
		}
		long started = System.nanoTime();
		KnowsGraph graph;
		try {
			graph = compaction ? from.compact(Math.max(from.capacity(), headroom(from.nodeCount()))) : load();
		}
		catch (RuntimeException ex) {
			synchronized (this.lock) {
				this.inflightStart = -1;
				this.pending.clear();
			}
			throw ex;
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		synchronized (this.lock) {
			// replay what was applied meanwhile (idempotent); the graph covers those
			// writes up to the first bulk write the build may have missed
			for (Pending p : this.pending) {
				if (p.changes() != null) {
					graph = applyTo(graph, p.changes());
					if (p.seq() == covers + 1) {
						covers = p.seq();
					}
				}
			}
			this.pending.clear();
			this.inflightStart = -1;
			Snapshot previous = this.current;
			if (previous == null || previous.covers() <= covers) {
				this.current = new Snapshot(graph, covers, millis);
			}
			this.lock.notifyAll();
			return this.current;
		}
	}

	/** Person slots for {@code n} people and room to grow. */
	private static int headroom(int n) {
		return n + Math.max(64, n / 8);
	}

	private KnowsGraph load() {
		return (this.embedded != null) ? loadInProcess(this.embedded.database()) : loadOverBolt();
	}

	/**
	 * Reads people and ties straight from the embedded database's store: about ten times
	 * faster than streaming the same records over Bolt, which matters because every added
	 * tie triggers a rebuild. Same rules as {@link #loadOverBolt()}: consent defaults to
	 * open, connection visibility to {@code connections}, strength to 0.5, strengths
	 * outside (0, 1] are skipped.
	 */
	static KnowsGraph loadInProcess(GraphDatabaseService db) {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		Label person = Label.label("Person");
		RelationshipType knows = RelationshipType.withName("KNOWS");
		try (Transaction tx = db.beginTx()) {
			Map<String, Integer> index = new HashMap<>();
			try (ResourceIterator<Node> people = tx.findNodes(person)) {
				while (people.hasNext()) {
					Node node = people.next();
					Object id = node.getProperty("id", null);
					if (id instanceof String s) {
						Object open = node.getProperty("openToIntroductions", Boolean.FALSE);
						Object visibility = node.getProperty("connectionVisibility", "connections");
						index.put(node.getElementId(),
								builder.addPerson(s, Boolean.TRUE.equals(open), "private".equals(visibility)));
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
							}
						}
					}
				}
			}
			tx.commit();
		}
		return builder.build();
	}

	KnowsGraph loadOverBolt() {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		try (Session session = Cypher.readSession(this.driver)) {
			session.executeRead(tx -> {
				Result people = tx.run(Cypher.query("network/projection-people"));
				while (people.hasNext()) {
					Record r = people.next();
					builder.addPerson(r.get(0).asString(), r.get(1).asBoolean(), r.get(2).asBoolean());
				}
				Result ties = tx.run(Cypher.query("network/projection-ties"));
				while (ties.hasNext()) {
					Record r = ties.next();
					double strength = r.get(2).asDouble();
					if (strength > 0 && strength <= 1) {
						builder.addTie(r.get(0).asString(), r.get(1).asString(), strength);
					}
				}
				return null;
			});
		}
		return builder.build();
	}

	/**
	 * One published projection.
	 *
	 * @param graph the CSR graph (its path finder: {@code PathFinder.of(graph)})
	 * @param covers the write sequence number it reflects
	 * @param builtMillis how long it took to build
	 */
	public record Snapshot(KnowsGraph graph, long covers, long builtMillis) {
	}

	/**
	 * A write applied while a re-read or compaction ran; null changes for a bulk write.
	 */
	private record Pending(long seq, List<ChangeLog.Change> changes) {
	}

}
