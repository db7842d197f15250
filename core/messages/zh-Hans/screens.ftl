## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = 无法连接 { $product }？
home-lead = 告诉我们您看到了什么，我们会告诉您发生了什么、谁能解决，以及具体怎么做。
home-paste-label = 粘贴错误消息、错误页面的地址或一行日志
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = 例如：AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = 文本超过了 2 MB。请只粘贴错误消息及其详细信息。
home-privacy = 您粘贴的内容只保留在此浏览器中，绝不会上传。
# The button that reads what was pasted.
home-diagnose = 诊断
home-screens-title = 或者选择您看到的页面
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = “需要管理员批准”
home-screen-approval-required = “需要审批”
home-screen-app-risky = “这个应用可能有风险”
home-screen-cant-get-there = “无法从此处访问”
home-screen-conditional-access = 被条件访问阻止
home-screen-app-disabled = “Application is disabled”（应用程序已禁用）
home-roles-title = 或者按您的身份开始
home-role-user = 我是应用用户
# $product is the app's name.
home-role-user-text = 检查 { $product } 现在能否让您登录，以及还缺少什么。
home-role-admin = 我是管理员
home-role-admin-text = 使用适用于您租户的链接和确切的设置，为 { $product } 授予同意。
home-role-support = 我是支持人员
home-role-support-text = 为客户生成一个能打开相应诊断的链接。

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = 无法加载此代码的说明；下面的解决方法仍然适用，错误链接中有 Microsoft 的说明。
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = 错误
# Links to the "Details for support" section further down.
diagnosis-view-details-link = 详细信息
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = 查看该诊断
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = 谁能解决：
diagnosis-view-fixes-title = 按顺序执行以下操作
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = 本页只列出了前几个解决方法（共 { $total } 个中的 { $shown } 个）。其余方法请见 { $link }
diagnosis-view-notes-label = 备注

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = 您
fix-card-actor-admin = IT 管理员
fix-card-actor-vendor = 应用供应商
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = 会扩大访问范围：
fix-card-open-consent-link = 打开管理员同意链接
# Followed by how to see that the fix worked.
fix-card-check = 确认是否生效：

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = 复制
# Shown in the button for two seconds after copying.
copy-button-copied = 已复制
copy-button-failed = 请选中后手动复制
copy-button-copy-link = 复制链接
copy-button-copy-admin-link = 复制管理员链接
copy-button-copy-report = 复制给支持人员的报告
copy-button-copy-message = 复制消息
copy-button-copy-justification = 复制理由
# A command to type into the Windows command prompt.
copy-button-copy-command = 复制命令
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = 复制应用程序 ID
copy-button-copy-powershell = 复制 PowerShell
copy-button-copy-azure-cli = 复制 Azure CLI

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = 显示适用于以下身份的解决方法

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = 您的工作电子邮件地址（以便链接针对您的组织打开）
ask-admin-find = 使用我的组织
ask-admin-privacy = 仅使用域名来查找您组织的 ID；地址本身不会被保存或发送。
ask-admin-no-email = 请输入您的工作电子邮件地址，例如 alex@contoso.com。
ask-admin-unreachable = 无法读取应答：无法连接到登录服务。
# $domain is what the reader typed after the @.
ask-admin-not-found = 此云中的 Microsoft Entra 不认识 { $domain }。请检查拼写，或使用您组织的已验证域（例如 yourcompany.onmicrosoft.com）。
ask-admin-other-cloud = 您的组织登录的是另一个 Microsoft 云，因此本页面无法查找它。
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = 无法读取应答：{ $reason }。
# $tenant is the organization's ID.
ask-admin-message-for = 给您组织（{ $tenant }）的消息
ask-admin-open-email = 在电子邮件中打开

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = 支持人员所需的详细信息
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = 代码
support-details-oauth-error = OAuth 错误
support-details-message = 消息
support-details-trace-id = 跟踪 ID
support-details-correlation-id = 关联 ID
support-details-request-id = 请求 ID
support-details-timestamp = 时间戳
support-details-tenant = 租户
support-details-app-id = 应用 ID
support-details-app-name = 应用名称
# Which known wording of an error screen the pasted text matched.
support-details-recognised = 识别出的提示文字
# What kind of text was read, such as "pasted text".
support-details-input = 输入
support-details-microsoft-page = Microsoft 页面
# After an error_uri address that is shown as text.
support-details-untrusted-uri = （不是 Microsoft 的地址，因此不作为链接）
support-details-full-description = 完整的错误说明
support-details-truncated = （已截断：文本超出了本页面可显示的长度）
support-details-report-title = 用于支持工单的报告
support-details-report-privacy = 不含令牌和登录代码；除非您选择包含，否则也不含电子邮件地址。
# A checkbox, when the reader has signed in.
support-details-include-name = 包含我的登录名和电子邮件地址
# A checkbox.
support-details-include-email = 包含电子邮件地址（默认会被删除）
support-details-download = 下载为 .txt
support-details-share-title = 分享此诊断
support-details-share-note = 此链接会在另一台设备上打开同样的诊断。它包含上面的代码和 ID，绝不会包含令牌或您的电子邮件地址。
support-details-share-link = 此诊断的链接
support-details-admin-link = 给 IT 管理员的链接
# After the link above.
support-details-admin-link-note = （打开管理员的操作步骤）

## src/pages/not_found.rs: an address this site does not have.

not-found-title = 此页面不存在
not-found-text = 地址可能输入有误，或者来自本网站的旧版本。
not-found-home = 前往首页

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = 此页面属于完整版帮助网站。
other-build-open = 打开
