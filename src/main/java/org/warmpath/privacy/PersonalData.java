package org.warmpath.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Writes;
import org.warmpath.introductions.Introduction;
import org.warmpath.introductions.Introductions;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;
import org.warmpath.projection.Projection;
import org.warmpath.people.Directory;
import org.warmpath.people.PersonDetails;
import org.warmpath.people.PersonErased;
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
 * The change feed's entries that named the person are made to name nobody in the same
 * transaction. Afterwards the projection drops the person at once and is rebuilt, so no
 * copy of the id stays in memory, the rate-limit buckets of the accounts are forgotten,
 * and {@link PersonErased} tells analytics to drop its cached answers and job results.
 */
@Service
class PersonalData implements PersonErasure {

	private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Driver driver;

	private final Writes writes;

	private final Directory directory;

	private final Introductions introductions;

	private final Projection projection;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final AccountManagement accounts;

	private final ChangeLog changes;

	PersonalData(Driver driver, Writes writes, Directory directory, Introductions introductions, Projection projection,
			RateLimits limits, ApplicationEventPublisher events, AccountManagement accounts, ChangeLog changes) {
		this.accounts = accounts;
		this.changes = changes;
		this.driver = driver;
		this.writes = writes;
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
	 * @return the export
	 */
	public PersonalDataExport export(String personId, String username, List<String> roles) {
		PersonDetails profile = this.directory.find(personId).orElseThrow(() -> Problems.notFound("person", personId));
		Record r = this.driver.executableQuery(Cypher.query("privacy/export"))
			.withParameters(Map.of("id", personId))
			.execute()
			.records()
			.get(0);
		List<PersonalDataExport.ExportedTie> ties = r.get("ties")
			.asList(t -> new PersonalDataExport.ExportedTie(t.get("person").asString(null),
					t.get("name").asString(null), t.get("strength").isNull() ? null : t.get("strength").asDouble(),
					t.get("context").asString(null), t.get("since").asString(null), t.get("source").asString(null)));
		List<PersonalDataExport.ExportedVouch> vouches = r.get("vouches")
			.asList(v -> new PersonalDataExport.ExportedVouch(v.get("person").asString(null),
					v.get("name").asString(null), v.get("closeness").isNull() ? null : v.get("closeness").asInt(),
					evidence(v.get("evidence").asString(null)), v.get("createdAt").asString(null),
					v.get("updatedAt").asString(null)));
		List<Introduction> introductions = this.introductions.list(personId, "any", null);
		List<PersonalDataExport.ExportedMentoring> mentoring = r.get("mentoring")
			.asList(m -> new PersonalDataExport.ExportedMentoring(m.get("role").asString(null),
					m.get("person").asString(null), m.get("name").asString(null), m.get("status").asString(null),
					m.get("programme").asString(null), m.get("since").asString(null), m.get("until").asString(null),
					m.get("need").asString(null), agreement(m)));
		// goals and needs are the member's own words: part of what is held about them
		MyProfile own = new MyProfile(profile, r.get("goals").asString(null), r.get("needs").asList(v -> v.asString()));
		return new PersonalDataExport(own, new PersonalDataExport.ExportedAccount(username, roles), ties, vouches,
				introductions, mentoring);
	}

	/** What a mentorship's two people agreed, or null when they agreed nothing yet. */
	private static PersonalDataExport.ExportedAgreement agreement(org.neo4j.driver.Value m) {
		if (m.get("goals").isNull() && m.get("frequency").isNull() && m.get("format").isNull()
				&& m.get("reviewOn").isNull()) {
			return null;
		}
		return new PersonalDataExport.ExportedAgreement(m.get("goals").asString(null),
				m.get("frequency").asString(null), m.get("format").asString(null), m.get("reviewOn").asString(null),
				m.get("agreementUpdatedAt").asString(null));
	}

	/**
	 * A side's evidence as the member wrote it: the JSON text Neo4j keeps on the VOUCHES
	 * relationship, given back as JSON rather than as a string to parse again.
	 */
	private static JsonNode evidence(String text) {
		if (text == null) {
			return JsonNodeFactory.instance.arrayNode();
		}
		try {
			return JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			// never written by WarmPath: hand the text back as it is stored
			return JsonNodeFactory.instance.textNode(text);
		}
	}

	@Override
	public void erase(String personId) {
		List<String> usernames = new ArrayList<>();
		int[] introductions = new int[1];
		this.writes.execute(tx -> {
			usernames.clear();
			introductions[0] = 0;
			if (!tx.single(Cypher.query("people/exists"), Map.of("id", personId)).get("found").asBoolean()) {
				throw Problems.notFound("person", personId);
			}
			tx.run(Cypher.query("privacy/erase-introductions"), Map.of("id", personId))
				.forEach(row -> introductions[0] += row.get("erased").asInt());
			tx.run(Cypher.query("privacy/erase-accounts"), Map.of("id", personId))
				.forEach(row -> usernames.add(row.get("username").asString()));
			tx.run(Cypher.query("privacy/erase-person"), Map.of("id", personId));
			this.changes.forget(tx, personId);
			this.changes.record(tx, ChangeLog.Change.personRemoved());
			return null;
		});
		this.projection.personRemoved(personId);
		// removed from the projection in place above; caches of people's attributes drop
		// them (other instances, told by an entry that names nobody, re-read instead)
		this.events.publishEvent(new GraphChanged("person erased", List.of(ChangeLog.Change.attributes())));
		// analytics answers computed while they were in the graph go too
		this.events.publishEvent(new PersonErased(personId));
		usernames.forEach(this.limits::forget);
		usernames.forEach(this.accounts::revoked);
		log.info("Erased a person: {} introductions anonymised, {} accounts removed", introductions[0],
				usernames.size());
	}

}
