package org.warmpath.introductions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.warmpath.accounts.Caller;
import org.warmpath.cypher.Cypher;
import org.warmpath.people.Vocabulary;
import org.warmpath.problems.Problems;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.Projection;
import org.warmpath.projection.TieDetail;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.Visibility;

import org.springframework.stereotype.Service;

/**
 * Drafts the message of an introduction request from what the graph knows, so that a
 * member approaches well: a clear ask of the introducer, and a short note the introducer
 * can forward that says who the requester is, what they share with the target, what they
 * need and why this person fits.
 *
 * <p>
 * Ties and cards come from the projection; the requester's goals and needs and the
 * programmes and skills the two share come from one small read
 * ({@code introductions/draft-profiles}). Every fact respects the one visibility rule as
 * the requester would see it, also when an admin drafts for them: the draft is the
 * requester's message, so it must not tell them how the introducer knows the target when
 * that tie is not theirs to see. Whether the introducer knows both sides is checked
 * exactly as a request checks it (the caller's view), with the same 422 body, so that a
 * draft is no oracle of who knows whom.
 */
@Service
public class IntroductionDrafts {

	/** The most characters of the requester's goals quoted in a draft. */
	static final int GOALS_MAX = 240;

	private final Projection projection;

	private final Visibility visibility;

	private final Driver driver;

	IntroductionDrafts(Projection projection, Visibility visibility, Driver driver) {
		this.projection = projection;
		this.visibility = visibility;
		this.driver = driver;
	}

