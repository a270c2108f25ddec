package org.warmpath.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of imports.
 *
 * @param batchSize rows written per transaction ({@code UNWIND $rows})
 * @param maxErrors rejected rows listed in a report (all are counted)
 * @param linkedinStrength strength of a tie imported from LinkedIn, in (0, 1]
 * @param connectionWriters connections.csv batches written at once, each in its own
 * transaction (1: one after the other); a deadlock between two of them is retried by the
 * driver like any transient error
 * @param peopleWriters people.csv batches written at once, each in its own transaction
 * (1: one after the other). Batches name disjoint people (an id repeated in a file is
 * rejected) and merge their shared nodes (specialties, skills, ...) in one sorted order,
 * so they wait on each other only where two create relationships to the same sparse node;
 * a deadlock there is retried like any transient error. Why: a batch's commit (its
 * relationships into the store) is about half of its CPU and runs on the writing thread,
 * so one writer leaves a core idle.
 */
@ConfigurationProperties("warmpath.ingest")
public record IngestProperties(@DefaultValue("5000") int batchSize, @DefaultValue("1000") int maxErrors,
		@DefaultValue("0.3") double linkedinStrength, @DefaultValue("2") int connectionWriters,
		@DefaultValue("2") int peopleWriters) {

	public IngestProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("warmpath.ingest.batch-size must be positive: " + batchSize);
		}
		if (maxErrors < 0) {
			throw new IllegalArgumentException("warmpath.ingest.max-errors must not be negative: " + maxErrors);
		}
		if (connectionWriters < 1) {
			throw new IllegalArgumentException(
					"warmpath.ingest.connection-writers must be positive: " + connectionWriters);
		}
		if (peopleWriters < 1) {
			throw new IllegalArgumentException("warmpath.ingest.people-writers must be positive: " + peopleWriters);
		}
		if (!(linkedinStrength > 0 && linkedinStrength <= 1)) {
			throw new IllegalArgumentException(
					"warmpath.ingest.linkedin-strength must be in (0, 1]: " + linkedinStrength);
		}
	}

	/** The defaults, for use without Spring. */
	public static IngestProperties defaults() {
		return new IngestProperties(5000, 1000, 0.3, 2, 2);
	}

}
