package io.clientportal.web.platform;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.platform.Agencies;
import io.clientportal.platform.NewAgency;
import io.clientportal.platform.PlatformException;
import io.clientportal.tenancy.Tenant;
import io.clientportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The agencies the platform hosts, and the form that opens a new one. */
@Named
@RequestScoped
public class AgenciesBacking {

    @EJB
    private Agencies agencies;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Messages messages;

    private String subdomain;
    private String name;
    private String timeZone = "UTC";
    private String currency = "USD";
    private String adminName;
    private String adminEmail;
    private List<Tenant> list;

    public List<Tenant> getList() {
        if (list == null) {
            list = agencies.list();
        }
        return list;
    }

    public void open() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        try {
            NewAgency agency = new NewAgency(subdomain, name, ZoneId.of(timeZone.strip()),
                    Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)), adminName, adminEmail);
            agencies.open(agency, signedIn.email(), request.getRemoteAddr());
            messages.info("platform.opened", agency.subdomain());
            list = null;
            subdomain = null;
            name = null;
            adminName = null;
            adminEmail = null;
        } catch (PlatformException e) {
            messages.errorText(e.getMessage());
        } catch (DateTimeException e) {
            messages.error("platform.badZone");
        } catch (IllegalArgumentException e) {
            messages.error("platform.badCurrency");
        }
    }

    public String getSubdomain() {
        return subdomain;
    }

    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
