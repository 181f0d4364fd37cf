package io.clientportal.web.admin.apikeys;

import io.clientportal.apikeys.ApiKey;
import io.clientportal.apikeys.ApiKeys;
import io.clientportal.audit.Actor;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.Refused;
import io.clientportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The agency's API keys: created with a label, the whole key shown once in the answer to that request (request
 * scoped, so the secret is kept in no session or view state), revoked for good.
 */
@Named
@RequestScoped
public class ApiKeysBacking {

    @EJB
    private ApiKeys keys;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Actor actor;

    @Inject
    private Messages messages;

    private List<ApiKey> list;
    private String newLabel;
    private String createdKey;

    public void create() {
        try {
            createdKey = keys.create(newLabel, actor).value();
            newLabel = null;
            messages.info("apiKeys.done");
        } catch (Refused refused) {
            messages.errorText(refused.getMessage());
        }
        list = null;
    }

    public void revoke(long keyId) {
        try {
            keys.revoke(keyId, actor);
            messages.info("apiKeys.revoked");
        } catch (Refused refused) {
            messages.errorText(refused.getMessage());
        }
        list = null;
    }

    public List<ApiKey> getList() {
        if (list == null) {
            list = keys.list();
        }
        return list;
    }

    /** The whole key just created; null on every other request. */
    public String getCreatedKey() {
        return createdKey;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }
}
