## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = Problemi a connettere { $product }?
home-lead = Ci dica che cosa vede e le diremo che cosa è successo, chi può risolverlo e come, esattamente.
home-paste-label = Incolli il messaggio di errore, l'indirizzo della pagina di errore o una riga di log
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = Per esempio: AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = Sono più di 2 MB di testo. Incolli solo il messaggio di errore e i relativi dettagli.
home-privacy = Ciò che incolla resta in questo browser; non viene mai caricato altrove.
# The button that reads what was pasted.
home-diagnose = Avvia la diagnosi
home-screens-title = Oppure scelga la schermata che ha visto
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = "Approvazione dell'amministratore necessaria"
home-screen-approval-required = "Approvazione richiesta"
home-screen-app-risky = "Questa app potrebbe essere rischiosa"
home-screen-cant-get-there = "Non è possibile accedervi da qui"
home-screen-conditional-access = Bloccato dall'accesso condizionale
home-screen-app-disabled = "Application is disabled" (applicazione disabilitata)
home-roles-title = Oppure parta dal suo ruolo
home-role-user = Uso l'app
# $product is the app's name.
home-role-user-text = Verifichi se { $product } riesce a farla accedere ora, e che cosa manca.
home-role-admin = Sono un amministratore
home-role-admin-text = Conceda il consenso per { $product }, con il collegamento per il suo tenant e le impostazioni esatte.
home-role-support = Lavoro nel supporto
home-role-support-text = Crei un collegamento che apre la diagnosi giusta per un cliente.

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = Non è stato possibile caricare la descrizione di questo codice; le soluzioni qui sotto restano valide, e il collegamento dell'errore porta alla descrizione di Microsoft.
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = Errore
# Links to the "Details for support" section further down.
diagnosis-view-details-link = dettagli
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = Vedi quella diagnosi
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = Chi può risolverlo:
diagnosis-view-fixes-title = Che cosa fare, in ordine
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = Questo foglio mostra solo le prime soluzioni ({ $shown } su { $total }). Le altre sono su { $link }
diagnosis-view-notes-label = Note

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = Lei
fix-card-actor-admin = Amministratore IT
fix-card-actor-vendor = Fornitore dell'app
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = Amplia l'accesso:
fix-card-open-consent-link = Apri il collegamento per il consenso amministratore
# Followed by how to see that the fix worked.
fix-card-check = Verifica del risultato:

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = Copia
# Shown in the button for two seconds after copying.
copy-button-copied = Copiato
copy-button-failed = Selezioni e copi manualmente
copy-button-copy-link = Copia collegamento
copy-button-copy-admin-link = Copia collegamento per l'amministratore
copy-button-copy-report = Copia rapporto per il supporto
copy-button-copy-message = Copia messaggio
copy-button-copy-justification = Copia giustificazione
# A command to type into the Windows command prompt.
copy-button-copy-command = Copia comando
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Copia ID applicazione
copy-button-copy-powershell = Copia PowerShell
copy-button-copy-azure-cli = Copia Azure CLI

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = Mostra la soluzione per

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = Il suo indirizzo e-mail aziendale, perché il collegamento si apra per la sua organizzazione
ask-admin-find = Usa la mia organizzazione
ask-admin-privacy = Viene usato solo il dominio, per trovare l'ID della sua organizzazione; l'indirizzo non viene conservato né inviato.
ask-admin-no-email = Inserisca il suo indirizzo e-mail aziendale, per esempio alex@contoso.com.
ask-admin-unreachable = Impossibile leggere la risposta: il servizio di accesso non è raggiungibile.
# $domain is what the reader typed after the @.
ask-admin-not-found = { $domain } non è noto a Microsoft Entra in questo cloud. Controlli l'ortografia, oppure usi un dominio verificato della sua organizzazione (per esempio suaazienda.onmicrosoft.com).
ask-admin-other-cloud = La sua organizzazione accede a un cloud Microsoft diverso, quindi questa pagina non può trovarla.
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = Impossibile leggere la risposta: { $reason }.
# $tenant is the organization's ID.
ask-admin-message-for = Messaggio per la sua organizzazione ({ $tenant })
ask-admin-open-email = Apri nella posta

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = Dettagli per il supporto
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = Codici
support-details-oauth-error = Errore OAuth
support-details-message = Messaggio
support-details-trace-id = ID traccia
support-details-correlation-id = ID correlazione
support-details-request-id = ID richiesta
support-details-timestamp = Timestamp
support-details-tenant = Tenant
support-details-app-id = ID applicazione
support-details-app-name = Nome dell'app
# Which known wording of an error screen the pasted text matched.
support-details-recognised = Formulazione riconosciuta
# What kind of text was read, such as "pasted text".
support-details-input = Input
support-details-microsoft-page = Pagina di Microsoft
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (non è un indirizzo Microsoft, quindi non è un collegamento)
support-details-full-description = Descrizione completa dell'errore
support-details-truncated = (troncato: il testo era più lungo di quanto mostra questa pagina)
support-details-report-title = Rapporto per una richiesta di supporto
support-details-report-privacy = Nessun token, nessun codice di accesso e nessun indirizzo e-mail, a meno che non sia lei a includerli.
# A checkbox, when the reader has signed in.
support-details-include-name = Includi il mio nome di accesso e gli indirizzi e-mail
# A checkbox.
support-details-include-email = Includi gli indirizzi e-mail (per impostazione predefinita vengono rimossi)
support-details-download = Scarica come .txt
support-details-share-title = Condividi questa diagnosi
support-details-share-note = Il collegamento apre questa stessa diagnosi su un altro dispositivo. Contiene i codici e gli ID qui sopra, mai un token o il suo indirizzo e-mail.
support-details-share-link = Collegamento a questa diagnosi
support-details-admin-link = Collegamento per il suo amministratore IT
# After the link above.
support-details-admin-link-note = (apre i passaggi per l'amministratore)

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
callback-working-text = Scambio del codice monouso con { $authority } per ottenere i token. Restano nella memoria di questa scheda.
callback-failed-title = Non è stato possibile completare l'accesso
callback-timeout = Il servizio di accesso non ha risposto entro 12 secondi.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = Il browser non è riuscito a leggere la risposta dell'endpoint dei token. Di solito l'URI di reindirizzamento dell'app è registrato come "Web" invece che come "Applicazione a pagina singola" (Single-page application), quindi la risposta non ha le intestazioni CORS; oppure un filtro di rete ha bloccato la richiesta.
callback-retry = Riprova
callback-start-over = Ricomincia

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

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Questa pagina non esiste
not-found-text = L'indirizzo potrebbe contenere un errore di battitura o provenire da una versione precedente di questo sito.
not-found-home = Vai alla pagina iniziale

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Questa pagina fa parte del sito di assistenza completo.
other-build-open = Aprila
