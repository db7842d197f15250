# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 分钟
duration-two-minutes = 2 分钟
duration-three-minutes = 3 分钟
duration-five-minutes = 5 分钟
duration-ten-minutes = 10 分钟
duration-fifteen-minutes = 15 分钟
duration-thirty-minutes = 30 分钟
duration-one-hour = 1 小时

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = 此链接需要由您的 IT 管理员打开；它只对管理员有效，请把它发给管理员。
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = 这一步由您的 IT 管理员完成。请把本页底部的“给 IT 管理员的链接”发给管理员：打开后即可看到完整步骤。

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = 在 Microsoft 的页面上请求批准
fix-request-approval-duration = 1 分钟，然后等待批准
fix-request-approval-intro = 您的组织允许您请求管理员批准此应用。请求会发送给管理员指定的审阅者。
fix-request-approval-step-connect = 再次连接 { $product }，直到出现“需要审批”页面。
fix-request-approval-step-reason = 在理由框中简短写明原因，例如：
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = 理由
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = 我的工作需要使用 { $product }（用途：{ $purpose }）。
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = 我的工作需要使用 { $product }。
fix-request-approval-step-send = 选择“请求批准”，然后选择“Back to app”（返回应用）。
fix-request-approval-step-wait = 等待 Microsoft 发来的电子邮件，告知请求已获批准（或被拒绝）。批准通常需要几分钟到几天；除了这封邮件，您无法在其他地方查看状态。
fix-request-approval-step-reconnect = 获得批准后，再次连接 { $product }。
fix-request-approval-check = 获得批准后，连接时不再出现要求批准的页面。

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = 请您的 IT 管理员批准此应用
fix-ask-admin-duration = 1 分钟，然后等待管理员处理
fix-ask-admin-intro = 给管理员发送一条消息，其中包含一次性解决问题所需的全部信息。
fix-ask-admin-step-copy = 复制这条消息（或在电子邮件程序中打开），发送给您的 IT 管理员或技术支持部门。
# The label above the message the user copies.
fix-ask-admin-snippet-message = 消息
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = 在电子邮件中打开
fix-ask-admin-step-reconnect = 管理员确认处理完毕后，再次连接 { $product }。
fix-ask-admin-check = 连接时不再出现要求批准的页面。

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = 请为我们组织批准 { $product }
fix-ask-admin-message-greeting = 您好：
fix-ask-admin-message-problem = 我尝试将 { $product }（由 { $company } 提供）连接到我的 Microsoft 365 帐户时，Microsoft 提示需要管理员批准。
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    该应用请求的权限及原因：
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    您可以通过此链接查看并为我们组织授予同意（仅管理员可用）：
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    面向管理员的分步说明：
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    其他授予方式（管理中心、PowerShell、Azure CLI）：
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    如果仍然被阻止，可以用这个只读检查找出我们组织中导致问题的设置：
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = 应用程序 ID：{ $app_id }
fix-ask-admin-message-publisher = 发布者：{ $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = 发布者：{ $publisher }（已验证）
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = 错误详细信息：{ $details }
fix-ask-admin-message-thanks = 谢谢！

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = 再次连接 { $product } 并接受
fix-try-again-intro = 权限页面被关闭或拒绝了。这并不是故障，重新开始即可。
fix-try-again-step-start = 重新开始连接 { $product }。
fix-try-again-step-accept = 当 Microsoft 列出权限时，请阅读后选择“接受”。
fix-try-again-step-admin = 如果出现的是“需要管理员批准”或“需要审批”，说明您的组织需要管理员批准此应用：请按照下一个解决方法操作。
fix-try-again-check = 您会回到应用中，并已完成连接。

## sign-in-again

fix-sign-in-again-title = 重新登录并完成每一个提示
fix-sign-in-again-intro = Microsoft 需要您重新手动登录：您的会话已结束，或者您的组织要求进行额外检查，例如多重身份验证。
fix-sign-in-again-step-start = 在普通（非嵌入式）浏览器窗口中重新开始连接 { $product }。
fix-sign-in-again-step-prompts = 完成每一个提示：密码、验证器应用或验证码，以及组织要求的任何注册。
fix-sign-in-again-step-register = 如果尚未设置验证器，请先在 Microsoft 的安全信息页面上注册一种验证方法。
fix-sign-in-again-link-security-info = 打开安全信息
fix-sign-in-again-check = 登录完成，您会回到应用中。

## use-other-account

fix-use-other-account-title = 使用正确组织的工作帐户登录
fix-use-other-account-intro = 登录所用的帐户或组织与应用预期的不一致。
fix-use-other-account-step-start = 重新开始连接 { $product }。
fix-use-other-account-step-picker = 在 Microsoft 的帐户选择器中，选择“使用其他帐户”，然后输入您的工作或学校地址（不是个人的 Outlook.com 或 Hotmail 帐户）。
fix-use-other-account-step-private = 如果总是自动选中错误的帐户，请在浏览器的隐私窗口中重试。
fix-use-other-account-check = 会出现权限页面，或者您直接回到应用中。

## reset-password

fix-reset-password-title = 更改或重置密码
fix-reset-password-intro = 密码错误或已过期。
fix-reset-password-step-reset = 使用 Microsoft 的自助服务页面重置密码（如果您的组织允许），或联系技术支持部门。
fix-reset-password-link-reset = 打开密码重置
fix-reset-password-step-sign-in = 使用新密码重新登录。
fix-reset-password-check = 登录成功完成。

## device-compliance

fix-device-compliance-title = 使用组织管理的设备
fix-device-compliance-duration = 10 分钟到 1 天
fix-device-compliance-intro = 您的组织只允许从已注册且合规的设备（或已批准的应用）使用此应用。
fix-device-compliance-step-managed = 请在公司管理的电脑或手机上重试。
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = 或者注册此设备：安装组织的公司门户应用，登录后按步骤操作，直到设备显示为合规。
fix-device-compliance-step-help-desk = 如果无法注册，请向技术支持部门询问允许使用哪些设备或应用。
fix-device-compliance-check = 在受管理的设备上可以完成登录。

## run-check: this site's own sign-in check.

fix-run-check-title = 用登录检查确认问题已解决
fix-run-check-intro = 在有人做出更改后，本网站可以让您登录，检查 { $product } 的哪些权限现在已被授予。
fix-run-check-step-open = 打开登录检查，并使用之前失败的帐户登录。
fix-run-check-link-open = 打开登录检查

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = 粘贴完整的错误
fix-paste-more-intro = 没有找到可识别的内容。您粘贴的错误信息越完整，诊断就越准确。
fix-paste-more-step-details = 在 Microsoft 的错误页面上，选择“更多详细信息”或“故障排除详细信息”，然后复制显示的全部内容（其中包括错误代码和各种 ID）。
fix-paste-more-step-address = 或者在出错后，复制浏览器地址栏中的完整地址。
fix-paste-more-step-lookup = 如果页面上显示了类似 90094 的数字，可以在 Microsoft 的错误页面上查看其说明。
fix-paste-more-link-lookup = 打开 Microsoft 错误查询
fix-paste-more-step-paste = 将其粘贴到本网站的首页上。
fix-paste-more-link-start = 前往首页

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = 在 Microsoft 的错误页面上查询 { $code }
fix-lookup-code-intro = Microsoft 自己的错误查询页面提供每个代码的最新说明。
fix-lookup-code-step-open = 打开 Microsoft 对此代码的说明。
fix-lookup-code-link-open = 在 Microsoft 网站上打开 { $code }

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = 向 { $company } 报告此问题
fix-contact-vendor-duration = 1 个工作日（供应商）
fix-contact-vendor-intro = 原因在于 { $product } 的注册方式或登录方式；只有 { $company } 才能更改。
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = 联系 { $company } 支持：{ $email } 或 { $url }
fix-contact-vendor-step-contact-email = 联系 { $company } 支持：{ $email }
fix-contact-vendor-step-contact-url = 联系 { $company } 支持：{ $url }
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = 联系 { $company } 的支持部门。
fix-contact-vendor-link-email = 发送电子邮件给支持部门
fix-contact-vendor-link-website = 打开支持网站
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = { $product } 登录错误
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = 请附上本页“支持人员所需的详细信息”中的报告：其中包含代码、跟踪 ID、关联 ID 和时间，这些都是他们的工程师需要的。

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = 等待几分钟后重试
fix-wait-and-retry-duration = 5–15 分钟
fix-wait-and-retry-intro = 这是 Microsoft 服务的暂时性问题。
fix-wait-and-retry-step-wait = 等待几分钟，然后重试。
fix-wait-and-retry-step-status = 如果持续失败超过一小时，请查看 Microsoft 365 服务运行状况，或附上下方的详细信息联系支持人员。
fix-wait-and-retry-link-status = 打开 Microsoft 365 服务状态

## register-device: the device's registration with the organization.

fix-register-device-title = 将此设备重新连接到您的组织
fix-register-device-intro = Microsoft 无法确认此设备的身份：设备未注册或未加入，其注册已被删除或禁用，或者设备的登录令牌已过期。
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = 在 Windows 上，打开“设置”›“帐户”›“访问工作或学校”。如果您的工作帐户不在列表中或显示错误，请将其断开连接后重新连接，然后重启电脑。
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = 要查看设备状态，请在命令提示符中运行以下命令；AzureAdJoined 或 WorkplaceJoined，以及 AzureAdPrt，都应显示为 YES。如果不是，请将输出发送给您的 IT 管理员：
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = 命令提示符
fix-register-device-step-phone = 在手机或 Mac 上，打开公司门户（或 Microsoft Authenticator），使用工作帐户登录，以便注册设备。
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = IT 管理员：在 { $devices_path } 下找到该设备，确认它已启用且不是过时的重复项；{ $sign_in_logs_path } 会显示此次登录所用的设备 ID。
fix-register-device-link-sign-in-logs = 打开登录日志
# $command is a command (dsregcmd /status).
fix-register-device-check = 在此设备上可以登录，并且 { $command } 显示设备已加入或已注册。

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = 使用受组织保护的应用
fix-app-protection-intro = 某项条件访问策略规定，只能通过应用了组织的应用保护策略（Microsoft Intune）的应用访问此资源，而此次登录来自未应用该策略的应用或浏览器。
fix-app-protection-step-broker = 安装代理应用并使用工作帐户登录：iPhone 和 iPad 上是 Microsoft Authenticator，Android 上是公司门户。
fix-app-protection-step-approved-app = 改用组织批准的应用（例如手机上的 Outlook 或 Teams）打开这些数据，而不是此应用或浏览器。
fix-app-protection-step-ask-admin = 如果您需要在手机上使用此应用，请联系您的 IT 管理员：只有他们才能将其添加到应用保护策略中，或更改条件访问策略。
fix-app-protection-check = 在受保护的应用中可以登录。

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = 用一个链接为所有人授予同意
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = 一个链接即可请 Microsoft 为您的组织（{ $tenant }）授予 { $product } 的权限——仅涉及此应用，其他一切不变。
fix-admin-consent-url-intro = 一个链接即可请 Microsoft 为您登录所用的管理员帐户所在的组织授予 { $product } 的权限——仅涉及此应用，其他一切不变。
fix-admin-consent-url-check = 请一位用户重新连接，或在本网站上运行登录检查：每项权限都应显示为已授予。

fix-method-1-title = 在管理中心为 { $product } 授予租户范围的管理员同意
fix-method-1-intro = 管理员在 { $product } 的企业应用程序中，一次性为整个组织批准其权限；之后不会再询问用户。只有此应用会被信任。
fix-method-1-check = 刷新“权限”页面：每项权限都应列在“管理员同意”下，并显示为由管理员授予。然后请一位用户重新连接。

fix-method-2-title = 以管理员身份登录应用，并代表组织同意
fix-method-2-intro = 管理员像普通用户一样连接 { $product }，并在 Microsoft 的权限页面上代表所有人同意。如果目录中还没有此应用，这样做也会将其添加到目录中。
fix-method-2-check = 其他用户连接时不会看到要求批准的页面。

fix-admin-browser-title = 从已以管理员身份登录的浏览器连接
fix-admin-browser-intro = 适用于已授予同意但用户仍然失败的情况（例如更改尚在生效过程中）的变通方法：管理员在已以管理员身份登录 Microsoft 365 的浏览器中连接 { $product }。
fix-admin-browser-check = 连接成功，用户也可以连接自己的帐户。

fix-review-request-title = 审阅 { $product } 的批准请求
fix-review-request-intro = 审阅者打开 { $product } 的待处理请求并批准，这会为组织中的所有人授予同意。
fix-review-request-check = 请求者会收到一封电子邮件，并且可以重新连接。

fix-enable-workflow-title = 让用户可以请求批准，而不是走进死胡同
fix-enable-workflow-intro = 启用管理员同意工作流后，“需要管理员批准”会被“需要审批”取代，用户可以在其中填写理由，向指定的审阅者发送请求。启用它本身不会批准任何内容。
fix-enable-workflow-check = 一小时内（通常几分钟），尝试连接的用户会看到“需要审批”页面和“请求批准”按钮。

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = 允许用户同意来自已验证发布者的应用
fix-solution-b-intro = 之后，对于来自已验证发布者的应用，例如 { $product }（{ $publisher }），用户可以自行同意管理员归类为低影响的权限。
fix-solution-b-widens = 这会改变用户对所有来自已验证发布者的应用可同意的范围，而不仅是此应用。更推荐只为此应用授予同意。
fix-solution-b-check = 非管理员用户连接此应用时不会看到要求批准的页面。

fix-method-3-title = 允许用户自行同意应用（范围最广的选项）
fix-method-3-intro = 之后，对于不需要管理员的权限，用户可以同意任何发布者的任何应用。
fix-method-3-widens = 这会让每个用户都能授权任何应用访问自己的数据——这正是同意钓鱼攻击所依赖的设置。Microsoft 将其列为旧版选项；仅在您的安全策略允许时使用。
fix-method-3-check = 用户连接应用，并自行接受权限。

fix-conditional-access-title = 找出阻止登录的条件访问策略
fix-conditional-access-intro = 某项条件访问策略拒绝了登录 { $product }。这不是同意问题：授予同意无济于事。是否为此应用设置例外，由负责管理条件访问的管理员决定。
fix-conditional-access-check = 用户重新登录；新的登录日志条目中，条件访问显示为“成功”或“未应用”。

fix-enable-sign-in-title = 为用户启用 { $product } 的登录
fix-enable-sign-in-intro = { $product } 的企业应用程序已被禁用，因此 Microsoft 不会为任何人颁发它的令牌。管理员需要将“是否已为用户启用登录?”改回“是”。
fix-enable-sign-in-check = 用户可以重新登录；新的登录不再因 AADSTS7000112 而失败。

fix-assign-users-title = 将用户分配到 { $product }，或取消分配要求
fix-assign-users-intro = { $product } 的“需要进行用户分配?”设置为“是”，因此只有已分配的用户和组才能登录。管理员需要分配该用户（或其所在的组），或关闭此要求。
fix-assign-users-check = 用户重新登录，不再出现 AADSTS50105。

fix-create-service-principal-title = 将 { $product } 添加到您的目录
fix-create-service-principal-intro = 您的目录中还没有此应用（或它调用的某项 Microsoft 服务）的企业应用程序。授予同意通常会创建它；管理员也可以直接创建，然后授予同意。
fix-create-service-principal-check = { $product } 出现在“企业应用程序”下，登录不再卡在此错误上。

fix-app-only-access-title = 授予仅限应用的访问权限，并将其限制在指定邮箱
fix-app-only-access-duration = 20 分钟，最长需要一小时生效
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = 为了在没有登录用户的情况下进行服务器端同步，{ $product } 使用应用程序权限（{ $permissions }）。这些权限始终需要管理员同意，并且除非 Exchange Online 加以限制，否则会覆盖所有邮箱。
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = 为了在没有登录用户的情况下进行服务器端同步，{ $product } 使用应用程序权限。这些权限始终需要管理员同意，并且除非 Exchange Online 加以限制，否则会覆盖所有邮箱。
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } 对成员报告 Granted，对其他人报告 Denied；被拒绝的调用会返回 "Access to OData is disabled"。

