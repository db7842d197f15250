## What the verdict card says under the headline.

summary-not-catalogued = { $code } staat nog niet in de catalogus van deze site. De opzoekpagina van Microsoft beschrijft de code, en de gegevens hieronder zijn wat de ondersteuning nodig heeft.
summary-admin-consent-granted = Microsoft meldt dat een beheerder de machtigingen voor de organisatie heeft geaccepteerd. Gebruikers kunnen de app nu verbinden; het kan enkele minuten duren voordat dat overal geldt.
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = De formulering '{ $wording }' van Microsoft is herkend.
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Het scherm '{ $wording }' van Microsoft in het { $language } is herkend ('{ $label }' in het Engels).
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } meldde '{ $token }': { $meaning }
summary-unknown-looked = Er is gezocht naar een AADSTS-code, een OAuth-fout, de formulering van de aanmeldingsschermen van Microsoft (in het Engels en negen andere talen) en de foutnaam van een clientbibliotheek, maar niets daarvan is gevonden.
summary-unknown-nothing = Er is ook geen aanvraag-id, correlatie-id of tijdstip. Plak het hele foutscherm, het adres van de foutpagina of de fout uit een logboek; de id's staan op het foutscherm onder 'More details' (Meer details).
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = De invoer bevat wel { $found }: daarmee kan de ondersteuning de aanmelding vinden. Plak voor een diagnose de rest van de fout (de regel met de code).
found-request-id = aanvraag-id { $value }
found-correlation-id = correlatie-id { $value }
found-trace-id = tracerings-id { $value }
found-time = tijdstip { $value }
found-app-id = app-id { $value }
found-organization = organisatie { $value }

language-japanese = Japans
language-german = Duits
language-french = Frans
language-spanish = Spaans
language-portuguese = Portugees
language-italian = Italiaans
language-dutch = Nederlands
language-chinese = Chinees
language-korean = Koreaans

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = het aanmeldingsvenster is gesloten of geannuleerd voordat de aanmelding klaar was.
library-consent-required = de app heeft nog geen toestemming voor de machtigingen die ze heeft gevraagd.
library-interaction-required = de app kon u niet op de achtergrond aanmelden en u moet zich opnieuw aanmelden (voor een extra verificatie, een verlopen sessie of een beleid).
library-claims-challenge = de service vraagt om een nieuwe aanmelding die aan een extra eis voldoet (een beleid voor voorwaardelijke toegang of een ingetrokken sessie), en de app moet die aanmelding aanvragen.

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = De aanmeldingsaanvraag was onjuist of onvolledig; de app heeft die verkeerd opgebouwd.
oauth-unauthorized-client = De app mag deze manier van aanmelden niet gebruiken, of ze is niet beschikbaar in deze organisatie.
oauth-access-denied = De toegang is geweigerd: de vraag om toestemming is geweigerd of geannuleerd, of een beleid heeft de aanmelding tegengehouden.
oauth-unsupported-response-type = De app vroeg om een soort antwoord dat haar registratie niet toestaat.
oauth-invalid-scope = De app vroeg machtigingen aan in een vorm die niet geldig is.
oauth-server-error = De aanmeldingsservice van Microsoft had een onverwachte fout. Probeer het over een paar minuten opnieuw.
oauth-temporarily-unavailable = De aanmeldingsservice van Microsoft is tijdelijk overbelast of niet beschikbaar. Probeer het zo opnieuw.
oauth-invalid-resource = De service die de app wil aanroepen, bestaat niet of is niet ingesteld in deze organisatie.
oauth-login-required = Er is geen actieve aanmeldingssessie; u moet zich interactief aanmelden.
oauth-interaction-required = Microsoft heeft een actie van u nodig op het aanmeldingsscherm (aanmelden, meervoudige verificatie of toestemming).
oauth-consent-required = Toestemming voor de machtigingen van de app ontbreekt; iemand moet die interactief verlenen.
oauth-invalid-grant = De aanmeldingscode of de opgeslagen aanmelding is niet meer geldig; meld u opnieuw aan.
oauth-invalid-client = De app kon haar identiteit niet bewijzen bij Microsoft; haar registratie of referenties zijn onjuist.
oauth-unsupported-grant-type = De app gebruikte een soort tokenaanvraag die deze registratie niet ondersteunt.
oauth-permission-denied = De beheerder heeft de toestemmingsaanvraag geannuleerd.
oauth-other = Deze foutwaarde staat niet in de OAuth-standaard en is niet door Microsoft gedocumenteerd.

