# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = { $product } heeft in deze organisatie toestemming van een beheerder nodig voordat gebruikers de app kunnen verbinden.
headline-admin-consent-required = Uw organisatie vereist dat een beheerder { $product } goedkeurt voordat u de app kunt gebruiken.
headline-admin-consent-workflow-admin = { $product } wacht op goedkeuring: gebruikers kunnen die aanvragen, en een revisor moet de app goedkeuren.
headline-admin-consent-workflow = Een beheerder moet { $product } goedkeuren; u kunt vanuit het scherm van Microsoft een aanvraag naar die beheerder sturen.
headline-org-consent-cancelled = De toestemming voor { $product } namens de hele organisatie is geannuleerd, dus er is niets verleend.
headline-user-declined-consent = Het machtigingenscherm voor { $product } is geannuleerd of geweigerd, dus de app is niet verbonden.
headline-admin-consent-granted = Er is toestemming voor { $product } verleend voor de hele organisatie.
headline-app-disabled = { $product } is in deze organisatie uitgeschakeld voor aanmelding.
headline-user-not-assigned-admin = De gebruiker is niet toegewezen aan { $product }, en die app laat alleen toegewezen gebruikers toe.
headline-user-not-assigned = Uw organisatie laat alleen toegewezen personen { $product } gebruiken, en uw account is nog niet toegewezen.
headline-conditional-access-blocked = Een beveiligingsbeleid van uw organisatie heeft de aanmelding bij { $product } geblokkeerd.
headline-app-not-found-in-tenant = { $product }, of een service die de app gebruikt, is niet gevonden in de directory van deze organisatie.
headline-misconfigured-app = De aanmelding van { $product } is verkeerd ingesteld; de leverancier van de app moet dat oplossen.
headline-sign-in-required = Microsoft vraagt u zich opnieuw aan te melden om { $product } te gebruiken.
headline-account-problem = Het probleem zit in het account waarmee is aangemeld, niet in de app.
headline-other = Microsoft meldde een fout bij het verbinden van { $product }.
headline-unknown = In wat is opgegeven, is geen aanmeldingsfout van Microsoft gevonden.
headline-signed-in-ok = Alle machtigingen die { $product } nodig heeft, zijn verleend.
headline-signed-in-missing-scopes = Sommige machtigingen die { $product } nodig heeft, zijn nog niet verleend.
