package org.warmpath.visibility;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule reads ties written in place (the projection's overlay) as it reads the base: a
 * tie added a moment ago makes its two people contacts at once, and one removed a moment
 * ago stops doing so.
 */
class ViewerOverlayTests {

	@Test
	void aTieAddedInPlaceMakesAContactAndARemovedOneUndoesIt() {
		KnowsGraphBuilder b = KnowsGraph.builder();
		int me = b.addPerson("me", true, false);
		int friend = b.addPerson("friend", true, false);
		int other = b.addPerson("other", true, false);
		b.addTie(friend, other, 0.7);
		KnowsGraph g = b.build(8);

		assertThat(Viewer.of(g, "me", List.of()).tieVisible(friend, other)).isFalse();

		g.putTie(me, friend, 0.5);
		assertThat(g.slotOf(me, friend)).as("the new tie lives in the overlay").isNegative();
		assertThat(Viewer.of(g, "me", List.of()).tieVisible(friend, other)).isTrue();

		g.removeTie(me, friend);
		assertThat(Viewer.of(g, "me", List.of()).tieVisible(friend, other)).isFalse();
	}

}
