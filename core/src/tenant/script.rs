//! The read-only scripts `/tenant` hands an admin who would rather not sign in here: Microsoft
//! Graph PowerShell and Azure CLI (bash, as in Azure Cloud Shell). Both make only the GET
//! requests of [`READS`](super::reads::READS), follow paging, keep a failed read's Graph
//! error under `errors`, and print the snapshot as one JSON document.
//!
//! Every value put into a script is an ID we parsed (GUIDs, a tenant, the profile's resource
//! URIs checked as URLs) and is quoted for the shell, so a profile cannot inject commands.

use super::reads::{path, resource_paths, scopes};
use crate::cloud::Cloud;
use crate::ids::TenantId;
use crate::profile::Profile;

/// Single-quoted for PowerShell and bash alike (neither expands inside single quotes); a
/// quote inside is doubled for PowerShell or closed and escaped for bash.
fn ps_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

fn tenant_arg(tenant: Option<&TenantId>) -> String {
    match tenant.filter(|t| t.is_specific()) {
        Some(t) => t.to_string(),
        None => "organizations".to_string(),
    }
}

fn ps_environment(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::Global => "Global",
        Cloud::UsGov => "USGov",
        Cloud::UsGovDod => "USGovDoD",
        Cloud::China => "China",
    }
}

fn az_cloud(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::Global => "AzureCloud",
        Cloud::UsGov | Cloud::UsGovDod => "AzureUSGovernment",
        Cloud::China => "AzureChinaCloud",
    }
}

