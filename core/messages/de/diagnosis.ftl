## What the verdict card says under the headline.

summary-not-catalogued = { $code } ist noch nicht im Katalog dieser Website. Microsofts Seite zum Nachschlagen von Fehlercodes beschreibt ihn, und die Angaben unten sind das, was der Support braucht.
summary-admin-consent-granted = Laut Microsoft hat ein Administrator die Berechtigungen für die Organisation akzeptiert. Benutzer können die App jetzt verbinden; bis das überall wirkt, kann es einige Minuten dauern.
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = Microsofts Formulierung „{ $wording }“ erkannt.
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Microsofts Bildschirm „{ $wording }“ auf { $language } erkannt (auf Englisch „{ $label }“).
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } meldete „{ $token }“: { $meaning }
summary-unknown-looked = Gesucht wurde nach einem AADSTS-Code, einem OAuth-Fehler, Microsofts Formulierungen auf seinen Anmeldebildschirmen (auf Englisch und in neun weiteren Sprachen) und dem Fehlernamen einer Clientbibliothek. Nichts davon wurde gefunden.
summary-unknown-nothing = Es gibt auch keine Anforderungs-ID, Korrelations-ID oder Uhrzeit. Fügen Sie den ganzen Fehlerbildschirm ein, die Adresse der Fehlerseite oder den Fehler aus einem Protokoll; die IDs zeigt der Fehlerbildschirm unter „More details“ (Weitere Details) an.
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = Die Eingabe enthält aber { $found }: Damit kann der Support die Anmeldung finden. Für eine Diagnose fügen Sie den Rest des Fehlers ein (die Zeile mit dem Code).
found-request-id = Anforderungs-ID { $value }
found-correlation-id = Korrelations-ID { $value }
found-trace-id = Ablaufverfolgungs-ID { $value }
found-time = Zeitpunkt { $value }
found-app-id = App-ID { $value }
found-organization = Organisation { $value }

language-japanese = Japanisch
language-german = Deutsch
language-french = Französisch
language-spanish = Spanisch
language-portuguese = Portugiesisch
language-italian = Italienisch
language-dutch = Niederländisch
language-chinese = Chinesisch
language-korean = Koreanisch

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = Das Anmeldefenster wurde geschlossen oder abgebrochen, bevor die Anmeldung abgeschlossen war.
library-consent-required = Für die Berechtigungen, die die App angefordert hat, liegt noch keine Einwilligung vor.
library-interaction-required = Die App konnte Sie nicht im Hintergrund anmelden, und Sie müssen sich erneut anmelden (wegen einer zusätzlichen Überprüfung, einer abgelaufenen Sitzung oder einer Richtlinie).
library-claims-challenge = Der Dienst verlangt eine neue Anmeldung, die eine zusätzliche Anforderung erfüllt (eine Richtlinie für bedingten Zugriff oder eine widerrufene Sitzung), und die App muss diese Anmeldung anfordern.

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = Die Anmeldeanforderung war fehlerhaft oder unvollständig; die App hat sie falsch erstellt.
oauth-unauthorized-client = Die App darf diese Art der Anmeldung nicht verwenden, oder sie ist in dieser Organisation nicht verfügbar.
oauth-access-denied = Der Zugriff wurde verweigert: Die Einwilligungsabfrage wurde abgelehnt oder abgebrochen, oder eine Richtlinie hat die Anmeldung abgewiesen.
oauth-unsupported-response-type = Die App hat eine Art von Antwort angefordert, die ihre Registrierung nicht zulässt.
oauth-invalid-scope = Die App hat Berechtigungen in einer ungültigen Form angefordert.
oauth-server-error = Beim Anmeldedienst von Microsoft ist ein unerwarteter Fehler aufgetreten. Versuchen Sie es in ein paar Minuten erneut.
oauth-temporarily-unavailable = Der Anmeldedienst von Microsoft ist vorübergehend überlastet oder nicht verfügbar. Versuchen Sie es gleich noch einmal.
oauth-invalid-resource = Der Dienst, den die App aufrufen will, existiert nicht oder ist in dieser Organisation nicht eingerichtet.
oauth-login-required = Es gibt keine aktive Anmeldesitzung; Sie müssen sich interaktiv anmelden.
oauth-interaction-required = Microsoft braucht auf dem Anmeldebildschirm eine Aktion von Ihnen (Anmeldung, mehrstufige Authentifizierung oder Einwilligung).
oauth-consent-required = Die Einwilligung in die Berechtigungen der App fehlt; jemand muss sie interaktiv erteilen.
oauth-invalid-grant = Der Anmeldecode oder die gespeicherte Anmeldung ist nicht mehr gültig; melden Sie sich erneut an.
oauth-invalid-client = Die App konnte ihre Identität gegenüber Microsoft nicht nachweisen; ihre Registrierung oder ihre Anmeldeinformationen sind falsch.
oauth-unsupported-grant-type = Die App hat eine Art von Tokenanforderung verwendet, die diese Registrierung nicht unterstützt.
oauth-permission-denied = Der Administrator hat die Einwilligungsanfrage abgebrochen.
oauth-other = Dieser Fehlerwert ist weder im OAuth-Standard noch von Microsoft dokumentiert.

