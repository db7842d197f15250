# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 minute
duration-two-minutes = 2 minutes
duration-three-minutes = 3 minutes
duration-five-minutes = 5 minutes
duration-ten-minutes = 10 minutes
duration-fifteen-minutes = 15 minutes
duration-thirty-minutes = 30 minutes
duration-one-hour = 1 heure

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = Ce lien est destiné à votre administrateur informatique : il ne fonctionne que pour un administrateur, alors envoyez-le-lui.
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = C’est votre administrateur informatique qui s’en charge. Envoyez-lui le « lien pour votre administrateur informatique » en bas de cette page : il ouvre ces étapes en détail.

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = Envoyer la demande d’approbation depuis l’écran de Microsoft
fix-request-approval-duration = 1 minute, puis attendre l’approbation
fix-request-approval-intro = Votre organisation vous permet de demander à un administrateur d’approuver l’application. La demande est envoyée aux réviseurs choisis par votre administrateur.
fix-request-approval-step-connect = Relancez la connexion de { $product } jusqu’à voir l’écran « Approbation requise ».
fix-request-approval-step-reason = Écrivez un bref motif dans la zone de justification, par exemple :
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = Justification
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = J’ai besoin de { $product } pour { $purpose }.
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = J’ai besoin de { $product } pour mon travail.
fix-request-approval-step-send = Sélectionnez « Request approval » (Demander l’approbation), puis « Back to app » (Retour à l’application).
fix-request-approval-step-wait = Attendez l’e-mail de Microsoft indiquant que la demande a été approuvée (ou refusée). L’approbation prend généralement de quelques minutes à quelques jours ; son état n’est visible nulle part ailleurs.
fix-request-approval-step-reconnect = Une fois la demande approuvée, connectez de nouveau { $product }.
fix-request-approval-check = Après l’approbation, la connexion fonctionne sans écran d’approbation.

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = Demander à votre administrateur informatique d’approuver l’application
fix-ask-admin-duration = 1 minute, puis attendre votre administrateur
fix-ask-admin-intro = Envoyez à votre administrateur un message qui contient tout ce dont il a besoin pour régler le problème en une seule fois.
fix-ask-admin-step-copy = Copiez ce message (ou ouvrez-le dans votre messagerie) et envoyez-le à votre administrateur informatique ou à votre service d’assistance.
# The label above the message the user copies.
fix-ask-admin-snippet-message = Message
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = Ouvrir dans la messagerie
fix-ask-admin-step-reconnect = Quand votre administrateur vous le confirme, connectez de nouveau { $product }.
fix-ask-admin-check = La connexion fonctionne sans écran d’approbation.

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = Merci d’approuver { $product } pour notre organisation
fix-ask-admin-message-greeting = Bonjour,
fix-ask-admin-message-problem = J’ai essayé de connecter { $product } (édité par { $company }) à mon compte Microsoft 365, et Microsoft m’a indiqué qu’un administrateur devait d’abord l’approuver.
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    Ce que l’application demande, et pourquoi :
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    Vous pouvez examiner et accorder le consentement pour notre organisation avec ce lien (il ne fonctionne que pour un administrateur) :
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    Instructions détaillées pour les administrateurs :
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    Autres façons de l’accorder (centre d’administration, PowerShell, Azure CLI) :
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    Si le blocage persiste, cette vérification en lecture seule permet de trouver le paramètre de notre locataire qui en est la cause :
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = ID d’application : { $app_id }
fix-ask-admin-message-publisher = Éditeur : { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = Éditeur : { $publisher } (vérifié)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = Détails de l’erreur : { $details }
fix-ask-admin-message-thanks = Merci d’avance.

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = Connecter de nouveau { $product } et accepter
fix-try-again-intro = L’écran des autorisations a été fermé, ou les autorisations ont été refusées. Rien n’est cassé ; il suffit de recommencer.
fix-try-again-step-start = Relancez la connexion de { $product }.
fix-try-again-step-accept = Quand Microsoft affiche la liste des autorisations, lisez-la et sélectionnez « Accepter ».
fix-try-again-step-admin = Si vous voyez plutôt « Approbation de l’administrateur requise » ou « Approbation requise », votre organisation a besoin qu’un administrateur approuve l’application : suivez la solution suivante.
fix-try-again-check = Vous revenez dans l’application, et elle est connectée.

## sign-in-again

fix-sign-in-again-title = Se reconnecter et répondre à chaque invite
fix-sign-in-again-intro = Microsoft a besoin d’une nouvelle connexion interactive : votre session a pris fin, ou votre organisation exige une vérification supplémentaire, comme l’authentification multifacteur.
fix-sign-in-again-step-start = Relancez la connexion de { $product } dans une fenêtre de navigateur normale (pas une fenêtre intégrée à une autre application).
fix-sign-in-again-step-prompts = Répondez à chaque invite : mot de passe, application d’authentification ou code, et toute inscription demandée par votre organisation.
fix-sign-in-again-step-register = Si votre application d’authentification n’est pas encore configurée, enregistrez d’abord une méthode sur la page Informations de sécurité de Microsoft.
fix-sign-in-again-link-security-info = Ouvrir les informations de sécurité
fix-sign-in-again-check = La connexion aboutit et vous revenez dans l’application.

## use-other-account

fix-use-other-account-title = Se connecter avec le compte professionnel de la bonne organisation
fix-use-other-account-intro = La connexion a utilisé un compte ou une organisation qui ne correspond pas à ce qu’attend l’application.
fix-use-other-account-step-start = Relancez la connexion de { $product }.
fix-use-other-account-step-picker = Dans le sélecteur de compte de Microsoft, choisissez « Utiliser un autre compte » et saisissez votre adresse professionnelle ou scolaire (pas un compte personnel Outlook.com ou Hotmail).
fix-use-other-account-step-private = Si le mauvais compte est choisi automatiquement, réessayez dans une fenêtre de navigation privée.
fix-use-other-account-check = Vous arrivez sur l’écran des autorisations ou revenez dans l’application.

## reset-password

fix-reset-password-title = Changer ou réinitialiser votre mot de passe
fix-reset-password-intro = Le mot de passe était incorrect ou a expiré.
fix-reset-password-step-reset = Réinitialisez votre mot de passe sur la page en libre-service de Microsoft (si votre organisation le permet), ou adressez-vous à votre service d’assistance.
fix-reset-password-link-reset = Réinitialiser le mot de passe
fix-reset-password-step-sign-in = Reconnectez-vous avec le nouveau mot de passe.
fix-reset-password-check = La connexion aboutit.

## device-compliance

fix-device-compliance-title = Utiliser un appareil géré par votre organisation
fix-device-compliance-duration = De 10 minutes à une journée
fix-device-compliance-intro = Votre organisation n’autorise cette application que depuis des appareils inscrits et conformes (ou depuis des applications approuvées).
fix-device-compliance-step-managed = Réessayez depuis un ordinateur ou un téléphone géré par l’entreprise.
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = Ou inscrivez cet appareil : installez l’application Portail d’entreprise de votre organisation, connectez-vous et suivez ses étapes jusqu’à ce que l’appareil apparaisse comme conforme.
fix-device-compliance-step-help-desk = Si l’inscription est impossible, demandez à votre service d’assistance quels appareils ou applications sont autorisés.
fix-device-compliance-check = La connexion aboutit depuis l’appareil géré.

## run-check: this site's own sign-in check.

fix-run-check-title = Confirmer la correction par un test de connexion
fix-run-check-intro = Après une modification, ce site peut vous connecter pour vérifier quelles autorisations de { $product } sont maintenant accordées.
fix-run-check-step-open = Ouvrez le test de connexion et connectez-vous avec le compte qui a échoué.
fix-run-check-link-open = Ouvrir le test de connexion

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = Coller l’erreur en entier
fix-paste-more-intro = Rien de reconnaissable n’a été trouvé. Plus vous collez de texte de l’erreur, plus le diagnostic est précis.
fix-paste-more-step-details = Sur l’écran d’erreur de Microsoft, sélectionnez « More details » (Plus de détails) ou « Troubleshooting details » (Détails de dépannage) et copiez tout ce qui s’affiche (le code d’erreur et les ID y figurent).
fix-paste-more-step-address = Ou copiez l’adresse complète dans la barre d’adresse du navigateur après l’erreur.
fix-paste-more-step-lookup = Si l’écran affiche un nombre comme 90094, la page d’erreurs de Microsoft le décrit.
fix-paste-more-link-lookup = Ouvrir la recherche d’erreurs de Microsoft
fix-paste-more-step-paste = Collez le tout sur la page d’accueil de ce site.
fix-paste-more-link-start = Aller à la page d’accueil

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = Rechercher { $code } sur la page d’erreurs de Microsoft
fix-lookup-code-intro = La page de recherche de Microsoft donne la description la plus récente de chaque code.
fix-lookup-code-step-open = Ouvrez la description de ce code sur le site de Microsoft.
fix-lookup-code-link-open = Ouvrir { $code } sur le site de Microsoft

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = Signaler le problème à { $company }
fix-contact-vendor-duration = 1 jour ouvré (éditeur)
fix-contact-vendor-intro = La cause se trouve dans l’inscription de { $product } ou dans sa façon de se connecter ; seul l’éditeur, { $company }, peut changer cela.
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = Contactez le support de { $company } : { $email } ou { $url }.
fix-contact-vendor-step-contact-email = Contactez le support de { $company } : { $email }.
fix-contact-vendor-step-contact-url = Contactez le support de { $company } : { $url }.
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = Contactez le support de { $company } par ses canaux habituels.
fix-contact-vendor-link-email = Écrire au support
fix-contact-vendor-link-website = Ouvrir le site du support
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = { $product } : erreur de connexion
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = Joignez le rapport de la section « Détails pour le support » de cette page : il contient le code, les ID de trace et de corrélation et l’heure, dont leurs ingénieurs ont besoin.

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = Patienter quelques minutes et réessayer
fix-wait-and-retry-duration = 5 à 15 minutes
fix-wait-and-retry-intro = Il s’agit d’un problème passager du service de Microsoft.
fix-wait-and-retry-step-wait = Patientez quelques minutes, puis réessayez.
fix-wait-and-retry-step-status = Si l’échec persiste plus d’une heure, consultez l’état des services Microsoft 365 ou contactez le support avec les détails ci-dessous.
fix-wait-and-retry-link-status = Ouvrir l’état des services Microsoft 365

## register-device: the device's registration with the organization.

fix-register-device-title = Reconnecter cet appareil à votre organisation
fix-register-device-intro = Microsoft n’a pas pu confirmer l’identité de cet appareil : il n’est ni inscrit ni joint, son inscription a été supprimée ou désactivée, ou son jeton de connexion d’appareil est périmé.
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = Sous Windows, ouvrez Paramètres › Comptes › Accès Professionnel ou Scolaire. Si votre compte professionnel n’y figure pas ou affiche une erreur, déconnectez-le puis reconnectez-le, et redémarrez.
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = Pour voir l’état de l’appareil, exécutez cette commande dans une invite de commandes ; AzureAdJoined ou WorkplaceJoined, ainsi qu’AzureAdPrt, doivent indiquer YES. Si ce n’est pas le cas, envoyez le résultat à votre administrateur informatique :
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = Invite de commandes
fix-register-device-step-phone = Sur un téléphone ou un Mac, ouvrez Portail d’entreprise (ou Microsoft Authenticator) et connectez-vous avec votre compte professionnel pour que l’appareil s’inscrive.
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = Administrateurs informatiques : trouvez l’appareil sous { $devices_path } et vérifiez qu’il est activé et qu’il ne s’agit pas d’un doublon obsolète ; { $sign_in_logs_path } indique l’ID d’appareil utilisé lors de la connexion.
fix-register-device-link-sign-in-logs = Ouvrir les journaux de connexion
# $command is a command (dsregcmd /status).
fix-register-device-check = La connexion fonctionne depuis cet appareil, et { $command } indique que l’appareil est joint ou inscrit.

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = Utiliser une application protégée par votre organisation
fix-app-protection-intro = Une stratégie d’accès conditionnel n’autorise l’accès à cette ressource que depuis une application qui applique la stratégie de protection des applications de votre organisation (Microsoft Intune), et la connexion venait d’une application ou d’un navigateur qui ne l’applique pas.
fix-app-protection-step-broker = Installez l’application de répartiteur (broker) et connectez-vous-y avec votre compte professionnel : Microsoft Authenticator sur iPhone et iPad, Portail d’entreprise sur Android.
fix-app-protection-step-approved-app = Ouvrez les données dans une application approuvée par votre organisation (par exemple Outlook ou Teams sur le téléphone) plutôt que dans cette application ou dans le navigateur.
fix-app-protection-step-ask-admin = Si vous avez besoin de cette application sur le téléphone, adressez-vous à votre administrateur informatique : lui seul peut l’ajouter à la stratégie de protection des applications ou modifier la stratégie d’accès conditionnel.
fix-app-protection-check = La connexion fonctionne depuis l’application protégée.

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = Accorder le consentement pour tous avec un seul lien
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = Un seul lien demande à Microsoft d’accorder les autorisations de { $product } pour votre organisation ({ $tenant }) — pour cette application uniquement, rien d’autre ne change.
fix-admin-consent-url-intro = Un seul lien demande à Microsoft d’accorder les autorisations de { $product } pour l’organisation du compte administrateur avec lequel vous vous connectez — pour cette application uniquement, rien d’autre ne change.
fix-admin-consent-url-check = Demandez à un utilisateur de se reconnecter, ou lancez le test de connexion de ce site : chaque autorisation doit apparaître comme accordée.

fix-method-1-title = Accorder à { $product } le consentement administrateur pour toute l’organisation dans le centre d’administration
fix-method-1-intro = Un administrateur approuve une fois pour toute l’organisation les autorisations de { $product }, depuis son application d’entreprise ; les utilisateurs ne sont ensuite plus sollicités. La confiance n’est accordée qu’à cette application.
fix-method-1-check = Actualisez la page « Autorisations » : chaque autorisation doit figurer sous « Consentement administrateur », accordée par un administrateur. Demandez ensuite à un utilisateur de se reconnecter.

fix-method-2-title = Se connecter à l’application en tant qu’administrateur et donner son consentement au nom de l’organisation
fix-method-2-intro = Un administrateur connecte { $product } comme le ferait un utilisateur et, sur l’écran des autorisations de Microsoft, donne son consentement pour tout le monde. Cela ajoute aussi l’application à l’annuaire si elle n’y figure pas encore.
fix-method-2-check = Un autre utilisateur se connecte sans voir d’écran d’approbation.

fix-admin-browser-title = Se connecter depuis un navigateur déjà connecté en tant qu’administrateur
fix-admin-browser-intro = Une solution de contournement quand le consentement a été accordé mais que les utilisateurs échouent encore (par exemple pendant la propagation des modifications) : l’administrateur connecte { $product } depuis un navigateur où il est déjà connecté à Microsoft 365 en tant qu’administrateur.
fix-admin-browser-check = La connexion réussit et les utilisateurs peuvent connecter leurs propres comptes.

fix-review-request-title = Examiner la demande d’approbation pour { $product }
fix-review-request-intro = Un réviseur ouvre la demande en attente pour { $product } et l’approuve, ce qui accorde le consentement pour toute l’organisation.
fix-review-request-check = Le demandeur reçoit un e-mail et peut se reconnecter.

fix-enable-workflow-title = Permettre aux utilisateurs de demander une approbation au lieu de rester bloqués
fix-enable-workflow-intro = Activer le workflow de consentement administrateur remplace « Approbation de l’administrateur requise » par « Approbation requise », où les utilisateurs envoient une demande avec une justification à des réviseurs désignés. Cela n’approuve rien en soi.
fix-enable-workflow-check = Dans l’heure (en général en quelques minutes), un utilisateur qui tente de se connecter voit « Approbation requise » avec un bouton « Request approval » (Demander l’approbation).

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = Autoriser les utilisateurs à donner leur consentement aux applications d’éditeurs vérifiés
fix-solution-b-intro = Les utilisateurs pourront alors donner eux-mêmes leur consentement aux applications d’éditeurs vérifiés, comme { $product } ({ $publisher }), pour les autorisations qu’un administrateur classe comme à faible impact.
fix-solution-b-widens = Cela change ce à quoi les utilisateurs peuvent donner leur consentement pour toutes les applications d’éditeurs vérifiés, pas seulement pour celle-ci. Accorder le consentement à cette seule application reste préférable.
fix-solution-b-check = Un utilisateur qui n’est pas administrateur connecte l’application sans écran d’approbation.

fix-method-3-title = Autoriser les utilisateurs à donner eux-mêmes leur consentement aux applications (option la plus large)
fix-method-3-intro = Les utilisateurs pourront alors donner leur consentement à n’importe quelle application, de n’importe quel éditeur, pour les autorisations qui ne nécessitent pas d’administrateur.
fix-method-3-widens = Cela permet à chaque utilisateur d’accorder à n’importe quelle application l’accès à ses données — le paramètre sur lequel reposent les attaques par hameçonnage de consentement. Microsoft le présente comme une option héritée ; ne l’utilisez que si votre politique de sécurité le permet.
fix-method-3-check = Un utilisateur connecte l’application et accepte lui-même les autorisations.

fix-conditional-access-title = Trouver la stratégie d’accès conditionnel qui a bloqué la connexion
fix-conditional-access-intro = Une stratégie d’accès conditionnel a refusé la connexion à { $product }. Ce n’est pas un problème de consentement : accorder le consentement n’y changera rien. C’est l’administrateur qui gère l’accès conditionnel qui décide si l’application obtient une exception.
fix-conditional-access-check = L’utilisateur se reconnecte ; la nouvelle entrée du journal de connexion indique « Success » (Réussite) ou « Not applied » (Non appliqué) pour l’accès conditionnel.

fix-enable-sign-in-title = Réactiver la connexion des utilisateurs à { $product }
fix-enable-sign-in-intro = L’application d’entreprise de { $product } est désactivée : Microsoft n’émet donc de jeton pour elle à personne. Un administrateur remet « Activé pour que les utilisateurs se connectent ? » sur « Oui ».
fix-enable-sign-in-check = Les utilisateurs peuvent de nouveau se connecter ; les nouvelles connexions n’échouent plus avec AADSTS7000112.

fix-assign-users-title = Affecter l’utilisateur à { $product }, ou ne plus exiger d’affectation
fix-assign-users-intro = Pour { $product }, « Affectation requise ? » est activé : seuls les utilisateurs et groupes affectés peuvent se connecter. Un administrateur affecte l’utilisateur (ou son groupe), ou désactive cette exigence.
fix-assign-users-check = L’utilisateur se reconnecte sans l’erreur AADSTS50105.

fix-create-service-principal-title = Ajouter { $product } à votre annuaire
fix-create-service-principal-intro = L’application (ou un service Microsoft qu’elle appelle) n’a pas encore d’application d’entreprise dans votre annuaire. Accorder le consentement la crée normalement ; un administrateur peut aussi la créer directement, puis accorder le consentement.
fix-create-service-principal-check = { $product } apparaît sous « Applications d’entreprise », et la connexion ne s’arrête plus sur cette erreur.

fix-app-only-access-title = Accorder un accès d’application uniquement, limité aux boîtes aux lettres choisies
fix-app-only-access-duration = 20 minutes, et jusqu’à une heure avant la prise d’effet
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = Pour la synchronisation côté serveur sans utilisateur connecté, { $product } utilise des autorisations d’application ({ $permissions }). Elles nécessitent toujours le consentement administrateur et couvrent toutes les boîtes aux lettres, sauf si Exchange Online les limite.
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = Pour la synchronisation côté serveur sans utilisateur connecté, { $product } utilise des autorisations d’application. Elles nécessitent toujours le consentement administrateur et couvrent toutes les boîtes aux lettres, sauf si Exchange Online les limite.
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } indique Granted pour les membres et Denied pour les autres ; les appels refusés renvoient « Access to OData is disabled ».

