// MSAL React: show a "why did sign-in fail?" link to the help site's /diagnose.
// Use it as <MsalAuthenticationTemplate errorComponent={SignInError} …>, or render
// <SignInError error={error} /> with the error from useMsalAuthentication().
import { useEffect, useState } from "react";
import { useMsal } from "@azure/msal-react";
import { InteractionStatus } from "@azure/msal-browser";

// Loaded at run time from the help site, so bundlers must leave the URL alone.
const FORWARD_JS = "https://help.example.com/forward.js";

export function SignInError({ error }) {
  const { inProgress } = useMsal();
  const [href, setHref] = useState(null);
  useEffect(() => {
    // While MSAL is still busy, a retry may replace this error: link only once it settles.
    if (!error || inProgress !== InteractionStatus.None) return undefined;
    let current = true;
    import(/* webpackIgnore: true */ /* @vite-ignore */ FORWARD_JS).then(({ helpUrl, shouldForward }) => {
      // Only Entra's error fields, in the fragment: no code, token or state leaves the app.
      if (current && shouldForward(error)) setHref(helpUrl(error));
    });
    return () => { current = false; };
  }, [error, inProgress]);
  return (
    <p role="alert">
      Sign-in failed.{" "}
      {href && <a href={href} target="_blank" rel="noopener noreferrer">Find out why and who can fix it</a>}
    </p>
  );
}
