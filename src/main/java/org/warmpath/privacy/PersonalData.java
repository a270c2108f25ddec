package org.warmpath.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.cypher.Cypher;
import org.warmpath.introductions.Introductions;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.Projection;
import org.warmpath.people.Directory;
import org.warmpath.people.PersonErasure;
import org.warmpath.problems.Problems;
import org.warmpath.ratelimits.RateLimits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A person's data on request (export) and its erasure.
 *
 * <p>
 * Erasure runs in one write transaction: introductions the person took part in are folded
 * into anonymised {@code (:ErasedIntroductions {status, count})} tallies and deleted,
 * then the accounts that speak for the person, then the person with every relationship.
 * Afterwards the projection drops the person at once and is rebuilt, so no copy of the id
 * stays in memory, and the rate-limit buckets of the accounts are forgotten.
 */
@Service
public class PersonalData implements PersonErasure {

	private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

	private final Driver driver;

	private final Directory directory;

	private final Introductions introductions;

	private final Projection projection;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final AccountManagement accounts;

	private final ChangeLog changes;

	PersonalData(Driver driver, Directory directory, Introductions introductions, Projection projection,
			RateLimits limits, ApplicationEventPublisher events, AccountManagement accounts, ChangeLog changes) {
		this.accounts = accounts;
		this.changes = changes;
		this.driver = driver;
		this.directory = directory;
		this.introductions = introductions;
		this.projection = projection;
		this.limits = limits;
		this.events = events;
	}

	/**
	 * Everything held about a person: profile, account, ties, introductions and
	 * mentoring.
	 * @param personId the person
	 * @param username the account asking
	 * @param roles its roles
	 * @return a JSON-ready map
	 */
	public Map<String, Object> export(String personId, String username, List<String> roles) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("profile", this.directory.find(personId).orElseThrow(() -> Problems.notFound("person", personId)));
		out.put("account", Map.of("username", username, "roles", roles));
		Record r = this.driver.executableQuery(Cypher.query("privacy/export"))
			.withParameters(Map.of("id", personId))
			.execute()
			.records()
			.get(0);
		out.put("ties", r.get("ties").asList(Value::asMap));
		out.put("introductions", this.introductions.list(personId, "any", null));
		out.put("mentoring", r.get("mentoring").asList(Value::asMap));
		return out;
	}

	@Override
	public void erase(String personId) {
		List<String> usernames = new ArrayList<>();
		int[] introductions = new int[1];
		try (Session session = Cypher.session(this.driver)) {
			session.executeWrite(tx -> {
				usernames.clear();
				introductions[0] = 0;
				if (tx.run("MATCH (p:Person {id: $id}) RETURN count(p) AS n", Map.of("id", personId))
					.single()
					.get("n")
					.asInt() == 0) {
					throw Problems.notFound("person", personId);
				}
				tx.run(Cypher.query("privacy/erase-introductions"), Map.of("id", personId))
					.forEachRemaining(row -> introductions[0] += row.get("erased").asInt());
				tx.run(Cypher.query("privacy/erase-accounts"), Map.of("id", personId))
					.forEachRemaining(row -> usernames.add(row.get("username").asString()));
				tx.run(Cypher.query("privacy/erase-person"), Map.of("id", personId)).consume();
				this.changes.record(tx, ChangeLog.Change.personRemoved());
				return null;
			});
		}
		this.projection.personRemoved(personId);
		this.events.publishEvent(new GraphChanged("person erased"));
		usernames.forEach(this.limits::forget);
		usernames.forEach(this.accounts::revoked);
		log.info("Erased a person: {} introductions anonymised, {} accounts removed", introductions[0],
				usernames.size());
	}

}
