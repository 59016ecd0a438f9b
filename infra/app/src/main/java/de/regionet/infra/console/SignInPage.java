package de.regionet.infra.console;

import de.regionet.infra.security.SecuritySettings;
import de.regionet.kernel.access.ReadableBy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.regex.Pattern;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The sign-in form of the pages (ADR 0019). Posting it is Spring Security's form login; this only shows the form,
 * with the page to return to, a refusal or a completed sign-out. With an identity provider configured RegioNet
 * issues no tokens of its own and has no passwords to check, and the form says so. Without any embedded user nobody
 * can sign in, and the form says that (also after an attempt) rather than calling a password wrong.
 */
@Controller
class SignInPage {

    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[^\\s]*$");

    private final boolean available;
    private final boolean noUsers;

    SignInPage(ObjectProvider<JwtEncoder> selfIssuing, SecuritySettings settings) {
        this.available = selfIssuing.getIfAvailable() != null;
        this.noUsers = available && settings.users().isEmpty();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/anmelden")
    String form(@RequestParam(name = "weiter", required = false) String next,
                @RequestParam(name = "fehler", required = false) String refused,
                @RequestParam(name = "abgemeldet", required = false) String signedOut, Model model) {
        model.addAttribute("next", next != null && LOCAL_PATH.matcher(next).matches() ? next : "");
        model.addAttribute("refused", refused != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("available", available);
        model.addAttribute("noUsers", noUsers);
        return "console/sign-in";
    }
}
