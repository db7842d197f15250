//! Microsoft's wordings, for inputs that carry no code: a screenshot's text, a user's
//! description of the screen, a message a library rewrote.

use crate::verdict::Verdict;

/// A recognised wording and what it implies.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Phrase {
    /// Short name of the wording, shown as "recognised: …".
    pub label: &'static str,
    /// Microsoft's words as they were found (lower case); a share link carries these, so
    /// the page that opens it recognises the same wording.
    pub wording: &'static str,
    /// The code Microsoft sends with this wording, when it is unambiguous.
    pub code: Option<u32>,
    pub verdict: Verdict,
    /// The language of a localized wording ("Japanese"); empty for English.
    pub language: &'static str,
}

const fn p(label: &'static str, code: Option<u32>, verdict: Verdict) -> Phrase {
    Phrase {
        label,
        wording: "",
        code,
        verdict,
        language: "",
    }
}

/// Checked in order: longer, more specific wordings come before the shorter ones they
/// contain ("administrator approval required" before "approval required").
const PHRASES: &[(&[&str], Phrase)] = &[
    (
        &[
            "need admin approval",
            "needs admin approval",
            "admin approval is needed",
            "that only an admin can grant",
            "needs permission to access resources in your organization",
        ],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "this app may be risky",
            "this app might be risky",
            "app might be risky",
            "risky application detected",
        ],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "administrator approval required",
            "admin approval required",
            "requires admin approval",
        ],
        p(
            "Administrator approval required",
            None,
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "approval required",
            "request approval",
            "an admin consent request may be sent",
            "justification for requesting",
        ],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        &[
            "set a policy that prevents you from granting",
            "cannot consent due to lack of permissions",
            "not authorized to grant",
        ],
        p(
            "A policy prevents you from granting permissions",
            Some(90093),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        &[
            "has not consented to use the application",
            "have not consented",
            "consent_required",
        ],
        p("Not consented", Some(65001), Verdict::AdminConsentRequired),
    ),
    (
        &[
            "declined to consent",
            "user canceled the authentication",
            "user cancelled the authentication",
            "the admin canceled the request",
            "resource owner or authorization server denied",
        ],
        p(
            "Consent declined",
            Some(65004),
            Verdict::UserDeclinedConsent,
        ),
    ),
    (
        &["cross-origin token redemption"],
        p(
            "Cross-origin token redemption",
            Some(9002326),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &["may only be redeemed via cross-origin requests"],
        p(
            "SPA tokens must be redeemed cross-origin",
            Some(9002327),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &["resource principal named"],
        p(
            "Resource principal not found",
            Some(500011),
            Verdict::AppNotFoundInTenant,
        ),
    ),
    (
        &[
            "was not found in the directory",
            "application with identifier",
        ],
        p(
            "Application not found in the directory",
            Some(700016),
            Verdict::AppNotFoundInTenant,
        ),
    ),
    (
        &["misconfigured required resource access"],
        p(
            "Misconfigured required resource access",
            Some(1003031),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &[
            "not assigned to a role for the application",
            "specifically granted ('assigned') access",
            "block users unless they are specifically granted",
        ],
        p(
            "User not assigned to the app",
            Some(50105),
            Verdict::UserNotAssigned,
        ),
    ),
    (
        &[
            "device is required to be managed",
            "you can't get there from here",
            "you can\u{2019}t get there from here",
        ],
        p(
            "Managed device required",
            Some(530003),
            Verdict::ConditionalAccessBlocked,
        ),
    ),
    (
        &[
            "blocked by conditional access",
            // The 53003 screen: https://learn.microsoft.com/entra/identity/conditional-access/troubleshoot-conditional-access
            "does not meet the criteria to access this resource",
            "access policy does not allow token issuance",
            "conditional access policies",
        ],
        p(
            "Blocked by Conditional Access",
            Some(53003),
            Verdict::ConditionalAccessBlocked,
        ),
    ),
    (
        &[
            "reply url specified in the request does not match",
            "redirect uri specified in the request does not match",
            "does not match the reply addresses",
        ],
        p("Reply URL mismatch", Some(50011), Verdict::MisconfiguredApp),
    ),
    (
        &["no reply address is registered"],
        p(
            "No reply address registered",
            Some(500113),
            Verdict::MisconfiguredApp,
        ),
    ),
    (
        &["does not exist in tenant", "from identity provider"],
        p(
            "Account not in this organization",
            Some(50020),
            Verdict::AccountProblem,
        ),
    ),
    (
        &[
            "you must use multi-factor authentication",
            "must use multi-factor",
            "additional verification",
        ],
        p(
            "Multi-factor authentication required",
            Some(50076),
            Verdict::SignInRequired,
        ),
    ),
    (
        &["account is locked", "account has been locked"],
        p("Account locked", Some(50053), Verdict::AccountProblem),
    ),
    (
        &["account is disabled", "user account is disabled"],
        p("Account disabled", Some(50057), Verdict::AccountProblem),
    ),
    (
        &[
            ") is disabled",
            "' is disabled",
            "application is disabled",
            "app is disabled",
        ],
        p(
            "Application is disabled",
            Some(7000112),
            Verdict::AppDisabled,
        ),
    ),
    (
        &["password is expired", "password has expired"],
        p("Password expired", Some(50055), Verdict::AccountProblem),
    ),
    (
        &[
            "invalid username or password",
            "your account or password is incorrect",
        ],
        p(
            "Wrong user name or password",
            Some(50126),
            Verdict::AccountProblem,
        ),
    ),
    (
        &["access to odata is disabled"],
        p(
            "Application access policy denied the mailbox",
            None,
            Verdict::Other,
        ),
    ),
];

/// Microsoft's screens in other languages: headings and key sentences of the consent,
/// approval, risky-app and Conditional Access screens, each quoted from the public source
/// beside it (Microsoft's localized documentation, Microsoft Japan's identity support blog).
/// Matched after removing whitespace and punctuation, which copying adds and drops.
/// Checked in order, like [`PHRASES`]: "管理者の承認が必要" before "承認が必要です".
const LOCALIZED: &[(&str, &[&str], Phrase)] = &[
    (
        "Japanese",
        // https://github.com/jpazureid/blog/blob/01286ac05449d04746c7fc20eeebefad60ec39bf/articles/azure-active-directory/azure-ad-consent-framework.md
        // https://learn.microsoft.com/ja-jp/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error
        &[
            "管理者の承認が必要",
            "このアクセス許可を付与できるのは管理者のみです",
            "管理者のみが付与できる組織内のリソース",
        ],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "German",
        // German localization of https://learn.microsoft.com/de-de/entra/identity/enterprise-apps/configure-user-consent;
        // https://github.com/christophbittig/azure-docs.de-de/blob/b757db55ffc8131e3f26031536bec66862e15325/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &[
            "Administratorgenehmigung erforderlich",
            "die nur ein Administrator erteilen kann",
        ],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "French",
        // https://github.com/ibrahimecm5/azure-docs.fr-fr/blob/f570630c2cb9d27f5f91159ad8225b0e64a44268/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &["une autorisation que seul un administrateur peut accorder"],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Spanish",
        // https://github.com/csigueros/azure-docs.es-es/blob/619675621b93ede765ecc272468a0be1d3956e43/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &["que solo un administrador puede conceder"],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Portuguese",
        // https://github.com/robertorcosta/azure-docs.pt-br/blob/08ef07a3dd0e348516bb8d1d8bc3cc7db4431c14/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &["que apenas um administrador pode conceder"],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Italian",
        // https://github.com/changeworld/azure-docs.it-it/blob/5f8bc9562a649a015aa6c8de77360e2b9e34b9e7/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &["che solo un amministratore può concedere"],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Dutch",
        // https://github.com/Microsoft/azure-docs.nl-nl/blob/369e198f41000c320038ffe2d62bc1a4d1ef242b/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &["die alleen door een beheerder kunnen worden verleend"],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Chinese",
        // https://github.com/zoeleng/azure-docs.zh-cn/blob/5bce28d55cbc0ff27a28b42465f73b52109f5559/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &["只有管理员可以授予"],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Korean",
        // https://github.com/drex33/azure-docs.ko-kr/blob/3eddc6eab43b9211284c17ce9980e2be35bbc39e/articles/active-directory/manage-apps/application-sign-in-unexpected-user-consent-error.md
        &["관리자만 권한을 부여할 수 있는"],
        p(
            "Need admin approval",
            Some(90094),
            Verdict::AdminConsentRequired,
        ),
    ),
    // "This app may be risky", from the same localized articles as above (Japanese: the
    // ja-jp page of application-sign-in-unexpected-user-consent-error).
    (
        "German",
        &["Diese App ist möglicherweise riskant"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "French",
        &["Cette application peut présenter un risque"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Spanish",
        &["Esta aplicación puede ser peligrosa"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Portuguese",
        &["Este aplicativo pode ser arriscado"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Italian",
        &["Questa app potrebbe essere rischiosa"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Dutch",
        &["Deze app kan riskant zijn"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Chinese",
        &["这个应用可能有风险"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Korean",
        &["이 앱은 위험할 수 있습니다"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    (
        "Japanese",
        &["このアプリは危険である可能性があります"],
        p(
            "This app may be risky",
            Some(900941),
            Verdict::AdminConsentRequired,
        ),
    ),
    // "Approval required", "Request approval", "Request sent": the localized
    // configure-admin-consent-workflow articles, e.g.
    // https://github.com/changeworld/azure-docs.ja-jp/blob/086490e4a41818607a7c73979a776c2db500290b/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    // https://github.com/otrekw/azure-docs.de-de/blob/11622801c96f01d237847c4a20cf513c444ba1a0/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    // https://github.com/stephanemora/azure-docs.fr-fr/blob/1073f0c42b4ddf7e714274304a44cc6e97f6fabe/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    // https://github.com/pricardo03/azure-docs.es-es/blob/481e70e36c8af6725e51841390fb9ff0e8c2c633/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    // https://github.com/robertorcosta/azure-docs.pt-br/blob/15591740abb0a65eee3a7b11b3c1d0001f452c4d/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    // https://github.com/nsrau/azure-docs.it-it/blob/075eff25c59058ab844c303b864fe311641fe49d/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    // https://github.com/renhuailin/azure-docs.zh-cn/blob/1a80cdb9ce3e496029894d0cac15259db755e765/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    // https://github.com/zoonoo/azure-docs.ko-kr/blob/0e3c446dc289b9c2d501d259eaf471cecabfc5b9/articles/active-directory/manage-apps/configure-admin-consent-workflow.md
    (
        "Japanese",
        &["承認が必要です", "承認要求", "リクエストが送信されました"],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "German",
        &[
            "Genehmigung erforderlich",
            "Genehmigung anfordern",
            "Anforderung gesendet",
        ],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "French",
        &["Approbation requise", "Demande envoyée"],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "Spanish",
        &["Aprobación necesaria", "Solicitud enviada"],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "Portuguese",
        &["aprovação necessária", "solicitação enviada"],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "Italian",
        &["approvazione richiesta", "Richiedi approvazione"],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "Chinese",
        &["需要审批", "请求批准", "请求已发送"],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "Korean",
        &["승인 필요", "승인 요청"],
        p(
            "Approval required",
            Some(90095),
            Verdict::AdminConsentWorkflow,
        ),
    ),
    (
        "Japanese",
        // https://github.com/jpazureid/blog/blob/1735c4c7788646cda1eb475de9b6cd75262a03f2/articles/azure-active-directory/conditional-cannot-access-rightnow.md
        &[
            "現時点ではこれにはアクセスできません",
            "現時点ではこれにアクセスできません",
        ],
        p(
            "You cannot access this right now",
            Some(53003),
            Verdict::ConditionalAccessBlocked,
        ),
    ),
];

/// Drops whitespace and punctuation (ASCII, CJK and typographic), so that a heading copied
/// with line breaks, full-width spaces or different quotes still matches. Case is folded
/// for ASCII only; Unicode folding would bring its tables into the first-visit build.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !c.is_ascii_punctuation()
                && !matches!(
                    c,
                    '、' | '。'
                        | '「'
                        | '」'
                        | '『'
                        | '』'
                        | '（'
                        | '）'
                        | '！'
                        | '？'
                        | '：'
                        | '；'
                        | '，'
                        | '．'
                        | '・'
                        | '“'
                        | '”'
                        | '‘'
                        | '’'
                        | '«'
                        | '»'
                        | '…'
                        | '–'
                        | '—'
                        | '\u{00a0}'
                        | '\u{200b}'
                )
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The first wording found in lower-cased text: English first, then the other languages.
pub(super) fn find(lower: &str) -> Option<Phrase> {
    find_english(lower).or_else(|| find_localized(lower))
}

fn find_localized(lower: &str) -> Option<Phrase> {
    let text = compact(lower);
    let found = |needles: &[&'static str]| {
        needles
            .iter()
            .copied()
            .find(|n| text.contains(compact(n).as_str()))
    };
    let (language, wording, phrase) = LOCALIZED
        .iter()
        .find_map(|(language, needles, phrase)| Some((*language, found(needles)?, *phrase)))?;
    let mut phrase = Phrase {
        wording,
        language,
        ..phrase
    };
    // The risky-app screen with a request button: the admin consent workflow is on.
    if phrase.code == Some(900941) {
        let request = LOCALIZED
            .iter()
            .filter(|(l, _, p)| *l == language && p.code == Some(90095))
            .any(|(_, needles, _)| found(needles).is_some());
        if request {
            phrase.code = Some(900981);
            phrase.verdict = Verdict::AdminConsentWorkflow;
            phrase.label = "This app may be risky (approval request)";
        }
    }
    Some(phrase)
}

fn find_english(lower: &str) -> Option<Phrase> {
    let (wording, phrase) = PHRASES.iter().find_map(|(needles, phrase)| {
        let wording = needles.iter().find(|n| lower.contains(*n))?;
        Some((*wording, *phrase))
    })?;
    let phrase = Phrase { wording, ..phrase };
    // The risky-app screen offers a request button when the admin consent workflow is on.
    if phrase.code == Some(900941) && lower.contains("request approval") {
        return Some(Phrase {
            wording,
            ..p(
                "This app may be risky (approval request)",
                Some(900981),
                Verdict::AdminConsentWorkflow,
            )
        });
    }
    Some(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each localized wording is recognised alone, inside page text, and as copying mangles
    /// it (line breaks, full-width spaces, other punctuation), with the right verdict.
    #[test]
    fn every_localized_wording_is_recognised_in_page_text_and_when_mangled() {
        for (language, needles, phrase) in LOCALIZED {
            for needle in *needles {
                let page = format!(
                    "Microsoft\n\nuser@contoso.com\n{needle}\nApp: Contoso Mail\nMore details"
                );
                let mangled: String = needle
                    .chars()
                    .flat_map(|c| {
                        if c == ' ' {
                            vec!['\n', '\u{3000}']
                        } else {
                            vec![c]
                        }
                    })
                    .collect::<String>()
                    + "。";
                for text in [needle.to_string(), page, mangled] {
                    let found = find(&text.to_ascii_lowercase())
                        .unwrap_or_else(|| panic!("{language}: {text:?} not recognised"));
                    assert_eq!(found.verdict, phrase.verdict, "{language}: {text:?}");
                    assert_eq!(found.language, *language, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn a_localized_risky_app_screen_with_a_request_button_is_the_workflow() {
        let found = find(
            &"Diese App ist möglicherweise riskant\nGenehmigung anfordern".to_ascii_lowercase(),
        )
        .unwrap();
        assert_eq!(found.code, Some(900981));
        assert_eq!(found.verdict, Verdict::AdminConsentWorkflow);
        let found = find("这个应用可能有风险。 仅当你信任此应用时继续。").unwrap();
        assert_eq!(found.code, Some(900941));
    }

    /// A share link carries the wording that was found; opened, it must mean the same
    /// thing — no wording may be shadowed by an earlier, different entry (a fuzz finding).
    #[test]
    fn every_wording_is_recognised_as_itself() {
        for (needles, phrase) in PHRASES {
            for needle in *needles {
                let found = find(needle);
                assert_eq!(
                    found.map(|p| (p.code, p.verdict)),
                    Some((phrase.code, phrase.verdict)),
                    "wording {needle:?}"
                );
                assert!(found.is_some_and(|p| needle.contains(p.wording)));
            }
        }
    }
}
