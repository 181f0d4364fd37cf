package io.clientportal.tenancy;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.annotations.Cache;

/**
 * Base of every entity a tenant owns: its rows are only ever visible to an EntityManager scoped to that tenant
 * ({@link TenantScope}). The discriminator is not a mapped attribute, so no code can set or change it by hand.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
@Cache(isolation = CacheIsolationType.ISOLATED)
public abstract class TenantOwned {

    @Id
    @SequenceGenerator(name = "portal_id", sequenceName = "portal_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_id")
    private Long id;

    public Long getId() {
        return id;
    }
}
