package org.warmpath;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.warmpath.cypher.Reads;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the sessions (and one-shot queries) opened through the application's Neo4j
 * {@link Driver} bean, and the named reads through its {@link Reads} bean (in-process on
 * the embedded database), so that a test can prove an answer needed no database read.
 * Wraps the bean in the shared {@link WarmPathTest} context; counts only calls made on
 * the thread that {@linkplain #watchThisThread() started watching} (MockMvc serves a
 * request on the test's thread), so the change-feed poller and other background work do
 * not count.
 */
@TestComponent
public class DriverCalls implements BeanPostProcessor {

	private static final List<String> OPENS = List.of("session", "asyncSession", "reactiveSession", "rxSession",
			"executableQuery");

	private volatile Thread watched;

	private final List<String> calls = new ArrayList<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Reads reads) {
			// the reads that run in-process on the embedded database count as much as
			// a driver session: an answer from memory makes neither
			return (Reads) (name, parameters) -> {
				if (Thread.currentThread() == this.watched) {
					record("read " + name);
				}
				return reads.read(name, parameters);
			};
		}
		if (!(bean instanceof Driver driver)) {
			return bean;
		}
		return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				(proxy, method, args) -> {
					if (OPENS.contains(method.getName()) && Thread.currentThread() == this.watched) {
						record(method.getName());
					}
					try {
						return method.invoke(driver, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	/** Forgets earlier calls and counts from now on those made on this thread. */
	public synchronized void watchThisThread() {
		this.calls.clear();
		this.watched = Thread.currentThread();
	}

	/** Stops counting. */
	public void stop() {
		this.watched = null;
	}

	/**
	 * The sessions opened on the watched thread since it started watching, each with the
	 * app's frames that opened it.
	 * @return one line per session
	 */
	public synchronized List<String> calls() {
		return List.copyOf(this.calls);
	}

	private synchronized void record(String method) {
		String where = Arrays.stream(new Throwable().getStackTrace())
			.filter(f -> f.getClassName().startsWith("org.warmpath.")
					&& !f.getClassName().startsWith("org.warmpath.DriverCalls"))
			.limit(4)
			.map(f -> f.getClassName().substring("org.warmpath.".length()) + "." + f.getMethodName())
			.collect(Collectors.joining(" < "));
		this.calls.add(method + " from " + where);
	}

}
