package org.warmpath.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;

/**
 * Fills an empty graph with the generated demo network at start-up, so a first run shows
 * something; it goes through {@link Imports} exactly as a user's files would.
 *
 * <p>
 * Runs after the admin account is created ({@code @Order(0)}); does nothing when the
 * graph already holds a person or {@code warmpath.demo.people} is 0. On a first start of
 * the embedded database {@link DemoBulkLoader} has usually loaded the network already,
 * with the offline importer before the database opened; this online load is the path for
 * an external server, or with {@code warmpath.demo.bulk=false}.
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final Imports imports;

	private final DemoProperties demo;

	DemoLoader(Imports imports, DemoProperties demo) {
		this.imports = imports;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.demo.people() <= 0 || !this.imports.graphIsEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int people = Math.min(DemoNetworkGenerator.MAX_PEOPLE,
				Math.max(DemoNetworkGenerator.MIN_PEOPLE, this.demo.people()));
		Path dir = Files.createTempDirectory("warmpath-demo-");
		try {
			DemoNetwork network = new DemoNetworkGenerator().withMeanDegree(this.demo.meanDegree())
				.generate(people, this.demo.seed(), dir);
			ImportReport programmes = this.imports.importProgrammes(dir.resolve(DemoNetworkGenerator.PROGRAMMES_FILE),
					ImportMode.TOLERANT, ImportProgress.NONE);
			ImportReport persons = this.imports.importPeople(dir.resolve(DemoNetworkGenerator.PEOPLE_FILE),
					ImportMode.TOLERANT, ImportProgress.NONE);
			ImportReport ties = this.imports.importConnections(dir.resolve(DemoNetworkGenerator.CONNECTIONS_FILE),
					ImportMode.TOLERANT, TieSource.DEMO, ImportProgress.NONE);
			ImportReport mentoring = this.imports.importMentoring(dir.resolve(DemoNetworkGenerator.MENTORING_FILE),
					ImportMode.TOLERANT, ImportProgress.NONE);
			for (ImportReport report : new ImportReport[] { programmes, persons, ties, mentoring }) {
				if (report.rejected() > 0) {
					log.warn("Demo network: {} rows rejected, first: {}", report.rejected(), report.errors().get(0));
				}
			}
			log.info("Loaded demo network: {} people, {} ties in {} s (seed {}, {} mentoring relationships)",
					persons.created() + persons.updated() + persons.unchanged(),
					ties.created() + ties.updated() + ties.unchanged(),
					String.format("%.1f", (System.nanoTime() - started) / 1e9), network.seed(),
					mentoring.created() + mentoring.updated() + mentoring.unchanged());
		}
		finally {
			deleteRecursively(dir);
		}
	}

	static void deleteRecursively(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not delete {}: {}", dir, ex.getMessage());
		}
	}

}
