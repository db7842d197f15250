## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = Diese Anmeldung vergessen
check-view-title = Was die Anmeldung gezeigt hat
check-view-name = Name
check-view-sign-in-name = Anmeldename
check-view-tenant-id = Mandanten-ID
check-view-account = Konto
# What kind of account signed in.
check-view-account-member = Mitglied dieser Organisation
check-view-account-guest = Gast aus einer anderen Organisation
check-view-account-personal = persönliches Microsoft-Konto (seine Zugriffstoken sind für Apps nicht lesbar, daher werden nur die erteilten Bereiche angezeigt)
check-view-account-unknown = unbekannt
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = hat /me mit „{ $name }“ beantwortet: Das Zugriffstoken funktioniert
check-view-permissions = Berechtigungen
check-view-col-status = Status
check-view-col-permission = Berechtigung
check-view-col-who = Wer sie erteilen darf
check-view-col-why = Wozu die App sie braucht
# A permission's status, after ✓ or ✗.
check-view-granted = Erteilt
check-view-missing = Fehlt
# Who may grant a permission.
check-view-grant-admin-by-default = standardmäßig Administratoreinwilligung erforderlich
check-view-grant-managed-blocked = Benutzer können sie mit den von Microsoft verwalteten Einwilligungseinstellungen (2025) nicht erteilen
check-view-grant-admin-and-managed = standardmäßig Administratoreinwilligung erforderlich; Benutzer können sie mit den von Microsoft verwalteten Einwilligungseinstellungen (2025) nicht erteilen
check-view-grant-users = Benutzer dürfen sie erteilen, wenn die Organisation es zulässt
check-view-roles = Administratorrollen
# After a role's ID.
check-view-role-unknown = (eine Rolle, die diese Seite nicht kennt)
check-view-no-roles = Das Token nennt keine Verzeichnisrollen.
check-view-id-checks = Prüfungen des ID-Tokens
# The result of one check, after ✓ or ✗.
check-view-pass = bestanden
check-view-fail = nicht bestanden
check-view-tokens = Token
check-view-tokens-note = Nur zur Fehlersuche angezeigt: Die Signaturen werden nicht geprüft, und nichts hiervon wird für Entscheidungen verwendet. Die Token bleiben im Arbeitsspeicher dieses Tabs, bis Sie „Diese Anmeldung vergessen“ wählen oder den Tab schließen.
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — decodiert, nicht verifiziert
check-view-token-encrypted = Verschlüsselt: Der Inhalt kann nicht angezeigt werden.
check-view-token-opaque = Nicht lesbar: kein JWT (normal bei persönlichen Microsoft-Konten), daher gibt es nichts zu decodieren.
# $reason is technical, in English.
check-view-token-undecodable = Konnte nicht decodiert werden: { $reason }.

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = Anmeldeprüfung
# $product is the app's name.
check-page-lead = Melden Sie sich mit dem Konto an, bei dem das Problem auftritt. Diese Seite fragt Microsoft, welche Berechtigungen von { $product } Ihre Organisation erteilt hat, und zeigt, was fehlt und wer es beheben kann.
check-page-sign-in = Zum Prüfen anmelden
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = Bei der Anmeldung wird das Konto { $account } vorgeschlagen.
# $authority is the address of Microsoft's sign-in service.
check-page-authority = Sie melden sich bei { $authority } an. Ihre Token bleiben im Arbeitsspeicher dieses Tabs; nichts wird anderswohin gesendet.
check-page-asks-for = Was { $product } anfordert
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = Berechtigung
check-page-col-why = Wozu

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = Die Antwort von Microsoft nennt den Mandanten { $tenant }. Ein Link kann diesen Wert fälschen, er ist also kein Beweis: Führen Sie die Anmeldeprüfung aus, um zu bestätigen, dass die Berechtigungen erteilt sind.
callback-admin-consent = Führen Sie die Anmeldeprüfung aus, um zu bestätigen, dass die Berechtigungen erteilt sind.
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = Die Antwort wiederholte den Parameter „{ $key }“, was eine echte Antwort nie tut. Sie wurde abgewiesen.
callback-rejected-issuer = Die Antwort nennt einen anderen Anmeldeserver als den, den diese Anmeldung verwendet hat. Sie wurde abgewiesen.
callback-rejected-no-pending = In diesem Browser läuft keine Anmeldung, die Antwort wurde also nicht hier angefordert. Sie wurde abgewiesen; starten Sie die Anmeldeprüfung erneut.
callback-rejected-state-missing = Die Antwort enthält keinen State-Wert und lässt sich daher nicht der Anmeldung zuordnen, die dieser Browser gestartet hat. Sie wurde abgewiesen.
callback-rejected-state-mismatch = Die Antwort gehört zu einer anderen Anmeldung als der, die dieser Browser gestartet hat (oder wurde schon einmal verwendet). Sie wurde abgewiesen.
callback-rejected-expired = Die Anmeldung hat länger als 10 Minuten gedauert und wurde deshalb verworfen. Starten Sie die Anmeldeprüfung erneut.
callback-rejected-implicit-tokens = Die Antwort enthielt Token in der Adresse, die diese Seite nie anfordert. Sie wurde abgewiesen, und die Token wurden nicht gelesen.
callback-rejected-no-code = Die Antwort enthielt weder einen Code noch einen Fehler. Starten Sie die Anmeldeprüfung erneut.
callback-working-title = Anmeldung wird abgeschlossen…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = Der einmalige Code wird bei { $authority } gegen Token eingetauscht. Sie bleiben im Arbeitsspeicher dieses Tabs.
callback-failed-title = Die Anmeldung konnte nicht abgeschlossen werden
callback-timeout = Der Anmeldedienst hat nicht innerhalb von 12 Sekunden geantwortet.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = Der Browser konnte die Antwort des Tokenendpunkts nicht lesen. Meist ist die Umleitungs-URI der App als „Web“ statt als „Single-Page-Anwendung“ registriert (dann fehlen der Antwort die CORS-Header), oder ein Netzwerkfilter hat die Anforderung blockiert.
callback-retry = Erneut versuchen
callback-start-over = Neu beginnen
