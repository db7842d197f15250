# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 minuto
duration-two-minutes = 2 minutos
duration-three-minutes = 3 minutos
duration-five-minutes = 5 minutos
duration-ten-minutes = 10 minutos
duration-fifteen-minutes = 15 minutos
duration-thirty-minutes = 30 minutos
duration-one-hour = 1 hora

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = Este link é para o seu administrador de TI abrir; ele só funciona para um administrador, então envie-o ao seu administrador.
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = Quem faz isto é o seu administrador de TI. Envie para ele o "link para o seu administrador de TI" no fim desta página: ele abre estas etapas completas.

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = Envie a solicitação de aprovação pela tela da Microsoft
fix-request-approval-duration = 1 minuto, depois aguardar a aprovação
fix-request-approval-intro = Sua organização permite que você peça a um administrador que aprove o aplicativo. A solicitação vai para os revisores que o seu administrador escolheu.
fix-request-approval-step-connect = Conecte { $product } novamente até ver "Aprovação necessária".
fix-request-approval-step-reason = Escreva um motivo curto na caixa de justificativa, por exemplo:
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = Justificativa
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = Preciso de { $product } para o seguinte: { $purpose }.
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = Preciso de { $product } para o meu trabalho.
fix-request-approval-step-send = Selecione "Solicitar aprovação" e depois "Voltar para o aplicativo".
fix-request-approval-step-wait = Aguarde o e-mail da Microsoft informando que a solicitação foi aprovada (ou negada). A aprovação costuma levar de alguns minutos a alguns dias; não é possível ver o status em nenhum outro lugar.
fix-request-approval-step-reconnect = Quando for aprovado, conecte { $product } novamente.
fix-request-approval-check = Depois da aprovação, a conexão funciona sem tela de aprovação.

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = Peça ao seu administrador de TI que aprove o aplicativo
fix-ask-admin-duration = 1 minuto, depois aguardar o seu administrador
fix-ask-admin-intro = Envie ao seu administrador uma mensagem com tudo de que ele precisa para resolver o problema de uma só vez.
fix-ask-admin-step-copy = Copie esta mensagem (ou abra-a no seu programa de e-mail) e envie-a ao seu administrador de TI ou à central de suporte.
# The label above the message the user copies.
fix-ask-admin-snippet-message = Mensagem
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = Abrir no e-mail
fix-ask-admin-step-reconnect = Quando o seu administrador confirmar, conecte { $product } novamente.
fix-ask-admin-check = A conexão funciona sem tela de aprovação.

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = Por favor, aprove { $product } para a nossa organização
fix-ask-admin-message-greeting = Olá,
fix-ask-admin-message-problem = Tentei conectar { $product } (da { $company }) à minha conta do Microsoft 365, e a Microsoft informou que um administrador precisa aprová-lo.
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    O que o aplicativo pede e por quê:
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    Você pode revisar e conceder o consentimento para a nossa organização com este link (ele só funciona para um administrador):
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    Instruções passo a passo para administradores:
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    Outras formas de conceder o consentimento (centro de administração, PowerShell, CLI do Azure):
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    Se continuar bloqueado, esta verificação somente leitura encontra a configuração da nossa organização que causa o bloqueio:
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = ID do aplicativo: { $app_id }
fix-ask-admin-message-publisher = Publicador: { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = Publicador: { $publisher } (verificado)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = Detalhes do erro: { $details }
fix-ask-admin-message-thanks = Agradeço desde já.

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = Conecte { $product } novamente e aceite
fix-try-again-intro = A tela de permissões foi fechada ou recusada. Nada está quebrado; comece de novo.
fix-try-again-step-start = Comece a conectar { $product } novamente.
fix-try-again-step-accept = Quando a Microsoft listar as permissões, leia-as e selecione "Aceitar".
fix-try-again-step-admin = Se, em vez disso, aparecer "Precisa da aprovação do administrador" ou "Aprovação necessária", sua organização precisa que um administrador aprove o aplicativo: siga a próxima correção.
fix-try-again-check = Você volta ao aplicativo, já conectado.

## sign-in-again

fix-sign-in-again-title = Entre novamente e conclua todas as etapas
fix-sign-in-again-intro = A Microsoft precisa de uma nova entrada interativa: sua sessão terminou, ou sua organização exige uma verificação adicional, como a autenticação multifator.
fix-sign-in-again-step-start = Comece a conectar { $product } novamente em uma janela normal do navegador (não em uma janela incorporada a outro aplicativo).
fix-sign-in-again-step-prompts = Conclua tudo o que for pedido: senha, aplicativo autenticador ou código, e qualquer registro que a sua organização solicitar.
fix-sign-in-again-step-register = Se o seu autenticador não estiver configurado, registre primeiro um método na página "Informações de segurança" da Microsoft.
fix-sign-in-again-link-security-info = Abrir Informações de segurança
fix-sign-in-again-check = A entrada é concluída e você volta ao aplicativo.

## use-other-account

fix-use-other-account-title = Entre com a sua conta corporativa da organização certa
fix-use-other-account-intro = A entrada usou uma conta ou organização que não corresponde à que o aplicativo espera.
fix-use-other-account-step-start = Comece a conectar { $product } novamente.
fix-use-other-account-step-picker = No seletor de contas da Microsoft, escolha "Usar outra conta" e digite o seu endereço corporativo ou de estudante (não uma conta pessoal do Outlook.com ou do Hotmail).
fix-use-other-account-step-private = Se a conta errada for escolhida automaticamente, tente novamente em uma janela privada (anônima) do navegador.
fix-use-other-account-check = Você chega à tela de permissões ou volta ao aplicativo.

## reset-password

fix-reset-password-title = Altere ou redefina a sua senha
fix-reset-password-intro = A senha estava errada ou expirou.
fix-reset-password-step-reset = Redefina a sua senha na página de autoatendimento da Microsoft (se a sua organização permitir) ou peça ajuda à central de suporte.
fix-reset-password-link-reset = Abrir a redefinição de senha
fix-reset-password-step-sign-in = Entre novamente com a nova senha.
fix-reset-password-check = A entrada é concluída.

## device-compliance

fix-device-compliance-title = Use um dispositivo gerenciado pela sua organização
fix-device-compliance-duration = De 10 minutos a um dia
fix-device-compliance-intro = Sua organização só permite este aplicativo em dispositivos registrados e em conformidade (ou em aplicativos aprovados).
fix-device-compliance-step-managed = Tente novamente em um computador ou celular gerenciado pela empresa.
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = Ou registre este dispositivo: instale o aplicativo Portal da Empresa da sua organização, entre e siga as etapas até o dispositivo aparecer como em conformidade.
fix-device-compliance-step-help-desk = Se não for possível registrá-lo, pergunte à central de suporte quais dispositivos ou aplicativos são permitidos.
fix-device-compliance-check = A entrada é concluída no dispositivo gerenciado.

## run-check: this site's own sign-in check.

fix-run-check-title = Confirme a correção com uma verificação de entrada
fix-run-check-intro = Depois que alguém fizer uma alteração, você pode entrar por este site para verificar quais permissões de { $product } já foram concedidas.
fix-run-check-step-open = Abra a verificação de entrada e entre com a conta que falhou.
fix-run-check-link-open = Abrir a verificação de entrada

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = Cole o erro inteiro
fix-paste-more-intro = Nada reconhecível foi encontrado. Quanto mais do erro você colar, mais preciso será o diagnóstico.
fix-paste-more-step-details = Na tela de erro da Microsoft, selecione "Mais detalhes" ou "Detalhes da solução de problemas" e copie tudo o que aparecer (inclui o código de erro e os IDs).
fix-paste-more-step-address = Ou, depois do erro, copie o endereço completo da barra de endereços do navegador.
fix-paste-more-step-lookup = Se a tela mostrar um número como 90094, a página de erros da Microsoft o descreve.
fix-paste-more-link-lookup = Abrir a pesquisa de erros da Microsoft
fix-paste-more-step-paste = Cole-o na página inicial deste site.
fix-paste-more-link-start = Ir para a página inicial

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = Pesquise { $code } na página de erros da Microsoft
fix-lookup-code-intro = A página de pesquisa de erros da própria Microsoft tem a descrição mais recente de cada código.
fix-lookup-code-step-open = Abra a descrição da Microsoft para este código.
fix-lookup-code-link-open = Abrir { $code } no site da Microsoft

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = Informe o problema à { $company }
fix-contact-vendor-duration = 1 dia útil (fornecedor)
fix-contact-vendor-intro = A causa está na forma como { $product } foi registrado ou na forma como ele faz a entrada; só a { $company } pode mudar isso.
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = Entre em contato com o suporte da { $company }: { $email } ou { $url }.
fix-contact-vendor-step-contact-email = Entre em contato com o suporte da { $company }: { $email }.
fix-contact-vendor-step-contact-url = Entre em contato com o suporte da { $company }: { $url }.
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = Entre em contato com o suporte da { $company } pelo canal que você costuma usar com ela.
fix-contact-vendor-link-email = Enviar e-mail ao suporte
fix-contact-vendor-link-website = Abrir o suporte
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = Erro de entrada em { $product }
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = Inclua o relatório de "Detalhes para o suporte" desta página: ele tem o código, os IDs de rastreamento e de correlação e o horário, de que os engenheiros deles precisam.

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = Aguarde alguns minutos e tente novamente
fix-wait-and-retry-duration = De 5 a 15 minutos
fix-wait-and-retry-intro = Este é um problema passageiro no serviço da Microsoft.
fix-wait-and-retry-step-wait = Aguarde alguns minutos e tente novamente.
fix-wait-and-retry-step-status = Se continuar falhando por mais de uma hora, verifique a integridade do serviço do Microsoft 365 ou entre em contato com o suporte com os detalhes abaixo.
fix-wait-and-retry-link-status = Abrir o status do serviço do Microsoft 365

## register-device: the device's registration with the organization.

fix-register-device-title = Reconecte este dispositivo à sua organização
fix-register-device-intro = A Microsoft não conseguiu confirmar a identidade deste dispositivo: ele não está registrado nem ingressado, o registro dele foi removido ou desabilitado, ou o token de entrada do dispositivo está desatualizado.
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = No Windows, abra Configurações › Contas › Acessar trabalho ou escola. Se a sua conta corporativa não aparecer ou mostrar um erro, desconecte-a e conecte-a novamente; depois, reinicie o computador.
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = Para ver o estado do dispositivo, execute isto em um prompt de comando; AzureAdJoined ou WorkplaceJoined, e AzureAdPrt, devem mostrar YES. Se não mostrarem, envie o resultado ao seu administrador de TI:
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = Prompt de Comando
fix-register-device-step-phone = Em um celular ou Mac, abra o Portal da Empresa (ou o Microsoft Authenticator) e entre com a sua conta corporativa para que o dispositivo seja registrado.
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = Administradores de TI: encontrem o dispositivo em { $devices_path } e verifiquem se ele está habilitado e não é uma duplicata obsoleta; { $sign_in_logs_path } mostra o ID do dispositivo usado na entrada.
fix-register-device-link-sign-in-logs = Abrir os logs de entrada
# $command is a command (dsregcmd /status).
fix-register-device-check = A entrada funciona neste dispositivo, e { $command } mostra o dispositivo como ingressado ou registrado.

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = Use um aplicativo protegido pela sua organização
fix-app-protection-intro = Uma política de Acesso Condicional só permite acessar este recurso a partir de um aplicativo que aplique a política de proteção de aplicativos da sua organização (Microsoft Intune), e a entrada veio de um aplicativo ou navegador que não a aplica.
fix-app-protection-step-broker = Instale o aplicativo agente e entre nele com a sua conta corporativa: o Microsoft Authenticator no iPhone e no iPad, o Portal da Empresa no Android.
fix-app-protection-step-approved-app = Abra os dados em um aplicativo aprovado pela sua organização (por exemplo, o Outlook ou o Teams no celular) em vez deste aplicativo ou do navegador.
fix-app-protection-step-ask-admin = Se você precisa deste aplicativo no celular, fale com o seu administrador de TI: só ele pode adicioná-lo à política de proteção de aplicativos ou alterar a política de Acesso Condicional.
fix-app-protection-check = A entrada funciona no aplicativo protegido.

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = Conceder o consentimento para todos com um único link
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = Um link pede à Microsoft que conceda as permissões de { $product } para a sua organização ({ $tenant }): só para este aplicativo; nada mais muda.
fix-admin-consent-url-intro = Um link pede à Microsoft que conceda as permissões de { $product } para a organização da conta de administrador com a qual se entra: só para este aplicativo; nada mais muda.
fix-admin-consent-url-check = Peça a um usuário que se conecte novamente, ou execute a verificação de entrada deste site: todas as permissões devem aparecer como concedidas.

fix-method-1-title = Conceder a { $product } o consentimento do administrador para toda a organização no centro de administração
fix-method-1-intro = Um administrador aprova as permissões de { $product } uma única vez para toda a organização, no aplicativo empresarial dele; depois disso, os usuários não são mais consultados. Só este aplicativo passa a ser confiável.
fix-method-1-check = Atualize a página "Permissões": cada permissão deve aparecer em "Consentimento do administrador", concedida por um administrador. Depois, peça a um usuário que se conecte novamente.

fix-method-2-title = Entrar no aplicativo como administrador e consentir em nome da organização
fix-method-2-intro = Um administrador conecta { $product } como um usuário faria e, na tela de permissões da Microsoft, consente em nome de todos. Isso também adiciona o aplicativo ao diretório, caso ele ainda não esteja lá.
fix-method-2-check = Outro usuário se conecta sem ver uma tela de aprovação.

fix-admin-browser-title = Conectar em um navegador em que você já entrou como administrador
fix-admin-browser-intro = Uma solução alternativa para quando o consentimento foi concedido, mas os usuários continuam sem conseguir se conectar (por exemplo, enquanto as alterações se propagam): o administrador conecta { $product } em um navegador em que já entrou no Microsoft 365 como administrador.
fix-admin-browser-check = A conexão é bem-sucedida, e os usuários conseguem conectar as próprias contas.

fix-review-request-title = Revisar a solicitação de aprovação de { $product }
fix-review-request-intro = Um revisor abre a solicitação pendente de { $product } e a aprova, o que concede o consentimento para todos na organização.
fix-review-request-check = O solicitante recebe um e-mail e pode se conectar novamente.

fix-enable-workflow-title = Permitir que os usuários solicitem aprovação em vez de ficarem sem saída
fix-enable-workflow-intro = Ativar o fluxo de trabalho de consentimento do administrador substitui "Precisa da aprovação do administrador" por "Aprovação necessária", tela em que os usuários enviam uma solicitação com uma justificativa aos revisores escolhidos. Isso, por si só, não aprova nada.
fix-enable-workflow-check = Em até uma hora (normalmente em minutos), um usuário que tentar se conectar verá "Aprovação necessária" com o botão "Solicitar aprovação".

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = Permitir que os usuários consintam com aplicativos de publicadores verificados
fix-solution-b-intro = Assim, os usuários podem consentir por conta própria com aplicativos de publicadores verificados, como { $product } ({ $publisher }), para as permissões que um administrador classificar como de baixo impacto.
fix-solution-b-widens = Isso muda o que os usuários podem consentir para todos os aplicativos de publicadores verificados, não só para este. Prefira conceder o consentimento somente a este aplicativo.
fix-solution-b-check = Um usuário que não é administrador conecta o aplicativo sem tela de aprovação.

fix-method-3-title = Permitir que os usuários consintam com aplicativos por conta própria (a opção mais ampla)
fix-method-3-intro = Assim, os usuários podem consentir com qualquer aplicativo, de qualquer publicador, para as permissões que não exigem um administrador.
fix-method-3-widens = Isso permite que qualquer usuário dê a qualquer aplicativo acesso aos próprios dados — justamente a configuração da qual dependem os ataques de phishing de consentimento. A Microsoft a classifica como uma opção herdada; use-a somente se a sua política de segurança permitir.
fix-method-3-check = Um usuário conecta o aplicativo e aceita as permissões por conta própria.

fix-conditional-access-title = Encontrar a política de Acesso Condicional que bloqueou a entrada
fix-conditional-access-intro = Uma política de Acesso Condicional recusou a entrada em { $product }. Não é um problema de consentimento: conceder o consentimento não vai adiantar. O administrador que gerencia o Acesso Condicional decide se o aplicativo recebe uma exceção.
fix-conditional-access-check = O usuário entra novamente; o novo registro nos logs de entrada mostra que o Acesso Condicional foi bem-sucedido ou não foi aplicado.

fix-enable-sign-in-title = Habilitar { $product } para os usuários entrarem
fix-enable-sign-in-intro = O aplicativo empresarial de { $product } está desabilitado, então a Microsoft não emite tokens para ele a ninguém. Um administrador volta a definir "Habilitado para os usuários entrarem?" como Sim.
fix-enable-sign-in-check = Os usuários conseguem entrar novamente; as novas entradas não falham mais com AADSTS7000112.

fix-assign-users-title = Atribuir o usuário a { $product } ou deixar de exigir a atribuição
fix-assign-users-intro = { $product } está com "Atribuição obrigatória?" ativado, e só os usuários e grupos atribuídos podem entrar. Um administrador atribui o usuário (ou o grupo dele) ou desativa a exigência.
fix-assign-users-check = O usuário entra novamente sem AADSTS50105.

fix-create-service-principal-title = Adicionar { $product } ao seu diretório
fix-create-service-principal-intro = O aplicativo (ou um serviço da Microsoft que ele chama) ainda não tem um aplicativo empresarial no seu diretório. Conceder o consentimento normalmente o cria; um administrador também pode criá-lo diretamente e depois conceder o consentimento.
fix-create-service-principal-check = { $product } aparece em "Aplicativos empresariais", e a entrada passa deste erro.

fix-app-only-access-title = Conceder acesso somente de aplicativo e limitá-lo às caixas de correio escolhidas
fix-app-only-access-duration = 20 minutos, e até uma hora para entrar em vigor
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = Para a sincronização no servidor sem um usuário conectado, { $product } usa permissões de aplicativo ({ $permissions }). Elas sempre exigem o consentimento do administrador e abrangem todas as caixas de correio, a menos que o Exchange Online as limite.
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = Para a sincronização no servidor sem um usuário conectado, { $product } usa as permissões de aplicativo dele. Elas sempre exigem o consentimento do administrador e abrangem todas as caixas de correio, a menos que o Exchange Online as limite.
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } informa Granted para os membros e Denied para os demais; as chamadas negadas retornam "Access to OData is disabled".

