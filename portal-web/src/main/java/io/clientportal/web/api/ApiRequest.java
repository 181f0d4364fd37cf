package io.clientportal.web.api;

import io.clientportal.apikeys.ApiCaller;
import io.clientportal.audit.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The API key this request was authenticated with (by {@link ApiKeyFilter}), and so its tenant and actor. */
@RequestScoped
public class ApiRequest {

    @Inject
    private HttpServletRequest request;

    private ApiCaller caller;

    void authenticated(ApiCaller apiCaller) {
        this.caller = apiCaller;
    }

    /** The key and the address it called from, for the audit log. */
    public Actor actor() {
        return require().actor(request.getRemoteAddr());
    }

    private ApiCaller require() {
        if (caller == null) {
            throw new IllegalStateException("The API key filter did not run for this request");
        }
        return caller;
    }
}
