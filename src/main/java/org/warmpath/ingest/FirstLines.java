package org.warmpath.ingest;

/**
 * Remembers which line each key of a file was first seen on, in about 12 bytes a key (an
 * open-addressing table of 64-bit key hashes), so a million ids or pairs cost ~24 MB
 * rather than the ~150 MB of a {@code HashMap<String, Long>}.
 *
 * <p>
 * Two different keys share a 64-bit FNV-1a hash with probability about
 * {@code n^2 / 2^65}: one in 30 million for a file of a million rows. Such a collision
 * would report a false duplicate; it cannot let a real duplicate through.
 */
final class FirstLines {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private long[] keys;

	private long[] lines;

	private int size;

	private boolean hasZero;

	private long zeroLine;

	FirstLines() {
		this.keys = new long[1024];
		this.lines = new long[1024];
	}

	/**
	 * Records a key, unless seen before.
	 * @param key the key
	 * @param line where it appears now
	 * @return 0 when the key is new, otherwise the line it was first seen on
	 */
	long putIfAbsent(String key, long line) {
		long hash = hash(key);
		if (hash == 0) {
			if (this.hasZero) {
				return this.zeroLine;
			}
			this.hasZero = true;
			this.zeroLine = line;
			return 0;
		}
		int mask = this.keys.length - 1;
		int slot = (int) (mix(hash) & mask);
		while (this.keys[slot] != 0) {
			if (this.keys[slot] == hash) {
				return this.lines[slot];
			}
			slot = (slot + 1) & mask;
		}
		this.keys[slot] = hash;
		this.lines[slot] = line;
		if (++this.size * 2 > this.keys.length) {
			grow();
		}
		return 0;
	}

	int size() {
		return this.size + (this.hasZero ? 1 : 0);
	}

	private void grow() {
		long[] oldKeys = this.keys;
		long[] oldLines = this.lines;
		this.keys = new long[oldKeys.length * 2];
		this.lines = new long[oldKeys.length * 2];
		int mask = this.keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				int slot = (int) (mix(oldKeys[i]) & mask);
				while (this.keys[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.keys[slot] = oldKeys[i];
				this.lines[slot] = oldLines[i];
			}
		}
	}

	static long hash(String key) {
		long h = FNV_OFFSET;
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			h = (h ^ (c & 0xff)) * FNV_PRIME;
			h = (h ^ (c >>> 8)) * FNV_PRIME;
		}
		return h;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
