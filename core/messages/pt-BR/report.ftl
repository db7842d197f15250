## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — relatório de diagnóstico
report-verdict = Veredito: { $verdict } — { $headline }
report-code-titled = Código: { $code } ({ $title })
report-code = Código: { $code }
report-code-not-catalogued = Código: { $code } (não está no catálogo)
report-all-codes = Todos os códigos: { $codes }
report-oauth-error = Erro OAuth: { $error }
report-message = Mensagem: { $message }
report-trace-id = ID de rastreamento: { $id }
report-correlation-id = ID de correlação: { $id }
report-request-id = ID da solicitação: { $id }
report-timestamp = Carimbo de data/hora: { $value }
report-tenant = Organização (locatário): { $tenant }
report-app = Aplicativo: { $name } ({ $app_id })
report-app-named-in-error = o indicado no erro
report-admin-consent-response = Resposta: ponto de extremidade de consentimento do administrador
report-missing-permissions = Permissões ausentes: { $names }
report-input = Conteúdo analisado: { $kind }
report-fixes = Correções recomendadas: { $fixes }
report-warning = Aviso ({ $id }): { $title }
report-note = Observação: { $note }
report-signed-in-as = Conectado como: { $name }
report-browser = Navegador: { $browser }
report-checked = Verificado em: { $time }
report-link = Link para este diagnóstico: { $link }

## What kind of input the page read (report-input).

input-unknown = nada reconhecível
input-authorize-redirect = um redirecionamento de entrada
input-admin-consent-response = uma resposta de consentimento do administrador
input-token-json = um erro do ponto de extremidade de token (JSON)
input-error-page-copy = texto copiado da página de erro de entrada da Microsoft
input-xml-fault = uma falha em XML (fault)
input-free-text = texto colado
