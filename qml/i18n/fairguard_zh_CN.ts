<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoothCard</name>
    <message>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
    <message>
        <source>Hall %1 · %2</source>
        <translation>展馆 %1 · %2</translation>
    </message>
    <message>
        <source>Not in the fair&apos;s booth list</source>
        <translation>不在本届展会的展位名单中</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>No case at this booth.</source>
        <translation>该展位暂无案件。</translation>
    </message>
    <message>
        <source>Next defence deadline: %1 (%2)</source>
        <translation>最近答辩期限：%1（%2）</translation>
    </message>
    <message>
        <source>1 case at this booth, %1 open</source>
        <translation>该展位共 1 件案件，%1 件未结</translation>
    </message>
    <message>
        <source>%1 cases at this booth, %2 open</source>
        <translation>该展位共 %1 件案件，%2 件未结</translation>
    </message>
</context>
<context>
    <name>CaseActionEditor</name>
    <message>
        <source>Booth sticker (scan at the booth: proof of presence)</source>
        <translation>展位二维码（在展位现场扫描，作为到场凭证）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Received by (name at the booth)</source>
        <translation>签收人（展位人员姓名）</translation>
    </message>
    <message>
        <source>Transferred to (office)</source>
        <translation>移交机关</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>扫描…</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message>
        <source>%1 against %2</source>
        <translation>%1 诉 %2</translation>
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>代理人：%1</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <source>booth %1</source>
        <translation>展位 %1</translation>
    </message>
    <message>
        <source>hall %1</source>
        <translation>展馆 %1</translation>
    </message>
    <message>
        <source>  (typed, not verified)</source>
        <translation>（手工录入，未经验证）</translation>
    </message>
    <message>
        <source>Right and product</source>
        <translation>权利与产品</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>权利</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>授权日 %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>涉嫌侵权产品</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Documents shown at intake (%1)</source>
        <translation>受理时出示的材料（%1）</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Handed to %1</source>
        <translation>签收人 %1</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>拒绝签收</translation>
    </message>
    <message>
        <source>Receipt signed</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Witness: %1</source>
        <translation>见证人：%1</translation>
    </message>
    <message>
        <source>Defences (%1)</source>
        <translation>答辩（%1）</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>收到时间 %1</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>措施：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sanction: %1</source>
        <translation>处罚：%1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Papers issued (%1)</source>
        <translation>已出具文书（%1）</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>查看%1</translation>
    </message>
    <message>
        <source>%1: the complainant signs for it</source>
        <translation>%1：投诉人签收</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>‹ Cases</source>
        <translation>‹ 案件列表</translation>
    </message>
    <message>
        <source>Defence deadline %1 · %2</source>
        <translation>答辩期限 %1 · %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>尚无证据。</translation>
    </message>
    <message>
        <source>Receipt of the notice: sign or refuse</source>
        <translation>告知书签收：签名或拒签</translation>
    </message>
    <message>
        <source>Receipt of the decision notice: sign or refuse</source>
        <translation>处理决定书签收：签名或拒签</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>This tablet&apos;s clock is %1 behind the bureau&apos;s. Set the date and time automatically in the tablet&apos;s settings.</source>
        <translation>本平板的时钟比知识产权局的慢 %1。请在平板的设置中开启自动设置日期和时间。</translation>
    </message>
    <message>
        <source>This tablet&apos;s clock is %1 ahead of the bureau&apos;s. Set the date and time automatically in the tablet&apos;s settings.</source>
        <translation>本平板的时钟比知识产权局的快 %1。请在平板的设置中开启自动设置日期和时间。</translation>
    </message>
</context>
<context>
    <name>CodeChecks</name>
    <message>
        <source>Enter the patent number.</source>
        <translation>请输入专利号。</translation>
    </message>
    <message>
        <source>This is a publication number (CN...A/U/S); enter the application number (ZL...).</source>
        <translation>这是公开（公告）号（CN…A/U/S），请输入专利申请号（ZL…）。</translation>
    </message>
    <message>
        <source>Only digits, and X as the check character.</source>
        <translation>只能输入数字，校验位可以是 X。</translation>
    </message>
    <message>
        <source>A patent number has 12 digits (8 before 2003) and a check character.</source>
        <translation>专利号为 12 位数字（2003 年以前为 8 位）加一位校验位。</translation>
    </message>
    <message>
        <source>The type digit (5th) must be 1, 2, 3, 8 or 9.</source>
        <translation>第 5 位（专利类型）必须是 1、2、3、8 或 9。</translation>
    </message>
    <message>
        <source>The year in this number is impossible.</source>
        <translation>号码中的年份不可能存在。</translation>
    </message>
    <message>
        <source>Add the check character after the dot (it should be %1).</source>
        <translation>请在小数点后补上校验位（应为 %1）。</translation>
    </message>
    <message>
        <source>Check character wrong: typo or misread number (expected %1).</source>
        <translation>校验位不符：号码可能输错或识别错误（应为 %1）。</translation>
    </message>
    <message>
        <source>invention patent</source>
        <translation>发明专利</translation>
    </message>
    <message>
        <source>utility model</source>
        <translation>实用新型</translation>
    </message>
    <message>
        <source>design patent</source>
        <translation>外观设计</translation>
    </message>
    <message>
        <source>PCT invention</source>
        <translation>PCT 发明</translation>
    </message>
    <message>
        <source>PCT utility model</source>
        <translation>PCT 实用新型</translation>
    </message>
    <message>
        <source>Enter the registration number.</source>
        <translation>请输入注册号或登记号。</translation>
    </message>
    <message>
        <source>This number is of another type (%1) than the one chosen.</source>
        <translation>该号码属于其他类型（%1），与所选权利类型不符。</translation>
    </message>
    <message>
        <source>Valid %1 number</source>
        <translation>有效的%1号码</translation>
    </message>
    <message>
        <source>This code is not a FairGuard booth sticker.</source>
        <translation>该条码不是 FairGuard 展位二维码。</translation>
    </message>
    <message>
        <source>Damaged or incomplete booth sticker.</source>
        <translation>展位二维码已损坏或不完整。</translation>
    </message>
    <message>
        <source>Forged or altered sticker: not signed by the bureau. Enter the booth by hand and report it.</source>
        <translation>伪造或被篡改的展位二维码：没有知识产权局的签名。请手工录入展位并报告此情况。</translation>
    </message>
    <message>
        <source>Genuine sticker, but of another fair (%1).</source>
        <translation>二维码真实，但属于其他展会（%1）。</translation>
    </message>
    <message>
        <source>Verified booth %1 (not in the booth list)</source>
        <translation>已验证展位 %1（不在展位名单中）</translation>
    </message>
    <message>
        <source>Verified booth %1: %2</source>
        <translation>已验证展位 %1：%2</translation>
    </message>
    <message>
        <source>Product code check digit wrong (expected %1): rescan or retype.</source>
        <translation>商品条码校验位不符（应为 %1）：请重新扫描或输入。</translation>
    </message>
    <message>
        <source>A numeric product code has 8, 12, 13 or 14 digits.</source>
        <translation>数字商品条码应为 8、12、13 或 14 位。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 of %2 cases</source>
        <translation>共 %2 件，显示 %1 件</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>No complaints yet.</source>
        <translation>暂无投诉。</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>没有符合搜索条件的案件。</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>正在加载案件…</translation>
    </message>
    <message>
        <source>Showing: %1, received today</source>
        <translation>显示：%1，今日收到</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>显示全部案件</translation>
    </message>
    <message>
        <source>No case in this status matches.</source>
        <translation>没有该状态的案件。</translation>
    </message>
    <message>
        <source>Self-service (%1)</source>
        <translation>自助登记（%1）</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>自助登记</translation>
    </message>
    <message>
        <source>Search or scan: booth, exhibitor, complainant, patent or case number</source>
        <translation>搜索或扫码：展位、参展商、投诉人、专利号或案件编号</translation>
    </message>
    <message>
        <source>Scan sticker</source>
        <translation>扫描展位码</translation>
    </message>
