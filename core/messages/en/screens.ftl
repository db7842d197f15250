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

## src/pages/not_found.rs: an address this site does not have.

not-found-title = This page does not exist
not-found-text = The address may be mistyped or from an older version of this site.
not-found-home = Go to the start page

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = This page is part of the full help site.
other-build-open = Open it
