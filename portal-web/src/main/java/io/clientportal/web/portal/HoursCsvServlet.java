package io.clientportal.web.portal;

import io.clientportal.web.convert.IdConverter;
import io.clientportal.web.listing.RangeParameters;
import io.clientportal.web.AgencyToday;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.DateRange;
import io.clientportal.portal.HoursQuery;
import io.clientportal.portal.PortalHours;
import io.clientportal.web.signin.SignedInAccount;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /portal/hours.csv?from=&to=[&project=]}: the visible range's approved entries as CSV (RFC 4180), streamed.
 * Cells are neutralised against formula injection: a spreadsheet must not run what a note says.
 */
@WebServlet("/portal/hours.csv")
public class HoursCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PortalHours hours;

    /** A request-scoped proxy: asked on every request, never the first caller's identity kept for all. */
    @Inject
    private SignedInAccount signedIn;

    @Inject
    private AgencyToday today;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DateRange> range = RangeParameters.read(null, request.getParameter("from"),
                request.getParameter("to"), today.date()).range();
        String project = request.getParameter("project");
        Optional<Long> projectId = IdConverter.parse(project);
        boolean badProject = project != null && !project.isBlank() && projectId.isEmpty();
        Optional<AccountIdentity> contact = signedIn.contact();
        boolean foreignProject = contact.isPresent() && projectId.isPresent()
                && hours.projects().stream()
                        .noneMatch(p -> p.getId().equals(projectId.get()));
        if (contact.isEmpty() || foreignProject) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (range.isEmpty() || badProject || range.get().days() > HoursQuery.MAX_DAYS) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        HoursQuery query = new HoursQuery(range.get(), projectId.orElse(null));
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"approved-hours-" + range.get().first()
                + "-to-" + range.get().last() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter out = response.getWriter();
        out.print("Date,Project,Note,Hours,Invoice\r\n");
        hours.eachEntry(query, entry -> out.print(Csv.record(
                entry.getWorkDate().toString(),
                entry.getProject().getName(),
                entry.getNote(),
                entry.getHours().toString(),
                entry.getInvoiceNumber())));
    }
}
