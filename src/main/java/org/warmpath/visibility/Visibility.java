package org.warmpath.visibility;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Value;
import org.warmpath.accounts.Caller;
import org.warmpath.cypher.Reads;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.context.event.EventListener;
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
 * viewer, and none for an admin. That list is remembered per viewer: forgotten at once
 * when an introduction of theirs changes on this instance ({@link IntroducersChanged}),
 * and after {@link #INTRODUCERS_TTL} at the latest, for changes made on another instance.
 * So a member's answers make no database read while they keep asking, and an acceptance
 * withdrawn on another instance is honoured for a few seconds at most.
 */
@Service
public class Visibility {

	/** How long a viewer's accepted introducers are remembered at most. */
	static final Duration INTRODUCERS_TTL = Duration.ofSeconds(5);

	/** Viewers remembered at most; the oldest half is dropped past it. */
	private static final int MAX_REMEMBERED = 100_000;

	private final Projection projection;

	private final Reads reads;

	private final Map<String, Remembered> introducers = new ConcurrentHashMap<>();

	Visibility(Projection projection, Reads reads) {
		this.projection = projection;
		this.reads = reads;
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
		long now = System.nanoTime();
		Remembered r = this.introducers.get(personId);
		if (r == null || now - r.readAt() > INTRODUCERS_TTL.toNanos()) {
			List<String> ids = this.reads.read("visibility/accepted-introducers", Map.of("person", personId))
				.get(0)
				.get("ids")
				.asList(Value::asString);
			r = new Remembered(List.copyOf(ids), now);
			if (this.introducers.size() >= MAX_REMEMBERED) {
				this.introducers.clear();
			}
			this.introducers.put(personId, r);
		}
		List<String> accepted = r.ids();
		return Viewer.of(graph, personId, accepted);
	}

	/**
	 * Forgets what was remembered of the requester's introducers (everyone's for a
	 * {@code null} requester).
	 * @param event what changed
	 */
	@EventListener
	public void introducersChanged(IntroducersChanged event) {
		if (event.requester() == null) {
			this.introducers.clear();
		}
		else {
			this.introducers.remove(event.requester());
		}
	}

	private record Remembered(List<String> ids, long readAt) {
	}

}
