package org.warmpath.ingest;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.Value;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Writes;
import org.warmpath.people.UpsertCounts;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.ChangeLog.Change;

import org.springframework.stereotype.Service;

/**
 * A member's own LinkedIn Connections.csv ({@code POST /api/me/import/linkedin}): ties
 * between the member and their contacts, each contact matched to an existing person by
 * profile URL or created as an unclaimed person closed to introductions
 * ({@code ingest/my-linkedin-upsert}).
 *
 * <p>
 * Parsing, validation and modes are the admin import's ({@link Imports}): strict by
 * default, so a file with any rejected row writes nothing and is answered 400 naming the
 * line; {@code mode=tolerant} writes the good rows and reports the rest. Unlike the admin
 * import (a bulk load, after which the projection is re-read), each batch reads back the
 * people and ties it created in its own transaction and records them in the change feed,
 * so they are applied to the projection in place before the request answers: a member's
 * file is small, and a re-read of the whole graph for it would stall everyone's queries
 * on a large network. A batch that created more than {@link #IN_PLACE_MAX} people or ties
 * falls back to the re-read. Importing the same file again finds every contact and tie
 * and writes nothing.
 */
@Service
public class MyLinkedInImport {

	/** Most changes of one batch applied in place (as {@code People} does). */
	static final int IN_PLACE_MAX = 1000;

	private static final Duration BATCH = Duration.ofMinutes(2);

	private final Imports imports;

	private final Driver driver;

	private final Writes writes;

	private final ChangeLog changes;

	private final IngestProperties properties;

	MyLinkedInImport(Imports imports, Driver driver, Writes writes, ChangeLog changes, IngestProperties properties) {
		this.imports = imports;
		this.driver = driver;
		this.writes = writes;
		this.changes = changes;
		this.properties = properties;
	}

	/**
	 * Imports the member's export.
	 * @param ownerPersonId the member's person
	 * @param csv the export as LinkedIn writes it
	 * @param mode strict or tolerant
	 * @return the report
	 */
	public ImportReport importFor(String ownerPersonId, InputStream csv, ImportMode mode) {
		return this.imports.importMyLinkedIn(ownerPersonId, csv, mode, rows -> write(ownerPersonId, rows));
	}

	private UpsertCounts write(String owner, List<LinkedInRow> rows) {
		List<Map<String, Object>> list = new ArrayList<>(rows.size());
		rows.forEach(row -> list.add(row.parameters()));
		Map<String, Object> params = Map.of("rows", list, "owner", owner, "strength",
				this.properties.linkedinStrength());
		return this.writes.execute(BATCH, tx -> {
			MapAccessor r = tx.single(Cypher.query("ingest/my-linkedin-upsert"), params);
			long created = r.get("created").asLong();
			long unchanged = r.get("unchanged").asLong();
			List<String> people = r.get("people").asList(Value::asString);
			List<Map<String, Object>> ties = r.get("ties").asList(Value::asMap);
			if (created == 0) {
				return new UpsertCounts(0, 0, unchanged, List.of(), List.of());
			}
			if (people.size() + ties.size() > IN_PLACE_MAX) {
				this.changes.record(tx, Change.added());
				return new UpsertCounts(created, 0, unchanged);
			}
			// people first: a tie is applied between people the projection holds
			List<Change> full = new ArrayList<>(this.changes.people(tx, people));
			full.addAll(this.changes.ties(tx, ties));
			this.changes.record(tx, full);
			return new UpsertCounts(created, 0, unchanged, List.of(), full);
		});
	}

}
