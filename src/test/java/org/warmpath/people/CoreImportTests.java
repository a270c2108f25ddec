package org.warmpath.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.beans.factory.annotation.Autowired;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Writes;
import org.warmpath.projection.ChangeLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's core-API path ({@link CoreImport}, on the app's embedded database) when
 * another write gets in while a batch runs: a member's tie write of a pair the batch is
 * creating, a person created under an id the batch is about to create. Neither may leave
 * the graph doubled or lose the batch's row. (That the path writes what the upserts
 * write, record for record, {@code BulkLoadTests} hold.)
 */
@WarmPathTest
class CoreImportTests {

	private final People people;

	private final TestGraphs g;

	private final Driver driver;

	private final Writes writes;

	private final ChangeLog changes;

	private final ExecutorService other = Executors.newSingleThreadExecutor();

	@Autowired
	CoreImportTests(People people, TestData data, Driver driver, Writes writes, ChangeLog changes) {
		this.people = people;
		this.writes = writes;
		this.changes = changes;
		this.g = data.graph();
		this.driver = driver;
	}

	@AfterEach
	void stop() {
		// never interrupted: a thread interrupted while it writes the transaction log
		// stops the database
		this.other.shutdown();
	}

	/**
	 * The race the batch guards against, played out: a member's write of the tie a-b (the
	 * tie upsert, whose {@code MERGE} write-locks both people) has created it and not
	 * committed; the batch looks, finds no a-b, and its creation of a-b waits for the
	 * member's lock; the member's write commits. Without the batch's second look at the
	 * pairs the feed named meanwhile, a-b would be stored twice.
	 */
	@Test
	void aTieAMemberWritesWhileTheBatchRunsIsUpdatedByTheRowNotDoubled() throws Exception {
		this.g.people("a", "b", "c");
		String a = this.g.id("a");
		String b = this.g.id("b");
		String c = this.g.id("c");
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Future<?> member = this.other.submit(() -> this.writes.execute(tx -> {
			Map<String, Object> row = new HashMap<>(new TieRow(b, a, 0.3, "mentor", null).parameters());
			MapAccessor r = tx.single(Cypher.query("people/ties-upsert"),
					Map.of("rows", List.of(row), "source", "api", "inFull", true));
			this.changes.record(tx, ChangeLog.tieChanges(r.get("ties").asList((v) -> v)));
			locked.countDown();
			await(commit);
			return null;
		}));
		assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<UpsertCounts> batch = new CompletableFuture<>();
		Thread importing = new Thread(() -> {
			try {
				batch.complete(this.people.importTies(
						List.of(new TieRow(a, b, 0.9, "colleague", null), new TieRow(c, a, 0.4, null, null)),
						"import"));
			}
			catch (RuntimeException ex) {
				batch.completeExceptionally(ex);
			}
		}, "core-import-test-batch");
		importing.start();
		// the batch's creation of a-b waits for the member's lock
		awaitLockWait(importing);
		commit.countDown();
		member.get(60, TimeUnit.SECONDS);
		UpsertCounts counts = batch.get(60, TimeUnit.SECONDS);
		assertThat(counts.created()).isEqualTo(1);
		assertThat(counts.updated()).isEqualTo(1);
		assertThat(ties(a, b)).singleElement().satisfies(k -> {
			// the member's tie, with the row's values
			assertThat(k.get("source").asString()).isEqualTo("api");
			assertThat(k.get("strength").asDouble()).isEqualTo(0.9);
			assertThat(k.get("context").asString()).isEqualTo("colleague");
		});
		assertThat(ties(a, c)).singleElement()
			.satisfies(k -> assertThat(k.get("source").asString()).isEqualTo("import"));
	}

	@Test
	void aTieAMemberWritesAfterTheBatchCreatedItWaitsAndFindsItNotDoubled() throws Exception {
		this.g.people("d", "e");
		String d = this.g.id("d");
		String e = this.g.id("e");
		UpsertCounts counts = this.people.importTies(List.of(new TieRow(d, e, 0.7, null, null)), "import");
		assertThat(counts.created()).isEqualTo(1);
		// the member's edit after the import: the tie is there, re-rated
		UpsertCounts theirs = this.people.upsertTies(List.of(new TieRow(e, d, 0.3, null, null)), "api");
		assertThat(theirs.updated()).isEqualTo(1);
		assertThat(ties(d, e)).singleElement().satisfies(k -> {
			assertThat(k.get("source").asString()).isEqualTo("import");
			assertThat(k.get("strength").asDouble()).isEqualTo(0.3);
		});
	}

