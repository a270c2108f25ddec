package org.warmpath.projection;

import org.warmpath.EmbeddedOnly;
import org.junit.jupiter.api.Test;
import org.warmpath.WarmPathTest;
import org.warmpath.embedded.EmbeddedNeo4j;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@EmbeddedOnly
@WarmPathTest
class ProjectionTests {

	@Autowired
	Projection projection;

	@Autowired
	EmbeddedNeo4j embedded;

	@Test
	void inProcessLoadSeesTheSameGraphAsBolt() {
		Projection.Loaded boltLoad = this.projection.loadOverBolt();
		Projection.Loaded storeLoad = Projection.loadInProcess(this.embedded.database());
		KnowsGraph bolt = boltLoad.graph();
		KnowsGraph store = storeLoad.graph();
		assertThat(store.nodeCount()).isEqualTo(bolt.nodeCount()).isGreaterThan(250);
		assertThat(store.tieCount()).isEqualTo(bolt.tieCount()).isGreaterThan(1000);
		for (int v = 0; v < bolt.nodeCount(); v++) {
			int s = store.indexOf(bolt.id(v));
			assertThat(s).isNotNegative();
			assertThat(store.isOpen(s)).isEqualTo(bolt.isOpen(v));
			assertThat(storeLoad.cards().get(s)).as("card of %s", bolt.id(v)).isEqualTo(boltLoad.cards().get(v));
			for (int w : bolt.neighbours(v)) {
				int sw = store.indexOf(bolt.id(w));
				assertThat(store.strength(s, sw)).isCloseTo(bolt.strength(v, w), within(1e-9));
				int boltTie = bolt.tieBetween(v, w);
				int storeTie = store.tieBetween(s, sw);
				assertThat(storeLoad.ties().get(storeTie, store.tieStrength(storeTie)))
					.isEqualTo(boltLoad.ties().get(boltTie, bolt.tieStrength(boltTie)));
			}
		}
	}

	/**
	 * The store read's second pass on several threads gives what one thread gives: the
	 * same people at the same indices, the same cards, the same ties at the same tie
	 * indices with the same details, so the same digest.
	 */
	@Test
	void aStoreReadOnSeveralThreadsGivesTheOneThreadRead() {
		Projection.Loaded one = Projection.loadInProcess(this.embedded.database(), 1);
		for (int threads : new int[] { 2, 3 }) {
			Projection.Loaded many = Projection.loadInProcess(this.embedded.database(), threads);
			KnowsGraph a = one.graph();
			KnowsGraph b = many.graph();
			assertThat(b.nodeCount()).isEqualTo(a.nodeCount()).isGreaterThan(250);
			assertThat(b.tieCount()).isEqualTo(a.tieCount()).isGreaterThan(1000);
			assertThat(ProjectionDigest.of(b)).isEqualTo(ProjectionDigest.of(a));
			for (int v = 0; v < a.nodeCount(); v++) {
				assertThat(b.id(v)).isEqualTo(a.id(v));
				assertThat(many.cards().get(v)).isEqualTo(one.cards().get(v));
				for (int w : a.neighbours(v)) {
					int tie = a.tieBetween(v, w);
					assertThat(b.tieBetween(v, w)).isEqualTo(tie);
					assertThat(many.ties().get(tie, b.tieStrength(tie)))
						.isEqualTo(one.ties().get(tie, a.tieStrength(tie)));
				}
			}
		}
	}

	@Test
	void snapshotCoversEveryWriteSeenSoFar() {
		Projection.Snapshot before = this.projection.snapshot();
		this.projection.graphChanged(new GraphChanged("test"));
		Projection.Snapshot after = this.projection.snapshot();
		assertThat(after.covers()).isGreaterThan(before.covers());
		assertThat(after.graph()).isNotSameAs(before.graph());
	}

}
