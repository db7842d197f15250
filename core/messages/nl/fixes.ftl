# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 minuut
duration-two-minutes = 2 minuten
duration-three-minutes = 3 minuten
duration-five-minutes = 5 minuten
duration-ten-minutes = 10 minuten
duration-fifteen-minutes = 15 minuten
duration-thirty-minutes = 30 minuten
duration-one-hour = 1 uur

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = Uw IT-beheerder opent deze koppeling. Die werkt alleen met een beheerdersaccount, dus stuur de koppeling naar uw IT-beheerder.
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = Dit doet uw IT-beheerder. Stuur de 'Koppeling voor uw IT-beheerder' onderaan deze pagina naar uw IT-beheerder: die opent deze stappen volledig.

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = De goedkeuringsaanvraag versturen vanuit het scherm van Microsoft
fix-request-approval-duration = 1 minuut, daarna wachten op goedkeuring
fix-request-approval-intro = Uw organisatie laat u een beheerder vragen om de app goed te keuren. De aanvraag gaat naar de revisoren die uw beheerder heeft gekozen.
fix-request-approval-step-connect = Verbind { $product } opnieuw tot u 'Goedkeuring vereist' ziet.
fix-request-approval-step-reason = Schrijf een korte reden in het vak voor de motivering, bijvoorbeeld:
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = Motivering
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = Ik heb { $product } nodig voor het volgende: { $purpose }.
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = Ik heb { $product } nodig voor mijn werk.
fix-request-approval-step-send = Selecteer 'Goedkeuring aanvragen' en daarna 'Back to app' (Terug naar app).
fix-request-approval-step-wait = Wacht op de e-mail van Microsoft dat de aanvraag is goedgekeurd (of afgewezen). Goedkeuring duurt meestal van enkele minuten tot een paar dagen; u kunt de status nergens anders zien.
fix-request-approval-step-reconnect = Verbind { $product } opnieuw zodra de aanvraag is goedgekeurd.
fix-request-approval-check = Na goedkeuring werkt verbinden zonder goedkeuringsscherm.

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = Uw IT-beheerder vragen de app goed te keuren
fix-ask-admin-duration = 1 minuut, daarna wachten op uw beheerder
fix-ask-admin-intro = Stuur uw beheerder een bericht met alles wat nodig is om het in één keer op te lossen.
fix-ask-admin-step-copy = Kopieer dit bericht (of open het in uw e-mailprogramma) en stuur het naar uw IT-beheerder of helpdesk.
# The label above the message the user copies.
fix-ask-admin-snippet-message = Bericht
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = Openen in e-mail
fix-ask-admin-step-reconnect = Verbind { $product } opnieuw zodra uw beheerder het bevestigt.
fix-ask-admin-check = Verbinden werkt zonder goedkeuringsscherm.

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = Wilt u { $product } goedkeuren voor onze organisatie?
fix-ask-admin-message-greeting = Hallo,
fix-ask-admin-message-problem = Ik heb geprobeerd { $product } (van { $company }) te verbinden met mijn Microsoft 365-account, en Microsoft meldde dat een beheerder de app moet goedkeuren.
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    Wat de app vraagt en waarom:
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    Met deze koppeling kunt u de toestemming voor onze organisatie bekijken en verlenen (ze werkt alleen voor een beheerder):
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    Stapsgewijze instructies voor beheerders:
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    Andere manieren om toestemming te verlenen (beheercentrum, PowerShell, Azure CLI):
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    Als het daarna nog steeds geblokkeerd is, vindt deze controle (alleen-lezen) de instelling in onze tenant die het veroorzaakt:
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = Toepassings-id: { $app_id }
fix-ask-admin-message-publisher = Uitgever: { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = Uitgever: { $publisher } (geverifieerd)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = Foutgegevens: { $details }
fix-ask-admin-message-thanks = Alvast bedankt.

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = { $product } opnieuw verbinden en accepteren
fix-try-again-intro = Het machtigingenscherm is gesloten of geweigerd. Er is niets kapot; begin gewoon opnieuw.
fix-try-again-step-start = Begin opnieuw met het verbinden van { $product }.
fix-try-again-step-accept = Als Microsoft de machtigingen toont, lees ze dan en selecteer 'Accepteren'.
fix-try-again-step-admin = Ziet u in plaats daarvan 'Goedkeuring van beheerder vereist' of 'Goedkeuring vereist', dan moet een beheerder van uw organisatie de app goedkeuren: volg dan de volgende oplossing.
fix-try-again-check = U komt terug in de app, en die is verbonden.

## sign-in-again

fix-sign-in-again-title = Opnieuw aanmelden en elke stap afronden
fix-sign-in-again-intro = Microsoft wil een nieuwe, interactieve aanmelding: uw sessie is verlopen, of uw organisatie vereist een extra controle, zoals meervoudige verificatie.
fix-sign-in-again-step-start = Begin opnieuw met het verbinden van { $product }, in een normaal (niet ingesloten) browservenster.
fix-sign-in-again-step-prompts = Rond elke stap af: wachtwoord, authenticator-app of code, en elke registratie waar uw organisatie om vraagt.
fix-sign-in-again-step-register = Is uw authenticator-app niet ingesteld, registreer dan eerst een methode op de pagina 'Beveiligingsgegevens' van Microsoft.
fix-sign-in-again-link-security-info = Beveiligingsgegevens openen
fix-sign-in-again-check = De aanmelding wordt voltooid en u komt terug in de app.

## use-other-account

fix-use-other-account-title = Aanmelden met uw werkaccount voor de juiste organisatie
fix-use-other-account-intro = Bij de aanmelding is een account of organisatie gebruikt die niet overeenkomt met wat de app verwacht.
fix-use-other-account-step-start = Begin opnieuw met het verbinden van { $product }.
fix-use-other-account-step-picker = Kies in de accountkiezer van Microsoft 'Een ander account gebruiken' en typ het adres van uw werk- of schoolaccount (geen persoonlijk Outlook.com- of Hotmail-account).
fix-use-other-account-step-private = Als automatisch het verkeerde account wordt gekozen, probeer het dan opnieuw in een privévenster van de browser.
fix-use-other-account-check = U komt bij het machtigingenscherm of terug in de app.

## reset-password

fix-reset-password-title = Uw wachtwoord wijzigen of opnieuw instellen
fix-reset-password-intro = Het wachtwoord was onjuist of is verlopen.
fix-reset-password-step-reset = Stel uw wachtwoord opnieuw in via de selfservicepagina van Microsoft (als uw organisatie dat toestaat), of vraag het uw helpdesk.
fix-reset-password-link-reset = Wachtwoord opnieuw instellen
fix-reset-password-step-sign-in = Meld u opnieuw aan met het nieuwe wachtwoord.
fix-reset-password-check = De aanmelding wordt voltooid.

## device-compliance

fix-device-compliance-title = Een apparaat gebruiken dat uw organisatie beheert
fix-device-compliance-duration = 10 minuten tot een dag
fix-device-compliance-intro = Uw organisatie staat deze app alleen toe op geregistreerde, conforme apparaten (of in goedgekeurde apps).
fix-device-compliance-step-managed = Probeer het opnieuw vanaf een computer of telefoon die door uw bedrijf wordt beheerd.
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = Of schrijf dit apparaat in: installeer de app Bedrijfsportal van uw organisatie, meld u aan en volg de stappen tot het apparaat als conform wordt weergegeven.
fix-device-compliance-step-help-desk = Als inschrijven niet mogelijk is, vraag uw helpdesk dan welke apparaten of apps zijn toegestaan.
fix-device-compliance-check = De aanmelding vanaf het beheerde apparaat wordt voltooid.

## run-check: this site's own sign-in check.

fix-run-check-title = De oplossing bevestigen met een aanmeldingscontrole
fix-run-check-intro = Nadat iemand iets heeft gewijzigd, kan deze site u aanmelden en controleren welke machtigingen van { $product } nu zijn verleend.
fix-run-check-step-open = Open de aanmeldingscontrole en meld u aan met het account waarbij het misging.
fix-run-check-link-open = Aanmeldingscontrole openen

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = De hele fout plakken
fix-paste-more-intro = Er is niets herkenbaars gevonden. Hoe meer van de fout u plakt, hoe nauwkeuriger de diagnose.
fix-paste-more-step-details = Selecteer op het foutscherm van Microsoft 'More details' (Meer details) of 'Troubleshooting details' (Details voor probleemoplossing) en kopieer alles wat wordt getoond (daarin staan de foutcode en de id's).
fix-paste-more-step-address = Of kopieer na de fout het hele adres uit de adresbalk van de browser.
fix-paste-more-step-lookup = Toont het scherm een nummer zoals 90094, dan staat de beschrijving op de foutpagina van Microsoft.
fix-paste-more-link-lookup = Foutcodes opzoeken bij Microsoft
fix-paste-more-step-paste = Plak het op de startpagina van deze site.
fix-paste-more-link-start = Naar de startpagina

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = { $code } opzoeken op de foutpagina van Microsoft
fix-lookup-code-intro = De opzoekpagina van Microsoft heeft de nieuwste beschrijving van elke code.
fix-lookup-code-step-open = Open de beschrijving van deze code bij Microsoft.
fix-lookup-code-link-open = { $code } openen op de site van Microsoft

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = Melden bij { $company }
fix-contact-vendor-duration = 1 werkdag (leverancier)
fix-contact-vendor-intro = De oorzaak zit in hoe { $product } is geregistreerd of hoe de app aanmeldt; alleen { $company } kan dat veranderen.
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = Neem contact op met de ondersteuning van { $company }: { $email } of { $url }.
fix-contact-vendor-step-contact-email = Neem contact op met de ondersteuning van { $company }: { $email }.
fix-contact-vendor-step-contact-url = Neem contact op met de ondersteuning van { $company }: { $url }.
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = Neem contact op met de ondersteuning van { $company }, via de weg die u daarvoor gewoonlijk gebruikt.
fix-contact-vendor-link-email = Ondersteuning e-mailen
fix-contact-vendor-link-website = Ondersteuningssite openen
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = Aanmeldingsfout bij { $product }
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = Voeg het rapport uit 'Details voor ondersteuning' op deze pagina toe: daarin staan de code, de tracerings- en correlatie-id's en het tijdstip, die de technici van de leverancier nodig hebben.

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = Een paar minuten wachten en het opnieuw proberen
fix-wait-and-retry-duration = 5–15 minuten
fix-wait-and-retry-intro = Dit is een tijdelijk probleem in de service van Microsoft.
fix-wait-and-retry-step-wait = Wacht een paar minuten en probeer het dan opnieuw.
fix-wait-and-retry-step-status = Blijft het langer dan een uur mislukken, bekijk dan de servicestatus van Microsoft 365 of neem contact op met de ondersteuning en geef de gegevens hieronder door.
fix-wait-and-retry-link-status = Servicestatus van Microsoft 365 openen

## register-device: the device's registration with the organization.

fix-register-device-title = Dit apparaat opnieuw verbinden met uw organisatie
fix-register-device-intro = Microsoft kon de identiteit van dit apparaat niet bevestigen: het is niet geregistreerd of gekoppeld, de registratie is verwijderd of uitgeschakeld, of het aanmeldingstoken van het apparaat is verouderd.
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = Open in Windows Instellingen › Accounts › Toegang tot werk of school. Ontbreekt uw werkaccount of toont het een fout, verbreek dan de verbinding, maak opnieuw verbinding en start de computer daarna opnieuw op.
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = Voer deze opdracht uit in een opdrachtprompt om de status van het apparaat te zien; AzureAdJoined of WorkplaceJoined, en AzureAdPrt, moeten YES tonen. Is dat niet zo, stuur de uitvoer dan naar uw IT-beheerder:
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = Opdrachtprompt
fix-register-device-step-phone = Open op een telefoon of Mac de Bedrijfsportal (of Microsoft Authenticator) en meld u aan met uw werkaccount, zodat het apparaat wordt geregistreerd.
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = IT-beheerders: zoek het apparaat onder { $devices_path } en controleer of het is ingeschakeld en geen verouderd duplicaat is; { $sign_in_logs_path } toont de apparaat-id die bij de aanmelding is gebruikt.
fix-register-device-link-sign-in-logs = Aanmeldingslogboeken openen
# $command is a command (dsregcmd /status).
fix-register-device-check = De aanmelding werkt vanaf dit apparaat, en { $command } toont het apparaat als gekoppeld of geregistreerd.

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = Een app gebruiken die uw organisatie beschermt
fix-app-protection-intro = Een beleid voor voorwaardelijke toegang laat deze resource alleen bereiken vanuit een app die het app-beveiligingsbeleid van uw organisatie (Microsoft Intune) toepast, en de aanmelding kwam van een app of browser die dat niet doet.
fix-app-protection-step-broker = Installeer de broker-app en meld u daarin aan met uw werkaccount: Microsoft Authenticator op iPhone en iPad, Bedrijfsportal op Android.
fix-app-protection-step-approved-app = Open de gegevens in een app die uw organisatie goedkeurt (bijvoorbeeld Outlook of Teams op de telefoon) in plaats van in deze app of de browser.
fix-app-protection-step-ask-admin = Hebt u deze app op de telefoon nodig, vraag het dan uw IT-beheerder: alleen die kan de app aan het app-beveiligingsbeleid toevoegen of het beleid voor voorwaardelijke toegang wijzigen.
fix-app-protection-check = De aanmelding werkt vanuit de beschermde app.

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = Met één koppeling toestemming verlenen voor iedereen
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = Eén koppeling vraagt Microsoft om de machtigingen van { $product } te verlenen voor uw organisatie ({ $tenant }) — alleen voor deze app, verder verandert er niets.
fix-admin-consent-url-intro = Eén koppeling vraagt Microsoft om de machtigingen van { $product } te verlenen voor de organisatie van het beheerdersaccount waarmee u zich aanmeldt — alleen voor deze app, verder verandert er niets.
fix-admin-consent-url-check = Vraag een gebruiker om de app opnieuw te verbinden, of voer de aanmeldingscontrole op deze site uit: elke machtiging moet als verleend worden weergegeven.

fix-method-1-title = Beheerderstoestemming voor de hele tenant verlenen aan { $product } in het Microsoft Entra-beheercentrum
fix-method-1-intro = Een beheerder keurt de machtigingen van { $product } één keer goed voor de hele organisatie, vanuit de bedrijfstoepassing van de app; daarna krijgen gebruikers de vraag niet meer. Alleen deze app wordt vertrouwd.
fix-method-1-check = Vernieuw de pagina 'Machtigingen': elke machtiging moet onder 'Beheerderstoestemming' staan, verleend door een beheerder. Vraag daarna een gebruiker om de app opnieuw te verbinden.

fix-method-2-title = Als beheerder aanmelden bij de app en toestemming geven namens de organisatie
fix-method-2-intro = Een beheerder verbindt { $product } zoals een gebruiker dat zou doen en geeft op het machtigingenscherm van Microsoft toestemming voor iedereen. Zo wordt de app ook aan de directory toegevoegd als ze daar nog niet staat.
fix-method-2-check = Een andere gebruiker verbindt de app zonder een goedkeuringsscherm te zien.

fix-admin-browser-title = Verbinden vanuit een browser die al als beheerder is aangemeld
fix-admin-browser-intro = Een noodoplossing als de toestemming is verleend maar gebruikers nog steeds vastlopen (bijvoorbeeld terwijl wijzigingen nog worden doorgevoerd): de beheerder verbindt { $product } vanuit een browser waarin die al als beheerder bij Microsoft 365 is aangemeld.
fix-admin-browser-check = De verbinding lukt en gebruikers kunnen hun eigen accounts verbinden.

fix-review-request-title = De goedkeuringsaanvraag voor { $product } beoordelen
fix-review-request-intro = Een revisor opent de openstaande aanvraag voor { $product } en keurt die goed; daarmee wordt toestemming verleend voor iedereen in de organisatie.
fix-review-request-check = De aanvrager krijgt een e-mail en kan de app opnieuw verbinden.

fix-enable-workflow-title = Gebruikers goedkeuring laten aanvragen in plaats van ze vast te laten lopen
fix-enable-workflow-intro = Als de werkstroom voor beheerderstoestemming is ingeschakeld, zien gebruikers 'Goedkeuring vereist' in plaats van 'Goedkeuring van beheerder vereist', en kunnen ze daar een aanvraag met motivering naar gekozen revisoren sturen. De werkstroom keurt zelf niets goed.
fix-enable-workflow-check = Binnen een uur (meestal enkele minuten) ziet een gebruiker die de app probeert te verbinden 'Goedkeuring vereist' met een knop 'Goedkeuring aanvragen'.

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = Gebruikers toestemming laten geven voor apps van geverifieerde uitgevers
fix-solution-b-intro = Gebruikers mogen dan zelf toestemming geven aan apps van geverifieerde uitgevers, zoals { $product } ({ $publisher }), voor de machtigingen die een beheerder als machtigingen met weinig impact heeft geclassificeerd.
fix-solution-b-widens = Dit verandert waarvoor gebruikers toestemming mogen geven bij elke app van een geverifieerde uitgever, niet alleen bij deze. Toestemming verlenen aan alleen deze app heeft de voorkeur.
fix-solution-b-check = Een gebruiker die geen beheerder is, verbindt de app zonder goedkeuringsscherm.

fix-method-3-title = Gebruikers zelf toestemming laten geven voor apps (ruimste optie)
fix-method-3-intro = Gebruikers mogen dan toestemming geven aan elke app, van elke uitgever, voor machtigingen waarvoor geen beheerder nodig is.
fix-method-3-widens = Hiermee kan elke gebruiker elke app toegang geven tot zijn of haar gegevens — precies de instelling waar aanvallen met toestemmingsphishing op rekenen. Microsoft noemt dit een verouderde optie; gebruik die alleen als uw beveiligingsbeleid het toestaat.
fix-method-3-check = Een gebruiker verbindt de app en accepteert de machtigingen zelf.

fix-conditional-access-title = Het beleid voor voorwaardelijke toegang vinden dat de aanmelding blokkeerde
fix-conditional-access-intro = Een beleid voor voorwaardelijke toegang heeft de aanmelding bij { $product } geweigerd. Dit is geen toestemmingsprobleem: toestemming verlenen helpt niet. De beheerder die voorwaardelijke toegang beheert, beslist of de app een uitzondering krijgt.
fix-conditional-access-check = De gebruiker meldt zich opnieuw aan; de nieuwe vermelding in het aanmeldingslogboek toont voor voorwaardelijke toegang 'Success' (Geslaagd) of 'Not applied' (Niet toegepast).

fix-enable-sign-in-title = { $product } inschakelen voor aanmelding door gebruikers
fix-enable-sign-in-intro = De bedrijfstoepassing voor { $product } is uitgeschakeld, dus Microsoft geeft er aan niemand tokens voor uit. Een beheerder zet 'Ingeschakeld voor gebruikers voor aanmelden?' weer op 'Ja'.
fix-enable-sign-in-check = Gebruikers kunnen zich weer aanmelden; nieuwe aanmeldingen mislukken niet meer met AADSTS7000112.

fix-assign-users-title = De gebruiker toewijzen aan { $product }, of toewijzing niet langer vereisen
fix-assign-users-intro = Bij { $product } staat 'Gebruikerstoewijzing vereist?' op 'Ja', dus alleen toegewezen gebruikers en groepen mogen zich aanmelden. Een beheerder wijst de gebruiker (of diens groep) toe, of zet deze vereiste uit.
fix-assign-users-check = De gebruiker meldt zich opnieuw aan zonder AADSTS50105.

fix-create-service-principal-title = { $product } toevoegen aan uw directory
fix-create-service-principal-intro = De app (of een Microsoft-service die de app aanroept) heeft nog geen bedrijfstoepassing in uw directory. Die ontstaat normaal bij het verlenen van toestemming; een beheerder kan haar ook rechtstreeks maken en daarna toestemming verlenen.
fix-create-service-principal-check = { $product } staat onder 'Bedrijfstoepassingen', en de aanmelding komt voorbij deze fout.

fix-app-only-access-title = Toegang alleen voor de app verlenen en beperken tot gekozen postvakken
fix-app-only-access-duration = 20 minuten, en tot een uur voordat het werkt
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = Voor synchronisatie aan de serverkant zonder aangemelde gebruiker gebruikt { $product } toepassingsmachtigingen ({ $permissions }). Die vereisen altijd beheerderstoestemming en gelden voor elk postvak, tenzij Exchange Online ze beperkt.
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = Voor synchronisatie aan de serverkant zonder aangemelde gebruiker gebruikt { $product } toepassingsmachtigingen. Die vereisen altijd beheerderstoestemming en gelden voor elk postvak, tenzij Exchange Online ze beperkt.
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } meldt Granted voor leden en Denied voor anderen; geweigerde aanroepen geven 'Access to OData is disabled' terug.

fix-fix-account-title = Het account van de gebruiker controleren
fix-fix-account-intro = Het account zelf is het probleem: uitgeschakeld, vergrendeld, wachtwoord verlopen, of geen lid van de organisatie.
fix-fix-account-check = De gebruiker meldt zich opnieuw aan.

fix-check-firewall-title = Controleren of uw netwerk aanmelden doorlaat
fix-check-firewall-intro = Proxy's, firewalls en tenantbeperkingen kunnen verhinderen dat { $product } de aanmeldings- en Graph-eindpunten van Microsoft bereikt.
fix-check-firewall-check = Aanmelden en synchroniseren werken vanuit het netwerk.

fix-federation-title = De identiteitsprovider controleren waarmee uw organisatie aanmeldt
fix-federation-intro = Aanmelding voor dit account wordt doorgegeven aan een andere identiteitsprovider (AD FS, Okta, Ping en dergelijke) of aan een on-premises agent (pass-through-verificatie, naadloze eenmalige aanmelding), en die stap is mislukt. Toestemming en de leverancier van de app kunnen dat niet veranderen; wie die identiteitsprovider beheert, wel.
fix-federation-check = De gebruiker meldt zich opnieuw aan en het aanmeldingslogboek toont een geslaagde aanmelding.

fix-guest-access-title = Het gastaccount in de andere organisatie controleren
fix-guest-access-intro = Het account meldt zich aan als gast van een andere organisatie, en de status van die gast houdt het tegen: de uitnodiging is niet geaccepteerd, de gast is verwijderd of geblokkeerd, of de instellingen voor toegang tussen tenants van de twee organisaties staan het niet toe.
fix-guest-access-check = De gast meldt zich aan bij de app in de organisatie die de uitnodiging stuurde.

fix-claim-tenant-title = De onbeheerde directory overnemen
fix-claim-tenant-intro = De directory van uw organisatie is automatisch gemaakt toen iemand zich met een zakelijk e-mailadres registreerde voor een Microsoft-service. Niemand beheert die directory, dus niemand kan er apps in goedkeuren tot iemand die eigenaar is van het e-maildomein hem overneemt.
fix-claim-tenant-check = Entra ID toont het domein als geverifieerd in uw beheerde organisatie.
