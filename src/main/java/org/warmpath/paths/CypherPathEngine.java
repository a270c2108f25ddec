package org.warmpath.paths;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.warmpath.cypher.Cypher;

import org.springframework.stereotype.Component;

/**
 * Paths computed by Cypher in Neo4j: {@code shortestPath} (k = 1) and GQL
 * {@code SHORTEST k} for fewest hops, an exhaustive bounded enumeration for warmest.
 *
 * <p>
 * Reads live data, so it needs no projection; it is the cross-check for the graph engine
 * and the engine of choice for one-off queries on a server the app does not project.
 * Among paths with equally few hops, Cypher returns whichever it meets first, so its
 * fewest answers agree with the graph engine on hop counts, not always on which
 * equal-length path.
 */
@Component
class CypherPathEngine implements PathEngine {

	private final Driver driver;

	private final PathsProperties properties;

	CypherPathEngine(Driver driver, PathsProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "cypher";
	}

	@Override
	public List<FoundPath> find(PathRequest request) {
		String query;
		if (request.mode() == PathMode.FEWEST) {
			query = (request.k() == 1) ? Cypher.query("paths/fewest")
					: Cypher.query("paths/fewest-k").replace("{k}", Integer.toString(request.k()));
		}
		else {
			query = Cypher.query("paths/warmest");
		}
		// maxHops and k were validated as small integers: the only text ever put into a
		// query
		query = query.replace("{maxHops}", Integer.toString(request.maxHops()));
		Map<String, Object> params = Map.of("from", request.from(), "to", request.to(), "avoid", request.avoid(),
				"minStrength", request.minStrength(), "k", (long) request.k());
		String text = query;
		try {
			return run(request, text, params);
		}
		catch (ClientException ex) {
			// the transaction ran past cypher-timeout and Neo4j terminated it: the same
			// answer as the graph engine's time budget (503), not a 500
			if (ex.code() != null && ex.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
				throw new SearchTimeoutException();
			}
			throw ex;
		}
	}

	private List<FoundPath> run(PathRequest request, String text, Map<String, Object> params) {
		try (Session session = Cypher.readSession(this.driver)) {
			List<FoundPath> found = session.executeRead(
					tx -> tx.run(text, params)
						.list(r -> new FoundPath(r.get("people").asList(Value::asString),
								r.get("strengths").asList(Value::asDouble))),
					TransactionConfig.builder().withTimeout(this.properties.cypherTimeout()).build());
			Comparator<FoundPath> order = (request.mode() == PathMode.FEWEST)
					? Comparator.comparingInt(FoundPath::hops).thenComparingDouble(FoundPath::cost)
					: Comparator.comparingDouble(FoundPath::cost).thenComparingInt(FoundPath::hops);
			return found.stream()
				.filter(path -> new java.util.HashSet<>(path.people()).size() == path.people().size())
				.sorted(order)
				.limit(request.k())
				.toList();
		}
	}

}
