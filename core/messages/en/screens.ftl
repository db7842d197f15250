## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = Trouble connecting { $product }?
home-lead = Tell us what you see and we'll tell you what happened, who can fix it, and exactly how.
home-paste-label = Paste the error message, the address of the error page, or a log line
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = For example: AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = That is more than 2 MB of text. Paste only the error message and its details.
home-privacy = What you paste stays in this browser; it is never uploaded.
# The button that reads what was pasted.
home-diagnose = Diagnose
home-screens-title = Or pick the screen you saw
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = "Need admin approval"
home-screen-approval-required = "Approval required"
home-screen-app-risky = "This app may be risky"
home-screen-cant-get-there = "You can't get there from here"
home-screen-conditional-access = Blocked by Conditional Access
home-screen-app-disabled = "Application is disabled"
home-roles-title = Or start from who you are
home-role-user = I use the app
# $product is the app's name.
home-role-user-text = Check whether { $product } can sign you in now, and what is missing.
home-role-admin = I'm an admin
home-role-admin-text = Grant consent for { $product }, with the link for your tenant and the exact settings.
home-role-support = I'm support
home-role-support-text = Build a link that opens the right diagnosis for a customer.

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = This code's description could not be loaded; the fixes below still apply, and the error link has Microsoft's description.
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = Error
# Links to the "Details for support" section further down.
diagnosis-view-details-link = details
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = See that diagnosis
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = Who can fix it:
diagnosis-view-fixes-title = What to do, in order
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = This sheet shows only the first fixes ({ $shown } of { $total }). The others are at { $link }
diagnosis-view-notes-label = Notes

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = You
fix-card-actor-admin = IT administrator
fix-card-actor-vendor = App vendor
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = Widens access:
fix-card-open-consent-link = Open the admin-consent link
# Followed by how to see that the fix worked.
fix-card-check = Check it worked:

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = Copy
# Shown in the button for two seconds after copying.
copy-button-copied = Copied
copy-button-failed = Select and copy manually
copy-button-copy-link = Copy link
copy-button-copy-admin-link = Copy admin link
copy-button-copy-report = Copy report for support
copy-button-copy-message = Copy message
copy-button-copy-justification = Copy justification
# A command to type into the Windows command prompt.
copy-button-copy-command = Copy command
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Copy Application ID
copy-button-copy-powershell = Copy PowerShell
copy-button-copy-azure-cli = Copy Azure CLI

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = Show the fix for

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = Your work e-mail, so the link opens for your organization
ask-admin-find = Use my organization
ask-admin-privacy = Only the domain is used, to look up your organization's ID; the address itself is not kept or sent.
ask-admin-no-email = Enter your work e-mail address, such as alex@contoso.com.
ask-admin-unreachable = The answer could not be read: the sign-in service could not be reached.
# $domain is what the reader typed after the @.
ask-admin-not-found = { $domain } is not known to Microsoft Entra in this cloud. Check the spelling, or use a verified domain of your organization (for example yourcompany.onmicrosoft.com).
ask-admin-other-cloud = Your organization signs in to a different Microsoft cloud, so this page cannot look it up.
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = The answer could not be read: { $reason }.
# $tenant is the organization's ID.
ask-admin-message-for = Message for your organization ({ $tenant })
ask-admin-open-email = Open in e-mail

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = Details for support
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = Codes
support-details-oauth-error = OAuth error
support-details-message = Message
support-details-trace-id = Trace ID
support-details-correlation-id = Correlation ID
support-details-request-id = Request ID
support-details-timestamp = Timestamp
support-details-tenant = Tenant
support-details-app-id = App ID
support-details-app-name = App name
# Which known wording of an error screen the pasted text matched.
support-details-recognised = Recognised wording
# What kind of text was read, such as "pasted text".
support-details-input = Input
support-details-microsoft-page = Microsoft's page
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (not a Microsoft address, so not a link)
support-details-full-description = Full error description
support-details-truncated = (truncated: the text was longer than this page shows)
support-details-report-title = Report for a support ticket
support-details-report-privacy = No tokens, no sign-in codes, and no e-mail addresses unless you include them.
# A checkbox, when the reader has signed in.
support-details-include-name = Include my sign-in name and e-mail addresses
# A checkbox.
support-details-include-email = Include e-mail addresses (they are removed by default)
support-details-download = Download as .txt
support-details-share-title = Share this diagnosis
support-details-share-note = The link opens this same diagnosis on another device. It carries the codes and IDs above, never a token or your e-mail address.
support-details-share-link = Link to this diagnosis
support-details-admin-link = Link for your IT administrator
# After the link above.
support-details-admin-link-note = (opens the admin's steps)

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = Forget this sign-in
check-view-title = What the sign-in showed
check-view-name = Name
check-view-sign-in-name = Sign-in name
check-view-tenant-id = Tenant ID
check-view-account = Account
# What kind of account signed in.
check-view-account-member = member of this organization
check-view-account-guest = guest from another organization
check-view-account-personal = personal Microsoft account (its access tokens are opaque to apps, so only the granted scopes are shown)
check-view-account-unknown = unknown
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = answered /me with "{ $name }": the access token works
check-view-permissions = Permissions
check-view-col-status = Status
check-view-col-permission = Permission
check-view-col-who = Who may grant it
check-view-col-why = Why the app needs it
# A permission's status, after ✓ or ✗.
check-view-granted = Granted
check-view-missing = Missing
# Who may grant a permission.
check-view-grant-admin-by-default = admin consent required by default
check-view-grant-managed-blocked = users cannot grant it under Microsoft-managed consent settings (2025)
check-view-grant-admin-and-managed = admin consent required by default; users cannot grant it under Microsoft-managed consent settings (2025)
check-view-grant-users = users may grant it, if the organization allows
check-view-roles = Admin roles
# After a role's ID.
check-view-role-unknown = (a role this page does not know)
check-view-no-roles = The token lists no directory roles.
check-view-id-checks = ID token checks
# The result of one check, after ✓ or ✗.
check-view-pass = pass
check-view-fail = fail
check-view-tokens = Tokens
check-view-tokens-note = Shown for troubleshooting only: the signatures are not verified, and nothing here is used to make decisions. The tokens stay in this tab's memory until you forget them or close the tab.
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — decoded, not verified
check-view-token-encrypted = Encrypted: its contents cannot be shown.
check-view-token-opaque = Opaque: not a JWT (normal for personal Microsoft accounts), so there is nothing to decode.
# $reason is technical, in English.
check-view-token-undecodable = Could not be decoded: { $reason }.

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = Sign-in check
# $product is the app's name.
check-page-lead = Sign in with the account that has trouble. This page asks Microsoft which of { $product }'s permissions your organization has granted, and shows what is missing and who can fix it.
check-page-sign-in = Sign in to check
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = The sign-in will suggest the account { $account }.
# $authority is the address of Microsoft's sign-in service.
check-page-authority = You will sign in at { $authority }. Your tokens stay in this tab's memory; nothing is sent anywhere else.
check-page-asks-for = What { $product } asks for
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = Permission
check-page-col-why = Why

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = Microsoft's response names the tenant { $tenant }. A link can fake that value, so it is not proof: run the sign-in check to confirm the permissions are granted.
callback-admin-consent = Run the sign-in check to confirm the permissions are granted.
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = The response repeated the parameter "{ $key }", which a genuine response never does. It was refused.
callback-rejected-issuer = The response names a different sign-in server than the one this sign-in used. It was refused.
callback-rejected-no-pending = This browser has no sign-in in progress, so the response was not asked for here. It was refused; start the sign-in check again.
callback-rejected-state-missing = The response carries no state, so it cannot be matched to the sign-in this browser started. It was refused.
callback-rejected-state-mismatch = The response belongs to a different sign-in than the one this browser started (or was used before). It was refused.
callback-rejected-expired = The sign-in took longer than 10 minutes, so it was discarded. Start the sign-in check again.
callback-rejected-implicit-tokens = The response carried tokens in the address, which this page never asks for. It was refused and the tokens were not read.
callback-rejected-no-code = The response had neither a code nor an error. Start the sign-in check again.
callback-working-title = Finishing the sign-in…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = Exchanging the one-time code with { $authority } for tokens. They stay in this tab's memory.
callback-failed-title = The sign-in could not be finished
callback-timeout = The sign-in service did not answer within 12 seconds.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = The browser could not read the token endpoint's answer. Usually the app's redirect URI is registered as "Web" instead of "Single-page application" (so the answer lacks CORS headers), or a network filter blocked the request.
callback-retry = Try again
callback-start-over = Start over

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Sign-in error codes
# $count is a number.
errors-index-lead = Every AADSTS code this page knows ({ $count } in all), with what it means and how to fix it.
errors-search-label = Search by number or words
# Examples of what to search for.
errors-search-placeholder = 90094, consent, Conditional Access…
errors-no-match = No code matches. Paste the whole error on the start page instead.
errors-not-a-code-title = That is not an AADSTS code
errors-not-a-code-text = Codes are numbers such as 90094. Check the number, or paste the whole error on the start page.
errors-see-all-codes = See all codes
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } is not in our catalogue yet
errors-not-catalogued-text = Microsoft's lookup page has the current description of every code.
errors-open-on-microsoft = Open { $code } on Microsoft's site
errors-see-known-codes = See all codes we know
# The link back to the list, above a code's page.
errors-breadcrumb = Error codes
errors-description-unavailable = This code's description could not be loaded. Its verdict and fixes below still apply, and Microsoft's page describes it.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Microsoft's name:
errors-verdict = Verdict
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Usually arrives as
errors-who-can-fix = Who can fix it
errors-microsoft-page = Microsoft's page
errors-how-to-fix = How to fix it
errors-see-as-user = See this as a user would

## src/pages/not_found.rs: an address this site does not have.

not-found-title = This page does not exist
not-found-text = The address may be mistyped or from an older version of this site.
not-found-home = Go to the start page

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = This page is part of the full help site.
other-build-open = Open it