</context>
<context>
    <name>DataVault</name>
    <message>
        <source>Your roster entry has no data key (you were added with an older relay). Ask the bureau to add you again, or let another officer sign in.</source>
        <translation>您的名册条目没有数据密钥（您是由旧版中继添加的）。请联系知识产权局重新添加您，或请其他执法人员登录。</translation>
    </message>
    <message>
        <source>This station has no key for you yet. Any officer who has used this station must sign in once; then you can.</source>
        <translation>本工作站还没有您的密钥。请任一用过本工作站的执法人员先登录一次，之后您即可登录。</translation>
    </message>
    <message>
        <source>The station&apos;s data does not open: %1</source>
        <translation>无法打开本工作站的数据：%1</translation>
    </message>
    <message>
        <source>The station&apos;s data cannot be read: %1</source>
        <translation>无法读取本工作站的数据：%1</translation>
    </message>
</context>
<context>
    <name>DecisionConfirmation</name>
    <message>
        <source>Check the decision. &quot;Record decision&quot; signs it as %1 (%2) at station %3 and makes the decision notice for the parties.</source>
        <translation>请核对处理决定。点击“记录处理决定”后，将以 %1（%2）的名义在工作站 %3 签署，并制作送交当事人的处理决定书。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处罚措施</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>The exhibit shows every feature of the registered design.</source>
        <translation>展品具有该外观设计的全部特征。</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录处理决定</translation>
    </message>
    <message>
        <source>Outcome (choose one)</source>
        <translation>处理结果（选择一项）</translation>
    </message>
    <message>
        <source>Sanction (only with a finding of infringement)</source>
        <translation>处罚措施（仅在认定侵权时）</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Review decision…</source>
        <translation>核对处理决定…</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Give the reasons: why the exhibit infringes the right (the features or claims compared).</source>
        <translation>请写明理由：展品为何侵犯该权利（比对的特征或权利要求）。</translation>
    </message>
    <message>
        <source>Give the reasons: why the exhibit does not infringe the right.</source>
        <translation>请写明理由：展品为何不侵犯该权利。</translation>
    </message>
    <message>
        <source>Give the reasons: what the respondent withdrew from the fair, and when.</source>
        <translation>请写明理由：被投诉人撤下了哪些展品，何时撤下。</translation>
    </message>
    <message>
        <source>Give the reasons: what the parties agreed.</source>
        <translation>请写明理由：双方达成了什么协议。</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <source>Unknown measure: %1</source>
        <translation>未知措施：%1</translation>
    </message>
    <message>
        <source>Choose the sanction (&quot;No sanction&quot; when there is none).</source>
        <translation>请选择处罚措施（无处罚时选择“不处罚”）。</translation>
    </message>
    <message>
        <source>Unknown sanction: %1</source>
        <translation>未知处罚：%1</translation>
    </message>
    <message>
        <source>No infringement was found: no measure can be ordered. Untick the measures.</source>
        <translation>未认定侵权：不能采取任何措施。请取消所选措施。</translation>
    </message>
    <message>
        <source>No infringement was found: no sanction can be imposed. Choose &quot;No sanction&quot;.</source>
        <translation>未认定侵权：不能给予处罚。请选择“不处罚”。</translation>
    </message>
    <message>
        <source>Infringement was found: tick what was done with the exhibit (covered or removed).</source>
        <translation>已认定侵权：请勾选对展品采取的措施（遮盖或撤下）。</translation>
    </message>
    <message>
        <source>A sanction needs a finding of infringement (outcome &quot;Cover exhibit&quot;). Choose &quot;No sanction&quot;.</source>
        <translation>处罚须以认定侵权为前提（处理结果为“遮盖”）。请选择“不处罚”。</translation>
    </message>
</context>
<context>
    <name>DefenceEditor</name>
    <message>
        <source>Document or photo the respondent handed over</source>
        <translation>被投诉人提交的文件或照片</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Record defence</source>
        <translation>记录答辩</translation>
    </message>
    <message>
        <source>The defence period ended %1: this defence will be recorded as late.</source>
        <translation>答辩期限已于 %1 届满：本次答辩将记录为逾期。</translation>
    </message>
    <message>
        <source>Summary of the defence</source>
        <translation>答辩要点</translation>
    </message>
    <message>
        <source>What the respondent answers, in their words or summarised</source>
        <translation>被投诉人的答辩内容（原话或摘要）</translation>
    </message>
    <message>
        <source>Handed over with it (%1)</source>
        <translation>随答辩提交的材料（%1）</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DefenceSummary</name>
    <message>
        <source>The defence</source>
        <translation>答辩</translation>
    </message>
    <message>
        <source>No defence recorded. The defence period ends %1; without one the officers still decide.</source>
        <translation>尚未记录答辩。答辩期限至 %1；未答辩的，执法人员仍可作出处理决定。</translation>
    </message>
    <message>
        <source>No notice was served, so no defence was asked for.</source>
        <translation>尚未送达告知书，因此未要求答辩。</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>收到时间 %1</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（逾期）</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>This station is not enrolled in a fair yet.</source>
        <translation>本工作站尚未注册到任何展会。</translation>
    </message>
    <message>
        <source>The paper could not be made: %1</source>
        <translation>文书无法生成：%1</translation>
    </message>
    <message>
        <source>The paper was not saved: %1</source>
        <translation>文书未保存：%1</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewPage</name>
    <message>
        <source>‹ Case</source>
        <translation>‹ 案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Printer queue (empty: the default printer)</source>
        <translation>打印队列（留空：默认打印机）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer queue name.</source>
        <translation>“%1”不是打印队列名称。</translation>
    </message>
    <message>
        <source>Cannot print: the print command (%1) is not installed.</source>
        <translation>无法打印：未安装打印命令（%1）。</translation>
    </message>
    <message>
        <source>Cannot print: the print system did not answer within %1 s.</source>
        <translation>无法打印：打印系统在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>the print command failed</source>
        <translation>打印命令失败</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Sent to the printer (job %1).</source>
        <translation>已发送到打印机（任务 %1）。</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Enrol this station</source>
        <translation>注册本工作站</translation>
    </message>
    <message>
        <source>Scan or paste the enrolment code the IP bureau printed for this station (it starts with FGE1:).</source>
        <translation>扫描或粘贴知识产权局为本工作站打印的注册码（以 FGE1: 开头）。</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Import a photo of the enrolment QR code</source>
        <translation>导入注册二维码的照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <source>Import a photo of it…</source>
        <translation>导入二维码照片…</translation>
    </message>
