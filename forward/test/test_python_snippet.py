"""snippets/python-flask.py: help_url() on the error dicts msal returns and on Entra's callback
parameters. Standard library only: the snippet stays a real Flask app, and this test takes from
it just the constants and the plain function (no Flask, no msal, no environment)."""

import ast
import pathlib
import unittest
from urllib.parse import parse_qsl, unquote_plus, urlsplit

SNIPPET = pathlib.Path(__file__).resolve().parent.parent / "snippets" / "python-flask.py"
PLACEHOLDER = "https://help.example.com"
FORWARDED_KEYS = {
    "error", "error_description", "error_subcode", "error_uri", "error_codes", "suberror",
    "trace_id", "correlation_id", "timestamp", "admin_consent", "tenant", "text",
}
TRACE = "0bd8e0a4-3f5e-4d2a-9c2e-7d3f5a6b7c8d"
CORR = "11111111-2222-3333-4444-555555555555"
CONSENT = (
    "AADSTS65001: The user or administrator has not consented to use the application with ID "
    "'4f2a9c1e-0000-4000-8000-000000000001' named 'Contoso Sidebar'. Send an interactive "
    f"authorization request for this user and resource.\r\nTrace ID: {TRACE}\r\n"
    f"Correlation ID: {CORR}\r\nTimestamp: 2024-05-01 10:00:00Z"
)
JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"


def load_help_url():
    """The snippet's standard-library imports, UPPER_CASE constants and undecorated functions."""
    tree = ast.parse(SNIPPET.read_text(encoding="utf-8"), filename=str(SNIPPET))
    keep = []
    for node in tree.body:
        if isinstance(node, ast.Import) and all(a.name in {"os", "re"} for a in node.names):
            keep.append(node)
        elif isinstance(node, ast.ImportFrom) and node.module == "urllib.parse":
            keep.append(node)
        elif isinstance(node, ast.Assign) and all(
            isinstance(t, ast.Name) and t.id.isupper() for t in node.targets
        ):
            keep.append(node)
        elif isinstance(node, ast.FunctionDef) and not node.decorator_list:
            keep.append(node)
    namespace = {}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SNIPPET), "exec"), namespace)
    return namespace["help_url"]


class HelpUrlTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.help_url = staticmethod(load_help_url())

    def forwarded(self, params):
        url = self.help_url(params)
        self.assertLessEqual(len(url), 2048)
        parts = urlsplit(url)
        self.assertEqual(f"{parts.scheme}://{parts.netloc}", PLACEHOLDER)
        self.assertEqual(parts.path, "/diagnose")
        self.assertEqual(parts.query, "", "nothing may travel in the query string")
        pairs = parse_qsl(parts.fragment, keep_blank_values=True, strict_parsing=bool(parts.fragment))
        keys = [k for k, _ in pairs]
        self.assertEqual(len(keys), len(set(keys)), "a key is repeated")
        self.assertTrue(set(keys) <= FORWARDED_KEYS, keys)
        for _, value in pairs:
            self.assertNotIn("eyJ", value)
            self.assertNotIn("SECRET", value)
        for piece in parts.fragment.split("&"):
            unquote_plus(piece, errors="strict")  # every escape is whole
        return dict(pairs)

    def test_consent_required_dict_from_acquire_token_by_auth_code_flow(self):
        # The shape msal returns when the token endpoint refuses (msal/oauth2cli).
        result = {
            "error": "invalid_grant",
            "error_description": CONSENT,
            "error_codes": [65001],
            "timestamp": "2024-05-01 10:00:00Z",
            "trace_id": TRACE,
            "correlation_id": CORR,
            "suberror": "consent_required",
            "classification": "consent_required",
            "error_uri": "https://login.microsoftonline.com/error?code=65001",
        }
        fields = self.forwarded(result)
        self.assertEqual(fields["error"], "invalid_grant")
        self.assertEqual(fields["error_codes"], "65001")
        self.assertEqual(fields["suberror"], "consent_required")
        self.assertEqual(fields["trace_id"], TRACE)
        self.assertEqual(fields["correlation_id"], CORR)
        self.assertEqual(fields["timestamp"], "2024-05-01 10:00:00Z")
        self.assertEqual(fields["error_description"], CONSENT)
        self.assertEqual(fields["error_uri"], "https://login.microsoftonline.com/error?code=65001")

    def test_cancel_on_the_callback_query(self):
        # request.args after the user cancels the consent screen.
        args = {
            "error": "access_denied",
            "error_subcode": "cancel",
            "error_description": "AADSTS65004: User declined to consent to access the app.",
            "state": "SECRETSTATE1",
            "session_state": "SECRET-session",
        }
        fields = self.forwarded(args)
        self.assertEqual(fields, {
            "error": "access_denied",
            "error_subcode": "cancel",
            "error_description": "AADSTS65004: User declined to consent to access the app.",
        })

    def test_secrets_and_other_keys_never_travel(self):
        result = {
            "error": "interaction_required",
            "error_description": "AADSTS50076: multi-factor authentication required.",
            "error_codes": [50076, 50079],
            "access_token": JWT,
            "refresh_token": "SECRET-refresh",
            "id_token": JWT,
            "id_token_claims": {"oid": "SECRET-oid", "preferred_username": "a@contoso.com"},
            "code": "0.SECRETCODE",
            "state": "SECRETSTATE2",
            "redirect_uri": "https://evil.example/cb",
            "client_info": "SECRET-client-info",
            "token_type": "Bearer",
        }
        url = self.help_url(result)
        fields = self.forwarded(result)
        self.assertEqual(set(fields), {"error", "error_description", "error_codes"})
        self.assertEqual(fields["error_codes"], "50076,50079")
        for leaked in ("SECRET", "evil", "eyJ", "token", "code=", "state", "Bearer", "contoso.com"):
            self.assertNotIn(leaked, url.replace("error_codes=", ""))

    def test_malformed_fields_are_dropped(self):
        fields = self.forwarded({
            "error": "<script>alert(1)</script>",
            "trace_id": "not-a-guid",
            "correlation_id": CORR + "x",
            "timestamp": "javascript:alert(1)",
            "error_uri": "https://evil.example/error?code=65001",
            "error_codes": "65001; DROP",
            "suberror": "a b",
        })
        self.assertEqual(fields, {})

    def test_long_descriptions_are_cut_to_2_kib_at_character_boundaries(self):
        for description in ("AADSTS65001: " + "é😀 +&=%" * 20000, "x" * 100_000, "€" * 3000):
            fields = self.forwarded({"error": "invalid_grant", "error_description": description})
            self.assertEqual(fields["error"], "invalid_grant")
            self.assertTrue(description.startswith(fields.get("error_description", "")))
            self.assertNotIn("\ufffd", fields.get("error_description", ""))

    def test_nothing_at_all(self):
        self.assertEqual(self.help_url({}), f"{PLACEHOLDER}/diagnose#")
        self.forwarded({"code": "0.SECRETCODE", "state": "SECRETSTATE3"})

    def test_the_snippet_is_still_a_flask_app(self):
        source = SNIPPET.read_text(encoding="utf-8")
        self.assertIn("from flask import", source)
        self.assertIn('request.args.get("error")', source)
        self.assertIn("acquire_token_by_auth_code_flow", source)
        self.assertIn("Django", source)
        self.assertIn("/diagnose#", source)


if __name__ == "__main__":
    unittest.main()
