package org.warmpath.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON answers go out whole with their length (no chunked encoding, no early commit), and
 * answers larger than Tomcat's buffer still arrive complete: on the wire, over a
 * kept-alive connection, as a script sees them.
 */
@WarmPathTest
class JsonResponsesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void aSmallAnswerCarriesItsLengthAndIsNotChunked() throws Exception {
		TestGraphs g = this.data.graph().people("a", "b", "c").ties("a-b:0.8", "b-c:0.6");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			for (int i = 0; i < 2; i++) {
				// twice on one connection: the first answer's length ends it exactly
				Answer answer = get(socket, "/api/paths?from=" + g.id("a") + "&to=" + g.id("c") + "&k=1");
				assertThat(answer.head()).startsWith("HTTP/1.1 200")
					.containsIgnoringCase("Content-Type: application/json")
					.doesNotContainIgnoringCase("Transfer-Encoding");
				assertThat(answer.body()).startsWith("{").endsWith("}").contains(g.id("b"));
				assertThat(answer.head()).containsIgnoringCase("Content-Length: " + answer.bodyBytes());
			}
		}
	}

	@Test
	void anAnswerLargerThanTheBufferArrivesWhole() throws Exception {
		String[] people = new String[400];
		String[] ties = new String[399];
		for (int i = 0; i < people.length; i++) {
			people[i] = "p" + i;
			if (i > 0) {
				ties[i - 1] = "p0-p" + i + ":0.5";
			}
		}
		TestGraphs g = this.data.graph().people(people).ties(ties);
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			Answer answer = get(socket, "/api/people/" + g.id("p0") + "/connections?size=400");
			assertThat(answer.head()).startsWith("HTTP/1.1 200");
			assertThat(answer.bodyBytes()).isGreaterThan(8192);
			assertThat(answer.body()).startsWith("{").endsWith("}").contains(g.id("p399"));
		}
	}

	/** What one request got: the head and the decoded body. */
	record Answer(String head, String body, int bodyBytes) {
	}

	private Answer get(Socket socket, String path) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + WarmPathTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
				+ "\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		InputStream in = socket.getInputStream();
		String head = readHead(in);
		byte[] body;
		String lower = head.toLowerCase();
		int at = lower.indexOf("content-length: ");
		if (at >= 0) {
			int end = lower.indexOf("\r\n", at);
			body = in.readNBytes(Integer.parseInt(head.substring(at + 16, end).trim()));
		}
		else {
			assertThat(lower).contains("transfer-encoding: chunked");
			body = readChunks(in);
		}
		return new Answer(head, new String(body, StandardCharsets.UTF_8), body.length);
	}

	private static String readHead(InputStream in) throws Exception {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			assertThat(b).as("the answer's head ends before the connection does").isNotNegative();
			head.append((char) b);
		}
		return head.toString();
	}

	private static byte[] readChunks(InputStream in) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = readLine(in);
			int n = Integer.parseInt(size.trim(), 16);
			if (n == 0) {
				readLine(in);
				return body.toByteArray();
			}
			body.write(in.readNBytes(n));
			readLine(in);
		}
	}

	private static String readLine(InputStream in) throws Exception {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = in.read()) != '\n') {
			assertThat(b).isNotNegative();
			line.append((char) b);
		}
		return line.toString().strip();
	}

}
