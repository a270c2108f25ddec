package org.warmpath.projection;

import java.time.Duration;
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
 * spare slot, and the card or tie details a change carries (as its writer committed them)
 * replace the person's card or the tie's details, so answers built from memory show the
 * write too. When the overlay grows past a threshold, or the spare slots run out, the
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

	/** Timeout of the transaction that reads the whole store into the projection. */
	static final Duration LOAD_TIMEOUT = Duration.ofHours(1);

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
	 * A person was deleted (or erased); they are never an endpoint or an intermediary
	 * again, and nothing in memory holds their id or card afterwards: the card is blanked
	 * at once and the graph compacted, which leaves a removed person's slot without an
	 * id. Deletions are rare, and compaction from memory costs about a rebuild's
	 * graph-building half without the Neo4j read, so it runs in the deleting request's
	 * thread.
	 * @param personId the person
	 */
	public void personRemoved(String personId) {
		Snapshot s = this.current;
		int idx = (s != null) ? s.graph().indexOf(personId) : -1;
		apply(List.of(new ChangeLog.Change(ChangeLog.Change.PERSON_REMOVED, personId, null, null, null, null)));
		if (idx >= 0) {
			s.cards().set(idx, PersonCard.EMPTY);
			compactNow();
		}
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
			Loaded applied = applyTo(new Loaded(s.graph(), s.cards(), s.ties()), changes);
			KnowsGraph g = applied.graph();
			// this snapshot now covers the change, as long as it covered everything
			// before it
			long covers = (s.covers() == seq - 1) ? seq : s.covers();
			if (g != s.graph() || covers != s.covers()) {
				this.current = new Snapshot(g, applied.cards(), applied.ties(), covers, s.builtMillis());
			}
			if (g.overlayTieCount() > compactionThreshold(g) && this.properties.enabled()) {
				scheduleCompaction();
			}
		}
	}

	/**
	 * Applies changes to a graph and the cards and tie details they carry to the graph's
	 * (in place, idempotent, so replays are harmless), first compacting the graph to a
	 * larger capacity when the new people would not fit; its tie details then move to the
	 * compacted graph's tie numbering.
	 * @return the parts changed, or the larger graph and its details that replace them
	 */
	static Loaded applyTo(Loaded parts, List<ChangeLog.Change> changes) {
		KnowsGraph g = parts.graph();
		TieDetails ties = parts.ties();
		int newPeople = 0;
		for (ChangeLog.Change c : changes) {
			if (ChangeLog.Change.PERSON.equals(c.kind()) && g.indexOf(c.a()) < 0) {
				newPeople++;
			}
		}
		if (g.nodeCount() + newPeople > g.capacity()) {
			KnowsGraph larger = g.compact(headroom(g.nodeCount() + newPeople));
			ties = remapTies(g, larger, ties);
			g = larger;
		}
		for (ChangeLog.Change c : changes) {
			if (ChangeLog.Change.PERSON_REMOVED.equals(c.kind())) {
				int idx = (c.a() != null) ? g.indexOf(c.a()) : -1;
				if (idx >= 0) {
					g.removePerson(idx);
				}
			}
			else {
				c.applyTo(g, parts.cards(), ties);
			}
		}
		return (g == parts.graph()) ? parts : new Loaded(g, parts.cards(), ties);
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
					if (this.current != null && this.current.covers() >= this.writes.get()) {
						// a re-read that started after the write that queued this one
						// already reflects it: reading everything again would change
						// nothing
						return;
					}
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
		PersonCards fromCards;
		TieDetails fromTies;
		long covers;
		synchronized (this.lock) {
			this.inflightStart = this.writes.get();
			this.pending.clear();
			// a re-read reflects every write committed so far; a compaction what the
			// published graph reflects
			from = compaction ? this.current.graph() : null;
			fromCards = compaction ? this.current.cards() : null;
			fromTies = compaction ? this.current.ties() : null;
			covers = compaction ? this.current.covers() : this.inflightStart;
		}
		long started = System.nanoTime();
		Loaded loaded;
		try {
			loaded = compaction ? compacted(from, fromCards, fromTies) : load();
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
					loaded = applyTo(loaded, p.changes());
					if (p.seq() == covers + 1) {
						covers = p.seq();
					}
				}
			}
			this.pending.clear();
			this.inflightStart = -1;
			Snapshot previous = this.current;
			if (previous == null || previous.covers() <= covers) {
				this.current = new Snapshot(loaded.graph(), loaded.cards(), loaded.ties(), covers, millis);
			}
			if (!compaction) {
				// counted before the writer waiting for it is woken, so that it counts
				this.rebuilds.incrementAndGet();
			}
			this.lock.notifyAll();
			return this.current;
		}
	}

	/**
	 * The published graph compacted from memory, every person at the same index: the
	 * cards carry over as they are, the tie details move to the new tie numbering.
	 */
	private static Loaded compacted(KnowsGraph from, PersonCards cards, TieDetails ties) {
		KnowsGraph graph = from.compact(Math.max(from.capacity(), headroom(from.nodeCount())));
		return new Loaded(graph, cards, remapTies(from, graph, ties));
	}

	/**
	 * Tie details renumbered for a compacted graph: compaction keeps people's indices but
	 * numbers the ties afresh. O(m log n); runs where compaction does, off the query
	 * path.
	 */
	static TieDetails remapTies(KnowsGraph from, KnowsGraph to, TieDetails ties) {
		int oldTies = from.tieCapacity() + from.overlayTieCount();
		int[] target = new int[oldTies];
		java.util.Arrays.fill(target, -1);
		int newTies = to.tieCapacity() + to.overlayTieCount();
		for (int t = 0; t < newTies; t++) {
			int[] ends = to.tieEndpoints(t);
			int old = from.tieBetween(ends[0], ends[1]);
			if (old >= 0 && old < oldTies) {
				target[old] = t;
			}
		}
		return ties.permuted(target, newTies);
	}

	/** Person slots for {@code n} people and room to grow. */
	private static int headroom(int n) {
		return n + Math.max(64, n / 8);
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
	 * card's specialty, region and organisation are the first such relationship's. Reads
	 * the relationships on two threads from 50,000 people up (see
	 * {@link #loadInProcess(GraphDatabaseService, int)}).
	 */
	static Loaded loadInProcess(GraphDatabaseService db) {
		return loadInProcess(db, 0);
	}

	/** People from which the store read's second pass runs on two threads. */
	static final int PARALLEL_FROM = 50_000;

	/**
	 * The store read on {@code threads} threads (0: two from {@link #PARALLEL_FROM}
	 * people up when the machine has two cores, else one), giving the same graph, cards
	 * and tie details, at the same indices, whatever the number of threads.
	 *
	 * <p>
	 * Two passes. The first walks the Person label and reads each person's node
	 * properties (one walk of the property chain), which gives everyone their index in
	 * label-scan order. The second walks each person's relationship chain once for all
	 * the types the projection reads (KNOWS out, MENTORS both ways, SPECIALISES_IN,
	 * BASED_IN, WORKS_AT): it walked the chain five times, once per type, and the chain
	 * of a person holds their ten or twenty KNOWS ties both ways; the names of
	 * specialties, regions and organisations are read once per load and node. The second
	 * pass splits the people into contiguous index ranges, one per thread and each in a
	 * transaction of its own (a read at start-up or after a bulk write, whose missed
	 * writes are replayed as for one read); each range keeps its ties in read order, and
	 * the ranges are handed to the builder in index order, so the builder sees the ties
	 * in the order one thread reads them.
	 * @param db the embedded database
	 * @param threads threads for the second pass, 0 to choose
	 * @return what it read
	 */
	static Loaded loadInProcess(GraphDatabaseService db, int threads) {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		Label person = Label.label("Person");
		List<PersonCard> cards = new ArrayList<>();
		// person index by the store's node id: no element-id string built and hashed
		// per person and per tie end (20 million of them at a million people)
		NodeIndex index = new NodeIndex();
		long[] nodeIds = new long[1024];
		int people = 0;
		// one read of the whole store: at a million people and ten million ties it takes
		// longer than the per-transaction timeout meant for requests (30 s by default),
		// which made the app fail to start at that size
		try (Transaction tx = db.beginTx(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			try (ResourceIterator<Node> nodes = tx.findNodes(person)) {
				while (nodes.hasNext()) {
					Node node = nodes.next();
					// one walk of the node's property chain for all of them
					Map<String, Object> p = node.getProperties(PERSON_PROPERTIES);
					if (p.get("id") instanceof String s) {
						Object visibility = p.getOrDefault("connectionVisibility", "connections");
						int idx = builder.addPerson(s, Boolean.TRUE.equals(p.get("openToIntroductions")),
								"private".equals(visibility));
						index.put(node.getId(), idx);
						while (cards.size() <= idx) {
							cards.add(null);
						}
						// the relationships' part of the card comes in the second pass
						cards.set(idx, card(p));
						if (idx >= nodeIds.length) {
							nodeIds = java.util.Arrays.copyOf(nodeIds, Math.max(idx + 1, nodeIds.length * 2));
						}
						nodeIds[idx] = node.getId();
						people = Math.max(people, idx + 1);
					}
				}
			}
			tx.commit();
		}
		int n = people;
		int parts = (threads > 0) ? threads
				: (n >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() >= 2) ? 2 : 1;
		RangeRead[] ranges = new RangeRead[parts];
		for (int i = 0; i < parts; i++) {
			ranges[i] = new RangeRead(db, person, index, nodeIds, cards, (int) ((long) n * i / parts),
					(int) ((long) n * (i + 1) / parts));
		}
		if (parts == 1) {
			ranges[0].run();
		}
		else {
			Thread[] workers = new Thread[parts - 1];
			for (int i = 1; i < parts; i++) {
				workers[i - 1] = new Thread(ranges[i], "projection-store-read-" + i);
				workers[i - 1].setDaemon(true);
				workers[i - 1].start();
			}
			ranges[0].run();
			try {
				for (Thread w : workers) {
					w.join();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while reading the store", ex);
			}
		}
		LoadedTies loadedTies = new LoadedTies();
		for (RangeRead range : ranges) {
			if (range.failure != null) {
				throw (range.failure instanceof RuntimeException ex) ? ex : new IllegalStateException(range.failure);
			}
			for (int t = 0; t < range.ties; t++) {
				int a = range.ends[2 * t];
				int b = range.ends[2 * t + 1];
				TieDetail detail = range.details.get(t);
				builder.addTie(a, b, detail.strength());
				loadedTies.add(a, b, detail);
			}
			range.details = null;
		}
		KnowsGraph graph = builder.build();
		return new Loaded(graph, cards(cards), loadedTies.index(graph));
	}

	/**
	 * The second pass of the store read for people {@code [from, to)}: completes their
	 * cards (in place: each range writes only its own slots) and keeps their ties, with
	 * their details, in read order.
	 */
	private static final class RangeRead implements Runnable {

		private final GraphDatabaseService db;

		private final Label person;

		private final NodeIndex index;

		private final long[] nodeIds;

		private final List<PersonCard> cards;

		private final int from;

		private final int to;

		/** Names of specialty, region and organisation nodes by store node id. */
		private final Map<Long, Object> names = new HashMap<>();

		int[] ends = new int[1024];

		List<TieDetail> details = new ArrayList<>();

		int ties;

		Throwable failure;

		RangeRead(GraphDatabaseService db, Label person, NodeIndex index, long[] nodeIds, List<PersonCard> cards,
				int from, int to) {
			this.db = db;
			this.person = person;
			this.index = index;
			this.nodeIds = nodeIds;
			this.cards = cards;
			this.from = from;
			this.to = to;
		}

		@Override
		public void run() {
			try (Transaction tx = this.db.beginTx(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				for (int a = this.from; a < this.to; a++) {
					PersonCard partial = this.cards.get(a);
					if (partial == null) {
						continue;
					}
					read(tx.getNodeById(this.nodeIds[a]), a, partial);
				}
				tx.commit();
			}
			catch (Throwable ex) {
				this.failure = ex;
			}
		}

		private void read(Node node, int a, PersonCard partial) {
			long self = node.getId();
			int activeMentees = 0;
			boolean mentee = false;
			String specialty = null;
			String region = null;
			String organisation = null;
			try (ResourceIterable<Relationship> rels = node.getRelationships(Direction.BOTH, CARD_AND_TIE_TYPES)) {
				for (Relationship r : rels) {
					boolean out = r.getStartNodeId() == self;
					switch (r.getType().name()) {
						case "KNOWS" -> {
							if (out) {
								tie(a, r);
							}
						}
						case "MENTORS" -> {
							if ("ACTIVE".equals(r.getProperty("status", null))
									&& r.getOtherNode(node).hasLabel(this.person)) {
								if (out) {
									activeMentees++;
								}
								else {
									mentee = true;
								}
							}
						}
						case "SPECIALISES_IN" -> {
							if (out && specialty == null) {
								specialty = name(r);
							}
						}
						case "BASED_IN" -> {
							if (out && region == null) {
								region = name(r);
							}
						}
						default -> {
							if (out && organisation == null) {
								organisation = name(r);
							}
						}
					}
				}
			}
			this.cards.set(a,
					new PersonCard(partial.name(), partial.headline(), partial.grade(), partial.seniority(), specialty,
							region, organisation, partial.openToMentoring(), partial.mentorCapacity(), activeMentees,
							mentee));
		}

		private void tie(int a, Relationship tie) {
			int b = this.index.get(tie.getEndNodeId());
			if (b < 0) {
				return;
			}
			Map<String, Object> p = tie.getProperties(TIE_PROPERTIES);
			Object strength = p.get("strength");
			double value = (strength instanceof Number n) ? n.doubleValue() : 0.5;
			if (value > 0 && value <= 1) {
				if (2 * this.ties + 1 >= this.ends.length) {
					this.ends = java.util.Arrays.copyOf(this.ends, this.ends.length * 2);
				}
				this.ends[2 * this.ties] = a;
				this.ends[2 * this.ties + 1] = b;
				Object since = p.get("since");
				this.details.add(new TieDetail(text(p.get("context")), (since == null) ? null : since.toString(),
						text(p.get("source")), value));
				this.ties++;
			}
		}

		/** The name of the node a relationship leads to, read once per node. */
		private String name(Relationship r) {
			Object name = this.names.computeIfAbsent(r.getEndNodeId(), (id) -> {
				Object value = r.getEndNode().getProperty("name", null);
				return (value != null) ? text(value) : NO_NAME;
			});
			return (name == NO_NAME) ? null : (String) name;
		}

	}

	private static final Object NO_NAME = new Object();

	private static final String[] PERSON_PROPERTIES = { "id", "openToIntroductions", "connectionVisibility", "name",
			"headline", "grade", "seniority", "mentorCapacity", "openToMentoring" };

	private static final String[] TIE_PROPERTIES = { "strength", "since", "context", "source" };

	/**
	 * A person's card from their node's properties, without what the relationships give
	 * (specialty, region, organisation, ACTIVE mentoring): the store read's second pass
	 * fills those, as {@code network/projection-people} reads them over Bolt.
	 */
	private static PersonCard card(Map<String, Object> p) {
		Object seniority = p.get("seniority");
		Object capacity = p.get("mentorCapacity");
		return new PersonCard(text(p.get("name")), text(p.get("headline")), text(p.get("grade")),
				(seniority instanceof Number n) ? n.intValue() : null, null, null, null,
				Boolean.TRUE.equals(p.get("openToMentoring")), (capacity instanceof Number n) ? n.intValue() : 0, 0,
				false);
	}

	/**
	 * Person index by the store's node id, as a growing array (the importer and the store
	 * hand out dense node ids); -1 for a node that is not a person with an id.
	 */
	private static final class NodeIndex {

		private int[] slots = new int[1024];

		void put(long nodeId, int idx) {
			if (nodeId >= this.slots.length) {
				int old = this.slots.length;
				// the new slots are 0: no person
				this.slots = java.util.Arrays.copyOf(this.slots,
						(int) Math.min(Integer.MAX_VALUE - 8, Math.max(nodeId + 1, old * 2L)));
			}
			this.slots[(int) nodeId] = idx + 1;
		}

		int get(long nodeId) {
			return (nodeId < this.slots.length) ? this.slots[(int) nodeId] - 1 : -1;
		}

	}

	private static final RelationshipType[] CARD_AND_TIE_TYPES = { RelationshipType.withName("KNOWS"),
			RelationshipType.withName("MENTORS"), RelationshipType.withName("SPECIALISES_IN"),
			RelationshipType.withName("BASED_IN"), RelationshipType.withName("WORKS_AT") };

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
					cards.set(idx, PersonCard.of(r));
				}
				Result ties = tx.run(Cypher.query("network/projection-ties"));
				while (ties.hasNext()) {
					Record r = ties.next();
					double strength = r.get("strength").asDouble();
					if (strength > 0 && strength <= 1) {
						int a = index.get(r.get("a").asString());
						int b = index.get(r.get("b").asString());
						builder.addTie(a, b, strength);
						loadedTies.add(a, b, TieDetail.of(r));
					}
				}
				return null;
			}, org.neo4j.driver.TransactionConfig.builder().withTimeout(LOAD_TIMEOUT).build());
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
	 * What one load read, or the parts of a snapshot that changes apply to: the graph
	 * with its cards and tie details, indexed alike.
	 */
	record Loaded(KnowsGraph graph, PersonCards cards, TieDetails ties) {
	}

	/**
	 * A write applied while a re-read or compaction ran; null changes for a bulk write.
	 */
	private record Pending(long seq, List<ChangeLog.Change> changes) {
	}

}
