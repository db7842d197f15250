//! Fix cards: each way out of a problem as a titled, ordered list of one-action steps with
//! the links, commands and text to copy — written for the profile's product and, where it
//! is known, the customer's tenant.

mod access;
mod consent;
mod id;
mod identity;
mod user;

pub use id::FixId;
pub use user::{ask_admin_message, mailto};

use crate::i18n::{Messages, Msg};
use crate::ids::{AadstsCode, TenantId};
use crate::profile::Profile;
use crate::verdict::{Audience, Fixer};

/// A link the page renders as `<a href>`; `href` is always built by us, never taken from input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub href: String,
}

/// A command or message to copy, shown in a monospace block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// What kind of text it is: "PowerShell", "Azure CLI", "Message", …
    pub label: String,
    pub text: String,
}

/// One action.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Step {
    pub text: String,
    pub link: Option<Link>,
    pub snippet: Option<Snippet>,
}

impl Step {
    fn new(text: impl Into<String>) -> Step {
        Step {
            text: text.into(),
            ..Step::default()
        }
    }

    fn link(mut self, label: impl Into<String>, href: impl Into<String>) -> Step {
        self.link = Some(Link {
            label: label.into(),
            href: href.into(),
        });
        self
    }

    fn snippet(mut self, label: impl Into<String>, text: impl Into<String>) -> Step {
        self.snippet = Some(Snippet {
            label: label.into(),
            text: text.into(),
        });
        self
    }
}

/// One recommended fix, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixCard {
    /// One or more IDs (Method 1 and Solution A are the same action).
    pub ids: Vec<FixId>,
    pub title: String,
    pub actor: Fixer,
    /// Roughly how long it takes, e.g. "2 minutes".
    pub duration: String,
    /// One line before the steps: why this fix, or what it changes.
    pub intro: String,
    /// Set when the fix widens what users may consent to for every app.
    pub widens: Option<String>,
    pub steps: Vec<Step>,
    /// How to check it worked.
    pub check: Option<String>,
    /// The admin-consent URL, rendered as `<a data-consent-url>`.
    pub consent_url: Option<String>,
    /// Notes: where older instructions differ, caveats.
    pub notes: Vec<String>,
}

impl FixCard {
    /// The space-separated `data-fix` value.
    pub fn data_fix(&self) -> String {
        let ids: Vec<&str> = self.ids.iter().map(|f| f.id()).collect();
        ids.join(" ")
    }
}

/// What the fix texts need to know about this diagnosis.
#[derive(Clone, Debug)]
pub struct FixContext<'a> {
    pub profile: &'a Profile,
    pub audience: Audience,
    pub tenant: Option<&'a TenantId>,
    pub code: Option<AadstsCode>,
    /// The admin-consent URL for this app and tenant, when one may be offered.
    pub consent_url: Option<&'a str>,
    /// Codes and IDs in one line, for messages to admins and vendors.
    pub facts_line: String,
    /// A link to this diagnosis in the admin's voice, for the user's message.
    pub admin_link: Option<&'a str>,
    /// This site's admin page, prefilled with the tenant when known.
    pub admin_page: Option<&'a str>,
    /// This site's tenant check, prefilled with the tenant when known.
    pub tenant_page: Option<&'a str>,
    /// The sentences of the reader's language (English in the admin's and support's voice).
    pub m: &'a Messages,
}

impl FixContext<'_> {
    fn product(&self) -> &str {
        &self.profile.product_name
    }

    /// A message of the reader's language without arguments.
    fn get(&self, msg: Msg) -> String {
        self.m.get(msg)
    }

    /// A message of the reader's language with its named arguments.
    fn text(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        self.m.text(msg, args)
    }

    /// A message whose only argument is the product's name.
    fn with_product(&self, msg: Msg) -> String {
        self.m.text(msg, &[("product", self.product())])
    }

    fn client_id(&self) -> String {
        self.profile.app.client_id.to_string()
    }

    fn link(&self, blade: crate::urls::Blade) -> String {
        blade.url(self.profile.cloud, self.tenant)
    }

    /// "Microsoft Graph: User.Read, Mail.ReadWrite; Office 365 Exchange Online: EWS.AccessAsUser.All"
    fn permission_summary(&self) -> String {
        let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
        for p in &self.profile.delegated_permissions {
            let resource = p.resource_name();
            match groups.iter_mut().find(|(r, _)| *r == resource) {
                Some((_, names)) => names.push(p.name.name()),
                None => groups.push((resource, vec![p.name.name()])),
            }
        }
        let parts: Vec<String> = groups
            .iter()
            .map(|(r, n)| format!("{r}: {}", n.join(", ")))
            .collect();
        parts.join("; ")
    }
}

