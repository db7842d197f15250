import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Runs snippets/spring.java's failure handler on Entra's failures; prints one redirect a line. */
public class SpringSnippetCheck {
    static final String CONSENT = "AADSTS65001: The user or administrator has not consented to use the application "
            + "with ID '4f2a9c1e-0000-4000-8000-000000000001'.\r\nTrace ID: 0bd8e0a4-3f5e-4d2a-9c2e-7d3f5a6b7c8d\r\n"
            + "Correlation ID: 11111111-2222-3333-4444-555555555555\r\nTimestamp: 2024-05-01 10:00:00Z";

    static String run(Map<String, String> parameters, AuthenticationException exception) throws Exception {
        List<String> redirects = new ArrayList<>();
        HttpServletRequest request = parameters::get;
        HttpServletResponse response = redirects::add;
        new DiagnoseOnFailure().onAuthenticationFailure(request, response, exception);
        if (redirects.size() != 1) throw new AssertionError("redirects: " + redirects);
        return redirects.get(0);
    }

    public static void main(String[] args) throws Exception {
        // 1. The user cancelled on the consent screen: Entra's callback parameters.
        System.out.println(run(
                Map.of("error", "access_denied", "error_subcode", "cancel",
                        "error_description", "AADSTS65004: User declined to consent to access the app.",
                        "state", "SECRETSTATE1", "session_state", "abc"),
                new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "AADSTS65004: User declined to consent to access the app.",
                        "https://login.microsoftonline.com/error?code=65004"))));
        // 2. The code exchange failed: only Spring's reading of the token endpoint's answer.
        System.out.println(run(
                Map.of("code", "0.AUTHCODE1", "state", "SECRETSTATE2"),
                new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response",
                        "An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 400 Bad Request: "
                                + "[{\"error\":\"invalid_grant\",\"error_description\":\"" + CONSENT.replace("\r\n", "\\r\\n")
                                + "\",\"error_codes\":[65001]}]",
                        null))));
        // 3. A huge description with characters outside the BMP.
        System.out.println(run(
                Map.of("error", "invalid_grant", "error_description", CONSENT + " \uD83D\uDE00é".repeat(3000),
                        "error_uri", "https://evil.example/error?code=1", "trace_id", "not-a-guid"),
                new OAuth2AuthenticationException(new OAuth2Error("invalid_grant"))));
        // 4. Not an OAuth failure: Spring's usual page.
        System.out.println(run(Map.of(), new AuthenticationException("Bad credentials") { }));
    }
}
