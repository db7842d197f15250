# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = { $product } richiede il consenso di un amministratore in questa organizzazione prima che gli utenti possano connettere l'app.
headline-admin-consent-required = La sua organizzazione richiede che un amministratore approvi { $product } prima che lei possa usare l'app.
headline-admin-consent-workflow-admin = { $product } è in attesa di approvazione: gli utenti possono richiederla e un revisore deve concederla.
headline-admin-consent-workflow = Un amministratore deve approvare { $product }; può inviargli una richiesta dalla schermata di Microsoft.
headline-org-consent-cancelled = Il consenso per { $product } a livello di organizzazione è stato annullato, quindi non è stato concesso nulla.
headline-user-declined-consent = La schermata delle autorizzazioni di { $product } è stata chiusa, oppure le autorizzazioni sono state rifiutate, quindi l'app non è stata connessa.
headline-admin-consent-granted = Il consenso per { $product } è stato concesso per l'intera organizzazione.
headline-app-disabled = L'accesso a { $product } è disabilitato in questa organizzazione.
headline-user-not-assigned-admin = L'utente non è assegnato a { $product }, che ammette solo gli utenti assegnati.
headline-user-not-assigned = La sua organizzazione consente di usare { $product } solo alle persone assegnate, e il suo account non è ancora assegnato.
headline-conditional-access-blocked = Un criterio di sicurezza della sua organizzazione ha bloccato l'accesso a { $product }.
headline-app-not-found-in-tenant = { $product }, o un servizio usato dall'app, non è stato trovato nella directory di questa organizzazione.
headline-misconfigured-app = L'accesso di { $product } è configurato in modo errato; deve correggerlo il fornitore dell'app.
headline-sign-in-required = Microsoft le chiede di accedere di nuovo per usare { $product }.
headline-account-problem = Il problema riguarda l'account usato per accedere, non l'app.
headline-other = Microsoft ha restituito un errore durante la connessione di { $product }.
headline-unknown = Nel testo fornito non è stato trovato alcun errore di accesso Microsoft.
headline-signed-in-ok = Tutto ciò di cui { $product } ha bisogno è stato concesso.
headline-signed-in-missing-scopes = Alcune autorizzazioni necessarie a { $product } non sono ancora state concesse.
