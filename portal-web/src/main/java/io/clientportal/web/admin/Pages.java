package io.clientportal.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What the back office's edit pages do alike when an id finds nothing, and after a change that worked. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404: an id of another agency, a removed record or a typo look alike. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }

    /** Redirects (so a reload does not post again) and keeps the page's messages for the next one. */
    public static String redirect(String outcome) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}
