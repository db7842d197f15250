## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = Probleme beim Verbinden von { $product }?
home-lead = Beschreiben Sie, was Sie sehen, und wir sagen Ihnen, was passiert ist, wer es beheben kann und wie genau das geht.
home-paste-label = Fügen Sie die Fehlermeldung, die Adresse der Fehlerseite oder eine Protokollzeile ein
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = Zum Beispiel: AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = Das sind mehr als 2 MB Text. Fügen Sie nur die Fehlermeldung und ihre Details ein.
home-privacy = Was Sie einfügen, bleibt in diesem Browser; es wird nie hochgeladen.
# The button that reads what was pasted.
home-diagnose = Diagnose starten
home-screens-title = Oder wählen Sie den Bildschirm, den Sie gesehen haben
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = „Administratorgenehmigung erforderlich“
home-screen-approval-required = „Genehmigung erforderlich“
home-screen-app-risky = „Diese App ist möglicherweise riskant“
home-screen-cant-get-there = „You can't get there from here“ (Sie können von hier aus nicht darauf zugreifen)
home-screen-conditional-access = Durch bedingten Zugriff blockiert
home-screen-app-disabled = „Application is disabled“ (Anwendung ist deaktiviert)
home-roles-title = Oder beginnen Sie bei Ihrer Rolle
home-role-user = Ich nutze die App
# $product is the app's name.
home-role-user-text = Prüfen Sie, ob { $product } Sie jetzt anmelden kann und was noch fehlt.
home-role-admin = Ich bin Administrator
home-role-admin-text = Erteilen Sie die Einwilligung für { $product }, mit dem Link für Ihren Mandanten und den genauen Einstellungen.
home-role-support = Ich bin vom Support
home-role-support-text = Erstellen Sie einen Link, der für einen Kunden die richtige Diagnose öffnet.

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = Die Beschreibung dieses Codes konnte nicht geladen werden; die Lösungen unten gelten trotzdem, und der Link zum Fehler führt zur Beschreibung von Microsoft.
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = Fehler
# Links to the "Details for support" section further down.
diagnosis-view-details-link = Details
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = Diese Diagnose ansehen
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = Wer das beheben kann:
diagnosis-view-fixes-title = Was zu tun ist, der Reihe nach
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = Dieses Blatt zeigt nur die ersten Lösungen ({ $shown } von { $total }). Die übrigen finden Sie unter { $link }
diagnosis-view-notes-label = Hinweise

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = Sie
fix-card-actor-admin = IT-Administrator
fix-card-actor-vendor = Anbieter der App
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = Erweitert den Zugriff:
fix-card-open-consent-link = Link zur Administratoreinwilligung öffnen
# Followed by how to see that the fix worked.
fix-card-check = So prüfen Sie, ob es geklappt hat:

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = Kopieren
# Shown in the button for two seconds after copying.
copy-button-copied = Kopiert
copy-button-failed = Bitte markieren und selbst kopieren
copy-button-copy-link = Link kopieren
copy-button-copy-admin-link = Administratorlink kopieren
copy-button-copy-report = Bericht für den Support kopieren
copy-button-copy-message = Nachricht kopieren
copy-button-copy-justification = Begründung kopieren
# A command to type into the Windows command prompt.
copy-button-copy-command = Befehl kopieren
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Anwendungs-ID kopieren
copy-button-copy-powershell = PowerShell kopieren
copy-button-copy-azure-cli = Azure CLI kopieren

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = Lösung anzeigen für

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = Ihre geschäftliche E-Mail-Adresse, damit der Link für Ihre Organisation funktioniert
ask-admin-find = Meine Organisation verwenden
ask-admin-privacy = Nur die Domäne wird verwendet, um die ID Ihrer Organisation nachzuschlagen; die Adresse selbst wird weder gespeichert noch gesendet.
ask-admin-no-email = Geben Sie Ihre geschäftliche E-Mail-Adresse ein, zum Beispiel alex@contoso.com.
ask-admin-unreachable = Die Antwort konnte nicht gelesen werden: Der Anmeldedienst war nicht erreichbar.
# $domain is what the reader typed after the @.
ask-admin-not-found = { $domain } ist Microsoft Entra in dieser Cloud nicht bekannt. Prüfen Sie die Schreibweise, oder verwenden Sie eine verifizierte Domäne Ihrer Organisation (zum Beispiel ihrefirma.onmicrosoft.com).
ask-admin-other-cloud = Ihre Organisation meldet sich bei einer anderen Microsoft-Cloud an, daher kann diese Seite sie nicht nachschlagen.
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = Die Antwort konnte nicht gelesen werden: { $reason }.
# $tenant is the organization's ID.
ask-admin-message-for = Nachricht für Ihre Organisation ({ $tenant })
ask-admin-open-email = In E-Mail öffnen

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = Details für den Support
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = Codes
support-details-oauth-error = OAuth-Fehler
support-details-message = Meldung
support-details-trace-id = Ablaufverfolgungs-ID
support-details-correlation-id = Korrelations-ID
support-details-request-id = Anforderungs-ID
support-details-timestamp = Zeitstempel
support-details-tenant = Mandant
support-details-app-id = App-ID
support-details-app-name = App-Name
# Which known wording of an error screen the pasted text matched.
support-details-recognised = Erkannte Formulierung
# What kind of text was read, such as "pasted text".
support-details-input = Eingabe
support-details-microsoft-page = Seite von Microsoft
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (keine Microsoft-Adresse, daher kein Link)
support-details-full-description = Vollständige Fehlerbeschreibung
support-details-truncated = (gekürzt: Der Text war länger, als diese Seite anzeigt)
support-details-report-title = Bericht für ein Supportticket
support-details-report-privacy = Keine Token, keine Anmeldecodes und keine E-Mail-Adressen, außer Sie nehmen sie auf.
# A checkbox, when the reader has signed in.
support-details-include-name = Meinen Anmeldenamen und E-Mail-Adressen aufnehmen
# A checkbox.
support-details-include-email = E-Mail-Adressen aufnehmen (standardmäßig werden sie entfernt)
support-details-download = Als .txt herunterladen
support-details-share-title = Diese Diagnose teilen
support-details-share-note = Der Link öffnet dieselbe Diagnose auf einem anderen Gerät. Er enthält die Codes und IDs oben, nie ein Token oder Ihre E-Mail-Adresse.
support-details-share-link = Link zu dieser Diagnose
support-details-admin-link = Link für Ihren IT-Administrator
# After the link above.
support-details-admin-link-note = (öffnet die Schritte für Administratoren)

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

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Fehlercodes bei der Anmeldung
# $count is a number.
errors-index-lead = Jeder AADSTS-Code, den diese Seite kennt (insgesamt { $count }), mit seiner Bedeutung und der Lösung.
errors-search-label = Nach Nummer oder Stichwörtern suchen
# Examples of what to search for.
errors-search-placeholder = 90094, Einwilligung, bedingter Zugriff…
errors-no-match = Kein Code passt. Fügen Sie stattdessen den ganzen Fehler auf der Startseite ein.
errors-not-a-code-title = Das ist kein AADSTS-Code
errors-not-a-code-text = Codes sind Nummern wie 90094. Prüfen Sie die Nummer, oder fügen Sie den ganzen Fehler auf der Startseite ein.
errors-see-all-codes = Alle Codes ansehen
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } ist noch nicht in unserem Katalog
errors-not-catalogued-text = Die Nachschlageseite von Microsoft hat die aktuelle Beschreibung jedes Codes.
errors-open-on-microsoft = { $code } auf der Microsoft-Website öffnen
errors-see-known-codes = Alle bekannten Codes ansehen
# The link back to the list, above a code's page.
errors-breadcrumb = Fehlercodes
errors-description-unavailable = Die Beschreibung dieses Codes konnte nicht geladen werden. Das Ergebnis und die Lösungen unten gelten trotzdem, und die Seite von Microsoft beschreibt den Code.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Name bei Microsoft:
errors-verdict = Ergebnis
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Kommt meist als
errors-who-can-fix = Wer das beheben kann
errors-microsoft-page = Seite von Microsoft
errors-how-to-fix = So beheben Sie es
errors-see-as-user = Aus Sicht eines Benutzers ansehen

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Diese Seite gibt es nicht
not-found-text = Die Adresse ist vielleicht falsch geschrieben oder stammt aus einer älteren Version dieser Website.
not-found-home = Zur Startseite

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Diese Seite gehört zur vollständigen Hilfe-Website.
other-build-open = Öffnen
