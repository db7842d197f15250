## /check: the result of the sign-in check.

check-signed-in-as = Angemeldet als { $user }.
check-signed-in = Angemeldet.
# $total is a number of permissions.
check-all-granted = Alle Berechtigungen, die { $product } braucht, sind erteilt ({ $total }). Wenn die App trotzdem nicht funktioniert, fügen Sie ihren Fehler auf der Startseite ein.
# $missing and $total are numbers, $names lists permission names.
check-missing = Fehlende Berechtigungen ({ $missing } von { $total }): { $names }.
check-role-can-grant-all = Ihre Rolle kann sie jetzt erteilen.
check-role-can-grant-delegated = Ihre Rolle kann diese delegierten Berechtigungen jetzt erteilen.
check-admin-must-grant = Ein Administrator muss sie erteilen.
check-graph-app-roles = { $product } verwendet außerdem Anwendungsberechtigungen für Microsoft Graph, die Ihre Rolle nicht erteilen kann; diese muss ein Administrator für privilegierte Rollen oder ein globaler Administrator erteilen.
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = Das Token für { $resource } konnte nicht abgerufen werden: { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = Dieser Browser bietet keine sicheren Zufallszahlen, daher kann eine Anmeldung nicht geschützt werden.
check-start-no-storage = Dieser Browser erlaubt keinen Sitzungsspeicher, den die Anmeldung kurz braucht.
check-start-refused = Der Browser hat sich geweigert, die Anmeldeseite zu öffnen.
