package org.warmpath.visibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.warmpath.projection.KnowsGraph;

/**
 * One viewer's view of the network for one request: the visibility rule, answered from
 * the projection in memory (no database reads). Obtain it from
 * {@link Visibility#forViewer}, use it for one answer (it reads one projection snapshot)
 * and let it go.
 *
 * <p>
 * <b>The rule.</b> A tie between {@code a} and {@code b} is shown to the viewer only if
 * the viewer is {@code a} or {@code b}, or is an admin, or both {@code a}'s and
 * {@code b}'s {@code connectionVisibility} allow it:
 * <ul>
 * <li>{@code private}: only the person themselves;</li>
 * <li>{@code connections}: the person's first-degree contacts, and the contacts of the
 * person they are tied to here: the viewer must be a direct contact of {@code a} or of
 * {@code b}. (Read strictly, "a direct contact of each" would hide every tie of a mutual
 * connection to a target one does not know, which is the question "who can introduce me"
 * asks; this reading keeps that answer and still shows no tie further than one hop from
 * the viewer's own contacts.)</li>
 * </ul>
 * Someone who accepted to introduce the viewer counts as the viewer's contact.
 *
 * <p>
 * <b>People on a chain</b> ({@link #path}): the viewer and the person they named are
 * shown; anyone else is shown only when a chain of visible ties links them to one of
 * those two, and never so that a hidden tie has two named ends. A person not shown is
 * {@link Disclosure#ANONYMOUS} when a private setting hides their ties on the chain, and
 * {@link Disclosure#PROFILE} (grade and specialty) when they are only beyond the viewer's
 * horizon.
 */
public final class Viewer {

	private final KnowsGraph graph;

	private final int me;

	private final boolean everything;

	private final Set<Integer> alsoContacts;

	private Viewer(KnowsGraph graph, int me, boolean everything, Set<Integer> alsoContacts) {
		this.graph = graph;
		this.me = me;
		this.everything = everything;
		this.alsoContacts = alsoContacts;
	}

	/**
	 * A viewer who sees every tie and person: an admin.
	 * @param graph the projection
	 * @return the view
	 */
	public static Viewer everything(KnowsGraph graph) {
		return new Viewer(graph, -1, true, Set.of());
	}

	/**
	 * A member's view; pure, for tests and for modules that already hold the projection.
	 * @param graph the projection
	 * @param personId the member's person, or {@code null} for an account with none (who
	 * then sees no tie)
	 * @param acceptedIntroducers people who accepted to introduce the member
	 * @return the view
	 */
	public static Viewer of(KnowsGraph graph, String personId, Collection<String> acceptedIntroducers) {
		int me = (personId == null) ? -1 : graph.indexOf(personId);
		Set<Integer> also = new HashSet<>();
		for (String id : acceptedIntroducers) {
			int idx = graph.indexOf(id);
			if (idx >= 0) {
				also.add(idx);
			}
		}
		return new Viewer(graph, me, false, also);
	}

	/** Whether this viewer sees everything (an admin). */
	public boolean seesEverything() {
		return this.everything;
	}

	/** The projection this view reads. */
	public KnowsGraph graph() {
		return this.graph;
	}

	/**
	 * Whether the tie between two people may be shown to this viewer (see the rule
	 * above); whether the tie exists is not checked.
	 * @param a one person's projection index
	 * @param b the other's
	 * @return true when it may be shown
	 */
	public boolean tieVisible(int a, int b) {
		if (this.everything || (this.me >= 0 && (a == this.me || b == this.me))) {
			return true;
		}
		return allows(a, b) && allows(b, a);
	}

	/**
	 * {@link #tieVisible(int, int)} by person id; unknown people's ties are hidden.
	 */
	public boolean tieVisible(String a, String b) {
		if (this.everything) {
			return true;
		}
		int ia = this.graph.indexOf(a);
		int ib = this.graph.indexOf(b);
		return ia >= 0 && ib >= 0 && tieVisible(ia, ib);
	}

	/**
	 * Whether {@code person}'s setting lets this viewer see their tie to {@code other}.
	 */
	private boolean allows(int person, int other) {
		if (person == this.me) {
			return true;
		}
		if (this.graph.tiesPrivate(person)) {
			return false;
		}
		return this.me >= 0 && (contact(person) || contact(other));
	}

	/** A live direct tie to the viewer, or an accepted introduction through them. */
	private boolean contact(int person) {
		if (person == this.me || this.alsoContacts.contains(person)) {
			return true;
		}
		// strength covers the ties added in place (the overlay) as well as the base
		return this.graph.strength(this.me, person) > 0 && !this.graph.isRemoved(person);
	}

	/**
	 * Whether this person keeps their ties from this viewer as a rule: their connections
	 * are private and the viewer is neither them nor an admin.
	 * @param personId the person
	 * @return true when none of their ties to others may show
	 */
	public boolean tiesWithheldBy(String personId) {
		if (this.everything) {
			return false;
		}
		int idx = this.graph.indexOf(personId);
		return idx >= 0 && idx != this.me && this.graph.tiesPrivate(idx);
	}

