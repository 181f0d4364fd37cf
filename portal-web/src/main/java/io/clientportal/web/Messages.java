package io.clientportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Puts messages from the resource bundle on the page being rendered. */
@RequestScoped
public class Messages {

    public void error(String key, Object... arguments) {
        errorText(text(key, arguments));
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                text(key, arguments), null));
    }

    /**
     * The bundle's text, with the arguments put in. A text without arguments is taken as written: MessageFormat
     * would drop its apostrophes ("client's"), which only texts with arguments write doubled.
     */
    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    /** A message that already is text for the user (such as a rule's explanation from the business layer). */
    public void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
