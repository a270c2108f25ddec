package org.warmpath.backup;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An order-independent SHA-256 over the canonical form of a graph's nodes and
 * relationships, by business key and never by Neo4j's internal ids, so a graph and its
 * restored copy hash the same however their records are stored or read.
 *
 * <p>
 * Each node is canonicalised as its sorted labels and its properties sorted by name, each
 * relationship as its type, the business keys of its two ends and its sorted properties;
 * every value carries its type ({@code 1} and {@code 1.0}, a date and its ISO string, all
 * differ). Each canonical record is hashed with SHA-256 and the digests are added modulo
 * 2<sup>256</sup> (a multiset hash: order-independent, sensitive to repeats) in two sums,
 * one for nodes and one for relationships; the result is SHA-256 over the version, both
 * counts and both sums. Memory is constant whatever the graph size.
 */
final class ContentHash {

	private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

	private BigInteger nodeSum = BigInteger.ZERO;

	private BigInteger relationshipSum = BigInteger.ZERO;

	private long nodes;

	private long relationships;

	/**
	 * Adds a node.
	 * @param labels its labels, any order
	 * @param properties its properties as {@link Values#encode(Object) encoded} JSON
	 * values
	 */
	public void node(List<String> labels, Map<String, Object> properties) {
		this.nodeSum = this.nodeSum.add(digest(canonicalNode(labels, properties))).mod(MODULUS);
		this.nodes++;
	}

	/**
	 * Adds a relationship.
	 * @param type its type
	 * @param startKey the canonical business key of its start node
	 * @param endKey the canonical business key of its end node
	 * @param properties its properties as encoded JSON values
	 */
	public void relationship(String type, String startKey, String endKey, Map<String, Object> properties) {
		StringBuilder s = new StringBuilder("R|").append(Values.quote(type))
			.append('|')
			.append(Values.quote(startKey))
			.append('|')
			.append(Values.quote(endKey))
			.append('|');
		appendProperties(s, properties);
		this.relationshipSum = this.relationshipSum.add(digest(s.toString())).mod(MODULUS);
		this.relationships++;
	}

	/** Nodes added so far. */
	public long nodes() {
		return this.nodes;
	}

	/** Relationships added so far. */
	public long relationships() {
		return this.relationships;
	}

	/** The hash, as 64 lower-case hex digits. */
	public String hex() {
		String summary = "warmpath-content-v1|" + this.nodes + "|" + this.relationships + "|"
				+ this.nodeSum.toString(16) + "|" + this.relationshipSum.toString(16);
		return HexFormat.of().formatHex(sha256(summary.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The canonical text of a node (its labels and properties), also the fallback
	 * business key of a node that has no unique property.
	 */
	static String canonicalNode(List<String> labels, Map<String, Object> properties) {
		StringBuilder s = new StringBuilder("N|");
		labels.stream().sorted().forEach(l -> s.append(Values.quote(l)).append(','));
		s.append('|');
		appendProperties(s, properties);
		return s.toString();
	}

	private static void appendProperties(StringBuilder s, Map<String, Object> properties) {
		for (Map.Entry<String, Object> e : new TreeMap<>(properties).entrySet()) {
			s.append(Values.quote(e.getKey())).append('=');
			Values.canonical(s, e.getValue());
			s.append(';');
		}
	}

	private static BigInteger digest(String canonical) {
		return new BigInteger(1, sha256(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