/// Microsoft Graph PowerShell (the Microsoft.Graph.Authentication module).
pub fn powershell(profile: &Profile, tenant: Option<&TenantId>, user: Option<&str>) -> String {
    let client = profile.app.client_id.to_string();
    let graph = format!("{}/v1.0", profile.cloud.graph_host());
    let scope_list: Vec<String> = scopes().iter().map(|s| ps_quote(s)).collect();
    let resources: Vec<String> = resource_paths(profile)
        .iter()
        .map(|p| ps_quote(p))
        .collect();
    let user = user.map(str::trim).unwrap_or("");
    let tenant = tenant_arg(tenant);
    format!(
        r#"# Consent Doctor tenant check for {product} (app ID {client}).
# READ-ONLY: this script sends GET requests only; nothing in your tenant changes.
# It prints one JSON document: paste all of it into the tenant check page.
# Needs: Install-Module Microsoft.Graph.Authentication -Scope CurrentUser
$ErrorActionPreference = 'Stop'
Connect-MgGraph -TenantId {tenant_q} -Environment {environment} -NoWelcome -Scopes {scope_list}
$graph = {graph_q}
$app = {client_q}
$user = {user_q}   # optional: the sign-in name of one person who cannot get in
$snapshot = [ordered]@{{ tenantId = (Get-MgContext).TenantId }}
$errors = [ordered]@{{}}

function Read-Graph([string]$Key, [string]$Path, [switch]$All) {{
  try {{
    $uri = "$graph$Path"
    $items = [System.Collections.Generic.List[object]]::new()
    do {{
      $page = Invoke-MgGraphRequest -Method GET -Uri $uri -OutputType PSObject
      if (-not $All) {{ return $page }}
      foreach ($item in @($page.value)) {{ if ($null -ne $item) {{ $items.Add($item) }} }}
      $uri = $page.'@odata.nextLink'
    }} while ($uri)
    return ,$items.ToArray()
  }} catch {{
    # Keep Graph's own error body, so the page can say what was denied and why.
    $text = "$($_.ErrorDetails.Message)"
    $body = $null
    $start = $text.IndexOf('{{'); $end = $text.LastIndexOf('}}')
    if ($start -ge 0 -and $end -gt $start) {{ try {{ $body = $text.Substring($start, $end - $start + 1) | ConvertFrom-Json }} catch {{ }} }}
    if ($null -eq $body) {{ $body = @{{ error = @{{ code = 'ScriptError'; message = "$($_.Exception.Message)" }} }} }}
    if (-not $errors.Contains($Key)) {{ $errors[$Key] = $body }}
    return $null
  }}
}}

$sp = Read-Graph 'servicePrincipal' {sp_path}
if ($null -ne $sp) {{ $snapshot.servicePrincipal = $sp }}
$enterpriseApp = @($sp.value)[0]
if ($enterpriseApp) {{
  $grants = Read-Graph 'oauth2PermissionGrants' ('/oauth2PermissionGrants?$filter=clientId%20eq%20%27' + $enterpriseApp.id + '%27') -All
  if ($null -ne $grants) {{ $snapshot.oauth2PermissionGrants = $grants }}
  $roles = Read-Graph 'appRoleAssignments' ('/servicePrincipals/' + $enterpriseApp.id + '/appRoleAssignments') -All
  if ($null -ne $roles) {{ $snapshot.appRoleAssignments = $roles }}
}}

$resources = [System.Collections.Generic.List[object]]::new()
foreach ($path in @({resources})) {{
  $api = @((Read-Graph 'resourceServicePrincipals' $path).value)[0]
  if ($api) {{
    $classes = Read-Graph 'resourceServicePrincipals' ('/servicePrincipals/' + $api.id + '/delegatedPermissionClassifications') -All
    if ($null -eq $classes) {{ $classes = @() }}
    $api | Add-Member -NotePropertyName delegatedPermissionClassifications -NotePropertyValue $classes -Force
    $resources.Add($api)
  }}
}}
$snapshot.resourceServicePrincipals = $resources.ToArray()

$auth = Read-Graph 'authorizationPolicy' '{authorization}'
if ($null -ne $auth) {{
  $snapshot.authorizationPolicy = $auth
  $policies = [System.Collections.Generic.List[object]]::new()
  foreach ($assigned in @($auth.defaultUserRolePermissions.permissionGrantPoliciesAssigned)) {{
    if ($assigned -like 'ManagePermissionGrantsForSelf.*') {{
      $policy = Read-Graph 'permissionGrantPolicies' ('/policies/permissionGrantPolicies/' + $assigned.Substring(30))
      if ($null -ne $policy) {{ $policies.Add($policy) }}
    }}
  }}
  $snapshot.permissionGrantPolicies = $policies.ToArray()
}}

$workflow = Read-Graph 'adminConsentRequestPolicy' '{workflow}'
if ($null -ne $workflow) {{ $snapshot.adminConsentRequestPolicy = $workflow }}

$requests = Read-Graph 'appConsentRequests' {requests_path} -All
if ($null -ne $requests) {{
  foreach ($request in $requests) {{
    $asks = Read-Graph 'appConsentRequests' ('/identityGovernance/appConsent/appConsentRequests/' + $request.id + '/userConsentRequests') -All
    if ($null -eq $asks) {{ $asks = @() }}
    $request | Add-Member -NotePropertyName userConsentRequests -NotePropertyValue $asks -Force
  }}
  $snapshot.appConsentRequests = $requests
}}

$ca = Read-Graph 'conditionalAccessPolicies' '{ca}' -All
if ($null -ne $ca) {{ $snapshot.conditionalAccessPolicies = $ca }}

if ($user) {{
  $person = Read-Graph 'user' ('/users/' + [uri]::EscapeDataString($user) + '?$select=id,displayName,userPrincipalName')
  if ($null -ne $person) {{
    $assignments = Read-Graph 'user' ('/users/' + $person.id + '/appRoleAssignments') -All
    if ($null -eq $assignments) {{ $assignments = @() }}
    $person | Add-Member -NotePropertyName appRoleAssignments -NotePropertyValue $assignments -Force
    $snapshot.user = $person
  }}
}}

if ($errors.Count -gt 0) {{ $snapshot.errors = $errors }}
$snapshot | ConvertTo-Json -Depth 32
"#,
        product = one_line(&profile.product_name),
        tenant_q = ps_quote(&tenant),
        environment = ps_environment(profile.cloud),
        scope_list = scope_list.join(","),
        graph_q = ps_quote(&graph),
        client_q = ps_quote(&client),
        user_q = ps_quote(user),
        sp_path = ps_quote(&path::service_principal_by_app_id(&client)),
        resources = resources.join(", "),
        authorization = path::AUTHORIZATION_POLICY,
        workflow = path::ADMIN_CONSENT_REQUEST_POLICY,
        requests_path = ps_quote(&path::app_consent_requests(&client)),
        ca = path::CONDITIONAL_ACCESS_POLICIES,
    )
}

