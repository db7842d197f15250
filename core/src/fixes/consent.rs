//! Fixes that grant consent or change who may grant it: `method-1`–`method-3` and
//! `solution-a`/`solution-b` (docs/public-interface.md §4.2), the one-click consent link, the admin
//! browser route, and the admin consent workflow. Menu paths are today's Microsoft Entra
//! admin center names.

use super::{FixCard, FixContext, FixId, Step};
use crate::urls::Blade;
use crate::verdict::Fixer;

const OLD_NAMES: &str = "Older guides (including some vendor articles) say \"Azure Active Directory\" or \"Azure AD\" and start at portal.azure.com; the same settings now live in the Microsoft Entra admin center under Entra ID.";

fn base(
    ids: &[FixId],
    title: String,
    actor: Fixer,
    duration: &'static str,
    intro: String,
) -> FixCard {
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

fn tenant_words(ctx: &FixContext) -> String {
    match ctx.tenant.filter(|t| t.is_specific()) {
        Some(t) => format!("your organization ({t})"),
        None => "the organization of the admin account you sign in with".into(),
    }
}

pub(super) fn admin_consent_url(ctx: &FixContext) -> Option<FixCard> {
    let url = ctx.consent_url?;
    let p = ctx.profile;
    let mut card = base(
        &[FixId::AdminConsentUrl],
        "Grant consent for everyone with one link".into(),
        Fixer::Admin,
        "2 minutes",
        format!(
            "One link asks Microsoft to grant {}'s permissions for {} — only this app, nothing else changes.",
            p.product_name,
            tenant_words(ctx)
        ),
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
    card.check = Some("Ask one user to connect again, or run the sign-in check on this site: every permission should show as granted.".into());
    if ctx.tenant.is_none() {
        card.notes.push("The link uses `organizations`, so it grants consent in the home organization of the admin who opens it. Add your tenant ID or domain on the admin page to pin it.".into());
    }
    Some(card)
}

pub(super) fn grant_in_admin_center(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::Method1],
        format!("Grant tenant-wide admin consent to {} in the admin center", p.product_name),
        Fixer::Admin,
        "5 minutes",
        format!(
            "An admin approves {}'s permissions once for the whole organization from its enterprise application; users are then not asked again. Only this app is trusted.",
            p.product_name
        ),
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
    card.check = Some("Refresh the Permissions page: each permission should be listed under Admin consent, granted by an administrator. Then ask a user to connect again.".into());
    card.notes.push(OLD_NAMES.into());
    card.notes.push("For an app registered in your own tenant, the same button is under App registrations › the app › API permissions.".into());
    card
}

pub(super) fn consent_on_behalf(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::Method2],
        "Sign in to the app as an admin and consent on behalf of the organization".into(),
        Fixer::Admin,
        "5 minutes",
        format!(
            "An admin connects {} like a user would and, on Microsoft's permissions screen, consents for everyone. This also adds the app to the directory when it is not there yet.",
            p.product_name
        ),
    );
    card.steps = vec![
        Step::new(format!("Open {} and start connecting a Microsoft 365 account, as a user would.", p.product_name)),
        Step::new(format!("Sign in with an admin account: {}.", who_can_grant(ctx))),
        Step::new("On the \"Permissions requested\" screen, tick \"Consent on behalf of your organization\"."),
        Step::new("Select Accept."),
    ];
    card.check = Some("Another user connects without seeing an approval screen.".into());
    card.notes.push("Without the tick, the consent covers only the admin's own account — then only the admin can use the app and everyone else still sees the approval screen.".into());
    card.notes.push("If the admin has no use for the app, they can disconnect their own account afterwards; the organization-wide consent stays.".into());
    card
}

pub(super) fn admin_browser(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::AdminBrowser],
        "Connect from a browser that is already signed in as an admin".into(),
        Fixer::Admin,
        "5 minutes",
        format!(
            "A workaround when consent was granted but users still fail (for example while changes propagate): the admin connects {} from a browser where they are already signed in to Microsoft 365 as admin.",
            p.product_name
        ),
    );
    card.steps = vec![
        Step::new("Open the browser in which you are signed in to Microsoft 365 with your admin account."),
        Step::new(format!("In that same browser, sign in to {} (any member account of your organization works).", p.product_name)),
        Step::new("Go to the e-mail or Microsoft 365 connection settings and connect."),
        Step::new("When Microsoft's permissions screen appears for your admin account, tick \"Consent on behalf of your organization\" and accept."),
    ];
    card.check = Some("The connection succeeds and users can connect their own accounts.".into());
    card.notes.push("This works because the sign-in reuses the admin's session; if no permissions screen appears, the admin account has no role that can grant consent.".into());
    card
}