fix-fix-account-title = Vérifier le compte de l’utilisateur
fix-fix-account-intro = Le problème vient du compte lui-même : désactivé, verrouillé, mot de passe expiré, ou compte qui n’est pas membre de l’organisation.
fix-fix-account-check = L’utilisateur se reconnecte.

fix-check-firewall-title = Vérifier que votre réseau laisse passer la connexion
fix-check-firewall-intro = Les proxys, pare-feu et restrictions de locataire peuvent empêcher { $product } d’atteindre les points de terminaison de connexion et de Graph de Microsoft.
fix-check-firewall-check = La connexion et la synchronisation fonctionnent depuis le réseau interne.

fix-federation-title = Vérifier le fournisseur d’identité par lequel passe la connexion de votre organisation
fix-federation-intro = La connexion de ce compte est confiée à un autre fournisseur d’identité (AD FS, Okta, Ping, etc.) ou à un agent local (authentification directe, authentification unique transparente), et cette étape a échoué. Ni le consentement ni l’éditeur de l’application n’y peuvent rien ; c’est à la personne qui gère ce fournisseur d’identité d’intervenir.
fix-federation-check = L’utilisateur se reconnecte et le journal de connexion indique une réussite.

fix-guest-access-title = Vérifier le compte invité dans l’autre organisation
fix-guest-access-intro = Le compte se connecte en tant qu’invité d’une autre organisation, et l’état de l’invité l’en empêche : l’invitation n’a pas été acceptée, l’invité a été supprimé ou bloqué, ou les paramètres d’accès interlocataire des deux organisations ne le permettent pas.
fix-guest-access-check = L’invité se connecte à l’application dans l’organisation qui l’a invité.

fix-claim-tenant-title = Prendre le contrôle de l’annuaire non géré
fix-claim-tenant-intro = L’annuaire de votre organisation a été créé automatiquement quand quelqu’un s’est inscrit à un service Microsoft avec une adresse e-mail professionnelle. Personne ne l’administre : personne ne peut donc y approuver d’applications tant qu’une personne propriétaire du domaine de messagerie n’en a pas pris le contrôle.
fix-claim-tenant-check = Entra ID indique que le domaine est vérifié dans votre organisation gérée.
