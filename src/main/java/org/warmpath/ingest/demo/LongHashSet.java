package org.warmpath.ingest.demo;

/**
 * A minimal open-addressing set of non-zero {@code long}s (linear probing, power-of-two
 * table, load factor at most one half). Used to reject duplicate ties: ten million pairs
 * cost one {@code long[]} of 2^25 slots (256 MiB at most, usually half that) instead of
 * ten million boxed {@code Long}s in a {@code HashSet}.
 */
final class LongHashSet {

	private long[] table;

	private int mask;

	private int size;

	LongHashSet(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
		this.table = new long[capacity];
		this.mask = capacity - 1;
	}

	/**
	 * Adds the key.
	 * @param key a non-zero key
	 * @return {@code true} if the key was not there before
	 */
	boolean add(long key) {
		if (key == 0) {
			throw new IllegalArgumentException("0 is reserved for empty slots");
		}
		int slot = (int) SplitMix64.mix(key) & this.mask;
		long current;
		while ((current = this.table[slot]) != 0) {
			if (current == key) {
				return false;
			}
			slot = (slot + 1) & this.mask;
		}
		this.table[slot] = key;
		if (++this.size * 2 > this.table.length) {
			grow();
		}
		return true;
	}

	boolean contains(long key) {
		int slot = (int) SplitMix64.mix(key) & this.mask;
		long current;
		while ((current = this.table[slot]) != 0) {
			if (current == key) {
				return true;
			}
			slot = (slot + 1) & this.mask;
		}
		return false;
	}

	int size() {
		return this.size;
	}

	private void grow() {
		long[] old = this.table;
		this.table = new long[old.length * 2];
		this.mask = this.table.length - 1;
		for (long key : old) {
			if (key != 0) {
				int slot = (int) SplitMix64.mix(key) & this.mask;
				while (this.table[slot] != 0) {
					slot = (slot + 1) & this.mask;
				}
				this.table[slot] = key;
			}
		}
	}

}
