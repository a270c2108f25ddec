package org.warmpath.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explanation of a strength its people rated is kept beside the tie's packed details
 * (issue 14), follows the tie when a load renumbers it, and goes when the tie is
 * rewritten without one (an admin or an import set its strength).
 */
class TieDetailsExplanationTests {

	@Test
	void anExplanationIsKeptMovedAndDropped() {
		TieExplanation e = new TieExplanation(0b1000001, 4, 5, 0.8, 0.6, 1.0, 0.875);
		TieDetails details = new TieDetails(4);
		details.set(0, new TieDetail("colleague", "2020-01-01", "import", 0.5));
		details.set(1, new TieDetail("mentoring", "2021-02-01", "vouched", 0.812, e));
		assertThat(details.get(0, 0.5).explanation()).isNull();
		assertThat(details.get(1, 0.812)).isEqualTo(new TieDetail("mentoring", "2021-02-01", "vouched", 0.812, e));
		TieDetails moved = details.permuted(new int[] { 1, 0 }, 2);
		assertThat(moved.get(0, 0.812).explanation()).isEqualTo(e);
		assertThat(moved.get(1, 0.5).explanation()).isNull();
		moved.set(0, new TieDetail("colleague", null, "vouched", 0.3));
		assertThat(moved.get(0, 0.3).explanation()).isNull();
	}

}
