# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 minuto
duration-two-minutes = 2 minuti
duration-three-minutes = 3 minuti
duration-five-minutes = 5 minuti
duration-ten-minutes = 10 minuti
duration-fifteen-minutes = 15 minuti
duration-thirty-minutes = 30 minuti
duration-one-hour = 1 ora

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = Questo collegamento deve aprirlo il suo amministratore IT: funziona solo per un amministratore, quindi glielo invii.
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = Questo passaggio spetta al suo amministratore IT. Gli invii il "collegamento per il suo amministratore IT" in fondo a questa pagina: apre questi passaggi per intero.

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = Inviare la richiesta di approvazione dalla schermata di Microsoft
fix-request-approval-duration = 1 minuto, poi l'attesa dell'approvazione
fix-request-approval-intro = La sua organizzazione le consente di chiedere a un amministratore di approvare l'app. La richiesta va ai revisori scelti dal suo amministratore.
fix-request-approval-step-connect = Avvii di nuovo la connessione di { $product } finché non compare "Approvazione richiesta".
fix-request-approval-step-reason = Scriva un breve motivo nella casella della giustificazione, per esempio:
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = Giustificazione
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = Ho bisogno di { $product } per { $purpose }.
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = Ho bisogno di { $product } per il mio lavoro.
fix-request-approval-step-send = Selezioni "Richiedi approvazione", poi "Back to app" (Torna all'app).
fix-request-approval-step-wait = Attenda l'e-mail di Microsoft che comunica che la richiesta è stata approvata (o rifiutata). Di solito l'approvazione richiede da pochi minuti a qualche giorno; lo stato non è visibile da nessun'altra parte.
fix-request-approval-step-reconnect = Quando la richiesta è approvata, connetta di nuovo { $product }.
fix-request-approval-check = Dopo l'approvazione, la connessione funziona senza schermata di approvazione.

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = Chiedere al suo amministratore IT di approvare l'app
fix-ask-admin-duration = 1 minuto, poi l'attesa del suo amministratore
fix-ask-admin-intro = Invii al suo amministratore un messaggio con tutto ciò che gli serve per risolvere il problema in una volta sola.
fix-ask-admin-step-copy = Copi questo messaggio (o lo apra nel suo programma di posta) e lo invii al suo amministratore IT o all'help desk.
# The label above the message the user copies.
fix-ask-admin-snippet-message = Messaggio
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = Apri nella posta
fix-ask-admin-step-reconnect = Quando il suo amministratore lo conferma, connetta di nuovo { $product }.
fix-ask-admin-check = La connessione funziona senza schermata di approvazione.

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = Richiesta di approvazione di { $product } per la nostra organizzazione
fix-ask-admin-message-greeting = Buongiorno,
fix-ask-admin-message-problem = Ho provato a connettere { $product } (di { $company }) al mio account Microsoft 365, ma Microsoft mi ha segnalato che l'app deve essere approvata da un amministratore.
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    Che cosa chiede l'app, e perché:
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    Può esaminare e concedere il consenso per la nostra organizzazione con questo collegamento (funziona solo per un amministratore):
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    Istruzioni dettagliate per gli amministratori:
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    Altri modi per concederlo (interfaccia di amministrazione, PowerShell, Azure CLI):
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    Se l'app è ancora bloccata, questa verifica in sola lettura permette di individuare l'impostazione del nostro tenant che causa il blocco:
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = ID applicazione: { $app_id }
fix-ask-admin-message-publisher = Editore: { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = Editore: { $publisher } (verificato)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = Dettagli dell'errore: { $details }
fix-ask-admin-message-thanks = Grazie in anticipo.

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = Connettere di nuovo { $product } e accettare
fix-try-again-intro = La schermata delle autorizzazioni è stata chiusa, oppure le autorizzazioni sono state rifiutate. Non c'è nulla di guasto; basta ricominciare.
fix-try-again-step-start = Avvii di nuovo la connessione di { $product }.
fix-try-again-step-accept = Quando Microsoft elenca le autorizzazioni, le legga e selezioni "Accetto".
fix-try-again-step-admin = Se invece vede "Approvazione dell'amministratore necessaria" o "Approvazione richiesta", la sua organizzazione ha bisogno che un amministratore approvi l'app: segua la soluzione successiva.
fix-try-again-check = Torna nell'app, con la connessione attiva.

## sign-in-again

fix-sign-in-again-title = Accedere di nuovo e completare ogni richiesta
fix-sign-in-again-intro = Microsoft ha bisogno di un nuovo accesso interattivo: la sua sessione è terminata, oppure la sua organizzazione richiede una verifica aggiuntiva come l'autenticazione a più fattori.
fix-sign-in-again-step-start = Avvii di nuovo la connessione di { $product } in una normale finestra del browser (non incorporata in un'altra app).
fix-sign-in-again-step-prompts = Completi ogni richiesta: password, app di autenticazione o codice, e qualsiasi registrazione chiesta dalla sua organizzazione.
fix-sign-in-again-step-register = Se l'app di autenticazione non è ancora configurata, registri prima un metodo nella pagina Informazioni di sicurezza di Microsoft.
fix-sign-in-again-link-security-info = Apri Informazioni di sicurezza
fix-sign-in-again-check = L'accesso si completa e lei torna nell'app.

## use-other-account

fix-use-other-account-title = Accedere con l'account aziendale dell'organizzazione giusta
fix-use-other-account-intro = L'accesso ha usato un account o un'organizzazione che non corrisponde a quello che l'app si aspetta.
fix-use-other-account-step-start = Avvii di nuovo la connessione di { $product }.
fix-use-other-account-step-picker = Nella selezione dell'account di Microsoft, scelga "Usa un altro account" e digiti il suo indirizzo aziendale o dell'istituto di istruzione (non un account personale Outlook.com o Hotmail).
fix-use-other-account-step-private = Se viene scelto automaticamente l'account sbagliato, riprovi in una finestra di navigazione privata (in incognito).
fix-use-other-account-check = Arriva alla schermata delle autorizzazioni o torna nell'app.

## reset-password

fix-reset-password-title = Cambiare o reimpostare la password
fix-reset-password-intro = La password era errata o è scaduta.
fix-reset-password-step-reset = Reimposti la password con la pagina self-service di Microsoft (se la sua organizzazione lo consente) oppure si rivolga all'help desk.
fix-reset-password-link-reset = Apri la reimpostazione della password
fix-reset-password-step-sign-in = Acceda di nuovo con la nuova password.
fix-reset-password-check = L'accesso si completa.

## device-compliance

fix-device-compliance-title = Usare un dispositivo gestito dalla sua organizzazione
fix-device-compliance-duration = Da 10 minuti a un giorno
fix-device-compliance-intro = La sua organizzazione consente l'uso di quest'app solo da dispositivi registrati e conformi (o da app approvate).
fix-device-compliance-step-managed = Riprovi da un computer o da un telefono gestito dall'azienda.
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = Oppure registri questo dispositivo: installi l'app Portale aziendale della sua organizzazione, acceda e segua i passaggi finché il dispositivo non risulta conforme.
fix-device-compliance-step-help-desk = Se la registrazione non è possibile, chieda all'help desk quali dispositivi o app sono consentiti.
fix-device-compliance-check = L'accesso si completa dal dispositivo gestito.

## run-check: this site's own sign-in check.

fix-run-check-title = Confermare la soluzione con una verifica dell'accesso
fix-run-check-intro = Dopo una modifica, questo sito può farla accedere per verificare quali autorizzazioni di { $product } sono ora concesse.
fix-run-check-step-open = Apra la verifica dell'accesso e acceda con l'account con cui l'accesso non è riuscito.
fix-run-check-link-open = Apri la verifica dell'accesso

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = Incollare l'intero errore
fix-paste-more-intro = Non è stato trovato nulla di riconoscibile. Più testo dell'errore incolla, più precisa è la diagnosi.
fix-paste-more-step-details = Nella schermata di errore di Microsoft, selezioni "More details" (Altri dettagli) o "Troubleshooting details" (Dettagli per la risoluzione dei problemi) e copi tutto ciò che viene mostrato (include il codice di errore e gli ID).
fix-paste-more-step-address = Oppure, dopo l'errore, copi l'intero indirizzo dalla barra degli indirizzi del browser.
fix-paste-more-step-lookup = Se la schermata mostra un numero come 90094, la pagina degli errori di Microsoft lo descrive.
fix-paste-more-link-lookup = Apri la ricerca degli errori di Microsoft
fix-paste-more-step-paste = Incolli il tutto nella pagina iniziale di questo sito.
fix-paste-more-link-start = Vai alla pagina iniziale

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = Cercare { $code } nella pagina degli errori di Microsoft
fix-lookup-code-intro = La pagina di ricerca di Microsoft ha la descrizione più aggiornata di ogni codice.
fix-lookup-code-step-open = Apra la descrizione di questo codice sul sito di Microsoft.
fix-lookup-code-link-open = Apri { $code } sul sito di Microsoft

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = Segnalare il problema a { $company }
fix-contact-vendor-duration = 1 giorno lavorativo (fornitore)
fix-contact-vendor-intro = La causa sta nella registrazione di { $product } o nel modo in cui esegue l'accesso; può modificarla solo il fornitore, { $company }.
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = Contatti il supporto di { $company }: { $email } oppure { $url }.
fix-contact-vendor-step-contact-email = Contatti il supporto di { $company }: { $email }.
fix-contact-vendor-step-contact-url = Contatti il supporto di { $company }: { $url }.
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = Contatti il supporto di { $company } attraverso i suoi canali abituali.
fix-contact-vendor-link-email = Scrivi al supporto
fix-contact-vendor-link-website = Apri il sito del supporto
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = { $product }: errore di accesso
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = Alleghi il rapporto della sezione "Dettagli per il supporto" di questa pagina: contiene il codice, gli ID di traccia e di correlazione e l'orario, che servono ai loro tecnici.

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = Attendere qualche minuto e riprovare
fix-wait-and-retry-duration = 5–15 minuti
fix-wait-and-retry-intro = Si tratta di un problema temporaneo del servizio di Microsoft.
fix-wait-and-retry-step-wait = Attenda qualche minuto, poi riprovi.
fix-wait-and-retry-step-status = Se il problema persiste per più di un'ora, controlli lo stato di integrità dei servizi Microsoft 365 o contatti il supporto con i dettagli riportati sotto.
fix-wait-and-retry-link-status = Apri lo stato dei servizi Microsoft 365

## register-device: the device's registration with the organization.

fix-register-device-title = Riconnettere questo dispositivo alla sua organizzazione
fix-register-device-intro = Microsoft non è riuscita a confermare l'identità di questo dispositivo: non è registrato né aggiunto, la sua registrazione è stata rimossa o disabilitata, oppure il token di accesso del dispositivo non è aggiornato.
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = In Windows, apra Impostazioni › Account › Accedi all'azienda o all'istituto di istruzione. Se l'account aziendale manca o mostra un errore, lo disconnetta e lo connetta di nuovo, poi riavvii.
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = Per vedere lo stato del dispositivo, esegua questo comando in un prompt dei comandi; AzureAdJoined o WorkplaceJoined, e AzureAdPrt, dovrebbero indicare YES. Se non è così, invii l'output al suo amministratore IT:
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = Prompt dei comandi
fix-register-device-step-phone = Su un telefono o un Mac, apra Portale aziendale (o Microsoft Authenticator) e acceda con il suo account aziendale, così il dispositivo viene registrato.
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = Amministratori IT: cercare il dispositivo in { $devices_path } e verificare che sia abilitato e non sia un duplicato obsoleto; { $sign_in_logs_path } mostra l'ID dispositivo usato dall'accesso.
fix-register-device-link-sign-in-logs = Apri i log di accesso
# $command is a command (dsregcmd /status).
fix-register-device-check = L'accesso funziona da questo dispositivo e { $command } mostra il dispositivo come aggiunto o registrato.

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = Usare un'app protetta dalla sua organizzazione
fix-app-protection-intro = Un criterio di accesso condizionale consente di raggiungere questa risorsa solo da un'app che applica i criteri di protezione delle app della sua organizzazione (Microsoft Intune), e l'accesso è arrivato da un'app o da un browser che non li applica.
fix-app-protection-step-broker = Installi l'app broker e vi acceda con il suo account aziendale: Microsoft Authenticator su iPhone e iPad, Portale aziendale su Android.
fix-app-protection-step-approved-app = Apra i dati in un'app approvata dalla sua organizzazione (per esempio Outlook o Teams sul telefono) invece che in quest'app o nel browser.
fix-app-protection-step-ask-admin = Se le serve quest'app sul telefono, si rivolga al suo amministratore IT: solo lui può aggiungerla ai criteri di protezione delle app o modificare il criterio di accesso condizionale.
fix-app-protection-check = L'accesso funziona dall'app protetta.

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = Concedere il consenso per tutti con un solo collegamento
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = Un solo collegamento chiede a Microsoft di concedere le autorizzazioni di { $product } per la sua organizzazione ({ $tenant }) — solo per quest'app, non cambia nient'altro.
fix-admin-consent-url-intro = Un solo collegamento chiede a Microsoft di concedere le autorizzazioni di { $product } per l'organizzazione dell'account amministratore con cui si accede — solo per quest'app, non cambia nient'altro.
fix-admin-consent-url-check = Chieda a un utente di connettersi di nuovo, oppure esegua la verifica dell'accesso su questo sito: ogni autorizzazione dovrebbe risultare concessa.

fix-method-1-title = Concedere a { $product } il consenso amministratore per l'intera organizzazione nell'interfaccia di amministrazione
fix-method-1-intro = Un amministratore approva una sola volta, per l'intera organizzazione, le autorizzazioni di { $product } dalla sua applicazione aziendale; poi agli utenti non viene più chiesto nulla. La fiducia è concessa solo a quest'app.
fix-method-1-check = Aggiorni la pagina "Autorizzazioni": ogni autorizzazione dovrebbe comparire in "Consenso amministratore", concessa da un amministratore. Poi chieda a un utente di connettersi di nuovo.

fix-method-2-title = Accedere all'app come amministratore e dare il consenso per conto dell'organizzazione
fix-method-2-intro = Un amministratore connette { $product } come farebbe un utente e, nella schermata delle autorizzazioni di Microsoft, dà il consenso per tutti. Così l'app viene anche aggiunta alla directory, se non c'è ancora.
fix-method-2-check = Un altro utente si connette senza vedere una schermata di approvazione.

fix-admin-browser-title = Connettersi da un browser in cui è già stato eseguito l'accesso come amministratore
fix-admin-browser-intro = Una soluzione alternativa quando il consenso è stato concesso ma gli utenti continuano a non riuscire (per esempio mentre le modifiche si propagano): l'amministratore connette { $product } da un browser in cui ha già eseguito l'accesso a Microsoft 365 come amministratore.
fix-admin-browser-check = La connessione riesce e gli utenti possono connettere i propri account.

fix-review-request-title = Esaminare la richiesta di approvazione per { $product }
fix-review-request-intro = Un revisore apre la richiesta in sospeso per { $product } e la approva, concedendo così il consenso per tutti nell'organizzazione.
fix-review-request-check = Chi ha fatto la richiesta riceve un'e-mail e può connettersi di nuovo.

fix-enable-workflow-title = Consentire agli utenti di richiedere l'approvazione invece di restare bloccati
fix-enable-workflow-intro = Attivando il flusso di lavoro del consenso amministratore, "Approvazione dell'amministratore necessaria" viene sostituito da "Approvazione richiesta", dove gli utenti inviano una richiesta con una giustificazione ai revisori scelti. Di per sé non approva nulla.
fix-enable-workflow-check = Entro un'ora (di solito pochi minuti), un utente che prova a connettersi vede "Approvazione richiesta" con il pulsante "Richiedi approvazione".

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = Consentire agli utenti di dare il consenso alle app di editori verificati
fix-solution-b-intro = Gli utenti potranno così dare il consenso in autonomia alle app di editori verificati, come { $product } ({ $publisher }), per le autorizzazioni che un amministratore classifica a basso impatto.
fix-solution-b-widens = Questo cambia ciò a cui gli utenti possono dare il consenso per tutte le app di editori verificati, non solo per questa. È preferibile concedere il consenso solo a quest'app.
fix-solution-b-check = Un utente che non è amministratore connette l'app senza schermata di approvazione.

fix-method-3-title = Consentire agli utenti di dare il consenso alle app in autonomia (opzione più ampia)
fix-method-3-intro = Gli utenti potranno così dare il consenso a qualsiasi app, di qualsiasi editore, per le autorizzazioni che non richiedono un amministratore.
fix-method-3-widens = Così ogni utente può concedere a qualsiasi app l'accesso ai propri dati: è l'impostazione su cui si basano gli attacchi di phishing del consenso. Microsoft la indica come opzione legacy; la usi solo se i criteri di sicurezza della sua organizzazione lo consentono.
fix-method-3-check = Un utente connette l'app e accetta personalmente le autorizzazioni.

fix-conditional-access-title = Trovare il criterio di accesso condizionale che ha bloccato l'accesso
fix-conditional-access-intro = Un criterio di accesso condizionale ha rifiutato l'accesso a { $product }. Non è un problema di consenso: concedere il consenso non servirà. È l'amministratore che gestisce l'accesso condizionale a decidere se l'app ottiene un'eccezione.
fix-conditional-access-check = L'utente accede di nuovo; la nuova voce del log di accesso mostra per l'accesso condizionale "Success" (Operazione riuscita) o "Not applied" (Non applicato).

fix-enable-sign-in-title = Abilitare { $product } per l'accesso degli utenti
fix-enable-sign-in-intro = L'applicazione aziendale di { $product } è disabilitata, quindi Microsoft non rilascia a nessuno token per quest'app. Un amministratore reimposta "Abilitata per l'accesso degli utenti?" su Sì.
fix-enable-sign-in-check = Gli utenti possono accedere di nuovo; i nuovi accessi non falliscono più con AADSTS7000112.

fix-assign-users-title = Assegnare l'utente a { $product }, oppure non richiedere più l'assegnazione
fix-assign-users-intro = Per { $product } è attivo "Assegnazione obbligatoria?", e possono accedere solo gli utenti e i gruppi assegnati. Un amministratore assegna l'utente (o il suo gruppo), oppure disattiva il requisito.
fix-assign-users-check = L'utente accede di nuovo senza l'errore AADSTS50105.

fix-create-service-principal-title = Aggiungere { $product } alla sua directory
fix-create-service-principal-intro = L'app (o un servizio Microsoft che chiama) non ha ancora un'applicazione aziendale nella sua directory. Di solito la crea la concessione del consenso; un amministratore può anche crearla direttamente e poi concedere il consenso.
fix-create-service-principal-check = { $product } compare in "Applicazioni aziendali" e l'accesso supera questo errore.

fix-app-only-access-title = Concedere l'accesso solo app e limitarlo alle cassette postali scelte
fix-app-only-access-duration = 20 minuti, e fino a un'ora perché diventi effettivo
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = Per la sincronizzazione lato server senza un utente connesso, { $product } usa autorizzazioni applicazione ({ $permissions }). Richiedono sempre il consenso amministratore e coprono tutte le cassette postali, a meno che Exchange Online non le limiti.
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = Per la sincronizzazione lato server senza un utente connesso, { $product } usa autorizzazioni applicazione. Richiedono sempre il consenso amministratore e coprono tutte le cassette postali, a meno che Exchange Online non le limiti.
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } restituisce Granted per i membri e Denied per gli altri; le chiamate negate restituiscono "Access to OData is disabled".

fix-fix-account-title = Controllare l'account dell'utente
fix-fix-account-intro = Il problema è l'account stesso: disabilitato, bloccato, con password scaduta o non membro dell'organizzazione.
fix-fix-account-check = L'utente accede di nuovo.

fix-check-firewall-title = Verificare che la rete lasci passare l'accesso
fix-check-firewall-intro = Proxy, firewall e restrizioni del tenant possono impedire a { $product } di raggiungere gli endpoint di accesso e di Graph di Microsoft.
fix-check-firewall-check = Accesso e sincronizzazione funzionano dall'interno della rete.

fix-federation-title = Controllare il provider di identità tramite cui accede la sua organizzazione
fix-federation-intro = L'accesso di questo account è affidato a un altro provider di identità (AD FS, Okta, Ping e simili) o a un agente locale (autenticazione pass-through, Single Sign-On facile), e quel passaggio non è riuscito. Né il consenso né il fornitore dell'app possono cambiarlo; può farlo chi gestisce quel provider di identità.
fix-federation-check = L'utente accede di nuovo e il log di accesso mostra un esito positivo.

fix-guest-access-title = Controllare l'account guest nell'altra organizzazione
fix-guest-access-intro = L'account accede come utente guest di un'altra organizzazione, e lo stato dell'utente guest lo impedisce: l'invito non è stato accettato, l'utente guest è stato rimosso o bloccato, oppure le impostazioni di accesso tra tenant delle due organizzazioni non lo consentono.
fix-guest-access-check = L'utente guest accede all'app nell'organizzazione che lo ha invitato.

fix-claim-tenant-title = Assumere il controllo della directory non gestita
fix-claim-tenant-intro = La directory della sua organizzazione è stata creata automaticamente quando qualcuno si è iscritto a un servizio Microsoft con un indirizzo e-mail aziendale. Nessuno la amministra, quindi nessuno può approvarvi app finché qualcuno che possiede il dominio e-mail non ne assume il controllo.
fix-claim-tenant-check = Entra ID mostra il dominio come verificato nella sua organizzazione gestita.