</context>
<context>
    <name>EventRecorder</name>
    <message>
        <source>This station is not enrolled in a fair yet.</source>
        <translation>本工作站尚未注册到任何展会。</translation>
    </message>
    <message>
        <source>Sign in first: every action names its officer.</source>
        <translation>请先登录：每项操作都记录执法人员。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Your signing key is not open: sign out and in again with your PIN (the roster may have changed since you signed in).</source>
        <translation>您的签名密钥未打开：请退出后用 PIN 码重新登录（登录后执法人员名册可能已更新）。</translation>
    </message>
    <message>
        <source>The cases are still loading; try again in a moment.</source>
        <translation>案件仍在加载，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>EvidenceCapture</name>
    <message>
        <source>The station has no blob store.</source>
        <translation>本工作站没有文件库。</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>摄像头未提供画面。</translation>
    </message>
    <message>
        <source>The picture could not be encoded: %1</source>
        <translation>图片无法编码：%1</translation>
    </message>
    <message>
        <source>The picture was not saved: %1</source>
        <translation>图片未保存：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceCorrector</name>
    <message>
        <source>Correct evidence</source>
        <translation>更正证据</translation>
    </message>
    <message>
        <source>The sealed file %1 stays as captured; only its description changes, and the list keeps what it was.</source>
        <translation>已封存的文件 %1 保持采集时原样；只更改其描述，列表仍显示原来的内容。</translation>
    </message>
    <message>
        <source>Only the description changes; the list keeps what it was.</source>
        <translation>只更改描述；列表仍显示原来的内容。</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>已核对原件</translation>
    </message>
    <message>
        <source>Reason for the correction (required)</source>
        <translation>更正原因（必填）</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EvidenceDelegate</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 · %2 · station %3</source>
        <translation>%1 · %2 · 工作站 %3</translation>
    </message>
    <message>
        <source>Booth %1 (sticker scanned %2)</source>
        <translation>展位 %1（%2 扫描展位二维码）</translation>
    </message>
    <message>
        <source>Booth %1 (from the case)</source>
        <translation>展位 %1（取自案件）</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>已核对原件</translation>
    </message>
    <message>
        <source>Copy only</source>
        <translation>仅复印件</translation>
    </message>
    <message>
        <source>Corrected (%1 times)</source>
        <translation>已更正（%1 次）</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>As captured: %1 · %2 · %3</source>
        <translation>采集时：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>无备注</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Import a photo or document</source>
        <translation>导入照片或文件</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <source>Taken at booth %1 (its sticker was scanned at %2). Scan another booth&apos;s sticker first if you are elsewhere.</source>
        <translation>在展位 %1 取证（%2 扫描了该展位二维码）。如在其他展位，请先扫描该展位的二维码。</translation>
    </message>
    <message>
        <source>No booth sticker scanned on this station yet: the item will name the case&apos;s booth %1.</source>
        <translation>本工作站尚未扫描展位二维码：证据将记录案件展位 %1。</translation>
    </message>
    <message>
        <source>Note (what it shows; required for a note on its own)</source>
        <translation>备注（内容说明；单独保存备注时必填）</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>已核对原件</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Scan a code</source>
        <translation>扫描编码</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Complaint station %1</source>
        <translation>投诉工作站 %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>执法人员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unsynced</source>
        <translation>
            <numerusform>%1 · %n 条未同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Bureau log alert</source>
        <translation>知识产权局日志警报</translation>
    </message>
    <message>
        <source>Uploading %1%</source>
        <translation>正在上传 %1%</translation>
    </message>
    <message>
        <source>clock off</source>
        <translation>时钟不准</translation>
    </message>
</context>
<context>
    <name>IntakeComplainantStep</name>
    <message>
        <source>Complainant name</source>
        <translation>投诉人名称</translation>
    </message>
    <message>
        <source>Complainant is a</source>
        <translation>投诉人类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>ID, passport or company registration number</source>
        <translation>身份证、护照号或统一社会信用代码</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>国家/地区（两位字母）</translation>
    </message>
    <message>
        <source>Fair badge number</source>
        <translation>展会证件号</translation>
    </message>
    <message>
        <source>Agent (if filed through one)</source>
        <translation>代理人（如委托代理）</translation>
    </message>
    <message>
        <source>Agent badge number</source>
        <translation>代理人证件号</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
</context>
<context>
    <name>IntakeDocumentsStep</name>
    <message>
        <source> (copy attached)</source>
        <translation>（已附复印件）</translation>
    </message>
    <message>
        <source>Duplicate: the same complainant, right and booth are already in another case of this fair.</source>
        <translation>重复投诉：本届展会已有同一投诉人、同一权利、同一展位的案件。</translation>
    </message>
    <message>
        <source>Same conduct already handled at the previous session</source>
        <translation>同一行为已在上届展会处理过</translation>
    </message>
    <message>
        <source>Note on admissibility</source>
        <translation>受理审查备注</translation>
    </message>
    <message>
        <source>Check admissibility and continue</source>
        <translation>受理审查并继续</translation>
    </message>
    <message>
        <source>Attach a photo or scan of the document</source>
        <translation>附上该文件的照片或扫描件</translation>
    </message>
    <message>
        <source>Required documents: tick each original you have seen, and attach a photo or file of it</source>
        <translation>所需文件：勾选已核对的原件，并附上照片或文件</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>No complaint is open yet. Record the complainant (step 1) and the right (step 2): the checklist of documents this fair requires for them appears here.</source>
        <translation>尚未开启投诉。请先登记投诉人（第 1 步）和权利（第 2 步）：本届展会对其要求的材料清单将显示在这里。</translation>
    </message>
    <message>
        <source>This fair requires no documents for this right and filer. Check admissibility below to go on.</source>
        <translation>本届展会对该权利和投诉人不要求提交材料。请在下方进行受理审查后继续。</translation>
    </message>
    <message>
        <source>All originals seen</source>
        <translation>原件均已核对</translation>
    </message>
</context>
<context>
    <name>IntakeFinishedStep</name>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
</context>
<context>
    <name>IntakeGroundsStep</name>
    <message>
        <source>Grounds of the complaint (what is infringed, and how)</source>
        <translation>投诉理由（侵犯了什么权利，如何侵权）</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>‹ Cases</source>
        <translation>‹ 案件列表</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Entered by the exhibitor at the kiosk (K-%1): check every field against their documents before saving each step.</source>
        <translation>由投诉人在自助终端填写（K-%1）：保存每一步之前，请对照其材料逐项核对。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
</context>
<context>
    <name>IntakeProductStep</name>
    <message>
        <source>Product description</source>
        <translation>产品描述</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Product code (EAN/UPC, QR text)</source>
        <translation>商品条码（EAN/UPC、二维码内容）</translation>
    </message>
    <message>
        <source>Displayed as</source>
        <translation>展示形式</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>展品</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation>宣传册</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>网络链接</translation>
    </message>
    <message>
        <source>Address of the online listing</source>
        <translation>网络商品链接地址</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>扫描…</translation>
    </message>
</context>
<context>
    <name>IntakeRespondentStep</name>
    <message>
        <source>Booth sticker</source>
        <translation>展位二维码</translation>
    </message>
    <message>
        <source>Scan the booth&apos;s QR sticker (the scanner types here) or paste its text</source>
        <translation>扫描展位二维码（扫码枪会输入到此处）或粘贴其内容</translation>
    </message>
    <message>
        <source>Use verified booth</source>
        <translation>使用已验证展位</translation>
    </message>
    <message>
        <source>No sticker: type the booth</source>
        <translation>无二维码：手工输入展位</translation>
    </message>
    <message>
        <source>Booth code, e.g. 9.1K23</source>
        <translation>展位号，如 9.1K23</translation>
    </message>
    <message>
        <source>Exhibitor (filled from the booth list when known)</source>
        <translation>参展商（展位名单中有的自动填写）</translation>
    </message>
    <message>
        <source>Save typed booth (marked as manual)</source>
        <translation>保存手工输入的展位（标记为手工录入）</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>扫描…</translation>
    </message>
