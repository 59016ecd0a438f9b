package de.regionet.infra.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;

/**
 * Tomcat's error report, for requests Tomcat refuses before any filter runs (a path with invalid percent-encoding
 * or an encoded slash, a malformed request line): Tomcat's page without server details where a browser asked for
 * a page ({@link Problems#wantsPage}, ADR 0017), a problem document for everyone else and wherever the path could
 * not even be read, as for failures the application sees.
 */
public class ProblemReportValve extends ErrorReportValve {

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        var path = request.getRequestURI();
        var unknownPath = path == null || !path.startsWith("/");
        if (!unknownPath && Problems.wantsPage(path, request.getHeader("Accept"))) {
            super.report(request, response, failure);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var type = ProblemType.forStatus(status);
        try {
            var body = Problems.document(type, status,
                    status == 400 ? "the request line or path is malformed" : type.defaultDetail(), path);
            response.setContentType("application/problem+json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer is already on its way: nothing more to say
        }
    }
}
