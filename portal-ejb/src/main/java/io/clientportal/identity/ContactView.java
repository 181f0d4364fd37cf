package io.clientportal.identity;

import java.time.Instant;

/** A contact as the admin's list shows it. */
public record ContactView(long id, String name, String email, AccountStatus status, Instant invitationSentAt,
                          Instant invitationAcceptedAt, Instant lastSignInAt) {

    static ContactView of(UserAccount account) {
        return new ContactView(account.getId(), account.getDisplayName(), account.getEmail(), account.getStatus(),
                account.getInvitationSentAt(), account.getInvitationAcceptedAt(), account.getLastSignInAt());
    }
}
