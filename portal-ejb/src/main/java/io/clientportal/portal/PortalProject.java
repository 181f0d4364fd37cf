package io.clientportal.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A project of the client, by name only: internal projects and rates never reach the portal. */
@Entity
@Table(name = "portal_project")
public class PortalProject extends PortalScoped {

    private String name;

    protected PortalProject() {
    }

    public String getName() {
        return name;
    }
}