## The second reading of a cancel without a code.

alternative-admin-approval = Of: als Microsoft 'Goedkeuring van beheerder vereist' of 'Goedkeuring vereist' toonde voordat het venster sloot, heeft { $product } eerst goedkeuring van een beheerder nodig, en helpt opnieuw proberen niet.

## Notes under the fixes.

note-dropped-code = Met deze pagina kwam een autorisatiecode mee. Die is genegeerd en wordt niet getoond, opgeslagen of gedeeld: het is een eenmalig toegangsbewijs, en niemand hoort u erom te vragen.
note-dropped-token = Met deze pagina kwam een token mee. Dat is genegeerd en wordt niet getoond, opgeslagen of gedeeld.
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = De koppeling bevatte een adres in '{ $key }'. Deze pagina stuurt u nooit door naar een adres uit een koppeling, dus dat adres is genegeerd.
note-dropped-authority = De koppeling probeerde de aanmeldingsserver te kiezen. Dat bepalen alleen de instellingen van deze site zelf, dus dat is genegeerd.
# $others lists codes, $primary is one code.
note-other-codes = De invoer noemt ook { $others }; { $primary } is de eigenlijke oorzaak.
# $permissions lists permission names such as Mail.Read.
note-managed-consent = Als collega's de app eerder wel konden verbinden: sinds 2025 kunnen gebruikers in organisaties met de instelling 'Let Microsoft manage your consent settings' (Microsoft uw toestemmingsinstellingen laten beheren) bij apps van derden geen toestemming meer geven voor { $permissions }. Eerdere toestemmingen blijven werken; nieuwe gebruikers hebben toestemming van een beheerder nodig.
note-ignored-parameters = Genegeerde parameters: { $names }.
note-duplicate-parameters = Deze parameters kwamen meer dan eens voor; alleen de eerste waarde is gebruikt: { $names }.
note-truncated = Een deel van de invoer was te lang en is vóór het lezen afgekapt.

## Warnings a person must not miss.

warning-unknown-client-title = Dit gaat over een andere app dan { $product }
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = De invoer noemt toepassings-id { $app }. Dat is niet { $product } en ook geen app op de lijst daarvan. Deze site biedt er geen toestemmingskoppeling voor: toestemming geven aan een app die u niet kunt identificeren, is precies hoe toestemmingsphishing werkt. Controleer de app eerst bij de leverancier.
warning-unsolicited-title = Deze pagina heeft deze aanmelding niet gestart
warning-unsolicited = De fout kwam binnen via een koppeling, niet uit een aanmelding die deze browser heeft gestart, dus kan niet worden bevestigd dat de tekst van Microsoft komt. Hij wordt alleen ter informatie getoond; er is niets mee gedaan.
warning-unverified-publisher-title = De uitgever van { $product } is niet geverifieerd
warning-unverified-publisher = Microsoft heeft de uitgever '{ $publisher }' niet geverifieerd (daarvoor moet een Microsoft Cloud Partner Program-id, voorheen MPN-id, aan de app zijn gekoppeld). Daardoor kunnen gebruikers geen toestemming geven onder de instelling voor 'geverifieerde uitgevers'. En omdat niet-geverifieerde multitenant-apps die na november 2020 zijn geregistreerd als riskant worden behandeld, kunnen gebruikers misschien helemaal geen toestemming geven: een beheerder moet de toestemming verlenen. Controleer eerst de toepassings-id ({ $app_id }).
warning-broad-scope-title = Bekijk de machtigingen voordat u ze verleent
# $permissions lists permission names.
warning-broad-delegated = Deze machtigingen geven brede toegang tot gegevens in meerdere postvakken of in de hele directory: { $permissions }.
warning-broad-application = Met de toepassingsmachtigingen ({ $permissions }) handelt de app zonder aangemelde gebruiker, in elk postvak of account waarvoor ze gelden, totdat een beheerder ze beperkt.
warning-broad-default = De toestemmingskoppeling vraagt om .default: dat zijn alle machtigingen die in de app-registratie zijn geconfigureerd, niet alleen de machtigingen die hier staan. Lees de lijst op het toestemmingsscherm van Microsoft voordat u op 'Accepteren' klikt.

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = U
fixer-admin = Uw IT-beheerder
fixer-vendor = De leverancier van de app
fixer-microsoft = Microsoft (tijdelijk)
audience-user = Ik gebruik de app
audience-admin = Ik ben beheerder
audience-support = Ik ben supportmedewerker
