## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · ayuda para iniciar sesión
skip-to-content = Ir al contenido
brand-sub = · ayuda para iniciar sesión
nav-label = Principal
nav-start = Inicio
nav-check = Comprobar inicio de sesión
nav-admin = Para administradores
nav-support = Para soporte técnico
nav-errors = Códigos de error
demo-banner = Modo de demostración: el inicio de sesión va al emulador local de Entra, no a Microsoft.
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } es un producto de { $company }. Preguntas: { $contact }.
footer-developers = Para los desarrolladores de { $company }: envíe aquí los inicios de sesión fallidos
footer-privacy = Esta página se ejecuta por completo en su navegador. Lo que pegue se queda aquí; los tokens de inicio de sesión solo se guardan en memoria y nunca se envían a ningún otro sitio.
language-switch-label = Idioma
# Shown beside the switch on every page except in English.
language-english-pages = Por ahora, las páginas para administradores y para el personal de soporte técnico, así como la vista de un diagnóstico para administradores y para soporte técnico, están en inglés.
# $reason says why, in English.
language-load-failed = Esta página no pudo cargar su traducción ({ $reason }), por lo que se muestra en inglés.

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {" "}
list-separator = {", "}
