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

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Questa pagina non esiste
not-found-text = L'indirizzo potrebbe contenere un errore di battitura o provenire da una versione precedente di questo sito.
not-found-home = Vai alla pagina iniziale

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Questa pagina fa parte del sito di assistenza completo.
other-build-open = Aprila
