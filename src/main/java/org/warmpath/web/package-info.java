/**
 * The HTTP edge: security, request filters, problem+json error handling, OpenAPI, and the
 * web app's session controller.
 */
@ApplicationModule(displayName = "Web",
		allowedDependencies = { "accounts", "embedded", "problems", "projection", "ratelimits" })
package org.warmpath.web;

import org.springframework.modulith.ApplicationModule;
