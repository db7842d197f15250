# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 minute
duration-two-minutes = 2 minutes
duration-three-minutes = 3 minutes
duration-five-minutes = 5 minutes
duration-ten-minutes = 10 minutes
duration-fifteen-minutes = 15 minutes
duration-thirty-minutes = 30 minutes
duration-one-hour = 1 hour

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = Your IT administrator opens this link; it only works for an admin, so send it to them.
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = Your IT administrator does this. Send them the "link for your IT administrator" at the bottom of this page: it opens these steps in full.

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = Send the approval request from Microsoft's screen
fix-request-approval-duration = 1 minute, then wait for approval
fix-request-approval-intro = Your organization lets you ask an administrator to approve the app. The request goes to the reviewers your admin chose.
fix-request-approval-step-connect = Connect { $product } again until you see "Approval required".
fix-request-approval-step-reason = Write a short reason in the justification box, for example:
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = Justification
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = I need { $product } to { $purpose }.
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = I need { $product } to do my work.
fix-request-approval-step-send = Select "Request approval", then "Back to app".
fix-request-approval-step-wait = Wait for the e-mail from Microsoft saying the request was approved (or denied). Approval usually takes from minutes to a few days; you cannot see the status anywhere else.
fix-request-approval-step-reconnect = When it is approved, connect { $product } again.
fix-request-approval-check = After approval, connecting works without an approval screen.

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = Ask your IT administrator to approve the app
fix-ask-admin-duration = 1 minute, then wait for your admin
fix-ask-admin-intro = Send your admin a message with everything they need to fix it in one go.
fix-ask-admin-step-copy = Copy this message (or open it in your e-mail program) and send it to your IT administrator or help desk.
# The label above the message the user copies.
fix-ask-admin-snippet-message = Message
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = Open in e-mail
fix-ask-admin-step-reconnect = When your admin confirms, connect { $product } again.
fix-ask-admin-check = Connecting works without an approval screen.

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = Please approve { $product } for our organization
fix-ask-admin-message-greeting = Hello,
fix-ask-admin-message-problem = I tried to connect { $product } (by { $company }) to my Microsoft 365 account and Microsoft said an administrator has to approve it.
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    What it asks for, and why:
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    You can review and grant consent for our organization with this link (it only works for an admin):
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    Step-by-step instructions for admins:
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    Other ways to grant it (admin center, PowerShell, Azure CLI):
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    If it is still blocked, this read-only check finds the setting in our tenant that causes it:
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = Application ID: { $app_id }
fix-ask-admin-message-publisher = Publisher: { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = Publisher: { $publisher } (verified)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = Error details: { $details }
fix-ask-admin-message-thanks = Thank you.

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = Connect { $product } again and accept
fix-try-again-intro = The permissions screen was closed or declined. Nothing is broken; start again.
fix-try-again-step-start = Start connecting { $product } again.
fix-try-again-step-accept = When Microsoft lists the permissions, read them and select Accept.
fix-try-again-step-admin = If you see "Need admin approval" or "Approval required" instead, your organization needs an administrator to approve the app: follow the next fix.
fix-try-again-check = You land back in the app, connected.

## sign-in-again

fix-sign-in-again-title = Sign in again and complete every prompt
fix-sign-in-again-intro = Microsoft needs a fresh, interactive sign-in: your session ended, or your organization requires an extra check such as multi-factor authentication.
fix-sign-in-again-step-start = Start connecting { $product } again in a normal (not embedded) browser window.
fix-sign-in-again-step-prompts = Complete every prompt: password, authenticator app or code, and any registration your organization asks for.
fix-sign-in-again-step-register = If your authenticator is not set up, register a method at Microsoft's security info page first.
fix-sign-in-again-link-security-info = Open security info
fix-sign-in-again-check = The sign-in completes and you land back in the app.

## use-other-account

fix-use-other-account-title = Sign in with your work account for the right organization
fix-use-other-account-intro = The sign-in used an account or organization that does not match the one the app expects.
fix-use-other-account-step-start = Start connecting { $product } again.
fix-use-other-account-step-picker = On Microsoft's account picker, choose "Use another account" and type your work or school address (not a personal Outlook.com or Hotmail account).
fix-use-other-account-step-private = If the wrong account is picked automatically, try again in a private browser window.
fix-use-other-account-check = You reach the permissions screen or land back in the app.

## reset-password

fix-reset-password-title = Change or reset your password
fix-reset-password-intro = The password was wrong or has expired.
fix-reset-password-step-reset = Reset your password with Microsoft's self-service page (if your organization allows it), or ask your help desk.
fix-reset-password-link-reset = Open password reset
fix-reset-password-step-sign-in = Sign in again with the new password.
fix-reset-password-check = The sign-in completes.

## device-compliance

fix-device-compliance-title = Use a device your organization manages
fix-device-compliance-duration = 10 minutes to a day
fix-device-compliance-intro = Your organization only allows this app from registered, compliant devices (or approved apps).
fix-device-compliance-step-managed = Try again from a company-managed computer or phone.
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = Or enroll this device: install your organization's Company Portal app, sign in, and follow its steps until the device shows as compliant.
fix-device-compliance-step-help-desk = If enrollment is not possible, ask your help desk which devices or apps are allowed.
fix-device-compliance-check = The sign-in completes from the managed device.

## run-check: this site's own sign-in check.

fix-run-check-title = Confirm the fix with a sign-in check
fix-run-check-intro = After someone makes a change, this site can sign you in to check which of { $product }'s permissions are granted now.
fix-run-check-step-open = Open the sign-in check and sign in with the account that failed.
fix-run-check-link-open = Open the sign-in check

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = Paste the whole error
fix-paste-more-intro = Nothing recognisable was found. The more of the error you paste, the more exact the diagnosis.
fix-paste-more-step-details = On Microsoft's error screen, select "More details" or "Troubleshooting details" and copy everything shown (it includes the error code and IDs).
fix-paste-more-step-address = Or copy the whole address from the browser's address bar after the error.
fix-paste-more-step-lookup = If the screen shows a number such as 90094, Microsoft's error page describes it.
fix-paste-more-link-lookup = Open Microsoft's error lookup
fix-paste-more-step-paste = Paste it on the start page of this site.
fix-paste-more-link-start = Go to the start page

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = Look up { $code } on Microsoft's error page
fix-lookup-code-intro = Microsoft's own lookup page has the latest description of every code.
fix-lookup-code-step-open = Open Microsoft's description of this code.
fix-lookup-code-link-open = Open { $code } on Microsoft's site

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = Report it to { $company }
fix-contact-vendor-duration = 1 business day (vendor)
fix-contact-vendor-intro = The cause is in how { $product } is registered or how it signs in; only { $company } can change that.
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = Contact { $company } support: { $email } or { $url }.
fix-contact-vendor-step-contact-email = Contact { $company } support: { $email }.
fix-contact-vendor-step-contact-url = Contact { $company } support: { $url }.
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = Contact { $company } support through the channel you usually use with them.
fix-contact-vendor-link-email = E-mail support
fix-contact-vendor-link-website = Open support
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = { $product } sign-in error
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = Include the report from "Details for support" on this page: it has the code, trace and correlation IDs and the time, which their engineers need.

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = Wait a few minutes and try again
fix-wait-and-retry-duration = 5–15 minutes
fix-wait-and-retry-intro = This is a passing problem in Microsoft's service.
fix-wait-and-retry-step-wait = Wait a few minutes, then try again.
fix-wait-and-retry-step-status = If it keeps failing for more than an hour, check Microsoft 365 service health or contact support with the details below.
fix-wait-and-retry-link-status = Open Microsoft 365 service status

## register-device: the device's registration with the organization.

fix-register-device-title = Reconnect this device to your organization
fix-register-device-intro = Microsoft could not confirm this device's identity: it is not registered or joined, its registration was removed or disabled, or its sign-in token for the device is out of date.
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = On Windows, open Settings › Accounts › Access work or school. If your work account is missing or shows an error, disconnect it and connect it again, then restart.
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = To see the device's state, run this in a command prompt; AzureAdJoined or WorkplaceJoined, and AzureAdPrt, should say YES. Send the output to your IT administrator if they do not:
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = Command prompt
fix-register-device-step-phone = On a phone or Mac, open Company Portal (or Microsoft Authenticator) and sign in with your work account so the device registers.
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = IT administrators: find the device under { $devices_path } and check that it is enabled and not a stale duplicate; { $sign_in_logs_path } shows the device ID the sign-in used.
fix-register-device-link-sign-in-logs = Open sign-in logs
# $command is a command (dsregcmd /status).
fix-register-device-check = The sign-in works from this device, and { $command } shows the device as joined or registered.

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = Use an app your organization protects
fix-app-protection-intro = A Conditional Access policy only lets this resource be reached from an app that applies your organization's app protection policy (Microsoft Intune), and the sign-in came from an app or browser that does not.
fix-app-protection-step-broker = Install the broker app and sign in to it with your work account: Microsoft Authenticator on iPhone and iPad, Company Portal on Android.
fix-app-protection-step-approved-app = Open the data in an app your organization approves (for example Outlook or Teams on the phone) instead of this app or the browser.
fix-app-protection-step-ask-admin = If you need this app on the phone, ask your IT administrator: only they can add it to the app protection policy or change the Conditional Access policy.
fix-app-protection-check = The sign-in works from the protected app.

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = Grant consent for everyone with one link
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = One link asks Microsoft to grant { $product }'s permissions for your organization ({ $tenant }) — only this app, nothing else changes.
fix-admin-consent-url-intro = One link asks Microsoft to grant { $product }'s permissions for the organization of the admin account you sign in with — only this app, nothing else changes.
fix-admin-consent-url-check = Ask one user to connect again, or run the sign-in check on this site: every permission should show as granted.

fix-method-1-title = Grant tenant-wide admin consent to { $product } in the admin center
fix-method-1-intro = An admin approves { $product }'s permissions once for the whole organization from its enterprise application; users are then not asked again. Only this app is trusted.
fix-method-1-check = Refresh the Permissions page: each permission should be listed under Admin consent, granted by an administrator. Then ask a user to connect again.

fix-method-2-title = Sign in to the app as an admin and consent on behalf of the organization
fix-method-2-intro = An admin connects { $product } like a user would and, on Microsoft's permissions screen, consents for everyone. This also adds the app to the directory when it is not there yet.
fix-method-2-check = Another user connects without seeing an approval screen.

fix-admin-browser-title = Connect from a browser that is already signed in as an admin
fix-admin-browser-intro = A workaround when consent was granted but users still fail (for example while changes propagate): the admin connects { $product } from a browser where they are already signed in to Microsoft 365 as admin.
fix-admin-browser-check = The connection succeeds and users can connect their own accounts.

fix-review-request-title = Review the approval request for { $product }
fix-review-request-intro = A reviewer opens the pending request for { $product } and approves it, which grants consent for everyone in the organization.
fix-review-request-check = The requester gets an e-mail, and can connect again.

fix-enable-workflow-title = Let users request approval instead of hitting a dead end
fix-enable-workflow-intro = Turning on the admin consent workflow replaces "Need admin approval" with "Approval required", where users send a request with a justification to chosen reviewers. It does not approve anything by itself.
fix-enable-workflow-check = Within an hour (usually minutes), a user who tries to connect sees "Approval required" with a Request approval button.

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = Allow users to consent to apps from verified publishers
fix-solution-b-intro = Users may then consent themselves to apps from verified publishers, such as { $product } ({ $publisher }), for the permissions an admin classifies as low impact.
fix-solution-b-widens = This changes what users may consent to for every app from a verified publisher, not only this one. Prefer granting consent to this app alone.
fix-solution-b-check = A user who is not an admin connects the app without an approval screen.

fix-method-3-title = Allow users to consent to apps themselves (widest option)
fix-method-3-intro = Users may then consent to any app, from any publisher, for permissions that do not need an administrator.
fix-method-3-widens = This lets every user grant any app access to their data — the setting consent-phishing attacks rely on. Microsoft lists it as a legacy option; use it only if your security policy allows it.
fix-method-3-check = A user connects the app and accepts the permissions themselves.

fix-conditional-access-title = Find the Conditional Access policy that blocked the sign-in
fix-conditional-access-intro = A Conditional Access policy refused the sign-in to { $product }. This is not a consent problem: granting consent will not help. The admin who manages Conditional Access decides whether the app gets an exception.
fix-conditional-access-check = The user signs in again; the new sign-in log entry shows Conditional Access as Success or Not applied.

fix-enable-sign-in-title = Enable { $product } for users to sign in
fix-enable-sign-in-intro = The enterprise application for { $product } is disabled, so Microsoft issues no tokens for it to anyone. An admin switches "Enabled for users to sign-in?" back to Yes.
fix-enable-sign-in-check = Users can sign in again; new sign-ins no longer fail with AADSTS7000112.

fix-assign-users-title = Assign the user to { $product }, or stop requiring assignment
fix-assign-users-intro = { $product } is set to "Assignment required", and only assigned users and groups may sign in. An admin assigns the user (or their group), or turns the requirement off.
fix-assign-users-check = The user signs in again without AADSTS50105.

fix-create-service-principal-title = Add { $product } to your directory
fix-create-service-principal-intro = The app (or a Microsoft service it calls) has no enterprise application in your directory yet. Granting consent normally creates it; an admin can also create it directly and then grant consent.
fix-create-service-principal-check = { $product } appears under Enterprise apps, and sign-in gets past this error.

fix-app-only-access-title = Grant app-only access and limit it to chosen mailboxes
fix-app-only-access-duration = 20 minutes, up to an hour to take effect
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = For server-side sync without a signed-in user, { $product } uses application permissions ({ $permissions }). They always need admin consent and cover every mailbox unless Exchange Online limits them.
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = For server-side sync without a signed-in user, { $product } uses application permissions. They always need admin consent and cover every mailbox unless Exchange Online limits them.
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } reports Granted for members and Denied for others; denied calls return "Access to OData is disabled".

