package io.clientportal.tenancy;

/**
 * Runs work in a scope it names itself: a timer's tenant, the outbox's tenant of the moment, a new agency being
 * populated, a sign-in before anybody is known. The scope holds for the work (and every service it calls on this
 * thread) and the one before it is back afterwards, also when the work fails.
 */
public final class ScopedWork {

    /** Work that answers a value. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T call() throws E;
    }

    /** Work that answers nothing. */
    @FunctionalInterface
    public interface Run<E extends Exception> {
        void run() throws E;
    }

    /** A binding that ends with a try-with-resources block, for work that throws several checked exceptions. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    private ScopedWork() {
    }

    public static Binding bind(CallerScope scope) {
        CallerScope previous = CallerScope.bind(scope);
        return () -> CallerScope.bind(previous);
    }

    public static <T, E extends Exception> T call(CallerScope scope, Call<T, E> work) throws E {
        try (Binding bound = bind(scope)) {
            return work.call();
        }
    }

    public static <T, E extends Exception> T call(TenantScope tenant, Call<T, E> work) throws E {
        return call(CallerScope.of(tenant), work);
    }

    public static <E extends Exception> void run(CallerScope scope, Run<E> work) throws E {
        try (Binding bound = bind(scope)) {
            work.run();
        }
    }

    public static <E extends Exception> void run(TenantScope tenant, Run<E> work) throws E {
        run(CallerScope.of(tenant), work);
    }
}
