package io.clientportal.identity;

import io.clientportal.clients.Client;
import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A login. Its email is unique within its tenant. A contact (role CLIENT) is bound to exactly one client: the portal
 * client id that scopes everything it can read; no other role has one.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where u.email = :email")
@NamedQuery(name = UserAccount.RECORD_SIGN_IN, query = "update UserAccount u set u.lastSignInAt = :at "
        + "where u.id = :id")
@NamedQuery(name = UserAccount.REPLACE_HASH, query = "update UserAccount u set u.passwordHash = :newHash "
        + "where u.id = :id and u.passwordHash = :oldHash")
@NamedQuery(name = UserAccount.CONTACTS_OF_CLIENT, query = "select u from UserAccount u "
        + "where u.role = io.clientportal.identity.Role.CLIENT and u.portalClient.id = :clientId order by u.displayName")
public class UserAccount extends TenantOwned {

    public static final String BY_EMAIL = "UserAccount.byEmail";
    public static final String CONTACTS_OF_CLIENT = "UserAccount.contactsOfClient";
    /**
     * What a sign-in writes, as bulk updates that leave the version alone: two sign-ins of one account at once (a
     * double click, two devices) must both succeed. The newer time wins; a stronger hash replaces only the hash it
     * was made for, never a password changed meanwhile.
     */
    static final String RECORD_SIGN_IN = "UserAccount.recordSignIn";
    static final String REPLACE_HASH = "UserAccount.replaceHash";

    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portal_client_id")
    private Client portalClient;

    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;
    @Column(name = "invitation_sent_at")
    private Instant invitationSentAt;
    @Column(name = "invitation_accepted_at")
    private Instant invitationAcceptedAt;
    /** Raised to end every session opened before; a session carries the value its account had at sign-in. */
    @Column(name = "session_generation")
    private long sessionGeneration;
    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, Role role, Client portalClient, Instant createdAt) {
        this.email = normalize(email);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = role;
        this.portalClient = portalClient;
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A client's contact. */
    public static UserAccount contact(Client client, String email, String displayName, Instant createdAt) {
        return new UserAccount(email, displayName, Role.CLIENT, Objects.requireNonNull(client), createdAt);
    }

    /** Agency staff, an agency admin or (in the platform tenant) a super-admin. */
    public static UserAccount member(Role role, String email, String displayName, Instant createdAt) {
        if (role == Role.CLIENT) {
            throw new IllegalArgumentException("A contact needs its client");
        }
        return new UserAccount(email, displayName, role, null, createdAt);
    }

    public static String normalize(String email) {
        return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }

    /** A first password, as demo data sets it; one that replaces another goes through {@link #changePassword}. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    /** A new password (changed, reset or set through an invitation) ends every session opened with the old one. */
    public void changePassword(String newPasswordHash) {
        setPasswordHash(newPasswordHash);
        endSessions();
    }

    /** Every session of this account opened before now stops working at its next request, for good. */
    public void endSessions() {
        sessionGeneration++;
    }

    public void invitationSent(Instant at) {
        this.invitationSentAt = at;
    }

    /** The invited contact set a password through the invitation link. */
    public void invitationAccepted(String newPasswordHash, Instant at) {
        changePassword(newPasswordHash);
        this.invitationAcceptedAt = at;
    }

    /** Invited (no password yet), active, or deactivated: what an admin sees. */
    public AccountStatus getStatus() {
        if (!active) {
            return AccountStatus.DEACTIVATED;
        }
        return passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
    }

    /** Deactivation also ends the account's sessions, so reactivating it brings none of them back. */
    public void deactivate() {
        this.active = false;
        endSessions();
    }

    public void reactivate() {
        this.active = true;
    }

    /** The client whose portal data this account reads; only contacts have one. */
    public Long getPortalClientId() {
        return portalClient == null ? null : portalClient.getId();
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Client getPortalClient() {
        return portalClient;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Whether the account may sign in and keep acting: it is active and, for a contact, its client's portal is open.
     * Closing a client's portal keeps its contacts as they are; it only keeps them out until it opens again.
     */
    public boolean maySignIn() {
        return active && (portalClient == null || portalClient.isPortalEnabled());
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getInvitationSentAt() {
        return invitationSentAt;
    }

    public Instant getInvitationAcceptedAt() {
        return invitationAcceptedAt;
    }
}
