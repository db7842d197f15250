//! Fixes that grant consent or change who may grant it: `method-1`–`method-3` and
//! `solution-a`/`solution-b` (docs/public-interface.md §4.2), the one-click consent link, the admin
//! browser route, and the admin consent workflow. Menu paths are today's Microsoft Entra
//! admin center names.

use super::{FixCard, FixContext, FixId, Step};
use crate::i18n::Msg;
use crate::urls::Blade;
use crate::verdict::Fixer;

const OLD_NAMES: &str = "Older guides (including some vendor articles) say \"Azure Active Directory\" or \"Azure AD\" and start at portal.azure.com; the same settings now live in the Microsoft Entra admin center under Entra ID.";

fn base(ids: &[FixId], title: String, actor: Fixer, duration: String, intro: String) -> FixCard {
    FixCard {
        ids: ids.to_vec(),
        title,
        actor,
        duration,
        intro,
        widens: None,
        steps: Vec::new(),
        check: None,
        consent_url: None,
        notes: Vec::new(),
    }
}

fn who_can_grant(ctx: &FixContext) -> String {
    if ctx.profile.application_permissions.is_empty() {
        "a Cloud Application Administrator, Application Administrator, Privileged Role Administrator or Global Administrator".into()
    } else {
        "a Privileged Role Administrator or Global Administrator (the app also has Microsoft Graph application permissions, which Cloud Application and Application Administrators cannot grant)".into()
    }
}

pub(super) fn admin_consent_url(ctx: &FixContext) -> Option<FixCard> {
    let url = ctx.consent_url?;
    let p = ctx.profile;
    let intro = match ctx.tenant.filter(|t| t.is_specific()) {
        Some(t) => ctx.text(
            Msg::FixAdminConsentUrlIntroTenant,
            &[("product", ctx.product()), ("tenant", &t.to_string())],
        ),
        None => ctx.with_product(Msg::FixAdminConsentUrlIntro),
    };
    let mut card = base(
        &[FixId::AdminConsentUrl],
        ctx.get(Msg::FixAdminConsentUrlTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationTwoMinutes),
        intro,
    );
    card.consent_url = Some(url.to_string());
    card.steps = vec![
        Step::new(format!("Open the admin-consent link above, signed in as {}.", who_can_grant(ctx))),
        Step::new(format!(
            "On Microsoft's screen, check that the app is {} from {}{} and that its application ID is {}.",
            p.product_name,
            p.app.publisher,
            if p.app.publisher_verified { " (verified publisher)" } else { " (publisher not verified)" },
            p.app.client_id
        ))
        .snippet("Application ID", ctx.client_id()),
        Step::new(format!("Review the permissions ({}) and select Accept.", ctx.permission_summary())),
        Step::new("Microsoft sends you back to this site, which shows whether consent was granted."),
    ];
    card.check = Some(ctx.get(Msg::FixAdminConsentUrlCheck));
    if ctx.tenant.is_none() {
        card.notes.push("The link uses `organizations`, so it grants consent in the home organization of the admin who opens it. Add your tenant ID or domain on the admin page to pin it.".into());
    }
    Some(card)
}

pub(super) fn grant_in_admin_center(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::Method1],
        ctx.with_product(Msg::FixMethod1Title),
        Fixer::Admin,
        ctx.get(Msg::DurationFiveMinutes),
        ctx.with_product(Msg::FixMethod1Intro),
    );
    card.steps = vec![
        Step::new(format!("Sign in to the Microsoft Entra admin center as {}.", who_can_grant(ctx))),
        Step::new(format!("Go to {}.", Blade::EnterpriseApps.menu_path()))
            .link("Open Enterprise apps", ctx.link(Blade::EnterpriseApps)),
        Step::new(format!(
            "Search for \"{}\" or its application ID and open it. If it is not listed, nobody in your organization has consented yet: use the one-click link or the sign-in route instead.",
            p.product_name
        ))
        .snippet("Application ID", ctx.client_id()),
        Step::new("Under Security, select Permissions, then \"Grant admin consent for <your organization>\"."),
        Step::new(format!("Sign in again if asked, review the permissions ({}) and select Accept.", ctx.permission_summary())),
    ];
    card.check = Some(ctx.get(Msg::FixMethod1Check));
    card.notes.push(OLD_NAMES.into());
    card.notes.push("For an app registered in your own tenant, the same button is under App registrations › the app › API permissions.".into());
    card
}

pub(super) fn consent_on_behalf(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::Method2],
        ctx.get(Msg::FixMethod2Title),
        Fixer::Admin,
        ctx.get(Msg::DurationFiveMinutes),
        ctx.with_product(Msg::FixMethod2Intro),
    );
    card.steps = vec![
        Step::new(format!("Open {} and start connecting a Microsoft 365 account, as a user would.", p.product_name)),
        Step::new(format!("Sign in with an admin account: {}.", who_can_grant(ctx))),
        Step::new("On the \"Permissions requested\" screen, tick \"Consent on behalf of your organization\"."),
        Step::new("Select Accept."),
    ];
    card.check = Some(ctx.get(Msg::FixMethod2Check));
    card.notes.push("Without the tick, the consent covers only the admin's own account — then only the admin can use the app and everyone else still sees the approval screen.".into());
    card.notes.push("If the admin has no use for the app, they can disconnect their own account afterwards; the organization-wide consent stays.".into());
    card
}

