/**
 * {@code /admin/time/}: staff enter, change and submit time entries, review (approve or reject) what was submitted, in
 * bulk or row by row, and import entries from a CSV file with the import's progress and its row-by-row report. Billed
 * entries are shown locked; the services refuse any change to them anyway.
 */
package io.clientportal.web.admin.time;
