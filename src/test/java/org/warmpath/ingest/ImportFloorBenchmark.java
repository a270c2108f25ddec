package org.warmpath.ingest;

import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.graphdb.Transaction;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.people.People;
import org.warmpath.people.PersonRow;
import org.warmpath.people.TieRow;
import org.warmpath.projection.ChangeLog;
import org.warmpath.schema.SchemaMigrations;

/**
 * The floor under any online import (issue 13): the records our import writes, written
 * straight through Neo4j's embedded core API ({@code createNode},
 * {@code createRelationshipTo}, {@code setProperty}) in batches of 5,000, on one and on
 * two threads, into a fresh store with the app's schema (constraints and indexes: their
 * updates are part of every commit) and the benchmarks' embedded settings. No Cypher
 * import can write these records faster on the same machine, so its rows/s bound what the
 * import's targets (people >= 20,000 rows/s, connections >= 50,000 rows/s) can ask.
 *
 * <p>
 * Per person: the {@code :Person} node with the properties {@code people/upsert} sets
 * (id, name, headline, grade, seniority, the consent and mentoring flags, capacity,
 * connection visibility, fingerprint, createdAt, updatedAt; nulls are not stored, as in
 * Cypher), its relationships to the batch's shared specialty, region, organisation, skill
 * and programme nodes (looked up once per batch, created when absent, as the upsert's
 * per-batch MERGEs do). Per tie: the two people found by their unique id (an index seek
 * each, as the upsert's {@code MATCH}), one {@code KNOWS} relationship with strength,
 * context, since, source and createdAt. What the floor leaves out, and any import must
 * pay on top: parsing and validating the CSV, the upsert's checks for an existing person
 * or tie, the change-feed entry per batch. Rows are parsed into memory before the clock
 * starts.
 *
 * <p>
 * With {@code --online} the same JVM first runs our online import ({@link Imports},
 * embedded writes, TOLERANT as {@code ImportBenchmark --sizes}) of the same files into a
 * fresh store, then ({@code --online-runs N}, default 2) of other, different networks
 * (seeds 43, 44, ...) into other fresh stores: the later runs are the import with the JIT
 * already warm, so they show how much of the first's rate is warm-up. JIT compile time
 * (the {@code CompilationMXBean}'s total) is printed for each step.
 *
 * <p>
 * Not a unit test (excluded from surefire). Run after {@code ./mvnw test-compile}:
 * {@code java -Xmx6g -XX:+UseParallelGC -cp $CP org.warmpath.ingest.ImportFloorBenchmark --people 100000 --online}
 * with {@code CP=target/test-classes:target/classes:$(cat target/cp.txt)}; options
 * {@code --mean-degree 20}, {@code --threads 1,2}, {@code --batch 5000},
 * {@code --page-cache 1g}.
 */
public final class ImportFloorBenchmark {

	private static final Label PERSON = Label.label("Person");

	private static final Label SPECIALTY = Label.label("Specialty");

	private static final Label REGION = Label.label("Region");

	private static final Label ORGANISATION = Label.label("Organisation");

	private static final Label SKILL = Label.label("Skill");

	private static final Label PROGRAMME = Label.label("Programme");

	private static final RelationshipType SPECIALISES_IN = RelationshipType.withName("SPECIALISES_IN");

	private static final RelationshipType BASED_IN = RelationshipType.withName("BASED_IN");

	private static final RelationshipType WORKS_AT = RelationshipType.withName("WORKS_AT");

	private static final RelationshipType HAS_SKILL = RelationshipType.withName("HAS_SKILL");

	private static final RelationshipType MEMBER_OF = RelationshipType.withName("MEMBER_OF");

	private static final RelationshipType KNOWS = RelationshipType.withName("KNOWS");

	/**
	 * The CPU time of every Java thread the JVM has had, sampled every 100 ms (a thread's
	 * last sample is kept after it ends: a writer pool's threads end with their import).
	 */
	private static final class JavaThreads {

		private static final Map<Long, Long> LAST = new java.util.concurrent.ConcurrentHashMap<>();

