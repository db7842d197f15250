## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — rapporto di diagnosi
report-verdict = Esito: { $verdict } — { $headline }
report-code-titled = Codice: { $code } ({ $title })
report-code = Codice: { $code }
report-code-not-catalogued = Codice: { $code } (non in catalogo)
report-all-codes = Tutti i codici: { $codes }
report-oauth-error = Errore OAuth: { $error }
report-message = Messaggio: { $message }
report-trace-id = ID traccia: { $id }
report-correlation-id = ID correlazione: { $id }
report-request-id = ID richiesta: { $id }
report-timestamp = Timestamp: { $value }
report-tenant = Tenant: { $tenant }
report-app = App: { $name } ({ $app_id })
report-app-named-in-error = indicata nell'errore
report-admin-consent-response = Risposta: endpoint del consenso amministratore
report-missing-permissions = Autorizzazioni mancanti: { $names }
report-input = Input: { $kind }
report-fixes = Soluzioni consigliate: { $fixes }
report-warning = Avviso ({ $id }): { $title }
report-note = Nota: { $note }
report-signed-in-as = Accesso eseguito come: { $name }
report-browser = Browser: { $browser }
report-checked = Verificato: { $time }
report-link = Collegamento a questa diagnosi: { $link }

## What kind of input the page read (report-input).

input-unknown = niente di riconoscibile
input-authorize-redirect = un reindirizzamento di accesso
input-admin-consent-response = una risposta di consenso amministratore
input-token-json = un errore dell'endpoint dei token (JSON)
input-error-page-copy = testo copiato dalla pagina di errore di accesso di Microsoft
input-xml-fault = un errore XML (fault)
input-free-text = testo incollato
