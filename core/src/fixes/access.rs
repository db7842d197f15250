//! Fixes for causes other than consent (enterprise-app settings, a network check,
//! Conditional Access, app-only access), and for directory objects that are missing.

use super::{FixCard, FixContext, FixId, Step};
use crate::i18n::Msg;
use crate::profile::Permission;
use crate::urls::Blade;
use crate::verdict::Fixer;

fn base(id: FixId, title: String, duration: String, intro: String) -> FixCard {
    super::base(id, title, Fixer::Admin, duration, intro)
}

fn find_app_step(ctx: &FixContext) -> Step {
    Step::new(format!(
        "Go to {} and open \"{}\" (search by name or application ID).",
        Blade::EnterpriseApps.menu_path(),
        ctx.product()
    ))
    .link("Open Enterprise apps", ctx.link(Blade::EnterpriseApps))
    .snippet("Application ID", ctx.client_id())
}

pub(super) fn conditional_access(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::ConditionalAccess,
        ctx.get(Msg::FixConditionalAccessTitle),
        ctx.get(Msg::DurationFifteenMinutes),
        ctx.with_product(Msg::FixConditionalAccessIntro),
    );
    card.steps = vec![
        Step::new(format!("Open {} and find the failed sign-in (filter by the user, or by the request or correlation ID in the details below).", Blade::SignInLogs.menu_path()))
            .link("Open sign-in logs", ctx.link(Blade::SignInLogs)),
        Step::new("Open the entry's Conditional Access tab: it names the policy that failed and why (device, location, client app, risk)."),
        Step::new(format!("Go to {} and open that policy.", Blade::ConditionalAccessPolicies.menu_path()))
            .link("Open Conditional Access policies", ctx.link(Blade::ConditionalAccessPolicies)),
        Step::new("Look especially at policies that target all cloud apps or all resources and block legacy authentication, non-compliant devices or untrusted locations."),
        Step::new(format!("If your security policy allows it, exclude {} from that policy or add a narrower exception, then save.", ctx.product()))
            .snippet("Application ID", ctx.client_id()),
    ];
    card.check = Some(ctx.get(Msg::FixConditionalAccessCheck));
    card.notes.push("Test changes with the policy's report-only mode or the What If tool before you enforce them.".into());
    card
}

pub(super) fn enable_sign_in(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::EnableSignIn,
        ctx.with_product(Msg::FixEnableSignInTitle),
        ctx.get(Msg::DurationThreeMinutes),
        ctx.with_product(Msg::FixEnableSignInIntro),
    );
    card.steps = vec![
        Step::new("Sign in to the Microsoft Entra admin center as a Cloud Application Administrator or higher."),
        find_app_step(ctx),
        Step::new("Select Properties."),
        Step::new("Set \"Enabled for users to sign-in?\" to Yes and select Save.").snippet(
            "PowerShell",
            format!(
                "Connect-MgGraph -Scopes \"Application.ReadWrite.All\"\n$sp = Get-MgServicePrincipal -Filter \"appId eq '{}'\"\nUpdate-MgServicePrincipal -ServicePrincipalId $sp.Id -AccountEnabled:$true",
                ctx.client_id()
            ),
        ),
    ];
    card.check = Some(ctx.get(Msg::FixEnableSignInCheck));
    card.notes.push("If a reviewer chose Block on an admin consent request for this app, Microsoft created it disabled. Re-enabling it undoes that decision, so check with whoever blocked it.".into());
    card.notes.push("Older guides reach this page through portal.azure.com › All services › Enterprise applications; it is the same setting.".into());
    card
}

pub(super) fn assign_users(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::AssignUsers,
        ctx.with_product(Msg::FixAssignUsersTitle),
        ctx.get(Msg::DurationFiveMinutes),
        ctx.with_product(Msg::FixAssignUsersIntro),
    );
    card.steps = vec![
        find_app_step(ctx),
        Step::new("Select Users and groups › Add user/group, pick the user or a group they belong to directly, and select Assign."),
        Step::new("Or, to let everyone in the organization use the app: select Properties, set \"Assignment required?\" to No, and save."),
    ];
    card.check = Some(ctx.get(Msg::FixAssignUsersCheck));
    card.notes.push("Membership through nested groups does not count: assign the group the user is a direct member of.".into());
    card.notes.push("While assignment is required, users cannot consent for themselves at all, so an admin must also grant consent for the organization.".into());
    card
}

