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
		KnowsGraph bolt = this.projection.loadOverBolt();
		KnowsGraph store = Projection.loadInProcess(this.embedded.database());
		assertThat(store.nodeCount()).isEqualTo(bolt.nodeCount()).isGreaterThan(250);
		assertThat(store.tieCount()).isEqualTo(bolt.tieCount()).isGreaterThan(1000);
		for (int v = 0; v < bolt.nodeCount(); v++) {
			int s = store.indexOf(bolt.id(v));
			assertThat(s).isNotNegative();
			assertThat(store.isOpen(s)).isEqualTo(bolt.isOpen(v));
			for (int w : bolt.neighbours(v)) {
				assertThat(store.strength(s, store.indexOf(bolt.id(w)))).isCloseTo(bolt.strength(v, w), within(1e-9));
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
