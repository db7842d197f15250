## The error-code pages (full app only).

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Codici di errore di accesso
# $count is a number.
errors-index-lead = Tutti i codici AADSTS che questa pagina conosce ({ $count } in tutto), con il loro significato e il modo di risolverli.
errors-search-label = Cerca per numero o per parole
# Examples of what to search for.
errors-search-placeholder = 90094, consenso, accesso condizionale…
errors-no-match = Nessun codice corrisponde. Incolli invece l'intero errore nella pagina iniziale.
errors-not-a-code-title = Questo non è un codice AADSTS
errors-not-a-code-text = I codici sono numeri come 90094. Controlli il numero, oppure incolli l'intero errore nella pagina iniziale.
errors-see-all-codes = Vedi tutti i codici
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } non è ancora nel nostro catalogo
errors-not-catalogued-text = La pagina di ricerca di Microsoft ha la descrizione aggiornata di ogni codice.
errors-open-on-microsoft = Apri { $code } sul sito di Microsoft
errors-see-known-codes = Vedi tutti i codici che conosciamo
# The link back to the list, above a code's page.
errors-breadcrumb = Codici di errore
errors-description-unavailable = Non è stato possibile caricare la descrizione di questo codice. L'esito e le soluzioni qui sotto restano validi, e la pagina di Microsoft lo descrive.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Nome di Microsoft:
errors-verdict = Esito
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Di solito arriva come
errors-who-can-fix = Chi può risolverlo
errors-microsoft-page = Pagina di Microsoft
errors-how-to-fix = Come risolverlo
errors-see-as-user = Vedi come lo vedrebbe un utente
