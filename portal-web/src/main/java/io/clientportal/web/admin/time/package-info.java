/**
 * The back office's time pages owned here ({@code /admin/time/import.xhtml}): importing time entries from a CSV
 * file, with the import's progress and its row-by-row report.
 */
package io.clientportal.web.admin.time;
