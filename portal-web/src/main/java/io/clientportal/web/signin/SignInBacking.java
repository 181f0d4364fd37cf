package io.clientportal.web.signin;

import io.clientportal.identity.Role;
import io.clientportal.identity.SignInThrottle;
import io.clientportal.web.Messages;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/** The sign-in form: one answer for every failure, so it tells nobody which emails have accounts. */
@Named
@RequestScoped
public class SignInBacking {

    /** Where each role starts. */
    static final Map<Role, String> HOME = Map.of(
            Role.CLIENT, "/portal/",
            Role.STAFF, "/admin/",
            Role.ADMIN, "/admin/",
            Role.SUPER_ADMIN, "/platform/");

    @Inject
    private SecurityContext securityContext;

    @EJB
    private SignInThrottle throttle;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    private String email;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        long tenantId = currentTenant.scope().tenantId();
        String address = request.getRemoteAddr();
        // Counted before the password is checked: guesses sent at once cannot all slip past the throttle.
        Duration wait = throttle.attempt(tenantId, email, address);
        if (!wait.isZero()) {
            messages.error("signin.throttled", Math.max(1, wait.toSeconds()));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            throttle.succeeded(tenantId, email, address);
            AccountPrincipal principal = securityContext.getPrincipalsByType(AccountPrincipal.class).iterator().next();
            external.redirect(external.getRequestContextPath() + HOME.get(principal.identity().role()));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            messages.error("signin.failed");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
