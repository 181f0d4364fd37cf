/**
 * Demo data for a first look: two agencies (acme and umbrella) with clients, staff, time and invoices, the platform
 * with its super-admin, and one login per role. Only written in demo mode, and only ever into an empty database.
 * Depends on every feature package, and nothing depends on it.
 */
package io.clientportal.demo;
