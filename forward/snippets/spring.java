// Spring Security OAuth2 client (Spring Boot 3):
//     http.oauth2Login(login -> login.failureHandler(new DiagnoseOnFailure()));
// When Microsoft sends the user back with an error, or the code exchange fails, Spring shows
// /login?error and the reason is lost. Send the browser to the help site's /diagnose instead.
// Built from an allowlist, in the fragment (#): browsers never send a fragment to a server, and
// the code, state and tokens are never copied into it.
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

public class DiagnoseOnFailure implements AuthenticationFailureHandler {
    private static final String HELP_SITE = "https://help.example.com";
    private static final Pattern WORD = Pattern.compile("[\\w.-]{1,64}");
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Map<String, Pattern> FORWARDED = Map.of(
            "error", WORD, "error_subcode", WORD, "suberror", WORD, "trace_id", ID, "correlation_id", ID,
            "error_uri", Pattern.compile("https://login\\.(microsoftonline\\.(com|us)|partner\\.microsoftonline\\.cn|chinacloudapi\\.cn|live\\.com)/error\\?code=\\d{1,9}"),
            "error_codes", Pattern.compile("\\d{1,9}(,\\d{1,9}){0,19}"), "timestamp", Pattern.compile("\\d[\\d :.TZ+-]{0,39}"));
    private final AuthenticationFailureHandler otherFailures = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (!(exception instanceof OAuth2AuthenticationException oauth)) {
            otherFailures.onAuthenticationFailure(request, response, exception);
            return;
        }
        // Entra's own parameters on this callback first (error_subcode=cancel is only there),
        // then Spring's reading of the error (the only source when the code exchange failed).
        OAuth2Error error = oauth.getError();
        Map<String, String> fields = new LinkedHashMap<>();
        FORWARDED.keySet().forEach(key -> fields.put(key, request.getParameter(key)));
        fields.putIfAbsent("error", error.getErrorCode());
        fields.putIfAbsent("error_uri", error.getUri());
        StringJoiner fragment = new StringJoiner("&");
        fields.forEach((key, value) -> {
            if (value != null && FORWARDED.get(key).matcher(value).matches()) fragment.add(key + "=" + encode(value));
        });
        String text = request.getParameter("error_description") != null ? request.getParameter("error_description") : error.getDescription();
        text = text == null ? "" : text;
        // Microsoft's message, cut between whole characters until the address fits in 2 KiB.
        for (int n = Math.min(text.length(), 1500); ; n = Math.max(0, n - 50)) {
            if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) n--;
            String description = n > 0 ? (fragment.length() > 0 ? "&" : "") + "error_description=" + encode(text.substring(0, n)) : "";
            String url = HELP_SITE + "/diagnose#" + fragment + description;
            if (url.length() <= 2048 || n == 0) {
                response.sendRedirect(url);
                return;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
