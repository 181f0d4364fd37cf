package io.clientportal.work;

import io.clientportal.kernel.Money;
import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A member of the agency's staff who records time. Both rates are internal: only admins ever see them. */
@Entity
@Table(name = "person")
public class Person extends TenantOwned {

    private String name;
    private String email;
    @Column(name = "cost_rate")
    private Money costRate;
    @Column(name = "billable_rate")
    private Money billableRate;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "external_id")
    private String externalId;

    protected Person() {
    }

    public Person(String name, String email, Money costRate, Money billableRate, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email).toLowerCase(Locale.ROOT);
        changeRates(costRate, billableRate);
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public final void changeRates(Money newCostRate, Money newBillableRate) {
        if (newCostRate.isNegative() || newBillableRate.isNegative()) {
            throw new IllegalArgumentException("Rates cannot be negative");
        }
        this.costRate = newCostRate;
        this.billableRate = newBillableRate;
    }

    public void changeProfile(String newName, String newEmail, boolean nowActive) {
        this.name = Objects.requireNonNull(newName);
        this.email = Objects.requireNonNull(newEmail).toLowerCase(Locale.ROOT);
        this.active = nowActive;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Money getCostRate() {
        return costRate;
    }

    public Money getBillableRate() {
        return billableRate;
    }

    public boolean isActive() {
        return active;
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
