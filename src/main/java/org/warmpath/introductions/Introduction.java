package org.warmpath.introductions;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

/**
 * One introduction request and where it stands, with the time of every transition, as one
 * viewer may see it.
 *
 * @param id uuid
 * @param status REQUESTED, ACCEPTED, DECLINED, COMPLETED, EXPIRED or WITHDRAWN; an
 * introducer of a blind request whose chain has moved on past them sees ACCEPTED (their
 * own answer) until the chain ends
 * @param requester who asked
 * @param introducer who is asked to introduce; for the requester of a blind request an
 * anonymous party until that person accepts
 * @param target who the requester wants to meet; for an introducer of a blind request the
 * next person of the route, the one they are asked to introduce the requester to
 * @param goal why, in the requester's words
 * @param message the note to the introducer
 * @param tieStrength requester-introducer tie strength when asked; null when the request
 * named a path or was blind
 * @param programme programme the request belongs to, if any
 * @param requestedAt when it was asked
 * @param decidedAt when the introducer accepted or declined
 * @param completedAt when it was completed
 * @param expiredAt when it expired
 * @param withdrawnAt when the requester withdrew it
 * @param blind whether WarmPath chose the route and asks along it on the requester's
 * behalf ({@code POST /api/introductions/blind})
 * @param introducers of a blind request, for its requester (and admins): the people in
 * the middle of the route in order, each anonymous until they accept; null otherwise
 */
public record Introduction(String id, String status, Party requester, Party introducer, Party target, String goal,
		String message, Double tieStrength, String programme, String requestedAt, String decidedAt, String completedAt,
		String expiredAt, String withdrawnAt, boolean blind, List<Party> introducers) {

	/**
	 * A person taking part.
	 *
	 * @param id person id; null when anonymous
	 * @param name display name; null when anonymous
	 * @param anonymous whether the viewer may not yet learn who this is (an introducer of
	 * a blind request who has not accepted)
	 */
	public record Party(String id, String name, boolean anonymous) {

		/** Someone the viewer may not yet learn. */
		static final Party ANONYMOUS = new Party(null, null, true);

		/** A named party. */
		public Party(String id, String name) {
			this(id, name, false);
		}

	}

	/** The same introduction without the requester-introducer tie strength. */
	Introduction withoutTieStrength() {
		return new Introduction(this.id, this.status, this.requester, this.introducer, this.target, this.goal,
				this.message, null, this.programme, this.requestedAt, this.decidedAt, this.completedAt, this.expiredAt,
				this.withdrawnAt, this.blind, this.introducers);
	}

	/** The same introduction with other parties, status and chain, for one viewer. */
	Introduction seenAs(String status, Party introducer, Party target, List<Party> introducers) {
		return new Introduction(this.id, status, this.requester, introducer, target, this.goal, this.message,
				this.blind ? null : this.tieStrength, this.programme, this.requestedAt, this.decidedAt,
				this.completedAt, this.expiredAt, this.withdrawnAt, this.blind, introducers);
	}

	static Introduction from(MapAccessor r) {
		return new Introduction(r.get("id").asString(), r.get("status").asString(),
				new Party(r.get("requesterId").asString(), r.get("requesterName").asString(null)),
				new Party(r.get("introducerId").asString(), r.get("introducerName").asString(null)),
				new Party(r.get("targetId").asString(), r.get("targetName").asString(null)),
				r.get("goal").asString(null), r.get("message").asString(null),
				r.get("tieStrength").isNull() ? null : r.get("tieStrength").asDouble(),
				r.get("programme").asString(null), r.get("requestedAt").asString(null),
				r.get("decidedAt").asString(null), r.get("completedAt").asString(null),
				r.get("expiredAt").asString(null), r.get("withdrawnAt").asString(null), r.get("blind").asBoolean(false),
				null);
	}

}
