package io.clientportal.web.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Two writers racing on the same record (the same external id created twice at once, an entry changed
 * while it was approved) lose one of them at commit: a conflict the caller resolves by sending again. Everything else
 * is logged here and answered without a trace of the server's insides.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (isRace(failure)) {
            return Problem.conflict("Another request changed the same record at the same time; nothing was changed "
                    + "by this one. Send it again.");
        }
        LOG.log(Level.SEVERE, "The integration API failed", failure);
        return Problem.unexpected();
    }

    /** Whatever wraps it (the container's rollback at commit, an EJB exception), the cause says it was a race. */
    private static boolean isRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
