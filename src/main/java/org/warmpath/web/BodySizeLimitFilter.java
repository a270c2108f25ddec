package org.warmpath.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;

/**
 * Refuses oversized request bodies early with 413 problem+json, before authentication,
 * parsing or any database work: a declared {@code Content-Length} above the limit for the
 * path ({@code warmpath.web.max-body}, or {@code warmpath.web.max-import-body} under
 * {@code /api/import/}) is answered at once and the connection closed, so the body is
 * never read. A chunked body (no length) is read up to the limit first for JSON endpoints
 * and counted while streaming for imports (reading past the limit fails the request).
 * Tomcat itself discards at most 2 MB of an unread body ({@code maxSwallowSize}) and
 * accepts form posts up to {@code max-body}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class BodySizeLimitFilter extends OncePerRequestFilter {

	private final BodySizeLimitProperties limits;

	public BodySizeLimitFilter(BodySizeLimitProperties limits) {
		this.limits = limits;
	}

	/** Tomcat's own limits, in line with the filter's. */
	@Bean
	static WebServerFactoryCustomizer<TomcatServletWebServerFactory> bodySizeLimitTomcat(
			BodySizeLimitProperties limits) {
		return factory -> factory.addConnectorCustomizers(connector -> {
			connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, limits.maxBody().toBytes()));
			if (connector.getProtocolHandler() instanceof org.apache.coyote.http11.AbstractHttp11Protocol<?> http) {
				http.setMaxSwallowSize(2 * 1024 * 1024);
			}
		});
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long limit = this.limits.limitFor(path);
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(response, length, limit);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			if (path.startsWith("/api/import/") || path.startsWith("/api/me/import/")) {
				chain.doFilter(new Limited(request, request.getInputStream(), limit), response);
				return;
			}
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (body.length > limit) {
				refuse(response, -1, limit);
				return;
			}
			chain.doFilter(new Limited(request, new ByteArrayInputStream(body), limit), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, long length, long limit) throws IOException {
		ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
				((length >= 0) ? String.format(Locale.ROOT, "The request body is %,d bytes; ", length)
						: "The request body is larger than the limit; ")
						+ String.format(Locale.ROOT, "at most %,d bytes are accepted here", limit));
		problem.setProperty("limit", limit);
		response.setHeader("Connection", "close");
		ProblemResponses.write(response, problem);
		// send it now: Tomcat then drops the connection rather than wait for the unread
		// body
		response.flushBuffer();
	}

	/**
	 * The request with its body read from {@code in}, failing past {@code limit} bytes.
	 */
	private static final class Limited extends HttpServletRequestWrapper {

		private final ServletInputStream stream;

		Limited(HttpServletRequest request, InputStream in, long limit) {
			super(request);
			this.stream = new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int off, int len) throws IOException {
					int n = in.read(buffer, off, len);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) throws IOException {
					this.read += n;
					if (this.read > limit) {
						throw new IOException("request body larger than " + limit + " bytes");
					}
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public ServletInputStream getInputStream() {
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(this.stream, java.nio.charset.Charset
				.forName((getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8")));
		}

	}

}
