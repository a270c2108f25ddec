package org.warmpath.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.warmpath.cypher.Cypher;

/**
 * Online-safe logical backup and restore of the whole graph as JSON lines, through the
 * driver (so it works against the embedded database while the app runs, over its Bolt
 * port, and against any Neo4j server).
 *
 * <p>
 * A backup is one read transaction (a consistent snapshot; retried as a whole by the
 * driver on a transient failure) that writes, in order: a header line, the schema (the
 * {@code createStatement} of every constraint and index), every node with its labels,
 * properties and business key, every relationship with its type, the business keys of its
 * ends and its properties, and a footer with the counts and the {@link ContentHash}. The
 * file is written under a temporary name and renamed when complete.
 *
 * <p>
 * A node's business key is the value of a single-property uniqueness constraint on one of
 * its labels ({@code Person.id}, {@code Skill.name}, ...), or, for a node without one, a
 * digest of its labels and properties. Restore refuses a database that holds any node,
 * creates the schema, then writes nodes and relationships in batches of idempotent
 * {@code MERGE}s on temporary keys (so a retried batch never writes twice), removes the
 * temporary keys, and checks the restored graph's content hash against the backup's. The
 * change feed ({@code __WarmPathChange} entries and their counter) is left out: it is how
 * running instances follow each other, not content.
 */
public final class GraphBackup {

	/** The {@code format} of the header line. */
	public static final String FORMAT = "warmpath-backup";

	private static final int VERSION = 1;

	private static final int BATCH = 2000;

	/** Restore's temporary label, as the {@code backup/restore-*} queries name it. */
	private static final String RESTORE_LABEL = "__WarmPathRestore";

	/**
	 * Restore's temporary index, as the {@code backup/restore-index-*} queries name it.
	 */
	private static final String RESTORE_INDEX = "warmpath_restore_key";