</context>
<context>
    <name>IntakeReviewStep</name>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>权利</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <source>  (typed, not verified)</source>
        <translation>（手工录入，未经验证）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>涉嫌侵权产品</translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>受理审查</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未审查</translation>
    </message>
    <message>
        <source>duplicate of another case</source>
        <translation>与其他案件重复</translation>
    </message>
    <message>
        <source>documents complete</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Reason for rejection (told to the complainant)</source>
        <translation>不予受理理由（告知投诉人）</translation>
    </message>
    <message>
        <source>Reject: not admissible</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Signature saved ✓</source>
        <translation>签名已保存 ✓</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Save signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <source>Accept complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>ID / registration number</source>
        <translation>证件号码/登记号码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Fair badge</source>
        <translation>展会证件号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source> (badge %1)</source>
        <translation>（证件号 %1）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>权利名称</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>专利权评价报告</translation>
    </message>
    <message>
        <source>hall %1</source>
        <translation>展馆 %1</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <source>How it is shown</source>
        <translation>展示方式</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>original seen, copy attached</source>
        <translation>已核对原件，已附副本</translation>
    </message>
    <message>
        <source>original seen, no copy</source>
        <translation>已核对原件，未附副本</translation>
    </message>
    <message>
        <source>copy attached, original not seen</source>
        <translation>已附副本，未核对原件</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Cannot accept yet:</source>
        <translation>暂不能受理：</translation>
    </message>
</context>
<context>
    <name>IntakeRightStep</name>
    <message>
        <source>Type of right</source>
        <translation>权利类型</translation>
    </message>
    <message>
        <source>Number (patent: e.g. ZL 2017 1 0601862.3)</source>
        <translation>号码（专利如 ZL 2017 1 0601862.3）</translation>
    </message>
    <message>
        <source>Title of the right</source>
        <translation>权利名称</translation>
    </message>
    <message>
        <source>Patent evaluation report number</source>
        <translation>专利权评价报告编号</translation>
    </message>
    <message>
        <source>Complainant holds the right as</source>
        <translation>投诉人的权利身份</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>Exclusive licensee</source>
        <translation>独占被许可人</translation>
    </message>
    <message>
        <source>Sole licensee</source>
        <translation>排他被许可人</translation>
    </message>
    <message>
        <source>Ordinary licensee</source>
        <translation>普通被许可人</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
</context>
<context>
    <name>IntakeStepBar</name>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>权利</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>涉嫌侵权产品</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>KioskExitPanel</name>
    <message>
        <source>Officers only: exit the self-service kiosk</source>
        <translation>仅限执法人员：退出自助登记模式</translation>
    </message>
    <message>
        <source>Officer id</source>
        <translation>执法人员编号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>退出自助模式</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>About you</source>
        <translation>投诉人信息</translation>
    </message>
    <message>
        <source>You complain as</source>
        <translation>投诉人类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>ID card or passport number</source>
        <translation>身份证或护照号码</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>统一社会信用代码或注册号</translation>
    </message>
    <message>
        <source>Country (two letters, e.g. CN, DE, US)</source>
        <translation>国家/地区（两位字母，如 CN、DE、US）</translation>
    </message>
    <message>
        <source>Your fair badge number</source>
        <translation>您的展会证件号</translation>
    </message>
    <message>
        <source>Agent&apos;s name (if an agent files for you)</source>
        <translation>代理人姓名（如委托代理人）</translation>
    </message>
    <message>
        <source>Agent&apos;s badge number</source>
        <translation>代理人证件号</translation>
    </message>
    <message>
        <source>Phone or e-mail where we can reach you</source>
        <translation>联系电话或电子邮箱</translation>
    </message>
    <message>
        <source>Type of right</source>
        <translation>权利类型</translation>
    </message>
    <message>
        <source>Number (patent: e.g. ZL 2017 1 0601862.3)</source>
        <translation>号码（专利如：ZL 2017 1 0601862.3）</translation>
    </message>
    <message>
        <source>Title of the right (e.g. the design&apos;s name)</source>
        <translation>权利名称（如外观设计名称）</translation>
    </message>
    <message>
        <source>Booth %1 · %2</source>
        <translation>展位 %1 · %2</translation>
    </message>
    <message>
        <source>Or type the booth number, e.g. 9.1K23</source>
        <translation>或输入展位号，如 9.1K23</translation>
    </message>
    <message>
        <source>What is infringed, and how (briefly)</source>
        <translation>侵权内容及方式（简述）</translation>
    </message>
    <message>
        <source>This is not a complaint yet: your entry stays in this tablet&apos;s memory only, until an officer checks it with you and records it.</source>
        <translation>此登记尚不构成投诉：内容仅保存在本平板的内存中，由执法人员与您核对并记录后方成为投诉。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新填写</translation>
    </message>
    <message>
        <source>Send to the officers</source>
        <translation>提交给执法人员</translation>
    </message>
    <message>
        <source>How to reach you, and your agent</source>
        <translation>联系方式和代理人</translation>
    </message>
    <message>
        <source>Your right</source>
        <translation>您的权利</translation>
    </message>
    <message>
        <source>The booth, and what is infringed</source>
        <translation>被投诉展位和侵权情况</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Scan the accused booth&apos;s QR sticker (optional)</source>
        <translation>扫描被投诉展位的二维码标签（选填）</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>扫描…</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Complaint self-service · %1</source>
        <translation>投诉自助登记 · %1</translation>
    </message>
    <message>
        <source>Staff exit</source>
        <translation>工作人员退出</translation>
    </message>
</context>
<context>
    <name>KioskQueuePage</name>
    <message>
        <source>‹ Cases</source>
        <translation>‹ 案件列表</translation>
    </message>
    <message>
        <source>Self-service submissions</source>
        <translation>自助登记</translation>
    </message>
    <message>
        <source>Hand to exhibitors (kiosk mode)</source>
        <translation>交给投诉人使用（自助模式）</translation>
    </message>
    <message>
        <source>Held in this tablet&apos;s memory only (lost if the app closes); none is a case until you record it. Check every field with the complainant and their documents.</source>
        <translation>仅保存在本平板内存中（关闭应用即丢失）；记录之前均不构成案件。请与投诉人对照材料逐项核对。</translation>
    </message>
    <message>
        <source>No self-service submission is waiting.</source>
        <translation>没有待处理的自助登记。</translation>
    </message>
</context>
<context>
    <name>KioskSubmissionDelegate</name>
    <message>
        <source>booth %1</source>
        <translation>展位 %1</translation>
    </message>
    <message>
        <source>opened by %1</source>
        <translation>由 %1 接手</translation>
    </message>
    <message>
        <source>Remove for good?</source>
        <translation>确定删除？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接手办理</translation>
    </message>
