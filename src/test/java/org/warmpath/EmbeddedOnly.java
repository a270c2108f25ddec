package org.warmpath;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that reaches into the embedded database (its transaction event listeners,
 * its Bolt port, its store) and so is skipped when the suite runs against a Neo4j server
 * ({@link Neo4jServerMode}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EmbeddedOnly {

}
