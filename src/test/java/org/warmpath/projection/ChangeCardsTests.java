package org.warmpath.projection;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes carry the person's card and the tie's details (issue 13): applied in place with
 * the graph change, idempotently (replays happen), through the compaction that makes room
 * for new people, and unchanged through the change feed's JSON.
 */
class ChangeCardsTests {

	private static final PersonCard CARD = new PersonCard("Dr New", "Night registrar", "Registrar", 3, "Cardiology",
			"Wales", "Velindre", true, 2, 1, false);

	private static final PersonCard EDITED = new PersonCard("Test b", "Edited", null, null, null, null, null, false, 0,
			0, true);

	private static final TieDetail DETAIL = new TieDetail("ward round", "2021-03-04", "api", 0.123456789);

	@Test
	void cardsAndDetailsApplyWithTheGraphChangeIdempotently() {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		builder.addPerson("a", true, false);
		builder.addPerson("b", true, false);
		builder.addTie("a", "b", 0.5);
		KnowsGraph graph = builder.build(4);
		PersonCards cards = new PersonCards(4);
		TieDetails ties = new TieDetails(4);
		ties.set(graph.tieBetween(0, 1), new TieDetail("colleague", null, "import", 0.5));
		List<ChangeLog.Change> changes = List.of(ChangeLog.Change.person("n", true, false, CARD),
				ChangeLog.Change.tie("a", "n", DETAIL.strength(), DETAIL), ChangeLog.Change.attributes("b", EDITED));
		Projection.Loaded parts = new Projection.Loaded(graph, cards, ties);
		for (int replay = 0; replay < 2; replay++) {
			parts = Projection.applyTo(parts, changes);
			Projection.Snapshot s = new Projection.Snapshot(parts.graph(), parts.cards(), parts.ties(), 0, 0);
			assertThat(s.card("n")).contains(CARD);
			assertThat(s.card("b").orElseThrow().headline()).isEqualTo("Edited");
			assertThat(s.tie(s.graph().indexOf("a"), s.graph().indexOf("n"))).isEqualTo(DETAIL);
			assertThat(s.tie(0, 1).context()).isEqualTo("colleague");
		}
		assertThat(parts.graph()).as("the spare slot sufficed").isSameAs(graph);
	}

	@Test
	void detailsFollowTheCompactionThatMakesRoomForNewPeople() {
		KnowsGraphBuilder builder = KnowsGraph.builder();
		builder.addPerson("a", true, false);
		builder.addPerson("b", true, false);
		builder.addPerson("c", true, false);
		builder.addTie("b", "c", 0.7);
		KnowsGraph full = builder.build(3);
		PersonCards cards = new PersonCards(3);
		TieDetails ties = new TieDetails(3);
		ties.set(full.tieBetween(1, 2), new TieDetail("b-c", null, "import", 0.7));
		// an overlay tie before the base one in a compacted numbering
		Projection.Loaded parts = Projection.applyTo(new Projection.Loaded(full, cards, ties),
				List.of(ChangeLog.Change.tie("a", "b", 0.9, new TieDetail("a-b", "2020-01-01", "api", 0.9))));
		assertThat(parts.graph().overlayTieCount()).isEqualTo(1);

		parts = Projection.applyTo(parts, List.of(ChangeLog.Change.person("n", true, false, CARD),
				ChangeLog.Change.tie("n", "c", 0.8, new TieDetail("n-c", null, "api", 0.8))));

		assertThat(parts.graph()).as("compacted to a larger capacity").isNotSameAs(full);
		Projection.Snapshot s = new Projection.Snapshot(parts.graph(), parts.cards(), parts.ties(), 0, 0);
		KnowsGraph g = s.graph();
		assertThat(s.tie(g.indexOf("a"), g.indexOf("b")).context()).isEqualTo("a-b");
		assertThat(s.tie(g.indexOf("b"), g.indexOf("c")).context()).isEqualTo("b-c");
		assertThat(s.tie(g.indexOf("n"), g.indexOf("c")).context()).isEqualTo("n-c");
		assertThat(s.card("n")).contains(CARD);
	}

	@Test
	void cardsAndDetailsSurviveTheFeedsJson() {
		assertThat(ChangeLog.fromJson(ChangeLog.json(CARD), PersonCard.class)).isEqualTo(CARD);
		assertThat(ChangeLog.fromJson(ChangeLog.json(DETAIL), TieDetail.class)).isEqualTo(DETAIL);
		TieDetail unknown = new TieDetail(null, null, null, Double.NaN);
		assertThat(ChangeLog.fromJson(ChangeLog.json(unknown), TieDetail.class)).isEqualTo(unknown);
		assertThat(ChangeLog.json(null)).isNull();
		assertThat(ChangeLog.fromJson("not json", PersonCard.class)).isNull();
	}

}
