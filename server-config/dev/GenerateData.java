import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills one tenant of an already migrated portal database with a large, consistent data set for performance tests:
 * clients with one or two projects each, people with rates, approved billable time entries spread over a number of
 * months, and invoices (mostly OPEN and PAID, some DRAFT and VOID) whose lines bill exactly those entries. One client
 * gets a contact, {@code perf@client0001.example}, with the password hash of an existing account of the tenant.
 *
 * <p>Rows go in with PostgreSQL COPY, table by table in foreign-key order, so every constraint of the schema is checked
 * as the rows arrive; nothing is disabled. Ids are taken above the sequence {@code portal_id_seq}, which is moved past
 * them at the end. The data is deterministic except for the invoices' public access tokens.
 *
 * <pre>
 * java -cp postgresql.jar GenerateData.java JDBC_URL USER PASSWORD [TENANT] [CLIENTS] [INVOICES] [ENTRIES] [MONTHS]
 *      [PASSWORD_FROM_EMAIL]
 * </pre>
 * Defaults: tenant acme, 1000 clients, 100000 invoices, 2000000 entries, 24 months, hash from ava@globex.example.
 */
public class GenerateData {

    static final String[] TASKS = {"planning and estimates", "implementation", "code review", "client workshop",
        "testing and fixes", "deployment", "documentation"};
    /** Quarter hours only: with whole-unit rates every amount is exact to the cent. */
    static final String[] HOURS = {"1.00", "1.50", "2.00", "2.50", "3.00", "3.25", "4.00", "4.50", "5.00", "6.00",
        "7.50", "8.00", "0.75", "2.25"};
    static final BigDecimal TAX_PERCENT = new BigDecimal("8.25");
    static final int PEOPLE = 200;
    static final int PAYMENT_TERM_DAYS = 30;
    static final String REVIEWER = "perf-generator@perf.example";

    final Connection db;
    final long tenantId;
    final String subdomain;
    final String currency;
    final LocalDate today;
    final LocalDate firstDay;
    final int days;
    final int clients;
    final int invoices;
    final long entries;
    final long base;
    final SecureRandom random = new SecureRandom();

    // Id ranges, allocated from base.
    final long clientBase;
    final long projectBase;
    final long personBase;
    final long invoiceBase;
    final long lineBase;
    final long entryBase;
    final long contactId;
    final long end;

