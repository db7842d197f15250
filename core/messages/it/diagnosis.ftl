## What the verdict card says under the headline.

summary-not-catalogued = { $code } non è ancora nel catalogo di questo sito. La pagina di ricerca degli errori di Microsoft lo descrive, e i dettagli qui sotto sono ciò che serve al supporto.
summary-admin-consent-granted = Microsoft segnala che un amministratore ha accettato le autorizzazioni per l'organizzazione. Ora gli utenti possono connettere l'app; perché la modifica valga ovunque possono servire alcuni minuti.
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = Riconosciuta la formulazione di Microsoft "{ $wording }".
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Riconosciuta la schermata di Microsoft in { $language } "{ $wording }" ("{ $label }" in inglese).
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } ha segnalato "{ $token }": { $meaning }
summary-unknown-looked = Abbiamo cercato un codice AADSTS, un errore OAuth, la formulazione delle schermate di accesso di Microsoft (in inglese e in altre nove lingue) e il nome di errore di una libreria client, senza trovare nulla di tutto ciò.
summary-unknown-nothing = Mancano anche ID richiesta, ID correlazione e orario: incolli l'intera schermata di errore ("More details" [Altri dettagli] li mostra), l'indirizzo della pagina di errore o l'errore tratto da un log.
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = Il testo contiene però { $found }: con questi dati il supporto può ritrovare l'accesso. Incolli il resto dell'errore (la riga con il codice) per ottenere una diagnosi.
found-request-id = l'ID richiesta { $value }
found-correlation-id = l'ID correlazione { $value }
found-trace-id = l'ID traccia { $value }
found-time = l'orario { $value }
found-app-id = l'ID applicazione { $value }
found-organization = l'organizzazione { $value }

