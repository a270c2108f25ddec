package org.warmpath;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app over real HTTP on its random port, as a client sees it: health, sign-in,
 * an import, the same import again, a rejected file that changes nothing, the people API,
 * and a member who may not write.
 */
@WarmPathTest
class ApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	private RestClient client(String user, String password) {
		RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + this.port);
		if (user != null) {
			builder.defaultHeaders(h -> h.setBasicAuth(user, password));
		}
		return builder.build();
	}

	private ResponseEntity<String> exchange(RestClient client, String method, String uri, MediaType type, String body) {
		var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri);
		if (body != null) {
			spec = spec.contentType(type).body(body);
		}
		return spec.exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.body(new String(response.getBody().readAllBytes())));
	}

	private JsonNode parse(ResponseEntity<String> response) throws Exception {
		return this.json.readTree(response.getBody());
	}

	@Test
	void aClientImportsBrowsesAndIsHeldToItsRole() throws Exception {
		RestClient anonymous = client(null, null);
		RestClient admin = client("admin", WarmPathTest.ADMIN_PASSWORD);
		String p = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "-";

		assertThat(exchange(anonymous, "GET", "/actuator/health", null, null).getStatusCode().value()).isEqualTo(200);
		ResponseEntity<String> unauthenticated = exchange(anonymous, "GET", "/api/people", null, null);
		assertThat(unauthenticated.getStatusCode().value()).isEqualTo(401);
		assertThat(unauthenticated.getHeaders().getContentType().toString()).startsWith("application/problem+json");

		String people = "id,name,grade,specialty,region,openToMentoring,mentorCapacity\n" + p
				+ "a,Dr A,FY1,Cardiology,Wales,false,0\n" + p + "b,Dr B,Consultant,Cardiology,Wales,true,2\n";
		String ties = "source,target,strength,context,since\n" + p + "a," + p + "b,0.8,colleague,2021-05-01\n";
		MediaType csv = MediaType.valueOf("text/csv");
		JsonNode first = parse(exchange(admin, "POST", "/api/import/people", csv, people));
		assertThat(first.get("created").asInt()).isEqualTo(2);
		assertThat(parse(exchange(admin, "POST", "/api/import/connections", csv, ties)).get("created").asInt())
			.isEqualTo(1);
		JsonNode again = parse(exchange(admin, "POST", "/api/import/people", csv, people));
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("created").asInt()).isZero();

		String bad = "source,target,strength\n" + p + "a," + p + "b,0.3\n" + p + "a," + p + "nobody,0.5\n";
		ResponseEntity<String> rejected = exchange(admin, "POST", "/api/import/connections", csv, bad);
		assertThat(rejected.getStatusCode().value()).isEqualTo(400);
		JsonNode report = parse(rejected);
		assertThat(report.get("rejected").asInt()).isEqualTo(1);
		assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(3);

		JsonNode profile = parse(exchange(admin, "GET", "/api/people/" + p + "a", null, null));
		assertThat(profile.get("degree").asInt()).isEqualTo(1);
		JsonNode connections = parse(exchange(admin, "GET", "/api/people/" + p + "a/connections", null, null));
		assertThat(connections.get("items").get(0).get("strength").asDouble()).as("the rejected file changed nothing")
			.isEqualTo(0.8);

		String member = p + "m";
		assertThat(
				exchange(admin, "POST", "/api/accounts", MediaType.APPLICATION_JSON,
						this.json.writeValueAsString(Map.of("username", member, "password", "member-password-1",
								"roles", java.util.List.of("MEMBER"), "personId", p + "a")))
					.getStatusCode()
					.value())
			.isEqualTo(201);
		RestClient asMember = client(member, "member-password-1");
		assertThat(exchange(asMember, "GET", "/api/people/" + p + "b", null, null).getStatusCode().value())
			.isEqualTo(200);
		ResponseEntity<String> forbidden = exchange(asMember, "POST", "/api/import/people", csv, people);
		assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
		assertThat(forbidden.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("application/problem+json");
		assertThat(exchange(asMember, "DELETE", "/api/people/" + p + "b", null, null).getStatusCode().value())
			.isEqualTo(403);
		assertThat(exchange(admin, "GET", "/api/people/" + p + "b", null, null).getStatusCode().value()).isEqualTo(200);
	}

}
