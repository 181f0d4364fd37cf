package io.clientportal.web.signin;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.identity.SignIn;
import io.clientportal.web.security.SecurityHeadersFilter;
import io.clientportal.web.tenancy.CurrentTenant;
import io.clientportal.web.tenancy.TenantGate;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Form sign-in for every role. The identity is kept in the HTTP session (not re-applied blindly) and checked on each
 * request: a session is worth nothing on another tenant's host, a deactivated account's very next request finds
 * itself signed out, and a session from before the account's last password change or deactivation never works
 * again. A session id is taken from the cookie only; a request naming one in its URL is refused.
 */
@ApplicationScoped
@DeclareRoles({"CLIENT", "STAFF", "ADMIN", "SUPER_ADMIN"})
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = AccountIdentity.class.getName();
    static final String SIGN_IN_PAGE = "/login.xhtml";
    private static final String REST_ROOT = "/api";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private TenantGate gate;

    @EJB
    private SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        if (request.isRequestedSessionIdFromURL()) {
            // Sessions travel in cookies only (web.xml), yet the container still reads ";jsessionid=" from a path: a
            // link carrying one must neither reach a signed-in session nor plant one for a sign-in.
            return refuse(request, response);
        }
        if (REST_ROOT.equals(request.getServletPath())) {
            // The REST root authenticates for itself: the integration API by API key only (a browser session must
            // not reach it) and with a problem body, which only a JAX-RS filter can write; the health check is open.
            return context.doNothing();
        }
        if (!gate.admits(request)) {
            return refuse(request, response);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        AccountIdentity identity = sessionIdentity(request);
        if (identity != null) {
            if (isValidHere(identity)) {
                return context.notifyContainerAboutLogin(new AccountPrincipal(identity),
                        Set.of(identity.role().name()));
            }
            request.getSession().invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    /** An unknown host gets "no such portal", never a sign-in page that would suggest there is one. */
    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        try {
            gate.refuse(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No 401 error page: the sign-in form answers itself, the same way for every failure.
            return AuthenticationStatus.SEND_FAILURE;
        }
        AccountIdentity identity = ((AccountPrincipal) result.getCallerPrincipal()).identity();
        // A new session id at sign-in: a session id planted before sign-in is worthless after it.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_IDENTITY, identity);
        return context.notifyContainerAboutLogin(result);
    }

    private boolean isValidHere(AccountIdentity identity) {
        boolean sameTenant = currentTenant.tenant().map(t -> t.getId() == identity.tenantId()).orElse(false);
        return sameTenant && signIn.isStillActive(identity);
    }

    private static AccountIdentity sessionIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (AccountIdentity) session.getAttribute(SESSION_IDENTITY);
    }
}
