## What the verdict card says under the headline.

summary-not-catalogued = { $code } ainda não está no catálogo deste site. A página de pesquisa de erros da Microsoft o descreve, e os detalhes abaixo são o que o suporte precisa.
summary-admin-consent-granted = A Microsoft informa que um administrador aceitou as permissões em nome da organização. Os usuários já podem se conectar; pode levar alguns minutos para a mudança valer em todos os lugares.
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = Reconhecemos o texto da Microsoft "{ $wording }".
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Reconhecemos a tela da Microsoft em { $language } "{ $wording }" ("{ $label }" em inglês).
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } informou "{ $token }": { $meaning }
summary-unknown-looked = Procuramos um código AADSTS, um erro OAuth, o texto das telas de entrada da Microsoft (em inglês e em outros nove idiomas) e o nome de erro de uma biblioteca cliente, e não encontramos nenhum deles.
summary-unknown-nothing = Também não há ID da solicitação, ID de correlação nem horário: cole a tela de erro inteira ("Mais detalhes" mostra esses dados), o endereço da página de erro ou o erro de um log.
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = O texto contém { $found }: com esses dados, o suporte consegue encontrar a entrada. Cole o resto do erro (a linha com o código) para obter um diagnóstico.
found-request-id = ID da solicitação { $value }
found-correlation-id = ID de correlação { $value }
found-trace-id = ID de rastreamento { $value }
found-time = horário { $value }
found-app-id = ID do aplicativo { $value }
found-organization = organização { $value }

language-japanese = japonês
language-german = alemão
language-french = francês
language-spanish = espanhol
language-portuguese = português
language-italian = italiano
language-dutch = holandês
language-chinese = chinês
language-korean = coreano

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = a janela de entrada foi fechada ou cancelada antes de terminar.
library-consent-required = o aplicativo ainda não tem consentimento para as permissões que pediu.
library-interaction-required = o aplicativo não conseguiu entrar em segundo plano e precisa que você entre novamente (por uma verificação adicional, uma sessão expirada ou uma política).
library-claims-challenge = o serviço pediu uma nova entrada que atenda a um requisito adicional (uma política de Acesso Condicional ou uma sessão revogada), e é o aplicativo que precisa solicitá-la.

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = A solicitação de entrada estava malformada ou incompleta; o aplicativo a montou de forma errada.
oauth-unauthorized-client = O aplicativo não tem permissão para usar esse tipo de entrada, ou não está disponível nesta organização.
oauth-access-denied = O acesso foi negado: a tela de consentimento foi recusada ou cancelada, ou uma política recusou a entrada.
oauth-unsupported-response-type = O aplicativo pediu um tipo de resposta que o registro dele não permite.
oauth-invalid-scope = O aplicativo pediu permissões em um formato inválido.
oauth-server-error = O serviço de entrada da Microsoft encontrou um erro inesperado. Tente novamente em alguns minutos.
oauth-temporarily-unavailable = O serviço de entrada da Microsoft está temporariamente sobrecarregado ou indisponível. Tente novamente daqui a pouco.
oauth-invalid-resource = O serviço que o aplicativo quer chamar não existe ou não está configurado nesta organização.
oauth-login-required = Não há nenhuma sessão ativa; você precisa entrar de forma interativa.
oauth-interaction-required = A Microsoft precisa que você faça algo na tela de entrada (entrar, concluir a autenticação multifator ou dar consentimento).
oauth-consent-required = Falta o consentimento para as permissões do aplicativo; alguém precisa concedê-lo de forma interativa.
oauth-invalid-grant = O código de entrada ou a entrada salva não é mais válido; entre novamente.
oauth-invalid-client = O aplicativo não conseguiu provar sua identidade para a Microsoft; o registro ou as credenciais dele estão errados.
oauth-unsupported-grant-type = O aplicativo usou um tipo de solicitação de token que este registro não aceita.
oauth-permission-denied = O administrador cancelou a solicitação de consentimento.
oauth-other = Este valor de erro não está documentado nem no padrão OAuth nem pela Microsoft.

