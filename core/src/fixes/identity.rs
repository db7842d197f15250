//! Fixes for causes in the organization's identity set-up rather than in consent: a federated
//! identity provider or sign-in agent, the device's registration, a guest's invitation, an
//! unmanaged directory, and app protection on phones. None of these is the app vendor's to
//! fix, and granting consent does not help, so each card says who acts and what they check.

use super::{base, FixCard, FixContext, FixId, Step};
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
        "Check the identity provider your organization signs in through",
        Fixer::Admin,
        "30 minutes",
        "Sign-in for this account is handed to another identity provider (AD FS, Okta, Ping and the like) or to an on-premises agent (pass-through authentication, seamless single sign-on), and that step failed. Consent and the app's vendor cannot change it; whoever runs that identity provider can.",
    );
    card.steps = vec![
        sign_in_log_step(ctx),
        Step::new("Look in the identity provider's own log at the same time: an expired token-signing certificate, a claim rule that leaves out the user's immutable ID or user name, or a server or agent that cannot be reached are the usual causes."),
        Step::new("Compare the domain's federation settings in Entra ID with the identity provider's (issuer, sign-in address, signing certificate):")
            .snippet("PowerShell", "Connect-MgGraph -Scopes Domain.Read.All\nGet-MgDomainFederationConfiguration -DomainId <your domain>"),
        Step::new("For pass-through authentication or seamless single sign-on, check in Microsoft Entra Connect that the agents are active and the computer account's key is current."),
    ];
    card.check = Some("The user signs in again and the sign-in log shows success.".into());
    card
}

pub(super) fn register_device(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::RegisterDevice,
        "Reconnect this device to your organization",
        Fixer::User,
        "10 minutes",
        "Microsoft could not confirm this device's identity: it is not registered or joined, its registration was removed or disabled, or its sign-in token for the device is out of date.",
    );
    card.steps = vec![
        Step::new("On Windows, open Settings › Accounts › Access work or school. If your work account is missing or shows an error, disconnect it and connect it again, then restart."),
        Step::new("To see the device's state, run this in a command prompt; AzureAdJoined or WorkplaceJoined, and AzureAdPrt, should say YES. Send the output to your IT administrator if they do not:")
            .snippet("Command prompt", "dsregcmd /status"),
        Step::new("On a phone or Mac, open Company Portal (or Microsoft Authenticator) and sign in with your work account so the device registers."),
        Step::new(format!("IT administrators: find the device under Entra ID › Devices › All devices and check that it is enabled and not a stale duplicate; {} shows the device ID the sign-in used.", Blade::SignInLogs.menu_path()))
            .link("Open sign-in logs", ctx.link(Blade::SignInLogs)),
    ];
    card.check = Some("The sign-in works from this device, and dsregcmd /status shows the device as joined or registered.".into());
    card
}

pub(super) fn guest_access(ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::GuestAccess,
        "Check the guest account in the other organization",
        Fixer::Admin,
        "15 minutes",
        "The account signs in as a guest of another organization, and the guest's state stops it: the invitation was not accepted, the guest was removed or blocked, or the two organizations' cross-tenant settings do not allow it.",
    );
    card.steps = vec![
        Step::new("The user opens the invitation e-mail from that organization and accepts it, signing in with the same account it was sent to."),
        Step::new(format!("An administrator of the inviting organization opens the guest under {} and checks its invitation state; they can resend the invitation or reset its redemption.", Blade::Users.menu_path()))
            .link("Open users", ctx.link(Blade::Users)),
        Step::new("If the invitation is accepted, both organizations' administrators check Entra ID › External Identities › Cross-tenant access settings for a rule that blocks the other organization."),
    ];
    card.check = Some("The guest signs in to the app in the inviting organization.".into());
    card
}

pub(super) fn claim_tenant(_ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::ClaimTenant,
        "Take over the unmanaged directory",
        Fixer::Admin,
        "1 hour",
        "Your organization's directory was created automatically when someone signed up for a Microsoft service with a work e-mail address. Nobody administers it, so nobody can approve apps in it until someone who owns the e-mail domain takes it over.",
    );
    card.steps = vec![
        Step::new("Someone in your IT team who can edit the domain's DNS records starts an admin takeover and proves ownership of the domain with a TXT record.")
            .link("Microsoft's guide to admin takeover", "https://learn.microsoft.com/entra/identity/users/domains-admin-takeover"),
        Step::new("Once the directory is managed, an administrator grants consent for the app as the other fixes describe."),
    ];
    card.check = Some("Entra ID shows the domain as verified in your managed organization.".into());
    card
}

pub(super) fn app_protection(_ctx: &FixContext) -> FixCard {
    let mut card = base(
        FixId::AppProtection,
        "Use an app your organization protects",
        Fixer::User,
        "10 minutes",
        "A Conditional Access policy only lets this resource be reached from an app that applies your organization's app protection policy (Microsoft Intune), and the sign-in came from an app or browser that does not.",
    );
    card.steps = vec![
        Step::new("Install the broker app and sign in to it with your work account: Microsoft Authenticator on iPhone and iPad, Company Portal on Android."),
        Step::new("Open the data in an app your organization approves (for example Outlook or Teams on the phone) instead of this app or the browser."),
        Step::new("If you need this app on the phone, ask your IT administrator: only they can add it to the app protection policy or change the Conditional Access policy."),
    ];
    card.check = Some("The sign-in works from the protected app.".into());
    card
}
