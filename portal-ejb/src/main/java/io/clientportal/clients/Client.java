package io.clientportal.clients;

import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A client of an agency: the party invoices are addressed to and whose contacts use the portal. */
@Entity
@Table(name = "client")
public class Client extends TenantOwned {

    private String name;
    @Column(name = "billing_email")
    private String billingEmail;
    @Column(name = "billing_address")
    private String billingAddress;
    @Column(name = "tax_id")
    private String taxId;
    @Column(name = "portal_enabled")
    private boolean portalEnabled;
    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "external_id")
    private String externalId;

    protected Client() {
    }

    public Client(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.portalEnabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void setBillingDetails(String billingEmail, String billingAddress, String taxId) {
        this.billingEmail = billingEmail;
        this.billingAddress = billingAddress;
        this.taxId = taxId;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public void setPortalEnabled(boolean portalEnabled) {
        this.portalEnabled = portalEnabled;
    }

    public String getName() {
        return name;
    }

    public String getBillingEmail() {
        return billingEmail;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public String getTaxId() {
        return taxId;
    }

    public boolean isPortalEnabled() {
        return portalEnabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Records the id the agency's own system knows this by; null for what was entered here. */
    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getExternalId() {
        return externalId;
    }
}
