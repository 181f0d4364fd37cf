package io.clientportal.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The server side of {@link EmbeddedDatabaseCrashTest}, run in a JVM of its own: opens the embedded database of the
 * data folder it is given exactly as the portal does, commits one row per transaction, says "committed" after each
 * commit (as the portal answers 201 after its commit), and then hangs until it is killed.
 */
final class CommitThenHang {

    static final String CONFIRMATION = "committed ";

    private CommitThenHang() {
    }

    public static void main(String[] args) throws SQLException, InterruptedException {
        DataSource database = EmbeddedDatabaseCrashTest.embeddedDatabase(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into probe (id) values (?)")) {
            connection.setAutoCommit(false);
            for (int id = 1; id <= rows; id++) {
                insert.setInt(1, id);
                insert.executeUpdate();
                connection.commit();
                System.out.println(CONFIRMATION + id);
            }
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
