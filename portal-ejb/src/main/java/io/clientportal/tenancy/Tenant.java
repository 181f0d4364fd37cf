package io.clientportal.tenancy;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import org.eclipse.persistence.config.QueryHints;

/**
 * An agency (or the platform), reached on its own subdomain. Not tenant-owned itself: resolving the tenant of a request
 * has to happen before any scope exists.
 */
@Entity
@Table(name = "tenant")
// Every request resolves its tenant: cached, so that costs no statement once the tenant was read.
@Cacheable
@NamedQuery(name = Tenant.BY_SUBDOMAIN, query = "select t from Tenant t where t.subdomain = :subdomain",
        hints = @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"))
public class Tenant {

    public static final String BY_SUBDOMAIN = "Tenant.bySubdomain";

    @Id
    @SequenceGenerator(name = "portal_id", sequenceName = "portal_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    private TenantKind kind;

    private String subdomain;
    private String name;

    /** Where the tenant's portal is reached; links in emails are built from this, never from a request's Host. */
    @Column(name = "public_url")
    private String publicUrl;

    @Column(name = "legal_name")
    private String legalName;
    @Column(name = "billing_address")
    private String billingAddress;
    @Column(name = "billing_email")
    private String billingEmail;
    @Column(name = "tax_id")
    private String taxId;

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;
    @Column(name = "logo_content_type")
    private String logoContentType;
    @Column(name = "brand_color")
    private String brandColor;

    @Column(name = "time_zone")
    private ZoneId timeZone;
    private Currency currency;

    @Column(name = "stripe_customer_id")
    private String stripeCustomerId;
    @Column(name = "stripe_subscription_id")
    private String stripeSubscriptionId;
    @Column(name = "stripe_account_id")
    private String stripeConnectedAccountId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Tenant() {
    }

    public Tenant(TenantKind kind, String subdomain, String name, String publicUrl, ZoneId timeZone,
                  Currency currency, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind);
        this.subdomain = Objects.requireNonNull(subdomain).toLowerCase(java.util.Locale.ROOT);
        this.name = Objects.requireNonNull(name);
        this.publicUrl = Objects.requireNonNull(publicUrl);
        this.timeZone = Objects.requireNonNull(timeZone);
        this.currency = Objects.requireNonNull(currency);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void setBillingDetails(String legalName, String billingAddress, String billingEmail, String taxId) {
        this.legalName = legalName;
        this.billingAddress = billingAddress;
        this.billingEmail = billingEmail;
        this.taxId = taxId;
    }

    public void setBranding(byte[] logo, String logoContentType, String brandColor) {
        this.logo = logo == null ? null : logo.clone();
        this.logoContentType = logoContentType;
        this.brandColor = brandColor;
    }

    public void setStripeIds(String customerId, String subscriptionId, String connectedAccountId) {
        this.stripeCustomerId = customerId;
        this.stripeSubscriptionId = subscriptionId;
        this.stripeConnectedAccountId = connectedAccountId;
    }

    public TenantScope scope() {
        return new TenantScope(id);
    }

    public Long getId() {
        return id;
    }

    public TenantKind getKind() {
        return kind;
    }

    public String getSubdomain() {
        return subdomain;
    }

    public String getName() {
        return name;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public String getBillingEmail() {
        return billingEmail;
    }

    public String getTaxId() {
        return taxId;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public String getBrandColor() {
        return brandColor;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public Currency getCurrency() {
        return currency;
    }

    public String getStripeCustomerId() {
        return stripeCustomerId;
    }

    public String getStripeSubscriptionId() {
        return stripeSubscriptionId;
    }

    public String getStripeConnectedAccountId() {
        return stripeConnectedAccountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