</context>
<context>
    <name>KioskThanks</name>
    <message>
        <source>Thank you. Your details have been passed to the officers.</source>
        <translation>谢谢。您的信息已提交给执法人员。</translation>
    </message>
    <message>
        <source>Your number: K-%1</source>
        <translation>您的登记号：K-%1</translation>
    </message>
    <message>
        <source>Please wait near the desk with your documents (right certificate, identity, power of attorney). Nothing is recorded as a complaint until an officer has checked it with you.</source>
        <translation>请携带材料（权利证书、身份证明、授权委托书）在工作台旁等候。执法人员与您核对之前，不会记录为投诉。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not opened</source>
        <translation>未立案</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Notice served</source>
        <translation>已送达告知书</translation>
    </message>
    <message>
        <source>Defence received</source>
        <translation>已收到答辩</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已作出处理决定</translation>
    </message>
    <message>
        <source>Complaint withdrawn</source>
        <translation>撤回投诉</translation>
    </message>
    <message>
        <source>Transferred as formal case</source>
        <translation>移交立案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Invention patent</source>
        <translation>发明专利</translation>
    </message>
    <message>
        <source>Utility model</source>
        <translation>实用新型</translation>
    </message>
    <message>
        <source>Design patent</source>
        <translation>外观设计</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商标</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>著作权</translation>
    </message>
    <message>
        <source>Geographical indication</source>
        <translation>地理标志</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <source>Patent certificate</source>
        <translation>专利证书</translation>
    </message>
    <message>
        <source>Legal status (annual fee) proof</source>
        <translation>法律状态（年费缴纳）证明</translation>
    </message>
    <message>
        <source>Patent text (claims, drawings)</source>
        <translation>专利文本（权利要求、附图）</translation>
    </message>
    <message>
        <source>Trademark registration certificate</source>
        <translation>商标注册证</translation>
    </message>
    <message>
        <source>Copyright registration or proof</source>
        <translation>著作权登记证书或权属证明</translation>
    </message>
    <message>
        <source>Geographical indication approval</source>
        <translation>地理标志批准文件</translation>
    </message>
    <message>
        <source>Agent&apos;s identity document</source>
        <translation>代理人身份证明</translation>
    </message>
    <message>
        <source>Patent evaluation report</source>
        <translation>专利权评价报告</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证明</translation>
    </message>
    <message>
        <source>Company registration</source>
        <translation>营业执照（主体资格证明）</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Licence contract</source>
        <translation>许可合同</translation>
    </message>
    <message>
        <source>Notarisation of foreign documents</source>
        <translation>境外文件公证认证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <source>Withdraw exhibit</source>
        <translation>撤展</translation>
    </message>
    <message>
        <source>Cover exhibit</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <source>No infringement</source>
        <translation>未构成侵权</translation>
    </message>
    <message>
        <source>Settled by mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Exhibit removed</source>
        <translation>展品已撤下</translation>
    </message>
    <message>
        <source>Exhibit covered</source>
        <translation>展品已遮盖</translation>
    </message>
    <message>
        <source>Materials sealed</source>
        <translation>宣传材料已封存</translation>
    </message>
    <message>
        <source>Materials removed</source>
        <translation>宣传材料已撤除</translation>
    </message>
    <message>
        <source>Online link taken down</source>
        <translation>网络链接已删除</translation>
    </message>
    <message>
        <source>No sanction</source>
        <translation>不处罚</translation>
    </message>
    <message>
        <source>Notice to the trade delegation</source>
        <translation>通报交易团</translation>
    </message>
    <message>
        <source>Notice to the whole fair</source>
        <translation>全会通报</translation>
    </message>
    <message>
        <source>Excluded from next session</source>
        <translation>取消下届参展资格</translation>
    </message>
    <message>
        <source>Photo of exhibit</source>
        <translation>展品照片</translation>
    </message>
    <message>
        <source>Photo of document</source>
        <translation>文件照片</translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation>宣传册</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>扫描条码</translation>
    </message>
    <message>
        <source>Serve notice</source>
        <translation>送达告知书</translation>
    </message>
    <message>
        <source>Record defence</source>
        <translation>记录答辩</translation>
    </message>
    <message>
        <source>Transfer as formal case</source>
        <translation>移交立案</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>接收投诉</translation>
    </message>
    <message>
        <source>Complainant recorded</source>
        <translation>记录投诉人</translation>
    </message>
    <message>
        <source>Right recorded</source>
        <translation>记录权利</translation>
    </message>
    <message>
        <source>Respondent recorded</source>
        <translation>记录被投诉人</translation>
    </message>
    <message>
        <source>Accused product recorded</source>
        <translation>记录涉嫌侵权产品</translation>
    </message>
    <message>
        <source>Grounds recorded</source>
        <translation>记录投诉理由</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>附加材料</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Evidence corrected</source>
        <translation>更正证据</translation>
    </message>
    <message>
        <source>Admissibility checked</source>
        <translation>受理审查</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>提交投诉</translation>
    </message>
    <message>
        <source>Rejected (not admissible)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Defence recorded</source>
        <translation>记录答辩</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>作出处理决定</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Acknowledgement signed</source>
        <translation>签署回执</translation>
    </message>
    <message>
        <source>Finish the intake</source>
        <translation>完成受理登记</translation>
    </message>
    <message>
        <source>Check the papers: accept or reject</source>
        <translation>审查材料：受理或不予受理</translation>
    </message>
    <message>
        <source>Serve the notice at the booth</source>
        <translation>到展位送达告知书</translation>
    </message>
    <message>
        <source>Waiting for the defence</source>
        <translation>等待答辩</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>作出处理决定</translation>
    </message>
    <message>
        <source>Reasons: why the exhibit infringes the right (features or claims compared)</source>
        <translation>理由：展品为何侵犯该权利（比对的特征或权利要求）</translation>
    </message>
    <message>
        <source>Reasons: why the exhibit does not infringe the right</source>
        <translation>理由：展品为何不侵犯该权利</translation>
    </message>
    <message>
        <source>Reasons: what the respondent withdrew from the fair, and when</source>
        <translation>理由：被投诉人撤下了哪些展品，何时撤下</translation>
    </message>
    <message>
        <source>Reasons: what the parties agreed</source>
        <translation>理由：双方达成的协议</translation>
    </message>
    <message>
        <source>Reasons (choose the outcome first)</source>
        <translation>理由（请先选择处理结果）</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录处理决定</translation>
    </message>
    <message>
        <source>Withdraw complaint</source>
        <translation>撤回投诉</translation>
    </message>
    <message>
        <source>Notice of complaint</source>
        <translation>投诉通知书</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>Rejection notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Decision notice</source>
        <translation>处理决定书</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>展品</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>网络链接</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FairGuard complaint station</source>
        <translation>FairGuard 投诉工作站</translation>
    </message>
