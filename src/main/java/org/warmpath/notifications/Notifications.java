package org.warmpath.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;
import org.warmpath.introductions.IntroductionProperties;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Writes, lists and answers notifications. Every notification is MERGEd on its key (kind,
 * subject ids, step), unique by constraint, so a listener that runs again, the job that
 * runs twice, two instances or a restart never make a second one for the same event.
 */
@Service
class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/** Most notifications one list answer holds. */
	static final int MAX_LIST = 200;

	/**
	 * Most candidates one job query takes; the job repeats it while it finds that many.
	 */
	static final int JOB_BATCH = 500;

	/**
	 * Most batches of one kind per run, so one run stays bounded whatever the backlog.
	 */
	private static final int JOB_ROUNDS = 20;

	private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
	};

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Driver driver;

	private final Writes writes;

	private final NotificationProperties properties;

	private final IntroductionProperties introductions;

	private final ObjectMapper json;

	private final List<Runnable> afterWrite = new java.util.concurrent.CopyOnWriteArrayList<>();

	Notifications(Driver driver, Writes writes, NotificationProperties properties, IntroductionProperties introductions,
			ObjectMapper json) {
		this.driver = driver;
		this.writes = writes;
		this.properties = properties;
		this.introductions = introductions;
		this.json = json;
	}

	/** Runs after every write that created notifications (the mailer's nudge). */
	void afterWrite(Runnable action) {
		this.afterWrite.add(action);
	}

	/**
	 * A notification to write.
	 *
	 * @param key its unique key
	 * @param personId whom it is for
	 * @param kind its kind
	 * @param introductionId the introduction, or null
	 * @param mentorId the mentor, or null
	 * @param menteeId the mentee, or null
	 * @param people the people it names, by role (requester, introducer, target, mentor):
	 * their names are stored with it
	 * @param extra other words it needs (expiresAt)
	 */
	record Draft(String key, String personId, String kind, String introductionId, String mentorId, String menteeId,
			Map<String, String> people, Map<String, String> extra) {
	}

	/**
	 * Writes notifications in one transaction, each unless its key already exists.
	 * @return how many were new
	 */
	int write(List<Draft> drafts) {
		if (drafts.isEmpty()) {
			return 0;
		}
		int created;
		created = this.writes.execute(tx -> {
			Map<String, String> names = names(tx, drafts);
			int n = 0;
			for (Draft d : drafts) {
				Map<String, String> data = new LinkedHashMap<>();
				d.people().forEach((role, id) -> data.put(role, names.getOrDefault(id, "someone")));
				data.putAll(d.extra());
				Map<String, Object> params = new HashMap<>();
				params.put("key", d.key());
				params.put("id", UUID.randomUUID().toString());
				params.put("personId", d.personId());
				params.put("kind", d.kind());
				params.put("introductionId", d.introductionId());
				params.put("mentorId", d.mentorId());
				params.put("menteeId", d.menteeId());
				params.put("data", toJson(data));
				if (tx.single(Cypher.query("notifications/write"), params).get("created").asBoolean()) {
					n++;
				}
			}
			return n;
		});
		if (created > 0) {
			this.afterWrite.forEach(Runnable::run);
		}
		return created;
	}

	private static Map<String, String> names(WriteTx tx, List<Draft> drafts) {
		Set<String> ids = new LinkedHashSet<>();
		drafts.forEach(d -> ids.addAll(d.people().values()));
		Map<String, String> names = new HashMap<>();
		for (MapAccessor r : tx.run(Cypher.query("notifications/names"), Map.of("ids", List.copyOf(ids)))) {
			names.put(r.get("id").asString(), r.get("name").asString("someone"));
		}
		return names;
	}

	/**
	 * Writes the notifications that fall due with time: expiring requests, follow-ups and
	 * near-peer invitations. Each query reads one bounded window, at most
	 * {@value #JOB_BATCH} candidates not yet notified, a few rounds at most.
	 * @param now the time to judge by
	 * @return how many notifications were new
	 */
	int generateDue(ZonedDateTime now) {
		int created = 0;
		ZonedDateTime expireBefore = now.minus(this.introductions.expireAfter());
		ZonedDateTime warnBefore = expireBefore.plus(this.properties.expiryWarning());
		created += rounds("notifications/expiring", Map.of("warnBefore", warnBefore, "expireBefore", expireBefore),
				this::expiring);
		ZonedDateTime completedBefore = now.minus(this.properties.followUpAfter());
		created += rounds("notifications/follow-ups",
				Map.of("before", completedBefore, "since", completedBefore.minus(this.properties.catchUp())),
				this::followUp);
		LocalDate began = now.toLocalDate().minusDays(this.properties.nearPeerAfter().toDays());
		created += rounds("notifications/near-peer-mentees",
				Map.of("before", began, "since", began.minusDays(Math.max(1, this.properties.catchUp().toDays()))),
				this::nearPeer);
		if (created > 0) {
			log.info("Wrote {} notifications that fell due", created);
		}
		return created;
	}

	private int rounds(String query, Map<String, Object> window,
			java.util.function.Function<Record, List<Draft>> make) {
		int created = 0;
		for (int round = 0; round < JOB_ROUNDS; round++) {
			Map<String, Object> params = new HashMap<>(window);
			params.put("limit", JOB_BATCH);
			List<Record> found = Cypher.read(this.driver, query, params);
			List<Draft> drafts = new ArrayList<>();
			found.forEach(r -> drafts.addAll(make.apply(r)));
			created += write(drafts);
			if (found.size() < JOB_BATCH) {
				break;
			}
		}
		return created;
	}

	private List<Draft> expiring(Record r) {
		String id = r.get("id").asString();
		String requester = r.get("requester").asString();
		String introducer = r.get("introducer").asString();
		String target = r.get("target").asString();
		boolean blind = r.get("blind").asBoolean();
		Instant expires = r.get("asked").asZonedDateTime().toInstant().plus(this.introductions.expireAfter());
		Map<String, String> extra = Map.of("expiresAt", expires.toString());
		String key = "expiring:" + id + ":" + introducer + ":";
		Map<String, String> toIntroducer = blind ? Map.of("requester", requester)
				: Map.of("requester", requester, "target", target);
		Map<String, String> toRequester = blind ? Map.of("target", target)
				: Map.of("introducer", introducer, "target", target);
		return List.of(new Draft(key + introducer, introducer, "expiring", id, null, null, toIntroducer, extra),
				new Draft(key + requester, requester, "expiring", id, null, null, toRequester, extra));
	}

	private List<Draft> followUp(Record r) {
		String id = r.get("id").asString();
		return List.of(new Draft("follow-up:" + id, r.get("requester").asString(), "follow-up", id, null, null,
				Map.of("target", r.get("target").asString()), Map.of()));
	}

	private List<Draft> nearPeer(Record r) {
		String mentor = r.get("mentor").asString();
		String mentee = r.get("mentee").asString();
		return List.of(new Draft(r.get("key").asString(), mentee, "offer-near-peer", null, mentor, mentee,
				Map.of("mentor", mentor), Map.of("since", r.get("since").asString())));
	}

	/**
	 * One person's notifications, newest first.
	 * @param person whose
	 * @param unreadOnly only those not read
	 * @param limit at most this many (1 to {@value #MAX_LIST})
	 */
	NotificationList list(String person, boolean unreadOnly, int limit) {
		if (limit < 1 || limit > MAX_LIST) {
			throw Problems.badRequest("limit", "limit must be between 1 and " + MAX_LIST);
		}
		try (Session session = Cypher.readSession(this.driver)) {
			return session.executeRead(tx -> {
				long unread = tx.run(Cypher.query("notifications/unread-count"), Map.of("person", person))
					.single()
					.get("unread")
					.asLong();
				List<Notification> items = tx
					.run(Cypher.query("notifications/list"),
							Map.of("person", person, "unread", unreadOnly, "limit", limit))
					.list(this::notification);
				return new NotificationList(unread, items);
			});
		}
	}

	private Notification notification(Record r) {
		String kind = r.get("kind").asString();
		return new Notification(r.get("id").asString(), kind, text(kind, data(r.get("data").asString(null))),
				r.get("introductionId").asString(null), r.get("mentorId").asString(null),
				r.get("menteeId").asString(null), instant(r.get("createdAt")), instant(r.get("readAt")),
				r.get("outcome").asString(null));
	}

	/** Marks one of the person's notifications read; 404 for anyone else's. */
	void read(String person, String id) {
		boolean found = this.writes
			.execute(tx -> !tx.run(Cypher.query("notifications/read"), Map.of("person", person, "id", id)).isEmpty());
		if (!found) {
			throw Problems.notFound("notification", id);
		}
	}

	/** Marks all of the person's notifications read. */
	long readAll(String person) {
		return this.writes.execute(tx -> tx.single(Cypher.query("notifications/read-all"), Map.of("person", person)))
			.get("read")
			.asLong();
	}

	/**
	 * Answers a follow-up: records the introduction's outcome and marks the notification
	 * read. The same answer twice changes nothing; 404 for anyone else's notification,
	 * 409 for one that is no follow-up.
	 */
	FollowUpOutcome answer(String person, String id, FollowUpAnswer answer) {
		if (answer == null || answer.met() == null) {
			throw Problems.badRequest("met", "'met' (true or false) is required");
		}
		boolean started = Boolean.TRUE.equals(answer.mentoringStarted());
		if (started && !answer.met()) {
			throw Problems.badRequest("mentoringStarted", "Mentoring cannot have started without a meeting");
		}
		String outcome = started ? "mentoring-started" : answer.met() ? "met" : "no-meeting";
		return this.writes.execute(tx -> {
			List<? extends MapAccessor> found = tx.run(Cypher.query("notifications/lock"),
					Map.of("person", person, "id", id));
			if (found.isEmpty()) {
				throw Problems.notFound("notification", id);
			}
			if (!"follow-up".equals(found.get(0).get("kind").asString())) {
				throw Problems.exception(HttpStatus.CONFLICT, "not-a-follow-up", "Not a follow-up",
						"Only a follow-up notification takes an answer", Map.of());
			}
			MapAccessor r = tx.single(Cypher.query("notifications/record-outcome"),
					Map.of("id", id, "outcome", outcome));
			return new FollowUpOutcome(found.get(0).get("introductionId").asString(), r.get("outcome").asString(),
					instant(r.get("outcomeAt")));
		});
	}

	/** Removes what an erased person leaves in notifications. */
	void erase(String person) {
		this.writes.execute(tx -> tx.run(Cypher.query("notifications/erase"), Map.of("person", person)));
	}

	private static Instant instant(Value v) {
		return v.isNull() ? null : v.asZonedDateTime().toInstant();
	}

	private String toJson(Map<String, String> data) {
		try {
			return this.json.writeValueAsString(data);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Map<String, String> data(String stored) {
		if (stored == null) {
			return Map.of();
		}
		try {
			return this.json.readValue(stored, DATA);
		}
		catch (JsonProcessingException ex) {
			return Map.of();
		}
	}

	/**
	 * A notification in words. It names only the people its data holds, which were chosen
	 * for its reader (a blind request's introducer is never named to the requester before
	 * they accept, nor its target beyond the next hop to an introducer).
	 */
	static String text(String kind, Map<String, String> data) {
		String requester = data.getOrDefault("requester", "Someone");
		String introducer = data.get("introducer");
		String target = data.get("target");
		String to = (target == null) ? "" : " to " + target;
		return switch (kind) {
			case "ask-waiting" -> requester + " asks you for an introduction" + to + ".";
			case "accepted" -> ((introducer == null) ? "Your introducer" : introducer)
					+ " accepted your introduction request" + to + ".";
			case "declined" -> (introducer == null) ? "Your introduction request" + to + " was declined."
					: introducer + " declined your introduction request" + to + ".";
			case "expiring" -> {
				String day = day(data.get("expiresAt"));
				yield data.containsKey("requester")
						? requester + "'s introduction request" + to + " expires on " + day + " unless you answer it."
						: "Your introduction request" + to + " expires on " + day + " unless "
								+ ((introducer == null) ? "it is answered" : introducer + " answers it") + ".";
			}
			case "follow-up" -> "You were introduced" + to + " two weeks ago: did you meet? Did mentoring start?";
			case "offer-near-peer" -> "You have been mentored by " + data.getOrDefault("mentor", "your mentor")
					+ " for a year now: would you offer near-peer mentoring to someone a step or two behind you?";
			default -> kind;
		};
	}

	private static String day(String instant) {
		if (instant == null) {
			return "soon";
		}
		try {
			return DAY.format(Instant.parse(instant).atZone(ZoneOffset.UTC));
		}
		catch (RuntimeException ex) {
			return "soon";
		}
	}

	/** The time the job judges by. */
	static ZonedDateTime now() {
		return ZonedDateTime.now(ZoneOffset.UTC);
	}

	/** The e-mail subject of a notification's kind. */
	static String subject(String kind) {
		return switch (kind) {
			case "ask-waiting" -> "An introduction request is waiting for you";
			case "accepted" -> "Your introduction request was accepted";
			case "declined" -> "Your introduction request was declined";
			case "expiring" -> "An introduction request expires soon";
			case "follow-up" -> "How did your introduction go?";
			case "offer-near-peer" -> "Would you mentor someone yourself?";
			default -> "WarmPath";
		};
	}

	/** How long a notification stays worth e-mailing. */
	Duration mailWithin() {
		return this.properties.mailWithin();
	}

}