    GenerateData(Connection db, long tenantId, String subdomain, String currency, LocalDate today, int months,
                 int clients, int invoices, long entries, long base) {
        this.db = db;
        this.tenantId = tenantId;
        this.subdomain = subdomain;
        this.currency = currency;
        this.today = today;
        this.firstDay = today.minusMonths(months);
        this.days = (int) ChronoUnit.DAYS.between(firstDay, today); // up to yesterday
        this.clients = clients;
        this.invoices = invoices;
        this.entries = entries;
        this.base = base;
        clientBase = base;
        projectBase = clientBase + clients;
        personBase = projectBase + 2L * clients;
        invoiceBase = personBase + PEOPLE;
        lineBase = invoiceBase + invoices;
        entryBase = lineBase + 2L * invoices;
        contactId = entryBase + entries;
        end = contactId + 1;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java -cp postgresql.jar GenerateData.java JDBC_URL USER PASSWORD [TENANT] "
                    + "[CLIENTS] [INVOICES] [ENTRIES] [MONTHS] [PASSWORD_FROM_EMAIL]");
            System.exit(2);
        }
        String subdomain = arg(args, 3, "acme");
        int clients = Integer.parseInt(arg(args, 4, "1000"));
        int invoices = Integer.parseInt(arg(args, 5, "100000"));
        long entries = Long.parseLong(arg(args, 6, "2000000"));
        int months = Integer.parseInt(arg(args, 7, "24"));
        String hashFrom = arg(args, 8, "ava@globex.example");
        if (invoices < clients || entries < clients) {
            throw new IllegalArgumentException("At least one invoice and one entry per client");
        }
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            long tenantId;
            String currency;
            ZoneId zone;
            try (PreparedStatement q = db.prepareStatement(
                    "select id, currency, time_zone from tenant where subdomain = ?")) {
                q.setString(1, subdomain);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No tenant " + subdomain + ": start the portal once with "
                                + "PORTAL_DEMO_DATA=true against this database first");
                    }
                    tenantId = rs.getLong(1);
                    currency = rs.getString(2);
                    zone = ZoneId.of(rs.getString(3));
                }
            }
            if (single(db, "select count(*) from person where tenant_id = " + tenantId
                    + " and email like 'perf-person-%@perf.example'") > 0) {
                throw new IllegalStateException("Tenant " + subdomain + " already holds generated data: "
                        + "generate into a fresh database");
            }
            String hash;
            try (PreparedStatement q = db.prepareStatement("select password_hash from user_account "
                    + "where tenant_id = ? and email = ? and password_hash is not null")) {
                q.setLong(1, tenantId);
                q.setString(2, hashFrom);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No account " + hashFrom + " with a password in tenant "
                                + subdomain + " to copy the password hash from");
                    }
                    hash = rs.getString(1);
                }
            }
            long base = single(db, "select nextval('portal_id_seq')") + 1000;
            GenerateData g = new GenerateData(db, tenantId, subdomain, currency, LocalDate.now(zone), months,
                    clients, invoices, entries, base);
            g.run(hash);
            System.out.printf(Locale.ROOT, "Generated in %.1f s (tenant %s, id %d..%d)%n",
                    (System.nanoTime() - started) / 1e9, subdomain, base, g.end - 1);
            g.printCounts();
        }
    }

    void run(String passwordHash) throws SQLException {
        step("client", this::clients);
        step("project", this::projects);
        step("person", this::people);
        step("invoice", this::invoices);
        step("invoice_line", this::lines);
        step("time_entry", this::entries);
        step("user_account", () -> contact(passwordHash));
        exec("select setval('portal_id_seq', " + (end + 50) + ")");
        db.commit();
        long t = System.nanoTime();
        db.setAutoCommit(true);
        exec("analyze");
        System.out.printf(Locale.ROOT, "  %-13s %6.1f s%n", "analyze", (System.nanoTime() - t) / 1e9);
    }

    interface Step {
        void run() throws SQLException;
    }

    static void step(String name, Step step) throws SQLException {
        long t = System.nanoTime();
        step.run();
        System.out.printf(Locale.ROOT, "  %-13s %6.1f s%n", name, (System.nanoTime() - t) / 1e9);
    }

    // ---- the shape of the data: every pass recomputes it from the indexes, so no pass needs another's memory ----

    int projectsOf(int c) {
        return c % 2 == 0 ? 2 : 1;
    }

    long projectId(int c, int p) {
        return projectBase + 2L * c + p;
    }

    String projectName(int c, int p) {
        return String.format(Locale.ROOT, "Perf %04d %s", c + 1, p == 0 ? "Website" : "Retainer");
    }

    /** Whole-unit rates: amounts stay exact to the cent. */
    BigDecimal projectRate(int c, int p) {
        return BigDecimal.valueOf(90 + (c % 7) * 15 + p * 10L).setScale(2);
    }

    int invoicesOf(int c) {
        return invoices / clients + (c < invoices % clients ? 1 : 0);
    }

    long firstInvoiceIndex(int c) {
        return (long) c * (invoices / clients) + Math.min(c, invoices % clients);
    }

    long entriesOf(int c) {
        return entries / clients + (c < entries % clients ? 1 : 0);
    }

    long firstEntryIndex(int c) {
        return c * (entries / clients) + Math.min(c, entries % clients);
    }

    /** Invoice k of a client covers the days [periodStart(k), periodStart(k+1)) of the window. */
    int periodStart(int c, int k) {
        return (int) ((long) k * days / invoicesOf(c));
    }

    /** The day of the client's entry j: spread evenly over the window. */
    int entryDay(int c, long j) {
        return (int) (j * days / entriesOf(c));
    }

    /** The invoice (k) billing day d of client c. */
    int periodOf(int c, int d) {
        int n = invoicesOf(c);
        int k = (int) (((long) d * n) / days);
        while (k + 1 < n && periodStart(c, k + 1) <= d) {
            k++;
        }
        while (k > 0 && periodStart(c, k) > d) {
            k--;
        }
        return k;
    }

    enum Status { DRAFT, OPEN, PAID, VOID }

    Status status(int c, int k) {
        int n = invoicesOf(c);
        if (k == n - 1) {
            return Status.DRAFT;
        }
        if (Math.floorMod(c * 31 + k * 7, 50) == 3) {
            return Status.VOID;
        }
        LocalDate issued = issueDate(c, k);
        if (issued.isAfter(today.minusDays(45)) || Math.floorMod(c + k, 20) == 0) {
            return Status.OPEN;
        }
        return Status.PAID;
    }

    LocalDate issueDate(int c, int k) {
        int endDay = k + 1 < invoicesOf(c) ? periodStart(c, k + 1) : days;
        return firstDay.plusDays(endDay);
    }

    int entryProject(int c, long j) {
        return (int) (j % projectsOf(c));
    }

    String entryHours(long globalIndex) {
        return HOURS[(int) ((globalIndex * 2654435761L >>> 7) % HOURS.length)];
    }

    /** Whether the entry's hours were billed: not by a void invoice (void ones leave the time billable). */
    boolean billed(int c, int k) {
        return status(c, k) != Status.VOID;
    }

    long personOf(int c, long j) {
        return personBase + (c * 7L + j % 3) % PEOPLE;
    }

    // ---- the passes ----

    void clients() throws SQLException {
        try (Copy copy = new Copy(db, "client", "id, tenant_id, name, billing_email, billing_address, tax_id, "
                + "portal_enabled, created_at")) {
            for (int c = 0; c < clients; c++) {
                copy.row(clientBase + c, tenantId, String.format(Locale.ROOT, "Perf Client %04d", c + 1),
                        String.format(Locale.ROOT, "billing@client%04d.example", c + 1),
                        String.format(Locale.ROOT, "%d Generator Street\nSpringfield", c + 1), null, "t",
                        ts(firstDay.minusDays(30)));
            }
        }
    }

    void projects() throws SQLException {
        try (Copy copy = new Copy(db, "project", "id, tenant_id, client_id, name, billable, hourly_rate, active, "
                + "created_at")) {
            for (int c = 0; c < clients; c++) {
                for (int p = 0; p < projectsOf(c); p++) {
                    copy.row(projectId(c, p), tenantId, clientBase + c, projectName(c, p), "t", projectRate(c, p),
                            "t", ts(firstDay.minusDays(30)));
                }
            }
        }
    }

    void people() throws SQLException {
        try (Copy copy = new Copy(db, "person", "id, tenant_id, name, email, cost_rate, billable_rate, active, "
                + "created_at")) {
            for (int p = 0; p < PEOPLE; p++) {
                copy.row(personBase + p, tenantId, String.format(Locale.ROOT, "Perf Person %03d", p + 1),
                        String.format(Locale.ROOT, "perf-person-%03d@perf.example", p + 1),
                        BigDecimal.valueOf(40 + (p % 5) * 10L).setScale(2),
                        BigDecimal.valueOf(90 + (p % 6) * 20L).setScale(2), "t", ts(firstDay.minusDays(30)));
            }
        }
    }

    /** Hours and amount per project of one invoice, from the entries of its period. */
    BigDecimal[][] linesOf(int c, int k) {
        BigDecimal[][] sums = new BigDecimal[projectsOf(c)][2];
        for (BigDecimal[] s : sums) {
            s[0] = BigDecimal.ZERO.setScale(2);
            s[1] = BigDecimal.ZERO.setScale(2);
        }
        long n = entriesOf(c);
        // The entries of period k: those whose day lies in [periodStart(k), periodStart(k+1)).
        int from = periodStart(c, k);
        int to = k + 1 < invoicesOf(c) ? periodStart(c, k + 1) : days;
        long j = firstEntryOnOrAfter(c, from);
        long global = firstEntryIndex(c);
        for (; j < n && entryDay(c, j) < to; j++) {
            int p = entryProject(c, j);
            BigDecimal hours = new BigDecimal(entryHours(global + j));
            sums[p][0] = sums[p][0].add(hours);
            sums[p][1] = sums[p][1].add(hours.multiply(projectRate(c, p)).setScale(2, RoundingMode.HALF_UP));
        }
        return sums;
    }

    long firstEntryOnOrAfter(int c, int day) {
        long n = entriesOf(c);
        // entryDay is monotonic in j: binary search.
        long lo = 0;
        long hi = n;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (entryDay(c, mid) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static final BigDecimal VOID_AMOUNT = new BigDecimal("250.00");

    void invoices() throws SQLException {
        long number = 0;
        try (Copy copy = new Copy(db, "invoice", "id, tenant_id, client_id, number, status, period_start, period_end, "
                + "issue_date, due_date, currency, tax_rate, subtotal, tax, total, amount_paid, paid_at, "
                + "public_access_token, created_at, version")) {
            // Numbers in order of issue across clients: period by period.
            int maxInvoices = invoicesOf(0);
            for (int k = 0; k < maxInvoices; k++) {
                for (int c = 0; c < clients; c++) {
                    if (k >= invoicesOf(c)) {
                        continue;
                    }
                    Status status = status(c, k);
                    BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
                    if (status == Status.VOID) {
                        subtotal = VOID_AMOUNT;
                    } else {
                        for (BigDecimal[] line : linesOf(c, k)) {
                            subtotal = subtotal.add(line[1]);
                        }
                    }
                    BigDecimal tax = subtotal.multiply(TAX_PERCENT).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal total = subtotal.add(tax);
                    LocalDate periodStart = firstDay.plusDays(periodStart(c, k));
                    LocalDate issued = issueDate(c, k);
                    LocalDate periodEnd = issued.minusDays(1);
                    boolean draft = status == Status.DRAFT;
                    String no = draft ? null : String.format(Locale.ROOT, "%s-P%07d",
                            subdomain.toUpperCase(Locale.ROOT), ++number);
                    copy.row(invoiceBase + firstInvoiceIndex(c) + k, tenantId, clientBase + c, no, status.name(),
                            periodStart, periodEnd, draft ? null : issued,
                            draft ? null : issued.plusDays(PAYMENT_TERM_DAYS), currency, TAX_PERCENT, subtotal, tax,
                            total, status == Status.PAID ? total : BigDecimal.ZERO.setScale(2),
                            status == Status.PAID ? ts(issued.plusDays(10)) : null, token(), ts(periodEnd), 1);
                }
            }
        }
    }

    void lines() throws SQLException {
        try (Copy copy = new Copy(db, "invoice_line", "id, tenant_id, invoice_id, line_no, project_id, description, "
                + "hours, unit_rate, amount")) {
            for (int c = 0; c < clients; c++) {
                for (int k = 0; k < invoicesOf(c); k++) {
                    long invoiceIndex = firstInvoiceIndex(c) + k;
                    long invoiceId = invoiceBase + invoiceIndex;
                    if (status(c, k) == Status.VOID) {
                        copy.row(lineBase + 2 * invoiceIndex, tenantId, invoiceId, 1, null,
                                "Hosting and maintenance (issued in error)", null, null, VOID_AMOUNT);
                        continue;
                    }
                    BigDecimal[][] sums = linesOf(c, k);
                    int lineNo = 0;
                    for (int p = 0; p < sums.length; p++) { // projects by name: Retainer after Website? by index
                        if (sums[p][0].signum() == 0) {
                            continue;
                        }
                        copy.row(lineBase + 2 * invoiceIndex + lineNo, tenantId, invoiceId, ++lineNo,
                                projectId(c, p), projectName(c, p), sums[p][0], projectRate(c, p), sums[p][1]);
                    }
                }
            }
        }
    }

    void entries() throws SQLException {
        try (Copy copy = new Copy(db, "time_entry", "id, tenant_id, person_id, project_id, work_date, hours, note, "
                + "status, reviewed_by, reviewed_at, billable, billable_rate, cost_rate, invoice_id, created_at, "
                + "version")) {
            for (int c = 0; c < clients; c++) {
                long n = entriesOf(c);
                long global = firstEntryIndex(c);
                int k = 0;
                int nextStart = invoicesOf(c) > 1 ? periodStart(c, 1) : Integer.MAX_VALUE;
                for (long j = 0; j < n; j++) {
                    int d = entryDay(c, j);
                    while (d >= nextStart) {
                        k++;
                        nextStart = k + 1 < invoicesOf(c) ? periodStart(c, k + 1) : Integer.MAX_VALUE;
                    }
                    int p = entryProject(c, j);
                    long person = personOf(c, j);
                    LocalDate day = firstDay.plusDays(d);
                    LocalDate reviewed = day.plusDays(2).isAfter(today) ? today : day.plusDays(2);
                    copy.row(entryBase + global + j, tenantId, person, projectId(c, p), day, entryHours(global + j),
                            projectName(c, p) + ": " + TASKS[(int) (j % TASKS.length)], "APPROVED", REVIEWER,
                            reviewed + " 00:00:00+00", "t", projectRate(c, p),
                            BigDecimal.valueOf(40 + ((person - personBase) % 5) * 10).setScale(2),
                            billed(c, k) ? invoiceBase + firstInvoiceIndex(c) + k : null, day + " 18:00:00+00", 1);
                }
            }
        }
    }

    void contact(String passwordHash) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into user_account (id, tenant_id, email, "
                + "display_name, password_hash, role, portal_client_id, active, created_at, version, "
                + "invitation_sent_at, invitation_accepted_at) values (?, ?, ?, ?, ?, 'CLIENT', ?, true, now(), 1, "
                + "now(), now())")) {
            insert.setLong(1, contactId);
            insert.setLong(2, tenantId);
            insert.setString(3, "perf@client0001.example");
            insert.setString(4, "Perf Contact 0001");
            insert.setString(5, passwordHash);
            insert.setLong(6, clientBase);
            insert.executeUpdate();
        }
    }

    void printCounts() throws SQLException {
        for (String table : new String[] {"client", "project", "person", "invoice", "invoice_line", "time_entry",
            "user_account"}) {
            System.out.printf(Locale.ROOT, "  %-13s %,10d rows in tenant %s%n", table,
                    single(db, "select count(*) from " + table + " where tenant_id = " + tenantId), subdomain);
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select status, count(*) from invoice where tenant_id = " + tenantId
                     + " group by status order by status")) {
            StringBuilder line = new StringBuilder("  invoices by status:");
            while (rs.next()) {
                line.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "  contact perf@client0001.example: client id %d, %d invoices, %d entries%n",
                clientBase, invoicesOf(0), entriesOf(0));
    }

    // ---- plumbing ----

    String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String ts(LocalDate day) {
        return day + " 12:00:00+00";
    }

    void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String arg(String[] args, int i, String fallback) {
        return args.length > i && !args[i].isBlank() ? args[i] : fallback;
    }

    /** One COPY ... FROM STDIN in text format, fed in chunks of about 1 MB. */
    static final class Copy implements AutoCloseable {
        private final CopyIn in;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 21);
        private final StringBuilder row = new StringBuilder(256);

        Copy(Connection db, String table, String columns) throws SQLException {
            in = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns
                    + ") from stdin");
        }

        void row(Object... values) throws SQLException {
            row.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    row.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    row.append("\\N");
                } else if (v instanceof BigDecimal b) {
                    row.append(b.toPlainString());
                } else {
                    escape(v.toString());
                }
            }
            row.append('\n');
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
            if (buffer.size() >= 1 << 20) {
                flush();
            }
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> row.append("\\\\");
                    case '\t' -> row.append("\\t");
                    case '\n' -> row.append("\\n");
                    case '\r' -> row.append("\\r");
                    default -> row.append(ch);
                }
            }
        }

        private void flush() throws SQLException {
            if (buffer.size() > 0) {
                in.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            in.endCopy();
        }
    }
}