</context>
<context>
    <name>MeasureChecklist</name>
    <message>
        <source>Measures taken</source>
        <translation>采取的措施</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <source>Photo of the notice left at the booth</source>
        <translation>留置在展位的告知书照片</translation>
    </message>
    <message>
        <source>Receipt of the notice</source>
        <translation>告知书签收</translation>
    </message>
    <message>
        <source>Name of the person at the booth</source>
        <translation>展位签收人姓名</translation>
    </message>
    <message>
        <source>Role at the booth (e.g. booth manager)</source>
        <translation>在展位的职务（如展位负责人）</translation>
    </message>
    <message>
        <source>Refuses to sign</source>
        <translation>拒绝签收</translation>
    </message>
    <message>
        <source>The recipient signs here</source>
        <translation>签收人在此签名</translation>
    </message>
    <message>
        <source>Leave the notice at the booth and photograph it there; a second officer witnesses the refusal.</source>
        <translation>将告知书留置在展位并现场拍照；由第二名执法人员见证拒签。</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Import photo…</source>
        <translation>导入照片…</translation>
    </message>
    <message>
        <source>Photo sealed ✓</source>
        <translation>照片已封存 ✓</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>尚无照片</translation>
    </message>
    <message>
        <source>Witness: the second officer&apos;s id (e.g. OF-023)</source>
        <translation>见证人：第二名执法人员编号（如 OF-023）</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>记录拒签</translation>
    </message>
    <message>
        <source>Record receipt</source>
        <translation>记录签收</translation>
    </message>
    <message>
        <source>Receipt of the decision notice</source>
        <translation>处理决定书签收</translation>
    </message>
    <message>
        <source>Leave the decision notice at the booth and photograph it there; a second officer witnesses the refusal.</source>
        <translation>将处理决定书留置在展位并现场拍照；由第二名执法人员见证拒签。</translation>
    </message>
    <message>
        <source>Name of the complainant (or their agent)</source>
        <translation>投诉人（或其代理人）姓名</translation>
    </message>
    <message>
        <source>The complainant&apos;s receipt: %1</source>
        <translation>投诉人签收：%1</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Import an image of the code</source>
        <translation>导入编码图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Scan a code</source>
        <translation>扫描编码</translation>
    </message>
    <message>
        <source>No camera found on this station. Import an image of the code or type it below.</source>
        <translation>本工作站未发现摄像头。请导入编码图片，或在下方输入编码。</translation>
    </message>
    <message>
        <source>Import an image…</source>
        <translation>导入图片…</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>输入编码</translation>
    </message>
    <message>
        <source>Code found: %1 (%2)</source>
        <translation>已找到编码：%1（%2）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>使用此编码</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>拍照取证</translation>
    </message>
    <message>
        <source>Scan the booth sticker</source>
        <translation>扫描展位二维码</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>No camera found on this station. Go back and import the picture as a file.</source>
        <translation>本工作站未发现摄像头。请返回并以文件方式导入图片。</translation>
    </message>
    <message>
        <source>Or paste the sticker&apos;s text</source>
        <translation>或粘贴展位二维码文本</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message numerus="yes">
        <source>%n event(s) of station %1 set aside: the bureau revoked this device on %3 (its events after no. %2 are kept as evidence only).</source>
        <translation>
            <numerusform>工作站 %1 的 %n 个事件已搁置：知识产权局于 %3 吊销了该设备（其第 %2 号之后的事件仅作为证据保留）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of this case set aside: the bureau revoked station %1 on %3 (its events after no. %2 are kept as evidence only, not shown here).</source>
        <translation>
            <numerusform>本案有 %n 个事件已搁置：知识产权局于 %3 吊销了工作站 %1（其第 %2 号之后的事件仅作为证据保留，此处不显示）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of station %1 kept apart: the officer signature does not hold (no. %2: %3). Kept as evidence only.</source>
        <translation>
            <numerusform>工作站 %1 的 %n 个事件已搁置：执法人员签名无效（第 %2 号：%3）。仅作为证据保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of this case kept apart: station %1&apos;s officer signature does not hold (%2). Kept as evidence only, not shown here.</source>
        <translation>
            <numerusform>本案 %n 个事件已搁置：工作站 %1 的执法人员签名无效（%2）。仅作为证据保留，此处不显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Station locked</source>
        <translation>工作站已锁定</translation>
    </message>
    <message>
        <source>Locked: sign in to continue</source>
        <translation>已锁定：请登录后继续</translation>
    </message>
    <message>
        <source>Officer sign-in</source>
        <translation>执法人员登录</translation>
    </message>
    <message>
        <source>%1 was signed in. Open work is kept; any officer may continue it.</source>
        <translation>%1 曾登录。未完成的工作已保留，任何执法人员均可继续办理。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. A supervisor signs in below to unlock the station.</source>
        <translation>PIN 错误次数过多。请由负责人在下方登录以解锁工作站。</translation>
    </message>
    <message>
        <source>Supervisor id</source>
        <translation>负责人编号</translation>
    </message>
    <message>
        <source>Officer id</source>
        <translation>执法人员编号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Unlock station</source>
        <translation>解锁工作站</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Complaint station %1</source>
        <translation>投诉工作站 %1</translation>
    </message>
    <message>
        <source>Complaint data on this tablet is encrypted and opens only with an officer&apos;s PIN.</source>
        <translation>本平板上的投诉数据已加密，只有执法人员的 PIN 才能打开。</translation>
    </message>
</context>
<context>
    <name>SignatureImage</name>
    <message>
        <source>The signature is not a PNG image.</source>
        <translation>签名不是 PNG 图片。</translation>
    </message>
    <message>
        <source>The signature image cannot be read.</source>
        <translation>无法读取签名图片。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Complainant signs here</source>
        <translation>投诉人在此签名</translation>
    </message>
</context>
<context>
    <name>StickerVerdict</name>
    <message>
        <source>FORGED STICKER</source>
        <translation>伪造的展位二维码</translation>
    </message>
    <message>
        <source>Genuine sticker: booth %1</source>
        <translation>展位二维码真实：展位 %1</translation>
    </message>
    <message>
        <source>Not a valid booth sticker</source>
        <translation>不是有效的展位二维码</translation>
    </message>
    <message>
        <source>Not in the booth list</source>
        <translation>不在展位名单中</translation>
    </message>
</context>
<context>
    <name>SyncDetailsPopup</name>
    <message>
        <source>Sync with the bureau</source>
        <translation>与知识产权局同步</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n event(s)</source>
        <translation>
            <numerusform>待发送：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>In the bureau log, proof checked: %1 · received, proof pending: %2</source>
        <translation>已入知识产权局日志并核验证明：%1 · 知识产权局已接收、证明待核验：%2</translation>
    </message>
    <message>
        <source>Uploading evidence: %1 of %2 MB</source>
        <translation>正在上传证据：%1 / %2 MB</translation>
    </message>
    <message>
        <source>Bureau log alert: %1</source>
        <translation>知识产权局日志警报：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Not applied: </source>
        <translation>未生效：</translation>
    </message>
    <message>
        <source>In bureau log ✓</source>
        <translation>已入知识产权局日志 ✓</translation>
    </message>
    <message>
        <source>At the bureau</source>
        <translation>知识产权局已接收</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>仅在本机</translation>
    </message>
    <message>
        <source>signed ✓</source>
        <translation>已签名 ✓</translation>
    </message>
    <message>
        <source>signature ✗</source>
        <translation>签名无效 ✗</translation>
    </message>
</context>
<context>
    <name>TodayCaseList</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>‹ Cases</source>
        <translation>‹ 案件列表</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日，%1</translation>
    </message>
    <message>
        <source>%1 received today · %2 in the fair</source>
        <translation>今日收到 %1 件 · 本届展会共 %2 件</translation>
    </message>
    <message numerus="yes">
        <source>Defence deadlines due in the next %n hours</source>
        <translation>
            <numerusform>未来 %n 小时内到期的答辩期限</numerusform>
        </translation>
    </message>
    <message>
        <source> (earliest %1 of %2)</source>
        <translation>（共 %2 件，显示最早的 %1 件）</translation>
    </message>
    <message>
        <source>No defence deadline in the next hours.</source>
        <translation>未来几小时内没有到期的答辩期限。</translation>
    </message>
    <message>
        <source>My cases (%1)</source>
        <translation>我的案件（%1）</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <source>You have not received or acted on a case yet.</source>
        <translation>您尚未受理或处理任何案件。</translation>
    </message>
</context>
<context>
    <name>TodayStatusTable</name>
    <message>
        <source>Cases by status</source>
        <translation>按状态统计案件</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No complaints yet.</source>
        <translation>暂无投诉。</translation>
    </message>
