## The error-code pages (full app only).

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
