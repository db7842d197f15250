## /check: the result of the sign-in check.

check-signed-in-as = Signed in as { $user }.
check-signed-in = Signed in.
# $total is a number of permissions.
check-all-granted = All permissions { $product } needs are granted ({ $total }). If the app still fails, paste its error on the start page.
# $missing and $total are numbers, $names lists permission names.
check-missing = Missing permissions ({ $missing } of { $total }): { $names }.
check-role-can-grant-all = Your role can grant them now.
check-role-can-grant-delegated = Your role can grant these delegated permissions now.
check-admin-must-grant = An administrator has to grant them.
check-graph-app-roles = { $product } also uses Microsoft Graph application permissions, which your role cannot grant; a Privileged Role Administrator or Global Administrator must grant those.
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = The token for { $resource } could not be obtained: { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = This browser offers no secure random numbers, so a sign-in cannot be protected.
check-start-no-storage = This browser does not allow session storage, which the sign-in needs for a moment.
check-start-refused = The browser refused to open the sign-in page.
