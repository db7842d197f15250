## What the verdict card says under the headline.

summary-not-catalogued = { $code } ne figure pas encore dans le catalogue de ce site. La page de recherche d’erreurs de Microsoft le décrit, et les détails ci-dessous sont ce dont le support a besoin.
summary-admin-consent-granted = Microsoft indique qu’un administrateur a accepté les autorisations pour l’organisation. Les utilisateurs peuvent maintenant connecter l’application ; la prise en compte partout peut prendre quelques minutes.
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = Formulation de Microsoft reconnue : « { $wording } ».
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Écran de Microsoft en { $language } reconnu : « { $wording } » (« { $label } » en anglais).
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } a signalé « { $token } » : { $meaning }
summary-unknown-looked = Nous avons cherché un code AADSTS, une erreur OAuth, la formulation des écrans de connexion de Microsoft (en anglais et dans neuf autres langues) et un nom d’erreur de bibliothèque cliente : rien de tout cela n’a été trouvé.
summary-unknown-nothing = Il n’y a pas non plus d’ID de demande, d’ID de corrélation ni d’heure : collez l’écran d’erreur en entier (« More details » [Plus de détails] les affiche), l’adresse de la page d’erreur ou l’erreur tirée d’un journal.
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = Le texte contient toutefois { $found } : le support peut retrouver la connexion grâce à ces éléments. Collez le reste de l’erreur (la ligne avec le code) pour obtenir un diagnostic.
found-request-id = l’ID de demande { $value }
found-correlation-id = l’ID de corrélation { $value }
found-trace-id = l’ID de trace { $value }
found-time = l’heure { $value }
found-app-id = l’ID d’application { $value }
found-organization = l’organisation { $value }

language-japanese = japonais
language-german = allemand
language-french = français
language-spanish = espagnol
language-portuguese = portugais
language-italian = italien
language-dutch = néerlandais
language-chinese = chinois
language-korean = coréen

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = la fenêtre de connexion a été fermée ou annulée avant la fin.
library-consent-required = l’application n’a pas encore de consentement pour les autorisations qu’elle a demandées.
library-interaction-required = l’application n’a pas pu vous connecter en arrière-plan et vous devez vous reconnecter (pour une vérification supplémentaire, parce que la session a expiré ou à cause d’une stratégie).
library-claims-challenge = le service a demandé une nouvelle connexion qui satisfait une exigence supplémentaire (une stratégie d’accès conditionnel ou une session révoquée), et c’est à l’application de la demander.

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = La demande de connexion était mal formée ou incomplète ; l’application l’a mal construite.
oauth-unauthorized-client = L’application n’est pas autorisée à utiliser ce type de connexion, ou elle n’est pas disponible dans cette organisation.
oauth-access-denied = L’accès a été refusé : la demande de consentement a été refusée ou annulée, ou une stratégie a refusé la connexion.
oauth-unsupported-response-type = L’application a demandé un type de réponse que son inscription n’autorise pas.
oauth-invalid-scope = L’application a demandé des autorisations sous une forme non valide.
oauth-server-error = Le service de connexion de Microsoft a rencontré une erreur inattendue. Réessayez dans quelques minutes.
oauth-temporarily-unavailable = Le service de connexion de Microsoft est temporairement surchargé ou indisponible. Réessayez dans un instant.
oauth-invalid-resource = Le service que l’application veut appeler n’existe pas ou n’est pas configuré dans cette organisation.
oauth-login-required = Aucune session de connexion n’est active ; vous devez vous connecter de façon interactive.
oauth-interaction-required = Microsoft attend une action de votre part sur l’écran de connexion (vous connecter, effectuer l’authentification multifacteur ou donner votre consentement).
oauth-consent-required = Il manque le consentement aux autorisations de l’application ; quelqu’un doit l’accorder de façon interactive.
oauth-invalid-grant = Le code de connexion ou la connexion enregistrée n’est plus valide ; reconnectez-vous.
oauth-invalid-client = L’application n’a pas pu prouver son identité auprès de Microsoft ; son inscription ou ses identifiants sont incorrects.
oauth-unsupported-grant-type = L’application a utilisé un type de demande de jeton que cette inscription ne prend pas en charge.
oauth-permission-denied = L’administrateur a annulé la demande de consentement.
oauth-other = Cette valeur d’erreur n’est décrite ni par la norme OAuth ni par Microsoft.

## The second reading of a cancel without a code.

