package io.clientportal.web.signin;

import io.clientportal.identity.SignIn;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Validates email and password against the accounts of the tenant whose host the request came to, and no other. */
@ApplicationScoped
public class TenantIdentityStore implements IdentityStore {

    @Inject
    private CurrentTenant currentTenant;

    @EJB
    private SignIn signIn;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (currentTenant.tenant().isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // Authentication runs before the request is scoped (CallerScopeFilter): it names the host's tenant itself.
        return ScopedWork.call(currentTenant.scope(), () -> signIn.verify(credential.getCaller(),
                        credential.getPasswordAsString(), request.getRemoteAddr()))
                .map(identity -> new CredentialValidationResult(new AccountPrincipal(identity),
                        Set.of(identity.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
