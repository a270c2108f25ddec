package org.warmpath.projection;

/**
 * Estimates the heap a {@link KnowsGraph} holds (its arrays plus object headers), for the
 * build log line and the projection endpoint: the figure that tells an operator how much
 * heap a network of a given size needs (12 bytes per tie, about 27 per person, plus 768
 * KiB for the cost codes). Counts compressed-oops array headers of 16 bytes and 8-byte
 * alignment.
 */
final class HeapFootprint {

	private HeapFootprint() {
	}

	static long of(CsrStorage csr, IdIndex ids, LiveState state) {
		long b = 64 * 4;
		b += array(csr.offsets.length, 4) + array(csr.targets.length, 4) + array(csr.code.length, 2);
		b += csr.codes.memoryBytes() + array(csr.firstTie.length, 4);
		b += array(state.status.length, 1) + array(state.tiesPrivate.length, 1);
		b += array(ids.idBytes.length, 1) + array(ids.idStart.length, 4) + array(ids.idHash.length, 4)
				+ array(ids.idTable.length, 4);
		return b;
	}

	private static long array(long length, int width) {
		return 16 + ((length * width + 7) & ~7L);
	}

}
