# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 Minute
duration-two-minutes = 2 Minuten
duration-three-minutes = 3 Minuten
duration-five-minutes = 5 Minuten
duration-ten-minutes = 10 Minuten
duration-fifteen-minutes = 15 Minuten
duration-thirty-minutes = 30 Minuten
duration-one-hour = 1 Stunde

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = Diesen Link öffnet Ihr IT-Administrator. Er funktioniert nur mit einem Administratorkonto, senden Sie ihn also an Ihren IT-Administrator.
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = Das erledigt Ihr IT-Administrator. Senden Sie ihm den „Link für Ihren IT-Administrator“ unten auf dieser Seite: Er öffnet diese Schritte vollständig.

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = Genehmigungsanfrage über den Bildschirm von Microsoft senden
fix-request-approval-duration = 1 Minute, dann auf die Genehmigung warten
fix-request-approval-intro = Ihre Organisation erlaubt Ihnen, einen Administrator um die Genehmigung der App zu bitten. Die Anfrage geht an die Prüfer, die Ihr Administrator festgelegt hat.
fix-request-approval-step-connect = Verbinden Sie { $product } erneut, bis „Genehmigung erforderlich“ angezeigt wird.
fix-request-approval-step-reason = Schreiben Sie eine kurze Begründung in das Feld für die Begründung, zum Beispiel:
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = Begründung
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = Ich brauche { $product } für Folgendes: { $purpose }.
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = Ich brauche { $product } für meine Arbeit.
fix-request-approval-step-send = Wählen Sie „Genehmigung anfordern“ und dann „Back to app“ (Zurück zur App).
fix-request-approval-step-wait = Warten Sie auf die E-Mail von Microsoft, dass die Anfrage genehmigt (oder abgelehnt) wurde. Die Genehmigung dauert meist zwischen einigen Minuten und ein paar Tagen; den Status können Sie nirgendwo sonst sehen.
fix-request-approval-step-reconnect = Sobald die Anfrage genehmigt ist, verbinden Sie { $product } erneut.
fix-request-approval-check = Nach der Genehmigung funktioniert das Verbinden ohne Genehmigungsbildschirm.

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = Bitten Sie Ihren IT-Administrator, die App zu genehmigen
fix-ask-admin-duration = 1 Minute, dann auf Ihren Administrator warten
fix-ask-admin-intro = Senden Sie Ihrem Administrator eine Nachricht mit allem, was er braucht, um das Problem in einem Durchgang zu beheben.
fix-ask-admin-step-copy = Kopieren Sie diese Nachricht (oder öffnen Sie sie in Ihrem E-Mail-Programm), und senden Sie sie an Ihren IT-Administrator oder Helpdesk.
# The label above the message the user copies.
fix-ask-admin-snippet-message = Nachricht
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = In E-Mail öffnen
fix-ask-admin-step-reconnect = Sobald Ihr Administrator es bestätigt, verbinden Sie { $product } erneut.
fix-ask-admin-check = Das Verbinden funktioniert ohne Genehmigungsbildschirm.

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = Bitte { $product } für unsere Organisation genehmigen
fix-ask-admin-message-greeting = Hallo,
fix-ask-admin-message-problem = ich wollte { $product } (von { $company }) mit meinem Microsoft 365-Konto verbinden, aber Microsoft hat angezeigt, dass ein Administrator die App genehmigen muss.
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    Was die App anfordert und warum:
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    Mit diesem Link können Sie die Einwilligung für unsere Organisation prüfen und erteilen (er funktioniert nur für Administratoren):
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    Schritt-für-Schritt-Anleitung für Administratoren:
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    Weitere Wege, die Einwilligung zu erteilen (Admin Center, PowerShell, Azure CLI):
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    Falls die App danach noch blockiert ist, findet diese Prüfung (nur lesend) die Einstellung in unserem Mandanten, die das verursacht:
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = Anwendungs-ID: { $app_id }
fix-ask-admin-message-publisher = Herausgeber: { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = Herausgeber: { $publisher } (verifiziert)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = Fehlerdetails: { $details }
fix-ask-admin-message-thanks = Vielen Dank.

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = { $product } erneut verbinden und akzeptieren
fix-try-again-intro = Der Berechtigungsbildschirm wurde geschlossen oder abgelehnt. Es ist nichts kaputt; fangen Sie einfach noch einmal an.
fix-try-again-step-start = Verbinden Sie { $product } erneut.
fix-try-again-step-accept = Wenn Microsoft die Berechtigungen auflistet, lesen Sie sie, und wählen Sie „Akzeptieren“.
fix-try-again-step-admin = Wenn stattdessen „Administratorgenehmigung erforderlich“ oder „Genehmigung erforderlich“ erscheint, muss ein Administrator Ihrer Organisation die App genehmigen: Folgen Sie dann der nächsten Lösung.
fix-try-again-check = Sie landen wieder in der App, und sie ist verbunden.

## sign-in-again

fix-sign-in-again-title = Erneut anmelden und alle Abfragen abschließen
fix-sign-in-again-intro = Microsoft verlangt eine neue, interaktive Anmeldung: Ihre Sitzung ist abgelaufen, oder Ihre Organisation verlangt eine zusätzliche Überprüfung, etwa die mehrstufige Authentifizierung.
fix-sign-in-again-step-start = Verbinden Sie { $product } erneut, und zwar in einem normalen (nicht eingebetteten) Browserfenster.
fix-sign-in-again-step-prompts = Schließen Sie jede Abfrage ab: Kennwort, Authenticator-App oder Code und jede Registrierung, die Ihre Organisation verlangt.
fix-sign-in-again-step-register = Wenn Ihre Authenticator-App nicht eingerichtet ist, registrieren Sie zuerst eine Methode auf der Microsoft-Seite „Sicherheitsinformationen“.
fix-sign-in-again-link-security-info = Sicherheitsinformationen öffnen
fix-sign-in-again-check = Die Anmeldung wird abgeschlossen, und Sie landen wieder in der App.

## use-other-account

fix-use-other-account-title = Mit Ihrem Geschäftskonto für die richtige Organisation anmelden
fix-use-other-account-intro = Das Konto oder die Organisation, mit der Sie sich angemeldet haben, passt nicht zu dem, was die App erwartet.
fix-use-other-account-step-start = Verbinden Sie { $product } erneut.
fix-use-other-account-step-picker = Wählen Sie in der Kontoauswahl von Microsoft „Ein anderes Konto verwenden“, und geben Sie die Adresse Ihres Geschäfts-, Schul- oder Unikontos ein (kein persönliches Outlook.com- oder Hotmail-Konto).
fix-use-other-account-step-private = Wenn automatisch das falsche Konto gewählt wird, versuchen Sie es in einem privaten Browserfenster erneut.
fix-use-other-account-check = Sie sehen den Berechtigungsbildschirm oder landen wieder in der App.

## reset-password

fix-reset-password-title = Kennwort ändern oder zurücksetzen
fix-reset-password-intro = Das Kennwort war falsch oder ist abgelaufen.
fix-reset-password-step-reset = Setzen Sie Ihr Kennwort über die Self-Service-Seite von Microsoft zurück (wenn Ihre Organisation das erlaubt), oder wenden Sie sich an Ihren Helpdesk.
fix-reset-password-link-reset = Kennwortzurücksetzung öffnen
fix-reset-password-step-sign-in = Melden Sie sich mit dem neuen Kennwort erneut an.
fix-reset-password-check = Die Anmeldung wird abgeschlossen.

## device-compliance

fix-device-compliance-title = Ein von Ihrer Organisation verwaltetes Gerät verwenden
fix-device-compliance-duration = 10 Minuten bis 1 Tag
fix-device-compliance-intro = Ihre Organisation lässt diese App nur auf registrierten, konformen Geräten (oder in genehmigten Apps) zu.
fix-device-compliance-step-managed = Versuchen Sie es erneut auf einem Computer oder Smartphone, das von Ihrem Unternehmen verwaltet wird.
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = Oder registrieren Sie dieses Gerät: Installieren Sie die App „Unternehmensportal“ Ihrer Organisation, melden Sie sich an, und folgen Sie den Schritten, bis das Gerät als konform angezeigt wird.
fix-device-compliance-step-help-desk = Wenn die Registrierung nicht möglich ist, fragen Sie Ihren Helpdesk, welche Geräte oder Apps erlaubt sind.
fix-device-compliance-check = Die Anmeldung auf dem verwalteten Gerät wird abgeschlossen.

## run-check: this site's own sign-in check.

fix-run-check-title = Die Lösung mit einer Anmeldeprüfung bestätigen
fix-run-check-intro = Nachdem jemand etwas geändert hat, kann diese Website Sie anmelden und prüfen, welche Berechtigungen von { $product } jetzt erteilt sind.
fix-run-check-step-open = Öffnen Sie die Anmeldeprüfung, und melden Sie sich mit dem Konto an, bei dem der Fehler aufgetreten ist.
fix-run-check-link-open = Anmeldeprüfung öffnen

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = Den ganzen Fehler einfügen
fix-paste-more-intro = Es wurde nichts Erkennbares gefunden. Je mehr vom Fehler Sie einfügen, desto genauer ist die Diagnose.
fix-paste-more-step-details = Wählen Sie auf dem Fehlerbildschirm von Microsoft „More details“ (Weitere Details) oder „Troubleshooting details“ (Details zur Problembehandlung), und kopieren Sie alles, was angezeigt wird (es enthält den Fehlercode und die IDs).
fix-paste-more-step-address = Oder kopieren Sie nach dem Fehler die ganze Adresse aus der Adressleiste des Browsers.
fix-paste-more-step-lookup = Wenn der Bildschirm eine Nummer wie 90094 zeigt, finden Sie ihre Beschreibung auf der Fehlerseite von Microsoft.
fix-paste-more-link-lookup = Fehlercodesuche von Microsoft öffnen
fix-paste-more-step-paste = Fügen Sie alles auf der Startseite dieser Website ein.
fix-paste-more-link-start = Zur Startseite

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = { $code } auf der Fehlerseite von Microsoft nachschlagen
fix-lookup-code-intro = Die Nachschlageseite von Microsoft hat die aktuelle Beschreibung jedes Codes.
fix-lookup-code-step-open = Öffnen Sie die Beschreibung dieses Codes bei Microsoft.
fix-lookup-code-link-open = { $code } auf der Microsoft-Website öffnen

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = An { $company } melden
fix-contact-vendor-duration = 1 Werktag (Anbieter)
fix-contact-vendor-intro = Die Ursache liegt darin, wie { $product } registriert ist oder wie die App die Anmeldung durchführt; nur { $company } kann das ändern.
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = Wenden Sie sich an den Support von { $company }: { $email } oder { $url }.
fix-contact-vendor-step-contact-email = Wenden Sie sich an den Support von { $company }: { $email }.
fix-contact-vendor-step-contact-url = Wenden Sie sich an den Support von { $company }: { $url }.
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = Wenden Sie sich über den Weg, den Sie sonst auch nutzen, an den Support von { $company }.
fix-contact-vendor-link-email = E-Mail an den Support
fix-contact-vendor-link-website = Support-Website öffnen
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = Anmeldefehler bei { $product }
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = Fügen Sie den Bericht aus „Details für den Support“ auf dieser Seite bei: Er enthält den Code, die Ablaufverfolgungs- und Korrelations-IDs und die Uhrzeit, die die Techniker des Anbieters brauchen.

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = Ein paar Minuten warten und erneut versuchen
fix-wait-and-retry-duration = 5–15 Minuten
fix-wait-and-retry-intro = Das ist eine vorübergehende Störung im Dienst von Microsoft.
fix-wait-and-retry-step-wait = Warten Sie ein paar Minuten, und versuchen Sie es dann erneut.
fix-wait-and-retry-step-status = Wenn es länger als eine Stunde immer wieder fehlschlägt, prüfen Sie die Dienstintegrität von Microsoft 365, oder wenden Sie sich mit den Details unten an den Support.
fix-wait-and-retry-link-status = Microsoft 365-Dienststatus öffnen

## register-device: the device's registration with the organization.

fix-register-device-title = Dieses Gerät erneut mit Ihrer Organisation verbinden
fix-register-device-intro = Microsoft konnte die Identität dieses Geräts nicht bestätigen: Es ist nicht registriert oder eingebunden, seine Registrierung wurde entfernt oder deaktiviert, oder sein Anmeldetoken für das Gerät ist veraltet.
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = Öffnen Sie unter Windows Einstellungen › Konten › Auf Arbeits- oder Schulkonto zugreifen. Wenn Ihr Geschäftskonto fehlt oder einen Fehler anzeigt, trennen Sie es, verbinden Sie es erneut, und starten Sie den Computer dann neu.
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = Um den Zustand des Geräts zu sehen, führen Sie diesen Befehl in einer Eingabeaufforderung aus; AzureAdJoined oder WorkplaceJoined sowie AzureAdPrt sollten YES anzeigen. Ist das nicht der Fall, senden Sie die Ausgabe an Ihren IT-Administrator:
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = Eingabeaufforderung
fix-register-device-step-phone = Öffnen Sie auf einem Smartphone oder Mac das Unternehmensportal (oder Microsoft Authenticator), und melden Sie sich mit Ihrem Geschäftskonto an, damit das Gerät registriert wird.
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = IT-Administratoren: Suchen Sie das Gerät unter { $devices_path }, und prüfen Sie, ob es aktiviert und kein veraltetes Duplikat ist; unter { $sign_in_logs_path } sehen Sie die Geräte-ID, die bei der Anmeldung verwendet wurde.
fix-register-device-link-sign-in-logs = Anmeldeprotokolle öffnen
# $command is a command (dsregcmd /status).
fix-register-device-check = Die Anmeldung funktioniert auf diesem Gerät, und { $command } zeigt das Gerät als eingebunden oder registriert an.

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = Eine von Ihrer Organisation geschützte App verwenden
fix-app-protection-intro = Eine Richtlinie für bedingten Zugriff lässt den Zugriff auf diese Ressource nur aus einer App zu, die die App-Schutzrichtlinie Ihrer Organisation (Microsoft Intune) anwendet, und die Anmeldung kam aus einer App oder einem Browser, die das nicht tun.
fix-app-protection-step-broker = Installieren Sie die Broker-App, und melden Sie sich dort mit Ihrem Geschäftskonto an: Microsoft Authenticator auf iPhone und iPad, Unternehmensportal auf Android.
fix-app-protection-step-approved-app = Öffnen Sie die Daten in einer App, die Ihre Organisation zulässt (zum Beispiel Outlook oder Teams auf dem Smartphone), statt in dieser App oder im Browser.
fix-app-protection-step-ask-admin = Wenn Sie diese App auf dem Smartphone brauchen, fragen Sie Ihren IT-Administrator: Nur er kann sie in die App-Schutzrichtlinie aufnehmen oder die Richtlinie für bedingten Zugriff ändern.
fix-app-protection-check = Die Anmeldung funktioniert aus der geschützten App.

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = Einwilligung für alle mit einem Link erteilen
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = Ein Link bittet Microsoft, die Berechtigungen von { $product } für Ihre Organisation ({ $tenant }) zu erteilen — nur für diese App, sonst ändert sich nichts.
fix-admin-consent-url-intro = Ein Link bittet Microsoft, die Berechtigungen von { $product } für die Organisation des Administratorkontos zu erteilen, mit dem Sie sich anmelden — nur für diese App, sonst ändert sich nichts.
fix-admin-consent-url-check = Bitten Sie einen Benutzer, die App erneut zu verbinden, oder führen Sie die Anmeldeprüfung auf dieser Website aus: Jede Berechtigung sollte als erteilt angezeigt werden.

fix-method-1-title = Mandantenweite Administratoreinwilligung für { $product } im Microsoft Entra Admin Center erteilen
fix-method-1-intro = Ein Administrator genehmigt die Berechtigungen von { $product } einmal für die ganze Organisation, und zwar in der Unternehmensanwendung der App; danach werden Benutzer nicht mehr gefragt. Vertraut wird nur dieser App.
fix-method-1-check = Aktualisieren Sie die Seite „Berechtigungen“: Jede Berechtigung sollte unter „Administratoreinwilligung“ aufgeführt sein, erteilt von einem Administrator. Bitten Sie dann einen Benutzer, die App erneut zu verbinden.

fix-method-2-title = Sich als Administrator bei der App anmelden und im Namen der Organisation einwilligen
fix-method-2-intro = Ein Administrator verbindet { $product } wie ein Benutzer und willigt auf dem Berechtigungsbildschirm von Microsoft für alle ein. Dadurch wird die App auch dem Verzeichnis hinzugefügt, falls sie dort noch fehlt.
fix-method-2-check = Ein anderer Benutzer verbindet die App, ohne einen Genehmigungsbildschirm zu sehen.

fix-admin-browser-title = Aus einem Browser verbinden, der bereits als Administrator angemeldet ist
fix-admin-browser-intro = Eine Notlösung, wenn die Einwilligung erteilt wurde, Benutzer aber weiterhin scheitern (zum Beispiel, solange sich Änderungen noch verteilen): Der Administrator verbindet { $product } aus einem Browser, in dem er bereits als Administrator bei Microsoft 365 angemeldet ist.
fix-admin-browser-check = Die Verbindung gelingt, und Benutzer können ihre eigenen Konten verbinden.

fix-review-request-title = Die Genehmigungsanfrage für { $product } prüfen
fix-review-request-intro = Ein Prüfer öffnet die ausstehende Anfrage für { $product } und genehmigt sie; damit wird die Einwilligung für alle in der Organisation erteilt.
fix-review-request-check = Die anfragende Person erhält eine E-Mail und kann die App erneut verbinden.

fix-enable-workflow-title = Benutzer Genehmigungen anfordern lassen, statt sie in einer Sackgasse stehen zu lassen
fix-enable-workflow-intro = Ist der Workflow für die Administratoreinwilligung aktiviert, erscheint statt „Administratorgenehmigung erforderlich“ der Bildschirm „Genehmigung erforderlich“, auf dem Benutzer eine Anfrage mit Begründung an ausgewählte Prüfer senden. Der Workflow selbst genehmigt nichts.
fix-enable-workflow-check = Innerhalb einer Stunde (meist nach wenigen Minuten) sieht ein Benutzer, der die App verbinden will, „Genehmigung erforderlich“ mit der Schaltfläche „Genehmigung anfordern“.

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = Benutzereinwilligung für Apps von verifizierten Herausgebern zulassen
fix-solution-b-intro = Benutzer dürfen dann selbst in Apps von verifizierten Herausgebern wie { $product } ({ $publisher }) einwilligen, und zwar für die Berechtigungen, die ein Administrator als Berechtigungen mit geringer Auswirkung eingestuft hat.
fix-solution-b-widens = Das ändert, worin Benutzer bei jeder App eines verifizierten Herausgebers einwilligen dürfen, nicht nur bei dieser. Besser ist es, die Einwilligung nur für diese App zu erteilen.
fix-solution-b-check = Ein Benutzer ohne Administratorrolle verbindet die App ohne Genehmigungsbildschirm.

fix-method-3-title = Benutzern erlauben, selbst in Apps einzuwilligen (weitreichendste Option)
fix-method-3-intro = Benutzer dürfen dann bei jeder App jedes Herausgebers in Berechtigungen einwilligen, die keinen Administrator erfordern.
fix-method-3-widens = Damit kann jeder Benutzer jeder beliebigen App Zugriff auf seine Daten gewähren — genau die Einstellung, auf die Angriffe mit Einwilligungsphishing setzen. Microsoft führt sie als Legacyoption; verwenden Sie sie nur, wenn Ihre Sicherheitsrichtlinie das zulässt.
fix-method-3-check = Ein Benutzer verbindet die App und akzeptiert die Berechtigungen selbst.

fix-conditional-access-title = Die Richtlinie für bedingten Zugriff finden, die die Anmeldung blockiert hat
fix-conditional-access-intro = Eine Richtlinie für bedingten Zugriff hat die Anmeldung bei { $product } abgewiesen. Das ist kein Einwilligungsproblem: Eine Einwilligung hilft hier nicht. Der Administrator, der den bedingten Zugriff verwaltet, entscheidet, ob die App eine Ausnahme bekommt.
fix-conditional-access-check = Der Benutzer meldet sich erneut an; der neue Eintrag im Anmeldeprotokoll zeigt für den bedingten Zugriff „Erfolg“ oder „Nicht angewendet“.

fix-enable-sign-in-title = { $product } für die Benutzeranmeldung aktivieren
fix-enable-sign-in-intro = Die Unternehmensanwendung für { $product } ist deaktiviert, daher stellt Microsoft für sie niemandem Token aus. Ein Administrator stellt „Aktiviert für die Benutzeranmeldung?“ wieder auf „Ja“.
fix-enable-sign-in-check = Benutzer können sich wieder anmelden; neue Anmeldungen schlagen nicht mehr mit AADSTS7000112 fehl.

fix-assign-users-title = Den Benutzer { $product } zuweisen oder die Zuweisungspflicht aufheben
fix-assign-users-intro = Bei { $product } steht „Benutzerzuweisung erforderlich?“ auf „Ja“, daher dürfen sich nur zugewiesene Benutzer und Gruppen anmelden. Ein Administrator weist den Benutzer (oder seine Gruppe) zu oder schaltet die Anforderung ab.
fix-assign-users-check = Der Benutzer meldet sich erneut an, ohne AADSTS50105.

fix-create-service-principal-title = { $product } zu Ihrem Verzeichnis hinzufügen
fix-create-service-principal-intro = Die App (oder ein Microsoft-Dienst, den sie aufruft) hat in Ihrem Verzeichnis noch keine Unternehmensanwendung. Normalerweise entsteht sie durch die Einwilligung; ein Administrator kann sie auch direkt erstellen und danach die Einwilligung erteilen.
fix-create-service-principal-check = { $product } erscheint unter „Unternehmensanwendungen“, und die Anmeldung kommt über diesen Fehler hinaus.

fix-app-only-access-title = Reinen App-Zugriff erteilen und auf ausgewählte Postfächer beschränken
fix-app-only-access-duration = 20 Minuten, wirksam nach bis zu einer Stunde
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = Für die serverseitige Synchronisierung ohne angemeldeten Benutzer verwendet { $product } Anwendungsberechtigungen ({ $permissions }). Sie erfordern immer eine Administratoreinwilligung und gelten für jedes Postfach, sofern Exchange Online sie nicht einschränkt.
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = Für die serverseitige Synchronisierung ohne angemeldeten Benutzer verwendet { $product } Anwendungsberechtigungen. Sie erfordern immer eine Administratoreinwilligung und gelten für jedes Postfach, sofern Exchange Online sie nicht einschränkt.
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } meldet Granted für Mitglieder und Denied für alle anderen; abgelehnte Aufrufe geben „Access to OData is disabled“ zurück.