pub(super) fn create_service_principal(ctx: &FixContext) -> FixCard {
    let id = ctx.client_id();
    let mut card = base(
        FixId::CreateServicePrincipal,
        ctx.with_product(Msg::FixCreateServicePrincipalTitle),
        ctx.get(Msg::DurationFiveMinutes),
        ctx.get(Msg::FixCreateServicePrincipalIntro),
    );
    card.steps = vec![
        Step::new("Sign in as a Cloud Application Administrator or Application Administrator and run one of these:")
            .snippet(
                "PowerShell",
                format!("Connect-MgGraph -Scopes \"Application.ReadWrite.All\"\nNew-MgServicePrincipal -AppId {id}"),
            ),
        Step::new("Or with the Azure CLI:").snippet("Azure CLI", format!("az ad sp create --id {id}")),
        Step::new("Then grant consent (the one-click link or the admin center's Permissions page)."),
    ];
    card.check = Some(ctx.with_product(Msg::FixCreateServicePrincipalCheck));
    card.notes.push("If the error names a Microsoft service the organization does not use (for example Exchange Online without a licence), that service must be subscribed or the app must stop asking for it.".into());
    card.notes.push("A stale enterprise application from an older registration causes AADSTS650051: delete it, then consent again.".into());
    card
}

pub(super) fn app_only_access(ctx: &FixContext) -> FixCard {
    let id = ctx.client_id();
    let app_perms: Vec<&Permission> = ctx.profile.application_permissions.iter().collect();
    let intro = if app_perms.is_empty() {
        ctx.with_product(Msg::FixAppOnlyAccessIntro)
    } else {
        let listed = app_perms
            .iter()
            .map(|p| p.name.name())
            .collect::<Vec<_>>()
            .join(", ");
        ctx.text(
            Msg::FixAppOnlyAccessIntroListed,
            &[("product", ctx.product()), ("permissions", &listed)],
        )
    };
    let mut card = base(
        FixId::AppOnlyAccess,
        ctx.get(Msg::FixAppOnlyAccessTitle),
        ctx.get(Msg::FixAppOnlyAccessDuration),
        intro,
    );
    card.steps = vec![
        Step::new("Grant admin consent for the application permissions with the one-click link (it requests /.default) or in the admin center, signed in as a Privileged Role Administrator or Global Administrator."),
        Step::new("Create or choose a mail-enabled security group whose members' mailboxes the app may reach."),
        Step::new("Connect to Exchange Online PowerShell and restrict the app to that group:").snippet(
            "PowerShell",
            format!(
                "Connect-ExchangeOnline\nNew-ApplicationAccessPolicy -AppId {id} -PolicyScopeGroupId <group e-mail address> -AccessRight RestrictAccess -Description \"Restrict {} to the sync group\"",
                ctx.product()
            ),
        ),
        Step::new("Test the policy for a member and for a non-member:").snippet(
            "PowerShell",
            format!("Test-ApplicationAccessPolicy -Identity <user e-mail address> -AppId {id}"),
        ),
    ];
    card.check = Some(ctx.text(
        Msg::FixAppOnlyAccessCheck,
        &[("command", "Test-ApplicationAccessPolicy")],
    ));
    card.notes.push("Policy changes can take an hour or more to reach Microsoft Graph (some older guides say 30 minutes).".into());
    card.notes.push("Exchange's newer RBAC for Applications replaces application access policies (New-ServicePrincipal, New-ManagementScope, New-ManagementRoleAssignment); if you also keep the Entra application permissions, access is the union of both.".into());
    card
}

pub(super) fn fix_account(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::FixAccount,
        ctx.get(Msg::FixFixAccountTitle),
        ctx.get(Msg::DurationTenMinutes),
        ctx.get(Msg::FixFixAccountIntro),
    );
    card.steps = vec![
        Step::new(format!("Open {} and find the failed sign-in; its failure reason names the account problem.", Blade::SignInLogs.menu_path()))
            .link("Open sign-in logs", ctx.link(Blade::SignInLogs)),
        Step::new(format!("Open the user under {} and fix what the log shows: enable sign-in, reset the password, or unblock the account.", Blade::Users.menu_path()))
            .link("Open users", ctx.link(Blade::Users)),
        Step::new("For a guest from another organization, check that the invitation was redeemed."),
    ];
    card.check = Some(ctx.get(Msg::FixFixAccountCheck));
    card
}

pub(super) fn check_firewall(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::CheckFirewall,
        ctx.get(Msg::FixCheckFirewallTitle),
        ctx.get(Msg::DurationFifteenMinutes),
        ctx.with_product(Msg::FixCheckFirewallIntro),
    );
    card.steps = vec![
        Step::new(format!(
            "Make sure the network allows {} and {} (and {}'s own servers).",
            ctx.profile.cloud.login_host(),
            ctx.profile.cloud.graph_host(),
            ctx.profile.company_name
        )),
        Step::new("If your proxy adds tenant restrictions (a Restrict-Access-To-Tenants header), allow the organization the app signs in to."),
    ];
    card.check = Some(ctx.get(Msg::FixCheckFirewallCheck));
    card
}