pub(super) fn review_request(ctx: &FixContext) -> FixCard {
    let p = ctx.profile;
    let mut card = base(
        &[FixId::ReviewRequest],
        format!("Review the approval request for {}", p.product_name),
        Fixer::Admin,
        "5 minutes",
        format!(
            "A reviewer opens the pending request for {} and approves it, which grants consent for everyone in the organization.",
            p.product_name
        ),
    );
    card.steps = vec![
        Step::new(format!("Go to {} (the My Pending tab).", Blade::AdminConsentRequests.menu_path()))
            .link("Open admin consent requests", ctx.link(Blade::AdminConsentRequests)),
        Step::new(format!("Select the request for {} and read the requester's justification.", p.product_name)),
        Step::new("Select \"Review permissions and consent\", check the permissions and select Accept."),
        Step::new("Or choose Deny (the user may ask again) or Block (the app is added disabled, and later sign-ins fail with AADSTS7000112)."),
    ];
    card.check = Some("The requester gets an e-mail, and can connect again.".into());
    card.notes.push(format!(
        "Being a reviewer grants no rights: approving still needs {}. Reviewers only see requests made after they were added.",
        who_can_grant(ctx)
    ));
    card
}

pub(super) fn enable_workflow(ctx: &FixContext) -> FixCard {
    let mut card = base(
        &[FixId::EnableWorkflow],
        "Let users request approval instead of hitting a dead end".into(),
        Fixer::Admin,
        "10 minutes",
        "Turning on the admin consent workflow replaces \"Need admin approval\" with \"Approval required\", where users send a request with a justification to chosen reviewers. It does not approve anything by itself.".into(),
    );
    card.steps = vec![
        Step::new("Sign in to the Microsoft Entra admin center as a Global Administrator."),
        Step::new(format!("Go to {}.", Blade::AdminConsentSettings.menu_path()))
            .link("Open admin consent settings", ctx.link(Blade::AdminConsentSettings)),
        Step::new("Set \"Users can request admin consent to apps they are unable to consent to\" to Yes."),
        Step::new("Choose the reviewers (users, groups or roles), whether they get e-mail notifications and reminders, and after how many days a request expires."),
        Step::new("Select Save."),
    ];
    card.check = Some("Within an hour (usually minutes), a user who tries to connect sees \"Approval required\" with a Request approval button.".into());
    card
}

pub(super) fn verified_publishers(ctx: &FixContext) -> Option<FixCard> {
    let p = ctx.profile;
    if !p.app.publisher_verified {
        return None;
    }
    let mut card = base(
        &[FixId::SolutionB],
        "Allow users to consent to apps from verified publishers".into(),
        Fixer::Admin,
        "10 minutes",
        format!(
            "Users may then consent themselves to apps from verified publishers, such as {} ({}), for the permissions an admin classifies as low impact.",
            p.product_name, p.app.publisher
        ),
    );
    card.widens = Some("This changes what users may consent to for every app from a verified publisher, not only this one. Prefer granting consent to this app alone.".into());
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
    card.check =
        Some("A user who is not an admin connects the app without an approval screen.".into());
    card.notes.push("Permissions that always require an administrator (such as User.Read.All or any application permission) still need admin consent.".into());
    card.notes.push("Since 2025, tenants on \"Let Microsoft manage your consent settings\" block users from consenting to many mail, calendar and file permissions (for example Mail.Read, Mail.ReadWrite, Calendars.ReadWrite, Files.Read.All) whatever the publisher; for those, grant admin consent instead.".into());
    Some(card)
}

pub(super) fn allow_user_consent(ctx: &FixContext) -> FixCard {
    let mut card = base(
        &[FixId::Method3],
        "Allow users to consent to apps themselves (widest option)".into(),
        Fixer::Admin,
        "5 minutes",
        "Users may then consent to any app, from any publisher, for permissions that do not need an administrator.".into(),
    );
    card.widens = Some("This lets every user grant any app access to their data — the setting consent-phishing attacks rely on. Microsoft lists it as a legacy option; use it only if your security policy allows it.".into());
    card.steps = vec![
        Step::new(format!("Go to {}.", Blade::UserConsentSettings.menu_path())).link(
            "Open user consent settings",
            ctx.link(Blade::UserConsentSettings),
        ),
        Step::new("Select \"Allow user consent for apps\" and save."),
    ];
    card.check = Some("A user connects the app and accepts the permissions themselves.".into());
    card.notes.push("Older guides call this \"Users can consent to apps accessing company data on their behalf\" under Enterprise applications › User settings.".into());
    card.notes.push("It does not help for permissions that require an administrator, nor while Microsoft-managed consent settings block the permission.".into());
    card
}
