//! Fixes the person in front of the page can do now, plus the hand-offs to the vendor and
//! to Microsoft's own lookup page.

use super::{base, FixCard, FixContext, FixId, Step};
use crate::catalogue;
use crate::urls::encode;
use crate::verdict::Fixer;

pub(super) fn request_approval(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let why = p
        .delegated_permissions
        .iter()
        .find(|perm| !perm.is_oidc())
        .map_or("do my work", |perm| perm.why.trim_end_matches('.'));
    let mut card = base(
        FixId::RequestApproval,
        "Send the approval request from Microsoft's screen",
        Fixer::User,
        "1 minute, then wait for approval",
        "Your organization lets you ask an administrator to approve the app. The request goes to the reviewers your admin chose.",
    );
    card.steps = vec![
        Step::new(format!("Connect {} again until you see \"Approval required\".", p.product_name)),
        Step::new("Write a short reason in the justification box, for example:")
            .snippet("Justification", format!("I need {} to {}.", p.product_name, lower_first(why))),
        Step::new("Select \"Request approval\", then \"Back to app\"."),
        Step::new("Wait for the e-mail from Microsoft saying the request was approved (or denied). Approval usually takes from minutes to a few days; you cannot see the status anywhere else."),
        Step::new(format!("When it is approved, connect {} again.", p.product_name)),
    ];
    card.check = Some("After approval, connecting works without an approval screen.".into());
    card
}

/// The message a user sends their admin: what the app is, what it needs and why, the
/// consent link for their tenant, the admin page, and the error details.
pub fn ask_admin_message(
    profile: &crate::profile::Profile,
    consent_url: Option<&str>,
    diagnosis_link: Option<&str>,
    admin_page: Option<&str>,
    tenant_page: Option<&str>,
    facts_line: &str,
) -> (String, String) {
    let p = profile;
    let mut message = format!(
        "Hello,\n\nI tried to connect {product} (by {company}) to my Microsoft 365 account and Microsoft said an administrator has to approve it.\n",
        product = p.product_name,
        company = p.company_name
    );
    let needs: Vec<String> = p
        .delegated_permissions
        .iter()
        .filter(|perm| !perm.is_oidc())
        .map(|perm| {
            format!(
                "- {} ({}): {}",
                perm.name.name(),
                perm.resource_name(),
                perm.why
            )
        })
        .collect();
    if !needs.is_empty() {
        message.push_str(&format!(
            "\nWhat it asks for, and why:\n{}\n",
            needs.join("\n")
        ));
    }
    if let Some(url) = consent_url {
        message.push_str(&format!("\nYou can review and grant consent for our organization with this link (it only works for an admin):\n{url}\n"));
    }
    if let Some(link) = diagnosis_link {
        message.push_str(&format!(
            "\nStep-by-step instructions for admins:\n{link}\n"
        ));
    }
    if let Some(page) = admin_page {
        message.push_str(&format!(
            "\nOther ways to grant it (admin center, PowerShell, Azure CLI):\n{page}\n"
        ));
    }
    if let Some(check) = tenant_page {
        message.push_str(&format!(
            "\nIf it is still blocked, this read-only check finds the setting in our tenant that causes it:\n{check}\n"
        ));
    }
    message.push_str(&format!(
        "\nApplication ID: {}\nPublisher: {}{}\n",
        p.app.client_id,
        p.app.publisher,
        if p.app.publisher_verified {
            " (verified)"
        } else {
            ""
        }
    ));
    if !facts_line.is_empty() {
        message.push_str(&format!("Error details: {facts_line}\n"));
    }
    message.push_str("\nThank you.");
    (
        format!("Please approve {} for our organization", p.product_name),
        message,
    )
}

/// A `mailto:` link with the subject and body filled in, no recipient.
pub fn mailto(subject: &str, body: &str) -> String {
    format!("mailto:?subject={}&body={}", encode(subject), encode(body))
}

pub(super) fn ask_admin(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let (subject, message) = ask_admin_message(
        p,
        ctx.consent_url,
        ctx.admin_link,
        ctx.admin_page,
        ctx.tenant_page,
        &ctx.facts_line,
    );
    let mailto = mailto(&subject, &message);
    let mut card = base(
        FixId::AskAdmin,
        "Ask your IT administrator to approve the app",
        Fixer::User,
        "1 minute, then wait for your admin",
        "Send your admin a message with everything they need to fix it in one go.",
    );
    card.steps = vec![
        Step::new("Copy this message (or open it in your e-mail program) and send it to your IT administrator or help desk.")
            .snippet("Message", message)
            .link("Open in e-mail", mailto),
        Step::new(format!("When your admin confirms, connect {} again.", p.product_name)),
    ];
    card.check = Some("Connecting works without an approval screen.".into());
    card
}

pub(super) fn try_again(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        FixId::TryAgain,
        format!("Connect {} again and accept", p.product_name),
        Fixer::User,
        "1 minute",
        "The permissions screen was closed or declined. Nothing is broken; start again.",
    );
    card.steps = vec![
        Step::new(format!("Start connecting {} again.", p.product_name)),
        Step::new("When Microsoft lists the permissions, read them and select Accept."),
        Step::new("If you see \"Need admin approval\" or \"Approval required\" instead, your organization needs an administrator to approve the app: follow the next fix."),
    ];
    card.check = Some("You land back in the app, connected.".into());
    card
}

