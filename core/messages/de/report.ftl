## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — Diagnosebericht
report-verdict = Ergebnis: { $verdict } — { $headline }
report-code-titled = Code: { $code } ({ $title })
report-code = Code: { $code }
report-code-not-catalogued = Code: { $code } (nicht im Katalog)
report-all-codes = Alle Codes: { $codes }
report-oauth-error = OAuth-Fehler: { $error }
report-message = Meldung: { $message }
report-trace-id = Ablaufverfolgungs-ID: { $id }
report-correlation-id = Korrelations-ID: { $id }
report-request-id = Anforderungs-ID: { $id }
report-timestamp = Zeitstempel: { $value }
report-tenant = Mandant: { $tenant }
report-app = App: { $name } ({ $app_id })
report-app-named-in-error = im Fehler genannt
report-admin-consent-response = Antwort: Endpunkt für die Administratoreinwilligung
report-missing-permissions = Fehlende Berechtigungen: { $names }
report-input = Eingabe: { $kind }
report-fixes = Empfohlene Lösungen: { $fixes }
report-warning = Warnung ({ $id }): { $title }
report-note = Hinweis: { $note }
report-signed-in-as = Angemeldet als: { $name }
report-browser = Browser: { $browser }
report-checked = Geprüft: { $time }
report-link = Link zu dieser Diagnose: { $link }

## What kind of input the page read (report-input).

input-unknown = nichts Erkennbares
input-authorize-redirect = eine Anmeldeumleitung
input-admin-consent-response = eine Antwort des Endpunkts für die Administratoreinwilligung
input-token-json = ein Fehler des Tokenendpunkts (JSON)
input-error-page-copy = Text, kopiert von Microsofts Fehlerseite bei der Anmeldung
input-xml-fault = ein XML-Fehler (Fault)
input-free-text = eingefügter Text