alternative-admin-approval = Autre possibilité : si Microsoft a affiché « Approbation de l’administrateur requise » ou « Approbation requise » avant la fermeture de la fenêtre, { $product } a d’abord besoin de l’approbation d’un administrateur, et réessayer ne servira à rien.

## Notes under the fixes.

note-dropped-code = Un code d’autorisation est arrivé avec cette page. Il a été ignoré et n’est ni affiché, ni enregistré, ni partagé : c’est un identifiant à usage unique, et personne ne devrait vous le demander.
note-dropped-token = Un jeton est arrivé avec cette page. Il a été ignoré et n’est ni affiché, ni enregistré, ni partagé.
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = Le lien contenait une adresse « { $key } ». Cette page ne vous envoie jamais vers une adresse tirée d’un lien ; elle a donc été ignorée.
note-dropped-authority = Le lien tentait de choisir le serveur de connexion. Seuls les paramètres propres au déploiement peuvent le faire ; cette demande a donc été ignorée.
# $others lists codes, $primary is one code.
note-other-codes = Le texte mentionne aussi { $others } ; { $primary } est la cause précise.
# $permissions lists permission names such as Mail.Read.
note-managed-consent = Si vos collègues pouvaient connecter l’application auparavant : depuis 2025, les organisations réglées sur « Let Microsoft manage your consent settings » (Laisser Microsoft gérer vos paramètres de consentement) ne permettent plus aux utilisateurs de donner leur consentement à { $permissions } pour les applications tierces. Les consentements déjà donnés restent valables ; les nouveaux utilisateurs ont besoin du consentement d’un administrateur.
note-ignored-parameters = Paramètres ignorés : { $names }.
note-duplicate-parameters = Ces paramètres apparaissaient plusieurs fois ; seule la première valeur a été utilisée : { $names }.
note-truncated = Une partie du texte était trop longue et a été coupée avant la lecture.

## Warnings a person must not miss.

warning-unknown-client-title = Il s’agit d’une autre application que { $product }
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = Le texte mentionne l’ID d’application { $app }, qui n’est pas { $product } et ne figure pas dans sa liste d’applications. Ce site ne propose aucun lien de consentement pour cette application : accorder le consentement à une application que l’on ne peut pas identifier, c’est précisément ainsi que fonctionne l’hameçonnage par consentement. Vérifiez d’abord l’application auprès de son éditeur.
warning-unsolicited-title = Cette connexion n’a pas été lancée par cette page
warning-unsolicited = L’erreur est arrivée par un lien, et non par une connexion lancée depuis ce navigateur : rien ne garantit donc que son texte vienne de Microsoft. Elle est affichée à titre d’information uniquement ; rien n’en a été fait.
warning-unverified-publisher-title = L’éditeur de { $product } n’est pas vérifié
warning-unverified-publisher = Microsoft n’a pas vérifié l’éditeur « { $publisher } » (la vérification exige un ID Microsoft Cloud Partner Program, anciennement ID MPN, associé à l’application). Les utilisateurs ne peuvent donc pas donner leur consentement avec le paramètre « éditeurs vérifiés » ; et comme les applications multilocataires non vérifiées inscrites après novembre 2020 sont considérées comme à risque, il est possible qu’ils ne puissent pas donner leur consentement du tout : un administrateur doit accorder le consentement. Vérifiez l’ID d’application ({ $app_id }) avant de le faire.
warning-broad-scope-title = Examinez les autorisations avant de les accorder
# $permissions lists permission names.
warning-broad-delegated = Ces autorisations donnent un accès étendu aux données de l’ensemble des boîtes aux lettres ou de l’annuaire : { $permissions }.
warning-broad-application = Les autorisations d’application ({ $permissions }) permettent à l’application d’agir sans utilisateur connecté, sur toutes les boîtes aux lettres ou tous les comptes qu’elles couvrent, tant qu’un administrateur ne les limite pas.
warning-broad-default = Le lien de consentement demande .default, c’est-à-dire toutes les autorisations configurées dans l’inscription de l’application, et pas seulement celles listées ici. Lisez la liste sur l’écran de consentement de Microsoft avant d’accepter.

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = Vous
fixer-admin = Votre administrateur informatique
fixer-vendor = L’éditeur de l’application
fixer-microsoft = Microsoft (temporaire)
audience-user = J’utilise l’application
audience-admin = Je suis administrateur
audience-support = Je fais partie du support
