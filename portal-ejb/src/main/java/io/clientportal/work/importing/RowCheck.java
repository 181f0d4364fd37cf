package io.clientportal.work.importing;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Refused;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeDetails;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks every row of an import file against the agency's people and projects, read once through a tenant-scoped
 * EntityManager (so another agency's names find nothing), and collects every problem of every row rather than
 * stopping at the first: the person fixing the file sees all of them at once.
 */
final class RowCheck {

    private static final Hours MAX_PER_DAY = Hours.of("24");

    private final EntityManager tenantScoped;
    private final LocalDate today;
    private final List<RowError> errors = new ArrayList<>();
    private final List<PlannedEntry> planned = new ArrayList<>();

    RowCheck(EntityManager tenantScoped, LocalDate today) {
        this.tenantScoped = tenantScoped;
        this.today = today;
    }

    /** Checks the rows; afterwards {@link #errors()} is empty exactly when every row may be imported. */
    void check(List<CsvRow> rows, ImportProgress progress) {
        Map<String, Person> people = people(rows);
        Projects projects = new Projects(tenantScoped.createQuery(
                "select p from Project p left join fetch p.client", Project.class).getResultList());
        for (CsvRow row : rows) {
            checkRow(row, people, projects);
            progress.rowChecked();
        }
        refuseDaysOverTwentyFour();
        refuseWhatExistsAlready();
        errors.sort(Comparator.comparingInt(RowError::row));
    }

    private void checkRow(CsvRow row, Map<String, Person> people, Projects projects) {
        int before = errors.size();
        LocalDate date = read(row, Column.DATE, Cells::date);
        if (date != null && date.isAfter(today)) {
            errors.add(RowError.of(row.number(), Column.DATE, "The date " + date + " is in the future."));
        }
        Person person = read(row, Column.EMAIL, cell -> person(people, cell));
        Project project = read(row, Column.PROJECT, projects::find);
        Hours hours = read(row, Column.HOURS, Cells::hours);
        TimeEntryStatus status = read(row, Column.STATUS, Cells::status);
        if (errors.size() > before) {
            return;
        }
        try {
            TimeDetails details = new TimeDetails(person.getId(), project.getId(), date, hours, row.cell(Column.NOTE));
            planned.add(new PlannedEntry(row.number(), person, project, details, status));
        } catch (Refused refused) {
            errors.add(RowError.of(row.number(), columnOf(refused.field()), refused.getMessage()));
        }
    }

    /** The cell read by the reader, or null with the reader's refusal recorded against the cell. */
    private <T> T read(CsvRow row, Column column, Function<String, T> reader) {
        try {
            return reader.apply(row.cell(column));
        } catch (Refused refused) {
            errors.add(RowError.of(row.number(), column, refused.getMessage()));
            return null;
        }
    }

    private Map<String, Person> people(List<CsvRow> rows) {
        Set<String> emails = rows.stream().map(row -> row.cell(Column.EMAIL).toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty()).collect(Collectors.toSet());
        if (emails.isEmpty()) {
            return Map.of();
        }
        return tenantScoped.createQuery("select p from Person p where p.email in :emails", Person.class)
                .setParameter("emails", emails).getResultStream()
                .collect(Collectors.toMap(Person::getEmail, Function.identity()));
    }

    private static Person person(Map<String, Person> people, String email) {
        if (email.isEmpty()) {
            throw new Refused("email", "Enter the email of the person who did the work.");
        }
        Person person = people.get(email.toLowerCase(Locale.ROOT));
        if (person == null) {
            throw new Refused("email", "Nobody at the agency has the email " + email + ".");
        }
        if (!person.isActive()) {
            throw new Refused("email", person.getName() + " is no longer active.");
        }
        return person;
    }

    /** A person's hours of one day, in this file, cannot pass 24. */
    private void refuseDaysOverTwentyFour() {
        Map<String, Hours> days = new HashMap<>();
        for (PlannedEntry entry : planned) {
            String day = entry.person().getId() + "|" + entry.details().workDate();
            Hours sum = days.merge(day, entry.details().hours(), Hours::plus);
            if (sum.compareTo(MAX_PER_DAY) > 0) {
                errors.add(RowError.of(entry.row(), Column.HOURS, entry.person().getName() + "'s hours on "
                        + entry.details().workDate() + " add up to more than 24 in this file."));
            }
        }
    }

    /** The same work recorded already is refused: importing a file twice must not bill its time twice. */
    private void refuseWhatExistsAlready() {
        if (planned.isEmpty()) {
            return;
        }
        LocalDate first = planned.stream().map(e -> e.details().workDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = planned.stream().map(e -> e.details().workDate()).max(LocalDate::compareTo).orElseThrow();
        Set<Long> personIds = planned.stream().map(e -> e.person().getId()).collect(Collectors.toSet());
        Set<String> existing = new HashSet<>();
        tenantScoped.createQuery("select t from TimeEntry t where t.person.id in :people "
                        + "and t.workDate between :first and :last", TimeEntry.class)
                .setParameter("people", personIds).setParameter("first", first).setParameter("last", last)
                .getResultStream()
                .forEach(t -> existing.add(PlannedEntry.key(t.getPerson().getId(), t.getProject().getId(),
                        t.getWorkDate(), t.getHours(), t.getNote())));
        for (PlannedEntry entry : planned) {
            if (existing.contains(entry.sameWorkKey())) {
                errors.add(new RowError(entry.row(), null, "This entry exists already (same person, project, day, "
                        + "hours and note). Was the file imported before?"));
            }
        }
    }

    private static Column columnOf(String field) {
        return switch (field == null ? "" : field) {
            case "workDate" -> Column.DATE;
            case "hours" -> Column.HOURS;
            case "note" -> Column.NOTE;
            default -> null;
        };
    }

    List<RowError> errors() {
        return errors;
    }

    List<PlannedEntry> planned() {
        return planned;
    }

    /** The agency's projects by name (names may repeat across clients) and by id. */
    private static final class Projects {

        private final Map<String, List<Project>> byName;
        private final Map<String, Project> byId;

        Projects(List<Project> all) {
            byName = all.stream().collect(Collectors.groupingBy(p -> p.getName().toLowerCase(Locale.ROOT)));
            byId = all.stream().collect(Collectors.toMap(p -> String.valueOf(p.getId()), Function.identity()));
        }

        Project find(String nameOrId) {
            if (nameOrId.isEmpty()) {
                throw new Refused("project", "Enter the project's name or id.");
            }
            List<Project> named = byName.getOrDefault(nameOrId.toLowerCase(Locale.ROOT), List.of());
            if (named.size() > 1) {
                throw new Refused("project", "Several projects are named " + nameOrId + "; write the id of the one "
                        + "meant (" + named.stream().map(p -> String.valueOf(p.getId()))
                        .collect(Collectors.joining(", ")) + ").");
            }
            Project project = named.isEmpty() ? byId.get(nameOrId) : named.get(0);
            if (project == null) {
                throw new Refused("project", "No project is named " + nameOrId + ".");
            }
            if (!project.isActive()) {
                throw new Refused("project", "Project " + project.getName() + " is closed and takes no new time.");
            }
            return project;
        }
    }
}
