package org.warmpath.ties;

import org.warmpath.people.EvidenceKind;
import java.util.List;

/**
 * The body of {@code PUT /api/me/connections/{otherId}}: my side of the tie. Dates and
 * kinds are text here so that a bad one gets a problem naming its field
 * ({@code evidence[2].since}) rather than an unreadable body.
 *
 * @param evidence at most {@value Vouches#MAX_EVIDENCE} items; none is allowed (a rating
 * alone)
 * @param closeness 1..5
 */
public record SideInput(List<Item> evidence, Integer closeness) {

	/**
	 * One item of evidence as sent.
	 *
	 * @param kind an {@link EvidenceKind} id, such as {@code worked-together}
	 * @param since an ISO date, not in the future, or null
	 * @param until an ISO date, not before {@code since} nor in the future, or null
	 * (ongoing)
	 * @param note at most {@value Vouches#MAX_NOTE} characters, or null
	 */
	public record Item(String kind, String since, String until, String note) {

	}

}
