package io.clientportal.web.account;

import io.clientportal.identity.AccountLinks;
import io.clientportal.identity.SignInThrottle;
import io.clientportal.web.Messages;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Asks for a reset link. The answer is the same whether or not the email has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @EJB
    private AccountLinks links;

    @Inject
    private CurrentTenant currentTenant;

    @EJB
    private SignInThrottle throttle;

    @Inject
    private Messages messages;

    private String email;
    private boolean sent;

    public void send() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        long tenantId = currentTenant.scope().tenantId();
        // Counted like failed sign-ins, so the form cannot be used to flood an inbox.
        if (!throttle.attempt(tenantId, email, request.getRemoteAddr()).isZero()) {
            messages.error("signin.throttled", 60);
            return;
        }
        // Answered at once: the account is looked up, and a link mailed, after this request is done.
        links.requestReset(currentTenant.scope(), email, request.getRemoteAddr());
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
