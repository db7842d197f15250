## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = Dimentica questo accesso
check-view-title = Che cosa ha mostrato l'accesso
check-view-name = Nome
check-view-sign-in-name = Nome di accesso
check-view-tenant-id = ID tenant
check-view-account = Account
# What kind of account signed in.
check-view-account-member = membro di questa organizzazione
check-view-account-guest = utente guest di un'altra organizzazione
check-view-account-personal = account Microsoft personale (i suoi token di accesso sono opachi per le app, quindi vengono mostrati solo gli ambiti concessi)
check-view-account-unknown = sconosciuto
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = ha risposto a /me con "{ $name }": il token di accesso funziona
check-view-permissions = Autorizzazioni
check-view-col-status = Stato
check-view-col-permission = Autorizzazione
check-view-col-who = Chi può concederla
check-view-col-why = Perché serve all'app
# A permission's status, after ✓ or ✗.
check-view-granted = Concessa
check-view-missing = Mancante
# Who may grant a permission.
check-view-grant-admin-by-default = consenso amministratore richiesto per impostazione predefinita
check-view-grant-managed-blocked = gli utenti non possono concederla con le impostazioni di consenso gestite da Microsoft (2025)
check-view-grant-admin-and-managed = consenso amministratore richiesto per impostazione predefinita; gli utenti non possono concederla con le impostazioni di consenso gestite da Microsoft (2025)
check-view-grant-users = gli utenti possono concederla, se l'organizzazione lo consente
check-view-roles = Ruoli di amministratore
# After a role's ID.
check-view-role-unknown = (un ruolo che questa pagina non conosce)
check-view-no-roles = Il token non elenca alcun ruolo della directory.
check-view-id-checks = Controlli del token ID
# The result of one check, after ✓ or ✗.
check-view-pass = superato
check-view-fail = non superato
check-view-tokens = Token
check-view-tokens-note = Mostrati solo per la risoluzione dei problemi: le firme non vengono verificate e nulla di ciò che compare qui viene usato per prendere decisioni. I token restano nella memoria di questa scheda finché non li dimentica o non chiude la scheda.
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — decodificato, non verificato
check-view-token-encrypted = Crittografato: il contenuto non può essere mostrato.
check-view-token-opaque = Opaco: non è un JWT (è normale per gli account Microsoft personali), quindi non c'è nulla da decodificare.
# $reason is technical, in English.
check-view-token-undecodable = Impossibile decodificarlo: { $reason }.

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = Verifica dell'accesso
# $product is the app's name.
check-page-lead = Acceda con l'account che ha il problema. Questa pagina chiede a Microsoft quali autorizzazioni di { $product } la sua organizzazione ha concesso, e mostra che cosa manca e chi può risolverlo.
check-page-sign-in = Accedi per verificare
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = L'accesso proporrà l'account { $account }.
# $authority is the address of Microsoft's sign-in service.
check-page-authority = Accederà su { $authority }. I suoi token restano nella memoria di questa scheda; non viene inviato nulla altrove.
check-page-asks-for = Che cosa chiede { $product }
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = Autorizzazione
check-page-col-why = Perché

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = La risposta di Microsoft indica il tenant { $tenant }. Un collegamento può falsificare questo valore, quindi non è una prova: esegua la verifica dell'accesso per confermare che le autorizzazioni sono concesse.
callback-admin-consent = Esegua la verifica dell'accesso per confermare che le autorizzazioni sono concesse.
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = La risposta ripeteva il parametro "{ $key }", cosa che una risposta autentica non fa mai. È stata rifiutata.
callback-rejected-issuer = La risposta indica un server di accesso diverso da quello usato per questo accesso. È stata rifiutata.
callback-rejected-no-pending = Questo browser non ha alcun accesso in corso, quindi la risposta non è stata richiesta da qui. È stata rifiutata; avvii di nuovo la verifica dell'accesso.
callback-rejected-state-missing = La risposta non contiene il parametro state, quindi non può essere associata all'accesso avviato da questo browser. È stata rifiutata.
callback-rejected-state-mismatch = La risposta appartiene a un accesso diverso da quello avviato da questo browser (oppure è già stata usata). È stata rifiutata.
callback-rejected-expired = L'accesso ha richiesto più di 10 minuti, quindi è stato scartato. Avvii di nuovo la verifica dell'accesso.
callback-rejected-implicit-tokens = La risposta conteneva token nell'indirizzo, cosa che questa pagina non chiede mai. È stata rifiutata e i token non sono stati letti.
callback-rejected-no-code = La risposta non conteneva né un codice né un errore. Avvii di nuovo la verifica dell'accesso.
callback-working-title = Completamento dell'accesso…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = Scambio del codice monouso con i token presso { $authority }. Restano nella memoria di questa scheda.
callback-failed-title = Non è stato possibile completare l'accesso
callback-timeout = Il servizio di accesso non ha risposto entro 12 secondi.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = Il browser non è riuscito a leggere la risposta dell'endpoint dei token. Di solito l'URI di reindirizzamento dell'app è registrato come "Web" invece che come "Applicazione a pagina singola" (Single-page application), quindi la risposta non ha le intestazioni CORS; oppure un filtro di rete ha bloccato la richiesta.
callback-retry = Riprova
callback-start-over = Ricomincia
