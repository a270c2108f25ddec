package org.warmpath.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A client generated from {@code /v3/api-docs} gets types everywhere: the answers that
 * used to be bare maps reference named schemas with declared properties, and no
 * {@code /api} operation answers a free-form object.
 */
@WarmPathTest
class OpenApiTypesTests {

	/** Path, method: the operations whose answers were maps. */
	static final List<List<String>> ONCE_UNTYPED = List.of(List.of("/api/me", "get"), List.of("/api/me/export", "get"),
			List.of("/api/jobs/{id}", "get"), List.of("/api/analytics/reach", "get"),
			List.of("/api/analytics/brokers", "get"), List.of("/api/analytics/introductions", "get"),
			List.of("/api/analytics/{kind}/jobs", "post"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	JsonNode docs;

	@BeforeEach
	void docs() throws Exception {
		this.docs = this.json.readTree(this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theAnswersThatWereMapsReferenceNamedSchemasWithProperties() {
		for (List<String> op : ONCE_UNTYPED) {
			JsonNode responses = this.docs.path("paths").path(op.get(0)).path(op.get(1)).path("responses");
			assertThat(responses.isObject()).as("%s %s is documented", op.get(1), op.get(0)).isTrue();
			List<String> successes = new ArrayList<>();
			responses.fieldNames().forEachRemaining(code -> {
				if (List.of("200", "201", "202").contains(code)) {
					successes.add(code);
				}
			});
			assertThat(successes).as("%s %s has a success answer", op.get(1), op.get(0)).isNotEmpty();
			for (String code : successes) {
				JsonNode content = responses.path(code).path("content");
				assertThat(content.size()).as("%s %s %s has content", op.get(1), op.get(0), code).isPositive();
				content.forEach(media -> assertNamedWithProperties(media.path("schema"),
						op.get(1) + " " + op.get(0) + " " + code));
			}
		}
	}

	@Test
	void noApiOperationAnswersAFreeFormObject() {
		List<String> freeForm = new ArrayList<>();
		this.docs.path("paths").fields().forEachRemaining(path -> {
			if (!path.getKey().startsWith("/api")) {
				return;
			}
			path.getValue()
				.fields()
				.forEachRemaining(op -> op.getValue().path("responses").fields().forEachRemaining(r -> {
					r.getValue().path("content").forEach(media -> {
						JsonNode schema = resolve(media.path("schema"));
						JsonNode item = schema.has("items") ? resolve(schema.path("items")) : schema;
						if (item.has("additionalProperties") && !item.has("properties") || isBareObject(item)) {
							freeForm.add(op.getKey() + " " + path.getKey() + " " + r.getKey());
						}
					});
				}));
		});
		assertThat(freeForm).as("operations answering a free-form object").isEmpty();
	}

	/**
	 * A {@code $ref} to a component with properties, or to a {@code oneOf} of such
	 * components.
	 */
	private void assertNamedWithProperties(JsonNode schema, String where) {
		assertThat(schema.path("$ref").asText()).as("%s is a named schema", where).startsWith("#/components/schemas/");
		JsonNode named = resolve(schema);
		if (named.has("oneOf")) {
			assertThat(named.path("oneOf").size()).as("%s alternatives", where).isPositive();
			named.path("oneOf").forEach(alternative -> assertNamedWithProperties(alternative, where + " (one of)"));
			return;
		}
		assertThat(named.path("properties").size()).as("%s %s declares properties", where, schema.path("$ref"))
			.isPositive();
		assertThat(named.has("additionalProperties")).as("%s is not a map", where).isFalse();
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asText("");
		if (!ref.startsWith("#/components/schemas/")) {
			return schema;
		}
		return this.docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
	}

	private static boolean isBareObject(JsonNode schema) {
		return "object".equals(schema.path("type").asText()) && !schema.has("properties") && !schema.has("oneOf")
				&& !schema.has("allOf") && !schema.has("anyOf");
	}

}