</context>
<context>
    <name>fg::CaseController</name>
    <message>
        <source>serve the notice</source>
        <translation>送达告知书</translation>
    </message>
    <message>
        <source>record a defence</source>
        <translation>记录答辩</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>作出处理决定</translation>
    </message>
    <message>
        <source>withdraw the complaint</source>
        <translation>撤回投诉</translation>
    </message>
    <message>
        <source>transfer as a formal case</source>
        <translation>移交立案</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>没有打开的案件。</translation>
    </message>
    <message>
        <source>Cannot %1 while the case is &quot;%2&quot;.</source>
        <translation>案件处于“%2”状态，不能%1。</translation>
    </message>
    <message>
        <source>This sticker is of booth %1; the case is about booth %2.</source>
        <translation>该二维码属于展位 %1，而本案涉及展位 %2。</translation>
    </message>
    <message>
        <source>Summarise the respondent&apos;s defence.</source>
        <translation>请填写被投诉人的答辩要点。</translation>
    </message>
    <message>
        <source>Choose the kind of evidence.</source>
        <translation>请选择证据类型。</translation>
    </message>
    <message>
        <source>Choose a file or write a note.</source>
        <translation>请选择文件或填写备注。</translation>
    </message>
    <message>
        <source>No camera picture to take.</source>
        <translation>没有可拍摄的摄像头画面。</translation>
    </message>
    <message>
        <source>No code was read.</source>
        <translation>未读取到编码。</translation>
    </message>
    <message>
        <source>correct evidence</source>
        <translation>更正证据</translation>
    </message>
    <message>
        <source>Evidence item %1 is not part of case %2.</source>
        <translation>证据 %1 不属于案件 %2。</translation>
    </message>
    <message>
        <source>This item was corrected already: correct its latest version.</source>
        <translation>此证据已被更正：请更正其最新版本。</translation>
    </message>
    <message>
        <source>Say why the item is corrected.</source>
        <translation>请说明更正原因。</translation>
    </message>
    <message>
        <source>This item is a sealed picture or file: its kind cannot be a note or a scanned code.</source>
        <translation>此证据是已封存的图片或文件：类型不能改为备注或扫描码。</translation>
    </message>
    <message>
        <source>This item has no picture or file: it can only be a note or a scanned code.</source>
        <translation>此证据没有图片或文件：只能是备注或扫描码。</translation>
    </message>
    <message>
        <source>A note or code without its text would say nothing.</source>
        <translation>备注或扫描码不能没有文字内容。</translation>
    </message>
    <message>
        <source>Nothing changed: change the kind, the note or &quot;Original seen&quot;.</source>
        <translation>没有任何更改：请更改类型、备注或“已核对原件”。</translation>
    </message>
    <message>
        <source>This paper is not part of case %1.</source>
        <translation>该文书不属于案件 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer queue name.</source>
        <translation>“%1”不是打印队列名称。</translation>
    </message>
    <message>
        <source>The paper cannot be read from this station&apos;s store.</source>
        <translation>无法从本工作站的存储中读取该文书。</translation>
    </message>
    <message>
        <source>(name)</source>
        <translation>（姓名）</translation>
    </message>
    <message>
        <source>(role)</source>
        <translation>（职务）</translation>
    </message>
    <message>
        <source>I, %1, %2 at booth %3, confirm that I received the notice of complaint of case %4 on %5. My signature does not mean that I accept the complaint.</source>
        <translation>本人 %1（展位 %3 的%2）确认已于 %5 收到案件 %4 的投诉通知书。签收不代表本人认可投诉内容。</translation>
    </message>
    <message>
        <source>The notice&apos;s receipt is recorded already, or no notice was served.</source>
        <translation>告知书的签收已记录，或尚未送达告知书。</translation>
    </message>
    <message>
        <source>Enter the name of the person who receives the notice.</source>
        <translation>请输入签收告知书的人员姓名。</translation>
    </message>
    <message>
        <source>Enter their role at the booth (e.g. booth manager).</source>
        <translation>请输入其在展位的职务（如展位负责人）。</translation>
    </message>
    <message>
        <source>The signature pad is empty: ask the recipient to sign, or record that they refuse.</source>
        <translation>签名区为空：请签收人签名，或记录其拒签。</translation>
    </message>
    <message>
        <source>Signature not saved: %1</source>
        <translation>签名未保存：%1</translation>
    </message>
    <message>
        <source>Photograph the notice left at the booth: a refusal needs the photo.</source>
        <translation>请拍摄留置在展位的告知书：拒绝签收须附照片。</translation>
    </message>
    <message>
        <source>Name the second officer who saw the refusal (their officer id).</source>
        <translation>请填写见证拒签的第二名执法人员（其执法人员编号）。</translation>
    </message>
    <message>
        <source>%1 is not an officer on the roster.</source>
        <translation>%1 不是名册中的执法人员。</translation>
    </message>
    <message>
        <source>The witness is a second officer: not you, who served the notice.</source>
        <translation>见证人须为第二名执法人员，不能是送达告知书的您本人。</translation>
    </message>
    <message>
        <source>I, %1, %2 at booth %3, confirm that I received the decision notice of case %4 on %5. My signature does not mean that I accept the decision.</source>
        <translation>本人 %1（展位 %3 的%2）确认已于 %5 收到案件 %4 的处理决定书。签收不代表本人认可处理决定。</translation>
    </message>
    <message>
        <source>An attachment was not sealed: attach it again.</source>
        <translation>有附件未封存：请重新添加。</translation>
    </message>
    <message>
        <source>The signature pad is empty: ask the complainant to sign.</source>
        <translation>签名区为空：请投诉人签名。</translation>
    </message>
    <message>
        <source>I, %1, confirm that I received the rejection notice of complaint %2 on %3.</source>
        <translation>本人 %1 确认已于 %3 收到投诉 %2 的不予受理通知书。</translation>
    </message>
    <message>
        <source>I, %1, confirm that I received the acceptance notice of complaint %2 on %3.</source>
        <translation>本人 %1 确认已于 %3 收到投诉 %2 的受理通知书。</translation>
    </message>
    <message>
        <source>The complainant has signed for this notice already, or none was issued.</source>
        <translation>投诉人已签收该通知书，或尚未出具通知书。</translation>
    </message>
    <message>
        <source>Enter the name of the person who receives it.</source>
        <translation>请输入签收人姓名。</translation>
    </message>
</context>
<context>
    <name>fg::ImageCodeReader</name>
    <message>
        <source>No code found in %1.</source>
        <translation>在 %1 中未找到编码。</translation>
    </message>
