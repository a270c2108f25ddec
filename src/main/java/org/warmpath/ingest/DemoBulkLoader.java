package org.warmpath.ingest;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.warmpath.embedded.EmptyStoreLoader;
import org.warmpath.ingest.demo.DemoNetworkGenerator;

/**
 * The demo network's bulk path: when the embedded store does not exist yet, generates the
 * network and writes it with Neo4j's offline importer ({@link BulkLoad#loadDemo}: the
 * ties go straight from the generator into the importer's input) before the DBMS opens,
 * so a 1M-person demo is ready in minutes rather than a quarter of an hour.
 * {@link DemoLoader} then finds the graph not empty and does nothing. Depends on nothing
 * but its properties: it runs before the database (and so before any other bean that
 * needs it) exists.
 */
@Component
class DemoBulkLoader implements EmptyStoreLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoBulkLoader.class);

	private final DemoProperties demo;

	DemoBulkLoader(DemoProperties demo) {
		this.demo = demo;
	}

	@Override
	public boolean load(Path home) {
		if (this.demo.people() <= 0 || !this.demo.bulk()) {
			return false;
		}
		long started = System.nanoTime();
		int people = Math.min(DemoNetworkGenerator.MAX_PEOPLE,
				Math.max(DemoNetworkGenerator.MIN_PEOPLE, this.demo.people()));
		BulkLoad.Report report = BulkLoad.loadDemo(home,
				new DemoNetworkGenerator().withMeanDegree(this.demo.meanDegree()), people, this.demo.seed());
		if (report.rejected() > 0) {
			log.warn("Demo network: {} rows rejected, first: {}", report.rejected(), report.errors().get(0));
		}
		log.info(
				"Bulk-loaded demo network: {} people, {} ties, {} mentoring relationships in {} s "
						+ "(generated and converted in {} s; seed {})",
				report.people(), report.ties(), report.mentoring(),
				String.format("%.1f", (System.nanoTime() - started) / 1e9),
				String.format("%.1f", report.convertMillis() / 1e3), this.demo.seed());
		return true;
	}

}
