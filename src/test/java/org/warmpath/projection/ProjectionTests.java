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

	@Test
	void snapshotCoversEveryWriteSeenSoFar() {
		Projection.Snapshot before = this.projection.snapshot();
		this.projection.graphChanged(new GraphChanged("test"));
		Projection.Snapshot after = this.projection.snapshot();
		assertThat(after.covers()).isGreaterThan(before.covers());
		assertThat(after.graph()).isNotSameAs(before.graph());
	}

}
