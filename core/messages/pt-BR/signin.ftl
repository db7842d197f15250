## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = Esquecer esta entrada
check-view-title = O que a entrada mostrou
check-view-name = Nome
check-view-sign-in-name = Nome de entrada
check-view-tenant-id = ID da organização (locatário)
check-view-account = Conta
# What kind of account signed in.
check-view-account-member = membro desta organização
check-view-account-guest = convidado de outra organização
check-view-account-personal = conta Microsoft pessoal (os tokens de acesso dela são opacos para os aplicativos, então só os escopos concedidos são mostrados)
check-view-account-unknown = desconhecida
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = respondeu a /me com "{ $name }": o token de acesso funciona
check-view-permissions = Permissões
check-view-col-status = Status
check-view-col-permission = Permissão
check-view-col-who = Quem pode conceder
check-view-col-why = Por que o aplicativo precisa dela
# A permission's status, after ✓ or ✗.
check-view-granted = Concedida
check-view-missing = Ausente
# Who may grant a permission.
check-view-grant-admin-by-default = exige consentimento do administrador por padrão
check-view-grant-managed-blocked = os usuários não podem concedê-la com as configurações de consentimento gerenciadas pela Microsoft (2025)
check-view-grant-admin-and-managed = exige consentimento do administrador por padrão; os usuários não podem concedê-la com as configurações de consentimento gerenciadas pela Microsoft (2025)
check-view-grant-users = os usuários podem concedê-la, se a organização permitir
check-view-roles = Funções de administrador
# After a role's ID.
check-view-role-unknown = (uma função que esta página não conhece)
check-view-no-roles = O token não lista nenhuma função de diretório.
check-view-id-checks = Verificações do token de ID
# The result of one check, after ✓ or ✗.
check-view-pass = aprovado
check-view-fail = reprovado
check-view-tokens = Tokens
check-view-tokens-note = Exibidos só para solução de problemas: as assinaturas não são verificadas, e nada aqui é usado para tomar decisões. Os tokens ficam na memória desta guia até você esquecê-los ou fechar a guia.
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — decodificado, não verificado
check-view-token-encrypted = Criptografado: o conteúdo não pode ser mostrado.
check-view-token-opaque = Opaco: não é um JWT (o normal em contas Microsoft pessoais), então não há nada para decodificar.
# $reason is technical, in English.
check-view-token-undecodable = Não foi possível decodificar: { $reason }.

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = Verificação de entrada
# $product is the app's name.
check-page-lead = Entre com a conta que está com problemas. Esta página pergunta à Microsoft quais permissões de { $product } a sua organização concedeu, e mostra o que está faltando e quem pode corrigir.
check-page-sign-in = Entrar para verificar
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = A entrada vai sugerir a conta { $account }.
# $authority is the address of Microsoft's sign-in service.
check-page-authority = Você vai entrar em { $authority }. Seus tokens ficam na memória desta guia; nada é enviado para nenhum outro lugar.
check-page-asks-for = O que { $product } pede
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = Permissão
check-page-col-why = Por quê

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = A resposta da Microsoft cita a organização { $tenant }. Um link pode falsificar esse valor, então isso não é prova: execute a verificação de entrada para confirmar que as permissões foram concedidas.
callback-admin-consent = Execute a verificação de entrada para confirmar que as permissões foram concedidas.
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = A resposta repetiu o parâmetro "{ $key }", o que uma resposta genuína nunca faz. Ela foi recusada.
callback-rejected-issuer = A resposta cita um servidor de entrada diferente do que esta entrada usou. Ela foi recusada.
callback-rejected-no-pending = Este navegador não tem nenhuma entrada em andamento, então a resposta não foi pedida daqui. Ela foi recusada; comece a verificação de entrada de novo.
callback-rejected-state-missing = A resposta não traz o parâmetro state, então não é possível associá-la à entrada que este navegador iniciou. Ela foi recusada.
callback-rejected-state-mismatch = A resposta pertence a uma entrada diferente da que este navegador iniciou (ou já foi usada antes). Ela foi recusada.
callback-rejected-expired = A entrada levou mais de 10 minutos, por isso foi descartada. Comece a verificação de entrada de novo.
callback-rejected-implicit-tokens = A resposta trazia tokens no endereço, o que esta página nunca pede. Ela foi recusada, e os tokens não foram lidos.
callback-rejected-no-code = A resposta não tinha nem código nem erro. Comece a verificação de entrada de novo.
callback-working-title = Concluindo a entrada…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = Trocando o código de uso único por tokens com { $authority }. Eles ficam na memória desta guia.
callback-failed-title = Não foi possível concluir a entrada
callback-timeout = O serviço de entrada não respondeu em 12 segundos.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = O navegador não conseguiu ler a resposta do ponto de extremidade de token. Normalmente, o URI de redirecionamento do aplicativo está registrado como "Web" em vez de "Aplicativo de página única" (por isso a resposta vem sem cabeçalhos CORS), ou um filtro de rede bloqueou a solicitação.
callback-retry = Tentar novamente
callback-start-over = Começar de novo
