# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = { $product } precisa do consentimento de um administrador nesta organização para que os usuários possam conectá-lo.
headline-admin-consent-required = Sua organização precisa que um administrador aprove { $product } antes que você possa usá-lo.
headline-admin-consent-workflow-admin = { $product } está aguardando aprovação: os usuários podem solicitá-la, e um revisor precisa aprová-la.
headline-admin-consent-workflow = Um administrador precisa aprovar { $product }; você pode enviar uma solicitação a ele pela tela da Microsoft.
headline-org-consent-cancelled = O consentimento de { $product } para toda a organização foi cancelado, então nada foi concedido.
headline-user-declined-consent = A tela de permissões de { $product } foi cancelada ou recusada, então o aplicativo não foi conectado.
headline-admin-consent-granted = O consentimento para { $product } foi concedido em nome de toda a organização.
headline-app-disabled = A entrada em { $product } está desabilitada nesta organização.
headline-user-not-assigned-admin = O usuário não está atribuído a { $product }, que só admite usuários atribuídos.
headline-user-not-assigned = Sua organização só permite que pessoas atribuídas usem { $product }, e sua conta ainda não foi atribuída.
headline-conditional-access-blocked = Uma política de segurança da sua organização bloqueou a entrada em { $product }.
headline-app-not-found-in-tenant = { $product }, ou um serviço que ele usa, não foi encontrado no diretório desta organização.
headline-misconfigured-app = A entrada de { $product } está configurada incorretamente; o fornecedor do aplicativo precisa corrigir isso.
headline-sign-in-required = A Microsoft precisa que você entre novamente para usar { $product }.
headline-account-problem = O problema está na conta usada para entrar, não no aplicativo.
headline-other = A Microsoft retornou um erro ao conectar { $product }.
headline-unknown = Nenhum erro de entrada da Microsoft foi encontrado no que foi fornecido.
headline-signed-in-ok = Tudo de que { $product } precisa foi concedido.
headline-signed-in-missing-scopes = Algumas permissões de que { $product } precisa ainda não foram concedidas.
