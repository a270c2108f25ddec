package org.warmpath.reliability;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.warmpath.WarmPathTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Oversized bodies are refused early with 413 problem+json: over Tomcat, a request that
 * declares a body above the limit is answered before a byte of it is sent (and before
 * authentication); imports take far larger bodies than JSON endpoints.
 */
@WarmPathTest
class BodySizeLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void jsonEndpointsRefuseBodiesAboveOneMegabyteBeforeReadingThem() throws Exception {
		String answer = send("PUT", "/api/people/someone", "application/json", 2_000_000);
		assertThat(answer).startsWith("HTTP/1.1 413")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"https://warmpath.org/problems/payload-too-large\"")
			.contains("\"status\":413")
			.contains("\"limit\":1048576")
			.contains("The request body is 2,000,000 bytes");
	}

	@Test
	void importsRefuseBodiesAboveTheirOwnLimit() throws Exception {
		String answer = send("POST", "/api/import/people", "text/csv", 600L * 1024 * 1024);
		assertThat(answer).startsWith("HTTP/1.1 413").contains("\"limit\":536870912");
	}

	@Test
	void bodiesUnderTheLimitArePassedOn() throws Exception {
		// 2 MB of CSV is refused by a JSON endpoint but fine for an import
		byte[] csv = ("id,name\n" + "\n".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(post("/api/import/people").with(admin()).contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(0));
		this.mvc.perform(put("/api/people/x").with(admin()).contentType("application/json").content(csv))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/payload-too-large"));
	}

	/**
	 * Sends only the request head, declaring {@code length} bytes, and reads the answer.
	 */
	private String send(String method, String path, String type, long length) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
					+ "\r\nContent-Length: " + length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			// read the answer (the server may keep the socket open to discard a small
			// body)
			InputStream in = socket.getInputStream();
			StringBuilder answer = new StringBuilder();
			byte[] buffer = new byte[8192];
			int n;
			while (!answer.toString().endsWith("}") && (n = in.read(buffer)) > 0) {
				answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}
			return answer.toString();
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

}
