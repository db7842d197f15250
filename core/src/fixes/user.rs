//! Fixes the person in front of the page can do now, plus the hand-offs to the vendor and
//! to Microsoft's own lookup page.

use super::{base, FixCard, FixContext, FixId, Step};
use crate::catalogue;
use crate::i18n::{Messages, Msg};
use crate::urls::encode;
use crate::verdict::Fixer;

pub(super) fn request_approval(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let product = p.product_name.as_str();
    let language = ctx.m.language();
    let justification = match p.delegated_permissions.iter().find(|perm| !perm.is_oidc()) {
        Some(perm) => {
            let why = perm.why_in(language).trim_end_matches(['.', '。']);
            // English continues "I need X to …" in lower case; other languages put the
            // reason after a colon, as the profile wrote it.
            let purpose = if language == crate::i18n::Language::En {
                lower_first(why)
            } else {
                why.to_string()
            };
            ctx.text(
                Msg::FixRequestApprovalJustification,
                &[("product", product), ("purpose", &purpose)],
            )
        }
        None => ctx.with_product(Msg::FixRequestApprovalJustificationAny),
    };
    let mut card = base(
        FixId::RequestApproval,
        ctx.get(Msg::FixRequestApprovalTitle),
        Fixer::User,
        ctx.get(Msg::FixRequestApprovalDuration),
        ctx.get(Msg::FixRequestApprovalIntro),
    );
    card.steps = vec![
        Step::new(ctx.with_product(Msg::FixRequestApprovalStepConnect)),
        Step::new(ctx.get(Msg::FixRequestApprovalStepReason)).snippet(
            ctx.get(Msg::FixRequestApprovalSnippetJustification),
            justification,
        ),
        Step::new(ctx.get(Msg::FixRequestApprovalStepSend)),
        Step::new(ctx.get(Msg::FixRequestApprovalStepWait)),
        Step::new(ctx.with_product(Msg::FixRequestApprovalStepReconnect)),
    ];
    card.check = Some(ctx.get(Msg::FixRequestApprovalCheck));
    card
}

/// The message a user sends their admin, in `m`'s language: what the app is, what it needs
/// and why, the consent link for their tenant, the admin page, and the error details.
/// Returns the subject and the body.
pub fn ask_admin_message(
    m: &Messages,
    profile: &crate::profile::Profile,
    consent_url: Option<&str>,
    diagnosis_link: Option<&str>,
    admin_page: Option<&str>,
    tenant_page: Option<&str>,
    facts_line: &str,
) -> (String, String) {
    let p = profile;
    let product = p.product_name.as_str();
    let mut paragraphs = vec![
        m.get(Msg::FixAskAdminMessageGreeting),
        m.text(
            Msg::FixAskAdminMessageProblem,
            &[("product", product), ("company", &p.company_name)],
        ),
    ];
    let needs: Vec<String> = p
        .delegated_permissions
        .iter()
        .filter(|perm| !perm.is_oidc())
        .map(|perm| {
            format!(
                "- {} ({}): {}",
                perm.name.name(),
                perm.resource_name(),
                perm.why_in(m.language())
            )
        })
        .collect();
    if !needs.is_empty() {
        paragraphs.push(m.text(
            Msg::FixAskAdminMessagePermissions,
            &[("permissions", &needs.join("\n"))],
        ));
    }
    for (url, msg) in [
        (consent_url, Msg::FixAskAdminMessageConsentLink),
        (diagnosis_link, Msg::FixAskAdminMessageInstructions),
        (admin_page, Msg::FixAskAdminMessageOtherWays),
        (tenant_page, Msg::FixAskAdminMessageTenantCheck),
    ] {
        if let Some(url) = url {
            paragraphs.push(m.text(msg, &[("url", url)]));
        }
    }
    let app_id = p.app.client_id.to_string();
    let publisher = if p.app.publisher_verified {
        Msg::FixAskAdminMessagePublisherVerified
    } else {
        Msg::FixAskAdminMessagePublisher
    };
    let mut app = vec![
        m.text(Msg::FixAskAdminMessageAppId, &[("app_id", &app_id)]),
        m.text(publisher, &[("publisher", &p.app.publisher)]),
    ];
    if !facts_line.is_empty() {
        app.push(m.text(Msg::FixAskAdminMessageDetails, &[("details", facts_line)]));
    }
    paragraphs.push(app.join("\n"));
    paragraphs.push(m.get(Msg::FixAskAdminMessageThanks));
    (
        m.text(Msg::FixAskAdminSubject, &[("product", product)]),
        paragraphs.join("\n\n"),
    )
}

/// A `mailto:` link with the subject and body filled in, no recipient.
pub fn mailto(subject: &str, body: &str) -> String {
    format!("mailto:?subject={}&body={}", encode(subject), encode(body))
}

