# msal (Python) with Flask: when Microsoft sends the user back with an error, or msal returns
# an error dict, redirect the browser to the help site's /diagnose instead of a bare error page.
# Built from an allowlist, in the fragment (#): browsers never send a fragment to a server, and
# the code, state and tokens are never copied into it.
# Django: the same help_url(); in the view, return HttpResponseRedirect(help_url(request.GET)).
import os
import re
from urllib.parse import urlencode

import msal
from flask import Flask, redirect, request, session, url_for

HELP_SITE = "https://help.example.com"
GUID = r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
WORD = r"[\w.-]{1,64}"
ERROR_PAGE = r"https://login\.(microsoftonline\.(com|us)|partner\.microsoftonline\.cn|chinacloudapi\.cn|live\.com)/error\?code=\d{1,9}"
FORWARDED = {"error": WORD, "error_subcode": WORD, "error_uri": ERROR_PAGE, "error_codes": r"\d{1,9}(,\d{1,9}){0,19}",
             "suberror": WORD, "trace_id": GUID, "correlation_id": GUID, "timestamp": r"\d[\d :.TZ+-]{0,39}"}


def help_url(params: dict) -> str:
    fields = {}
    for key, valid in FORWARDED.items():
        value = params.get(key)
        if isinstance(value, (list, tuple)):  # msal's error_codes: [65001]
            value = ",".join(str(v) for v in value)
        if value is not None and re.fullmatch(valid, str(value)):
            fields[key] = str(value)
    text = str(params.get("error_description") or "")[:1500]
    while text:  # Microsoft's message, cut by whole characters until the address fits in 2 KiB
        url = f"{HELP_SITE}/diagnose#{urlencode({**fields, 'error_description': text})}"
        if len(url) <= 2048:
            return url
        text = text[:-50]
    return f"{HELP_SITE}/diagnose#{urlencode(fields)}"


app = Flask(__name__)
msal_app = msal.ConfidentialClientApplication(
    os.environ["CLIENT_ID"], authority=os.environ["AUTHORITY"], client_credential=os.environ["CLIENT_SECRET"])


@app.route("/auth/redirect")
def auth_redirect():
    # Microsoft refused before issuing a code (no consent, a cancel, a blocked account).
    if request.args.get("error"):
        return redirect(help_url(request.args), code=303)
    result = msal_app.acquire_token_by_auth_code_flow(session.get("flow", {}), request.args)
    if "error" in result:  # msal hands Entra's refusal back as a dict: error_codes, trace_id, ...
        return redirect(help_url(result), code=303)
    session["account_id"] = result["id_token_claims"]["oid"]
    return redirect(url_for("index"))
