/** The back office's project pages ({@code /admin/projects/}): the list, and one project's details. */
package io.clientportal.web.admin.projects;