	/**
	 * A draft of the introduction message.
	 * @param caller who asks: a member for themselves, an admin naming the requester
	 * @param target whom the requester wants to meet
	 * @param via whom they ask to introduce them
	 * @param need a need id of the vocabulary, or null for the requester's first own need
	 * @param named the requester an admin names; a member's must be themselves or null
	 * @return the draft with the facts it used
	 */
	public Draft draft(Caller caller, String target, String via, String need, String named) {
		String requester = Introductions.requester(caller, named);
		if (target == null || target.isBlank()) {
			throw Problems.badRequest("target", "target is required");
		}
		if (via == null || via.isBlank()) {
			throw Problems.badRequest("via", "via is required");
		}
		target = target.strip();
		via = via.strip();
		String needId = (need == null || need.isBlank()) ? null : need.strip();
		if (needId != null && !Vocabulary.isNeed(needId)) {
			throw Problems.badRequest("need", "need must be one of the needs of GET /api/vocabulary");
		}
		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		PersonCard me = snapshot.card(requester).orElseThrow(() -> Problems.notFound("person", requester));
		String viaId = via;
		String targetId = target;
		PersonCard introducer = snapshot.card(via).orElseThrow(() -> Problems.notFound("person", viaId));
		PersonCard them = snapshot.card(target).orElseThrow(() -> Problems.notFound("person", targetId));
		if (via.equals(requester) || target.equals(requester) || via.equals(target)) {
			throw Problems.badRequest("via", "Requester, introducer and target must be three different people");
		}
		int r = graph.indexOf(requester);
		int v = graph.indexOf(via);
		int t = graph.indexOf(target);
		Viewer asking = this.visibility.forViewer(caller);
		if (graph.strength(r, v) <= 0 || graph.strength(v, t) <= 0 || !asking.tieVisible(requester, via)
				|| !asking.tieVisible(via, target)) {
			throw Introductions.notConnected();
		}
		// the facts as the requester sees them, also when an admin drafts for them
		Viewer theirs = (caller.admin() && !caller.is(requester)) ? this.visibility.forPerson(requester) : asking;
		Record profile = Cypher
			.read(this.driver, "introductions/draft-profiles", Map.of("requester", requester, "target", target))
			.get(0);
		if (needId == null) {
			needId = profile.get("needs")
				.asList(Value::asString)
				.stream()
				.filter(Vocabulary::isNeed)
				.findFirst()
				.orElse(null);
		}
		String needLabel = (needId == null) ? null : needLabel(needId);
		String goals = trimGoals(profile.get("goals").asString(null));

		List<Fact> facts = new ArrayList<>();
		TieDetail ours = snapshot.tie(r, v);
		if (ours.context() != null && !ours.context().isBlank()) {
			facts.add(new Fact("requester-introducer", ours.context().strip(), year(ours.since())));
		}
		if (theirs.tieVisible(via, target)) {
			TieDetail known = snapshot.tie(v, t);
			if (known.context() != null && !known.context().isBlank()) {
				facts.add(new Fact("introducer-target", known.context().strip(), year(known.since())));
			}
		}
		List<String> shared = new ArrayList<>();
		if (same(me.organisation(), them.organisation())) {
			facts.add(new Fact("shared-organisation", them.organisation(), null));
			shared.add(them.organisation());
		}
		if (same(me.specialty(), them.specialty())) {
			facts.add(new Fact("shared-specialty", them.specialty(), null));
			shared.add(them.specialty());
		}
		if (same(me.region(), them.region())) {
			facts.add(new Fact("shared-region", them.region(), null));
			shared.add("the " + them.region() + " region");
		}
		for (String programme : profile.get("sharedProgrammes").asList(Value::asString)) {
			facts.add(new Fact("shared-programme", programme, null));
			shared.add("the " + programme + " programme");
		}
		List<String> skills = profile.get("sharedSkills").asList(Value::asString);
		if (!skills.isEmpty()) {
			facts.add(new Fact("shared-skills", String.join(", ", skills), null));
		}
		if (needLabel != null) {
			facts.add(new Fact("need", needLabel, null));
		}
		if (goals != null) {
			facts.add(new Fact("goals", goals, null));
		}
		String level = level(me.seniority(), them.seniority());
		if (level != null) {
			facts.add(new Fact("level", level, them.grade()));
		}

		String viaName = name(introducer, via);
		String targetName = name(them, target);
		String myName = name(me, requester);
		StringBuilder message = new StringBuilder();
		message.append("Hello ").append(viaName).append(",\n\n");
		message.append("I hope you are well").append(howWeKnow(ours)).append(". ");
		message.append("Would you be willing to introduce me to ").append(targetName);
		Fact known = facts.stream().filter(f -> f.kind().equals("introducer-target")).findFirst().orElse(null);
		if (known != null) {
			message.append(" (I understand you know each other: ")
				.append(known.text())
				.append((known.detail() != null) ? ", since " + known.detail() : "")
				.append(")");
		}
		message.append("?\n\n");
		// the part the introducer can forward: three sentences at most
		message.append("Dear ").append(targetName).append(",\n\n");
		message.append("I am ").append(myName).append(who(me));
		List<String> all = new ArrayList<>(shared);
		if (!skills.isEmpty()) {
			all.add("an interest in " + String.join(" and ", skills));
		}
		message.append(all.isEmpty() ? ". " : ", and we have " + list(all) + " in common. ");
		if (needLabel != null) {
			message.append("I am looking for help with ").append(lowerFirst(needLabel));
			message.append((goals != null) ? "; in my own words: " + goals : "").append(". ");
		}
		else if (goals != null) {
			message.append("In my own words: ").append(goals).append(". ");
		}
		if ("near-peer".equals(level)) {
			message.append("As someone a step or two ahead of me, you know this stage well: would you");
		}
		else if ("senior".equals(level)) {
			message.append("Your experience")
				.append((them.grade() != null) ? " as " + article(them.grade()) : "")
				.append(" would help me a great deal: would you");
		}
		else {
			message.append("Would you");
		}
		message.append(" have time for a short conversation?\n\nBest wishes,\n").append(myName);
		return new Draft("Could you introduce me to " + targetName + "?", message.toString(), List.copyOf(facts));
	}

	/**
	 * How the requester knows the introducer, as a clause after "I hope you are well".
	 */
	private static String howWeKnow(TieDetail tie) {
		if (tie.context() == null || tie.context().isBlank()) {
			return "";
		}
		String context = tie.context().strip();
		String clause = switch (context.toLowerCase(Locale.ROOT)) {
			case "colleague", "colleagues", "worked-together" -> "we worked together";
			case "supervisor", "supervised-me", "i-supervised" -> "we know each other through supervision";
			case "trained-together" -> "we trained together";
			case "co-authored" -> "we wrote together";
			case "committee" -> "we sat on a committee together";
			case "alumni" -> "we studied at the same place";
			case "conference" -> "we met at a conference";
			case "programme" -> "we were on the same programme";
			case "introduction" -> "we were introduced";
			case "mentoring" -> "we know each other through mentoring";
			case "social" -> "we know each other socially";
			default -> (startsWithVerb(context) ? "we " : "we know each other through ") + context;
		};
		String since = year(tie.since());
		return "; " + clause + ((since != null) ? " since " + since : "");
	}

