//! Fixes for causes in the organization's identity set-up rather than in consent: a federated
//! identity provider or sign-in agent, the device's registration, a guest's invitation, an
//! unmanaged directory, and app protection on phones. None of these is the app vendor's to
//! fix, and granting consent does not help, so each card says who acts and what they check.

use super::{base, FixCard, FixContext, FixId, Step};
use crate::i18n::Msg;
use crate::urls::Blade;
use crate::verdict::Fixer;

fn sign_in_log_step(ctx: &FixContext) -> Step {
    Step::new(format!(
        "Open {} and find the failed sign-in (filter by the user, or by the correlation ID in the details for support); its failure reason and the Authentication details tab name the step that failed.",
        Blade::SignInLogs.menu_path()
    ))
    .link("Open sign-in logs", ctx.link(Blade::SignInLogs))
}

pub(super) fn federation(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::Federation,
        ctx.get(Msg::FixFederationTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationThirtyMinutes),
        ctx.get(Msg::FixFederationIntro),
    );
    card.steps = vec![
        sign_in_log_step(ctx),
        Step::new("Look in the identity provider's own log at the same time: an expired token-signing certificate, a claim rule that leaves out the user's immutable ID or user name, or a server or agent that cannot be reached are the usual causes."),
        Step::new("Compare the domain's federation settings in Entra ID with the identity provider's (issuer, sign-in address, signing certificate):")
            .snippet("PowerShell", "Connect-MgGraph -Scopes Domain.Read.All\nGet-MgDomainFederationConfiguration -DomainId <your domain>"),
        Step::new("For pass-through authentication or seamless single sign-on, check in Microsoft Entra Connect that the agents are active and the computer account's key is current."),
    ];
    card.check = Some(ctx.get(Msg::FixFederationCheck));
    card
}

/// Shows a Windows device's registration and join state.
const DSREGCMD: &str = "dsregcmd /status";

pub(super) fn register_device(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::RegisterDevice,
        ctx.get(Msg::FixRegisterDeviceTitle),
        Fixer::User,
        ctx.get(Msg::DurationTenMinutes),
        ctx.get(Msg::FixRegisterDeviceIntro),
    );
    card.steps = vec![
        Step::new(ctx.get(Msg::FixRegisterDeviceStepWindows)),
        Step::new(ctx.get(Msg::FixRegisterDeviceStepStatus)).snippet(
            ctx.get(Msg::FixRegisterDeviceSnippetCommandPrompt),
            DSREGCMD,
        ),
        Step::new(ctx.get(Msg::FixRegisterDeviceStepPhone)),
        Step::new(ctx.text(
            Msg::FixRegisterDeviceStepAdmins,
            &[
                ("devices_path", "Entra ID › Devices › All devices"),
                ("sign_in_logs_path", Blade::SignInLogs.menu_path()),
            ],
        ))
        .link(
            ctx.get(Msg::FixRegisterDeviceLinkSignInLogs),
            ctx.link(Blade::SignInLogs),
        ),
    ];
    card.check = Some(ctx.text(Msg::FixRegisterDeviceCheck, &[("command", DSREGCMD)]));
    card
}

pub(super) fn guest_access(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::GuestAccess,
        ctx.get(Msg::FixGuestAccessTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationFifteenMinutes),
        ctx.get(Msg::FixGuestAccessIntro),
    );
    card.steps = vec![
        Step::new("The user opens the invitation e-mail from that organization and accepts it, signing in with the same account it was sent to."),
        Step::new(format!("An administrator of the inviting organization opens the guest under {} and checks its invitation state; they can resend the invitation or reset its redemption.", Blade::Users.menu_path()))
            .link("Open users", ctx.link(Blade::Users)),
        Step::new("If the invitation is accepted, both organizations' administrators check Entra ID › External Identities › Cross-tenant access settings for a rule that blocks the other organization."),
    ];
    card.check = Some(ctx.get(Msg::FixGuestAccessCheck));
    card
}

pub(super) fn claim_tenant(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::ClaimTenant,
        ctx.get(Msg::FixClaimTenantTitle),
        Fixer::Admin,
        ctx.get(Msg::DurationOneHour),
        ctx.get(Msg::FixClaimTenantIntro),
    );
    card.steps = vec![
        Step::new("Someone in your IT team who can edit the domain's DNS records starts an admin takeover and proves ownership of the domain with a TXT record.")
            .link("Microsoft's guide to admin takeover", "https://learn.microsoft.com/entra/identity/users/domains-admin-takeover"),
        Step::new("Once the directory is managed, an administrator grants consent for the app as the other fixes describe."),
    ];
    card.check = Some(ctx.get(Msg::FixClaimTenantCheck));
    card
}

pub(super) fn app_protection(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::AppProtection,
        ctx.get(Msg::FixAppProtectionTitle),
        Fixer::User,
        ctx.get(Msg::DurationTenMinutes),
        ctx.get(Msg::FixAppProtectionIntro),
    );
    card.steps = vec![
        Step::new(ctx.get(Msg::FixAppProtectionStepBroker)),
        Step::new(ctx.get(Msg::FixAppProtectionStepApprovedApp)),
        Step::new(ctx.get(Msg::FixAppProtectionStepAskAdmin)),
    ];
    card.check = Some(ctx.get(Msg::FixAppProtectionCheck));
    card
}
