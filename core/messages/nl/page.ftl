## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · hulp bij aanmelden
skip-to-content = Naar de inhoud
brand-sub = · hulp bij aanmelden
nav-label = Hoofdmenu
nav-start = Start
nav-check = Aanmeldingscontrole
nav-admin = Voor beheerders
nav-support = Voor ondersteuning
nav-errors = Foutcodes
demo-banner = Demomodus: aanmelden gaat naar de lokale Entra-emulator, niet naar Microsoft.
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } is gemaakt door { $company }. Vragen: { $contact }.
footer-developers = Voor ontwikkelaars van { $company }: stuur mislukte aanmeldingen hierheen
footer-privacy = Deze pagina draait volledig in uw browser. Wat u plakt, blijft hier; aanmeldingstokens worden alleen in het geheugen bewaard en nergens anders naartoe gestuurd.
language-switch-label = Taal
# Shown beside the switch on every page except in English.
language-english-pages = De pagina's voor beheerders en ondersteuning, en de weergave van een diagnose voor beheerders en ondersteuning, zijn voorlopig alleen in het Engels.
# $reason says why, in English.
language-load-failed = De vertaling van deze pagina kon niet worden geladen ({ $reason }), dus wordt de pagina in het Engels getoond.

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {" "}
list-separator = {", "}
