package io.clientportal.identity;

import java.time.Instant;

/**
 * A single-use link was issued to an account (an invitation or a password reset) and must reach its owner. Fired in
 * the transaction that issued it, so the notice that carries it commits with the link or not at all.
 *
 * @param account   the account, managed in that transaction
 * @param url       the link itself, for the account's owner only
 * @param expiresAt when the link stops working
 */
public record AccountLinkIssued(UserAccount account, LinkPurpose purpose, String url,
                                Instant expiresAt) {
}