		static {
			Thread sampler = new Thread(() -> {
				while (true) {
					sample();
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "floor-cpu-sampler");
			sampler.setDaemon(true);
			sampler.start();
		}

		private static synchronized void sample() {
			java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			for (long id : threads.getAllThreadIds()) {
				long nanos = threads.getThreadCpuTime(id);
				if (nanos > 0) {
					LAST.merge(id, nanos, Math::max);
				}
			}
		}

		static long cpuNanos() {
			sample();
			long sum = 0;
			for (long nanos : LAST.values()) {
				sum += nanos;
			}
			return sum;
		}

	}

	private ImportFloorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> list = List.of(args);
		int people = Integer.parseInt(option(list, "--people", "100000").replace("_", ""));
		double meanDegree = Double.parseDouble(option(list, "--mean-degree", "20"));
		int batch = Integer.parseInt(option(list, "--batch", "5000"));
		String pageCache = option(list, "--page-cache", "1g");
		List<Integer> threads = new ArrayList<>();
		for (String t : option(list, "--threads", "1,2").split(",")) {
			threads.add(Integer.parseInt(t.strip()));
		}
		int onlineRuns = list.contains("--online") ? Integer.parseInt(option(list, "--online-runs", "2")) : 0;
		Path work = Files.createTempDirectory("warmpath-floor-");
		try {
			Path csv = work.resolve("csv");
			DemoNetwork network = new DemoNetworkGenerator().withMeanDegree(meanDegree).generate(people, 42, csv);
			System.out.printf(Locale.ROOT, "%n== %,d people, %,d connections (mean degree %.1f), page cache %s%n",
					network.people(), network.ties(), network.meanDegree(), pageCache);
			for (int run = 0; run < onlineRuns; run++) {
				Path files = csv;
				if (run > 0) {
					files = work.resolve("csv-" + (42 + run));
					new DemoNetworkGenerator().withMeanDegree(meanDegree).generate(people, 42 + run, files);
				}
				online("online, " + ((run == 0) ? "cold" : "warm") + " JIT (seed " + (42 + run) + ")", files,
						work.resolve("online-" + run), pageCache);
				if (run > 0) {
					DemoLoader.deleteRecursively(files);
				}
			}
			List<PersonRow> persons = read(csv.resolve("people.csv"), Formats.PEOPLE);
			List<TieRow> ties = read(csv.resolve("connections.csv"), Formats.CONNECTIONS);
			int run = 0;
			for (int t : threads) {
				floor(persons, ties, t, batch, work.resolve("floor-" + (run++)), pageCache);
			}
		}
		finally {
			DemoLoader.deleteRecursively(work);
		}
	}

	private static String option(List<String> args, String name, String otherwise) {
		int at = args.indexOf(name);
		return (at >= 0 && at + 1 < args.size()) ? args.get(at + 1) : otherwise;
	}

	private static <T> List<T> read(Path file, RowFormat<T> format) throws Exception {
		List<T> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			RowReader.read(in, format, new RowReader.Sink<>() {

				@Override
				public void accept(long line, T row) {
					rows.add(row);
				}

				@Override
				public void reject(long line, String message) {
				}

			});
		}
		return rows;
	}

	// ---- our import, for comparison ---------------------------------------------------

