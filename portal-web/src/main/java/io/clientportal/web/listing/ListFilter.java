package io.clientportal.web.listing;

import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.PageNumber;
import io.clientportal.web.AgencyToday;
import io.clientportal.web.Formats;
import io.clientportal.web.Messages;
import io.clientportal.web.convert.ConstantNames;
import io.clientportal.web.convert.IdConverter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The URL parameters of a list ({@code preset, from, to, page, client, project, person, status}), bound by the page's
 * {@code f:viewParam}s, read here into typed choices. What a link names wrongly is told in a message and replaced by
 * the page's default: the page still shows.
 */
@Named
@RequestScoped
public class ListFilter {

    @Inject
    private AgencyToday today;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private String preset;
    private String from;
    private String to;
    private String page;
    private String client;
    private String project;
    private String person;
    private String status;

    /** The range the URL names; the fallback when it names none or a wrong one (then with a message). */
    public DateRange range(DateRange fallback) {
        RangeParameters.Reading reading = RangeParameters.read(preset, from, to, today.date());
        reading.problem().ifPresent(key -> messages.error(key, fallback == null ? messages.text("range.all")
                : messages.text("range.between", formats.date(fallback.first()), formats.date(fallback.last()))));
        return reading.range().orElse(fallback);
    }

    /** The range the URL names, the preset's when it names none. */
    public DateRange range(DatePreset fallback) {
        return range(fallback.rangeFor(today.date()));
    }

    /** The page the URL names; the first when it names none or one that cannot exist (then with a message). */
    public PageNumber page() {
        return PageNumber.read(page, () -> messages.error("list.badPage"));
    }

    /** The client the URL names if {@code known} knows it; none when it names none or an unknown one. */
    public Long client(Predicate<Long> known, String unknownKey) {
        return choice(client, known, unknownKey);
    }

    public Long project(Predicate<Long> known, String unknownKey) {
        return choice(project, known, unknownKey);
    }

    public Long person(Predicate<Long> known, String unknownKey) {
        return choice(person, known, unknownKey);
    }

    /** The status the URL names (by name or slug); the fallback when it names none or an unknown one. */
    public <E extends Enum<E>> E status(Class<E> type, E fallback, String unknownKey) {
        if (status == null || status.isBlank()) {
            return fallback;
        }
        Optional<E> named = ConstantNames.parse(type, status);
        if (named.isEmpty()) {
            messages.error(unknownKey);
        }
        return named.orElse(fallback);
    }

    private Long choice(String text, Predicate<Long> known, String unknownKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Long> id = IdConverter.parse(text).filter(known);
        if (id.isEmpty()) {
            messages.error(unknownKey);
        }
        return id.orElse(null);
    }

    /** This view's URL with its parameters as the URL gave them, showing another page: for the pager. */
    public String pageLink(long pageNumber) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().getBookmarkableURL(faces, faces.getViewRoot().getViewId(),
                Map.of("page", List.of(String.valueOf(pageNumber))), true);
    }

    /** The presets offered to a client. */
    public List<DatePreset> getClientPeriods() {
        return DatePreset.CLIENT_PERIODS;
    }

    /** The presets offered to staff. */
    public List<DatePreset> getWorkPeriods() {
        return DatePreset.WORK_PERIODS;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
