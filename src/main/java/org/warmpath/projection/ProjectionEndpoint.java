package org.warmpath.projection;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/projection} (admins only): what the in-memory projection holds, as
 * counts and a {@link ProjectionDigest}, so that a load test, an operator or a second
 * instance can check it against Neo4j ({@link ProjectionDigest#ofNeo4j}) without reading
 * the app's memory. It answers from the latest snapshot, as queries do, and says whether
 * that covers every write the app has seen. Costs one pass over the projection (about 0.5
 * s per million ties), which is why it is an admin's tool and not part of health.
 */
@Component
@Endpoint(id = "projection")
public class ProjectionEndpoint {

	private final Projection projection;

	ProjectionEndpoint(Projection projection) {
		this.projection = projection;
	}

	@ReadOperation
	public State state() {
		Projection.Snapshot s = this.projection.snapshot();
		long writes = this.projection.writesSeen();
		ProjectionDigest d = ProjectionDigest.of(s.graph());
		return new State(d.people(), d.ties(), d.digest(), s.covers(), writes, s.covers() >= writes, s.builtMillis());
	}

	/**
	 * The projection's state.
	 *
	 * @param people live people
	 * @param ties live ties between live people
	 * @param digest {@link ProjectionDigest#digest()}
	 * @param covers write sequence number the snapshot reflects
	 * @param writes writes the app has seen
	 * @param current whether the snapshot covers every write seen
	 * @param builtMillis how long the snapshot's rebuild took
	 */
	public record State(long people, long ties, String digest, long covers, long writes, boolean current,
			long builtMillis) {
	}

}
