## What the verdict card says under the headline.

summary-not-catalogued = { $code } is not in this site's catalogue yet. Microsoft's lookup page describes it, and the details below are what support needs.
summary-admin-consent-granted = Microsoft reports that an administrator accepted the permissions for the organization. Users can connect now; it can take a few minutes to apply everywhere.
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = Recognised Microsoft's wording "{ $wording }".
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Recognised Microsoft's { $language } screen "{ $wording }" ("{ $label }" in English).
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } reported "{ $token }": { $meaning }
summary-unknown-looked = Looked for an AADSTS code, an OAuth error, Microsoft's wording of its sign-in screens (in English and nine other languages) and a client library's error name, and found none of them.
summary-unknown-nothing = No request ID, correlation ID or time either: paste the whole error screen ("More details" shows them), the address of the error page, or the error from a log.
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = It does contain { $found }: support can find the sign-in with these. Paste the rest of the error (the line with the code) for a diagnosis.
found-request-id = request ID { $value }
found-correlation-id = correlation ID { $value }
found-trace-id = trace ID { $value }
found-time = time { $value }
found-app-id = app ID { $value }
found-organization = organization { $value }

language-japanese = Japanese
language-german = German
language-french = French
language-spanish = Spanish
language-portuguese = Portuguese
language-italian = Italian
language-dutch = Dutch
language-chinese = Chinese
language-korean = Korean

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = the sign-in window was closed or cancelled before it finished.
library-consent-required = the app has no consent yet for the permissions it asked for.
library-interaction-required = the app could not sign in silently and needs you to sign in again (for extra verification, an expired session, or a policy).
library-claims-challenge = the service asked for a fresh sign-in that satisfies an extra requirement (a Conditional Access policy or a revoked session), which the app must request.

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = The sign-in request was malformed or missing something; the app built it wrongly.
oauth-unauthorized-client = The app is not allowed to use this kind of sign-in, or it is not available in this organization.
oauth-access-denied = Access was denied: the consent prompt was declined or cancelled, or a policy refused the sign-in.
oauth-unsupported-response-type = The app asked for a kind of response its registration does not allow.
oauth-invalid-scope = The app asked for permissions in a form that is not valid.
oauth-server-error = Microsoft's sign-in service hit an unexpected error. Try again in a few minutes.
oauth-temporarily-unavailable = Microsoft's sign-in service is temporarily overloaded or unavailable. Try again shortly.
oauth-invalid-resource = The service the app wants to call does not exist or is not set up in this organization.
oauth-login-required = There is no active sign-in session; you need to sign in interactively.
oauth-interaction-required = Microsoft needs you to do something on the sign-in screen (sign in, multi-factor authentication, or consent).
oauth-consent-required = Consent to the app's permissions is missing; someone has to grant it interactively.
oauth-invalid-grant = The sign-in code or saved sign-in is no longer valid; sign in again.
oauth-invalid-client = The app could not prove its identity to Microsoft; its registration or credentials are wrong.
oauth-unsupported-grant-type = The app used a kind of token request this registration does not support.
oauth-permission-denied = The administrator cancelled the consent request.
oauth-other = This error value is not one the OAuth standard or Microsoft documents.

## The second reading of a cancel without a code.

alternative-admin-approval = Or: if Microsoft showed "Need admin approval" or "Approval required" before the window closed, { $product } needs an administrator's approval first, and trying again will not help.

## Notes under the fixes.

note-dropped-code = An authorization code arrived with this page. It was ignored and is not shown, stored or shared: it is a one-time credential, and nobody should ask you for it.
note-dropped-token = A token arrived with this page. It was ignored and is not shown, stored or shared.
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = The link carried a "{ $key }" address. This page never sends you to an address taken from a link, so it was ignored.
note-dropped-authority = The link tried to choose the sign-in server. Only the deployment's own settings can do that, so it was ignored.
# $others lists codes, $primary is one code.
note-other-codes = The input also mentions { $others }; { $primary } is the specific cause.
# $permissions lists permission names such as Mail.Read.
note-managed-consent = If colleagues could connect before: since 2025, organizations on "Let Microsoft manage your consent settings" no longer let users consent to { $permissions } for third-party apps. Earlier consents keep working; new users need an administrator's consent.
note-ignored-parameters = Ignored parameters: { $names }.
note-duplicate-parameters = These parameters appeared more than once; only the first value was used: { $names }.
note-truncated = Part of the input was too long and was cut before reading.

## Warnings a person must not miss.

warning-unknown-client-title = This is about a different app than { $product }
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = The input names application ID { $app }, which is not { $product } and not on its list of apps. This site offers no consent link for it: granting consent to an app you cannot identify is how consent phishing works. Check the app with its vendor first.
warning-unsolicited-title = This page did not start this sign-in
warning-unsolicited = The error arrived in a link, not from a sign-in this browser started, so its text cannot be confirmed as Microsoft's. It is shown as information only; nothing was done with it.
warning-unverified-publisher-title = { $product }'s publisher is not verified
warning-unverified-publisher = Microsoft has not verified the publisher "{ $publisher }" (verification needs a Microsoft Cloud Partner Program ID, formerly MPN ID, linked to the app). So users cannot consent under the "verified publishers" setting, and because unverified multi-organization apps registered after November 2020 are treated as risky, users may not be able to consent at all: an administrator has to grant consent. Check the application ID ({ $app_id }) before you do.
warning-broad-scope-title = Review the permissions before granting
# $permissions lists permission names.
warning-broad-delegated = These permissions give wide access to data across mailboxes or the directory: { $permissions }.
warning-broad-application = The application permissions ({ $permissions }) let the app act without a signed-in user, across every mailbox or account they cover, until an administrator limits them.
warning-broad-default = The consent link asks for .default, which means every permission configured on the app registration, not only the ones listed here. Read the list on Microsoft's consent screen before you accept.

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = You
fixer-admin = Your IT administrator
fixer-vendor = The app's vendor
fixer-microsoft = Microsoft (temporary)
audience-user = I use the app
audience-admin = I'm an admin
audience-support = I'm support
