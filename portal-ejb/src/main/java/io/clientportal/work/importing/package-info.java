/**
 * Importing time entries from a CSV file in the back office: reading the file ({@link
 * io.clientportal.work.importing.CsvTable}, {@link io.clientportal.work.importing.TimeCsv}) is kept apart from
 * checking its rows against the agency's people and projects ({@link io.clientportal.work.importing.RowCheck}) and
 * from writing them ({@link io.clientportal.work.importing.TimeImport}). A file is written whole or not at all. Depends
 * on the work package (people, projects, entries), audit, tenancy and the kernel.
 */
package io.clientportal.work.importing;
