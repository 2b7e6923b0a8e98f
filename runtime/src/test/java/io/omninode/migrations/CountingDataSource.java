package io.omninode.migrations;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A real DataSource whose connections count the round trips a command makes: every statement execution,
 * commit and rollback. The driver sends {@code BEGIN} with the next statement, so it costs none.
 */
final class CountingDataSource {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final DataSource dataSource;

    CountingDataSource(DataSource target) {
        dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(target, (method, result) -> result instanceof Connection c ? countingConnection(c) : result,
                        method -> {}));
    }

    DataSource dataSource() {
        return dataSource;
    }

    long statements() {
        return statements.get();
    }

    /** Commits and rollbacks. */
    long commits() {
        return commits.get();
    }

    void reset() {
        statements.set(0);
        commits.set(0);
    }

    private Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                forwarding(connection, (method, result) -> result instanceof Statement s
                        ? countingStatement(s, method.getReturnType()) : result, method -> {
                            if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                                commits.incrementAndGet();
                            }
                        }));
    }

    private Object countingStatement(Statement statement, Class<?> type) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                forwarding(statement, (method, result) -> result, method -> {
                    if (method.getName().startsWith("execute")) {
                        statements.incrementAndGet();
                    }
                }));
    }

    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private interface BeforeCall {
        void accept(Method method);
    }

    private static InvocationHandler forwarding(Object target, AfterCall after, BeforeCall before) {
        return (proxy, method, args) -> {
            before.accept(method);
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
