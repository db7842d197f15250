## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = Deze aanmelding vergeten
check-view-title = Wat de aanmelding liet zien
check-view-name = Naam
check-view-sign-in-name = Aanmeldingsnaam
check-view-tenant-id = Tenant-id
check-view-account = Account
# What kind of account signed in.
check-view-account-member = lid van deze organisatie
check-view-account-guest = gast uit een andere organisatie
check-view-account-personal = persoonlijk Microsoft-account (de toegangstokens daarvan zijn voor apps niet leesbaar, dus worden alleen de verleende bereiken getoond)
check-view-account-unknown = onbekend
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = beantwoordde /me met '{ $name }': het toegangstoken werkt
check-view-permissions = Machtigingen
check-view-col-status = Status
check-view-col-permission = Machtiging
check-view-col-who = Wie die mag verlenen
check-view-col-why = Waarom de app die nodig heeft
# A permission's status, after ✓ or ✗.
check-view-granted = Verleend
check-view-missing = Ontbreekt
# Who may grant a permission.
check-view-grant-admin-by-default = standaard is beheerderstoestemming vereist
check-view-grant-managed-blocked = gebruikers kunnen die niet verlenen onder door Microsoft beheerde toestemmingsinstellingen (2025)
check-view-grant-admin-and-managed = standaard is beheerderstoestemming vereist; gebruikers kunnen die niet verlenen onder door Microsoft beheerde toestemmingsinstellingen (2025)
check-view-grant-users = gebruikers mogen die verlenen, als de organisatie dat toestaat
check-view-roles = Beheerdersrollen
# After a role's ID.
check-view-role-unknown = (een rol die deze pagina niet kent)
check-view-no-roles = Het token vermeldt geen directoryrollen.
check-view-id-checks = Controles van het id-token
# The result of one check, after ✓ or ✗.
check-view-pass = geslaagd
check-view-fail = mislukt
check-view-tokens = Tokens
check-view-tokens-note = Alleen getoond voor probleemoplossing: de handtekeningen worden niet gecontroleerd, en niets hiervan wordt gebruikt om beslissingen te nemen. De tokens blijven in het geheugen van dit tabblad tot u 'Deze aanmelding vergeten' kiest of het tabblad sluit.
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — gedecodeerd, niet geverifieerd
check-view-token-encrypted = Versleuteld: de inhoud kan niet worden getoond.
check-view-token-opaque = Niet leesbaar: geen JWT (normaal bij persoonlijke Microsoft-accounts), dus er valt niets te decoderen.
# $reason is technical, in English.
check-view-token-undecodable = Kon niet worden gedecodeerd: { $reason }.

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = Aanmeldingscontrole
# $product is the app's name.
check-page-lead = Meld u aan met het account dat problemen heeft. Deze pagina vraagt Microsoft welke machtigingen van { $product } uw organisatie heeft verleend, en toont wat er ontbreekt en wie het kan oplossen.
check-page-sign-in = Aanmelden om te controleren
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = Bij de aanmelding wordt het account { $account } voorgesteld.
# $authority is the address of Microsoft's sign-in service.
check-page-authority = U meldt zich aan bij { $authority }. Uw tokens blijven in het geheugen van dit tabblad; er wordt niets naar elders gestuurd.
check-page-asks-for = Wat { $product } vraagt
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = Machtiging
check-page-col-why = Waarom

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = Het antwoord van Microsoft noemt de tenant { $tenant }. Een koppeling kan die waarde vervalsen, dus het is geen bewijs: voer de aanmeldingscontrole uit om te bevestigen dat de machtigingen zijn verleend.
callback-admin-consent = Voer de aanmeldingscontrole uit om te bevestigen dat de machtigingen zijn verleend.
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = Het antwoord herhaalde de parameter '{ $key }', wat een echt antwoord nooit doet. Het is geweigerd.
callback-rejected-issuer = Het antwoord noemt een andere aanmeldingsserver dan die van deze aanmelding. Het is geweigerd.
callback-rejected-no-pending = In deze browser loopt geen aanmelding, dus het antwoord is hier niet aangevraagd. Het is geweigerd; start de aanmeldingscontrole opnieuw.
callback-rejected-state-missing = Het antwoord bevat geen state, dus het kan niet worden gekoppeld aan de aanmelding die deze browser startte. Het is geweigerd.
callback-rejected-state-mismatch = Het antwoord hoort bij een andere aanmelding dan die deze browser startte (of is al eerder gebruikt). Het is geweigerd.
callback-rejected-expired = De aanmelding duurde langer dan 10 minuten en is daarom verworpen. Start de aanmeldingscontrole opnieuw.
callback-rejected-implicit-tokens = Het antwoord bevatte tokens in het adres, en daar vraagt deze pagina nooit om. Het is geweigerd en de tokens zijn niet gelezen.
callback-rejected-no-code = Het antwoord bevatte geen code en geen fout. Start de aanmeldingscontrole opnieuw.
callback-working-title = De aanmelding wordt afgerond…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = De eenmalige code wordt bij { $authority } ingewisseld voor tokens. Die blijven in het geheugen van dit tabblad.
callback-failed-title = De aanmelding kon niet worden afgerond
callback-timeout = De aanmeldingsservice antwoordde niet binnen 12 seconden.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = De browser kon het antwoord van het tokeneindpunt niet lezen. Meestal is de omleidings-URI van de app geregistreerd als 'Web' in plaats van 'Toepassing met één pagina' (dan ontbreken de CORS-headers in het antwoord), of heeft een netwerkfilter de aanvraag geblokkeerd.
callback-retry = Opnieuw proberen
callback-start-over = Opnieuw beginnen
