package io.clientportal.portal;

import io.clientportal.tenancy.TenantScope;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumns;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Base of every portal read-model entity: read-only, never cached beyond the EntityManager (the agency side writes the
 * same rows through other entities), and visible only to an EntityManager scoped to its tenant and client.
 */
@MappedSuperclass
@ReadOnly
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumns({
        @TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY,
                discriminatorType = DiscriminatorType.INTEGER),
        @TenantDiscriminatorColumn(name = "client_id", contextProperty = PortalScope.CLIENT_PROPERTY,
                discriminatorType = DiscriminatorType.INTEGER)
})
@Cache(isolation = CacheIsolationType.ISOLATED)
public abstract class PortalScoped {

    @Id
    private Long id;

    public Long getId() {
        return id;
    }
}
