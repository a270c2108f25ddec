package org.warmpath.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an answer whole when the request ends, with its {@code Content-Length}. Spring's
 * message converters flush the body stream after writing it, and a flush reaching Tomcat
 * commits the response mid-request: the head and body went out in one socket write, then
 * the closing chunk of a chunked answer in a second. Those two writes were a tenth of the
 * request threads' CPU for a found path under 16 clients (docs/benchmarks.md, issue 13).
 * Here the body stream's flush is kept back: Tomcat writes an answer that fits its 8 KiB
 * buffer once, when the request ends; a larger answer (an export, a long list) still
 * streams as the buffer fills, and {@link HttpServletResponse#flushBuffer()} still sends
 * at once (the 413 of {@link BodySizeLimitFilter} uses it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class WholeAnswerFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Unflushed(response));
	}

	/** The response, its body stream's flushes held back. */
	private static final class Unflushed extends HttpServletResponseWrapper {

		private ServletOutputStream body;

		Unflushed(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.body == null) {
				this.body = new HeldFlush(super.getOutputStream());
			}
			return this.body;
		}

	}

	/** Tomcat's body stream, but for {@link #flush()}. */
	private static final class HeldFlush extends ServletOutputStream {

		private final ServletOutputStream out;

		HeldFlush(ServletOutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void flush() {
			// held back: Tomcat sends what is buffered when the request ends
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

		@Override
		public boolean isReady() {
			return this.out.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.out.setWriteListener(listener);
		}

	}

}
