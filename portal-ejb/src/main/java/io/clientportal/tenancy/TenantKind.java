package io.clientportal.tenancy;

/** Whether a tenant is an agency with clients, or the platform that hosts the agencies (home of super-admins). */
public enum TenantKind {
    AGENCY,
    PLATFORM
}
