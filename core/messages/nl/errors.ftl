## The error-code pages (full app only).

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Foutcodes bij aanmelden
# $count is a number.
errors-index-lead = Elke AADSTS-code die deze pagina kent ({ $count } in totaal), met wat die betekent en hoe u het oplost.
errors-search-label = Zoeken op nummer of woorden
# Examples of what to search for.
errors-search-placeholder = 90094, toestemming, voorwaardelijke toegang…
errors-no-match = Geen enkele code komt overeen. Plak in plaats daarvan de hele fout op de startpagina.
errors-not-a-code-title = Dat is geen AADSTS-code
errors-not-a-code-text = Codes zijn nummers zoals 90094. Controleer het nummer, of plak de hele fout op de startpagina.
errors-see-all-codes = Alle codes bekijken
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } staat nog niet in onze catalogus
errors-not-catalogued-text = De opzoekpagina van Microsoft heeft de actuele beschrijving van elke code.
errors-open-on-microsoft = { $code } openen op de site van Microsoft
errors-see-known-codes = Alle codes bekijken die wij kennen
# The link back to the list, above a code's page.
errors-breadcrumb = Foutcodes
errors-description-unavailable = De beschrijving van deze code kon niet worden geladen. De uitkomst en oplossingen hieronder gelden nog steeds, en de pagina van Microsoft beschrijft de code.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Naam bij Microsoft:
errors-verdict = Uitkomst
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Komt meestal binnen als
errors-who-can-fix = Wie dit kan oplossen
errors-microsoft-page = Pagina van Microsoft
errors-how-to-fix = Zo lost u het op
errors-see-as-user = Bekijken zoals een gebruiker het ziet