	private static final TransactionConfig LONG = TransactionConfig.builder().withTimeout(Duration.ofHours(2)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final Driver driver;

	/**
	 * @param driver the driver to the database to back up or restore into
	 */
	public GraphBackup(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Counts and content hash of a graph.
	 *
	 * @param nodes number of nodes
	 * @param relationships number of relationships
	 * @param hash the {@link ContentHash}, 64 hex digits
	 */
	public record Summary(long nodes, long relationships, String hash) {
	}

	/** Restore was asked to write into a database that already holds nodes. */
	public static final class NotEmptyException extends RuntimeException {

		NotEmptyException(long nodes) {
			super("the database is not empty (" + nodes
					+ " nodes); restore only into an empty database (a new data folder or a new database)");
		}

	}

	/** The backup file is not a complete WarmPath backup. */
	public static final class InvalidBackupException extends RuntimeException {

		InvalidBackupException(String message) {
			super(message);
		}

	}

	// ---- backup
	// -------------------------------------------------------------------------

	/**
	 * Writes a backup of the whole graph.
	 * @param out the file to write (replaced when the backup is complete)
	 * @return counts and content hash of what was written
	 * @throws IOException when the file cannot be written
	 */
	public Summary backup(Path out) throws IOException {
		Path target = out.toAbsolutePath();
		Path dir = target.getParent();
		if (dir != null) {
			Files.createDirectories(dir);
		}
		Path partial = Files.createTempFile(dir, target.getFileName().toString(), ".partial");
		try {
			Summary summary;
			try (Session session = session()) {
				summary = session.executeRead(tx -> {
					try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
						return snapshot(tx, w, Exclusions.NONE);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}, LONG);
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return summary;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * The counts and content hash of the graph as it is now (one read transaction).
	 * @return the summary
	 */
	public Summary summary() {
		return summary(Exclusions.NONE);
	}

	/**
	 * What a comparison of two graphs leaves out: content that legitimately differs
	 * between two databases holding the same data, such as the time a tie was written.
	 *
	 * @param labels nodes carrying any of these labels are left out, with every
	 * relationship that touches them
	 * @param properties properties left out, each as {@code Label.property} (on nodes
	 * with that label) or {@code TYPE.property} (on relationships of that type)
	 */
	public record Exclusions(Set<String> labels, Set<String> properties) {

		/** Nothing left out: the hash of a backup. */
		public static final Exclusions NONE = new Exclusions(Set.of(), Set.of());

		public Exclusions {
			labels = Set.copyOf(labels);
			properties = Set.copyOf(properties);
		}

		boolean excludes(List<String> nodeLabels) {
			for (String label : nodeLabels) {
				if (this.labels.contains(label)) {
					return true;
				}
			}
			return false;
		}

		void strip(Iterable<String> labelsOrType, Map<String, Object> props) {
			if (this.properties.isEmpty()) {
				return;
			}
			for (String owner : labelsOrType) {
				props.keySet().removeIf(name -> this.properties.contains(owner + "." + name));
			}
		}

	}

	/**
	 * The counts and content hash of the graph as it is now, leaving out what
	 * {@code exclusions} names (one read transaction). Not comparable with a backup's
	 * hash unless nothing is excluded.
	 * @param exclusions what to leave out
	 * @return the summary of what is left
	 */
	public Summary summary(Exclusions exclusions) {
		try (Session session = session()) {
			return session.executeRead(tx -> {
				try {
					return snapshot(tx, null, exclusions);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, LONG);
		}
	}

	private Summary snapshot(TransactionContext tx, BufferedWriter w, Exclusions exclusions) throws IOException {
		Map<String, String> keyProperties = new HashMap<>();
		List<String> schema = new ArrayList<>();
		for (Record r : tx.run(Cypher.query("backup/constraints")).list()) {
			String type = r.get("type").asString();
			List<String> labels = r.get("labelsOrTypes").asList(v -> v.asString());
			List<String> props = r.get("properties").asList(v -> v.asString());
			if (r.get("entityType").asString().equals("NODE") && (type.contains("UNIQUENESS") || type.contains("KEY"))
					&& labels.size() == 1 && props.size() == 1) {
				keyProperties.putIfAbsent(labels.get(0), props.get(0));
			}
			schema.add(r.get("createStatement").asString());
		}
		for (Record r : tx.run(Cypher.query("backup/indexes"), Map.of("restore", RESTORE_INDEX)).list()) {
			schema.add(r.get("createStatement").asString());
		}
		if (w != null) {
			Map<String, Object> header = new LinkedHashMap<>();
			header.put("type", "header");
			header.put("format", FORMAT);
			header.put("version", VERSION);
			header.put("createdAt", Instant.now().toString());
			line(w, header);
			for (String statement : schema) {
				line(w, Map.of("type", "schema", "statement", statement));
			}
		}

		ContentHash hash = new ContentHash();
		Map<String, String[]> keys = new HashMap<>();
		Map<String, Integer> repeats = new HashMap<>();
		// without the change feed, so two imports of the same files hash alike
		Result nodes = tx.run(Cypher.query("backup/nodes"));
		while (nodes.hasNext()) {
			Record r = nodes.next();
			List<String> labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
			labels.sort(null);
			if (exclusions.excludes(labels)) {
				continue;
			}
			Map<String, Object> props = encodeAll(r.get("props").asMap());
			exclusions.strip(labels, props);
			String canonicalKey = key(labels, props, keyProperties);
			String fileKey = canonicalKey;
			if (canonicalKey.startsWith("#")) {
				int seen = repeats.merge(canonicalKey, 1, Integer::sum);
				if (seen > 1) {
					fileKey = canonicalKey + "~" + seen;
				}
			}
			keys.put(r.get("id").asString(), new String[] { fileKey, canonicalKey });
			hash.node(labels, props);
			if (w != null) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("type", "node");
				line.put("key", fileKey);
				line.put("labels", labels);
				line.put("properties", props);
				line(w, line);
			}
		}
		Result rels = tx.run(Cypher.query("backup/relationships"));
		while (rels.hasNext()) {
			Record r = rels.next();
			String[] start = keys.get(r.get("s").asString());
			String[] end = keys.get(r.get("e").asString());
			if (start == null || end == null) {
				continue;
			}
			String type = r.get("type").asString();
			Map<String, Object> props = encodeAll(r.get("props").asMap());
			exclusions.strip(List.of(type), props);
			hash.relationship(type, start[1], end[1], props);
			if (w != null) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("type", "relationship");
				line.put("rel", type);
				line.put("start", start[0]);
				line.put("end", end[0]);
				line.put("properties", props);
				line(w, line);
			}
		}
		Summary summary = new Summary(hash.nodes(), hash.relationships(), hash.hex());
		if (w != null) {
			Map<String, Object> footer = new LinkedHashMap<>();
			footer.put("type", "footer");
			footer.put("nodes", summary.nodes());
			footer.put("relationships", summary.relationships());
			footer.put("hash", summary.hash());
			line(w, footer);
		}
		return summary;
	}

	/** The business key of a node: a uniquely constrained property, else its content. */
	static String key(List<String> sortedLabels, Map<String, Object> props, Map<String, String> keyProperties) {
		for (String label : sortedLabels) {
			String property = keyProperties.get(label);
			if (property != null && props.get(property) != null) {
				StringBuilder s = new StringBuilder(label).append('.').append(property).append('=');
				Values.canonical(s, props.get(property));
				return s.toString();
			}
		}
		return "#" + java.util.HexFormat.of()
			.formatHex(ContentHash
				.sha256(ContentHash.canonicalNode(sortedLabels, props).getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, Object> encodeAll(Map<String, Object> props) {
		Map<String, Object> out = new TreeMap<>();
		props.forEach((k, v) -> out.put(k, Values.encode(v)));
		return out;
	}

	private static void line(BufferedWriter w, Map<String, ?> value) throws IOException {
		w.write(JSON.writeValueAsString(value));
		w.write('\n');
	}

	// ---- restore
	// ------------------------------------------------------------------------

	/**
	 * Restores a backup into an empty database and checks the content hash.
	 * @param in the backup file
	 * @return counts and content hash of the restored graph
	 * @throws NotEmptyException when the database holds any node (nothing is written)
	 * @throws InvalidBackupException when the file is not a complete backup, or the
	 * restored graph does not match it
	 * @throws IOException when the file cannot be read
	 */
	public Summary restore(Path in) throws IOException {
		Summary expected = check(in);
		long existing = this.driver.executableQuery(Cypher.query("backup/node-count"))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		if (existing > 0) {
			throw new NotEmptyException(existing);
		}
		Set<String> names = new HashSet<>();
		this.driver.executableQuery(Cypher.query("backup/constraint-names"))
			.execute()
			.records()
			.forEach(r -> names.add(r.get(0).asString()));
		this.driver.executableQuery(Cypher.query("backup/index-names"))
			.execute()
			.records()
			.forEach(r -> names.add(r.get(0).asString()));
		this.driver.executableQuery(Cypher.query("backup/restore-index-create")).execute();

		try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
			Map<String, List<Map<String, Object>>> nodeBatch = new LinkedHashMap<>();
			Map<String, List<Map<String, Object>>> relBatch = new LinkedHashMap<>();
			int[] pending = { 0 };
			long seq = 0;
			String text;
			while ((text = reader.readLine()) != null) {
				Map<String, Object> line = JSON.readValue(text, MAP);
				switch (String.valueOf(line.get("type"))) {
					case "schema" -> {
						String statement = (String) line.get("statement");
						String name = schemaName(statement);
						if (name == null || !names.contains(name)) {
							this.driver.executableQuery(statement).execute();
						}
					}
					case "node" -> {
						if (pending[0] == 0) {
							this.driver.executableQuery(Cypher.query("backup/await-indexes")).execute();
						}
						@SuppressWarnings("unchecked")
						List<String> labels = (List<String>) line.get("labels");
						StringBuilder set = new StringBuilder();
						for (String label : labels) {
							set.append(':').append(escape(label));
						}
						@SuppressWarnings("unchecked")
						Map<String, Object> props = Values.decodeAll((Map<String, Object>) line.get("properties"));
						nodeBatch.computeIfAbsent(set.toString(), k -> new ArrayList<>())
							.add(Map.of("k", line.get("key"), "p", props));
						if (++pending[0] % BATCH == 0) {
							writeNodes(nodeBatch);
						}
					}
					case "relationship" -> {
						writeNodes(nodeBatch);
						@SuppressWarnings("unchecked")
						Map<String, Object> props = Values.decodeAll((Map<String, Object>) line.get("properties"));
						relBatch.computeIfAbsent(escape((String) line.get("rel")), k -> new ArrayList<>())
							.add(Map.of("s", line.get("start"), "e", line.get("end"), "i", seq++, "p", props));
						if (seq % BATCH == 0) {
							writeRelationships(relBatch);
						}
					}
					default -> {
					}
				}
			}
			writeNodes(nodeBatch);
			writeRelationships(relBatch);
		}
		cleanUp();
		Summary actual = summary();
		if (!actual.equals(expected)) {
			throw new InvalidBackupException(
					"the restored graph does not match the backup: expected " + expected + ", restored " + actual);
		}
		return actual;
	}

	/**
	 * Reads a backup file once without touching any database: a header first, a footer
	 * last, JSON in between.
	 * @param in the backup file
	 * @return the counts and content hash its footer records
	 * @throws InvalidBackupException when it is not a complete backup
	 * @throws IOException when it cannot be read
	 */
	public static Summary check(Path in) throws IOException {
		Map<String, Object> first = null;
		Map<String, Object> last = null;
		try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
			String text;
			long lineNumber = 0;
			while ((text = reader.readLine()) != null) {
				lineNumber++;
				try {
					last = JSON.readValue(text, MAP);
				}
				catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
					throw new InvalidBackupException(
							in + " line " + lineNumber + " is not JSON: " + ex.getOriginalMessage());
				}
				if (first == null) {
					first = last;
				}
			}
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new InvalidBackupException(in + " is not UTF-8 text");
		}
		if (first == null || !FORMAT.equals(first.get("format")) || !"header".equals(first.get("type"))) {
			throw new InvalidBackupException(in + " is not a WarmPath backup (no header line)");
		}
		if (!Integer.valueOf(VERSION).equals(first.get("version"))) {
			throw new InvalidBackupException(
					in + " is backup format version " + first.get("version") + "; this version reads " + VERSION);
		}
		if (!"footer".equals(last.get("type"))) {
			throw new InvalidBackupException(in + " is incomplete (no footer line): the backup did not finish");
		}
		return new Summary(((Number) last.get("nodes")).longValue(), ((Number) last.get("relationships")).longValue(),
				(String) last.get("hash"));
	}

	private void writeNodes(Map<String, List<Map<String, Object>>> batch) {
		if (batch.isEmpty()) {
			return;
		}
		String template = Cypher.query("backup/restore-nodes");
		try (Session session = session()) {
			session.executeWriteWithoutResult(tx -> batch.forEach(
					(labels, rows) -> tx
						.run(fill(template, "labels", labels.isEmpty() ? ":" + escape(RESTORE_LABEL) : labels),
								Map.of("rows", rows))
						.consume()),
					LONG);
		}
		batch.clear();
	}

	private void writeRelationships(Map<String, List<Map<String, Object>>> batch) {
		if (batch.isEmpty()) {
			return;
		}
		String template = Cypher.query("backup/restore-relationships");
		try (Session session = session()) {
			session.executeWriteWithoutResult(tx -> batch.forEach((type, rows) -> {
				long written = tx.run(fill(template, "type", type), Map.of("rows", rows)).single().get("n").asLong();
				if (written != rows.size()) {
					throw new InvalidBackupException("a relationship names a node the backup does not hold");
				}
			}), LONG);
		}
		batch.clear();
	}

	private void cleanUp() {
		try (Session session = session()) {
			session.run(Cypher.query("backup/restore-cleanup-relationships")).consume();
			session.run(Cypher.query("backup/restore-cleanup-nodes")).consume();
		}
		this.driver.executableQuery(Cypher.query("backup/restore-index-drop")).execute();
	}

	/** The name in a {@code CREATE CONSTRAINT|INDEX name ...} statement. */
	static String schemaName(String statement) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("^CREATE\\s+(?:\\w+\\s+)*?(?:CONSTRAINT|INDEX)\\s+(`(?:[^`]|``)*`|\\w+)",
					java.util.regex.Pattern.CASE_INSENSITIVE)
			.matcher(statement.strip());
		if (!m.find()) {
			return null;
		}
		String name = m.group(1);
		return name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
	}

	/**
	 * A query template with {@code {{placeholder}}} replaced by names that
	 * {@link #escape} quoted: labels and types cannot be parameters.
	 */
	private static String fill(String template, String placeholder, String quotedNames) {
		String marker = "{{" + placeholder + "}}";
		if (!template.contains(marker)) {
			throw new IllegalStateException("query template has no " + marker);
		}
		return template.replace(marker, quotedNames);
	}

	static String escape(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	private Session session() {
		return Cypher.session(this.driver);
	}

}
