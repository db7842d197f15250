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

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Diese Seite gibt es nicht
not-found-text = Die Adresse ist vielleicht falsch geschrieben oder stammt aus einer älteren Version dieser Website.
not-found-home = Zur Startseite

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Diese Seite gehört zur vollständigen Hilfe-Website.
other-build-open = Öffnen
