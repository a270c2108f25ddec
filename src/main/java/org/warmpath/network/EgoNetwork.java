package org.warmpath.network;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import org.warmpath.ties.TieStrength;

/**
 * A person's surroundings as a picture draws them: {@code {nodes, links}}.
 *
 * @param center the person at the middle
 * @param depth how many hops out
 * @param nodes the people shown
 * @param links the ties among them
 * @param truncated true when {@code limit} cut people off
 * @param mentoring the mentor's picture, when asked for ({@code marks=mentoring} or
 * {@code filter=mentoring}); absent otherwise
 */
public record EgoNetwork(String center, int depth, List<Node> nodes, List<Link> links, boolean truncated,
		@JsonInclude(JsonInclude.Include.NON_NULL) Mentoring mentoring) {

	/**
	 * A picture without marks.
	 * @param center the person at the middle
	 * @param depth how many hops out
	 * @param nodes the people shown
	 * @param links the ties among them
	 * @param truncated true when {@code limit} cut people off
	 */
	public EgoNetwork(String center, int depth, List<Node> nodes, List<Link> links, boolean truncated) {
		this(center, depth, nodes, links, truncated, null);
	}

	/**
	 * The same picture with the mentor's marks.
	 */
	EgoNetwork withMentoring(Mentoring marks) {
		return new EgoNetwork(this.center, this.depth, this.nodes, this.links, this.truncated, marks);
	}

	/**
	 * The mentor's picture: who is marked, and whether the picture shows them.
	 *
	 * @param filtered true when the picture was limited to the marked people and the
	 * paths linking them
	 * @param people every marked person, in id order
	 */
	public record Mentoring(boolean filtered, List<Marked> people) {
	}

	/**
	 * One marked person.
	 *
	 * @param id person id
	 * @param marks {@code mentee} (an active mentorship), {@code requester} (a mentoring
	 * request waiting) and/or {@code incoming} (an introduction request to the centre an
	 * introducer accepted)
	 * @param shown whether the picture shows them (they may be further than its depth, or
	 * linked only through ties the viewer may not see)
	 */
	public record Marked(String id, List<String> marks, boolean shown) {
	}

	/**
	 * One person in the picture.
	 *
	 * @param id person id
	 * @param name display name
	 * @param hops distance from the centre
	 * @param degree ties in the whole network (for a member: only those the visibility
	 * rule shows them)
	 * @param grade grade as written
	 * @param seniority grade ordinal
	 * @param specialty main specialty
	 * @param region where they are based
	 * @param organisation where they work
	 * @param openToIntroductions introducer role: may stand in the middle of a path
	 * @param mentor mentor role: open to mentoring with capacity left
	 * @param mentee mentee role: has an active mentor
	 */
	public record Node(String id, String name, int hops, int degree, String grade, Integer seniority, String specialty,
			String region, String organisation, boolean openToIntroductions, boolean mentor, boolean mentee) {

		/**
		 * The same person with another degree (a viewer's count of the ties they see).
		 */
		Node withDegree(int visible) {
			return new Node(this.id, this.name, this.hops, visible, this.grade, this.seniority, this.specialty,
					this.region, this.organisation, this.openToIntroductions, this.mentor, this.mentee);
		}
	}

	/**
	 * One tie.
	 *
	 * @param source one person
	 * @param target the other
	 * @param strength tie strength
	 * @param strengthParts how the strength was computed, for a tie its people rated
	 * (module {@code ties}); absent for a strength an import or an admin set
	 */
	public record Link(String source, String target, double strength,
			@JsonInclude(JsonInclude.Include.NON_NULL) TieStrength.Parts strengthParts) {
	}

}
