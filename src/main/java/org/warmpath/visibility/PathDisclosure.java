package org.warmpath.visibility;

import java.util.List;

/**
 * What a viewer may see of one chain of people: one {@link Disclosure} per person and,
 * per tie, whether its details (context, since) may show: only for a tie the viewer may
 * see with no anonymous hop at either end.
 *
 * @param people one per person on the chain, in order
 * @param ties one per tie, {@code ties.get(i)} between person {@code i} and {@code i+1}
 */
public record PathDisclosure(List<Disclosure> people, List<Boolean> ties) {

	/**
	 * The person's id when the answer may name them, otherwise {@code null}.
	 * @param ids the chain's ids
	 * @return the ids as the viewer may see them
	 */
	public List<String> ids(List<String> ids) {
		return java.util.stream.IntStream.range(0, ids.size())
			.mapToObj(i -> this.people.get(i).identified() ? ids.get(i) : null)
			.toList();
	}

}
