package org.warmpath.embedded;

import java.time.temporal.Temporal;
import java.util.List;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.PropertySizeCalculator;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

/**
 * The importer's {@link Input} read from {@link OfflineImport.Entities} in memory: the
 * importer's threads each take chunks of up to {@link #CHUNK} entities of one kind and
 * have them written straight into its visitors, so no value is formatted as text or
 * parsed back.
 */
final class MemoryInput implements Input {

	/** Entities per chunk a thread takes at a time. */
	static final int CHUNK = 10_000;

	private final List<OfflineImport.Entities> nodes;

	private final List<OfflineImport.Entities> relationships;

	MemoryInput(List<OfflineImport.Entities> nodes, List<OfflineImport.Entities> relationships) {
		this.nodes = List.copyOf(nodes);
		this.relationships = List.copyOf(relationships);
	}

	@Override
	public InputIterable nodes(Collector badCollector) {
		return () -> new Chunks(this.nodes, true);
	}

	@Override
	public InputIterable relationships(Collector badCollector) {
		return () -> new Chunks(this.relationships, false);
	}

	@Override
	public IdType idType() {
		return IdType.ACTUAL;
	}

	@Override
	public ReadableGroups groups() {
		return ReadableGroups.EMPTY;
	}

	@Override
	public Estimates validateAndEstimate(PropertySizeCalculator valueSizeCalculator) {
		long nodeCount = 0;
		long nodeProperties = 0;
		long labels = 0;
		for (OfflineImport.Entities entities : this.nodes) {
			nodeCount += entities.count();
			nodeProperties += (long) entities.count() * entities.properties();
			labels += (long) entities.count() * entities.name().split(":").length;
		}
		long relationshipCount = 0;
		long relationshipProperties = 0;
		for (OfflineImport.Entities entities : this.relationships) {
			relationshipCount += entities.count();
			relationshipProperties += (long) entities.count() * entities.properties();
		}
		// about 16 bytes a property value: the estimate only sizes the importer's memory
		return Input.knownEstimates(nodeCount, relationshipCount, nodeProperties, relationshipProperties,
				nodeProperties * 16, relationshipProperties * 16, labels);
	}

	/** Hands out chunks of the entities, one kind after the other. */
	private static final class Chunks implements InputIterator {

		private final List<OfflineImport.Entities> kinds;

		private final boolean nodes;

		private int kind;

		private int next;

		Chunks(List<OfflineImport.Entities> kinds, boolean nodes) {
			this.kinds = kinds;
			this.nodes = nodes;
		}

		@Override
		public InputChunk newChunk() {
			return new Chunk(this.nodes);
		}

		@Override
		public synchronized boolean next(InputChunk chunk) {
			while (this.kind < this.kinds.size() && this.next >= this.kinds.get(this.kind).count()) {
				this.kind++;
				this.next = 0;
			}
			if (this.kind >= this.kinds.size()) {
				return false;
			}
			OfflineImport.Entities entities = this.kinds.get(this.kind);
			int to = (int) Math.min(entities.count(), (long) this.next + CHUNK);
			((Chunk) chunk).reset(entities, this.next, to);
			this.next = to;
			return true;
		}

		@Override
		public void close() {
		}

	}

	/** A range of one kind's entities, written one at a time into the visitor. */
	private static final class Chunk implements InputChunk, OfflineImport.Entity {

		private final boolean nodes;

		private OfflineImport.Entities entities;

		private String[] labels;

		private int at;

		private int to;

		private InputEntityVisitor visitor;

		/** The last temporal converted and its value: most are one shared instance. */
		private Object lastTemporal;

		private Value lastValue;

		Chunk(boolean nodes) {
			this.nodes = nodes;
		}

		void reset(OfflineImport.Entities entities, int from, int to) {
			if (this.entities != entities) {
				this.entities = entities;
				this.labels = this.nodes ? entities.name().split(":") : null;
			}
			this.at = from;
			this.to = to;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws java.io.IOException {
			if (this.at >= this.to) {
				return false;
			}
			this.visitor = visitor;
			if (this.nodes) {
				visitor.labels(this.labels);
			}
			else {
				visitor.type(this.entities.name());
			}
			this.entities.writer().write(this.at++, this);
			visitor.endOfEntity();
			return true;
		}

		@Override
		public void id(long id) {
			this.visitor.id(id);
		}

		@Override
		public void ends(long start, long end) {
			this.visitor.startId(start);
			this.visitor.endId(end);
		}

		@Override
		public void property(String key, Object value) {
			if (value == null) {
				return;
			}
			if (value instanceof Temporal) {
				if (value != this.lastTemporal) {
					this.lastTemporal = value;
					this.lastValue = Values.of(value);
				}
				this.visitor.property(key, this.lastValue);
				return;
			}
			this.visitor.property(key, value);
		}

		@Override
		public void close() {
		}

	}

}