pub(super) fn sign_in_again(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::SignInAgain,
        "Sign in again and complete every prompt",
        Fixer::User,
        "2 minutes",
        "Microsoft needs a fresh, interactive sign-in: your session ended, or your organization requires an extra check such as multi-factor authentication.",
    );
    card.steps = vec![
        Step::new(format!("Start connecting {} again in a normal (not embedded) browser window.", ctx.product())),
        Step::new("Complete every prompt: password, authenticator app or code, and any registration your organization asks for."),
        Step::new("If your authenticator is not set up, register a method at Microsoft's security info page first.")
            .link("Open security info", "https://mysignins.microsoft.com/security-info"),
    ];
    card.check = Some("The sign-in completes and you land back in the app.".into());
    card
}

pub(super) fn use_other_account(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::UseOtherAccount,
        "Sign in with your work account for the right organization",
        Fixer::User,
        "2 minutes",
        "The sign-in used an account or organization that does not match the one the app expects.",
    );
    card.steps = vec![
        Step::new(format!("Start connecting {} again.", ctx.product())),
        Step::new("On Microsoft's account picker, choose \"Use another account\" and type your work or school address (not a personal Outlook.com or Hotmail account)."),
        Step::new("If the wrong account is picked automatically, try again in a private browser window."),
    ];
    card.check = Some("You reach the permissions screen or land back in the app.".into());
    card
}

pub(super) fn reset_password(_ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::ResetPassword,
        "Change or reset your password",
        Fixer::User,
        "5 minutes",
        "The password was wrong or has expired.",
    );
    card.steps = vec![
        Step::new("Reset your password with Microsoft's self-service page (if your organization allows it), or ask your help desk.")
            .link("Open password reset", "https://passwordreset.microsoftonline.com"),
        Step::new("Sign in again with the new password."),
    ];
    card.check = Some("The sign-in completes.".into());
    card
}

pub(super) fn device_compliance(_ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::DeviceCompliance,
        "Use a device your organization manages",
        Fixer::User,
        "10 minutes to a day",
        "Your organization only allows this app from registered, compliant devices (or approved apps).",
    );
    card.steps = vec![
        Step::new("Try again from a company-managed computer or phone."),
        Step::new("Or enroll this device: install your organization's Company Portal app, sign in, and follow its steps until the device shows as compliant."),
        Step::new("If enrollment is not possible, ask your help desk which devices or apps are allowed."),
    ];
    card.check = Some("The sign-in completes from the managed device.".into());
    card
}

pub(super) fn run_check(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::RunCheck,
        "Confirm the fix with a sign-in check",
        Fixer::User,
        "1 minute",
        format!("After someone makes a change, this site can sign you in to check which of {}'s permissions are granted now.", ctx.product()),
    );
    card.steps =
        vec![
            Step::new("Open the sign-in check and sign in with the account that failed.")
                .link("Open the sign-in check", "/check"),
        ];
    card
}

pub(super) fn paste_more(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::PasteMore,
        "Paste the whole error",
        Fixer::User,
        "1 minute",
        "Nothing recognisable was found. The more of the error you paste, the more exact the diagnosis.",
    );
    card.steps = vec![
        Step::new("On Microsoft's error screen, select \"More details\" or \"Troubleshooting details\" and copy everything shown (it includes the error code and IDs)."),
        Step::new("Or copy the whole address from the browser's address bar after the error."),
        Step::new("If the screen shows a number such as 90094, Microsoft's error page describes it.")
            .link("Open Microsoft's error lookup", format!("{}/error", ctx.profile.cloud.login_host())),
        Step::new("Paste it on the start page of this site.").link("Go to the start page", "/"),
    ];
    card
}

pub(super) fn lookup_code(ctx: &FixContext) -> Option<FixCard> {
    let code = ctx.code?;
    let mut card = base(
        FixId::LookupCode,
        format!("Look up {code} on Microsoft's error page"),
        Fixer::User,
        "1 minute",
        "Microsoft's own lookup page has the latest description of every code.",
    );
    card.steps = vec![
        Step::new("Open Microsoft's description of this code.").link(
            format!("Open {code} on Microsoft's site"),
            catalogue::lookup_url(code, ctx.profile.cloud),
        ),
    ];
    Some(card)
}

pub(super) fn contact_vendor(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        FixId::ContactVendor,
        format!("Report it to {}", p.company_name),
        Fixer::Vendor,
        "1 business day (vendor)",
        format!(
            "The cause is in how {} is registered or how it signs in; only {} can change that.",
            p.product_name, p.company_name
        ),
    );
    let mut steps = vec![Step::new(format!(
        "Contact {} support: {}.",
        p.company_name,
        p.support_contact()
    ))];
    if let Some(email) = &p.support.email {
        steps[0].link = Some(super::Link {
            label: "E-mail support".into(),
            href: format!(
                "mailto:{}?subject={}",
                encode(email).replace("%40", "@"),
                encode(&format!("{} sign-in error", p.product_name))
            ),
        });
    } else if let Some(url) = &p.support.url {
        steps[0].link = Some(super::Link {
            label: "Open support".into(),
            href: url.clone(),
        });
    }
    steps.push(Step::new("Include the report from \"Details for support\" on this page: it has the code, trace and correlation IDs and the time, which their engineers need."));
    card.steps = steps;
    card
}

pub(super) fn wait_and_retry(_ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::WaitAndRetry,
        "Wait a few minutes and try again",
        Fixer::Microsoft,
        "5–15 minutes",
        "This is a passing problem in Microsoft's service.",
    );
    card.steps = vec![
        Step::new("Wait a few minutes, then try again."),
        Step::new("If it keeps failing for more than an hour, check Microsoft 365 service health or contact support with the details below.")
            .link("Open Microsoft 365 service status", "https://status.cloud.microsoft"),
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