	private static void online(String what, Path csv, Path home, String pageCache) throws Exception {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(10), pageCache);
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			new SchemaMigrations(driver);
			Imports imports = new Imports(driver, IngestProperties.defaults(), (event) -> {
			}, new People(driver, db.writes(), db.reads(), new ChangeLog()));
			Meter meter = new Meter();
			ImportReport persons = imports.importPeople(csv.resolve("people.csv"), ImportMode.TOLERANT,
					ImportProgress.NONE);
			meter.print(what + ": people", persons.rows(), "created " + persons.created());
			meter = new Meter();
			ImportReport ties = imports.importConnections(csv.resolve("connections.csv"), ImportMode.TOLERANT,
					TieSource.DEMO, ImportProgress.NONE);
			meter.print(what + ": connections", ties.rows(), "created " + ties.created());
		}
		finally {
			DemoLoader.deleteRecursively(home);
		}
	}

	// ---- the floor --------------------------------------------------------------------

	private static void floor(List<PersonRow> persons, List<TieRow> ties, int threads, int batch, Path home,
			String pageCache) throws Exception {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(10), pageCache);
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			new SchemaMigrations(driver);
			GraphDatabaseService graph = db.database();
			AtomicLong retries = new AtomicLong();
			Meter meter = new Meter();
			inBatches(persons, batch, threads, retries, (rows) -> writePeople(graph, rows));
			meter.print("floor, " + threads + " thread(s): people", persons.size(), "retries " + retries.get());
			retries.set(0);
			meter = new Meter();
			inBatches(ties, batch, threads, retries, (rows) -> writeTies(graph, rows));
			meter.print("floor, " + threads + " thread(s): connections", ties.size(), "retries " + retries.get());
		}
		finally {
			DemoLoader.deleteRecursively(home);
		}
	}

	/**
	 * Writes {@code rows} in batches on {@code threads} threads, each batch one
	 * transaction, retried (and counted) on a deadlock or on a shared node another batch
	 * created at the same moment.
	 */
	private static <T> void inBatches(List<T> rows, int batch, int threads, AtomicLong retries,
			Function<List<T>, Void> write) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int from = 0; from < rows.size(); from += batch) {
				List<T> part = rows.subList(from, Math.min(rows.size(), from + batch));
				futures.add(pool.submit(() -> {
					for (int attempt = 1;; attempt++) {
						try {
							write.apply(part);
							return null;
						}
						catch (TransientFailureException | ConstraintViolationException ex) {
							if (attempt >= 20) {
								throw ex;
							}
							retries.incrementAndGet();
						}
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	private static Void writePeople(GraphDatabaseService graph, List<PersonRow> rows) {
		try (Transaction tx = graph.beginTx()) {
			// the batch's shared nodes, once each, in sorted order (as people/upsert)
			TreeSet<String> specialtyNames = new TreeSet<>();
			TreeSet<String> regionNames = new TreeSet<>();
			TreeSet<String> skillNames = new TreeSet<>();
			TreeMap<String, String> organisationNames = new TreeMap<>();
			TreeMap<String, String> programmeNames = new TreeMap<>();
			List<String> organisationIds = new ArrayList<>(rows.size());
			List<List<Map<String, Object>>> memberships = new ArrayList<>(rows.size());
			for (PersonRow row : rows) {
				if (row.specialty() != null) {
					specialtyNames.add(row.specialty());
				}
				if (row.region() != null) {
					regionNames.add(row.region());
				}
				skillNames.addAll(row.skills());
				String organisationId = row.organisationId();
				organisationIds.add(organisationId);
				if (organisationId != null) {
					organisationNames.putIfAbsent(organisationId, row.organisation());
				}
				List<Map<String, Object>> member = row.memberships();
				memberships.add(member);
				for (Map<String, Object> m : member) {
					programmeNames.putIfAbsent((String) m.get("id"), (String) m.get("name"));
				}
			}
			Map<String, Node> specialties = shared(tx, SPECIALTY, "name", specialtyNames, null);
			Map<String, Node> regions = shared(tx, REGION, "name", regionNames, null);
			Map<String, Node> organisations = shared(tx, ORGANISATION, "id", organisationNames.keySet(),
					organisationNames);
			Map<String, Node> skills = shared(tx, SKILL, "name", skillNames, null);
			Map<String, Node> programmes = shared(tx, PROGRAMME, "id", programmeNames.keySet(), programmeNames);
			ZonedDateTime now = ZonedDateTime.now();
			for (int i = 0; i < rows.size(); i++) {
				PersonRow row = rows.get(i);
				Node p = tx.createNode(PERSON);
				p.setProperty("id", row.id());
				p.setProperty("name", row.name());
				set(p, "headline", row.headline());
				set(p, "grade", row.grade());
				set(p, "seniority", row.seniority());
				p.setProperty("openToIntroductions", row.openToIntroductions());
				p.setProperty("openToMentoring", row.openToMentoring());
				p.setProperty("mentorCapacity", (long) row.mentorCapacity());
				p.setProperty("connectionVisibility", "connections");
				p.setProperty("fingerprint", row.fingerprint());
				p.setProperty("createdAt", now);
				p.setProperty("updatedAt", now);
				if (row.specialty() != null) {
					p.createRelationshipTo(specialties.get(row.specialty()), SPECIALISES_IN);
				}
				if (row.region() != null) {
					p.createRelationshipTo(regions.get(row.region()), BASED_IN);
				}
				if (organisationIds.get(i) != null) {
					p.createRelationshipTo(organisations.get(organisationIds.get(i)), WORKS_AT);
				}
				for (String skill : row.skills()) {
					p.createRelationshipTo(skills.get(skill), HAS_SKILL);
				}
				for (Map<String, Object> m : memberships.get(i)) {
					Relationship member = p.createRelationshipTo(programmes.get((String) m.get("id")), MEMBER_OF);
					member.setProperty("as", m.get("as"));
				}
			}
			tx.commit();
		}
		return null;
	}

	private static void set(Node node, String key, Object value) {
		if (value != null) {
			node.setProperty(key, (value instanceof Integer i) ? (Object) i.longValue() : value);
		}
	}

	private static Map<String, Node> shared(Transaction tx, Label label, String key, Iterable<String> values,
			Map<String, String> names) {
		Map<String, Node> nodes = new HashMap<>();
		for (String value : values) {
			Node node = tx.findNode(label, key, value);
			if (node == null) {
				node = tx.createNode(label);
				node.setProperty(key, value);
				if (names != null) {
					node.setProperty("name", names.get(value));
				}
			}
			nodes.put(value, node);
		}
		return nodes;
	}

	private static Void writeTies(GraphDatabaseService graph, List<TieRow> rows) {
		try (Transaction tx = graph.beginTx()) {
			ZonedDateTime now = ZonedDateTime.now();
			for (TieRow row : rows) {
				boolean ordered = row.source().compareTo(row.target()) < 0;
				Node a = tx.findNode(PERSON, "id", ordered ? row.source() : row.target());
				Node b = tx.findNode(PERSON, "id", ordered ? row.target() : row.source());
				Relationship k = a.createRelationshipTo(b, KNOWS);
				k.setProperty("createdAt", now);
				k.setProperty("source", "demo");
				k.setProperty("strength", row.strength());
				if (row.context() != null) {
					k.setProperty("context", row.context());
				}
				if (row.since() != null) {
					k.setProperty("since", row.since());
				}
			}
			tx.commit();
		}
		return null;
	}

	/**
	 * Wall time, process CPU time, the CPU time of the JVM's Java threads (the import's
	 * own work) and JIT compile time since it was made. The process's CPU less its Java
	 * threads' is the JVM's own threads: the JIT compilers and the garbage collector
	 * (which {@code ThreadMXBean} does not list), the warm-up cost the issue asks about.
	 */
	private static final class Meter {

		private final long wall = System.nanoTime();

		private final long cpu = cpuNanos();

		private final long java = JavaThreads.cpuNanos();

		private final long jit = jitMillis();

		private final long gc = gcMillis();

		void print(String what, long rows, String note) {
			double seconds = (System.nanoTime() - this.wall) / 1e9;
			double cpuSeconds = (cpuNanos() - this.cpu) / 1e9;
			double javaSeconds = (JavaThreads.cpuNanos() - this.java) / 1e9;
			System.out.printf(Locale.ROOT,
					"%-42s %,10d rows %7.1f s %,9.0f rows/s  %6.1f CPU s %,9.0f rows per CPU s  Java threads %6.1f CPU s "
							+ "%,9.0f rows per CPU s  JVM (JIT, GC) %5.1f CPU s  JIT %5.1f s  GC pauses %4.1f s  %s%n",
					what, rows, seconds, rows / seconds, cpuSeconds, rows / cpuSeconds, javaSeconds, rows / javaSeconds,
					cpuSeconds - javaSeconds, (jitMillis() - this.jit) / 1e3, (gcMillis() - this.gc) / 1e3, note);
		}

		private static long cpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

		private static long gcMillis() {
			long millis = 0;
			for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				millis += Math.max(0, gc.getCollectionTime());
			}
			return millis;
		}

		private static long jitMillis() {
			CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
			return (jit != null && jit.isCompilationTimeMonitoringSupported()) ? jit.getTotalCompilationTime() : 0;
		}

	}

}
