package org.warmpath.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.schema.SchemaMigrations;

import org.springframework.stereotype.Component;

/**
 * Recomputes every stored {@code Person.seniority} from its {@code grade} when the
 * {@link Grades} ladder changed since the database last followed it.
 *
 * <p>
 * Seniority is stored, not computed on read (the projection's cards, the mentor catalogue
 * and the directory all read the property), and an import row whose fingerprint is
 * unchanged is skipped, so people written under an older ladder would keep their old rung
 * for ever. The ladder version the stored values follow is kept on one
 * {@code (:GradeLadder {version})} node; when it differs from {@link Grades#VERSION} this
 * step reads people in id order, in bounded batches, and writes only the values that
 * change, then records the version. It is idempotent: an interrupted run is simply run
 * again, and a second run changes nothing.
 *
 * <p>
 * It runs in the constructor, after the schema migrations (a constructor argument) and
 * before any application runner (demo load, projection and mentor catalogue warm-up) and
 * before the web server takes requests, so the projection's first load already sees the
 * new rungs.
 */
@Component
public class GradeLadderMigration {

	private static final Logger log = LoggerFactory.getLogger(GradeLadderMigration.class);

	/** People read and written per transaction. */
	static final int BATCH = 5_000;

	private final Driver driver;

	GradeLadderMigration(Driver driver, SchemaMigrations schema) {
		this.driver = driver;
		if (!current()) {
			long changed = recompute(BATCH);
			log.info("Grade ladder v{}: recomputed seniority, {} people changed", Grades.VERSION, changed);
		}
	}

	/**
	 * Whether the stored seniority follows {@link Grades#VERSION}.
	 * @return whether it does
	 */
	boolean current() {
		return Cypher.read(this.driver, "people/grade-ladder-version", Map.of())
			.stream()
			.anyMatch(r -> !r.get("version").isNull() && r.get("version").asInt() == Grades.VERSION);
	}

	/**
	 * Writes the seniority {@link Grades} gives to every person whose stored value
	 * differs, then records the ladder version.
	 * @param batch people per transaction
	 * @return how many people changed
	 */
	long recompute(int batch) {
		long changed = 0;
		String after = "";
		while (true) {
			List<Record> people = Cypher.read(this.driver, "people/grade-ladder-batch",
					Map.of("after", after, "limit", batch));
			if (people.isEmpty()) {
				break;
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Record person : people) {
				Integer seniority = Grades.seniority(person.get("grade").asString(null));
				Integer stored = person.get("seniority").isNull() ? null : person.get("seniority").asInt();
				if (!Objects.equals(seniority, stored)) {
					Map<String, Object> row = new HashMap<>();
					row.put("id", person.get("id").asString());
					row.put("seniority", seniority);
					rows.add(row);
				}
			}
			if (!rows.isEmpty()) {
				changed += this.driver.executableQuery(Cypher.query("people/grade-ladder-write"))
					.withParameters(Map.of("rows", rows))
					.execute()
					.records()
					.get(0)
					.get("changed")
					.asLong();
			}
			after = people.get(people.size() - 1).get("id").asString();
		}
		this.driver.executableQuery(Cypher.query("people/grade-ladder-mark"))
			.withParameters(Map.of("version", Grades.VERSION))
			.execute();
		return changed;
	}

}
