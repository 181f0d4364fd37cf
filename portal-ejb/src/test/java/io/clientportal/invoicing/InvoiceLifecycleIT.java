package io.clientportal.invoicing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.clients.Client;
import io.clientportal.identity.UserAccount;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.mail.Outbox;
import io.clientportal.mail.OutboxMessage;
import io.clientportal.notices.InvoiceNotices;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantKind;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeDetails;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.Timesheets;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An invoice's life through the real services on PostgreSQL, each call in a transaction of its own as in the
 * container: drafting from approved time, editing, issuing (also many at once, from several threads, each with its
 * own EntityManager and transaction), paying, voiding and discarding, with their audit entries and the contacts'
 * notices. Every test works in an agency of its own, so invoice numbers start at 0001 for each.
 */
class InvoiceLifecycleIT {

    private static final Actor STAFF = new Actor("sam@agency.example", "192.0.2.1");
    private static final BigDecimal TAX = new BigDecimal("20");
    private static final LocalDate ISSUED = LocalDate.of(2026, 8, 3);
    /** The services' clock: a day after the work of 2026 this agency invoices, whatever the real date. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Instant CREATED = CLOCK.instant();

    private static TestPersistence persistence;

    @BeforeAll
    static void migrate() {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_inv_lifecycle").dataSource());
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void aDraftBillsEachProjectOnOneLineAtTheRatesFrozenOnApproval() {
        Agency agency = Agency.create("draftlines");
        long id = agency.draft(1);

        Invoice invoice = agency.read(em -> em.find(Invoice.class, id));
        Map<String, InvoiceLine> lines = invoice.getLines().stream()
                .collect(Collectors.toMap(line -> line.getProject().getName(), line -> line));
        assertEquals(2, lines.size(), "one line per project");
        // The website has a project rate (150): 2 h + 3 h. Operations bills each person's rate: 1.5 h x 100 + 2.5 h x 120.
        assertEquals(Hours.of("5.00"), lines.get("Website").getHours());
        assertEquals(Money.of("750.00"), lines.get("Website").getAmount());
        assertEquals(Hours.of("4.00"), lines.get("Operations").getHours());
        assertEquals(Money.of("450.00"), lines.get("Operations").getAmount());
        assertNull(lines.get("Operations").getUnitRate(), "a line of mixed rates prints a person's rate");
        assertEquals(Money.of("1200.00"), invoice.getSubtotal());
        assertEquals(Money.of("1440.00"), invoice.getTotal());
        assertEquals(4, agency.count("select count(t) from TimeEntry t where t.invoiceId = " + id),
                "Globex's four entries of January, not Initech's");

        // Rates changed after approval do not change what is billed.
        agency.run(s -> s.em.find(Person.class, agency.alex).changeRates(Money.of("1"), Money.of("999")));
        assertEquals(Money.of("450.00"), agency.read(em -> em.find(Invoice.class, agency.draft(2)))
                .getLines().stream().filter(l -> l.getProject().getName().equals("Operations")).findFirst()
                .orElseThrow().getAmount());

        Refused nothing = assertThrows(Refused.class, () -> agency.draft(1));
        assertTrue(nothing.getMessage().contains("No approved, uninvoiced hours of Globex"), nothing.getMessage());
        assertEquals(2, agency.audited(AuditAction.INVOICE_DRAFTED), "drafts are audited, the refused one not");
    }

    @Test
    void severalDraftsIssuedAtOnceGetConsecutiveNumbersOneEach() throws Exception {
        Agency agency = Agency.create("concurrent");
        List<Long> drafts = IntStream.rangeClosed(1, 6).mapToObj(agency::draft).toList();

        List<String> numbers = atOnce(drafts.stream()
                .<Callable<String>>map(id -> () -> agency.call(s -> s.issuing.issue(id, ISSUED,
                        ISSUED.plusDays(30), STAFF)))
                .toList());

        List<String> expected = IntStream.rangeClosed(1, 6)
                .mapToObj(n -> String.format("CONCURRENT-2026-%04d", n)).toList();
        assertEquals(expected, numbers.stream().sorted().toList(), "numbers are not consecutive and distinct");
        for (int i = 0; i < drafts.size(); i++) {
            long id = drafts.get(i);
            Invoice issued = agency.read(em -> em.find(Invoice.class, id));
            assertEquals(numbers.get(i), issued.getNumber(), "the invoice holds another number than it was given");
            assertEquals(InvoiceStatus.OPEN, issued.getStatus());
        }
        assertEquals(6, agency.audited(AuditAction.INVOICE_ISSUED));
    }

    @Test
    void oneDraftIssuedTwiceAtOnceIsIssuedOnceAndLeavesNoGap() throws Exception {
        Agency agency = Agency.create("twice");
        long id = agency.draft(1);
        long next = agency.draft(2);

        List<Future<String>> attempts = start(Collections.nCopies(2,
                () -> agency.call(s -> s.issuing.issue(id, ISSUED, ISSUED.plusDays(30), STAFF))));
        List<String> issued = new ArrayList<>();
        int refused = 0;
        for (Future<String> attempt : attempts) {
            try {
                issued.add(attempt.get());
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof Refused, "refused without a message: " + e.getCause());
                refused++;
            }
        }
        assertEquals(List.of("TWICE-2026-0001"), issued);
        assertEquals(1, refused);
        assertEquals("TWICE-2026-0002", agency.call(s -> s.issuing.issue(next, ISSUED,
                ISSUED.plusDays(30), STAFF)), "the refused issue left a gap");
        assertEquals(1, agency.count("select count(i) from Invoice i where i.number = 'TWICE-2026-0001'"));
        assertEquals(2, agency.messagesTo("ava@globex.example").size(), "one notice per issued invoice");
    }

    @Test
    void anIssuedInvoiceAndItsTimeRefuseEveryChange() {
        Agency agency = Agency.create("frozen");
        long id = agency.draft(1);
        agency.run(s -> s.drafting.addFixedLine(id, "Hosting", Money.of("30.00"), STAFF));
        agency.run(s -> s.drafting.describeLine(id, 1, "Website, January", STAFF));
        agency.run(s -> s.issuing.issue(id, ISSUED, ISSUED.plusDays(30), STAFF));

        assertThrows(Refused.class, () -> agency.run(s -> s.drafting.describeLine(id, 1, "x", STAFF)));
        assertThrows(Refused.class, () -> agency.run(s -> s.drafting.addFixedLine(id, "More",
                Money.of("1.00"), STAFF)));
        assertThrows(Refused.class, () -> agency.run(s -> s.drafting.removeLine(id, 3, STAFF)));
        assertThrows(Refused.class, () -> agency.run(s -> s.drafting.changeTaxRate(id, BigDecimal.ONE,
                STAFF)));
        assertThrows(Refused.class, () -> agency.run(s -> s.drafting.discard(id, STAFF)));
        Invoice issued = agency.read(em -> em.find(Invoice.class, id));
        assertEquals(3, issued.getLines().size());
        assertEquals(Money.of("1476.00"), issued.getTotal());

        long billed = agency.read(em -> em.createQuery("select t.id from TimeEntry t where t.invoiceId = " + id,
                Long.class).setMaxResults(1).getSingleResult());
        TimeEntry entry = agency.read(em -> em.find(TimeEntry.class, billed));
        TimeDetails change = new TimeDetails(entry.getPerson().getId(), entry.getProject().getId(),
                entry.getWorkDate(), Hours.of("1.00"), "forged");
        assertThrows(Refused.class, () -> agency.run(s -> s.timesheets.change(billed, change)));
        assertThrows(Refused.class, () -> agency.run(s -> s.timesheets.remove(billed)));
        assertThrows(Refused.class, () -> agency.run(s -> s.timesheets.rejectEntries(List.of(billed),
                STAFF)));
        assertEquals(entry.getHours(), agency.read(em -> em.find(TimeEntry.class, billed)).getHours());
        assertEquals(2, agency.audited(AuditAction.INVOICE_EDITED), "the refused edits are audited");
        assertEquals(1, agency.audited(AuditAction.INVOICE_ISSUED));
    }

    /**
     * The back office and the API draft, issue and pay through these services: a period of years 1000 to 9999 was
     * drafted, and a tax rate of 1e-10000000 would have been expanded to ten million digits to compute the tax.
     */
    @Test
    void absurdPeriodsDatesAndTaxRatesAreRefusedNamingTheFieldAndChangeNothing() {
        Agency agency = Agency.create("absurd");
        DateRange january = DateRange.month(LocalDate.of(2026, 1, 1));
        DateRange millennia = new DateRange(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31));
        assertEquals("periodStart", assertThrows(Refused.class, () -> agency.call(s -> s.drafting.draft(
                agency.globex, millennia, TAX, STAFF))).field());
        for (String tax : List.of("1e-10000000", "1e10000000", "20.125")) {
            Refused refused = assertThrows(Refused.class, () -> agency.call(s -> s.drafting.draft(
                    agency.globex, january, new BigDecimal(tax), STAFF)));
            assertEquals("taxRate", refused.field(), tax);
        }
        assertEquals(0, agency.count("select count(i) from Invoice i"));

