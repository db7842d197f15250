// ASP.NET Core with Microsoft.Identity.Web (or AddOpenIdConnect), in Program.cs after
// AddMicrosoftIdentityWebApp(...). When Microsoft sends the user back with an error, or the
// code redemption fails, the OpenID Connect handler raises OnRemoteFailure and, left alone,
// shows a bare 500. Send the browser to the help site's /diagnose instead. Built from an
// allowlist, in the fragment (#): browsers never send a fragment to a server, and the code,
// state and tokens are never copied into it.
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
{
    var earlier = options.Events.OnRemoteFailure;
    options.Events.OnRemoteFailure = async context =>
    {
        // Entra posts its error back (form_post, the default) or puts it in the query; a failed
        // redemption leaves the token endpoint's fields in the exception's Data.
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        string? Field(string key) => form?[key].FirstOrDefault()
            ?? context.Request.Query[key].FirstOrDefault() ?? context.Failure?.Data[key] as string;
        if (Field("error") is null) { await earlier(context); return; }
        context.Response.Redirect(HelpSite.DiagnoseUrl(Field));
        context.HandleResponse();
    };
});

static class HelpSite
{
    const string Origin = "https://help.example.com";
    static readonly Regex Word = new(@"^[\w.-]{1,64}$"), Id = new(@"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$");
    static readonly Dictionary<string, Regex> Forwarded = new()
    {
        ["error"] = Word, ["error_subcode"] = Word, ["suberror"] = Word, ["trace_id"] = Id, ["correlation_id"] = Id,
        ["error_uri"] = new(@"^https://login\.(microsoftonline\.(com|us)|partner\.microsoftonline\.cn|chinacloudapi\.cn|live\.com)/error\?code=\d{1,9}$"),
        ["error_codes"] = new(@"^\d{1,9}(,\d{1,9}){0,19}$"), ["timestamp"] = new(@"^\d[\d :.TZ+-]{0,39}$"),
    };

    public static string DiagnoseUrl(Func<string, string?> field)
    {
        var parts = Forwarded.Select(f => (f.Key, Value: field(f.Key)))
            .Where(f => f.Value is not null && Forwarded[f.Key].IsMatch(f.Value))
            .Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value!)}").ToList();
        var text = field("error_description") ?? "";
        for (var n = Math.Min(text.Length, 1500); ; n = Math.Max(0, n - 50))
        {
            if (n > 0 && char.IsHighSurrogate(text[n - 1])) n--; // cut between whole characters
            var all = n > 0 ? parts.Append($"error_description={Uri.EscapeDataString(text[..n])}") : parts;
            var url = $"{Origin}/diagnose#{string.Join("&", all)}";
            if (url.Length <= 2048 || n == 0) return url;
        }
    }
}
