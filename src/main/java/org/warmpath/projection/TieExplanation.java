package org.warmpath.projection;

/**
 * How a tie's strength was computed, in the compact form the projection keeps for every
 * tie its people rated themselves (module {@code ties}): enough for path steps, mutual
 * connections and the network picture to explain a strength without reading Neo4j. Neo4j
 * stores it packed on the tie ({@code KNOWS.explanation}, {@link #pack()}) and the
 * projection keeps that long.
 *
 * @param evidenceKinds the evidence kinds of both sides, one bit per kind (the kinds'
 * order is the ties module's)
 * @param closenessA the closeness rating (1..5) of the tie's person whose id sorts first,
 * 0 when they did not rate it
 * @param closenessB the rating of the other person, 0 when they did not rate it
 * @param evidence the evidence part, in [0, 1] (three decimals)
 * @param duration the duration part, in [0, 1]
 * @param recency the recency part, in [0, 1]
 * @param ratings the ratings part, in [0, 1]
 */
public record TieExplanation(int evidenceKinds, int closenessA, int closenessB, double evidence, double duration,
		double recency, double ratings) {

	private static final int KIND_BITS = 16;

	private static final int PART_BITS = 10;

	private static final long PART_MASK = (1L << PART_BITS) - 1;

	/**
	 * This explanation as one long: kinds in bits 0-15, the two ratings in 16-18 and
	 * 19-21, then the four parts in thousandths, ten bits each (22-61).
	 * @return the packed explanation, never 0
	 */
	public long pack() {
		long p = (this.evidenceKinds & 0xffffL) | ((long) (this.closenessA & 7) << KIND_BITS)
				| ((long) (this.closenessB & 7) << (KIND_BITS + 3));
		int shift = KIND_BITS + 6;
		for (double part : new double[] { this.evidence, this.duration, this.recency, this.ratings }) {
			p |= (thousandths(part) & PART_MASK) << shift;
			shift += PART_BITS;
		}
		// bit 63 marks "explained", so that an explanation of all zeroes is not 0
		return p | (1L << 63);
	}

	/**
	 * The explanation packed by {@link #pack()}.
	 * @param packed the long
	 * @return the explanation, or null for 0 (none)
	 */
	public static TieExplanation unpack(long packed) {
		if (packed == 0) {
			return null;
		}
		double[] parts = new double[4];
		int shift = KIND_BITS + 6;
		for (int i = 0; i < 4; i++) {
			parts[i] = ((packed >>> shift) & PART_MASK) / 1000.0;
			shift += PART_BITS;
		}
		return new TieExplanation((int) (packed & 0xffff), (int) (packed >>> KIND_BITS) & 7,
				(int) (packed >>> (KIND_BITS + 3)) & 7, parts[0], parts[1], parts[2], parts[3]);
	}

	private static long thousandths(double part) {
		return Math.max(0, Math.min(1000, Math.round(part * 1000)));
	}

}