        long id = agency.draft(1);
        assertEquals("taxRate", assertThrows(Refused.class, () -> agency.run(s -> s.drafting.changeTaxRate(id,
                new BigDecimal("1e-10000000"), STAFF))).field());
        assertEquals("dueDate", assertThrows(Refused.class, () -> agency.run(s -> s.issuing.issue(id,
                ISSUED, LocalDate.of(99999, 1, 1), STAFF))).field());
        agency.run(s -> s.issuing.issue(id, ISSUED, ISSUED.plusDays(30), STAFF));
        assertEquals("paidOn", assertThrows(Refused.class, () -> agency.run(s -> s.settlement.markPaid(
                id, Money.of("1440.00"), LocalDate.of(0, 1, 1), STAFF))).field());
        Invoice invoice = agency.read(em -> em.find(Invoice.class, id));
        assertEquals(0, TAX.compareTo(invoice.getTaxRate()));
        assertEquals(ISSUED.plusDays(30), invoice.getDueDate());
        assertEquals(InvoiceStatus.OPEN, invoice.getStatus());
    }

    @Test
    void discardingADraftOrVoidingAnInvoiceFreesItsHoursForTheNext() {
        Agency agency = Agency.create("release");
        long draft = agency.draft(1);
        agency.run(s -> s.drafting.discard(draft, STAFF));
        assertNull(agency.read(em -> em.find(Invoice.class, draft)));
        assertEquals(0, agency.count("select count(t) from TimeEntry t where t.invoiceId is not null"));

        long issued = agency.draft(1);
        agency.run(s -> s.issuing.issue(issued, ISSUED, ISSUED.plusDays(30), STAFF));
        agency.run(s -> s.settlement.voidInvoice(issued, STAFF));
        assertEquals(InvoiceStatus.VOID, agency.read(em -> em.find(Invoice.class, issued)).getStatus());
        assertEquals(0, agency.count("select count(t) from TimeEntry t where t.invoiceId is not null"));
        long corrected = agency.draft(1);
        assertEquals(Money.of("1440.00"), agency.read(em -> em.find(Invoice.class, corrected)).getTotal());

        long paid = agency.draft(2);
        agency.run(s -> s.issuing.issue(paid, ISSUED, ISSUED.plusDays(30), STAFF));
        assertThrows(Refused.class, () -> agency.run(s -> s.settlement.markPaid(paid,
                Money.of("100.00"), ISSUED, STAFF)), "a part payment settled the invoice");
        agency.run(s -> s.settlement.markPaid(paid, Money.of("1440.00"), ISSUED.plusDays(3), STAFF));
        assertEquals(InvoiceStatus.PAID, agency.read(em -> em.find(Invoice.class, paid)).getStatus());
        assertThrows(Refused.class, () -> agency.run(s -> s.settlement.voidInvoice(paid, STAFF)));

        assertEquals(1, agency.audited(AuditAction.INVOICE_DISCARDED));
        assertEquals(1, agency.audited(AuditAction.INVOICE_VOIDED));
        assertEquals(1, agency.audited(AuditAction.INVOICE_PAID));
    }

    @Test
    void onlyTheClientsActiveContactsAreNotified() {
        Agency agency = Agency.create("notices");
        long id = agency.draft(1);
        agency.run(s -> s.issuing.issue(id, ISSUED, ISSUED.plusDays(30), STAFF));

        List<OutboxMessage> messages = agency.read(em -> em.createQuery("select m from OutboxMessage m",
                OutboxMessage.class).getResultList());
        assertEquals(List.of("ava@globex.example", "ben@globex.example"),
                messages.stream().map(OutboxMessage::getRecipient).sorted().toList());
        assertTrue(messages.stream().allMatch(m -> m.getSubject().equals("Invoice NOTICES-2026-0001 from Agency "
                + "notices")), messages.get(0).getSubject());
        assertTrue(agency.read(em -> em.createQuery("select m.body from OutboxMessage m", String.class)
                        .getResultList()).stream()
                .allMatch(body -> body.contains("http://notices.localhost:8080/portal/invoice.xhtml?id=" + id)));
    }

    /** Runs the tasks from as many threads, released together; their answers in the tasks' order. */
    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        List<T> answers = new ArrayList<>();
        for (Future<T> future : start(tasks)) {
            answers.add(future.get());
        }
        return answers;
    }

    private static <T> List<Future<T>> start(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = tasks.stream().map(task -> threads.submit(() -> {
            ready.countDown();
            go.await();
            return task.call();
        })).toList();
        ready.await();
        go.countDown();
        threads.shutdown();
        return futures;
    }

    /** The services as the container wires them, on one EntityManager in one transaction. */
    private record Services(EntityManager em, InvoiceDrafting drafting, InvoiceIssuing issuing,
                            InvoiceClosing settlement, Timesheets timesheets) {

        static Services on(EntityManager em) {
            InvoiceChange change = new InvoiceChange(new AuditLog(CLOCK));
            return new Services(em, new InvoiceDrafting(em, change, CLOCK),
                    new InvoiceIssuing(em, change, new InvoiceNumbering(), new Notify(em)),
                    new InvoiceClosing(em, change), new Timesheets(em, new AuditLog(CLOCK), CLOCK));
        }
    }

    /** An agency with two clients, contacts in every state, and four approved entries a month in 2026. */
    private record Agency(TenantScope scope, long globex, long alex) {

        static Agency create(String subdomain) {
            TenantScope scope = persistence.inTransaction(persistence.unscoped(), em -> {
                Tenant tenant = new Tenant(TenantKind.AGENCY, subdomain, "Agency " + subdomain,
                        "http://" + subdomain + ".localhost:8080", ZoneId.of("Europe/Warsaw"),
                        Currency.getInstance("EUR"), CREATED);
                em.persist(tenant);
                em.flush();
                return tenant.scope();
            });
            return persistence.inTransaction(persistence.scoped(scope), em -> {
                Client globex = persist(em, new Client("Globex", CREATED));
                Client initech = persist(em, new Client("Initech", CREATED));
                Project website = persist(em, Project.forClient(globex, "Website", Money.of("150.00"), CREATED));
                Project operations = persist(em, Project.forClient(globex, "Operations", null, CREATED));
                Project tps = persist(em, Project.forClient(initech, "TPS", Money.of("140.00"), CREATED));
                Person alex = persist(em, new Person("Alex", "alex@agency.example", Money.of("50"), Money.of("100"),
                        CREATED));
                Person bea = persist(em, new Person("Bea", "bea@agency.example", Money.of("60"), Money.of("120"),
                        CREATED));
                for (int month = 1; month <= 8; month++) {
                    LocalDate day = LocalDate.of(2026, month, 5);
                    approved(em, alex, website, day, "2.00");
                    approved(em, bea, website, day, "3.00");
                    approved(em, alex, operations, day, "1.50");
                    approved(em, bea, operations, day, "2.50");
                    approved(em, alex, tps, day, "4.00");
                }
                contact(em, globex, "ava@globex.example", true);
                contact(em, globex, "ben@globex.example", true);
                contact(em, globex, "gina@globex.example", false).invitationSent(CREATED);
                contact(em, globex, "hank@globex.example", true).deactivate();
                contact(em, initech, "cara@initech.example", true);
                return new Agency(scope, globex.getId(), alex.getId());
            });
        }

        private static void approved(EntityManager em, Person person, Project project, LocalDate day, String hours) {
            TimeEntry entry = persist(em, new TimeEntry(person, project, day, Hours.of(hours), "work", CREATED));
            entry.submit();
            entry.approve("reviewer@agency.example", day.plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant());
        }

        private static UserAccount contact(EntityManager em, Client client, String email, boolean withPassword) {
            UserAccount account = persist(em, UserAccount.contact(client, email, email, CREATED));
            if (withPassword) {
                account.setPasswordHash("not-a-real-hash");
            }
            return account;
        }

        private static <T> T persist(EntityManager em, T entity) {
            em.persist(entity);
            return entity;
        }

        /** Drafts Globex's invoice for a month of 2026 at 20 % tax. */
        long draft(int month) {
            return call(s -> s.drafting.draft(globex, DateRange.month(YearMonth.of(2026, month).atDay(1)),
                    TAX, STAFF));
        }

        <T> T call(Function<Services, T> work) {
            return persistence.inTransaction(persistence.scoped(scope),
                    em -> ScopedWork.call(scope, () -> work.apply(Services.on(em))));
        }

        void run(Consumer<Services> work) {
            call(s -> {
                work.accept(s);
                return null;
            });
        }

        <T> T read(Function<EntityManager, T> query) {
            return call(s -> query.apply(s.em));
        }

        long count(String jpql) {
            return read(em -> em.createQuery(jpql, Long.class).getSingleResult());
        }

        long audited(AuditAction action) {
            return read(em -> em.createQuery("select count(a) from AuditEvent a where a.action = :action", Long.class)
                    .setParameter("action", action.name()).getSingleResult());
        }

        List<OutboxMessage> messagesTo(String recipient) {
            return read(em -> em.createQuery("select m from OutboxMessage m where m.recipient = :to",
                    OutboxMessage.class).setParameter("to", recipient).getResultList());
        }
    }

    /** Delivers the issuing's event to its real observer in the same transaction, as the container does. */
    private static final class Notify implements Event<InvoiceIssued> {

        private final InvoiceNotices notices;

        Notify(EntityManager em) {
            this.notices = new InvoiceNotices(new TenantPersistence(em), new Outbox(CLOCK));
        }

        @Override
        public void fire(InvoiceIssued event) {
            notices.onIssued(event);
        }

        @Override
        public <U extends InvoiceIssued> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("issuing fires synchronously");
        }

        @Override
        public <U extends InvoiceIssued> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException("issuing fires synchronously");
        }

        @Override
        public Event<InvoiceIssued> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException("issuing fires unqualified");
        }

        @Override
        public <U extends InvoiceIssued> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("issuing fires unqualified");
        }

        @Override
        public <U extends InvoiceIssued> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("issuing fires unqualified");
        }
    }
}