fix-fix-account-title = Das Konto des Benutzers prüfen
fix-fix-account-intro = Das Problem ist das Konto selbst: deaktiviert, gesperrt, Kennwort abgelaufen oder kein Mitglied der Organisation.
fix-fix-account-check = Der Benutzer meldet sich erneut an.

fix-check-firewall-title = Prüfen, ob Ihr Netzwerk die Anmeldung durchlässt
fix-check-firewall-intro = Proxys, Firewalls und Mandanteneinschränkungen können verhindern, dass { $product } die Anmelde- und Graph-Endpunkte von Microsoft erreicht.
fix-check-firewall-check = Anmeldung und Synchronisierung funktionieren innerhalb des Netzwerks.

fix-federation-title = Den Identitätsanbieter prüfen, über den sich Ihre Organisation anmeldet
fix-federation-intro = Die Anmeldung für dieses Konto wird an einen anderen Identitätsanbieter (AD FS, Okta, Ping und ähnliche) oder an einen lokalen Agent (Passthrough-Authentifizierung, nahtloses einmaliges Anmelden) übergeben, und dieser Schritt ist fehlgeschlagen. Weder eine Einwilligung noch der Anbieter der App können das ändern; das kann nur, wer diesen Identitätsanbieter betreibt.
fix-federation-check = Der Benutzer meldet sich erneut an, und das Anmeldeprotokoll zeigt eine erfolgreiche Anmeldung.

fix-guest-access-title = Das Gastkonto in der anderen Organisation prüfen
fix-guest-access-intro = Das Konto meldet sich als Gast einer anderen Organisation an, und der Zustand des Gastkontos verhindert die Anmeldung: Die Einladung wurde nicht angenommen, der Gast wurde entfernt oder blockiert, oder die mandantenübergreifenden Einstellungen der beiden Organisationen lassen es nicht zu.
fix-guest-access-check = Der Gast meldet sich in der einladenden Organisation bei der App an.

fix-claim-tenant-title = Das nicht verwaltete Verzeichnis übernehmen
fix-claim-tenant-intro = Das Verzeichnis Ihrer Organisation wurde automatisch erstellt, als sich jemand mit einer geschäftlichen E-Mail-Adresse für einen Microsoft-Dienst registriert hat. Niemand verwaltet es, daher kann dort auch niemand Apps genehmigen, bis es jemand übernimmt, dem die E-Mail-Domäne gehört.
fix-claim-tenant-check = Entra ID zeigt die Domäne in Ihrer verwalteten Organisation als verifiziert an.
