package io.clientportal.web.api;

import io.clientportal.integration.InvoiceSync;
import io.clientportal.integration.InvoiceView;
import io.clientportal.integration.Page;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code /api/v1/invoices}: a draft is made from a client's approved, uninvoiced time of a period under the caller's
 * external id, then issued (which notifies the client's contacts), marked paid or voided, as in the back office.
 */
@Path("v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class InvoicesResource {

    @EJB
    private InvoiceSync invoices;

    @Inject
    private ApiRequest api;

    @GET
    public Page<InvoiceView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return invoices.list(Paging.of(page, size));
    }

    @GET
    @Path("{externalId}")
    public InvoiceView get(@PathParam("externalId") String externalId) {
        return Answers.found(invoices.get(externalId), "invoice", externalId);
    }

    @PUT
    @Path("{externalId}")
    public Response draft(@PathParam("externalId") String externalId, String body) {
        JsonBody json = JsonBody.parse(body, "client", "periodStart", "periodEnd", "taxRate");
        String client = json.text("client");
        DateRange period = json.range("periodStart", "periodEnd");
        BigDecimal taxRate = json.decimal("taxRate");
        json.verified();
        if (period == null) {
            throw new Refused("periodStart", "Enter the first and last day of the period the invoice bills.");
        }
        return Answers.synced(invoices.draft(externalId, client, period, taxRate, api.actor()));
    }

    @POST
    @Path("{externalId}/issue")
    public Response issue(@PathParam("externalId") String externalId, String body) {
        JsonBody json = JsonBody.parse(body, "issueDate", "dueDate");
        LocalDate issueDate = json.date("issueDate");
        LocalDate dueDate = json.date("dueDate");
        json.verified();
        return Answers.synced(invoices.issue(externalId, issueDate, dueDate, api.actor()));
    }

    @POST
    @Path("{externalId}/payment")
    public Response markPaid(@PathParam("externalId") String externalId, String body) {
        JsonBody json = JsonBody.parse(body, "amount", "paidOn");
        Money amount = json.money("amount");
        LocalDate paidOn = json.date("paidOn");
        json.verified();
        return Answers.synced(invoices.markPaid(externalId, amount, paidOn, api.actor()));
    }

    @POST
    @Path("{externalId}/void")
    public Response voidInvoice(@PathParam("externalId") String externalId) {
        return Answers.synced(invoices.voidInvoice(externalId, api.actor()));
    }
}