fix-fix-account-title = Check the user's account
fix-fix-account-intro = The account itself is the problem: disabled, locked, expired password, or not a member of the organization.
fix-fix-account-check = The user signs in again.

fix-check-firewall-title = Check that your network lets sign-in through
fix-check-firewall-intro = Proxies, firewalls and tenant restrictions can stop { $product } from reaching Microsoft's sign-in and Graph endpoints.
fix-check-firewall-check = Sign-in and sync work from inside the network.

fix-federation-title = Check the identity provider your organization signs in through
fix-federation-intro = Sign-in for this account is handed to another identity provider (AD FS, Okta, Ping and the like) or to an on-premises agent (pass-through authentication, seamless single sign-on), and that step failed. Consent and the app's vendor cannot change it; whoever runs that identity provider can.
fix-federation-check = The user signs in again and the sign-in log shows success.

fix-guest-access-title = Check the guest account in the other organization
fix-guest-access-intro = The account signs in as a guest of another organization, and the guest's state stops it: the invitation was not accepted, the guest was removed or blocked, or the two organizations' cross-tenant settings do not allow it.
fix-guest-access-check = The guest signs in to the app in the inviting organization.

fix-claim-tenant-title = Take over the unmanaged directory
fix-claim-tenant-intro = Your organization's directory was created automatically when someone signed up for a Microsoft service with a work e-mail address. Nobody administers it, so nobody can approve apps in it until someone who owns the e-mail domain takes it over.
fix-claim-tenant-check = Entra ID shows the domain as verified in your managed organization.