## The second reading of a cancel without a code.

alternative-admin-approval = Ou: se a Microsoft mostrou "Precisa da aprovação do administrador" ou "Aprovação necessária" antes de a janela fechar, { $product } precisa primeiro da aprovação de um administrador, e tentar de novo não vai adiantar.

## Notes under the fixes.

note-dropped-code = Um código de autorização chegou com esta página. Ele foi ignorado e não é exibido, armazenado nem compartilhado: é uma credencial de uso único, e ninguém deve pedi-lo a você.
note-dropped-token = Um token chegou com esta página. Ele foi ignorado e não é exibido, armazenado nem compartilhado.
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = O link trazia um endereço "{ $key }". Esta página nunca leva você a um endereço tirado de um link, por isso ele foi ignorado.
note-dropped-authority = O link tentou escolher o servidor de entrada. Só as configurações desta própria instalação podem fazer isso, por isso ele foi ignorado.
# $others lists codes, $primary is one code.
note-other-codes = O texto também menciona { $others }; { $primary } é a causa específica.
# $permissions lists permission names such as Mail.Read.
note-managed-consent = Se colegas conseguiam se conectar antes: desde 2025, organizações com "Let Microsoft manage your consent settings" [Deixar a Microsoft gerenciar suas configurações de consentimento] não permitem mais que os usuários consintam com { $permissions } para aplicativos de terceiros. Os consentimentos anteriores continuam valendo; novos usuários precisam do consentimento de um administrador.
note-ignored-parameters = Parâmetros ignorados: { $names }.
note-duplicate-parameters = Estes parâmetros apareceram mais de uma vez; só o primeiro valor foi usado: { $names }.
note-truncated = Parte do texto era longa demais e foi cortada antes da leitura.

## Warnings a person must not miss.

warning-unknown-client-title = Isto se refere a um aplicativo diferente de { $product }
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = O texto cita o ID do aplicativo { $app }, que não é { $product } nem está na lista de aplicativos dele. Este site não oferece nenhum link de consentimento para esse aplicativo: dar consentimento a um aplicativo que você não consegue identificar é exatamente como funciona o phishing de consentimento. Primeiro, verifique o aplicativo com o fornecedor dele.
warning-unsolicited-title = Esta entrada não foi iniciada por esta página
warning-unsolicited = O erro chegou em um link, não de uma entrada iniciada por este navegador, então não é possível confirmar que o texto é da Microsoft. Ele é exibido só como informação; nada foi feito com ele.
warning-unverified-publisher-title = O publicador de { $product } não é verificado
warning-unverified-publisher = A Microsoft não verificou o publicador "{ $publisher }" (a verificação exige um ID do Microsoft Cloud Partner Program, antigo ID do MPN, vinculado ao aplicativo). Por isso, os usuários não podem consentir pela configuração de "publicadores verificados" e, como aplicativos multilocatário (de várias organizações) não verificados e registrados após novembro de 2020 são tratados como arriscados, talvez os usuários não possam consentir de forma alguma: um administrador precisa conceder o consentimento. Confira o ID do aplicativo ({ $app_id }) antes de fazer isso.
warning-broad-scope-title = Revise as permissões antes de concedê-las
# $permissions lists permission names.
warning-broad-delegated = Estas permissões dão acesso amplo a dados de todas as caixas de correio ou do diretório: { $permissions }.
warning-broad-application = As permissões de aplicativo ({ $permissions }) permitem que o aplicativo aja sem um usuário conectado, em todas as caixas de correio ou contas que elas abrangem, até que um administrador as limite.
warning-broad-default = O link de consentimento pede .default, que significa todas as permissões configuradas no registro do aplicativo, não só as listadas aqui. Leia a lista na tela de consentimento da Microsoft antes de aceitar.

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = Você
fixer-admin = Seu administrador de TI
fixer-vendor = O fornecedor do aplicativo
fixer-microsoft = Microsoft (temporário)
audience-user = Uso o aplicativo
audience-admin = Sou administrador
audience-support = Sou do suporte
