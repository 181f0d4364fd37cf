package io.clientportal.mail;

/** Where a message is on its way out. SENT and FAILED are final. */
public enum DeliveryState {
    /** Waiting for its next delivery attempt. */
    PENDING,
    /** Handed to the mail server (or, without one, written to the log). */
    SENT,
    /** Given up after the retry policy's last attempt; the last error says why. */
    FAILED
}
