package io.clientportal.web.admin;

import io.clientportal.audit.Actor;
import io.clientportal.kernel.Refused;
import io.clientportal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one change of the back office for the signed-in person: the services' refusals become a message on the page
 * (never a stack trace), success a message from the bundle. Request-scoped, so the actor is always this request's.
 */
@RequestScoped
public class BackOfficeChanges {

    @Inject
    private Instance<Actor> actor;

    @Inject
    private Messages messages;

    /** Makes the change; returns whether it was made (a refusal was shown instead). */
    public boolean attempt(Consumer<Actor> change, String doneKey, Object... arguments) {
        boolean made = result(actor -> {
            change.accept(actor);
            return Boolean.TRUE;
        }).isPresent();
        if (made) {
            say(doneKey, arguments);
        }
        return made;
    }

    /** Tells the person what happened (a message from the bundle). */
    public void say(String key, Object... arguments) {
        messages.info(key, arguments);
    }

    /** Makes a change that answers something (a count, a number); empty when it was refused (with a message). */
    public <T> Optional<T> result(Function<Actor, T> change) {
        try {
            return Optional.of(change.apply(actor.get()));
        } catch (Refused refused) {
            messages.errorText(refused.getMessage());
            return Optional.empty();
        }
    }
}