fix-fix-account-title = 检查用户的帐户
fix-fix-account-intro = 问题出在帐户本身：已禁用、已锁定、密码已过期，或不是该组织的成员。
fix-fix-account-check = 用户重新登录成功。

fix-check-firewall-title = 检查您的网络是否放行登录
fix-check-firewall-intro = 代理、防火墙和租户限制可能会阻止 { $product } 访问 Microsoft 的登录和 Graph 终结点。
fix-check-firewall-check = 在网络内部可以正常登录和同步。

fix-federation-title = 检查您的组织登录时使用的标识提供者
fix-federation-intro = 此帐户的登录被转交给另一个标识提供者（AD FS、Okta、Ping 等）或本地代理（直通身份验证、无缝单一登录），而这一步失败了。同意和应用供应商都无法改变这一点；只有运行该标识提供者的人员才能解决。
fix-federation-check = 用户重新登录，登录日志显示成功。

fix-guest-access-title = 检查另一个组织中的来宾帐户
fix-guest-access-intro = 此帐户以另一个组织的来宾身份登录，而来宾的状态阻止了登录：邀请未被接受，来宾已被删除或阻止，或者两个组织的跨租户访问设置不允许。
fix-guest-access-check = 来宾可以在发出邀请的组织中登录此应用。

fix-claim-tenant-title = 接管非托管目录
fix-claim-tenant-intro = 您组织的目录是在有人用工作电子邮件地址注册某项 Microsoft 服务时自动创建的。没有人管理它，因此在拥有该电子邮件域的人接管它之前，没有人能在其中批准应用。
fix-claim-tenant-check = Entra ID 在您的托管组织中将该域显示为已验证。
