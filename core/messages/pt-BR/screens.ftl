## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = Problemas para conectar { $product }?
home-lead = Conte o que você está vendo e nós diremos o que aconteceu, quem pode corrigir e exatamente como.
home-paste-label = Cole a mensagem de erro, o endereço da página de erro ou uma linha de log
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = Por exemplo: AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = Isso passa de 2 MB de texto. Cole só a mensagem de erro e os detalhes dela.
home-privacy = O que você cola fica neste navegador; nunca é enviado para lugar nenhum.
# The button that reads what was pasted.
home-diagnose = Diagnosticar
home-screens-title = Ou escolha a tela que você viu
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = "Precisa da aprovação do administrador"
home-screen-approval-required = "Aprovação necessária"
home-screen-app-risky = "Este aplicativo pode ser arriscado"
home-screen-cant-get-there = "You can't get there from here" [Não é possível acessar daqui]
home-screen-conditional-access = Bloqueado pelo Acesso Condicional
home-screen-app-disabled = "Application is disabled" [O aplicativo está desabilitado]
home-roles-title = Ou comece por quem você é
home-role-user = Uso o aplicativo
# $product is the app's name.
home-role-user-text = Verifique se você já consegue entrar em { $product } e o que está faltando.
home-role-admin = Sou administrador
home-role-admin-text = Conceda o consentimento para { $product }, com o link para a sua organização e as configurações exatas.
home-role-support = Sou do suporte
home-role-support-text = Crie um link que abra o diagnóstico certo para um cliente.

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = Não foi possível carregar a descrição deste código; as correções abaixo continuam valendo, e o link do erro leva à descrição da Microsoft.
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = Erro
# Links to the "Details for support" section further down.
diagnosis-view-details-link = detalhes
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = Ver esse diagnóstico
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = Quem pode corrigir:
diagnosis-view-fixes-title = O que fazer, em ordem
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = Esta folha mostra só as primeiras correções ({ $shown } de { $total }). As outras estão em { $link }
diagnosis-view-notes-label = Observações

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = Você
fix-card-actor-admin = Administrador de TI
fix-card-actor-vendor = Fornecedor do aplicativo
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = Amplia o acesso:
fix-card-open-consent-link = Abrir o link de consentimento do administrador
# Followed by how to see that the fix worked.
fix-card-check = Confirme que funcionou:

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = Copiar
# Shown in the button for two seconds after copying.
copy-button-copied = Copiado
copy-button-failed = Selecione e copie manualmente
copy-button-copy-link = Copiar link
copy-button-copy-admin-link = Copiar link para o administrador
copy-button-copy-report = Copiar relatório para o suporte
copy-button-copy-message = Copiar mensagem
copy-button-copy-justification = Copiar justificativa
# A command to type into the Windows command prompt.
copy-button-copy-command = Copiar comando
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Copiar ID do aplicativo
copy-button-copy-powershell = Copiar PowerShell
copy-button-copy-azure-cli = Copiar CLI do Azure

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = Mostrar a correção para

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = Seu e-mail corporativo, para que o link abra para a sua organização
ask-admin-find = Usar minha organização
ask-admin-privacy = Só o domínio é usado, para encontrar o ID da sua organização; o endereço em si não é guardado nem enviado.
ask-admin-no-email = Digite o seu endereço de e-mail corporativo, por exemplo, alex@contoso.com.
ask-admin-unreachable = Não foi possível ler a resposta: o serviço de entrada não pôde ser contatado.
# $domain is what the reader typed after the @.
ask-admin-not-found = { $domain } não é conhecido pelo Microsoft Entra nesta nuvem. Confira a grafia ou use um domínio verificado da sua organização (por exemplo, suaempresa.onmicrosoft.com).
ask-admin-other-cloud = Sua organização entra em outra nuvem da Microsoft, então esta página não consegue encontrá-la.
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = Não foi possível ler a resposta: { $reason }.
# $tenant is the organization's ID.
ask-admin-message-for = Mensagem para a sua organização ({ $tenant })
ask-admin-open-email = Abrir no e-mail

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = Detalhes para o suporte
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = Códigos
support-details-oauth-error = Erro OAuth
support-details-message = Mensagem
support-details-trace-id = ID de rastreamento
support-details-correlation-id = ID de correlação
support-details-request-id = ID da solicitação
support-details-timestamp = Carimbo de data/hora
support-details-tenant = Organização (locatário)
support-details-app-id = ID do aplicativo
support-details-app-name = Nome do aplicativo
# Which known wording of an error screen the pasted text matched.
support-details-recognised = Texto reconhecido
# What kind of text was read, such as "pasted text".
support-details-input = Conteúdo analisado
support-details-microsoft-page = Página da Microsoft
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (não é um endereço da Microsoft, por isso não é um link)
support-details-full-description = Descrição completa do erro
support-details-truncated = (cortado: o texto era maior do que esta página mostra)
support-details-report-title = Relatório para um chamado de suporte
support-details-report-privacy = Sem tokens, sem códigos de entrada e sem endereços de e-mail, a menos que você os inclua.
# A checkbox, when the reader has signed in.
support-details-include-name = Incluir meu nome de entrada e endereços de e-mail
# A checkbox.
support-details-include-email = Incluir endereços de e-mail (eles são removidos por padrão)
support-details-download = Baixar como .txt
support-details-share-title = Compartilhar este diagnóstico
support-details-share-note = O link abre este mesmo diagnóstico em outro dispositivo. Ele leva os códigos e IDs acima, nunca um token nem o seu endereço de e-mail.
support-details-share-link = Link para este diagnóstico
support-details-admin-link = Link para o seu administrador de TI
# After the link above.
support-details-admin-link-note = (abre as etapas para o administrador)

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Esta página não existe
not-found-text = O endereço pode estar digitado errado ou ser de uma versão antiga deste site.
not-found-home = Ir para a página inicial

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Esta página faz parte do site de ajuda completo.
other-build-open = Abrir
