use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::json;

use super::*;
use crate::signin::Secret;

const TID: &str = "4c7e9d2a-1b3f-4e5d-8a6c-0f1e2d3c4b5a";
const NOW: i64 = 1_800_000_000;

fn demo() -> Profile {
    Profile::from_json(include_str!("../../../profiles/demo.json")).unwrap()
}

fn jwt(claims: serde_json::Value) -> String {
    format!(
        "{}.{}.c2lnbmF0dXJl",
        URL_SAFE_NO_PAD.encode(r#"{"typ":"JWT","alg":"RS256"}"#),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    )
}

fn id_token(nonce: &str) -> String {
    jwt(json!({
        "aud": "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11", "iss": format!("http://127.0.0.1:8081/{TID}/v2.0"),
        "tid": TID, "oid": "oid-1", "name": "Alex Wilber", "preferred_username": "alex@contoso.example",
        "nonce": nonce, "exp": NOW + 3600, "iat": NOW - 10, "ver": "2.0"
    }))
}

fn graph(scp: &str, wids: &[&str]) -> Tokens {
    Tokens {
        resource: "https://graph.microsoft.com".into(),
        access_token: Secret::new(jwt(
            json!({"aud": "https://graph.microsoft.com", "tid": TID, "scp": scp, "wids": wids, "exp": NOW + 3600}),
        )),
        id_token: Some(Secret::new(id_token("N1"))),
        refresh_token: Some(Secret::new("RT")),
        scope: Vec::new(),
        expires_in: Some(3599),
    }
}

#[test]
fn all_granted_is_signed_in_ok_for_a_user() {
    let t = graph(
        "User.Read Mail.ReadWrite Calendars.ReadWrite MailboxSettings.ReadWrite profile openid",
        &["b79fbf4d-3ef9-4689-8143-76b194e85509"],
    );
    let r = evaluate(
        &demo(),
        "http://127.0.0.1:8081",
        "N1",
        &[t],
        Vec::new(),
        NOW,
    );
    assert!(r.missing().is_empty(), "{:?}", r.missing());
    assert!(r.id_checks.iter().all(|c| c.passed), "{:?}", r.id_checks);
    assert_eq!(r.identity.username.as_deref(), Some("alex@contoso.example"));
    assert_eq!(r.identity.kind, AccountKind::Member);
    let d = diagnose_check(&r, &demo(), None, &Options::default());
    assert_eq!(d.verdict, Verdict::SignedInOk);
    assert_eq!(d.audience, Audience::User);
    assert!(d.fixes.is_empty());
}

#[test]
fn missing_scopes_for_a_user_lead_to_asking_the_admin() {
    let t = graph("User.Read openid profile", &[]);
    let r = evaluate(
        &demo(),
        "http://127.0.0.1:8081",
        "N1",
        &[t],
        Vec::new(),
        NOW,
    );
    let missing: Vec<&str> = r
        .missing()
        .iter()
        .map(|p| p.permission.name.name())
        .collect();
    assert_eq!(
        missing,
        [
            "Mail.ReadWrite",
            "Calendars.ReadWrite",
            "MailboxSettings.ReadWrite"
        ]
    );
    assert!(r.missing()[0].managed_blocked);
    let d = diagnose_check(&r, &demo(), None, &Options::default());
    assert_eq!(d.verdict, Verdict::SignedInMissingScopes);
    assert_eq!(d.audience, Audience::User);
    assert_eq!(d.fix_ids()[0].id(), "ask-admin");
    assert!(
        d.consent_url
            .as_deref()
            .unwrap()
            .contains(&format!("/{TID}/v2.0/adminconsent")),
        "pinned to the signed-in tenant"
    );
}

#[test]
fn an_admin_with_missing_scopes_gets_the_admin_voice_and_the_link_first() {
    for (wid, power) in [
        (
            "62e90394-69f5-4237-9190-012177145e10",
            ConsentPower::Everything,
        ),
        (
            "e8611ab8-c189-46e8-94e1-60213ab1f814",
            ConsentPower::Everything,
        ),
        (
            "158c047a-c907-4556-b7ef-446551a6b5f7",
            ConsentPower::AllButGraphAppRoles,
        ),
        (
            "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
            ConsentPower::AllButGraphAppRoles,
        ),
    ] {
        let r = evaluate(
            &demo(),
            "http://127.0.0.1:8081",
            "N1",
            &[graph("User.Read", &[wid])],
            Vec::new(),
            NOW,
        );
        assert_eq!(r.consent_power(), power);
        let d = diagnose_check(&r, &demo(), None, &Options::default());
        assert_eq!(d.audience, Audience::Admin, "{wid}");
        assert_eq!(d.fix_ids()[0].id(), "admin-consent-url", "{wid}");
        let graph_app_note = d
            .notes
            .iter()
            .any(|n| n.contains("application permissions"));
        assert_eq!(
            graph_app_note,
            power == ConsentPower::AllButGraphAppRoles,
            "{wid}"
        );
    }
    let exchange_admin = evaluate(
        &demo(),
        "http://127.0.0.1:8081",
        "N1",
        &[graph(
            "User.Read",
            &["29232cdf-9323-42fd-ade2-1d097af3e4de"],
        )],
        Vec::new(),
        NOW,
    );
    assert_eq!(exchange_admin.consent_power(), ConsentPower::None);
    assert_eq!(
        exchange_admin.roles[0].role.unwrap().name,
        "Exchange Administrator"
    );
}

#[test]
fn id_token_checks_fail_on_each_bad_claim() {
    let cases = [
        ("nonce", id_token("OTHER")),
        (
            "iss",
            jwt(
                json!({"aud": "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11", "iss": "https://evil.example/v2.0", "tid": TID, "nonce": "N1", "exp": NOW + 60}),
            ),
        ),
        (
            "aud",
            jwt(
                json!({"aud": ["3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11", "other"], "iss": format!("http://127.0.0.1:8081/{TID}/v2.0"), "tid": TID, "nonce": "N1", "exp": NOW + 60}),
            ),
        ),
        (
            "exp",
            jwt(
                json!({"aud": "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11", "iss": format!("http://127.0.0.1:8081/{TID}/v2.0"), "tid": TID, "nonce": "N1", "exp": NOW - 1}),
            ),
        ),
    ];
    for (claim, token) in cases {
        let mut t = graph("User.Read", &[]);
        t.id_token = Some(Secret::new(token));
        let r = evaluate(
            &demo(),
            "http://127.0.0.1:8081",
            "N1",
            &[t],
            Vec::new(),
            NOW,
        );
        let failed: Vec<&str> = r
            .id_checks
            .iter()
            .filter(|c| !c.passed)
            .map(|c| c.claim)
            .collect();
        assert_eq!(failed, [claim]);
    }
}

#[test]
fn opaque_personal_account_tokens_are_said_to_be_opaque() {
    let mut t = graph("", &[]);
    t.access_token = Secret::new("EwBwA8l6BAAU-opaque-msa-token");
    t.scope = vec!["https://graph.microsoft.com/User.Read".into()];
    t.id_token = Some(Secret::new(jwt(
        json!({"tid": MSA_TENANT, "aud": "3f7d1c2a-8b4e-4c6d-9a1f-2e5b7c9d0a11", "nonce": "N1"}),
    )));
    let r = evaluate(
        &demo(),
        "http://127.0.0.1:8081",
        "N1",
        &[t],
        Vec::new(),
        NOW,
    );
    assert_eq!(r.identity.kind, AccountKind::Personal);
    assert!(r.tokens.iter().any(|v| v.decoded == Ok(Decoded::Opaque)));
    let user_read = r
        .permissions
        .iter()
        .find(|p| p.permission.name.name() == "User.Read")
        .unwrap();
    assert!(user_read.granted, "falls back to the response's scope");
}

#[test]
fn claim_explanations_and_admin_defaults() {
    assert!(claims::explain("wids").contains("roles"));
    assert_eq!(claims::explain("made_up"), "");
    assert!(admin_by_default("Directory.Read.All"));
    assert!(admin_by_default("User.Read.All"));
    assert!(!admin_by_default("User.Read"));
    assert!(!admin_by_default("Mail.ReadWrite"));
}
