package io.clientportal.web.portal;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.portal.PortalInvoice;
import io.clientportal.portal.PortalSummary.Landing;
import io.clientportal.portal.PortalSummary;
import io.clientportal.tenancy.Tenant;
import io.clientportal.web.AgencyToday;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Currency;

/** The portal's first page. */
@Named
@RequestScoped
public class LandingBacking {

    @EJB
    private PortalSummary summary;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    @Inject
    private CurrentTenant currentTenant;

    private Landing landing;
    private LocalDate todayDate;

    public Landing getLanding() {
        if (landing == null) {
            todayDate = today.date();
            landing = summary.landing(todayDate);
        }
        return landing;
    }

    /** The agency's currency: the outstanding balance adds up invoices in it. */
    public Currency getCurrency() {
        return currentTenant.tenant().map(Tenant::getCurrency).orElseThrow();
    }

    public boolean isOverdue(PortalInvoice invoice) {
        getLanding();
        return invoice.isOverdue(todayDate);
    }
}