	/**
	 * A batch does not look for a tie between people who had none when the import began
	 * ({@link TieImport}); a member's tie written after that and before the batch is in
	 * the feed, so the batch looks again after creating its own, finds the member's, and
	 * leaves the row to the upsert.
	 */
	@Test
	void aTieAMemberWroteSinceTheImportBeganIsUpdatedByTheRowNotDoubled() {
		this.g.people("f", "h", "i");
		String f = this.g.id("f");
		String h = this.g.id("h");
		String i = this.g.id("i");
		TieImport started = this.people.startTieImport(Long.MAX_VALUE);
		assertThat(started.known()).isTrue();
		UpsertCounts theirs = run(() -> this.people.upsertTies(List.of(new TieRow(h, f, 0.3, "mentor", null)), "api"));
		assertThat(theirs.created()).isEqualTo(1);
		UpsertCounts counts = this.people.importTies(
				List.of(new TieRow(f, h, 0.9, "colleague", null), new TieRow(i, f, 0.4, null, null)), "import",
				started);
		assertThat(counts.created()).isEqualTo(1);
		assertThat(counts.updated()).isEqualTo(1);
		assertThat(ties(f, h)).singleElement().satisfies(k -> {
			assertThat(k.get("source").asString()).isEqualTo("api");
			assertThat(k.get("strength").asDouble()).isEqualTo(0.9);
			assertThat(k.get("context").asString()).isEqualTo("colleague");
		});
		assertThat(ties(f, i)).singleElement()
			.satisfies(k -> assertThat(k.get("source").asString()).isEqualTo("import"));
	}

	/**
	 * A bulk tie write since the import began names no pair (a {@code ties-added} entry):
	 * every tie the batch created is looked at again.
	 */
	@Test
	void aTieABulkWriteMadeSinceTheImportBeganIsNotDoubled() {
		this.g.people("j", "l");
		String j = this.g.id("j");
		String l = this.g.id("l");
		TieImport started = this.people.startTieImport(Long.MAX_VALUE);
		run(() -> this.writes.execute(tx -> {
			tx.single(Cypher.query("people/ties-upsert"), Map.of("rows",
					List.of(new TieRow(j, l, 0.5, null, null).parameters()), "source", "api", "inFull", false));
			this.changes.record(tx, ChangeLog.Change.tiesAdded());
			return null;
		}));
		UpsertCounts counts = this.people.importTies(List.of(new TieRow(l, j, 0.8, null, null)), "import", started);
		assertThat(counts.created()).isZero();
		assertThat(counts.updated()).isEqualTo(1);
		assertThat(ties(j, l)).singleElement().satisfies(k -> assertThat(k.get("strength").asDouble()).isEqualTo(0.8));
	}

	/**
	 * A feed entry pruned before the batch read it may have named the pair: the batch
	 * looks at every tie it created again.
	 */
	@Test
	void aTieWhoseFeedEntryWasPrunedDuringTheImportIsNotDoubled() {
		this.g.people("m", "n");
		String m = this.g.id("m");
		String n = this.g.id("n");
		TieImport started = this.people.startTieImport(Long.MAX_VALUE);
		run(() -> this.people.upsertTies(List.of(new TieRow(m, n, 0.5, null, null)), "api"));
		// the retention pass deleted the entries after the import's start
		this.driver.executableQuery("MATCH (c:__WarmPathChange) WHERE c.seq > $start DETACH DELETE c")
			.withParameters(Map.of("start", started.start()))
			.execute();
		UpsertCounts counts = this.people.importTies(List.of(new TieRow(m, n, 0.6, null, null)), "import", started);
		assertThat(counts.created()).isZero();
		assertThat(ties(m, n)).singleElement().satisfies(k -> assertThat(k.get("strength").asDouble()).isEqualTo(0.6));
	}

