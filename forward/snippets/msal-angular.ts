// MSAL Angular: send failed interactive sign-ins to the help site's /diagnose.
// Call start() once, e.g. from AppComponent.ngOnInit(). A root service lives as long as the
// app, so the subscription never needs closing.
import { Injectable } from "@angular/core";
import { MsalBroadcastService } from "@azure/msal-angular";
import { EventMessage, EventType, InteractionType } from "@azure/msal-browser";
import { filter } from "rxjs";

// Loaded at run time from the help site, so the bundler must leave the URL alone.
const FORWARD_JS = "https://help.example.com/forward.js";

@Injectable({ providedIn: "root" })
export class SignInFailureForwarder {
  constructor(private readonly broadcast: MsalBroadcastService) {}

  start(): void {
    this.broadcast.msalSubject$
      .pipe(
        filter((msg: EventMessage) => msg.eventType === EventType.LOGIN_FAILURE || msg.eventType === EventType.ACQUIRE_TOKEN_FAILURE),
        // A silent failure is not the end: MsalInterceptor or MsalGuard retries interactively.
        filter((msg: EventMessage) => msg.interactionType !== InteractionType.Silent),
      )
      .subscribe(async (msg: EventMessage) => {
        const { helpUrl, shouldForward } = await import(/* webpackIgnore: true */ FORWARD_JS);
        // Only Entra's error fields travel, in the fragment: never a code, token or state.
        if (shouldForward(msg.error)) window.location.assign(helpUrl(msg.error));
      });
  }
}
