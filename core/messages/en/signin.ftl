## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

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