	/**
	 * Where both people had ties when the import began the batch looks before it creates:
	 * a tie that existed then is found, unchanged or re-rated, never doubled.
	 */
	@Test
	void aTieThatExistedWhenTheImportBeganIsFoundByTheBatch() {
		this.g.people("o", "q", "r");
		String o = this.g.id("o");
		String q = this.g.id("q");
		String r = this.g.id("r");
		this.people.upsertTies(List.of(new TieRow(o, q, 0.5, null, null), new TieRow(q, r, 0.5, null, null)), "api");
		TieImport started = this.people.startTieImport(Long.MAX_VALUE);
		UpsertCounts counts = this.people.importTies(List.of(new TieRow(o, q, 0.5, null, null),
				new TieRow(q, r, 0.7, null, null), new TieRow(o, r, 0.2, null, null)), "import", started);
		assertThat(counts.unchanged()).isEqualTo(1);
		assertThat(counts.updated()).isEqualTo(1);
		assertThat(counts.created()).isEqualTo(1);
		assertThat(ties(o, q)).hasSize(1);
		assertThat(ties(q, r)).singleElement().satisfies(k -> assertThat(k.get("strength").asDouble()).isEqualTo(0.7));
		assertThat(ties(o, r)).hasSize(1);
	}

	/**
	 * An import far smaller than the graph does not pass over every person first: it
	 * looks for every tie ({@link TieImport#NONE}); a larger one knows who had ties.
	 */
	@Test
	void aSmallImportIntoALargeGraphLooksForEveryTieInstead() {
		this.g.people("s", "t");
		this.people.upsertTies(List.of(new TieRow(this.g.id("s"), this.g.id("t"), 0.5, null, null)), "api");
		long people = this.g.count("MATCH (p:Person) RETURN count(p)");
		assertThat(people).isGreaterThan(16);
		assertThat(this.people.startTieImport(people / 8 - 1).known()).isFalse();
		assertThat(this.people.startTieImport(people / 8).known()).isTrue();
	}

	/**
	 * Waits until {@code thread} waits for a lock in the database's lock manager
	 * (Forseti; {@code SHOW TRANSACTIONS} does not tell a core-API transaction waiting
	 * for one).
	 */
	private static void awaitLockWait(Thread thread) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < until) {
			for (StackTraceElement frame : thread.getStackTrace()) {
				if (frame.getClassName().endsWith("ForsetiClient") && frame.getMethodName().equals("waitFor")) {
					return;
				}
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the batch never waited for a lock");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aPersonCreatedWhileTheBatchRunsIsWrittenByTheUpsertNotTwice() {
		String x = this.g.id("x");
		String y = this.g.id("y");
		UpsertCounts counts = this.people.importPeople(List.of(PersonRow.of(x, "Xavier"), PersonRow.of(y, "Yara")),
				() -> run(() -> this.people.upsertPeople(List.of(PersonRow.of(x, "Xavier Other")))));
		// the core path found x taken when it created it: the batch went again through
		// the
		// upsert, which updated x and created y
		assertThat(counts.created()).isEqualTo(1);
		assertThat(counts.updated()).isEqualTo(1);
		assertThat(this.g.count("MATCH (p:Person) WHERE p.id IN [$p + 'x', $p + 'y'] RETURN count(p)")).isEqualTo(2);
		assertThat(this.driver.executableQuery("MATCH (p:Person {id: $id}) RETURN p.name AS name")
			.withParameters(Map.of("id", x))
			.execute()
			.records()).singleElement().satisfies(r -> assertThat(r.get("name").asString()).isEqualTo("Xavier"));
	}

	private List<Record> ties(String a, String b) {
		return this.driver
			.executableQuery("MATCH (:Person {id: $a})-[k:KNOWS]-(:Person {id: $b}) "
					+ "RETURN k.source AS source, k.strength AS strength, k.context AS context")
			.withParameters(Map.of("a", a, "b", b))
			.execute()
			.records();
	}

	/** Runs a write on another thread, as another request would, and waits for it. */
	private <T> T run(Callable<T> write) {
		try {
			return this.other.submit(write).get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
