package org.warmpath.introductions;

import org.neo4j.driver.Record;

/**
 * One introduction request and where it stands, with the time of every transition.
 *
 * @param id uuid
 * @param status REQUESTED, ACCEPTED, DECLINED, COMPLETED, EXPIRED or WITHDRAWN
 * @param requester who asked
 * @param introducer who is asked to introduce
 * @param target who the requester wants to meet
 * @param goal why, in the requester's words
 * @param message the note to the introducer
 * @param tieStrength requester-introducer tie strength when asked; null when the request
 * named a path
 * @param programme programme the request belongs to, if any
 * @param requestedAt when it was asked
 * @param decidedAt when the introducer accepted or declined
 * @param completedAt when it was completed
 * @param expiredAt when it expired
 * @param withdrawnAt when the requester withdrew it
 */
public record Introduction(String id, String status, Party requester, Party introducer, Party target, String goal,
		String message, Double tieStrength, String programme, String requestedAt, String decidedAt, String completedAt,
		String expiredAt, String withdrawnAt) {

	/**
	 * A person taking part.
	 *
	 * @param id person id
	 * @param name display name
	 */
	public record Party(String id, String name) {
	}

	/** The same introduction without the requester-introducer tie strength. */
	Introduction withoutTieStrength() {
		return new Introduction(this.id, this.status, this.requester, this.introducer, this.target, this.goal,
				this.message, null, this.programme, this.requestedAt, this.decidedAt, this.completedAt, this.expiredAt,
				this.withdrawnAt);
	}

	static Introduction from(Record r) {
		return new Introduction(r.get("id").asString(), r.get("status").asString(),
				new Party(r.get("requesterId").asString(), r.get("requesterName").asString(null)),
				new Party(r.get("introducerId").asString(), r.get("introducerName").asString(null)),
				new Party(r.get("targetId").asString(), r.get("targetName").asString(null)),
				r.get("goal").asString(null), r.get("message").asString(null),
				r.get("tieStrength").isNull() ? null : r.get("tieStrength").asDouble(),
				r.get("programme").asString(null), r.get("requestedAt").asString(null),
				r.get("decidedAt").asString(null), r.get("completedAt").asString(null),
				r.get("expiredAt").asString(null), r.get("withdrawnAt").asString(null));
	}

}
