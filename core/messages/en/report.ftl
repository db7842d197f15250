## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — diagnosis report
report-verdict = Verdict: { $verdict } — { $headline }
report-code-titled = Code: { $code } ({ $title })
report-code = Code: { $code }
report-code-not-catalogued = Code: { $code } (not in catalogue)
report-all-codes = All codes: { $codes }
report-oauth-error = OAuth error: { $error }
report-message = Message: { $message }
report-trace-id = Trace ID: { $id }
report-correlation-id = Correlation ID: { $id }
report-request-id = Request ID: { $id }
report-timestamp = Timestamp: { $value }
report-tenant = Tenant: { $tenant }
report-app = App: { $name } ({ $app_id })
report-app-named-in-error = named in the error
report-admin-consent-response = Response: admin consent endpoint
report-missing-permissions = Missing permissions: { $names }
report-input = Input: { $kind }
report-fixes = Recommended fixes: { $fixes }
report-warning = Warning ({ $id }): { $title }
report-note = Note: { $note }
report-signed-in-as = Signed in as: { $name }
report-browser = Browser: { $browser }
report-checked = Checked: { $time }
report-link = Link to this diagnosis: { $link }

## What kind of input the page read (report-input).

input-unknown = nothing recognisable
input-authorize-redirect = a sign-in redirect
input-admin-consent-response = an admin-consent response
input-token-json = a token endpoint error (JSON)
input-error-page-copy = text copied from Microsoft's sign-in error page
input-xml-fault = an XML fault
input-free-text = pasted text
