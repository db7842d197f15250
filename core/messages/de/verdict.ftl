# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = { $product } braucht in dieser Organisation die Einwilligung eines Administrators, bevor Benutzer die App verbinden können.
headline-admin-consent-required = Ihre Organisation verlangt, dass ein Administrator { $product } genehmigt, bevor Sie die App verwenden können.
headline-admin-consent-workflow-admin = { $product } wartet auf Genehmigung: Benutzer können sie anfordern, und ein Prüfer muss sie erteilen.
headline-admin-consent-workflow = Ein Administrator muss { $product } genehmigen; Sie können ihm über den Bildschirm von Microsoft eine Anfrage senden.
headline-org-consent-cancelled = Die Einwilligung für { $product } im Namen der ganzen Organisation wurde abgebrochen; es wurde also nichts erteilt.
headline-user-declined-consent = Die Berechtigungsabfrage für { $product } wurde abgebrochen oder abgelehnt, daher wurde die App nicht verbunden.
headline-admin-consent-granted = Die Einwilligung für { $product } wurde für die Organisation erteilt.
headline-app-disabled = { $product } ist in dieser Organisation für die Anmeldung deaktiviert.
headline-user-not-assigned-admin = Der Benutzer ist { $product } nicht zugewiesen, und die App lässt nur zugewiesene Benutzer zu.
headline-user-not-assigned = Ihre Organisation lässt nur zugewiesene Personen { $product } verwenden, und Ihr Konto ist noch nicht zugewiesen.
headline-conditional-access-blocked = Eine Sicherheitsrichtlinie Ihrer Organisation hat die Anmeldung bei { $product } blockiert.
headline-app-not-found-in-tenant = { $product } oder ein Dienst, den die App nutzt, wurde im Verzeichnis dieser Organisation nicht gefunden.
headline-misconfigured-app = Die Anmeldung von { $product } ist falsch eingerichtet; der Anbieter der App muss das beheben.
headline-sign-in-required = Microsoft verlangt, dass Sie sich erneut anmelden, um { $product } zu verwenden.
headline-account-problem = Das Problem liegt beim Konto, das für die Anmeldung verwendet wurde, nicht bei der App.
headline-other = Microsoft hat beim Verbinden von { $product } einen Fehler gemeldet.
headline-unknown = In den angegebenen Daten wurde kein Anmeldefehler von Microsoft gefunden.
headline-signed-in-ok = Alle Berechtigungen, die { $product } braucht, sind erteilt.
headline-signed-in-missing-scopes = Einige Berechtigungen, die { $product } braucht, sind noch nicht erteilt.
