//! The AADSTS codes Consent Doctor knows, as data.
//!
//! Numbers and Microsoft's names come from Microsoft's error-code reference
//! (https://learn.microsoft.com/entra/identity-platform/reference-error-codes) and its consent
//! troubleshooting articles, such as
//! https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error;
//! the plain-words meanings are ours. Fix lists are ordered least privilege first: fixes that
//! trust only this app come before fixes that change what users may consent to for every app.

use super::CodeEntry;
use crate::fixes::FixId::{self, *};
use crate::verdict::Fixer::{self, Admin, Microsoft, User, Vendor};
use crate::verdict::Verdict::{self, *};

const CONSENT: &[FixId] = &[
    AdminConsentUrl,
    Method1,
    SolutionA,
    Method2,
    AdminBrowser,
    EnableWorkflow,
    SolutionB,
    Method3,
    AskAdmin,
    RunCheck,
];
const WORKFLOW: &[FixId] = &[
    RequestApproval,
    ReviewRequest,
    AdminConsentUrl,
    Method1,
    SolutionA,
    Method2,
    SolutionB,
    Method3,
    AskAdmin,
    RunCheck,
];
const RISKY: &[FixId] = &[
    AdminConsentUrl,
    Method1,
    SolutionA,
    Method2,
    EnableWorkflow,
    ContactVendor,
    AskAdmin,
];
const RISKY_WORKFLOW: &[FixId] = &[
    RequestApproval,
    ReviewRequest,
    AdminConsentUrl,
    Method1,
    SolutionA,
    ContactVendor,
    AskAdmin,
];
const DECLINED: &[FixId] = &[TryAgain, AskAdmin, AdminConsentUrl, Method1, SolutionA];
const DISABLED: &[FixId] = &[EnableSignIn, AskAdmin, RunCheck];
const ASSIGN: &[FixId] = &[AssignUsers, AskAdmin, RunCheck];
const CA: &[FixId] = &[ConditionalAccess, AskAdmin, CheckFirewall];
const DEVICE: &[FixId] = &[DeviceCompliance, ConditionalAccess, AskAdmin];
const NOT_FOUND: &[FixId] = &[
    UseOtherAccount,
    AdminConsentUrl,
    CreateServicePrincipal,
    ContactVendor,
];
const RESOURCE_MISSING: &[FixId] = &[CreateServicePrincipal, AskAdmin, ContactVendor];
const VENDOR: &[FixId] = &[ContactVendor, LookupCode];
const VENDOR_OR_CONSENT: &[FixId] = &[ContactVendor, AdminConsentUrl, Method1, SolutionA];
const SIGN_IN: &[FixId] = &[SignInAgain, TryAgain];
const ACCOUNT: &[FixId] = &[UseOtherAccount, FixAccount, AskAdmin];
const PASSWORD: &[FixId] = &[ResetPassword, FixAccount, AskAdmin];
const NETWORK_POLICY: &[FixId] = &[AskAdmin, CheckFirewall, LookupCode];
const TRANSIENT: &[FixId] = &[WaitAndRetry, LookupCode, ContactVendor];

const U: &[Fixer] = &[User];
const A: &[Fixer] = &[Admin];
const D: &[Fixer] = &[Vendor];
const UA: &[Fixer] = &[User, Admin];
const AD: &[Fixer] = &[Admin, Vendor];
const UD: &[Fixer] = &[User, Vendor];
const MS: &[Fixer] = &[Microsoft];

#[allow(clippy::too_many_arguments)]
const fn e(
    code: u32,
    name: &'static str,
    title: &'static str,
    verdict: Verdict,
    error: &'static str,
    fixers: &'static [Fixer],
    fixes: &'static [FixId],
    meaning: &'static str,
) -> CodeEntry {
    CodeEntry {
        code,
        name,
        title,
        verdict,
        error,
        fixers,
        fixes,
        meaning,
    }
}

