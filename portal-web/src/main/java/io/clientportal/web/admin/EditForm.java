package io.clientportal.web.admin;

import io.clientportal.audit.Actor;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.identity.Role;
import io.clientportal.kernel.Refused;
import io.clientportal.web.Messages;
import io.clientportal.web.convert.IdConverter;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the back office's edit pages (view-scoped, {@code edit.xhtml?id=}, no id for a new record) have in common: the
 * record asked for, the signed-in account it is changed for, and how a save shows: a message and a redirect when it
 * worked, the refusal next to its field (with everything typed kept) when it did not.
 */
public abstract class EditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private Messages messages;

    @Inject
    private Refusals refusals;

    private String idParameter;

    /** The id the URL asks for; empty for a new record, and for one that cannot be an id (which finds nothing). */
    protected Optional<Long> requestedId() {
        return IdConverter.parse(idParameter);
    }

    /** Whether the URL names no record at all: the page creates one. */
    protected boolean creating() {
        return idParameter == null || idParameter.isEmpty();
    }

    /** Whether the signed-in account is an admin: asked on every use, never taken from the form. */
    public boolean isAdmin() {
        return signedIn.role() == Role.ADMIN;
    }

    /** Who makes the change now, asked for within the request that makes it. */
    protected Actor actor() {
        return actor.get();
    }

    /**
     * Runs a change that answers where to go next; then shows the saved message there, or, refused, the reason next
     * to the field of the form it names.
     */
    protected String save(String formId, String savedKey, Supplier<Saved> change) {
        try {
            Saved saved = change.get();
            messages.info(savedKey, saved.name());
            return Pages.redirect(saved.next());
        } catch (Refused refused) {
            refusals.show(formId, refused);
            return null;
        }
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    /** What a change saved (its name, for the message) and the outcome to go to afterwards. */
    public record Saved(String name, String next) {
    }
}