language-japanese = giapponese
language-german = tedesco
language-french = francese
language-spanish = spagnolo
language-portuguese = portoghese
language-italian = italiano
language-dutch = olandese
language-chinese = cinese
language-korean = coreano

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = la finestra di accesso è stata chiusa o annullata prima di terminare.
library-consent-required = l'app non ha ancora il consenso per le autorizzazioni che ha richiesto.
library-interaction-required = l'app non è riuscita ad accedere in modo automatico ed è necessario accedere di nuovo (per una verifica aggiuntiva, una sessione scaduta o un criterio).
library-claims-challenge = il servizio ha chiesto un nuovo accesso che soddisfi un requisito aggiuntivo (un criterio di accesso condizionale o una sessione revocata), e deve richiederlo l'app.

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = La richiesta di accesso era malformata o incompleta; l'app l'ha costruita in modo errato.
oauth-unauthorized-client = L'app non è autorizzata a usare questo tipo di accesso, oppure non è disponibile in questa organizzazione.
oauth-access-denied = Accesso negato: la richiesta di consenso è stata rifiutata o annullata, oppure un criterio ha rifiutato l'accesso.
oauth-unsupported-response-type = L'app ha chiesto un tipo di risposta che la sua registrazione non consente.
oauth-invalid-scope = L'app ha chiesto autorizzazioni in una forma non valida.
oauth-server-error = Il servizio di accesso di Microsoft ha riscontrato un errore imprevisto. Riprovi tra qualche minuto.
oauth-temporarily-unavailable = Il servizio di accesso di Microsoft è temporaneamente sovraccarico o non disponibile. Riprovi tra poco.
oauth-invalid-resource = Il servizio che l'app vuole chiamare non esiste o non è configurato in questa organizzazione.
oauth-login-required = Non c'è una sessione di accesso attiva; è necessario accedere in modo interattivo.
oauth-interaction-required = Microsoft le chiede di fare qualcosa nella schermata di accesso (accedere, completare l'autenticazione a più fattori o dare il consenso).
oauth-consent-required = Manca il consenso alle autorizzazioni dell'app; qualcuno deve concederlo in modo interattivo.
oauth-invalid-grant = Il codice di accesso o l'accesso salvato non è più valido; acceda di nuovo.
oauth-invalid-client = L'app non è riuscita a dimostrare la propria identità a Microsoft; la registrazione o le credenziali dell'app sono errate.
oauth-unsupported-grant-type = L'app ha usato un tipo di richiesta di token che questa registrazione non supporta.
oauth-permission-denied = L'amministratore ha annullato la richiesta di consenso.
oauth-other = Questo valore di errore non è documentato né dallo standard OAuth né da Microsoft.

## The second reading of a cancel without a code.

alternative-admin-approval = Oppure: se prima della chiusura della finestra Microsoft ha mostrato "Approvazione dell'amministratore necessaria" o "Approvazione richiesta", per { $product } serve prima l'approvazione di un amministratore, e riprovare non servirà.

## Notes under the fixes.

note-dropped-code = Con questa pagina è arrivato un codice di autorizzazione. È stato ignorato e non viene mostrato, salvato né condiviso: è una credenziale monouso, e nessuno dovrebbe chiederglielo.
note-dropped-token = Con questa pagina è arrivato un token. È stato ignorato e non viene mostrato, salvato né condiviso.
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = Il collegamento conteneva un indirizzo "{ $key }". Questa pagina non la manda mai a un indirizzo preso da un collegamento, quindi è stato ignorato.
note-dropped-authority = Il collegamento cercava di scegliere il server di accesso. Può farlo solo la configurazione di questa installazione, quindi la scelta è stata ignorata.
# $others lists codes, $primary is one code.
note-other-codes = Il testo menziona anche { $others }; la causa specifica è { $primary }.
# $permissions lists permission names such as Mail.Read.
note-managed-consent = Se prima i suoi colleghi riuscivano a connettere l'app: dal 2025, nelle organizzazioni impostate su "Let Microsoft manage your consent settings" (Consenti a Microsoft di gestire le impostazioni di consenso) gli utenti non possono più dare il consenso a { $permissions } per le app di terze parti. I consensi già dati continuano a funzionare; i nuovi utenti hanno bisogno del consenso di un amministratore.
note-ignored-parameters = Parametri ignorati: { $names }.
note-duplicate-parameters = Questi parametri comparivano più di una volta; è stato usato solo il primo valore: { $names }.
note-truncated = Parte del testo era troppo lunga ed è stata tagliata prima della lettura.

## Warnings a person must not miss.

warning-unknown-client-title = Si tratta di un'app diversa da { $product }
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = Il testo indica l'ID applicazione { $app }, che non è { $product } e non è nel suo elenco di app. Questo sito non offre alcun collegamento di consenso per quell'app: concedere il consenso a un'app che non si riesce a identificare è proprio il meccanismo del phishing del consenso. Verifichi prima l'app con il suo fornitore.
warning-unsolicited-title = Questo accesso non è stato avviato da questa pagina
warning-unsolicited = L'errore è arrivato tramite un collegamento, non da un accesso avviato da questo browser, quindi non si può confermare che il testo provenga da Microsoft. Viene mostrato solo a titolo informativo; non è stata eseguita alcuna azione.
warning-unverified-publisher-title = L'editore di { $product } non è verificato
warning-unverified-publisher = Microsoft non ha verificato l'editore "{ $publisher }" (la verifica richiede un ID Microsoft Cloud Partner Program, in precedenza ID MPN, collegato all'app). Per questo gli utenti non possono dare il consenso con l'impostazione "editori verificati"; e poiché le app multi-tenant non verificate registrate dopo novembre 2020 sono considerate rischiose, gli utenti potrebbero non riuscire affatto a dare il consenso: deve concederlo un amministratore. Prima di farlo, controlli l'ID applicazione ({ $app_id }).
warning-broad-scope-title = Esamini le autorizzazioni prima di concederle
# $permissions lists permission names.
warning-broad-delegated = Queste autorizzazioni danno un accesso ampio ai dati di tutte le cassette postali o della directory: { $permissions }.
warning-broad-application = Le autorizzazioni applicazione ({ $permissions }) consentono all'app di agire senza un utente connesso, su tutte le cassette postali o gli account che coprono, finché un amministratore non le limita.
warning-broad-default = Il collegamento di consenso chiede .default, cioè tutte le autorizzazioni configurate nella registrazione dell'app, non solo quelle elencate qui. Legga l'elenco nella schermata di consenso di Microsoft prima di accettare.

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = Lei
fixer-admin = Il suo amministratore IT
fixer-vendor = Il fornitore dell'app
fixer-microsoft = Microsoft (temporaneo)
audience-user = Uso l'app
audience-admin = Sono un amministratore
audience-support = Lavoro nel supporto
