package io.clientportal.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A DataSource that counts the SQL statements prepared or created through it: how a test proves a page costs a fixed
 * number of round trips, whatever its size.
 */
public final class StatementCounter {

    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource counting;

    public StatementCounter(DataSource target) {
        this.counting = proxy(DataSource.class, target, (method, args) -> method.getName().equals("getConnection"));
    }

    public DataSource dataSource() {
        return counting;
    }

    public void reset() {
        statements.set(0);
    }

    public int count() {
        return statements.get();
    }

    private <T> T proxy(Class<T> type, Object target, Wraps wraps) {
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                statements.incrementAndGet();
            }
            try {
                Object result = method.invoke(target, args);
                return wraps.test(method, args) ? proxy(Connection.class, result, (m, a) -> false) : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @FunctionalInterface
    private interface Wraps {
        boolean test(Method method, Object[] args);
    }
}
