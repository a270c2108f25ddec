package org.warmpath.projection;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Person cards by projection index ({@link KnowsGraph#indexOf}), so that paths, mutual
 * connections and ego networks answer without reading Neo4j.
 *
 * <p>
 * Compact, because it lives next to the graph for every person: each card is one byte
 * array holding the attribute codes (grade, specialty, region and organisation as
 * three-byte codes into a {@link Strings} dictionary shared by all cards), the mentoring
 * figures, and the name and headline as UTF-8; about 100 bytes per person with the demo
 * network's headlines, against some 400 for the same fields as Java objects.
 *
 * <p>
 * Thread-safe for readers without locks: a card is replaced or appended by publishing a
 * new array for that one entry (release/acquire), so a reader sees the old card or the
 * new one, never half of each. Writers ({@link #set}) are serialised.
 */
public final class PersonCards {

	private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(byte[][].class);

	private static final int FIXED = 3 * 4 + 1 + 1 + 2 + 2;

	private final Strings strings = new Strings();

	private volatile byte[][] entries;

	private int size;

	/**
	 * Empty cards with room for {@code capacity} people.
	 * @param capacity initial capacity; grows on demand
	 */
	public PersonCards(int capacity) {
		this.entries = new byte[Math.max(capacity, 16)][];
	}

	/**
	 * Sets the card of person {@code idx}: at load, and from the in-place write path when
	 * a person is added (at the next index, or any index: the arrays grow) or their
	 * attributes change. Readers see the old card or the new one, whole.
	 * @param idx the person's projection index
	 * @param card the card
	 */
	public synchronized void set(int idx, PersonCard card) {
		byte[] entry = encode(card);
		byte[][] e = this.entries;
		if (idx >= e.length) {
			e = Arrays.copyOf(e, Math.max(idx + 1, e.length + (e.length >> 1)));
			// publish the grown array (a volatile write) before the entry is visible
			this.entries = e;
		}
		ENTRY.setRelease(e, idx, entry);
		this.size = Math.max(this.size, idx + 1);
	}

	/**
	 * The card of person {@code idx}.
	 * @param idx the person's projection index
	 * @return the card, or {@link PersonCard#EMPTY} when the person has none
	 */
	public PersonCard get(int idx) {
		byte[][] e = this.entries;
		byte[] b = (idx >= 0 && idx < e.length) ? (byte[]) ENTRY.getAcquire(e, idx) : null;
		return (b != null) ? decode(b) : PersonCard.EMPTY;
	}

	/** Whether person {@code idx} has a card. */
	public boolean has(int idx) {
		byte[][] e = this.entries;
		return idx >= 0 && idx < e.length && ENTRY.getAcquire(e, idx) != null;
	}

	/** One more than the highest index with a card. */
	public synchronized int size() {
		return this.size;
	}

	/**
	 * Estimated heap of the cards: the entry table, every entry and the dictionary, with
	 * the same accounting as {@link KnowsGraph#memoryBytes()} (16-byte array headers,
	 * 8-byte alignment, compressed references).
	 * @return bytes
	 */
	public synchronized long memoryBytes() {
		byte[][] e = this.entries;
		long b = 32 + 16 + ((e.length * 4L + 7) & ~7L);
		for (int i = 0; i < this.size; i++) {
			if (e[i] != null) {
				b += 16 + ((e[i].length + 7) & ~7);
			}
		}
		return b + this.strings.memoryBytes();
	}

	private byte[] encode(PersonCard c) {
		byte[] name = bytes(c.name());
		byte[] headline = bytes(c.headline());
		byte[] b = new byte[FIXED + length(name) + length(headline)];
		put3(b, 0, this.strings.code(c.grade()));
		put3(b, 3, this.strings.code(c.specialty()));
		put3(b, 6, this.strings.code(c.region()));
		put3(b, 9, this.strings.code(c.organisation()));
		Integer seniority = c.seniority();
		b[12] = (byte) ((seniority == null || seniority < 0 || seniority > 254) ? 255 : seniority);
		b[13] = (byte) ((c.openToMentoring() ? 1 : 0) | (c.mentee() ? 2 : 0));
		put2(b, 14, clamp(c.mentorCapacity()));
		put2(b, 16, clamp(c.activeMentees()));
		int at = text(b, FIXED, name);
		text(b, at, headline);
		return b;
	}

	private PersonCard decode(byte[] b) {
		int seniority = b[12] & 0xff;
		int[] at = { FIXED };
		String name = text(b, at);
		String headline = text(b, at);
		return new PersonCard(name, headline, this.strings.value(get3(b, 0)), (seniority == 255) ? null : seniority,
				this.strings.value(get3(b, 3)), this.strings.value(get3(b, 6)), this.strings.value(get3(b, 9)),
				(b[13] & 1) != 0, get2(b, 14), get2(b, 16), (b[13] & 2) != 0);
	}

	private static int clamp(int n) {
		return Math.max(0, Math.min(n, 0xffff));
	}

	private static byte[] bytes(String s) {
		return (s == null) ? null : s.getBytes(StandardCharsets.UTF_8);
	}

	/** Bytes a text takes: a varint of length + 1 (0 for null), then the UTF-8. */
	private static int length(byte[] s) {
		int n = (s == null) ? 0 : s.length + 1;
		int header = (n < 0x80) ? 1 : (n < 0x4000) ? 2 : (n < 0x200000) ? 3 : 5;
		return header + ((s == null) ? 0 : s.length);
	}

	private static int text(byte[] b, int at, byte[] s) {
		int n = (s == null) ? 0 : s.length + 1;
		while (n >= 0x80) {
			b[at++] = (byte) (n | 0x80);
			n >>>= 7;
		}
		b[at++] = (byte) n;
		if (s != null) {
			System.arraycopy(s, 0, b, at, s.length);
			at += s.length;
		}
		return at;
	}

	private static String text(byte[] b, int[] at) {
		int n = 0;
		int shift = 0;
		int i = at[0];
		while (true) {
			int x = b[i++];
			n |= (x & 0x7f) << shift;
			if ((x & 0x80) == 0) {
				break;
			}
			shift += 7;
		}
		if (n == 0) {
			at[0] = i;
			return null;
		}
		String s = new String(b, i, n - 1, StandardCharsets.UTF_8);
		at[0] = i + n - 1;
		return s;
	}

	private static void put3(byte[] b, int at, int v) {
		if (v > 0xffffff) {
			throw new IllegalStateException("More than 16M distinct card attributes");
		}
		b[at] = (byte) v;
		b[at + 1] = (byte) (v >>> 8);
		b[at + 2] = (byte) (v >>> 16);
	}

	private static int get3(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
	}

	private static void put2(byte[] b, int at, int v) {
		b[at] = (byte) v;
		b[at + 1] = (byte) (v >>> 8);
	}

	private static int get2(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
	}

}
