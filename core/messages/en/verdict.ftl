# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = { $product } needs an administrator's consent in this organization before users can connect it.
headline-admin-consent-required = Your organization needs an administrator to approve { $product } before you can use it.
headline-admin-consent-workflow-admin = { $product } is waiting for approval: users can request it, and a reviewer has to approve it.
headline-admin-consent-workflow = An administrator has to approve { $product }; you can send them a request from Microsoft's screen.
headline-org-consent-cancelled = The organization-wide consent for { $product } was cancelled, so nothing was granted.
headline-user-declined-consent = The permissions screen for { $product } was cancelled or declined, so it was not connected.
headline-admin-consent-granted = Consent for { $product } was granted for the organization.
headline-app-disabled = { $product } is switched off for sign-in in this organization.
headline-user-not-assigned-admin = The user is not assigned to { $product }, which only admits assigned users.
headline-user-not-assigned = Your organization lets only assigned people use { $product }, and your account is not assigned yet.
headline-conditional-access-blocked = A security policy in your organization blocked the sign-in to { $product }.
headline-app-not-found-in-tenant = { $product }, or a service it uses, was not found in this organization's directory.
headline-misconfigured-app = { $product }'s sign-in is set up incorrectly; its vendor has to fix it.
headline-sign-in-required = Microsoft needs you to sign in again to use { $product }.
headline-account-problem = The problem is with the account used to sign in, not with the app.
headline-other = Microsoft returned an error while connecting { $product }.
headline-unknown = No Microsoft sign-in error was found in what was given.
headline-signed-in-ok = Everything { $product } needs is granted.
headline-signed-in-missing-scopes = Some permissions { $product } needs are not granted yet.