pub(super) fn admin_browser(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::AdminBrowser],
        ctx.get(Msg::FixAdminBrowserTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationFiveMinutes),
        ctx.with_product(Msg::FixAdminBrowserIntro),
    );
    card.steps = vec![
        Step::new("Open the browser in which you are signed in to Microsoft 365 with your admin account."),
        Step::new(format!("In that same browser, sign in to {} (any member account of your organization works).", p.product_name)),
        Step::new("Go to the e-mail or Microsoft 365 connection settings and connect."),
        Step::new("When Microsoft's permissions screen appears for your admin account, tick \"Consent on behalf of your organization\" and accept."),
    ];
    card.check = Some(ctx.get(Msg::FixAdminBrowserCheck));
    card.notes.push("This works because the sign-in reuses the admin's session; if no permissions screen appears, the admin account has no role that can grant consent.".into());
    card
}

pub(super) fn review_request(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::ReviewRequest],
        ctx.with_product(Msg::FixReviewRequestTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationFiveMinutes),
        ctx.with_product(Msg::FixReviewRequestIntro),
    );
    card.steps = vec![
        Step::new(format!("Go to {} (the My Pending tab).", Blade::AdminConsentRequests.menu_path()))
            .link("Open admin consent requests", ctx.link(Blade::AdminConsentRequests)),
        Step::new(format!("Select the request for {} and read the requester's justification.", p.product_name)),
        Step::new("Select \"Review permissions and consent\", check the permissions and select Accept."),
        Step::new("Or choose Deny (the user may ask again) or Block (the app is added disabled, and later sign-ins fail with AADSTS7000112)."),
    ];
    card.check = Some(ctx.get(Msg::FixReviewRequestCheck));
    card.notes.push(format!(
        "Being a reviewer grants no rights: approving still needs {}. Reviewers only see requests made after they were added.",
        who_can_grant(ctx)
    ));
    card
}

pub(super) fn enable_workflow(ctx: &FixContext) -> FixCard {
    let mut card = base(
        &[FixId::EnableWorkflow],
        ctx.get(Msg::FixEnableWorkflowTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationTenMinutes),
        ctx.get(Msg::FixEnableWorkflowIntro),
    );
    card.steps = vec![
        Step::new("Sign in to the Microsoft Entra admin center as a Global Administrator."),
        Step::new(format!("Go to {}.", Blade::AdminConsentSettings.menu_path()))
            .link("Open admin consent settings", ctx.link(Blade::AdminConsentSettings)),
        Step::new("Set \"Users can request admin consent to apps they are unable to consent to\" to Yes."),
        Step::new("Choose the reviewers (users, groups or roles), whether they get e-mail notifications and reminders, and after how many days a request expires."),
        Step::new("Select Save."),
    ];
    card.check = Some(ctx.get(Msg::FixEnableWorkflowCheck));
    card
}

pub(super) fn verified_publishers(ctx: &FixContext) -> Option<FixCard> {
    let p = ctx.profile;
    if !p.app.publisher_verified {
        return None;
    }
    let mut card = base(
        &[FixId::SolutionB],
        ctx.get(Msg::FixSolutionBTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationTenMinutes),
        ctx.text(
            Msg::FixSolutionBIntro,
            &[("product", ctx.product()), ("publisher", &p.app.publisher)],
        ),
    );
    card.widens = Some(ctx.get(Msg::FixSolutionBWidens));
    card.steps = vec![
        Step::new(format!("Go to {}.", Blade::UserConsentSettings.menu_path()))
            .link("Open user consent settings", ctx.link(Blade::UserConsentSettings)),
        Step::new("Select \"Allow user consent for apps from verified publishers, for selected permissions\" and save."),
        Step::new(format!(
            "In the same menu, open Permission classifications and add as low impact the permissions {} needs that users can grant ({}).",
            p.product_name,
            ctx.permission_summary()
        )),
    ];
    card.check = Some(ctx.get(Msg::FixSolutionBCheck));
    card.notes.push("Permissions that always require an administrator (such as User.Read.All or any application permission) still need admin consent.".into());
    card.notes.push("Since 2025, tenants on \"Let Microsoft manage your consent settings\" block users from consenting to many mail, calendar and file permissions (for example Mail.Read, Mail.ReadWrite, Calendars.ReadWrite, Files.Read.All) whatever the publisher; for those, grant admin consent instead.".into());
    Some(card)
}

pub(super) fn allow_user_consent(ctx: &FixContext) -> FixCard {
    let mut card = base(
        &[FixId::Method3],
        ctx.get(Msg::FixMethod3Title),
        Fixer::Admin,
        ctx.get(Msg::DurationFiveMinutes),
        ctx.get(Msg::FixMethod3Intro),
    );
    card.widens = Some(ctx.get(Msg::FixMethod3Widens));
    card.steps = vec![
        Step::new(format!("Go to {}.", Blade::UserConsentSettings.menu_path())).link(
            "Open user consent settings",
            ctx.link(Blade::UserConsentSettings),
        ),
        Step::new("Select \"Allow user consent for apps\" and save."),
    ];
    card.check = Some(ctx.get(Msg::FixMethod3Check));
    card.notes.push("Older guides call this \"Users can consent to apps accessing company data on their behalf\" under Enterprise applications › User settings.".into());
    card.notes.push("It does not help for permissions that require an administrator, nor while Microsoft-managed consent settings block the permission.".into());
    card
}