fix-fix-account-title = Verificar a conta do usuário
fix-fix-account-intro = O problema é a própria conta: desabilitada, bloqueada, com a senha expirada ou sem ser membro da organização.
fix-fix-account-check = O usuário entra novamente.

fix-check-firewall-title = Verificar se a sua rede deixa a entrada passar
fix-check-firewall-intro = Proxies, firewalls e restrições de locatário podem impedir que { $product } alcance os pontos de extremidade de entrada e do Graph da Microsoft.
fix-check-firewall-check = A entrada e a sincronização funcionam de dentro da rede.

fix-federation-title = Verificar o provedor de identidade pelo qual a sua organização entra
fix-federation-intro = A entrada desta conta é repassada a outro provedor de identidade (AD FS, Okta, Ping e similares) ou a um agente local (autenticação de passagem, SSO Contínuo), e essa etapa falhou. Nem o consentimento nem o fornecedor do aplicativo podem mudar isso; quem administra esse provedor de identidade pode.
fix-federation-check = O usuário entra novamente, e os logs de entrada mostram sucesso.

fix-guest-access-title = Verificar a conta de convidado na outra organização
fix-guest-access-intro = A conta entra como convidado de outra organização, e a situação do convidado impede a entrada: o convite não foi aceito, o convidado foi removido ou bloqueado, ou as configurações de acesso entre locatários das duas organizações não permitem.
fix-guest-access-check = O convidado entra no aplicativo na organização que o convidou.

fix-claim-tenant-title = Assumir o controle do diretório não gerenciado
fix-claim-tenant-intro = O diretório da sua organização foi criado automaticamente quando alguém se inscreveu em um serviço da Microsoft com um endereço de e-mail corporativo. Ninguém o administra, então ninguém pode aprovar aplicativos nele até que alguém que seja dono do domínio de e-mail assuma o controle.
fix-claim-tenant-check = O Entra ID mostra o domínio como verificado na sua organização gerenciada.