	/**
	 * What an aggregate answer (analytics: brokers, articulation points, bridges,
	 * community brokers and members, the introduction funnel, and the jobs that hold
	 * them) may show of one person. Such an answer names a person for where their ties
	 * put them in the network, so a person who keeps their ties private is
	 * {@link Disclosure#ANONYMOUS} ("a private member") to everyone but themselves and
	 * admins; anyone else is {@link Disclosure#FULL}: the answer shows no tie's ends.
	 * @param idx the person's projection index ({@code -1}: unknown, shown as given)
	 * @return how much the answer may show of them
	 */
	public Disclosure disclosePerson(int idx) {
		if (this.everything || idx < 0 || idx == this.me) {
			return Disclosure.FULL;
		}
		return this.graph.tiesPrivate(idx) ? Disclosure.ANONYMOUS : Disclosure.FULL;
	}

	/**
	 * {@link #disclosePerson(int)} by person id.
	 * @param personId the person
	 * @return how much the answer may show of them
	 */
	public Disclosure disclosePerson(String personId) {
		return this.everything ? Disclosure.FULL : disclosePerson(this.graph.indexOf(personId));
	}

	/**
	 * Whether this viewer may list someone's connections at all: admins and the person
	 * always; otherwise only a contact of theirs (see the rule) when their setting is not
	 * private. Which of the listed ties may show is then {@link #hiddenTiesOf}'s answer.
	 * @param personId whose connections
	 * @return true when the list may be shown
	 */
	public boolean listsConnectionsOf(String personId) {
		if (this.everything) {
			return true;
		}
		int idx = this.graph.indexOf(personId);
		if (idx < 0 || this.me < 0) {
			return false;
		}
		return idx == this.me || (!this.graph.tiesPrivate(idx) && contact(idx));
	}

	/**
	 * The people tied to {@code personId} whose tie to them this viewer may not see: a
	 * list of their connections leaves these out.
	 * @param personId whose connections
	 * @return the other ends of their hidden ties (empty for an admin or the person)
	 */
	public Set<String> hiddenTiesOf(String personId) {
		int idx = this.graph.indexOf(personId);
		if (this.everything || idx < 0 || idx == this.me) {
			return Set.of();
		}
		Set<String> hidden = new HashSet<>();
		for (int other : this.graph.neighbours(idx)) {
			if (!tieVisible(idx, other)) {
				hidden.add(this.graph.id(other));
			}
		}
		return hidden;
	}

	/** Whether a hidden tie is hidden by someone's private setting. */
	private boolean hiddenByPrivacy(int a, int b) {
		return this.graph.tiesPrivate(a) || this.graph.tiesPrivate(b);
	}

	/**
	 * What this viewer may see of a chain of people, by person id (as path answers carry
	 * them).
	 * @param people the chain, in order
	 * @param named the person the viewer asked about (a path's target, a recommended
	 * mentor): always shown, like the viewer
	 * @return one disclosure per person and per tie
	 */
	public PathDisclosure path(List<String> people, String named) {
		int n = people.size();
		if (this.everything) {
			return new PathDisclosure(java.util.Collections.nCopies(n, Disclosure.FULL),
					java.util.Collections.nCopies(Math.max(0, n - 1), Boolean.TRUE));
		}
		int[] idx = people.stream().mapToInt(this.graph::indexOf).toArray();
		boolean[] anchor = new boolean[n];
		for (int i = 0; i < n; i++) {
			anchor[i] = (idx[i] >= 0 && idx[i] == this.me) || people.get(i).equals(named);
		}
		List<Boolean> ties = new ArrayList<>(Math.max(0, n - 1));
		boolean[] privacy = new boolean[Math.max(0, n - 1)];
		for (int i = 0; i + 1 < n; i++) {
			boolean visible = idx[i] >= 0 && idx[i + 1] >= 0 && tieVisible(idx[i], idx[i + 1]);
			ties.add(visible);
			privacy[i] = !visible && (idx[i] < 0 || idx[i + 1] < 0 || hiddenByPrivacy(idx[i], idx[i + 1]));
		}
		// shown: linked to an anchor by visible ties, from either side
		boolean[] back = Arrays.copyOf(anchor, n);
		for (int i = n - 2; i >= 0; i--) {
			back[i] |= back[i + 1] && ties.get(i);
		}
		boolean[] fwd = Arrays.copyOf(anchor, n);
		for (int i = 1; i < n; i++) {
			fwd[i] |= fwd[i - 1] && ties.get(i - 1);
		}
		boolean[] shown = new boolean[n];
		for (int i = 0; i < n; i++) {
			shown[i] = fwd[i] || back[i];
		}
		// a hidden tie must not have two named ends: leave the end that is not an anchor
		// unnamed, the farther one from the viewer when neither is
		for (int i = 0; i + 1 < n; i++) {
			if (!ties.get(i) && shown[i] && shown[i + 1]) {
				if (!anchor[i + 1]) {
					shown[i + 1] = false;
				}
				else if (!anchor[i]) {
					shown[i] = false;
				}
			}
		}
		List<Disclosure> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			if (shown[i]) {
				out.add(Disclosure.FULL);
				continue;
			}
			boolean byPrivacy = (idx[i] >= 0 && this.graph.tiesPrivate(idx[i])) || (i > 0 && privacy[i - 1])
					|| (i + 1 < n && privacy[i]);
			out.add(byPrivacy ? Disclosure.ANONYMOUS : Disclosure.PROFILE);
		}
		// an anonymous hop's ties keep no details either: the context of the viewer's own
		// tie to them would say who they are
		List<Boolean> details = new ArrayList<>(ties.size());
		for (int i = 0; i < ties.size(); i++) {
			details.add(ties.get(i) && out.get(i) != Disclosure.ANONYMOUS && out.get(i + 1) != Disclosure.ANONYMOUS);
		}
		return new PathDisclosure(out, details);
	}

}
