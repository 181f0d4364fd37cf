package io.clientportal.web.admin;

import io.clientportal.kernel.Refused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows a refusal of the business layer where the person will look for it: next to the field it names (the form's
 * inputs carry the field names as ids), or at the top of the page when it names none the form has. The form keeps
 * what was typed, as the backing beans hold it.
 */
@RequestScoped
public class Refusals {

    public void show(String formId, Refused refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null);
        String clientId = refused.field() == null ? null : formId + ":" + refused.field();
        boolean onPage = clientId != null && faces.getViewRoot().findComponent(":" + clientId) != null;
        faces.addMessage(onPage ? clientId : null, message);
        faces.validationFailed();
    }
}