pub(super) fn ask_admin(ctx: &FixContext) -> FixCard {
    let (subject, message) = ask_admin_message(
        ctx.m,
        ctx.profile,
        ctx.consent_url,
        ctx.admin_link,
        ctx.admin_page,
        ctx.tenant_page,
        &ctx.facts_line,
    );
    let mailto = mailto(&subject, &message);
    let mut card = base(
        FixId::AskAdmin,
        ctx.get(Msg::FixAskAdminTitle),
        Fixer::User,
        ctx.get(Msg::FixAskAdminDuration),
        ctx.get(Msg::FixAskAdminIntro),
    );
    card.steps = vec![
        Step::new(ctx.get(Msg::FixAskAdminStepCopy))
            .snippet(ctx.get(Msg::FixAskAdminSnippetMessage), message)
            .link(ctx.get(Msg::FixAskAdminLinkEmail), mailto),
        Step::new(ctx.with_product(Msg::FixAskAdminStepReconnect)),
    ];
    card.check = Some(ctx.get(Msg::FixAskAdminCheck));
    card
}

pub(super) fn try_again(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::TryAgain,
        ctx.with_product(Msg::FixTryAgainTitle),
        Fixer::User,
        ctx.get(Msg::DurationOneMinute),
        ctx.get(Msg::FixTryAgainIntro),
    );
    card.steps = vec![
        Step::new(ctx.with_product(Msg::FixTryAgainStepStart)),
        Step::new(ctx.get(Msg::FixTryAgainStepAccept)),
        Step::new(ctx.get(Msg::FixTryAgainStepAdmin)),
    ];
    card.check = Some(ctx.get(Msg::FixTryAgainCheck));
    card
}

pub(super) fn sign_in_again(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::SignInAgain,
        ctx.get(Msg::FixSignInAgainTitle),
        Fixer::User,
        ctx.get(Msg::DurationTwoMinutes),
        ctx.get(Msg::FixSignInAgainIntro),
    );
    card.steps = vec![
        Step::new(ctx.with_product(Msg::FixSignInAgainStepStart)),
        Step::new(ctx.get(Msg::FixSignInAgainStepPrompts)),
        Step::new(ctx.get(Msg::FixSignInAgainStepRegister)).link(
            ctx.get(Msg::FixSignInAgainLinkSecurityInfo),
            "https://mysignins.microsoft.com/security-info",
        ),
    ];
    card.check = Some(ctx.get(Msg::FixSignInAgainCheck));
    card
}

pub(super) fn use_other_account(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::UseOtherAccount,
        ctx.get(Msg::FixUseOtherAccountTitle),
        Fixer::User,
        ctx.get(Msg::DurationTwoMinutes),
        ctx.get(Msg::FixUseOtherAccountIntro),
    );
    card.steps = vec![
        Step::new(ctx.with_product(Msg::FixUseOtherAccountStepStart)),
        Step::new(ctx.get(Msg::FixUseOtherAccountStepPicker)),
        Step::new(ctx.get(Msg::FixUseOtherAccountStepPrivate)),
    ];
    card.check = Some(ctx.get(Msg::FixUseOtherAccountCheck));
    card
}

pub(super) fn reset_password(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::ResetPassword,
        ctx.get(Msg::FixResetPasswordTitle),
        Fixer::User,
        ctx.get(Msg::DurationFiveMinutes),
        ctx.get(Msg::FixResetPasswordIntro),
    );
    card.steps = vec![
        Step::new(ctx.get(Msg::FixResetPasswordStepReset)).link(
            ctx.get(Msg::FixResetPasswordLinkReset),
            "https://passwordreset.microsoftonline.com",
        ),
        Step::new(ctx.get(Msg::FixResetPasswordStepSignIn)),
    ];
    card.check = Some(ctx.get(Msg::FixResetPasswordCheck));
    card
}

pub(super) fn device_compliance(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::DeviceCompliance,
        ctx.get(Msg::FixDeviceComplianceTitle),
        Fixer::User,
        ctx.get(Msg::FixDeviceComplianceDuration),
        ctx.get(Msg::FixDeviceComplianceIntro),
    );
    card.steps = vec![
        Step::new(ctx.get(Msg::FixDeviceComplianceStepManaged)),
        Step::new(ctx.get(Msg::FixDeviceComplianceStepEnroll)),
        Step::new(ctx.get(Msg::FixDeviceComplianceStepHelpDesk)),
    ];
    card.check = Some(ctx.get(Msg::FixDeviceComplianceCheck));
    card
}

