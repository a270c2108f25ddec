package org.warmpath.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.warmpath.cypher.Cypher;

import org.springframework.stereotype.Service;

/**
 * Reads the mentor's picture: whom a person's network view marks as their mentees,
 * pending mentoring requesters and people whose introduction requests come to them
 * through their contacts ({@code network/mentoring-marks}).
 *
 * <p>
 * One Neo4j read, made only when the view asks for marks: the projection's person cards
 * know whether someone has a mentor and how many mentees a mentor has, not who they are,
 * and mentorships and introductions are other modules' state (read here by this module's
 * own named query, never by changing theirs). The plain ego network stays free of reads.
 */
@Service
class MentoringMarks {

	private final Driver driver;

	MentoringMarks(Driver driver) {
		this.driver = driver;
	}

	/**
	 * The marks of one person's picture.
	 * @param personId the person whose picture it is
	 * @return each marked person's id with their marks, in id order
	 */
	Map<String, List<String>> of(String personId) {
		Map<String, List<String>> marks = new LinkedHashMap<>();
		Cypher.read(this.driver, "network/mentoring-marks", Map.of("id", personId))
			.forEach(r -> marks.computeIfAbsent(r.get("id").asString(), id -> new ArrayList<>())
				.add(r.get("mark").asString()));
		return marks;
	}

}
