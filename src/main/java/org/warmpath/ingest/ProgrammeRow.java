package org.warmpath.ingest;

import java.util.HashMap;
import java.util.Map;

import org.warmpath.programmes.ProgrammeKind;

/**
 * One row of programmes.csv: {@code (:Programme {id, name, kind})}.
 *
 * @param id the programme's id: as given, else the slug of the name (the rule people.csv
 * and {@code POST /api/programmes} use, so all of them name the same programme)
 * @param name its name
 * @param kind a {@link ProgrammeKind} id, or {@code null} when the row leaves it out: a
 * new programme is then {@code other} and an existing one keeps its kind
 */
record ProgrammeRow(String id, String name, String kind) {

	/**
	 * A row as the file gives it.
	 * @param id the id cell: blank is the slug of the name
	 * @param name the name cell (required)
	 * @param kind the kind cell: blank leaves the kind to the store
	 * @return the row
	 * @throws IllegalArgumentException naming the column when a cell is invalid
	 */
	static ProgrammeRow of(String id, String name, String kind) {
		String cleanName = Text.clean(name);
		if (cleanName == null) {
			throw new IllegalArgumentException("blank name");
		}
		String cleanId = Text.clean(id);
		if (cleanId == null) {
			cleanId = Text.slug(cleanName);
			if (cleanId.isEmpty()) {
				throw new IllegalArgumentException(
						"programme '" + Text.shorten(cleanName) + "' has no letters or digits to make an id from");
			}
		}
		String given = Text.clean(kind);
		String kindId = (given == null) ? null : ProgrammeKind.of(given)
			.map(ProgrammeKind::id)
			.orElseThrow(() -> new IllegalArgumentException(
					"bad kind '" + Text.shorten(given) + "' in column kind (use one of " + ProgrammeKind.ids() + ")"));
		return new ProgrammeRow(cleanId, cleanName, kindId);
	}

	Map<String, Object> parameters() {
		Map<String, Object> row = new HashMap<>();
		row.put("id", this.id);
		row.put("name", this.name);
		row.put("kind", this.kind);
		return row;
	}

}
