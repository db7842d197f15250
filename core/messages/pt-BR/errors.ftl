## The error-code pages (full app only).

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Códigos de erro de entrada
# $count is a number.
errors-index-lead = Todos os códigos AADSTS que esta página conhece ({ $count } no total), com o que significam e como corrigi-los.
errors-search-label = Pesquisar por número ou palavras
# Examples of what to search for.
errors-search-placeholder = 90094, consentimento, Acesso Condicional…
errors-no-match = Nenhum código corresponde. Em vez disso, cole o erro inteiro na página inicial.
errors-not-a-code-title = Isso não é um código AADSTS
errors-not-a-code-text = Os códigos são números como 90094. Confira o número ou cole o erro inteiro na página inicial.
errors-see-all-codes = Ver todos os códigos
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } ainda não está no nosso catálogo
errors-not-catalogued-text = A página de pesquisa de erros da Microsoft tem a descrição atual de cada código.
errors-open-on-microsoft = Abrir { $code } no site da Microsoft
errors-see-known-codes = Ver todos os códigos que conhecemos
# The link back to the list, above a code's page.
errors-breadcrumb = Códigos de erro
errors-description-unavailable = Não foi possível carregar a descrição deste código. O veredito e as correções abaixo continuam valendo, e a página da Microsoft o descreve.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Nome da Microsoft:
errors-verdict = Veredito
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Normalmente chega como
errors-who-can-fix = Quem pode corrigir
errors-microsoft-page = Página da Microsoft
errors-how-to-fix = Como corrigir
errors-see-as-user = Ver como um usuário veria