/// Sorted by code so lookups can binary-search; a unit test keeps it sorted.
pub(super) static CODES: &[CodeEntry] = &[
    e(16000, "", "Account not in this organization", AccountProblem, "interaction_required", UA, ACCOUNT,
      "The account you signed in with does not exist in this organization's directory, or cannot use this app there. This often happens with a personal Microsoft account or a work account from another organization."),
    e(50000, "TokenIssuanceError", "Microsoft sign-in service problem", Other, "server_error", MS, TRANSIENT,
      "Microsoft's sign-in service had a problem issuing the token. It is on Microsoft's side and usually passes; try again in a few minutes."),
    e(50011, "InvalidReplyTo", "Reply address not registered", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The address the app asked Microsoft to send you back to is not registered for the app. Only the app's vendor can fix the registration."),
    e(50012, "AuthenticationFailed", "Authentication failed", Other, "invalid_client", AD, VENDOR,
      "Authentication failed for a reason Microsoft does not spell out here; the rest of the message and the sign-in logs name the detail."),
    e(50020, "UserUnauthorized", "Account from another organization", AccountProblem, "invalid_request", UA, &[UseOtherAccount, AssignUsers, AskAdmin],
      "The account you used is not a member or guest of the organization this app signs you in to. Use your work account for that organization, or ask its admin to invite you."),
    e(50034, "UserAccountNotFound", "Account not found", AccountProblem, "invalid_grant", UA, ACCOUNT,
      "There is no account with that name in this directory. Check the spelling, or sign in with the account your organization gave you."),
    e(50053, "IdsLocked", "Account locked", AccountProblem, "invalid_grant", UA, &[WaitAndRetry, FixAccount, AskAdmin],
      "The account is temporarily locked after too many failed sign-ins, or the sign-in came from an address Microsoft flagged as malicious."),
    e(50055, "InvalidPasswordExpiredPassword", "Password expired", AccountProblem, "invalid_grant", U, PASSWORD,
      "Your password has expired. Change it, then sign in again."),
    e(50056, "", "Invalid or missing password", AccountProblem, "invalid_grant", U, PASSWORD,
      "The password was missing or is not valid for this account."),
    e(50057, "UserDisabled", "Account disabled", AccountProblem, "invalid_grant", A, &[FixAccount, AskAdmin],
      "The account is disabled in the directory. Only an admin can enable it again."),
    e(50058, "UserInformationNotProvided", "No active session", SignInRequired, "login_required", U, SIGN_IN,
      "The app tried to sign you in silently, but you have no active session with Microsoft. Sign in again interactively."),
    e(50059, "MissingTenantRealmAndNoUserInformationProvided", "Organization not specified", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The request did not say which organization to sign in to, and Microsoft could not work it out. The app should use a tenant-specific sign-in address."),
    e(50076, "UserStrongAuthClientAuthNRequired", "Multi-factor authentication required", SignInRequired, "interaction_required", U, SIGN_IN,
      "Your organization requires multi-factor authentication for this sign-in. Sign in again and complete the extra verification."),
    e(50079, "UserStrongAuthEnrollmentRequired", "Multi-factor registration required", SignInRequired, "interaction_required", U, SIGN_IN,
      "You need to register a multi-factor authentication method before you can sign in. Sign in again and follow the registration steps."),
    e(50097, "DeviceAuthenticationRequired", "Device authentication required", ConditionalAccessBlocked, "interaction_required", UA, DEVICE,
      "Your organization requires the device itself to authenticate, and this device could not."),
    e(50105, "EntitlementGrantsNotFound", "User not assigned to the app", UserNotAssigned, "access_denied", A, ASSIGN,
      "The app is set so that only assigned users can sign in, and you are not assigned to it (directly; nested groups do not count)."),
    e(50107, "InvalidRealmUri", "Federation realm not found", AccountProblem, "invalid_request", A, &[FixAccount, AskAdmin],
      "The federation realm the sign-in asked for does not exist in the directory; often seen when a guest invitation cannot be redeemed."),
    e(50126, "InvalidUserNameOrPassword", "Wrong user name or password", AccountProblem, "invalid_grant", U, PASSWORD,
      "The user name or password is wrong."),
    e(50128, "", "Organization could not be identified", AccountProblem, "invalid_request", UD, ACCOUNT,
      "Microsoft could not tell which organization the sign-in belongs to from the request or the user name."),
    e(50158, "ExternalSecurityChallenge", "Extra security check not completed", SignInRequired, "interaction_required", UA, SIGN_IN,
      "An extra security check (for example a third-party MFA provider) was not completed. Sign in again and finish it."),
    e(50173, "FreshTokenNeeded", "Sign-in revoked", SignInRequired, "invalid_grant", U, SIGN_IN,
      "The app's saved sign-in was revoked, for example after a password change or an admin revoking sessions. Sign in again."),
    e(50194, "", "App is single-organization", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The app is registered for a single organization but was used through the multi-organization sign-in address. The vendor must change the app or the address."),
    e(50196, "LoopDetected", "Sign-in loop detected", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The app sent the same sign-in request over and over, so Microsoft stopped it. The app is not keeping its tokens."),
    e(53000, "DeviceNotCompliant", "Compliant device required", ConditionalAccessBlocked, "interaction_required", UA, DEVICE,
      "A Conditional Access policy requires a compliant, managed device, and this one is not."),
    e(53001, "DeviceNotDomainJoined", "Domain-joined device required", ConditionalAccessBlocked, "interaction_required", UA, DEVICE,
      "A Conditional Access policy requires a device joined to the organization's domain."),
    e(53002, "ApplicationUsedIsNotAnApprovedApp", "Approved client app required", ConditionalAccessBlocked, "interaction_required", UA, DEVICE,
      "A Conditional Access policy allows only approved client apps, and this is not one of them."),
    e(53003, "BlockedByConditionalAccess", "Blocked by Conditional Access", ConditionalAccessBlocked, "access_denied", A, CA,
      "A Conditional Access policy blocked this sign-in. This is not a consent problem: the admin who manages Conditional Access must look at the policy."),
    e(53004, "ProofUpBlockedDueToRisk", "MFA registration blocked due to risk", ConditionalAccessBlocked, "interaction_required", UA, &[SignInAgain, ConditionalAccess, AskAdmin],
      "You must finish registering for multi-factor authentication, but registration is blocked because the sign-in looks risky."),
    e(53011, "", "Blocked due to risk in home organization", ConditionalAccessBlocked, "access_denied", A, CA,
      "Your home organization blocked the sign-in because your account is flagged as risky."),
    e(54005, "", "Sign-in code already used", MisconfiguredApp, "invalid_grant", D, VENDOR,
      "The app tried to use the same one-time sign-in code twice."),
    e(65001, "DelegationDoesNotExist", "No consent yet", AdminConsentRequired, "invalid_grant", UA, CONSENT,
      "Nobody has consented to this app's permissions yet, neither you nor an admin for the whole organization."),
    e(65002, "", "Microsoft app ID used by a third party", MisconfiguredApp, "unauthorized_client", D, VENDOR,
      "The app uses a Microsoft application ID that only Microsoft's own apps may use. The vendor must register its own app."),
    e(65004, "UserDeclinedConsent", "Consent declined", UserDeclinedConsent, "access_denied", UA, DECLINED,
      "The permissions prompt was cancelled or declined, so the app did not get access."),
    e(65005, "MisconfiguredApplication", "App asks for an unavailable service", MisconfiguredApp, "invalid_client", AD, &[ContactVendor, CreateServicePrincipal, AskAdmin],
      "The app asks for access to a service that is not in its registration, or that service is not available in your organization."),
    e(70000, "InvalidGrant", "Saved sign-in no longer valid", SignInRequired, "invalid_grant", UD, SIGN_IN,
      "A saved sign-in is no longer valid. Sign in again."),
    e(70001, "UnauthorizedClient", "App not available in this directory", AppNotFoundInTenant, "unauthorized_client", AD, NOT_FOUND,
      "The app is not available in this directory: it is disabled there, or the identifier the request used does not exist."),
    e(70002, "InvalidClient", "Credentials could not be validated", MisconfiguredApp, "invalid_client", D, VENDOR,
      "Microsoft could not validate the app's or the user's credentials. When another code follows this one, that code is the real cause."),
    e(70008, "ExpiredOrRevokedGrant", "Saved sign-in expired", SignInRequired, "invalid_grant", U, SIGN_IN,
      "The saved sign-in expired after a period of inactivity or was revoked. Sign in again."),
    e(70011, "InvalidScope", "Invalid permission request", MisconfiguredApp, "invalid_scope", D, VENDOR,
      "The app asked for a permission in a form Microsoft does not accept (a typo, or permissions from two services mixed wrongly)."),
    e(70043, "BadTokenDueToSignInFrequency", "Sign-in frequency reached", SignInRequired, "invalid_grant", U, SIGN_IN,
      "A Conditional Access sign-in frequency rule expired the saved sign-in. Sign in again."),
    e(90002, "InvalidTenantName", "Organization not found", AppNotFoundInTenant, "invalid_request", UD, &[UseOtherAccount, ContactVendor],
      "The organization named in the request was not found. The domain may be misspelled, or the organization lives in another Microsoft cloud."),
    e(90008, "TokenForItselfRequiresGraphPermission", "Basic profile permission missing", MisconfiguredApp, "invalid_grant", AD, VENDOR_OR_CONSENT,
      "The app asked for a token for itself without the basic \"sign in and read user profile\" permission being consented."),
    e(90014, "MissingRequiredField", "Required field missing", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The sign-in request is missing a field Microsoft requires. The app builds its request wrongly."),
    e(90019, "MissingTenantRealm", "Organization could not be determined", MisconfiguredApp, "invalid_request", D, VENDOR,
      "Microsoft could not determine which organization the sign-in is for."),
    e(90023, "InvalidRequest", "Invalid request", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The request is not valid. An older form of this code reports a browser redeeming a code for an app not registered as a single-page app."),
    e(90033, "MsodsServiceUnavailable", "Directory service briefly unavailable", Other, "temporarily_unavailable", MS, TRANSIENT,
      "A Microsoft directory service was briefly unavailable. Try again in a few minutes."),
    e(90038, "NationalCloudTenantRedirection", "Organization is in another Microsoft cloud", AppNotFoundInTenant, "invalid_request", D, VENDOR,
      "Your organization lives in a different Microsoft cloud (for example US Government or China) than the one the app signs in to."),
    e(90072, "PassThroughUserMfaError", "External account cannot complete MFA", AccountProblem, "invalid_request", A, &[UseOtherAccount, FixAccount, AskAdmin],
      "The external account you signed in with is not in this organization, so multi-factor authentication cannot be completed for it."),
    e(90090, "GraphRetryableError", "Consent could not be recorded", Other, "temporarily_unavailable", MS, &[WaitAndRetry, TryAgain],
      "Microsoft had a passing problem recording the consent. Try again."),
    e(90093, "GraphUserUnauthorized", "You may not grant these permissions", AdminConsentRequired, "access_denied", A, CONSENT,
      "Your organization does not let you grant the permissions this app asks for; an administrator has to grant them."),
    e(90094, "AdminConsentRequired", "Need admin approval", AdminConsentRequired, "access_denied", A, CONSENT,
      "\"Need admin approval\": the app asks for permissions that only an administrator can grant in your organization, and the organization has no approval request process turned on."),
    e(90095, "AdminConsentRequiredRequestAccess", "Approval required", AdminConsentWorkflow, "access_denied", UA, WORKFLOW,
      "\"Approval required\": an administrator must approve this app, and your organization lets you send them a request from the sign-in screen."),
    e(90099, "", "Partner access not yet authorized", AdminConsentRequired, "access_denied", A, CONSENT,
      "The app is not yet authorized in the customer organization for the partner's delegated admins; it must be consented in that organization first."),
    e(90124, "", "Endpoint not supported for common or consumers", MisconfiguredApp, "invalid_request", D, VENDOR,
      "This request cannot use the `common` or `consumers` sign-in address; the app should use `organizations` or the organization's own address."),
    e(90130, "", "Endpoint not supported for common or consumers", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The app is not supported on the `common` sign-in address; it should use `organizations` or the organization's own address."),
    e(500011, "InvalidResourceServicePrincipalNotFound", "Service not found in your organization", AppNotFoundInTenant, "invalid_resource", AD, RESOURCE_MISSING,
      "The service the app wants to call (the resource) does not exist in your organization's directory: it was never added or consented, or the app names the wrong organization."),
    e(500021, "", "Blocked by tenant restrictions", ConditionalAccessBlocked, "access_denied", A, NETWORK_POLICY,
      "Your network's tenant restrictions only allow sign-ins to certain organizations, and this one is not on the list."),
    e(500022, "", "Blocked by tenant restrictions", ConditionalAccessBlocked, "access_denied", A, NETWORK_POLICY,
      "Your network's tenant restrictions block access to this organization."),
    e(500113, "", "No reply address registered", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The app has no reply address registered at all, so Microsoft has nowhere to send you back to."),
    e(500212, "NotAllowedByOutboundPolicyTenant", "Blocked by your cross-tenant settings", ConditionalAccessBlocked, "access_denied", A, NETWORK_POLICY,
      "Your organization's cross-tenant access settings do not allow you to sign in to this other organization."),
    e(500213, "NotAllowedByInboundPolicyTenant", "Blocked by the other organization's cross-tenant settings", ConditionalAccessBlocked, "access_denied", A, NETWORK_POLICY,
      "The other organization's cross-tenant access settings do not allow users from your organization in."),
    e(501481, "", "Proof key mismatch", MisconfiguredApp, "invalid_grant", D, VENDOR,
      "The app's proof key (PKCE) did not match when it redeemed the sign-in code."),
    e(530003, "", "Managed device required", ConditionalAccessBlocked, "interaction_required", UA, DEVICE,
      "\"Your device is required to be managed to access this resource\": a Conditional Access policy requires a managed device."),
    e(530032, "BlockedByConditionalAccessOnSecurityPolicy", "Blocked by a security policy", ConditionalAccessBlocked, "access_denied", A, CA,
      "A tenant security policy blocked this request."),
    e(530033, "", "Company-managed device required", ConditionalAccessBlocked, "interaction_required", UA, DEVICE,
      "A Conditional Access policy requires a device managed by your company."),
    e(530035, "BlockedBySecurityDefaults", "Blocked by security defaults", ConditionalAccessBlocked, "access_denied", AD, CA,
      "Security defaults blocked the request because it uses legacy or unsafe authentication."),
    e(650051, "", "Stale or invalid app permissions", MisconfiguredApp, "invalid_client", A, &[CreateServicePrincipal, AdminConsentUrl, ContactVendor],
      "The app's entry in your directory is stale (left over from an older registration or a partial consent), or your organization is unmanaged. Deleting the old enterprise application and consenting again usually fixes it."),
    e(650052, "", "Service not subscribed", AppNotFoundInTenant, "invalid_client", AD, RESOURCE_MISSING,
      "The app needs a Microsoft service (for example Exchange Online) that your organization has not subscribed to or enabled."),
    e(650054, "", "Service removed", AppNotFoundInTenant, "invalid_client", AD, RESOURCE_MISSING,
      "The app asks for a service that was removed or is no longer available in your organization."),
    e(650056, "", "Misconfigured application", MisconfiguredApp, "invalid_client", AD, VENDOR_OR_CONSENT,
      "The app lists no permissions for the service it calls, or an admin has not consented to them yet."),
    e(650057, "", "Invalid resource", MisconfiguredApp, "invalid_client", D, VENDOR,
      "The app asks for a service that is not among the permissions in its registration."),
    e(700005, "InvalidGrantRedeemAgainstWrongTenant", "Code redeemed in the wrong organization", MisconfiguredApp, "invalid_grant", D, VENDOR,
      "The sign-in code was redeemed against a different organization or endpoint than the one that issued it."),
    e(700011, "UnauthorizedClientAppNotFoundInOrgIdTenant", "App not found in this organization", AppNotFoundInTenant, "unauthorized_client", AD, NOT_FOUND,
      "The app was not found in this organization's directory."),
    e(700016, "UnauthorizedClient_DoesNotMatchRequest", "App not found in the directory", AppNotFoundInTenant, "unauthorized_client", AD, NOT_FOUND,
      "\"Application was not found in the directory\": the app ID is wrong, you signed in to the wrong organization or cloud, or the app is not set up for other organizations."),
    e(700025, "InvalidClientPublicClientWithCredential", "Public app sent a secret", MisconfiguredApp, "invalid_client", D, VENDOR,
      "The app is registered as a public client but sent a secret or certificate."),
    e(700054, "", "ID tokens not enabled", MisconfiguredApp, "unsupported_response_type", D, VENDOR,
      "The app asked for an ID token directly, but its registration does not allow that."),
    e(700082, "ExpiredOrRevokedGrantInactiveToken", "Saved sign-in expired", SignInRequired, "invalid_grant", U, SIGN_IN,
      "The saved sign-in expired after a period of inactivity. Sign in again."),
    e(700084, "", "Single-page app sign-in expired", SignInRequired, "invalid_grant", UD, SIGN_IN,
      "Single-page apps must sign in again every 24 hours, and that time is up. Sign in again in a normal browser window."),
    e(900144, "", "Required parameter missing", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The request is missing a required parameter (often `client_id`). The link or app that started the sign-in is incomplete."),
    e(900941, "AdminConsentRequiredDueToRiskyApp", "This app may be risky", AdminConsentRequired, "access_denied", A, RISKY,
      "\"This app may be risky\": Microsoft flagged the consent request as risky (typically a newer multi-organization app from an unverified publisher), so only an admin can approve it."),
    e(900971, "", "No reply address provided", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The request did not say where to send you back, and none could be inferred."),
    e(900981, "AdminConsentRequestRiskyAppWarning", "This app may be risky (request approval)", AdminConsentWorkflow, "access_denied", UA, RISKY_WORKFLOW,
      "\"This app may be risky\": an admin must approve it, and you can send them a request. Reviewers see the risk warning too."),
    e(1003031, "", "Misconfigured required resource access", MisconfiguredApp, "access_denied", D, VENDOR,
      "\"Misconfigured required resource access\": the app registration lists no permissions (or a malformed list), so there is nothing to consent to."),
    e(7000112, "UnauthorizedClientApplicationDisabled", "App disabled in your organization", AppDisabled, "unauthorized_client", A, DISABLED,
      "The app is disabled in your organization: its enterprise application has \"Enabled for users to sign-in?\" set to No, or an admin blocked it from the consent request queue."),
    e(7000215, "", "Invalid client secret", MisconfiguredApp, "invalid_client", D, VENDOR,
      "The app sent an invalid client secret; often the secret's ID was used instead of its value."),
    e(7000218, "", "Client credential missing", MisconfiguredApp, "invalid_client", D, VENDOR,
      "The request must carry a client secret or assertion, or the app must allow public client flows."),
    e(7000222, "InvalidClientSecretExpiredKeysProvided", "Client secret expired", MisconfiguredApp, "invalid_client", D, VENDOR,
      "The app's client secret has expired. The vendor must create a new one."),
    e(9001023, "", "Endpoint not supported for common or consumers", MisconfiguredApp, "invalid_request", D, VENDOR,
      "This request is not supported on the `common` or `consumers` address; it needs `organizations` or the organization's own address."),
    e(9002313, "InvalidRequest", "Malformed request", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The request is malformed. When another code follows this one, that code is the real cause."),
    e(9002326, "", "Cross-origin redemption needs a single-page app", MisconfiguredApp, "invalid_request", D, VENDOR,
      "\"Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type\": the browser redeemed a code for a redirect address that is registered as Web, not as a single-page app."),
    e(9002327, "", "Single-page app tokens must be redeemed in the browser", MisconfiguredApp, "invalid_request", D, VENDOR,
      "A server redeemed a code or refresh token that was issued to a single-page app; such tokens may only be redeemed from the browser."),
    e(9002332, "", "Work-account app used with personal accounts", MisconfiguredApp, "invalid_request", D, VENDOR,
      "The app accepts only work or school accounts but used the `consumers` (personal account) address."),
    e(9002341, "", "Single sign-on must be permitted", SignInRequired, "invalid_grant", U, &[TryAgain, SignInAgain],
      "You need to allow single sign-on for this app; the app should send you through the consent screen again."),
];

/// The fixes for a verdict reached without a catalogued code (from the OAuth `error`, a
/// recognised wording, or an unknown code).
pub(super) fn fixes_for_verdict(verdict: Verdict) -> &'static [FixId] {
    match verdict {
        AdminConsentRequired => CONSENT,
        AdminConsentWorkflow => WORKFLOW,
        UserDeclinedConsent => DECLINED,
        AdminConsentGranted => &[RunCheck],
        AppDisabled => DISABLED,
        UserNotAssigned => ASSIGN,
        ConditionalAccessBlocked => CA,
        AppNotFoundInTenant => NOT_FOUND,
        MisconfiguredApp => VENDOR,
        SignInRequired => SIGN_IN,
        AccountProblem => ACCOUNT,
        Other => TRANSIENT,
        Unknown => &[PasteMore, RunCheck, AskAdmin],
        SignedInOk => &[RunCheck],
        SignedInMissingScopes => CONSENT,
    }
}

/// Who fixes a verdict reached without a catalogued code.
pub(super) fn fixers_for_verdict(verdict: Verdict) -> &'static [Fixer] {
    match verdict {
        AdminConsentRequired | AppDisabled | UserNotAssigned | ConditionalAccessBlocked => A,
        AdminConsentWorkflow | SignedInMissingScopes => UA,
        UserDeclinedConsent | SignInRequired | AccountProblem | Unknown | SignedInOk
        | AdminConsentGranted => U,
        AppNotFoundInTenant => AD,
        MisconfiguredApp => D,
        Other => MS,
    }
}
