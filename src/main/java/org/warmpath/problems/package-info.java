/**
 * RFC 9457 problem details: the one vocabulary of errors every module throws and every
 * filter writes; depends on no other module.
 */
@ApplicationModule(displayName = "Problems", allowedDependencies = {})
package org.warmpath.problems;

import org.springframework.modulith.ApplicationModule;