	private static boolean startsWithVerb(String context) {
		String first = context.split("\\s+")[0].toLowerCase(Locale.ROOT);
		return List
			.of("worked", "work", "trained", "train", "studied", "study", "met", "served", "were", "are", "co-authored",
					"wrote", "sat", "taught", "shared")
			.contains(first);
	}

	/**
	 * ", a Foundation doctor in Cardiology at St Elsewhere", from what the card holds.
	 */
	private static String who(PersonCard card) {
		StringBuilder s = new StringBuilder();
		if (card.grade() != null && !card.grade().isBlank()) {
			s.append(", ").append(article(card.grade()));
		}
		if (card.specialty() != null && !card.specialty().isBlank()) {
			s.append((s.length() == 0) ? ", working" : "").append(" in ").append(card.specialty());
		}
		if (card.organisation() != null && !card.organisation().isBlank()) {
			s.append((s.length() == 0) ? ", working" : "").append(" at ").append(card.organisation());
		}
		return s.toString();
	}

	/**
	 * "a" or "an" before a grade, by its sound: "an FY1" and "an ST3" (letters said
	 * aloud), "a Consultant", "an Associate specialist".
	 */
	static String article(String noun) {
		String first = noun.split("[\\s(]")[0];
		boolean spelt = first.length() > 1
				&& first.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
		String vowels = spelt ? "AEFHILMNORSX" : "aeiouAEIOU";
		return ((vowels.indexOf(noun.charAt(0)) >= 0) ? "an " : "a ") + noun;
	}

	/** "Portfolio and ARCP" as "portfolio and ARCP" in the middle of a sentence. */
	private static String lowerFirst(String label) {
		return (label.length() > 1 && Character.isUpperCase(label.charAt(1))) ? label
				: Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/**
	 * The seniority gap of the target over the requester: "near-peer" one or two steps
	 * ahead, "senior" three or more (docs/model.md), null when level or behind or
	 * unknown.
	 */
	static String level(Integer mine, Integer theirs) {
		if (mine == null || theirs == null || theirs <= mine) {
			return null;
		}
		return (theirs - mine <= 2) ? "near-peer" : "senior";
	}

	/**
	 * The member's goals, trimmed to {@link #GOALS_MAX} characters at a word and without
	 * the final full stop (the draft's sentence ends it).
	 */
	static String trimGoals(String goals) {
		if (goals == null || goals.isBlank()) {
			return null;
		}
		String g = goals.strip().replaceAll("\\s+", " ");
		if (g.length() > GOALS_MAX) {
			int cut = g.lastIndexOf(' ', GOALS_MAX);
			g = g.substring(0, (cut > GOALS_MAX / 2) ? cut : GOALS_MAX) + "…";
		}
		while (g.endsWith(".")) {
			g = g.substring(0, g.length() - 1);
		}
		return g;
	}

	private static String needLabel(String id) {
		return Vocabulary.needs()
			.stream()
			.filter(n -> n.id().equals(id))
			.map(Vocabulary.Term::label)
			.findFirst()
			.orElse(id);
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
	}

	/** The year of an ISO date as Cypher writes it, or null. */
	private static String year(String since) {
		return (since == null || since.length() < 4) ? null : since.substring(0, 4);
	}

	private static String name(PersonCard card, String id) {
		return (card.name() != null && !card.name().isBlank()) ? card.name() : id;
	}

	private static String list(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/**
	 * A drafted introduction request, to edit before sending.
	 *
	 * @param subject one line naming the ask
	 * @param message the note to the introducer, with a second part they can forward to
	 * the target
	 * @param facts each fact the draft used, so that the member sees why it says what it
	 * says
	 */
	public record Draft(String subject, String message, List<Fact> facts) {
	}

	/**
	 * One fact a draft used.
	 *
	 * @param kind {@code requester-introducer} (how the requester knows the introducer),
	 * {@code introducer-target} (only when the requester may see that tie),
	 * {@code shared-organisation}, {@code shared-specialty}, {@code shared-region},
	 * {@code shared-programme}, {@code shared-skills}, {@code need} (its label),
	 * {@code goals} (the requester's own, trimmed) or {@code level} ({@code near-peer} or
	 * {@code senior})
	 * @param text the fact in words
	 * @param detail the year of a tie, the target's grade for a level, or null
	 */
	public record Fact(String kind, String text, String detail) {
	}

}
