## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — diagnoserapport
report-verdict = Uitkomst: { $verdict } — { $headline }
report-code-titled = Code: { $code } ({ $title })
report-code = Code: { $code }
report-code-not-catalogued = Code: { $code } (niet in catalogus)
report-all-codes = Alle codes: { $codes }
report-oauth-error = OAuth-fout: { $error }
report-message = Bericht: { $message }
report-trace-id = Tracerings-id: { $id }
report-correlation-id = Correlatie-id: { $id }
report-request-id = Aanvraag-id: { $id }
report-timestamp = Tijdstempel: { $value }
report-tenant = Tenant: { $tenant }
report-app = App: { $name } ({ $app_id })
report-app-named-in-error = genoemd in de fout
report-admin-consent-response = Antwoord: eindpunt voor beheerderstoestemming
report-missing-permissions = Ontbrekende machtigingen: { $names }
report-input = Invoer: { $kind }
report-fixes = Aanbevolen oplossingen: { $fixes }
report-warning = Waarschuwing ({ $id }): { $title }
report-note = Opmerking: { $note }
report-signed-in-as = Aangemeld als: { $name }
report-browser = Browser: { $browser }
report-checked = Gecontroleerd: { $time }
report-link = Koppeling naar deze diagnose: { $link }

## What kind of input the page read (report-input).

input-unknown = niets herkenbaars
input-authorize-redirect = een omleiding na aanmelding
input-admin-consent-response = een antwoord van het eindpunt voor beheerderstoestemming
input-token-json = een fout van het tokeneindpunt (JSON)
input-error-page-copy = tekst gekopieerd van de foutpagina voor aanmelding van Microsoft
input-xml-fault = een XML-fout (fault)
input-free-text = geplakte tekst
