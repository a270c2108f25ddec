package org.warmpath.mentorships;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.warmpath.cypher.Cypher;
import org.warmpath.paths.IntroductionPath;
import org.warmpath.paths.IntroductionPaths;
import org.warmpath.paths.PathAnswer;
import org.warmpath.paths.PathMode;
import org.warmpath.paths.PathRequest;
import org.warmpath.paths.SearchTimeoutException;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Visibility;

import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * A member's mentoring desk: what a mentor needs to keep track of who is asking (and how
 * they got here), and what a mentee needs to see of their mentors.
 *
 * <p>
 * The path to each pending requester is the warmest route from the mentee to the mentor
 * found by the in-memory graph engine (at most four ties), redacted with the mentor as
 * the viewer: the mentor sees who stands between them as the visibility rule lets the
 * mentor see, not as the mentee could.
 */
@Service
class MentoringDesk {

	private static final int MAX_HOPS = 4;

	private final Driver driver;

	private final IntroductionPaths paths;

	private final Visibility visibility;

	MentoringDesk(Driver driver, IntroductionPaths paths, Visibility visibility) {
		this.driver = driver;
		this.paths = paths;
		this.visibility = visibility;
	}

	Desk of(String person) {
		List<Record> settings = Cypher.read(this.driver, "mentorships/desk-settings", Map.of("person", person));
		if (settings.isEmpty()) {
			throw Problems.notFound("person", person);
		}
		Record s = settings.get(0);
		List<Desk.ActiveMentorship> active = new ArrayList<>();
		List<Desk.PendingRequest> pending = new ArrayList<>();
		List<Desk.PendingRequest> exploring = new ArrayList<>();
		List<Desk.PastMentorship> past = new ArrayList<>();
		List<Desk.ActiveMentorship> mentors = new ArrayList<>();
		List<Desk.PendingRequest> asked = new ArrayList<>();
		List<Desk.PastMentorship> pastMentors = new ArrayList<>();
		for (Record r : Cypher.read(this.driver, "mentorships/desk", Map.of("person", person))) {
			boolean asMentor = r.get("asMentor").asBoolean();
			Desk.MentoringPerson other = new Desk.MentoringPerson(r.get("id").asString(), r.get("name").asString(null),
					r.get("headline").asString(null), r.get("grade").asString(null));
			String status = r.get("status").asString();
			String need = r.get("need").asString(null);
			switch (status) {
				case "ACTIVE" -> (asMentor ? active : mentors).add(new Desk.ActiveMentorship(other, need,
						r.get("since").asString(null), Mentorships.agreement(r)));
				case "REQUESTED", "EXPLORING" -> {
					Desk.IntroducedBy introducedBy = r.get("introductionId").isNull() ? null
							: new Desk.IntroducedBy(r.get("introductionId").asString(),
									new Desk.MentoringPerson(r.get("viaId").asString(null),
											r.get("viaName").asString(null), r.get("viaHeadline").asString(null),
											r.get("viaGrade").asString(null)));
					Desk.PendingRequest p = new Desk.PendingRequest(other, need, status,
							r.get("message").asString(null), r.get("requestedAt").asString(null),
							asMentor ? path(other.id(), person) : null, introducedBy);
					if (!asMentor) {
						asked.add(p);
					}
					else {
						("EXPLORING".equals(status) ? exploring : pending).add(p);
					}
				}
				default -> (asMentor ? past : pastMentors).add(new Desk.PastMentorship(other, need, status,
						r.get("since").asString(null), r.get("until").asString(null)));
			}
		}
		return new Desk(new Desk.AsMentor(s.get("capacity").asInt(), !s.get("paused").asBoolean(), active, pending,
				exploring, past), new Desk.AsMentee(mentors, asked, pastMentors));
	}

	/**
	 * The warmest route from the mentee to the mentor as the mentor may see it, or null
	 * when there is none within the hop cap (or a person is not in the projection yet).
	 */
	private IntroductionPath path(String mentee, String mentor) {
		try {
			PathAnswer answer = this.paths
				.find(new PathRequest(mentee, mentor, PathMode.WARMEST, 1, MAX_HOPS, 0.0, List.of()), "graph");
			PathAnswer shown = IntroductionPaths.redact(answer, this.visibility.forPerson(mentor), mentee);
			return shown.paths().isEmpty() ? null : shown.paths().get(0);
		}
		catch (ErrorResponseException | SearchTimeoutException ex) {
			return null;
		}
	}

}