</context>
<context>
    <name>fg::IntakeWizard</name>
    <message>
        <source>The station is not ready.</source>
        <translation>工作站尚未就绪。</translation>
    </message>
    <message>
        <source>Record the complainant first: that opens the case.</source>
        <translation>请先记录投诉人：这将创建案件。</translation>
    </message>
    <message>
        <source>Case %1 is not an unfinished complaint.</source>
        <translation>案件 %1 不是未完成的投诉。</translation>
    </message>
    <message>
        <source>Enter the complainant&apos;s name.</source>
        <translation>请输入投诉人名称。</translation>
    </message>
    <message>
        <source>Enter the ID, passport or company registration number.</source>
        <translation>请输入身份证、护照号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>Choose person or company.</source>
        <translation>请选择个人或单位。</translation>
    </message>
    <message>
        <source>Country: two letters, e.g. CN, DE, US.</source>
        <translation>国家/地区：两位字母，如 CN、DE、US。</translation>
    </message>
    <message>
        <source>Choose the type of right.</source>
        <translation>请选择权利类型。</translation>
    </message>
    <message>
        <source>Unknown licence type.</source>
        <translation>未知的许可类型。</translation>
    </message>
    <message>
        <source>Enter the booth code, or scan the booth sticker.</source>
        <translation>请输入展位号，或扫描展位二维码。</translation>
    </message>
    <message>
        <source>Booth %1 is not in the fair&apos;s booth list: enter the exhibitor&apos;s name.</source>
        <translation>展位 %1 不在本届展会的展位名单中：请输入参展商名称。</translation>
    </message>
    <message>
        <source>Describe the accused product.</source>
        <translation>请描述涉嫌侵权产品。</translation>
    </message>
    <message>
        <source>Unknown display form.</source>
        <translation>未知的展示形式。</translation>
    </message>
    <message>
        <source>Enter the address of the online listing.</source>
        <translation>请输入网络商品链接地址。</translation>
    </message>
    <message>
        <source>Write down the complainant&apos;s grounds.</source>
        <translation>请记录投诉理由。</translation>
    </message>
    <message>
        <source>Record the right and the respondent first.</source>
        <translation>请先记录权利和被投诉人。</translation>
    </message>
    <message>
        <source>The signature pad is empty: ask the complainant to sign.</source>
        <translation>签名区为空：请投诉人签名。</translation>
    </message>
    <message>
        <source>Signature not saved: %1</source>
        <translation>签名未保存：%1</translation>
    </message>
    <message>
        <source>Check admissibility first.</source>
        <translation>请先进行受理审查。</translation>
    </message>
    <message>
        <source>Documents are missing: the complaint cannot be accepted until they are added.</source>
        <translation>材料不全：补齐材料之前不能受理。</translation>
    </message>
    <message>
        <source>The same complainant, right and booth are already in another case: reject as a duplicate.</source>
        <translation>已有同一投诉人、同一权利、同一展位的案件：应作为重复投诉不予受理。</translation>
    </message>
    <message>
        <source>The complainant has not signed yet.</source>
        <translation>投诉人尚未签名。</translation>
    </message>
    <message>
        <source>Give the reason the complainant is told.</source>
        <translation>请填写告知投诉人的理由。</translation>
    </message>
    <message>
        <source>Check and save the complainant&apos;s grounds first.</source>
        <translation>请先核对并保存投诉理由。</translation>
    </message>
    <message>
        <source>Unknown document kind: %1</source>
        <translation>未知的文件类型：%1</translation>
    </message>
    <message>
        <source>No camera picture to take.</source>
        <translation>没有可拍摄的摄像头画面。</translation>
    </message>
    <message>
        <source>No complaint is open: record the complainant first.</source>
        <translation>尚未开启投诉：请先登记投诉人。</translation>
    </message>
    <message>
        <source>This complaint has already been accepted or rejected.</source>
        <translation>该投诉已受理或已不予受理。</translation>
    </message>
    <message>
        <source>I, %1, declare that the details of complaint %2 shown here are true and complete, and I ask the IP bureau of the fair to act on it.</source>
        <translation>本人 %1 声明：此处所示投诉 %2 的各项内容真实、完整，并请求展会知识产权局依法处理。</translation>
    </message>
    <message>
        <source>(name)</source>
        <translation>（姓名）</translation>
    </message>
</context>
<context>
    <name>fg::KioskDesk</name>
    <message>
        <source>Only a signed-in officer can start the kiosk.</source>
        <translation>只有已登录的执法人员才能启动自助模式。</translation>
    </message>
    <message>
        <source>The station is not ready.</source>
        <translation>工作站尚未就绪。</translation>
    </message>
    <message>
        <source>Choose person or company.</source>
        <translation>请选择个人或单位。</translation>
    </message>
    <message>
        <source>Enter your name or your company&apos;s name.</source>
        <translation>请输入您的姓名或单位名称。</translation>
    </message>
    <message>
        <source>Enter your ID, passport or company registration number.</source>
        <translation>请输入身份证、护照号码或单位注册号。</translation>
    </message>
    <message>
        <source>Country: two letters, e.g. CN, DE, US.</source>
        <translation>国家/地区：两位字母，如 CN、DE、US。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name with the agent badge number.</source>
        <translation>填写代理人证件号时，请同时填写代理人姓名。</translation>
    </message>
    <message>
        <source>Choose the type of right.</source>
        <translation>请选择权利类型。</translation>
    </message>
    <message>
        <source>This booth sticker cannot be read.</source>
        <translation>无法识别该展位二维码。</translation>
    </message>
    <message>
        <source>Enter the booth of the exhibitor you complain about, or scan its sticker.</source>
        <translation>请输入被投诉参展商的展位号，或扫描其展位二维码。</translation>
    </message>
    <message>
        <source>Describe briefly what is infringed, and how.</source>
        <translation>请简述侵权内容及方式。</translation>
    </message>
    <message>
        <source>Please keep the description under %1 characters; the officer will take the details.</source>
        <translation>请将描述控制在 %1 字以内，详情由执法人员记录。</translation>
    </message>
    <message>
        <source>Enter a phone number or e-mail address where we can reach you.</source>
        <translation>请输入联系电话或电子邮箱。</translation>
    </message>
    <message>
        <source>Exit kiosk mode with an officer&apos;s id and PIN first.</source>
        <translation>请先用执法人员编号和 PIN 码退出自助模式。</translation>
    </message>
    <message>
        <source>Sign in first: every action names its officer.</source>
        <translation>请先登录：每项操作都记录执法人员。</translation>
    </message>
    <message>
        <source>Submission K-%1 is no longer waiting.</source>
        <translation>登记 K-%1 已不在等候列表中。</translation>
    </message>
</context>
<context>
    <name>fg::OfficerSession</name>
    <message>
        <source>Station locked after %1 wrong PINs. A supervisor must reset it.</source>
        <translation>PIN 连续错误 %1 次，工作站已锁定，须由负责人解锁。</translation>
    </message>
    <message>
        <source>Enter your officer id and PIN.</source>
        <translation>请输入执法人员编号和 PIN 码。</translation>
    </message>
    <message>
        <source>Officer id or PIN not recognised.</source>
        <translation>执法人员编号或 PIN 码不正确。</translation>
    </message>
    <message>
        <source>Your enforcement credential %1 expired on %2: you cannot act with it. Ask the bureau to renew it in the roster.</source>
        <translation>您的执法证 %1 已于 %2 到期，不能以此执法。请联系知识产权局在名册中更新。</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s id and PIN can reset the station.</source>
        <translation>只有负责人的编号和 PIN 码才能解锁工作站。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>还可尝试 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fg::SyncWorker</name>
    <message>
        <source>Relay %1:%2, fair %3</source>
        <translation>中继服务器 %1:%2，展会 %3</translation>
    </message>
    <message>
        <source>Receipts cannot be read: %1</source>
        <translation>无法读取回执：%1</translation>
    </message>
    <message>
        <source>Bureau log alert: %1</source>
        <translation>知识产权局日志警报：%1</translation>
    </message>
    <message>
        <source>No code found in %1.</source>
        <translation>在 %1 中未找到二维码。</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Enrolled, but the relay address could not be saved: %1</source>
        <translation>已注册，但无法保存中继服务器地址：%1</translation>
    </message>
    <message>
        <source>Offline: the bureau&apos;s relay cannot be reached (%1). Everything stays on this tablet and is sent at the next sync.</source>
        <translation>离线：无法连接知识产权局的中继服务器（%1）。所有内容都保存在本平板上，下次同步时发送。</translation>
    </message>
</context>
</TS>
