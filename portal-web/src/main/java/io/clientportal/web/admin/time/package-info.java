/**
 * {@code /admin/time/}: staff enter, change and submit time entries, and review (approve or reject) what was
 * submitted, in bulk or row by row. Billed entries are shown locked; the service refuses any change to them anyway.
 */
package io.clientportal.web.admin.time;
