package io.clientportal.web.account;

import io.clientportal.identity.AccountLinks;
import io.clientportal.identity.InvalidLinkException;
import io.clientportal.identity.LinkPurpose;
import io.clientportal.identity.PasswordPolicy;
import io.clientportal.web.Messages;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/** Sets a password through an invitation or reset link from an email. */
@Named
@ViewScoped
public class SetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountLinks links;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Messages messages;

    private String token;
    private LinkPurpose purpose;
    private String password;
    private String repeated;

    /** Checks the link when the page opens, so a dead link says so before anyone types a password. */
    public void open() {
        purpose = links.check(token).orElse(null);
    }

    public boolean isUsable() {
        return purpose != null;
    }

    public boolean isInvitation() {
        return purpose == LinkPurpose.INVITATION;
    }

    public void save() throws IOException {
        if (!password.equals(repeated)) {
            messages.error("password.mismatch");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        try {
            Optional<String> problem = links.setPassword(token, password, address);
            if (problem.isPresent()) {
                messages.errorText(problem.get());
                return;
            }
        } catch (InvalidLinkException e) {
            purpose = null;
            return;
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordSet=true");
        faces.responseComplete();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
