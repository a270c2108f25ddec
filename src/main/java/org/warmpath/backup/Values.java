package org.warmpath.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;

/**
 * Neo4j property values to and from JSON without losing their type: strings, integers,
 * floats, booleans and lists are plain JSON; everything else is a one-member object named
 * after its type ({@code {"$date": "2024-01-31"}}).
 */
final class Values {

	private Values() {
	}

	/**
	 * A driver value (as from {@code Value.asObject()}) as a JSON-ready value.
	 * @param value the property value
	 * @return strings, longs, doubles, booleans, lists and one-member maps
	 */
	static Object encode(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
			return value;
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			return (Double.isFinite(d)) ? (Object) d : Map.of("$double", Double.toString(d));
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			for (Object o : list) {
				out.add(encode(o));
			}
			return out;
		}
		if (value instanceof byte[] bytes) {
			return Map.of("$bytes", Base64.getEncoder().encodeToString(bytes));
		}
		if (value instanceof LocalDate d) {
			return Map.of("$date", d.toString());
		}
		if (value instanceof ZonedDateTime d) {
			return Map.of("$datetime", d.toString());
		}
		if (value instanceof LocalDateTime d) {
			return Map.of("$localdatetime", d.toString());
		}
		if (value instanceof OffsetTime t) {
			return Map.of("$time", t.toString());
		}
		if (value instanceof LocalTime t) {
			return Map.of("$localtime", t.toString());
		}
		if (value instanceof IsoDuration d) {
			return Map.of("$duration", List.of(d.months(), d.days(), d.seconds(), (long) d.nanoseconds()));
		}
		if (value instanceof Point p) {
			List<Object> coordinates = new ArrayList<>(List.of((long) p.srid(), p.x(), p.y()));
			if (!Double.isNaN(p.z())) {
				coordinates.add(p.z());
			}
			return Map.of("$point", coordinates);
		}
		throw new IllegalArgumentException("unsupported property type " + value.getClass().getName());
	}

	/**
	 * A JSON value as read back (Jackson's maps, lists, numbers) as a driver parameter.
	 * @param json the encoded value
	 * @return what the driver sends as the original Neo4j type
	 */
	static Object decode(Object json) {
		if (json == null || json instanceof String || json instanceof Boolean || json instanceof Double) {
			return json;
		}
		if (json instanceof Number n) {
			if (json instanceof Float) {
				return n.doubleValue();
			}
			return n.longValue();
		}
		if (json instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			for (Object o : list) {
				out.add(decode(o));
			}
			return out;
		}
		if (json instanceof Map<?, ?> map && map.size() == 1) {
			Map.Entry<?, ?> e = map.entrySet().iterator().next();
			Object v = e.getValue();
			switch (String.valueOf(e.getKey())) {
				case "$double":
					return Double.parseDouble((String) v);
				case "$bytes":
					return Base64.getDecoder().decode((String) v);
				case "$date":
					return LocalDate.parse((String) v);
				case "$datetime":
					return ZonedDateTime.parse((String) v);
				case "$localdatetime":
					return LocalDateTime.parse((String) v);
				case "$time":
					return OffsetTime.parse((String) v);
				case "$localtime":
					return LocalTime.parse((String) v);
				case "$duration": {
					List<?> p = (List<?>) v;
					return org.neo4j.driver.Values
						.isoDuration(number(p.get(0)), number(p.get(1)), number(p.get(2)), (int) number(p.get(3)))
						.asIsoDuration();
				}
				case "$point": {
					List<?> p = (List<?>) v;
					int srid = (int) number(p.get(0));
					double x = ((Number) p.get(1)).doubleValue();
					double y = ((Number) p.get(2)).doubleValue();
					return (p.size() > 3)
							? org.neo4j.driver.Values.point(srid, x, y, ((Number) p.get(3)).doubleValue()).asPoint()
							: org.neo4j.driver.Values.point(srid, x, y).asPoint();
				}
				default:
					break;
			}
		}
		throw new IllegalArgumentException("not an encoded property value: " + json);
	}

	/** Decodes every value of a property map. */
	static Map<String, Object> decodeAll(Map<String, Object> properties) {
		Map<String, Object> out = new LinkedHashMap<>();
		properties.forEach((k, v) -> out.put(k, decode(v)));
		return out;
	}

	private static long number(Object o) {
		return ((Number) o).longValue();
	}

	/**
	 * Appends the canonical, type-tagged text of an encoded value.
	 * @param s where to append
	 * @param value an {@link #encode(Object) encoded} value
	 */
	static void canonical(StringBuilder s, Object value) {
		if (value == null) {
			s.append("null");
		}
		else if (value instanceof String str) {
			s.append("s:").append(quote(str));
		}
		else if (value instanceof Boolean b) {
			s.append("b:").append(b);
		}
		else if (value instanceof Double d) {
			s.append("f:").append(Double.toString(d));
		}
		else if (value instanceof Number n) {
			s.append("i:").append(n.longValue());
		}
		else if (value instanceof List<?> list) {
			s.append('[');
			for (Object o : list) {
				canonical(s, o);
				s.append(',');
			}
			s.append(']');
		}
		else if (value instanceof Map<?, ?> map && map.size() == 1) {
			Map.Entry<?, ?> e = map.entrySet().iterator().next();
			s.append(e.getKey()).append(':');
			canonical(s, e.getValue());
		}
		else {
			throw new IllegalArgumentException("not an encoded property value: " + value);
		}
	}

	/** A string with its length in front, so no content can fake a separator. */
	static String quote(String s) {
		return s.length() + "'" + s;
	}

}
