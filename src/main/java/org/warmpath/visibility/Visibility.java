package org.warmpath.visibility;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.warmpath.accounts.Caller;
import org.warmpath.cypher.Cypher;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.stereotype.Service;

/**
 * The one place that decides what an answer may show of people and ties to whom
 * ({@link Viewer} states the rule). Every answer that shows people and ties takes a
 * {@link Viewer} from here and redacts by it, after its search: path answers (both
 * engines), mutual connections, ego networks and mentor recommendations; analytics,
 * introductions and exports can call it the same way.
 *
 * <p>
 * Answered from the projection, which carries each person's {@code connectionVisibility};
 * the only database read is the short list of people who accepted to introduce the
 * viewer, once per answer, and none for an admin.
 */
@Service
public class Visibility {

	private final Projection projection;

	private final Driver driver;

	Visibility(Projection projection, Driver driver) {
		this.projection = projection;
		this.driver = driver;
	}

	/**
	 * The view of whoever is asking: an admin sees everything, a member what the rule
	 * allows from their person, any other account no tie at all.
	 * @param caller who is asking
	 * @return the view for this one answer
	 */
	public Viewer forViewer(Caller caller) {
		KnowsGraph graph = this.projection.snapshot().graph();
		if (caller.admin()) {
			return Viewer.everything(graph);
		}
		return forPerson(graph, caller.personId());
	}

	/**
	 * The view of one person, as a member speaking for them would see it.
	 * @param personId the viewer's person
	 * @return the view for this one answer
	 */
	public Viewer forPerson(String personId) {
		return forPerson(this.projection.snapshot().graph(), personId);
	}

	private Viewer forPerson(KnowsGraph graph, String personId) {
		if (personId == null) {
			return Viewer.of(graph, null, List.of());
		}
		List<String> accepted = Cypher.read(this.driver, "visibility/accepted-introducers", Map.of("person", personId))
			.get(0)
			.get("ids")
			.asList(Value::asString);
		return Viewer.of(graph, personId, accepted);
	}

}
