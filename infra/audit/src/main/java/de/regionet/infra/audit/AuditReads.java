package de.regionet.infra.audit;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryRead;
import de.regionet.kernel.auditlog.AuditLogId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Clock;

/**
 * Records every read of the audit API and of the auditors' console pages, before it is answered, as an event in the day's audit log: who (the
 * principal in its metadata), what (path and query) and when. The log is an event stream like any other, so it is
 * hashed, checkpointed and exported with the rest. A read that cannot be recorded is not answered.
 */
class AuditReads implements HandlerInterceptor {

    static final String PATHS = "/api/audit/**";
    /** The auditors' console pages read the same trail, so their reads are recorded alike. */
    static final String CONSOLE_PATHS = "/console/pruefung/**";
    private static final int MAX_LENGTH = 2000;

    private final CommandGateway commands;
    private final Clock clock;

    AuditReads(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var read = new RecordHistoryRead(AuditLogId.of(NetworkTime.today(clock)), cut(request.getRequestURI()),
                cut(request.getQueryString()));
        AuditLogAppends.send(commands, read);
        return true;
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
