## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · ajuda para entrar
skip-to-content = Pular para o conteúdo
brand-sub = · ajuda para entrar
nav-label = Principal
nav-start = Início
nav-check = Verificar entrada
nav-admin = Para administradores
nav-support = Para o suporte
nav-errors = Códigos de erro
demo-banner = Modo de demonstração: a entrada vai para o emulador local do Entra, não para a Microsoft.
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } é um produto da { $company }. Dúvidas: { $contact }.
footer-developers = Para os desenvolvedores da { $company }: envie para cá as entradas que falharam
footer-privacy = Esta página roda inteiramente no seu navegador. O que você cola fica aqui; os tokens de entrada ficam só na memória e nunca são enviados para nenhum outro lugar.
language-switch-label = Idioma
# Shown beside the switch on every page except in English.
language-english-pages = Por enquanto, as páginas para administradores e para a equipe de suporte, assim como a visão de um diagnóstico para o administrador e para o suporte, estão em inglês.
# $reason says why, in English.
language-load-failed = Esta página não conseguiu carregar a tradução ({ $reason }), por isso está sendo exibida em inglês.

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {" "}
list-separator = {", "}