/// A card with its heading filled in and no steps yet.
fn base(
    id: FixId,
    title: impl Into<String>,
    actor: Fixer,
    duration: String,
    intro: impl Into<String>,
) -> FixCard {
    FixCard {
        ids: vec![id],
        title: title.into(),
        actor,
        duration,
        intro: intro.into(),
        widens: None,
        steps: Vec::new(),
        check: None,
        consent_url: None,
        notes: Vec::new(),
    }
}

/// Builds the card for one fix ID, or `None` when the fix does not apply here (for
/// example `solution-b` for an unverified publisher, or a consent link we may not offer).
pub fn card(fix: FixId, ctx: &FixContext) -> Option<FixCard> {
    let card = match fix {
        FixId::AdminConsentUrl => consent::admin_consent_url(ctx)?,
        FixId::Method1 | FixId::SolutionA => consent::grant_in_admin_center(ctx),
        FixId::Method2 => consent::consent_on_behalf(ctx),
        FixId::AdminBrowser => consent::admin_browser(ctx),
        FixId::ReviewRequest => consent::review_request(ctx),
        FixId::EnableWorkflow => consent::enable_workflow(ctx),
        FixId::SolutionB => consent::verified_publishers(ctx)?,
        FixId::Method3 => consent::allow_user_consent(ctx),
        FixId::RequestApproval => user::request_approval(ctx),
        FixId::AskAdmin => user::ask_admin(ctx),
        FixId::TryAgain => user::try_again(ctx),
        FixId::SignInAgain => user::sign_in_again(ctx),
        FixId::UseOtherAccount => user::use_other_account(ctx),
        FixId::ResetPassword => user::reset_password(ctx),
        FixId::DeviceCompliance => user::device_compliance(ctx),
        FixId::RunCheck => user::run_check(ctx),
        FixId::PasteMore => user::paste_more(ctx),
        FixId::LookupCode => user::lookup_code(ctx)?,
        FixId::ContactVendor => user::contact_vendor(ctx),
        FixId::WaitAndRetry => user::wait_and_retry(ctx),
        FixId::FixAccount => access::fix_account(ctx),
        FixId::ConditionalAccess => access::conditional_access(ctx),
        FixId::EnableSignIn => access::enable_sign_in(ctx),
        FixId::AssignUsers => access::assign_users(ctx),
        FixId::CreateServicePrincipal => access::create_service_principal(ctx),
        FixId::AppOnlyAccess => access::app_only_access(ctx),
        FixId::CheckFirewall => access::check_firewall(ctx),
        FixId::Federation => identity::federation(ctx),
        FixId::RegisterDevice => identity::register_device(ctx),
        FixId::GuestAccess => identity::guest_access(ctx),
        FixId::ClaimTenant => identity::claim_tenant(ctx),
        FixId::AppProtection => identity::app_protection(ctx),
    };
    Some(in_voice(card, ctx))
}

/// Builds the cards for a list of fixes: merges IDs that name the same action, drops fixes
/// that do not apply, and orders them for the audience.
pub fn cards(fixes: &[FixId], ctx: &FixContext) -> Vec<FixCard> {
    let mut out: Vec<FixCard> = Vec::new();
    for &fix in fixes {
        if fix == FixId::SolutionA && out.iter().any(|c| c.ids.contains(&FixId::Method1)) {
            if let Some(card) = out.iter_mut().find(|c| c.ids.contains(&FixId::Method1)) {
                card.ids.push(FixId::SolutionA);
            }
            continue;
        }
        if out.iter().any(|c| c.ids.contains(&fix)) {
            continue;
        }
        if let Some(card) = card(fix, ctx) {
            out.push(card);
        }
    }
    // A user can act on their own fixes now; everything else they pass on. Admins and
    // support read the list in its least-privilege order. A stable partition, not a sort:
    // the same order, without a general sort in the wasm.
    let later = if ctx.audience == Audience::User {
        Fixer::Admin
    } else {
        Fixer::User
    };
    let (mut first, rest): (Vec<FixCard>, Vec<FixCard>) =
        out.into_iter().partition(|c| c.actor != later);
    first.extend(rest);
    first
}

/// The user's voice has no portal paths and no commands: an admin's fix becomes one line
/// saying what the admin will do.
fn in_voice(mut card: FixCard, ctx: &FixContext) -> FixCard {
    // Vendor and Microsoft fixes keep their steps: for the user they are "contact them" and
    // "wait", which the user does.
    if ctx.audience != Audience::User || card.actor != Fixer::Admin {
        return card;
    }
    let summary = if card.consent_url.is_some() {
        ctx.get(Msg::FixInVoiceConsentLink)
    } else {
        ctx.get(Msg::FixInVoiceAdminDoesIt)
    };
    card.steps = vec![Step::new(summary)];
    card.notes.clear();
    card
}
