## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = Lukt het niet om { $product } te verbinden?
home-lead = Vertel wat u ziet, en wij vertellen wat er is gebeurd, wie het kan oplossen en hoe dat precies moet.
home-paste-label = Plak de foutmelding, het adres van de foutpagina of een regel uit een logboek
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = Bijvoorbeeld: AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = Dat is meer dan 2 MB tekst. Plak alleen de foutmelding en de details ervan.
home-privacy = Wat u plakt, blijft in deze browser; het wordt nooit geüpload.
# The button that reads what was pasted.
home-diagnose = Diagnose stellen
home-screens-title = Of kies het scherm dat u zag
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = 'Goedkeuring van beheerder vereist'
home-screen-approval-required = 'Goedkeuring vereist'
home-screen-app-risky = 'Deze app kan riskant zijn'
home-screen-cant-get-there = 'You can't get there from here' (U kunt er vanaf hier niet bij)
home-screen-conditional-access = Geblokkeerd door voorwaardelijke toegang
home-screen-app-disabled = 'Application is disabled' (Toepassing is uitgeschakeld)
home-roles-title = Of begin bij wie u bent
home-role-user = Ik gebruik de app
# $product is the app's name.
home-role-user-text = Controleer of { $product } u nu kan aanmelden, en wat er nog ontbreekt.
home-role-admin = Ik ben beheerder
home-role-admin-text = Verleen toestemming voor { $product }, met de koppeling voor uw tenant en de precieze instellingen.
home-role-support = Ik ben supportmedewerker
home-role-support-text = Maak een koppeling die voor een klant de juiste diagnose opent.

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = De beschrijving van deze code kon niet worden geladen; de oplossingen hieronder gelden nog steeds, en de koppeling bij de fout leidt naar de beschrijving van Microsoft.
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = Fout
# Links to the "Details for support" section further down.
diagnosis-view-details-link = details
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = Die diagnose bekijken
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = Wie dit kan oplossen:
diagnosis-view-fixes-title = Wat u moet doen, in volgorde
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = Dit blad toont alleen de eerste oplossingen ({ $shown } van { $total }). De rest staat op { $link }
diagnosis-view-notes-label = Opmerkingen

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = U
fix-card-actor-admin = IT-beheerder
fix-card-actor-vendor = Leverancier van de app
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = Verruimt de toegang:
fix-card-open-consent-link = Koppeling voor beheerderstoestemming openen
# Followed by how to see that the fix worked.
fix-card-check = Controleren of het werkt:

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = Kopiëren
# Shown in the button for two seconds after copying.
copy-button-copied = Gekopieerd
copy-button-failed = Selecteer en kopieer het zelf
copy-button-copy-link = Koppeling kopiëren
copy-button-copy-admin-link = Beheerderskoppeling kopiëren
copy-button-copy-report = Rapport voor ondersteuning kopiëren
copy-button-copy-message = Bericht kopiëren
copy-button-copy-justification = Motivering kopiëren
# A command to type into the Windows command prompt.
copy-button-copy-command = Opdracht kopiëren
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Toepassings-id kopiëren
copy-button-copy-powershell = PowerShell kopiëren
copy-button-copy-azure-cli = Azure CLI kopiëren

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = Toon de oplossing voor

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = Uw zakelijke e-mailadres, zodat de koppeling voor uw organisatie werkt
ask-admin-find = Mijn organisatie gebruiken
ask-admin-privacy = Alleen het domein wordt gebruikt, om de id van uw organisatie op te zoeken; het adres zelf wordt niet bewaard of verzonden.
ask-admin-no-email = Voer uw zakelijke e-mailadres in, bijvoorbeeld alex@contoso.com.
ask-admin-unreachable = Het antwoord kon niet worden gelezen: de aanmeldingsservice was niet bereikbaar.
# $domain is what the reader typed after the @.
ask-admin-not-found = { $domain } is niet bekend bij Microsoft Entra in deze cloud. Controleer de spelling, of gebruik een geverifieerd domein van uw organisatie (bijvoorbeeld uwbedrijf.onmicrosoft.com).
ask-admin-other-cloud = Uw organisatie meldt zich aan bij een andere Microsoft-cloud, dus deze pagina kan haar niet opzoeken.
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = Het antwoord kon niet worden gelezen: { $reason }.
# $tenant is the organization's ID.
ask-admin-message-for = Bericht voor uw organisatie ({ $tenant })
ask-admin-open-email = Openen in e-mail

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = Details voor ondersteuning
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = Codes
support-details-oauth-error = OAuth-fout
support-details-message = Bericht
support-details-trace-id = Tracerings-id
support-details-correlation-id = Correlatie-id
support-details-request-id = Aanvraag-id
support-details-timestamp = Tijdstempel
support-details-tenant = Tenant
support-details-app-id = App-id
support-details-app-name = App-naam
# Which known wording of an error screen the pasted text matched.
support-details-recognised = Herkende formulering
# What kind of text was read, such as "pasted text".
support-details-input = Invoer
support-details-microsoft-page = Pagina van Microsoft
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (geen adres van Microsoft, dus geen koppeling)
support-details-full-description = Volledige foutbeschrijving
support-details-truncated = (ingekort: de tekst was langer dan deze pagina toont)
support-details-report-title = Rapport voor een supportticket
support-details-report-privacy = Geen tokens, geen aanmeldingscodes en geen e-mailadressen, tenzij u ze toevoegt.
# A checkbox, when the reader has signed in.
support-details-include-name = Mijn aanmeldingsnaam en e-mailadressen toevoegen
# A checkbox.
support-details-include-email = E-mailadressen toevoegen (standaard worden ze verwijderd)
support-details-download = Downloaden als .txt
support-details-share-title = Deze diagnose delen
support-details-share-note = De koppeling opent dezelfde diagnose op een ander apparaat. Ze bevat de codes en id's hierboven, nooit een token of uw e-mailadres.
support-details-share-link = Koppeling naar deze diagnose
support-details-admin-link = Koppeling voor uw IT-beheerder
# After the link above.
support-details-admin-link-note = (opent de stappen voor de beheerder)

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Deze pagina bestaat niet
not-found-text = Het adres is misschien verkeerd getypt of komt uit een oudere versie van deze site.
not-found-home = Naar de startpagina

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Deze pagina hoort bij de volledige helpsite.
other-build-open = Openen
