package io.clientportal.work;

import io.clientportal.clients.Client;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Work done for a client, or internal work (no client) that is never billed and never shown in a portal. A project
 * rate, when set, is the hourly rate invoices use for all its time; otherwise each person's billable rate applies.
 */
@Entity
@Table(name = "project")
public class Project extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    private String name;
    private boolean billable;
    @Column(name = "hourly_rate")
    private Money hourlyRate;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "external_id")
    private String externalId;

    protected Project() {
    }

    private Project(Client client, String name, boolean billable, Money hourlyRate, Instant createdAt) {
        this.client = client;
        this.name = Objects.requireNonNull(name);
        this.billable = billable;
        this.hourlyRate = hourlyRate;
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Project forClient(Client client, String name, Money hourlyRate, Instant createdAt) {
        return new Project(Objects.requireNonNull(client), name, true, hourlyRate, createdAt);
    }

    public static Project internal(String name, Instant createdAt) {
        return new Project(null, name, false, null, createdAt);
    }

    public boolean isInternal() {
        return client == null;
    }

    public Client getClient() {
        return client;
    }

    public String getName() {
        return name;
    }

    public boolean isBillable() {
        return billable;
    }

    public void setBillable(boolean billable) {
        if (billable && isInternal()) {
            throw new IllegalStateException("An internal project is never billable");
        }
        this.billable = billable;
    }

    public Money getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(Money hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public boolean isActive() {
        return active;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** An inactive project takes no new time; its time so far stays as it is. */
    public void setActive(boolean active) {
        this.active = active;
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
