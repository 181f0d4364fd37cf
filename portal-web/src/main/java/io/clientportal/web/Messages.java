package io.clientportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts messages from the resource bundle on the page being rendered. */
@RequestScoped
public class Messages {

    public void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        errorText(MessageFormat.format(bundle.getString(key), arguments));
    }

    public void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(bundle.getString(key), arguments), null));
    }

    /** A message that already is text for the user (such as a rule's explanation from the business layer). */
    public void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
