package org.warmpath.projection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A dictionary of strings interned as small codes (0 stands for null), so that a person's
 * specialty or a tie's context costs a few bytes however many people share it. Growable;
 * readers decode without locking: a code is handed out only after its string is
 * published.
 */
final class Strings {

	private final Map<String, Integer> codes = new HashMap<>();

	private volatile String[] values = new String[16];

	private int size = 1;

	/** The code of {@code value}, added if new; 0 for null. */
	synchronized int code(String value) {
		if (value == null) {
			return 0;
		}
		Integer code = this.codes.get(value);
		if (code != null) {
			return code;
		}
		String[] v = this.values;
		if (this.size == v.length) {
			v = Arrays.copyOf(v, v.length * 2);
		}
		v[this.size] = value;
		this.values = v;
		this.codes.put(value, this.size);
		return this.size++;
	}

	/** The string of {@code code}; null for 0. */
	String value(int code) {
		return (code == 0) ? null : this.values[code];
	}

	/** Distinct strings held. */
	synchronized int size() {
		return this.size - 1;
	}

	/**
	 * Estimated heap: the code table, the map and the strings themselves (Latin-1 compact
	 * strings).
	 */
	synchronized long memoryBytes() {
		long b = 16 + this.values.length * 4L + 48 + this.codes.size() * 48L;
		for (int i = 1; i < this.size; i++) {
			b += 24 + 16 + ((this.values[i].length() + 7) & ~7);
		}
		return b;
	}

}
