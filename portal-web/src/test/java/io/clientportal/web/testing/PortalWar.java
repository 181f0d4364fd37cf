package io.clientportal.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as every container test deploys it: no class list of its own to drift. */
public final class PortalWar {

    private PortalWar() {
    }

    /** Named ROOT so the portal is served at the root context, as in production. */
    public static WebArchive asBuilt() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("portal.war")))
                .as(WebArchive.class);
    }
}