/// Azure CLI in bash (Azure Cloud Shell has `az` and `jq`).
pub fn azure_cli(profile: &Profile, tenant: Option<&TenantId>, user: Option<&str>) -> String {
    let client = profile.app.client_id.to_string();
    let host = profile.cloud.graph_host();
    let resources: Vec<String> = resource_paths(profile)
        .iter()
        .map(|p| sh_quote(p))
        .collect();
    let user = user.map(str::trim).unwrap_or("");
    let tenant = tenant_arg(tenant);
    format!(
        r#"#!/usr/bin/env bash
# Consent Doctor tenant check for {product} (app ID {client}).
# READ-ONLY: this script sends GET requests only (az rest --method get); nothing in your tenant changes.
# It prints one JSON document: paste all of it into the tenant check page. Runs in Azure Cloud Shell (bash).
set -u
az cloud set --name {az_cloud} >/dev/null
az account show >/dev/null 2>&1 || az login --tenant {tenant_q} --allow-no-subscriptions >/dev/null
graph=${{CD_GRAPH:-{graph_q}/v1.0}}
resource={resource_q}
app={client_q}
user={user_q}   # optional: the sign-in name of one person who cannot get in
dir=$(mktemp -d); mkdir "$dir/errors"; echo '[]' >"$dir/resources.json"

# read_graph NAME KEY PATH [all]: the answer goes to $dir/NAME.json; a failed read keeps
# Graph's error body in $dir/errors/KEY.json. With "all", @odata.nextLink is followed.
read_graph() {{
  local name=$1 key=$2 url="$graph$3" all=${{4:-}} out
  echo '[]' >"$dir/items.json"
  while :; do
    if ! out=$(az rest --method get --url "$url" --resource "$resource" --output json 2>"$dir/stderr"); then
      if [ ! -e "$dir/errors/$key.json" ]; then
        grep -o '{{.*}}' "$dir/stderr" | head -n 1 | jq -e . >"$dir/errors/$key.json" 2>/dev/null \
          || jq -n --rawfile m "$dir/stderr" '{{error: {{code: "CliError", message: $m}}}}' >"$dir/errors/$key.json"
      fi
      return 1
    fi
    printf '%s' "$out" >"$dir/page.json"
    if [ -z "$all" ]; then mv "$dir/page.json" "$dir/$name.json"; return 0; fi
    jq -c --slurpfile p "$dir/page.json" '. + ($p[0].value // [])' "$dir/items.json" >"$dir/next.json" && mv "$dir/next.json" "$dir/items.json"
    url=$(jq -r '."@odata.nextLink" // empty' "$dir/page.json")
    [ -n "$url" ] || break
  done
  mv "$dir/items.json" "$dir/$name.json"
}}

read_graph sp servicePrincipal {sp_path}
sp_id=$(jq -r '.value[0].id // empty' "$dir/sp.json" 2>/dev/null)
if [ -n "$sp_id" ]; then
  read_graph grants oauth2PermissionGrants "/oauth2PermissionGrants?\$filter=clientId%20eq%20%27$sp_id%27" all
  read_graph roles appRoleAssignments "/servicePrincipals/$sp_id/appRoleAssignments" all
fi
for path in {resources}; do
  read_graph api resourceServicePrincipals "$path" || continue
  api_id=$(jq -r '.value[0].id // empty' "$dir/api.json")
  [ -n "$api_id" ] || continue
  read_graph classes resourceServicePrincipals "/servicePrincipals/$api_id/delegatedPermissionClassifications" all || echo '[]' >"$dir/classes.json"
  jq -c --slurpfile a "$dir/api.json" --slurpfile c "$dir/classes.json" '. + [$a[0].value[0] + {{delegatedPermissionClassifications: $c[0]}}]' "$dir/resources.json" >"$dir/next.json" && mv "$dir/next.json" "$dir/resources.json"
done
if read_graph auth authorizationPolicy '{authorization}'; then
  echo '[]' >"$dir/policies.json"
  for id in $(jq -r '.defaultUserRolePermissions.permissionGrantPoliciesAssigned[]? | select(startswith("ManagePermissionGrantsForSelf.")) | ltrimstr("ManagePermissionGrantsForSelf.") | @uri' "$dir/auth.json"); do
    read_graph policy permissionGrantPolicies "/policies/permissionGrantPolicies/$id" \
      && jq -c --slurpfile p "$dir/policy.json" '. + $p' "$dir/policies.json" >"$dir/next.json" && mv "$dir/next.json" "$dir/policies.json"
  done
fi
read_graph workflow adminConsentRequestPolicy '{workflow}'
if read_graph requests appConsentRequests {requests_path} all; then
  echo '[]' >"$dir/requests-full.json"
  for i in $(jq -r 'keys[]' "$dir/requests.json"); do
    rid=$(jq -r ".[$i].id" "$dir/requests.json")
    read_graph asks appConsentRequests "/identityGovernance/appConsent/appConsentRequests/$rid/userConsentRequests" all || echo '[]' >"$dir/asks.json"
    jq -c --slurpfile r "$dir/requests.json" --slurpfile a "$dir/asks.json" ". + [\$r[0][$i] + {{userConsentRequests: \$a[0]}}]" "$dir/requests-full.json" >"$dir/next.json" && mv "$dir/next.json" "$dir/requests-full.json"
  done
  mv "$dir/requests-full.json" "$dir/requests.json"
fi
read_graph ca conditionalAccessPolicies '{ca}' all
if [ -n "$user" ] && read_graph person user "/users/$(jq -rn --arg u "$user" '$u|@uri')?\$select=id,displayName,userPrincipalName"; then
  person_id=$(jq -r '.id' "$dir/person.json")
  read_graph assignments user "/users/$person_id/appRoleAssignments" all || echo '[]' >"$dir/assignments.json"
  jq -c --slurpfile a "$dir/assignments.json" '. + {{appRoleAssignments: $a[0]}}' "$dir/person.json" >"$dir/next.json" && mv "$dir/next.json" "$dir/person.json"
fi

part() {{ if [ -e "$dir/$2.json" ]; then jq -c --arg k "$1" '{{($k): .}}' "$dir/$2.json"; fi; }}
{{
  jq -n --arg t "$(az account show --query tenantId --output tsv 2>/dev/null)" '{{tenantId: $t}}'
  part servicePrincipal sp; part oauth2PermissionGrants grants; part appRoleAssignments roles
  part resourceServicePrincipals resources; part authorizationPolicy auth; part permissionGrantPolicies policies
  part adminConsentRequestPolicy workflow; part appConsentRequests requests; part conditionalAccessPolicies ca
  part user person
  for f in "$dir"/errors/*.json; do
    [ -e "$f" ] && jq -c --arg k "$(basename "$f" .json)" '{{errors: {{($k): .}}}}' "$f"
  done
}} | jq -s 'reduce .[] as $part ({{}}; . * $part)'
rm -rf "$dir"
"#,
        product = one_line(&profile.product_name),
        az_cloud = az_cloud(profile.cloud),
        tenant_q = sh_quote(&tenant),
        graph_q = sh_quote(host),
        resource_q = sh_quote(host),
        client_q = sh_quote(&client),
        user_q = sh_quote(user),
        sp_path = sh_quote(&path::service_principal_by_app_id(&client)),
        resources = resources.join(" "),
        authorization = path::AUTHORIZATION_POLICY,
        workflow = path::ADMIN_CONSENT_REQUEST_POLICY,
        requests_path = sh_quote(&path::app_consent_requests(&client)),
        ca = path::CONDITIONAL_ACCESS_POLICIES,
    )
}

/// A product name inside a script comment: one line, no control characters.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(80)
        .collect()
}