## The second reading of a cancel without a code.

alternative-admin-approval = Oder: Wenn Microsoft vor dem Schließen des Fensters „Administratorgenehmigung erforderlich“ oder „Genehmigung erforderlich“ angezeigt hat, braucht { $product } zuerst die Genehmigung eines Administrators, und ein neuer Versuch hilft nicht.

## Notes under the fixes.

note-dropped-code = Mit dieser Seite kam ein Autorisierungscode an. Er wurde ignoriert und wird weder angezeigt noch gespeichert oder weitergegeben: Er ist ein Nachweis, der nur einmal gilt, und niemand sollte Sie danach fragen.
note-dropped-token = Mit dieser Seite kam ein Token an. Es wurde ignoriert und wird weder angezeigt noch gespeichert oder weitergegeben.
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = Der Link enthielt eine Adresse in „{ $key }“. Diese Seite leitet Sie nie zu einer Adresse weiter, die aus einem Link stammt; sie wurde daher ignoriert.
note-dropped-authority = Der Link wollte den Anmeldeserver festlegen. Das legen nur die Einstellungen dieser Website selbst fest; die Angabe wurde daher ignoriert.
# $others lists codes, $primary is one code.
note-other-codes = Die Eingabe nennt außerdem { $others }; die eigentliche Ursache ist { $primary }.
# $permissions lists permission names such as Mail.Read.
note-managed-consent = Falls Kollegen die App früher verbinden konnten: Seit 2025 können Benutzer in Organisationen mit der Einstellung „Let Microsoft manage your consent settings“ (Microsoft die Einwilligungseinstellungen verwalten lassen) bei Apps von Drittanbietern nicht mehr in { $permissions } einwilligen. Frühere Einwilligungen gelten weiter; neue Benutzer brauchen die Einwilligung eines Administrators.
note-ignored-parameters = Ignorierte Parameter: { $names }.
note-duplicate-parameters = Diese Parameter kamen mehrfach vor; nur der erste Wert wurde verwendet: { $names }.
note-truncated = Ein Teil der Eingabe war zu lang und wurde vor dem Lesen abgeschnitten.

## Warnings a person must not miss.

warning-unknown-client-title = Hier geht es um eine andere App als { $product }
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = Die Eingabe nennt die Anwendungs-ID { $app }. Das ist nicht { $product } und auch keine App auf deren Liste. Diese Website bietet dafür keinen Einwilligungslink an: Einer App, die man nicht identifizieren kann, die Einwilligung zu erteilen, ist genau das, worauf Einwilligungsphishing setzt. Klären Sie die App zuerst mit ihrem Anbieter ab.
warning-unsolicited-title = Diese Anmeldung wurde nicht von dieser Seite gestartet
warning-unsolicited = Der Fehler kam über einen Link, nicht aus einer Anmeldung, die dieser Browser gestartet hat; daher lässt sich nicht bestätigen, dass der Text von Microsoft stammt. Er wird nur zur Information angezeigt; es wurde nichts damit getan.
warning-unverified-publisher-title = Der Herausgeber von { $product } ist nicht verifiziert
warning-unverified-publisher = Microsoft hat den Herausgeber „{ $publisher }“ nicht verifiziert (dafür muss eine Microsoft Cloud Partner Program-ID, früher MPN-ID, mit der App verknüpft sein). Deshalb können Benutzer mit der Einstellung für „verifizierte Herausgeber“ nicht einwilligen. Und weil nicht verifizierte mehrinstanzenfähige Apps, die nach November 2020 registriert wurden, als riskant gelten, können Benutzer möglicherweise überhaupt nicht einwilligen: Ein Administrator muss die Einwilligung erteilen. Prüfen Sie vorher die Anwendungs-ID ({ $app_id }).
warning-broad-scope-title = Prüfen Sie die Berechtigungen, bevor Sie sie erteilen
# $permissions lists permission names.
warning-broad-delegated = Diese Berechtigungen geben weitreichenden Zugriff auf Daten über Postfächer hinweg oder im ganzen Verzeichnis: { $permissions }.
warning-broad-application = Mit den Anwendungsberechtigungen ({ $permissions }) handelt die App ohne angemeldeten Benutzer, in jedem Postfach oder Konto, das sie abdecken, bis ein Administrator sie einschränkt.
warning-broad-default = Der Einwilligungslink fordert .default an. Das bedeutet jede Berechtigung, die in der App-Registrierung konfiguriert ist, nicht nur die hier aufgeführten. Lesen Sie die Liste auf dem Einwilligungsbildschirm von Microsoft, bevor Sie „Akzeptieren“ wählen.

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = Sie
fixer-admin = Ihr IT-Administrator
fixer-vendor = Der Anbieter der App
fixer-microsoft = Microsoft (vorübergehend)
audience-user = Ich nutze die App
audience-admin = Ich bin Administrator
audience-support = Ich bin vom Support
