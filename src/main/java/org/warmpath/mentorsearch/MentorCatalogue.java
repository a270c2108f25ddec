package org.warmpath.mentorsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.concurrent.TimeUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
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
import org.warmpath.mentorships.MentorshipChanged;
import org.warmpath.people.ProgrammeMembershipChanged;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.PersonCard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What mentor fit is scored on, for everyone, held in memory as primitive arrays (one row
 * per person; specialty, region and skills as interned codes), with each mentor's
 * capacity, capacity used and whom they mentor now, and everyone's programme memberships
 * (the programme pools: interned programme codes per row), so a recommendation makes no
 * Neo4j read at all.
 *
 * <p>
 * Why: reading 16,000 candidates from Neo4j took about 750 ms per recommendation at 100k
 * people, and even the one live check of the few returned (still open, capacity left, not
 * already this mentee's mentor) cost a Bolt round trip per answer. Everything that check
 * read now follows the writes in place: a write that changes a person carries their card
 * as committed ({@link ChangeLog.Change#card()}, with skills and past mentees), which
 * replaces their row here (a new person takes a new row), and a mentorship that starts or
 * ends publishes {@link MentorshipChanged}, and a membership changed through the
 * programmes API publishes {@link ProgrammeMembershipChanged}. A person's card does not
 * carry their memberships, so after a write that changes people's cards their memberships
 * alone are read again, in the writer's thread (one small read; an edit of a person may
 * name programmes). Neo4j is read whole only at start-up and after writes that do not
 * name what they changed (imports, deletions, erasure), in the writer's thread, while
 * recommendations go on with the previous table. Writes that change ties only leave the
 * catalogue alone.
 *
 * <p>
 * Threads: writers (event listeners) are serialised on this object; recommendations read
 * without a lock. A row is changed field by field in place, so a recommendation running
 * at the same moment may see a mix of a person's old and new attributes for that one
 * answer; every write ends by publishing {@link Table#available} (a volatile write), so a
 * recommendation that starts after a write has returned sees all of it.
 */
@Component
class MentorCatalogue {

	private static final Logger log = LoggerFactory.getLogger(MentorCatalogue.class);

	/**
	 * Timeout of the transaction that reads everyone into the catalogue: at a million
	 * people it takes longer than the per-transaction timeout meant for requests.
	 */
	static final Duration LOAD_TIMEOUT = Duration.ofHours(1);

	private final Driver driver;

	/** The in-process database, or null when the app talks to a server. */
	private final EmbeddedNeo4j embedded;

	private volatile Table current;

	private final AtomicLong loads = new AtomicLong();

	MentorCatalogue(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.embedded = embedded.getIfAvailable();
	}

	@EventListener
	void graphChanged(GraphChanged event) {
		if (event.tiesOnly()) {
			return;
		}
		synchronized (this) {
			Table t = this.current;
			if (t == null) {
				// not loaded yet: the first load reads the committed write
				return;
			}
			boolean reload = event.changes() == null;
			Set<String> carded = new HashSet<>();
			if (!reload) {
				for (ChangeLog.Change c : event.changes()) {
					if (c.tiesOnly()) {
						continue;
					}
					if (c.card() != null && c.a() != null) {
						t = t.put(c.a(), c.card());
						carded.add(c.a());
					}
					else {
						// an unnamed change (a deletion, an erasure)
						reload = true;
					}
				}
			}
			if (reload) {
				// a bulk write (an import) or an unnamed change: read everything again
				// now,
				// in the writer's thread as the projection does, so no recommendation
				// reads
				t = load();
			}
			else if (!carded.isEmpty()) {
				// cards carry no memberships: read those people's again
				for (Record r : Cypher.read(this.driver, "mentorsearch/memberships",
						Map.of("ids", List.copyOf(carded)))) {
					t.memberships(r.get("id").asString(), r.get("programmes"));
				}
			}
			this.current = t;
			t.publish();
		}
	}

	/**
	 * Applies a membership the programmes API changed, in place. A programme the
	 * catalogue has not seen yet (created after the load) has its name read once, here in
	 * the writer's thread. A person the catalogue does not hold yet is left alone: the
	 * write that adds them brings their memberships with it.
	 */
	@EventListener
	synchronized void programmeMembershipChanged(ProgrammeMembershipChanged event) {
		Table t = this.current;
		if (t == null || t.row(event.personId()) < 0) {
			return;
		}
		String name = null;
		if (event.member() && t.programmeCode(event.programmeId()) < 0) {
			List<Record> found = Cypher.read(this.driver, "mentorsearch/programme", Map.of("id", event.programmeId()));
			if (found.isEmpty()) {
				return;
			}
			name = found.get(0).get("name").asString(null);
		}
		t.member(event.personId(), event.programmeId(), name, event.member(), event.as());
		t.publish();
	}

	@EventListener
	synchronized void mentorshipChanged(MentorshipChanged event) {
		Table t = this.current;
		if (t != null) {
			t.mentoring(event.mentor(), event.mentee(), event.active());
			t.publish();
		}
	}

	/**
	 * The catalogue; read from Neo4j only on first use (start-up warms it), never again
	 * on the read path: writes keep it current (see {@link #graphChanged}).
	 */
	Table table() {
		Table t = this.current;
		if (t == null) {
			synchronized (this) {
				t = this.current;
				if (t == null) {
					t = load();
					this.current = t;
				}
			}
		}
		return t;
	}

	/** How many times the catalogue was read from Neo4j (tests). */
	long loads() {
		return this.loads.get();
	}

	/** Everyone open to mentoring, as records (tests; scoring reads the arrays). */
	List<Mentor> mentors() {
		return table().mentors();
	}

	private Table load() {
		long started = System.nanoTime();
		Table t = (this.embedded != null) ? tableInProcess(this.embedded.database())
				: new Table(readOverBolt().stream().map(Row::of).toList());
		this.loads.incrementAndGet();
		log.info("Mentor catalogue: {} people, {} with capacity left, in {} ms ({})", t.size, t.available.length,
				(System.nanoTime() - started) / 1_000_000, (this.embedded != null) ? "in process" : "over Bolt");
		return t;
	}

	/** The catalogue read straight from the embedded store (start-up, benchmarks). */
	static Table tableInProcess(GraphDatabaseService db) {
		return new Table(readInProcess(db));
	}

	/** The catalogue's rows as {@code mentorsearch/catalogue} returns them, over Bolt. */
	List<Record> readOverBolt() {
		return Cypher.readWhole(this.driver, "mentorsearch/catalogue", Map.of());
	}

	private static final Label PERSON = Label.label("Person");

	private static final Label SPECIALTY = Label.label("Specialty");

	private static final Label REGION = Label.label("Region");

	private static final Label SKILL = Label.label("Skill");

	private static final Label PROGRAMME = Label.label("Programme");

	private static final RelationshipType SPECIALISES_IN = RelationshipType.withName("SPECIALISES_IN");

	private static final RelationshipType BASED_IN = RelationshipType.withName("BASED_IN");

	private static final RelationshipType HAS_SKILL = RelationshipType.withName("HAS_SKILL");

	private static final RelationshipType MENTORS = RelationshipType.withName("MENTORS");

	private static final RelationshipType MEMBER_OF = RelationshipType.withName("MEMBER_OF");

	private static final RelationshipType[] ROW_TYPES = { SPECIALISES_IN, BASED_IN, HAS_SKILL, MENTORS, MEMBER_OF };

	private static final String[] ROW_PROPERTIES = { "id", "seniority", "openToMentoring", "mentoringPaused",
			"mentorCapacity" };

	/**
	 * The same rows as {@code mentorsearch/catalogue}, read straight from the embedded
	 * database's store with its transaction API, in the same order (the label scan).
	 *
	 * <p>
	 * Why: at a million people the query over Bolt took 66 s at start-up (one row per
	 * person, each with a few one-hop subqueries, serialised and parsed again in the same
	 * JVM); the store read skips the planner, Bolt and the per-row parsing. It then took
	 * 56 s, most of it walking each person's relationship chain (ten or twenty KNOWS ties
	 * among a few others) once per relationship type, five times, and reading the same
	 * few hundred specialty, region, skill and programme nodes' names again for every
	 * person: now each person's chain is walked once for all five types, their node
	 * properties are read in one walk of the property chain, and the shared nodes' names
	 * are read once per load (by store node id). The rules are the query's, one by one:
	 * specialty and region are the first non-null name of such a node (in chain order,
	 * which a walk for several types keeps within each type), skills the distinct
	 * non-null names in order, open means {@code openToMentoring = true} and
	 * {@code mentoringPaused} false or absent, counts only for those open.
	 * MentorCatalogueTests holds the two reads to each other.
	 */
	static List<Row> readInProcess(GraphDatabaseService db) {
		List<Row> rows = new ArrayList<>();
		Map<Label, Map<Long, Object>> names = new HashMap<>();
		Map<Long, Membership> programmeNodes = new HashMap<>();
		try (Transaction tx = db.beginTx(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			try (ResourceIterator<Node> people = tx.findNodes(PERSON)) {
				while (people.hasNext()) {
					rows.add(row(people.next(), names, programmeNodes));
				}
			}
			tx.commit();
		}
		return rows;
	}

	/** What stands for a MEMBER_OF to a node that is not a programme in the cache. */
	private static final Membership NOT_A_PROGRAMME = new Membership(null, null, null);

	/** What stands for "no such node or no name" in the per-load name cache. */
	private static final Object NONE = new Object();

	private static Row row(Node m, Map<Label, Map<Long, Object>> names, Map<Long, Membership> programmeNodes) {
		Map<String, Object> p = m.getProperties(ROW_PROPERTIES);
		String specialty = null;
		String region = null;
		Set<String> skills = null;
		int active = 0;
		int before = 0;
		List<String> mentees = List.of();
		List<Membership> programmes = List.of();
		try (ResourceIterable<Relationship> rels = m.getRelationships(Direction.OUTGOING, ROW_TYPES)) {
			for (Relationship r : rels) {
				String type = r.getType().name();
				switch (type) {
					case "SPECIALISES_IN" -> {
						if (specialty == null) {
							specialty = name(r, SPECIALTY, names);
						}
					}
					case "BASED_IN" -> {
						if (region == null) {
							region = name(r, REGION, names);
						}
					}
					case "HAS_SKILL" -> {
						String name = name(r, SKILL, names);
						if (name != null) {
							if (skills == null) {
								skills = new LinkedHashSet<>();
							}
							skills.add(name);
						}
					}
					case "MENTORS" -> {
						Node e = r.getEndNode();
						if (e.hasLabel(PERSON)) {
							Object status = r.getProperty("status", null);
							if ("ACTIVE".equals(status)) {
								active++;
								before++;
								if (mentees.isEmpty()) {
									mentees = new ArrayList<>(2);
								}
								mentees.add((String) e.getProperty("id", null));
							}
							else if ("ENDED".equals(status)) {
								before++;
							}
						}
					}
					default -> {
						Membership programme = programmeNodes.computeIfAbsent(r.getEndNodeId(), (id) -> {
							Node n = r.getEndNode();
							return n.hasLabel(PROGRAMME) ? new Membership((String) n.getProperty("id", null),
									(String) n.getProperty("name", null), null) : NOT_A_PROGRAMME;
						});
						if (programme != NOT_A_PROGRAMME) {
							if (programmes.isEmpty()) {
								programmes = new ArrayList<>(2);
							}
							programmes.add(new Membership(programme.id(), programme.name(),
									(String) r.getProperty("as", null)));
						}
					}
				}
			}
		}
		boolean open = Boolean.TRUE.equals(p.get("openToMentoring"))
				&& Boolean.FALSE.equals(p.getOrDefault("mentoringPaused", Boolean.FALSE));
		Object capacity = p.get("mentorCapacity");
		Object seniority = p.get("seniority");
		return new Row((String) p.get("id"), (seniority instanceof Number n) ? n.intValue() : null, specialty, region,
				(skills == null) ? List.of() : List.copyOf(skills), open,
				open ? ((capacity instanceof Number n) ? n.intValue() : 0) : 0, open ? active : 0, open ? before : 0,
				mentees, programmes);
	}

	/**
	 * The name of the node a relationship leads to when it has {@code label}, read once
	 * per load, label and node (per label: whether a node counts depends on the label
	 * asked for).
	 */
	private static String name(Relationship r, Label label, Map<Label, Map<Long, Object>> names) {
		Object name = names.computeIfAbsent(label, (l) -> new HashMap<>()).computeIfAbsent(r.getEndNodeId(), (id) -> {
			Node n = r.getEndNode();
			Object value = n.hasLabel(label) ? n.getProperty("name", null) : null;
			return (value != null) ? value : NONE;
		});
		return (name == NONE) ? null : (String) name;
	}

	/**
	 * One person's row of the catalogue as either read gives it.
	 *
	 * @param id person id
	 * @param seniority grade ordinal, or null
	 * @param specialty first specialty's name as written, or null
	 * @param region first region's name as written, or null
	 * @param skills distinct skill names as written, in order
	 * @param open open to mentoring and not paused
	 * @param capacity most mentees at once; 0 unless open
	 * @param active ACTIVE mentees; 0 unless open
	 * @param menteesBefore ACTIVE or ENDED mentees; 0 unless open
	 * @param mentees ids of the ACTIVE mentees
	 * @param programmes programme memberships
	 */
	record Row(String id, Integer seniority, String specialty, String region, List<String> skills, boolean open,
			int capacity, int active, int menteesBefore, List<String> mentees, List<Membership> programmes) {

		/**
		 * A row of {@code mentorsearch/catalogue} (over Bolt).
		 * @param row the query's row
		 * @return the row
		 */
		static Row of(MapAccessor row) {
			return new Row(row.get("id").asString(),
					row.get("seniority").isNull() ? null : row.get("seniority").asInt(),
					row.get("specialty").asString(null), row.get("region").asString(null),
					row.get("skills").asList(Value::asString), row.get("open").asBoolean(false),
					row.get("capacity").asInt(), row.get("active").asInt(), row.get("menteesBefore").asInt(),
					row.get("mentees").asList(Value::asString), memberships(row.get("programmes")));
		}

	}

	/**
	 * One programme membership: the programme's id and name, and the member's part in it.
	 *
	 * @param id programme id
	 * @param name programme name, or null
	 * @param as the member's part ({@code mentee}, ...), or null
	 */
	record Membership(String id, String name, String as) {

	}

	/** Memberships as {@code {id, name, as}} maps in a query's row. */
	static List<Membership> memberships(Value programmes) {
		if (programmes == null || programmes.isNull()) {
			return List.of();
		}
		return programmes.asList((m) -> new Membership(m.get("id").asString(null), m.get("name").asString(null),
				m.get("as").asString(null)));
	}

	static String lower(String s) {
		return (s == null) ? null : s.toLowerCase(Locale.ROOT);
	}

	/**
	 * The catalogue's rows: row {@code r} is one person; codes index
	 * {@link #specialties}, {@link #regions} and {@link #skillNames} (-1: none). Changed
	 * in place by the catalogue's writers; replaced by a larger copy when new people
	 * outgrow its arrays.
	 */
	static final class Table {

		/** Rows in use; rows are only ever added. */
		volatile int size;

		final String[] ids;

		/** Grade ordinal, {@link #NO_SENIORITY} when unknown. */
		final int[] seniority;

		final int[] specialty;

		final int[] region;

		/** Skill codes of each row, distinct. */
		final int[][] skills;

		final boolean[] open;

		/** Most mentees at once; 0 unless open to mentoring. */
		final int[] capacity;

		/** ACTIVE mentees now; 0 unless open to mentoring. */
		final int[] active;

		/** Mentees ever (ACTIVE or ENDED); 0 unless open to mentoring. */
		final int[] menteesBefore;

		/**
		 * Programme memberships of each row: {@code code << 1 | asMentee}, where
		 * {@code code} indexes {@link #programmeIds} and {@code asMentee} is 1 for a
		 * membership as a mentee (which puts the person in the programme's pool as a
		 * mentee only, never as one of its mentors). Replaced whole (never changed in
		 * place), so a reader sees one version of a row's memberships.
		 */
		final int[][] programmes;

		/**
		 * Rows open to mentoring with capacity left, in row order; republished (a
		 * volatile write) at the end of every write.
		 */
		volatile int[] available;

		final List<String> specialties;

		final List<String> regions;

		final List<String> skillNames;

		/** Programme ids by code. */
		final List<String> programmeIds;

		/** Programme names by code (a later read of the same programme updates it). */
		final List<String> programmeNames;

		private final Map<String, Integer> programmeCodeOf;

		private final Map<String, Integer> specialtyCodes;

		private final Map<String, Integer> regionCodes;

		private final Map<String, Integer> skillCodeOf;

		private final Map<String, Integer> rowOf;

		/** Mentee id to the ids of the people who mentor them now (ACTIVE). */
		private final Map<String, Set<String>> mentorsOf;

		static final int NO_SENIORITY = Integer.MIN_VALUE;

		private static final int[] NO_SKILLS = {};

		private static final int[] NO_PROGRAMMES = {};

		Table(List<Row> rows) {
			this(rows.size() + Math.max(64, rows.size() / 16), new CopyOnWriteArrayList<>(),
					new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new ConcurrentHashMap<>(),
					new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(rows.size() * 2),
					new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(),
					new ConcurrentHashMap<>());
			int n = rows.size();
			for (int r = 0; r < n; r++) {
				Row row = rows.get(r);
				this.ids[r] = row.id();
				this.rowOf.put(this.ids[r], r);
				this.seniority[r] = (row.seniority() == null) ? NO_SENIORITY : row.seniority();
				this.specialty[r] = code(lower(row.specialty()), this.specialtyCodes, this.specialties);
				this.region[r] = code(lower(row.region()), this.regionCodes, this.regions);
				this.skills[r] = row.skills().isEmpty() ? NO_SKILLS : skillCodes(row.skills());
				this.open[r] = row.open();
				this.capacity[r] = row.capacity();
				this.active[r] = row.active();
				this.menteesBefore[r] = row.menteesBefore();
				for (String mentee : row.mentees()) {
					this.mentorsOf.merge(mentee, Set.of(this.ids[r]), Table::union);
				}
				this.programmes[r] = programmeCodes(row.programmes());
			}
			this.size = n;
			this.available = availableRows();
		}

		private Table(int capacity, List<String> specialties, List<String> regions, List<String> skillNames,
				Map<String, Integer> specialtyCodes, Map<String, Integer> regionCodes, Map<String, Integer> skillCodeOf,
				Map<String, Integer> rowOf, Map<String, Set<String>> mentorsOf, List<String> programmeIds,
				List<String> programmeNames, Map<String, Integer> programmeCodeOf) {
			this.ids = new String[capacity];
			this.seniority = new int[capacity];
			this.specialty = new int[capacity];
			this.region = new int[capacity];
			this.skills = new int[capacity][];
			this.open = new boolean[capacity];
			this.capacity = new int[capacity];
			this.active = new int[capacity];
			this.menteesBefore = new int[capacity];
			this.programmes = new int[capacity][];
			this.programmeIds = programmeIds;
			this.programmeNames = programmeNames;
			this.programmeCodeOf = programmeCodeOf;
			this.specialties = specialties;
			this.regions = regions;
			this.skillNames = skillNames;
			this.specialtyCodes = specialtyCodes;
			this.regionCodes = regionCodes;
			this.skillCodeOf = skillCodeOf;
			this.rowOf = rowOf;
			this.mentorsOf = mentorsOf;
		}

		/** A copy with room for more rows, sharing the dictionaries. */
		private Table grown() {
			int n = this.size;
			Table t = new Table(n + Math.max(64, n / 2), this.specialties, this.regions, this.skillNames,
					this.specialtyCodes, this.regionCodes, this.skillCodeOf, this.rowOf, this.mentorsOf,
					this.programmeIds, this.programmeNames, this.programmeCodeOf);
			System.arraycopy(this.ids, 0, t.ids, 0, n);
			System.arraycopy(this.seniority, 0, t.seniority, 0, n);
			System.arraycopy(this.specialty, 0, t.specialty, 0, n);
			System.arraycopy(this.region, 0, t.region, 0, n);
			System.arraycopy(this.skills, 0, t.skills, 0, n);
			System.arraycopy(this.open, 0, t.open, 0, n);
			System.arraycopy(this.capacity, 0, t.capacity, 0, n);
			System.arraycopy(this.active, 0, t.active, 0, n);
			System.arraycopy(this.menteesBefore, 0, t.menteesBefore, 0, n);
			System.arraycopy(this.programmes, 0, t.programmes, 0, n);
			t.size = n;
			return t;
		}

		/**
		 * Replaces (or adds) a person's row from their card as a write committed it; the
		 * table to use from now on (this one, or a larger copy when a new person did not
		 * fit). Writers only.
		 */
		Table put(String id, PersonCard card) {
			Table t = this;
			Integer at = this.rowOf.get(id);
			int r;
			if (at != null) {
				r = at;
			}
			else {
				if (this.size == this.ids.length) {
					t = grown();
				}
				r = t.size;
				t.ids[r] = id;
				t.skills[r] = NO_SKILLS;
				t.programmes[r] = NO_PROGRAMMES;
			}
			t.seniority[r] = (card.seniority() != null) ? card.seniority() : NO_SENIORITY;
			t.specialty[r] = code(lower(card.specialty()), this.specialtyCodes, this.specialties);
			t.region[r] = code(lower(card.region()), this.regionCodes, this.regions);
			if (card.skills() != null) {
				t.skills[r] = skillCodes(card.skills());
			}
			boolean open = card.openToMentoring();
			t.open[r] = open;
			t.capacity[r] = open ? card.mentorCapacity() : 0;
			t.active[r] = open ? card.activeMentees() : 0;
			if (!open) {
				t.menteesBefore[r] = 0;
			}
			else if (card.menteesBefore() != null) {
				t.menteesBefore[r] = card.menteesBefore();
			}
			if (at == null) {
				t.size = r + 1;
				this.rowOf.put(id, r);
			}
			return t;
		}

		/**
		 * Replaces a person's memberships with those read from Neo4j (a list of
		 * {@code {id, name, as}}). Writers only.
		 */
		void memberships(String id, Value programmes) {
			int r = row(id);
			if (r >= 0) {
				this.programmes[r] = programmeCodes(MentorCatalogue.memberships(programmes));
			}
		}

		/**
		 * Adds or removes one membership of a person. Writers only.
		 * @param id the person
		 * @param programmeId the programme
		 * @param name its name when the catalogue does not know the programme yet
		 * @param member whether they belong to it now
		 * @param as their part in it, or null
		 */
		void member(String id, String programmeId, String name, boolean member, String as) {
			int r = row(id);
			if (r < 0) {
				return;
			}
			int[] old = this.programmes[r];
			int code = member ? programmeCode(programmeId, name) : programmeCode(programmeId);
			if (code < 0) {
				return;
			}
			int[] next = new int[old.length + 1];
			int count = 0;
			for (int m : old) {
				if (m >>> 1 != code) {
					next[count++] = m;
				}
			}
			if (member) {
				next[count++] = membership(code, as);
			}
			this.programmes[r] = Arrays.copyOf(next, count);
		}

		private int[] programmeCodes(List<Membership> memberships) {
			if (memberships.isEmpty()) {
				return NO_PROGRAMMES;
			}
			int[] out = new int[memberships.size()];
			int count = 0;
			for (Membership m : memberships) {
				int code = programmeCode(m.id(), m.name());
				boolean seen = false;
				for (int i = 0; i < count && !seen; i++) {
					seen = out[i] >>> 1 == code;
				}
				if (!seen) {
					out[count++] = membership(code, m.as());
				}
			}
			return (count == out.length) ? out : Arrays.copyOf(out, count);
		}

		private static int membership(int code, String as) {
			return code << 1 | ("mentee".equalsIgnoreCase(as) ? 1 : 0);
		}

		/** The code of a programme, adding it (or updating its name). Writers only. */
		private int programmeCode(String id, String name) {
			Integer c = this.programmeCodeOf.get(id);
			if (c == null) {
				c = this.programmeIds.size();
				this.programmeNames.add((name != null) ? name : id);
				this.programmeIds.add(id);
				this.programmeCodeOf.put(id, c);
			}
			else if (name != null && !name.equals(this.programmeNames.get(c))) {
				this.programmeNames.set(c, name);
			}
			return c;
		}

		/** The code of a programme, -1 when no one the catalogue holds belongs to it. */
		int programmeCode(String id) {
			Integer c = this.programmeCodeOf.get(id);
			return (c != null) ? c : -1;
		}

		/** Records that a mentorship started or ended. Writers only. */
		void mentoring(String mentor, String mentee, boolean active) {
			if (active) {
				this.mentorsOf.merge(mentee, Set.of(mentor), Table::union);
			}
			else {
				this.mentorsOf.computeIfPresent(mentee, (k, mentors) -> {
					Set<String> left = new HashSet<>(mentors);
					left.remove(mentor);
					return left.isEmpty() ? null : Set.copyOf(left);
				});
			}
		}

		/** Ends a write: recomputes and publishes the rows with capacity left. */
		void publish() {
			this.available = availableRows();
		}

		private int[] availableRows() {
			int n = this.size;
			int[] out = new int[n];
			int count = 0;
			for (int r = 0; r < n; r++) {
				if (this.open[r] && this.capacity[r] - this.active[r] > 0) {
					out[count++] = r;
				}
			}
			return Arrays.copyOf(out, count);
		}

		/** Who mentors {@code mentee} now (ACTIVE); empty for nobody. */
		Set<String> mentorsOf(String mentee) {
			Set<String> mentors = this.mentorsOf.get(mentee);
			return (mentors != null) ? mentors : Set.of();
		}

		/** Whether {@code mentor} mentors {@code mentee} now (ACTIVE). */
		boolean mentors(String mentor, String mentee) {
			Set<String> mentors = this.mentorsOf.get(mentee);
			return mentors != null && mentors.contains(mentor);
		}

		private static Set<String> union(Set<String> a, Set<String> b) {
			Set<String> u = new HashSet<>(a);
			u.addAll(b);
			return Set.copyOf(u);
		}

		private int[] skillCodes(List<String> names) {
			int[] out = new int[names.size()];
			int count = 0;
			for (String name : names) {
				int c = code(name.toLowerCase(Locale.ROOT), this.skillCodeOf, this.skillNames);
				boolean seen = false;
				for (int i = 0; i < count && !seen; i++) {
					seen = out[i] == c;
				}
				if (!seen) {
					out[count++] = c;
				}
			}
			return (count == out.length) ? out : Arrays.copyOf(out, count);
		}

		/**
		 * The code of a name, adding it: the name list grows before the code is
		 * published, so a reader that finds the code finds its name.
		 */
		private static int code(String name, Map<String, Integer> codes, List<String> names) {
			if (name == null) {
				return -1;
			}
			Integer c = codes.get(name);
			if (c == null) {
				c = names.size();
				names.add(name);
				codes.put(name, c);
			}
			return c;
		}

		/** Row of a person, or -1 when the catalogue does not hold them. */
		int row(String id) {
			Integer r = this.rowOf.get(id);
			return (r != null) ? r : -1;
		}

		int specialtyCode(String lowerName) {
			return codeOf(lowerName, this.specialtyCodes);
		}

		int regionCode(String lowerName) {
			return codeOf(lowerName, this.regionCodes);
		}

		/** Code of a lower-case skill, negative when nobody has it. */
		int skillCode(String lowerName) {
			return codeOf(lowerName, this.skillCodeOf);
		}

		/**
		 * The code of a name; for no name -2 and for a name nobody has -3, so neither
		 * matches a row without one (-1).
		 */
		private static int codeOf(String lowerName, Map<String, Integer> codes) {
			if (lowerName == null) {
				return -2;
			}
			Integer c = codes.get(lowerName);
			return (c != null) ? c : -3;
		}

		Integer seniorityOf(int r) {
			return (this.seniority[r] == NO_SENIORITY) ? null : this.seniority[r];
		}

		String specialtyOf(int r) {
			return (this.specialty[r] < 0) ? null : this.specialties.get(this.specialty[r]);
		}

		String regionOf(int r) {
			return (this.region[r] < 0) ? null : this.regions.get(this.region[r]);
		}

		List<String> skillsOf(int r) {
			List<String> out = new ArrayList<>();
			for (int c : this.skills[r]) {
				out.add(this.skillNames.get(c));
			}
			return out;
		}

		private List<Mentor> mentors() {
			List<Mentor> out = new ArrayList<>();
			int n = this.size;
			for (int r = 0; r < n; r++) {
				if (this.open[r]) {
					out.add(new Mentor(this.ids[r], seniorityOf(r), specialtyOf(r), regionOf(r),
							Set.copyOf(skillsOf(r)), this.capacity[r], this.active[r], this.menteesBefore[r]));
				}
			}
			return List.copyOf(out);
		}

	}

	/**
	 * One mentor as scoring sees them.
	 *
	 * @param id person id
	 * @param seniority grade ordinal, or null
	 * @param specialty lower-case specialty
	 * @param region lower-case region
	 * @param skills lower-case skills
	 * @param capacity most mentees at once
	 * @param active mentees now
	 * @param menteesBefore mentees ever
	 */
	record Mentor(String id, Integer seniority, String specialty, String region, Set<String> skills, int capacity,
			int active, int menteesBefore) {

		int capacityLeft() {
			return this.capacity - this.active;
		}

	}

}
