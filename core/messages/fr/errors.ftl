## The error-code pages (full app only).

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Codes d’erreur de connexion
# $count is a number.
errors-index-lead = Tous les codes AADSTS que connaît cette page ({ $count } au total), avec leur signification et la façon de les corriger.
errors-search-label = Rechercher par numéro ou par mots
# Examples of what to search for.
errors-search-placeholder = 90094, consentement, accès conditionnel…
errors-no-match = Aucun code ne correspond. Collez plutôt l’erreur complète sur la page d’accueil.
errors-not-a-code-title = Ce n’est pas un code AADSTS
errors-not-a-code-text = Les codes sont des nombres comme 90094. Vérifiez le numéro, ou collez l’erreur complète sur la page d’accueil.
errors-see-all-codes = Voir tous les codes
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } ne figure pas encore dans notre catalogue
errors-not-catalogued-text = La page de recherche de Microsoft donne la description actuelle de chaque code.
errors-open-on-microsoft = Ouvrir { $code } sur le site de Microsoft
errors-see-known-codes = Voir tous les codes que nous connaissons
# The link back to the list, above a code's page.
errors-breadcrumb = Codes d’erreur
errors-description-unavailable = La description de ce code n’a pas pu être chargée. Son verdict et ses solutions ci-dessous restent valables, et la page de Microsoft le décrit.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Nom chez Microsoft :
errors-verdict = Verdict
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Arrive généralement sous la forme
errors-who-can-fix = Qui peut corriger le problème
errors-microsoft-page = Page de Microsoft
errors-how-to-fix = Comment corriger le problème
errors-see-as-user = Voir comme un utilisateur