pub(super) fn run_check(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::RunCheck,
        ctx.get(Msg::FixRunCheckTitle),
        Fixer::User,
        ctx.get(Msg::DurationOneMinute),
        ctx.with_product(Msg::FixRunCheckIntro),
    );
    card.steps = vec![Step::new(ctx.get(Msg::FixRunCheckStepOpen))
        .link(ctx.get(Msg::FixRunCheckLinkOpen), "/check")];
    card
}

pub(super) fn paste_more(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::PasteMore,
        ctx.get(Msg::FixPasteMoreTitle),
        Fixer::User,
        ctx.get(Msg::DurationOneMinute),
        ctx.get(Msg::FixPasteMoreIntro),
    );
    card.steps = vec![
        Step::new(ctx.get(Msg::FixPasteMoreStepDetails)),
        Step::new(ctx.get(Msg::FixPasteMoreStepAddress)),
        Step::new(ctx.get(Msg::FixPasteMoreStepLookup)).link(
            ctx.get(Msg::FixPasteMoreLinkLookup),
            format!("{}/error", ctx.profile.cloud.login_host()),
        ),
        Step::new(ctx.get(Msg::FixPasteMoreStepPaste))
            .link(ctx.get(Msg::FixPasteMoreLinkStart), "/"),
    ];
    card
}

pub(super) fn lookup_code(ctx: &FixContext) -> Option<FixCard> {
    let code = ctx.code?;
    let code_text = code.to_string();
    let mut card = base(
        FixId::LookupCode,
        ctx.text(Msg::FixLookupCodeTitle, &[("code", &code_text)]),
        Fixer::User,
        ctx.get(Msg::DurationOneMinute),
        ctx.get(Msg::FixLookupCodeIntro),
    );
    card.steps = vec![Step::new(ctx.get(Msg::FixLookupCodeStepOpen)).link(
        ctx.text(Msg::FixLookupCodeLinkOpen, &[("code", &code_text)]),
        catalogue::lookup_url(code, ctx.profile.cloud),
    )];
    Some(card)
}

pub(super) fn contact_vendor(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let product = p.product_name.as_str();
    let company = p.company_name.as_str();
    let mut card = base(
        FixId::ContactVendor,
        ctx.text(Msg::FixContactVendorTitle, &[("company", company)]),
        Fixer::Vendor,
        ctx.get(Msg::FixContactVendorDuration),
        ctx.text(
            Msg::FixContactVendorIntro,
            &[("product", product), ("company", company)],
        ),
    );
    let email = p.support.email.as_deref().unwrap_or_default();
    let url = p.support.url.as_deref().unwrap_or_default();
    let contact = match (&p.support.email, &p.support.url) {
        (Some(_), Some(_)) => Msg::FixContactVendorStepContactEmailUrl,
        (Some(_), None) => Msg::FixContactVendorStepContactEmail,
        (None, Some(_)) => Msg::FixContactVendorStepContactUrl,
        (None, None) => Msg::FixContactVendorStepContactNone,
    };
    let mut steps = vec![Step::new(ctx.text(
        contact,
        &[("company", company), ("email", email), ("url", url)],
    ))];
    if let Some(email) = &p.support.email {
        let subject = ctx.text(Msg::FixContactVendorEmailSubject, &[("product", product)]);
        steps[0].link = Some(super::Link {
            label: ctx.get(Msg::FixContactVendorLinkEmail),
            href: format!(
                "mailto:{}?subject={}",
                encode(email).replace("%40", "@"),
                encode(&subject)
            ),
        });
    } else if let Some(url) = &p.support.url {
        steps[0].link = Some(super::Link {
            label: ctx.get(Msg::FixContactVendorLinkWebsite),
            href: url.clone(),
        });
    }
    steps.push(Step::new(ctx.get(Msg::FixContactVendorStepReport)));
    card.steps = steps;
    card
}

pub(super) fn wait_and_retry(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::WaitAndRetry,
        ctx.get(Msg::FixWaitAndRetryTitle),
        Fixer::Microsoft,
        ctx.get(Msg::FixWaitAndRetryDuration),
        ctx.get(Msg::FixWaitAndRetryIntro),
    );
    card.steps = vec![
        Step::new(ctx.get(Msg::FixWaitAndRetryStepWait)),
        Step::new(ctx.get(Msg::FixWaitAndRetryStepStatus)).link(
            ctx.get(Msg::FixWaitAndRetryLinkStatus),
            "https://status.cloud.microsoft",
        ),
    ];
    card
}

/// "Your admin…" → "your admin…" (our own English titles; an acronym like "MFA" stays).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if chars.clone().next().is_some_and(|c| c.is_ascii_lowercase()) => {
            first.to_ascii_lowercase().to_string() + chars.as_str()
        }
        Some(first) => first.to_string() + chars.as_str(),
        None => String::new(),
    }
}
