package org.warmpath.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;

/**
 * The error page: every error that does not come from a controller (a request that Spring
 * Security's firewall rejects, such as an encoded {@code %25} or {@code %2F} in the path;
 * a 404 for a file that is not there; an error sent with {@code sendError}) is answered
 * as {@code application/problem+json} like every other error, instead of Spring Boot's
 * own JSON or page. Found by {@code HttpFuzzTests}.
 *
 * <p>
 * Errors that Tomcat answers before the request reaches the app (an encoded slash in the
 * path, a malformed request line) are written by {@link ProblemErrorReportValve} instead
 * of Tomcat's HTML report.
 */
@Controller
class ProblemErrorController implements ErrorController {

	/** Tomcat's error report valve for the host, in place of its HTML one. */
	@Bean
	static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve((code instanceof Integer i) ? i : 500);
		if (status == null || status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ProblemDetail problem = problem(status);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.length() <= 2000) {
			problem.setProperty("path", path);
		}
		if (!response.isCommitted()) {
			response.resetBuffer();
			ProblemResponses.write(response, problem);
		}
	}

	/** The problem for an error status, with a type named after it. */
	static ProblemDetail problem(HttpStatus status) {
		String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		String detail = switch (status.series()) {
			case CLIENT_ERROR -> (status == HttpStatus.NOT_FOUND) ? "There is nothing at this address"
					: "The request was refused: " + status.getReasonPhrase();
			default -> "Something went wrong on our side";
		};
		return Problems.of(status, slug, status.getReasonPhrase(), detail);
	}

}
