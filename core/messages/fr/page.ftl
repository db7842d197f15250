## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · aide à la connexion
skip-to-content = Aller au contenu
brand-sub = · aide à la connexion
nav-label = Navigation principale
nav-start = Accueil
nav-check = Test de connexion
nav-admin = Administrateurs
nav-support = Support
nav-errors = Codes d’erreur
demo-banner = Mode démo : la connexion passe par l’émulateur Entra local, pas par Microsoft.
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } est édité par { $company }. Questions : { $contact }.
footer-developers = Développeurs de { $company } : envoyez ici les connexions en échec
footer-privacy = Cette page fonctionne entièrement dans votre navigateur. Ce que vous collez reste ici ; les jetons de connexion sont conservés en mémoire uniquement et ne sont jamais envoyés ailleurs.
language-switch-label = Langue
# Shown beside the switch on every page except in English.
language-english-pages = Les pages destinées aux administrateurs et au support, ainsi que la vue administrateur et la vue support d’un diagnostic, sont pour l’instant en anglais.
# $reason says why, in English.
language-load-failed = Cette page n’a pas pu charger sa traduction ({ $reason }) ; elle s’affiche donc en anglais.

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {" "}
list-separator = {", "}
