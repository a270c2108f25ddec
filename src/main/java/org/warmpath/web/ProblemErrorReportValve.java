package org.warmpath.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import org.warmpath.problems.ProblemResponses;

/**
 * Tomcat's error report for what it refuses before the app sees the request (an encoded
 * slash {@code %2F} in the path, which Tomcat rejects by default; a malformed request
 * line or header), written as {@code application/problem+json} rather than Tomcat's HTML
 * page. Never a stack trace or a server version. Found by {@code HttpFuzzTests}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	public ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		ProblemDetail problem = ProblemErrorController.problem(status);
		try {
			response.setCharacterEncoding("UTF-8");
			ProblemResponses.write(response, problem);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot be written: nothing more to do
		}
	}

}
