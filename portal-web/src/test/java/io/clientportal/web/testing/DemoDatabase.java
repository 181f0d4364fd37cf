package io.clientportal.web.testing;

import io.clientportal.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the database of the server under test directly, to check what it wrote. */
public final class DemoDatabase implements AutoCloseable {

    private final Connection connection;

    public DemoDatabase(TestDatabase database) throws SQLException {
        this.connection = database.dataSource().getConnection();
    }

    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    public int update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    public long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
