package org.warmpath.projection;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Business id to projection index and back, for a {@link KnowsGraph}: the ids as one
 * UTF-8 byte array plus an open-addressing hash table of (index + 1), because a
 * {@code HashMap<String, Integer>} would cost about four times as much heap per person
 * (about 18 bytes plus the id's length here). Immutable; lookups are O(1) expected, O(id
 * length) for the comparison.
 */
final class IdIndex {

	final byte[] idBytes;

	final int[] idStart;

	final int[] idHash;

	final int[] idTable;

	private IdIndex(byte[] idBytes, int[] idStart, int[] idHash, int[] idTable) {
		this.idBytes = idBytes;
		this.idStart = idStart;
		this.idHash = idHash;
		this.idTable = idTable;
	}

	/**
	 * Indexes {@code ids}; person {@code i} is {@code ids.get(i)}. O(n + total length).
	 */
	static IdIndex of(List<String> ids) {
		int n = ids.size();
		byte[][] enc = new byte[n][];
		int total = 0;
		for (int i = 0; i < n; i++) {
			enc[i] = ids.get(i).getBytes(StandardCharsets.UTF_8);
			total += enc[i].length;
		}
		byte[] idBytes = new byte[total];
		int[] idStart = new int[n + 1];
		int[] idHash = new int[n];
		int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
		int[] table = new int[cap];
		int at = 0;
		for (int i = 0; i < n; i++) {
			idStart[i] = at;
			System.arraycopy(enc[i], 0, idBytes, at, enc[i].length);
			at += enc[i].length;
			int h = ids.get(i).hashCode();
			idHash[i] = h;
			int p = mix(h) & (cap - 1);
			while (table[p] != 0) {
				p = (p + 1) & (cap - 1);
			}
			table[p] = i + 1;
		}
		idStart[n] = at;
		return new IdIndex(idBytes, idStart, idHash, table);
	}

	/** Index of the person with this id, or -1 when absent. */
	int indexOf(String id) {
		if (id == null || this.idHash.length == 0) {
			return -1;
		}
		int h = id.hashCode();
		byte[] q = id.getBytes(StandardCharsets.UTF_8);
		int mask = this.idTable.length - 1;
		for (int p = mix(h) & mask;; p = (p + 1) & mask) {
			int e = this.idTable[p];
			if (e == 0) {
				return -1;
			}
			int idx = e - 1;
			if (this.idHash[idx] == h
					&& Arrays.equals(this.idBytes, this.idStart[idx], this.idStart[idx + 1], q, 0, q.length)) {
				return idx;
			}
		}
	}

	/** Id of person {@code idx} (a new String each call). */
	String id(int idx) {
		return new String(this.idBytes, this.idStart[idx], this.idStart[idx + 1] - this.idStart[idx],
				StandardCharsets.UTF_8);
	}

	private static int mix(int h) {
		h *= 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
