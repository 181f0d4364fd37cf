package io.clientportal.notices;

/** One rendered email: its subject, and its body as text and as HTML (alternatives of the same content). */
record Notice(String subject, String text, String html) {
}
