## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — rapport de diagnostic
report-verdict = Verdict : { $verdict } — { $headline }
report-code-titled = Code : { $code } ({ $title })
report-code = Code : { $code }
report-code-not-catalogued = Code : { $code } (absent du catalogue)
report-all-codes = Tous les codes : { $codes }
report-oauth-error = Erreur OAuth : { $error }
report-message = Message : { $message }
report-trace-id = ID de trace : { $id }
report-correlation-id = ID de corrélation : { $id }
report-request-id = ID de demande : { $id }
report-timestamp = Horodatage : { $value }
report-tenant = Locataire : { $tenant }
report-app = Application : { $name } ({ $app_id })
report-app-named-in-error = nommée dans l’erreur
report-admin-consent-response = Réponse : point de terminaison du consentement administrateur
report-missing-permissions = Autorisations manquantes : { $names }
report-input = Entrée : { $kind }
report-fixes = Solutions recommandées : { $fixes }
report-warning = Avertissement ({ $id }) : { $title }
report-note = Remarque : { $note }
report-signed-in-as = Connecté en tant que : { $name }
report-browser = Navigateur : { $browser }
report-checked = Vérifié le : { $time }
report-link = Lien vers ce diagnostic : { $link }

## What kind of input the page read (report-input).

input-unknown = rien de reconnaissable
input-authorize-redirect = une redirection de connexion
input-admin-consent-response = une réponse de consentement administrateur
input-token-json = une erreur du point de terminaison de jeton (JSON)
input-error-page-copy = du texte copié depuis la page d’erreur de connexion de Microsoft
input-xml-fault = une erreur XML (fault)
input-free-text = du texte collé
