package io.clientportal.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A DataSource that asks PostgreSQL for the plan of every query run through it, with the very SQL and parameters the
 * application sent: how a test proves a list reads by index, not by scanning a whole table.
 */
public final class QueryPlans {

    private final List<String> plans = new ArrayList<>();
    private final DataSource explaining;

    public QueryPlans(DataSource target) {
        this.explaining = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (self, method, args) -> {
                    Object result = invoke(method, target, args);
                    return method.getName().equals("getConnection") ? connection((Connection) result) : result;
                });
    }

    public DataSource dataSource() {
        return explaining;
    }

    public void reset() {
        plans.clear();
    }

    /** Each query since the last reset, followed by its plan. */
    public List<String> plans() {
        return List.copyOf(plans);
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (self, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (method.getName().equals("prepareStatement") && args.length >= 1) {
                        return statement(target, (String) args[0], (PreparedStatement) result);
                    }
                    return result;
                });
    }

    private PreparedStatement statement(Connection connection, String sql, PreparedStatement target) {
        Map<Integer, Object[]> parameters = new TreeMap<>();
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, new Object[] {method, args});
            }
            if (name.equals("executeQuery") && (args == null || args.length == 0) && isSelect(sql)) {
                plans.add(sql + "\n" + explain(connection, sql, parameters));
            }
            return invoke(method, target, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static boolean isSelect(String sql) {
        return sql.stripLeading().regionMatches(true, 0, "select", 0, 6);
    }

    private static String explain(Connection connection, String sql, Map<Integer, Object[]> parameters)
            throws Exception {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            for (Object[] call : parameters.values()) {
                invoke((Method) call[0], explain, (Object[]) call[1]);
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }
}
