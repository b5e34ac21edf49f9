<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="51"/>
        <source>{time} ({zone}; {local} here)</source>
        <translation>{time}（{zone}；本地时间 {local}）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="59"/>
        <source>overdue since {date}</source>
        <translation>自 {date} 起已逾期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="67"/>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="145"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="101"/>
        <source>Interview: {round}</source>
        <translation>面试：{round}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="104"/>
        <source>Reply to the offer</source>
        <translation>回复 offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="110"/>
        <source>Get back in touch with {name}</source>
        <translation>联系一下 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="144"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="148"/>
        <source>Remind me later</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="149"/>
        <source>No more reminders</source>
        <translation>不再提醒</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="150"/>
        <source>Got in touch</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="155"/>
        <source>Nothing due today.</source>
        <translation>今天没有待办。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="157"/>
        <source>Nothing due in the next {days} days.</source>
        <translation>接下来 {days} 天没有待办。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="159"/>
        <source>No application has been silent too long.</source>
        <translation>没有沉默太久的申请。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="330"/>
        <source>In an hour</source>
        <translation>一小时后</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="331"/>
        <source>Tomorrow morning</source>
        <translation>明天早上</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="147"/>
        <source>Mark as ghosted</source>
        <translation>标记为无回音</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="107"/>
        <source>No answer for {days}</source>
        <translation>{days}没有回音</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="146"/>
        <source>Not done</source>
        <translation>改回未完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="176"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="177"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="178"/>
        <source>Probably ghosted</source>
        <translation>疑似无回音</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="277"/>
        <source>…and {count} more: show them</source>
        <translation>…还有 {count} 条：展开</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/agenda_page.py" line="279"/>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
</context>
<context>
    <name>AlongsideSection</name>
    <message>
        <location filename="../../tracker/ui/widgets/alongside_section.py" line="30"/>
        <source>No stories for this kind of role yet.</source>
        <translation>还没有这类岗位的转行故事。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/alongside_section.py" line="30"/>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/alongside_section.py" line="35"/>
        <source>No market figures for this kind of role yet.</source>
        <translation>还没有这类岗位的市场薪资参考。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/alongside_section.py" line="46"/>
        <source>{origin} → {target}</source>
        <translation>{origin} → {target}</translation>
    </message>
</context>
<context>
    <name>AnswerRating</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="106"/>
        <source>Went well</source>
        <translation>答得好</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="107"/>
        <source>So-so</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="108"/>
        <source>Went badly</source>
        <translation>没答好</translation>
    </message>
</context>
<context>
    <name>ApplicationActions</name>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="125"/>
        <source>Add {role}</source>
        <translation>添加“{role}”</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="147"/>
        <source>Edit {role}</source>
        <translation>编辑“{role}”</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="178"/>
        <source>Move to {state}</source>
        <translation>移至“{state}”</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="201"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="203"/>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="219"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="233"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="239"/>
        <source>Done: {action}</source>
        <translation>已完成：{action}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="244"/>
        <source>Done {action}</source>
        <translation>完成“{action}”</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="252"/>
        <source>Not done {action}</source>
        <translation>将“{action}”改回未完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="282"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="309"/>
        <source>Add round {name}</source>
        <translation>添加面试轮次 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="321"/>
        <source>Edit round {name}</source>
        <translation>编辑面试轮次 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="339"/>
        <source>Delete round {name}</source>
        <translation>删除面试轮次 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/application_actions.py" line="362"/>
        <source>Delete question {question}</source>
        <translation>删除面试题“{question}”</translation>
    </message>
</context>
<context>
    <name>ApplicationCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/applications.py" line="194"/>
        <source>Already at the last stage.</source>
        <translation>已经是最后一个阶段。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/applications.py" line="196"/>
        <source>Already at the first stage.</source>
        <translation>已经是第一个阶段。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/applications.py" line="209"/>
        <source>Archived. Undo with Ctrl+Z.</source>
        <translation>已归档。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/applications.py" line="209"/>
        <source>Unarchived.</source>
        <translation>已取消归档。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/applications.py" line="215"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>已删除。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="68"/>
        <source>Edit application</source>
        <translation>编辑申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="68"/>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="94"/>
        <source>Pick a company or type a new one</source>
        <translation>选择公司，或输入新公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="96"/>
        <source>e.g. AI trainer (multimodal)</source>
        <translation>如：AI训练师（多模态）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="103"/>
        <source>e.g. 朝阳区, 南山区</source>
        <translation>如：朝阳区、南山区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="104"/>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="106"/>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="109"/>
        <source>Referral code, if any</source>
        <translation>内推码（如有）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="113"/>
        <source>As posted, e.g. 25-50K·19薪, 8-11万, 500元/天</source>
        <translation>按岗位原文填写，如 25-50K·19薪、8-11万、500元/天</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="123"/>
        <source>Applied on</source>
        <translation>投递于</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="130"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="133"/>
        <source>e.g. Prepare for the second interview</source>
        <translation>如：准备二面</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="134"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="136"/>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="139"/>
        <source>Paste the job description here: postings are often taken down.</source>
        <translation>把职位描述（JD）粘贴到这里：招聘帖常常会被撤下。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="146"/>
        <source>Open it</source>
        <translation>打开它</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="154"/>
        <source>All looks right</source>
        <translation>都没问题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="168"/>
        <source>Company *</source>
        <translation>公司 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="169"/>
        <source>Role *</source>
        <translation>职位 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="170"/>
        <source>Category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="171"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="172"/>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="173"/>
        <source>Work mode</source>
        <translation>办公方式</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="174"/>
        <source>Hiring track</source>
        <translation>招聘类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="175"/>
        <source>Channel</source>
        <translation>投递渠道</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="176"/>
        <source>Referral code</source>
        <translation>内推码</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="177"/>
        <source>Job link</source>
        <translation>职位链接</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="179"/>
        <source>Posted salary</source>
        <translation>岗位薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="182"/>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="183"/>
        <source>Applied</source>
        <translation>投递日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="184"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="185"/>
        <source>Excitement</source>
        <translation>心动程度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="186"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="188"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="213"/>
        <source>Job description</source>
        <translation>职位描述(JD)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="275"/>
        <source>Type it as posted; Pivot reads the range.</source>
        <translation>照岗位原文填写即可，Pivot 会自动识别薪资范围。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/application_dialog.py" line="305"/>
        <source>You already logged this role at this company. Saving logs it once more.</source>
        <translation>你已记录过这家公司的这个职位，保存后会再新增一条记录。</translation>
    </message>
</context>
<context>
    <name>ApplicationField</name>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="81"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="98"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="116"/>
        <source>Role category</source>
        <translation>职位方向</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="128"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="145"/>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="156"/>
        <source>Work mode</source>
        <translation>办公方式</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="167"/>
        <source>Hiring track</source>
        <translation>招聘类型</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="177"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="192"/>
        <source>Referral code</source>
        <translation>内推码</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="204"/>
        <source>Referred by</source>
        <translation>内推人</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="216"/>
        <source>Job link</source>
        <translation>职位链接</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="232"/>
        <source>Job description</source>
        <translation>职位描述</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="247"/>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="263"/>
        <source>Experience asked</source>
        <translation>经验要求</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="277"/>
        <source>Education asked</source>
        <translation>学历要求</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="288"/>
        <source>Date applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="303"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="313"/>
        <source>Excitement</source>
        <translation>心动程度</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="322"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="335"/>
        <source>Next action due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <location filename="../../tracker/domain/application_fields.py" line="346"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="66"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="67"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="68"/>
        <source>Category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="69"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="70"/>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="71"/>
        <source>Applied</source>
        <translation>投递日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="72"/>
        <source>Days in stage</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="73"/>
        <source>Posted salary</source>
        <translation>岗位薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="74"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="253"/>
        <source>Days since the application reached its current stage (empty once it is closed)</source>
        <translation>申请进入当前进度以来的天数（申请结束后留空）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/application_table_model.py" line="313"/>
        <source>overdue {date}</source>
        <translation>{date} 已逾期</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="66"/>
        <source>Search company, role, city, tags…</source>
        <translation>搜索公司、职位、城市、标签…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="71"/>
        <source>All stages</source>
        <translation>全部进度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="72"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="73"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="78"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="79"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="80"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="249"/>
        <source>No applications yet. Add the first with New application (Ctrl+N).</source>
        <translation>还没有申请记录。点击“新建申请”（Ctrl+N）添加第一条吧。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/applications_page.py" line="252"/>
        <source>No application matches these filters.</source>
        <translation>没有符合筛选条件的申请。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="29"/>
        <source>Backed up by you</source>
        <translation>你手动备份</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="30"/>
        <source>Automatic (every 30 minutes)</source>
        <translation>自动（每 30 分钟）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="31"/>
        <source>When Pivot closed</source>
        <translation>Pivot 关闭时</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="32"/>
        <source>Before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="33"/>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="34"/>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="35"/>
        <source>Before emptying the trash</source>
        <translation>清空回收站之前</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="57"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="57"/>
        <source>Pivot cannot open your data</source>
        <translation>Pivot 无法打开你的数据</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="62"/>
        <source>Choose a backup to restore, or close to quit.</source>
        <translation>请选择一个备份来恢复，或者关闭以退出。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="65"/>
        <source>Pivot keeps verified copies of your file: every 30 minutes when something changed, when it closes, and before upgrades, imports and restores. Recent ones are all kept, older ones one a day, a week, a month.</source>
        <translation>Pivot 会为你的数据文件保存经过校验的副本：有改动时每 30 分钟一次、关闭时一次，以及升级、导入和恢复之前各一次。近期的全部保留，较早的按每天、每周、每月各保留一份。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="74"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="74"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="74"/>
        <source>Applications</source>
        <translation>申请数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="80"/>
        <source>No backups yet: this data folder is new, or its backups folder was emptied. Pivot makes the first one 30 minutes after something changes, or when it closes; Back up now makes one at once.</source>
        <translation>还没有备份：这个数据文件夹是新的，或者它的备份文件夹被清空了。Pivot 会在数据有改动 30 分钟后或关闭时做第一份备份；点“立即备份”可马上备份一份。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="88"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="89"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="90"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="143"/>
        <source>Put the backup of {when} in place of your current data? Your current file is not deleted: it is kept in a folder beside it, and backed up first.</source>
        <translation>用 {when} 的备份替换当前数据吗？当前文件不会被删除：它会先被备份，然后保存在旁边的一个文件夹里。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/backups_dialog.py" line="146"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="174"/>
        <source>Edit pay figure</source>
        <translation>编辑薪资参考</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="174"/>
        <source>A pay figure</source>
        <translation>添加薪资参考</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="177"/>
        <source>e.g. AI trainer, a friend&apos;s offer</source>
        <translation>例如 AI训练师，朋友的 offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="180"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="197"/>
        <source>Role *</source>
        <translation>岗位 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="198"/>
        <source>Kind of role</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="199"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="200"/>
        <source>From *</source>
        <translation>从 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="201"/>
        <source>To *</source>
        <translation>到 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="202"/>
        <source>Per</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="203"/>
        <source>Months a year</source>
        <translation>每年月数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="204"/>
        <source>Year of the figure *</source>
        <translation>数据年份 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="205"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="206"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="207"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="208"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../tracker/ui/pages/board_page.py" line="120"/>
        <source>Search the board…</source>
        <translation>在看板中搜索…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/board_page.py" line="123"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/board_page.py" line="160"/>
        <source>Close details</source>
        <translation>关闭详情</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/board_page.py" line="240"/>
        <source>Closed: {count}</source>
        <translation>已结束：{count}</translation>
    </message>
</context>
<context>
    <name>BonusProration</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="124"/>
        <source>Prorated by the months worked</source>
        <translation>按在职月数折算</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="126"/>
        <source>Paid in full</source>
        <translation>全额发放</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../tracker/words/capture.py" line="23"/>
        <source>BOSS Zhipin</source>
        <translation>BOSS直聘</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="24"/>
        <source>Liepin</source>
        <translation>猎聘</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="25"/>
        <source>Lagou</source>
        <translation>拉勾</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="26"/>
        <source>Zhaopin</source>
        <translation>智联招聘</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="27"/>
        <source>51job</source>
        <translation>前程无忧</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="28"/>
        <source>Nowcoder</source>
        <translation>牛客</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="29"/>
        <source>Shixiseng</source>
        <translation>实习僧</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="30"/>
        <source>LinkedIn</source>
        <translation>领英</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="31"/>
        <source>Indeed</source>
        <translation>Indeed</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="32"/>
        <source>a WeChat post</source>
        <translation>微信公众号文章</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="33"/>
        <source>a recruiter&apos;s message</source>
        <translation>招聘方的消息</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="34"/>
        <source>pasted text</source>
        <translation>粘贴的文字</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="51"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="52"/>
        <source>role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="53"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="54"/>
        <source>salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="56"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="61"/>
        <source>You already logged this posting. Saving logs it once more.</source>
        <translation>这个职位已经记录过了。保存会再记录一次。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="69"/>
        <source>This company went silent on your application for {role} ({date}).</source>
        <translation>这家公司对你投递的「{role}」没有回音（{date}）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/capture.py" line="73"/>
        <source>This company turned down your application for {role} ({date}).</source>
        <translation>这家公司拒绝过你投递的「{role}」（{date}）。</translation>
    </message>
</context>
<context>
    <name>CaptureCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/capture.py" line="36"/>
        <location filename="../../tracker/ui/commands/capture.py" line="65"/>
        <location filename="../../tracker/ui/commands/capture.py" line="83"/>
        <source>New from posting</source>
        <translation>从职位新建</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/capture.py" line="38"/>
        <source>The clipboard holds no text. Open the job posting, select its text (or press Ctrl+A), copy it with Ctrl+C, and try again.</source>
        <translation>剪贴板里没有文字。请打开职位页面，选中文字（或按 Ctrl+A），按 Ctrl+C 复制后再试。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/capture.py" line="67"/>
        <source>The copied posting is over 5 MB, more than Pivot reads for a posting. Copy only the posting&apos;s own text and try again.</source>
        <translation>复制的职位内容超过 5 MB，超出 Pivot 读取职位的上限。请只复制职位本身的文字后再试。</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../tracker/ui/widgets/card_delegate.py" line="84"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/card_delegate.py" line="101"/>
        <source>ghosted?</source>
        <translation>无回音？</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="64"/>
        <source>BOSS Zhipin</source>
        <translation>BOSS直聘</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="65"/>
        <source>Liepin</source>
        <translation>猎聘</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="66"/>
        <source>Lagou</source>
        <translation>拉勾</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="67"/>
        <source>Nowcoder</source>
        <translation>牛客</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="68"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="69"/>
        <source>Referral</source>
        <translation>内推</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="70"/>
        <source>Company website</source>
        <translation>官网</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="71"/>
        <source>Headhunter</source>
        <translation>猎头</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="72"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../tracker/words/charts.py" line="19"/>
        <source>Still open</source>
        <translation>仍在进行</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="23"/>
        <source>{month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="26"/>
        <source>No applications in this period yet. Log some, or widen the dates.</source>
        <translation>这段时间还没有申请。先记录几条，或把日期范围放宽。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="29"/>
        <source>Only {count} applications so far: too few to read much into yet.</source>
        <translation>目前只有 {count} 条申请：样本太少，还看不出规律。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="32"/>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="33"/>
        <source>{count} more</source>
        <translation>另有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="34"/>
        <source>How far applications got</source>
        <translation>申请走到了哪一步</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="35"/>
        <source>Each % is the share of the stage above that got this far.</source>
        <translation>百分比：上一阶段中走到这一阶段的比例。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="38"/>
        <source>Where applications went</source>
        <translation>申请的去向</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="39"/>
        <source>No stage changes yet: every application is still where it started.</source>
        <translation>还没有阶段变化：所有申请都停在起点。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="42"/>
        <source>Applications and interviews per week</source>
        <translation>每周申请与面试</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="45"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="46"/>
        <source>Interviews</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="47"/>
        <source>Applications in total</source>
        <translation>累计申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="48"/>
        <source>Per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="49"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="50"/>
        <source>Goal: {count} a week</source>
        <translation>目标：每周 {count} 份</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="51"/>
        <source>{month} {day}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="52"/>
        <source>Which channels get answers</source>
        <translation>哪些渠道有回音</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="53"/>
        <source>Got an answer</source>
        <translation>有回音</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="54"/>
        <source>Got an interview</source>
        <translation>拿到面试</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="55"/>
        <source>Fewer than {count} applications</source>
        <translation>少于 {count} 条申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="56"/>
        <source>Hatched: fewer than {count} applications, too few to call a trend.</source>
        <translation>斜线：少于 {count} 条申请，样本太少，不算趋势。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="59"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="60"/>
        <source>Referred (内推), any channel</source>
        <translation>内推（任意渠道）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="61"/>
        <source>Not referred</source>
        <translation>非内推</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="62"/>
        <source>Which résumé and portfolio versions get answers</source>
        <translation>哪个版本的简历和作品集更有回音</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="65"/>
        <source>No version recorded as sent yet: record which résumé or portfolio went with each application (in its panel) to compare them here.</source>
        <translation>还没有记录任何投递版本：在每个申请的详情里记下投的是哪个版本的简历或作品集，这里就能比较它们。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="70"/>
        <source>{count} versions sent less often are not shown.</source>
        <translation>另有 {count} 个投得较少的版本未显示。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="73"/>
        <source>How long each stage takes</source>
        <translation>每个阶段要多久</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="74"/>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="75"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="76"/>
        <source>Until the first answer</source>
        <translation>到第一次回音</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="77"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="78"/>
        <source>Middle half</source>
        <translation>中间一半</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="79"/>
        <source>How each kind of role ended</source>
        <translation>各类岗位的结果</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="80"/>
        <source>Interview rounds passed</source>
        <translation>各轮面试通过率</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="81"/>
        <source>{count} waiting</source>
        <translation>{count} 个待定</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="82"/>
        <source>No interview rounds yet.</source>
        <translation>还没有面试轮次。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="83"/>
        <source>No offers to compare yet.</source>
        <translation>还没有可比较的 offer。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="84"/>
        <source>Take-home pay</source>
        <translation>到手</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="85"/>
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="86"/>
        <source>Social insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="87"/>
        <source>Income tax</source>
        <translation>个税</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="88"/>
        <source>Employer&apos;s housing fund</source>
        <translation>单位缴公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="89"/>
        <source>{amount} take-home</source>
        <translation>到手 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/charts.py" line="90"/>
        <source>Yuan a year</source>
        <translation>元/年</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../tracker/app.py" line="306"/>
        <source>{path} already holds a database; the demo needs an empty folder.</source>
        <translation>{path} 中已有数据库，演示模式需要一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/main.py" line="66"/>
        <source>--data-dir needs the name of a folder; an empty name was given, so nothing was done.</source>
        <translation>--data-dir 需要一个文件夹名称；给出的名称为空，因此没有执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/main.py" line="91"/>
        <source>{path}: no problems found. Applications: {count}</source>
        <translation>{path}：未发现问题。申请数：{count}</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/main.py" line="98"/>
        <source>{path}: the check found problems</source>
        <translation>{path}：检查发现问题</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="123"/>
        <source>Pivot cannot tell how {file} is encoded. Its first lines read like this in each encoding that fits:
{readings}
Name the right one with --encoding, e.g. --encoding {encoding}; nothing was imported.</source>
        <translation>Pivot 无法判断 {file} 的编码。按每种可能的编码读取，它的前几行如下：
{readings}
请用 --encoding 指定正确的编码，例如 --encoding {encoding}；没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="134"/>
        <source>Or name the encoding with --encoding, e.g. --encoding big5.</source>
        <translation>也可以用 --encoding 指定编码，例如 --encoding big5。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="167"/>
        <source>--map takes HEADER=FIELD, with a field from: {fields}</source>
        <translation>--map 的格式是 表头=字段，字段可以是：{fields}</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="231"/>
        <source>Could not map: {fields}. Name their columns with --map &quot;HEADER=FIELD&quot;.</source>
        <translation>无法对应：{fields}。请用 --map &quot;表头=字段&quot; 指定它们所在的列。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="237"/>
        <location filename="../../tracker/cli/transfer.py" line="343"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="245"/>
        <source>Imported {created}, filled in {merged}; left out {duplicates} and {errors} with errors.</source>
        <translation>已导入 {created}，补全 {merged} 条；跳过 {duplicates}，以及 {errors}有错误的数据。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="264"/>
        <source>{file}: {format}, {encoding}, {rows}</source>
        <translation>{file}：{format}，{encoding}，{rows}</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="294"/>
        <source>{rows} can be imported; {duplicates} of them are already in Pivot or repeated in the file.</source>
        <translation>可导入 {rows}；其中 {duplicates} 条已在 Pivot 中或在文件里重复。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="302"/>
        <source>{rows} left out only for a date that cannot be read; --keep-undated imports them without it.</source>
        <translation>{rows}仅因日期无法识别而被跳过；加上 --keep-undated 可不带日期导入。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="352"/>
        <source>Imported {created}.</source>
        <translation>已导入 {created}。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="363"/>
        <source>export: give --format csv, json, ics or xlsx (or a file name ending in one of them)</source>
        <translation>export：请用 --format 指定 csv、json、ics 或 xlsx（或用以其中之一结尾的文件名）</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="281"/>
        <source>Not imported: {columns}</source>
        <translation>不导入的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="287"/>
        <source>Left out (personal data; --include-personal imports it): {columns}</source>
        <translation>未导入（个人信息；加 --include-personal 才会导入）：{columns}</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="312"/>
        <source>  … and {count} more</source>
        <translation>  …… 还有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="329"/>
        <source>{file}: Pivot JSON, {new} new applications, {present} already in Pivot</source>
        <translation>{file}：Pivot JSON，{new} 条新申请，{present} 条 Pivot 里已有</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/transfer.py" line="382"/>
        <source>{path}: {count} written</source>
        <translation>{path}：已写入 {count} 条</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="55"/>
        <source>capture: there is no posting in what was given: it is empty.</source>
        <translation>capture：给出的内容是空的，里面没有职位。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="96"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="97"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="98"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="100"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="103"/>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="104"/>
        <source>Experience</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="105"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="106"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="107"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="108"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="127"/>
        <source>capture: the posting names no company or no role, so nothing was saved. Use New from posting in Pivot&apos;s window to fill them in.</source>
        <translation>capture：职位里没有公司或职位名称，所以没有保存。请在 Pivot 窗口里用“从职位新建”补上。</translation>
    </message>
    <message>
        <location filename="../../tracker/cli/capture.py" line="164"/>
        <source>Saved as application {id} (wishlist).</source>
        <translation>已保存为第 {id} 条申请（想投）。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="46"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="56"/>
        <source>e.g. 大模型, AIGC, e-commerce</source>
        <translation>例如 大模型、AIGC、电商</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="58"/>
        <source>e.g. 1000-9999人</source>
        <translation>例如 1000-9999人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="60"/>
        <source>e.g. B轮, listed, not financed</source>
        <translation>例如 B轮、已上市、不需要融资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="64"/>
        <source>What you heard about the team, the culture, the pay</source>
        <translation>关于团队、文化、薪资听到的情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="69"/>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="70"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="71"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="72"/>
        <source>Funding stage</source>
        <translation>融资阶段</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="73"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="74"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="78"/>
        <source>Your history with them: %n application(s)</source>
        <translation>
            <numerusform>你在这家公司的记录：%n 条申请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="83"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="83"/>
        <source>Applied</source>
        <translation>投递日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="83"/>
        <source>Where it stands</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="97"/>
        <source>Double-click an application to open it.</source>
        <translation>双击一条申请即可打开。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/company_dialog.py" line="99"/>
        <source>People there: {names}</source>
        <translation>在这家公司的联系人：{names}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="33"/>
        <source>Edit person</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="33"/>
        <source>New person</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="36"/>
        <source>e.g. 王小明</source>
        <translation>例如 王小明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="42"/>
        <source>e.g. HRBP, team lead of the annotation group</source>
        <translation>例如 HRBP、标注组组长</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="44"/>
        <source>e.g. a former colleague, WAIC 2026, Maimai</source>
        <translation>例如 前同事、WAIC 2026、脉脉</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="50"/>
        <source>Spoke on</source>
        <translation>联系于</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="51"/>
        <source>Remind me on</source>
        <translation>提醒我</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="53"/>
        <source>What you talked about, what they offered to do</source>
        <translation>聊了什么，对方愿意帮什么忙</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="56"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="57"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="58"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="59"/>
        <source>How we met</source>
        <translation>怎么认识的</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="60"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="61"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="62"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="63"/>
        <source>LinkedIn</source>
        <translation>领英</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="64"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="65"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/contact_dialog.py" line="66"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../tracker/ui/models/contact_table_model.py" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/contact_table_model.py" line="40"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/contact_table_model.py" line="41"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/contact_table_model.py" line="42"/>
        <source>How we met</source>
        <translation>怎么认识的</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/contact_table_model.py" line="43"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/contact_table_model.py" line="44"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/contact_table_model.py" line="45"/>
        <source>Follow up</source>
        <translation>跟进日期</translation>
    </message>
</context>
<context>
    <name>ContributionBase</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="119"/>
        <source>On the full salary</source>
        <translation>按实际工资缴纳</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="120"/>
        <source>On the city&apos;s minimum</source>
        <translation>按城市最低基数缴纳</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="121"/>
        <source>On bases I give</source>
        <translation>按我填写的基数缴纳</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="13"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="16"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 条申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/counts.py" line="25"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 条重复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="127"/>
        <source>Interest</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="128"/>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="129"/>
        <source>Growth</source>
        <translation>成长</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="130"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="131"/>
        <source>Stability</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="132"/>
        <source>Work-life balance</source>
        <translation>工作生活平衡</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="133"/>
        <source>Commute</source>
        <translation>通勤</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/database.py" line="37"/>
        <source>Backup written: {path}</source>
        <translation>已备份到：{path}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/database.py" line="55"/>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/database.py" line="57"/>
        <source>No problems found in the database. Applications: {count}.</source>
        <translation>数据库未发现问题。申请数：{count}。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/database.py" line="64"/>
        <source>The check found problems; it changed nothing. Keep this file (do not delete it) and restore the newest backup from the backups folder.</source>
        <translation>检查发现问题；检查本身没有改动任何数据。请保留此文件（不要删除），并从备份文件夹（backups）恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/database.py" line="80"/>
        <source>Database: {database}
Backups: {backups}</source>
        <translation>数据库：{database}
备份：{backups}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/database.py" line="83"/>
        <source>About Pivot</source>
        <translation>关于 Pivot</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/database.py" line="77"/>
        <source>Pivot {version}
A private, local tracker for a job hunt into AI roles.
Your data stays in one file on this computer.</source>
        <translation>Pivot {version}
私密的本地求职记录工具，陪你转行 AI 岗位。
你的数据只保存在这台电脑上的一个文件里。</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="58"/>
        <source>My own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="63"/>
        <source>Take-home + housing fund</source>
        <translation>到手 + 公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="64"/>
        <source>Take-home a year</source>
        <translation>年到手</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="65"/>
        <source>First year (sign-on, equity)</source>
        <translation>第一年（含签字费、股票）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="66"/>
        <source>Four years</source>
        <translation>四年合计</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="72"/>
        <source>as the letter says</source>
        <translation>按 offer 所写</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="73"/>
        <source>half of it</source>
        <translation>只发一半</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="74"/>
        <source>none of it</source>
        <translation>一分不发</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="77"/>
        <source>Count the equity</source>
        <translation>计入股票期权</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="84"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="87"/>
        <source>Money counts</source>
        <translation>钱按哪个算</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="88"/>
        <source>Year-end bonus paid</source>
        <translation>年终奖实发</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="96"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="96"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="96"/>
        <source>Most of the score from</source>
        <translation>得分主要来自</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="114"/>
        <source>How far each weight can move before another offer wins:</source>
        <translation>每个权重调到多少，第一名会换人：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="144"/>
        <source>Money</source>
        <translation>钱</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="148"/>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="149"/>
        <source>Money first</source>
        <translation>钱优先</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="150"/>
        <source>Growth first</source>
        <translation>成长优先</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="151"/>
        <source>Interest and learning first</source>
        <translation>兴趣和学习优先</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="241"/>
        <source>Give at least one weight more than 0.</source>
        <translation>至少给一项大于 0 的权重。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="258"/>
        <source>Tick two offers or more to compare them.</source>
        <translation>勾选两个或更多 offer 来比较。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="263"/>
        <source>Not rated yet, counted as middling: {criteria}.</source>
        <translation>还没打分，按中等计算：{criteria}。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="275"/>
        <source>{factor}: the only weight; moving it changes nothing.</source>
        <translation>{factor}：唯一有权重的一项，调整它不会改变排名。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="281"/>
        <source>above {weight:.1f}, {leader} comes first</source>
        <translation>高于 {weight:.1f} 时，{leader} 排第一</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="287"/>
        <source>below {weight:.1f}, {leader} comes first</source>
        <translation>低于 {weight:.1f} 时，{leader} 排第一</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="292"/>
        <source>{factor}: {winner} stays first at any weight.</source>
        <translation>{factor}：无论权重多少，{winner} 都排第一。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/decision_panel.py" line="295"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>DeclaredField</name>
    <message>
        <location filename="../../tracker/ui/dialogs/declared_field.py" line="42"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/declared_field.py" line="46"/>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="113"/>
        <source>Open job posting</source>
        <translation>打开职位页面</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="115"/>
        <source>No moves yet.</source>
        <translation>还没有进度变化。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="116"/>
        <source>No notes yet.</source>
        <translation>还没有笔记。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="116"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="119"/>
        <source>Write a note…</source>
        <translation>写点笔记…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="121"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="134"/>
        <source>Select an application to see its details.</source>
        <translation>选择一条申请以查看详情。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="169"/>
        <source>Stage history</source>
        <translation>进度记录</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="162"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="105"/>
        <source>Company…</source>
        <translation>公司…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="107"/>
        <source>What you keep about the company, and every application there</source>
        <translation>公司信息，以及在这家公司的所有申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="132"/>
        <source>Mark as ghosted</source>
        <translation>标记为无回音</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="154"/>
        <source>People</source>
        <translation>人脉</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="156"/>
        <source>Materials sent</source>
        <translation>投递材料</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="158"/>
        <source>Posting</source>
        <translation>职位原文</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="160"/>
        <source>Interviews</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="171"/>
        <source>People who made this move</source>
        <translation>走过这条路的人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="268"/>
        <source>No answer for {days}: probably ghosted.</source>
        <translation>{days}没有回音：可能石沉大海了。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="284"/>
        <source>Category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="285"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="286"/>
        <source>Work mode</source>
        <translation>办公方式</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="287"/>
        <source>Hiring track</source>
        <translation>招聘类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="288"/>
        <source>Channel</source>
        <translation>投递渠道</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="289"/>
        <source>Posted salary</source>
        <translation>岗位薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="290"/>
        <source>Applied</source>
        <translation>投递日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="291"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="292"/>
        <source>Excitement</source>
        <translation>心动程度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="293"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="294"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="295"/>
        <source>Job description</source>
        <translation>职位描述(JD)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="312"/>
        <source>referral code {code}</source>
        <translation>内推码 {code}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="335"/>
        <source>Logged as {state}</source>
        <translation>记录为 {state}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="383"/>
        <source>The copied text is over 5 MB, more than Pivot keeps of a posting.</source>
        <translation>复制的文字超过 5 MB，超出 Pivot 保存职位的上限。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="387"/>
        <source>Paste posting</source>
        <translation>粘贴职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="385"/>
        <source>The clipboard holds no text. Copy the job posting first, then paste.</source>
        <translation>剪贴板里没有文字。请先复制职位内容，再粘贴。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/detail_panel.py" line="329"/>
        <source>due {date}</source>
        <translation>{date} 截止</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="224"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="232"/>
        <source>Save a copy</source>
        <translation>另存一份</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="253"/>
        <source>Saved a copy as {file}</source>
        <translation>已另存为 {file}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="324"/>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="325"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="326"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="327"/>
        <source>Record {name} as sent</source>
        <translation>记录已投递 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/documents.py" line="330"/>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="46"/>
        <source>Edit document</source>
        <translation>编辑材料</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="46"/>
        <source>New document</source>
        <translation>新建材料</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="50"/>
        <source>e.g. 简历（AI 训练师方向）, Portfolio</source>
        <translation>例如：简历（AI 训练师方向）、作品集</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="52"/>
        <source>What it is for, what sets it apart</source>
        <translation>用于哪些岗位、和其他版本有什么不同</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="54"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="55"/>
        <source>Title *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="56"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="79"/>
        <source>Résumé</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="80"/>
        <source>Portfolio</source>
        <translation>作品集</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="81"/>
        <source>Cover letter</source>
        <translation>求职信</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="82"/>
        <source>Other material</source>
        <translation>其他材料</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="41"/>
        <source>Documents</source>
        <translation>材料库</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="45"/>
        <source>Document / version</source>
        <translation>材料 / 版本</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="45"/>
        <source>Made</source>
        <translation>制作日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="46"/>
        <source>Sent to</source>
        <translation>投递数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="56"/>
        <source>New document…</source>
        <translation>新建材料…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="57"/>
        <source>Add version…</source>
        <translation>添加版本…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="58"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="59"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="60"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="61"/>
        <source>Save a copy…</source>
        <translation>另存一份…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="62"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="98"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 个申请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="131"/>
        <source>Add your résumés, portfolios and cover letters, then record which version went with each application (in the application&apos;s panel).</source>
        <translation>把你的简历、作品集和求职信放进来，再在每个申请的详情里记下投的是哪个版本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="138"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="145"/>
        <source>Made {day}</source>
        <translation>制作于 {day}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="147"/>
        <source>File: {name} ({size})</source>
        <translation>文件：{name}（{size}）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="150"/>
        <source>Link: {link}</source>
        <translation>链接：{link}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="152"/>
        <source>Kept elsewhere (no file in Pivot)</source>
        <translation>存放在别处（Pivot 里没有文件）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/documents_dialog.py" line="153"/>
        <source>Sent to %n application(s)</source>
        <translation>
            <numerusform>投递了 %n 个申请</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/form_dialog.py" line="68"/>
        <source>Discard what you typed in this form?</source>
        <translation>放弃在这个表单里填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../tracker/ui/dialogs/help_dialogs.py" line="62"/>
        <source>Pivot keeps your whole job hunt in one file on this computer.

1. Log each application (Ctrl+N): the company, the role, and the pay as the post writes it (25-50K·19薪). Pivot reads the pay and keeps your words. Or copy the job posting and press Ctrl+Shift+V: the form opens filled in, and the posting is kept.
2. Move it through the stages as the hunt goes on: from the Move to menu, with Ctrl+] and Ctrl+[, or by dragging its card on the Board. Close it as rejected, declined, withdrawn or ghosted when it ends.
3. Add each interview round from the application&apos;s panel, with the questions you were asked; the Questions page gathers them all. Link the people of each application there too (the friend who referred you, the recruiter): the People page keeps them, with a day to follow up. Record there which résumé and portfolio version you sent; Go ▸ Documents keeps them all.
4. Add offers on the Offers page: Pivot works out a year&apos;s take-home pay under the city&apos;s rules, compares offers side by side and helps you decide.
5. The Agenda shows what is due today and this week, and applications that have probably been ghosted. Insights shows where applications stop, and Stories those who made the same move.

Everything can be undone (Ctrl+Z); deleted things go to File ▸ Trash. Backups are made on their own; File ▸ Backups lists them. Search everything with Ctrl+K.</source>
        <translation>Pivot 把你的整个求职过程保存在这台电脑上的一个文件里。

1. 记录每一条申请（Ctrl+N）：公司、职位，以及岗位原文写的薪资（25-50K·19薪）。Pivot 会识别薪资，同时保留你的原文。也可以复制职位内容后按 Ctrl+Shift+V：表单会自动填好，职位原文也会一并保存。
2. 随着求职推进，把申请移到后面的阶段：用“移至”菜单、Ctrl+] 和 Ctrl+[，或在看板上拖动它的卡片。申请结束时，用“结束为”把它标记为未通过、已拒绝、已放弃或无回音。
3. 在申请的详情面板里添加每一轮面试，并记下被问到的问题；题库页会把它们全部汇总。也可以在那里关联这条申请相关的人（内推你的朋友、招聘 HR）：人脉页会记下他们，并可设置跟进日期。投递用的是哪个版本的简历和作品集，也在那里记下；“前往 ▸ 材料库”保存所有版本。
4. 在 Offer 页添加 offer：Pivot 会按所在城市的规则算出一年到手多少，把 offer 并排比较，并帮你做决定。
5. 待办页显示今天和本周要做的事，以及疑似无回音的申请。洞察页显示申请在哪一步停下，转行故事页则收录了做过同样转行的人的经历。

一切操作都可以撤销（Ctrl+Z）；删除的内容会进入“文件 ▸ 回收站”。备份会自动生成，可以在“文件 ▸ 备份列表”里查看。按 Ctrl+K 可全局搜索。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/help_dialogs.py" line="89"/>
        <source>Getting started with Pivot</source>
        <translation>Pivot 入门</translation>
    </message>
</context>
<context>
    <name>HiringTrack</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="83"/>
        <source>Experienced hire</source>
        <translation>社招</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="84"/>
        <source>Campus hire</source>
        <translation>校招</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="85"/>
        <source>Internship</source>
        <translation>实习</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="80"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="94"/>
        <source>Found by Pivot</source>
        <translation>由 Pivot 识别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="98"/>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="102"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="106"/>
        <source>Only when unambiguous</source>
        <translation>只读取没有歧义的</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="107"/>
        <source>Day first (31/12/2026)</source>
        <translation>日在前（31/12/2026）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="108"/>
        <source>Month first (12/31/2026)</source>
        <translation>月在前（12/31/2026）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="112"/>
        <source>Dates like 01/02/2026:</source>
        <translation>像 01/02/2026 这样的日期：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="114"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="116"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="116"/>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="117"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="120"/>
        <source>Also import contact email, phone and screening answers (as a note)</source>
        <translation>同时导入联系邮箱、电话和筛选问题的回答（作为备注）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="125"/>
        <source>The first rows, as they will be stored</source>
        <translation>前几行，按保存后的样子显示</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="127"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="127"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="127"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="128"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="128"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="128"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="129"/>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="129"/>
        <source>Pivot has it</source>
        <translation>Pivot 已有</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="142"/>
        <source>Applications Pivot already has</source>
        <translation>Pivot 里已有的申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="146"/>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="147"/>
        <source>Fill in what Pivot&apos;s are missing</source>
        <translation>补全 Pivot 里缺少的信息</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="148"/>
        <source>Import them anyway</source>
        <translation>仍然导入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="161"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="177"/>
        <source>{file}: {format}, {encoding}, {rows}</source>
        <translation>{file}：{format}，{encoding}，{rows}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="193"/>
        <source>Import the {rows} whose date cannot be read, without that date</source>
        <translation>导入日期无法识别的 {rows}（不带该日期）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="218"/>
        <source>Import {applications}</source>
        <translation>导入 {applications}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="295"/>
        <source>{rows}: {ready} can be imported, {left} left out.</source>
        <translation>{rows}：{ready} 行可导入，{left} 行跳过。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="277"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="289"/>
        <source>Choose the columns for: {fields}. Pivot needs them for every row.</source>
        <translation>请为这些字段选择列：{fields}。每一行都需要它们。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="299"/>
        <source>Already in Pivot or repeated in the file: {count}.</source>
        <translation>Pivot 里已有或在文件中重复：{count} 行。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/import_dialog.py" line="303"/>
        <source>Personal data is left out: {columns}.</source>
        <translation>个人信息不导入：{columns}。</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../tracker/words/imports.py" line="35"/>
        <source>Stage or status</source>
        <translation>阶段或状态</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="36"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="37"/>
        <source>Date saved</source>
        <translation>收藏日期</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="38"/>
        <source>Date of the last move</source>
        <translation>最近一次变动日期</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="39"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="40"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="41"/>
        <source>Contact email (personal)</source>
        <translation>联系邮箱（个人信息）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="42"/>
        <source>Contact phone (personal)</source>
        <translation>联系电话（个人信息）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="43"/>
        <source>Screening answers (personal)</source>
        <translation>筛选问题回答（个人信息）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="44"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="51"/>
        <source>LinkedIn job applications</source>
        <translation>领英职位申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="54"/>
        <source>LinkedIn saved jobs</source>
        <translation>领英收藏的职位</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="55"/>
        <source>Huntr export</source>
        <translation>Huntr 导出文件</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="56"/>
        <source>JobSync export</source>
        <translation>JobSync 导出文件</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="57"/>
        <source>Pivot CSV</source>
        <translation>Pivot CSV</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="58"/>
        <source>Pivot JSON</source>
        <translation>Pivot JSON</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="59"/>
        <source>Spreadsheet (columns matched by name)</source>
        <translation>表格（按列名对应）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="69"/>
        <source>{field} is empty; the row is left out</source>
        <translation>{field}为空；这一行不导入</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="72"/>
        <source>{field} is too long; the row is left out</source>
        <translation>{field}太长；这一行不导入</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="75"/>
        <source>{field} “{value}” is not a web link; the row is left out</source>
        <translation>{field}“{value}”不是网页链接；这一行不导入</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="78"/>
        <source>{field} “{value}” is not a date; the row is left out</source>
        <translation>{field}“{value}”不是日期；这一行不导入</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="81"/>
        <source>{field} “{value}” could be day/month or month/day; choose how dates are written</source>
        <translation>{field}“{value}”既可能是日/月也可能是月/日；请选择日期的写法</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="85"/>
        <source>{field} “{value}” is not a date; imported without it</source>
        <translation>{field}“{value}”不是日期；已不带该日期导入</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="88"/>
        <source>status “{value}” is not a stage Pivot knows; imported at the first stage</source>
        <translation>状态“{value}”不是 Pivot 认识的阶段；按初始阶段导入</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="92"/>
        <source>the stage history could not be read; imported without it</source>
        <translation>无法读取阶段历史；导入时不含历史</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="95"/>
        <source>a value in this row could not be read; the row is left out</source>
        <translation>这一行有无法读取的值；这一行不导入</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="98"/>
        <source>a quote opened in this row is never closed, so every line after it was read into one cell; the row is left out. Close the quote and import the file again</source>
        <translation>这一行有一个引号没有闭合，导致其后的所有行都被读进了同一个单元格；这一行不导入。请补上闭合的引号，再重新导入文件</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="103"/>
        <source>more cells than headers; the extra cells are ignored</source>
        <translation>单元格比表头多；多出的单元格被忽略</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="111"/>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="130"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="132"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="133"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="134"/>
        <source>Meeting link</source>
        <translation>会议链接</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="147"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="148"/>
        <source>A note of application</source>
        <translation>笔记，所属申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="149"/>
        <source>A captured posting of application</source>
        <translation>申请附带的职位原文</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="152"/>
        <source>An interview round of application</source>
        <translation>面试轮次，所属申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="155"/>
        <source>An offer of application</source>
        <translation>Offer，所属申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="156"/>
        <source>Story</source>
        <translation>故事</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="157"/>
        <source>Pay figure</source>
        <translation>薪资参考</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="158"/>
        <source>Negotiation step</source>
        <translation>谈薪记录</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="159"/>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="160"/>
        <source>Document version</source>
        <translation>材料版本</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="162"/>
        <source>{record} {position} ({label}): {field}: {problem}</source>
        <translation>{record} {position}（{label}）：{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="181"/>
        <source>It comes from a newer Pivot (file format {version}; this Pivot reads format {known}). What this Pivot knows is imported; what it does not know is left out.</source>
        <translation>这个文件来自更新版本的 Pivot（文件格式 {version}；当前 Pivot 读取的是格式 {known}）。当前 Pivot 认识的内容会导入，不认识的内容不导入。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="189"/>
        <source>Fields this Pivot does not know, left out: {fields}.</source>
        <translation>当前 Pivot 不认识、因此不导入的字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="195"/>
        <source>Document versions without their file: {count}. The file is not in the folder of files beside the export (or it is not a document Pivot keeps); those versions are imported with their label only.</source>
        <translation>缺少文件的材料版本：{count} 个。文件不在导出文件旁的文件夹里（或者不是 Pivot 保存的材料类型），这些版本只导入名称。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="206"/>
        <source>… and {count} more</source>
        <translation>…… 还有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../tracker/words/imports.py" line="210"/>
        <source>Left out, because the forms would refuse them:</source>
        <translation>以下记录不导入，因为表单不会接受它们：</translation>
    </message>
</context>
<context>
    <name>InsightCanvas</name>
    <message>
        <location filename="../../tracker/ui/charts/insight_canvas.py" line="60"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/insight_canvas.py" line="61"/>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/insight_canvas.py" line="69"/>
        <location filename="../../tracker/ui/charts/insight_canvas.py" line="81"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/insight_canvas.py" line="82"/>
        <source>The chart could not be saved: {reason}</source>
        <translation>图表没能保存：{reason}</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="61"/>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="62"/>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="63"/>
        <source>Last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="64"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="65"/>
        <source>Dates below</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="69"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="70"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="71"/>
        <source>All role categories</source>
        <translation>全部岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="72"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/insights_page.py" line="148"/>
        <source>{applications} sent in this period.</source>
        <translation>这段时间投递了 {applications}。</translation>
    </message>
</context>
<context>
    <name>InterviewKind</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="92"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="93"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="94"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="95"/>
        <source>Written test</source>
        <translation>笔试</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="96"/>
        <source>Online assessment</source>
        <translation>在线测评</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="97"/>
        <source>AI interview</source>
        <translation>AI 面试</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="98"/>
        <source>HR interview</source>
        <translation>HR 面</translation>
    </message>
</context>
<context>
    <name>InterviewOutcome</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="103"/>
        <source>Waiting for the result</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="104"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="105"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>InterviewStatus</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="99"/>
        <source>Scheduled</source>
        <translation>已约</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="100"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="101"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="102"/>
        <source>Rescheduled</source>
        <translation>已改期</translation>
    </message>
</context>
<context>
    <name>LinkPersonDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/link_person_dialog.py" line="36"/>
        <source>Link a person</source>
        <translation>关联联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/link_person_dialog.py" line="47"/>
        <source>Someone you know, or a new name</source>
        <translation>选择已有联系人，或输入新名字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/link_person_dialog.py" line="57"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/link_person_dialog.py" line="58"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/link_person_dialog.py" line="59"/>
        <source>As</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/link_person_dialog.py" line="79"/>
        <source>Choose someone, or type the name of someone new.</source>
        <translation>请选择一位联系人，或输入新联系人的名字。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="203"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="204"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="205"/>
        <source>Questions</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="206"/>
        <source>Offers</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="207"/>
        <source>People</source>
        <translation>人脉</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="449"/>
        <source>Edit company {name}</source>
        <translation>编辑公司 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="667"/>
        <source>&amp;Edit offer…</source>
        <translation>编辑 Offer(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="668"/>
        <source>&amp;Delete offer</source>
        <translation>删除 Offer(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="673"/>
        <source>&amp;Edit round of question…</source>
        <translation>编辑题目所在轮次(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="674"/>
        <source>&amp;Delete question</source>
        <translation>删除面试题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="679"/>
        <source>&amp;Edit person…</source>
        <translation>编辑联系人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="680"/>
        <source>&amp;Delete person</source>
        <translation>删除联系人(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="683"/>
        <location filename="../../tracker/ui/window/menus.py" line="71"/>
        <source>&amp;Delete application</source>
        <translation>删除申请(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/status_bar.py" line="33"/>
        <source>This file was written by a newer version of Pivot, so it is open read-only: you can read and export everything, but not change it. Update Pivot to edit.</source>
        <translation>这个文件由更新版本的 Pivot 写入，因此以只读方式打开：你可以查看和导出全部内容，但不能修改。请更新 Pivot 后再编辑。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/status_bar.py" line="38"/>
        <source>This file is on a read-only disk or share, so it is open read-only: you can read and export everything, but not change it. Copy it to a writable folder to edit.</source>
        <translation>这个文件位于只读的磁盘或共享位置，因此以只读方式打开：你可以查看和导出全部内容，但不能修改。请把它复制到可写的文件夹后再编辑。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="45"/>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="682"/>
        <location filename="../../tracker/ui/window/menus.py" line="64"/>
        <source>&amp;Edit application…</source>
        <translation>编辑申请(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="662"/>
        <location filename="../../tracker/ui/window/menus.py" line="78"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="52"/>
        <source>New from &amp;posting</source>
        <translation>从职位新建(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="58"/>
        <source>A new application filled in from the job posting you copied</source>
        <translation>用你复制的职位内容填好一条新申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="85"/>
        <source>Search &amp;everything…</source>
        <translation>全局搜索(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="92"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="98"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="105"/>
        <source>Move to &amp;next stage</source>
        <translation>进入下一阶段(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="111"/>
        <source>Add an &amp;offer…</source>
        <translation>添加 Offer(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="115"/>
        <source>Move to &amp;previous stage</source>
        <translation>退回上一阶段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="121"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="124"/>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="127"/>
        <source>Bac&amp;kups…</source>
        <translation>备份列表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="130"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="134"/>
        <source>&amp;Open data folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="140"/>
        <source>&amp;Import applications…</source>
        <translation>导入申请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="144"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="146"/>
        <source>&amp;CSV for Excel (the table as filtered)…</source>
        <translation>Excel 用的 CSV（按表格当前筛选）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="148"/>
        <source>Excel &amp;workbook (the table as filtered, offers, rounds)…</source>
        <translation>Excel 工作簿（筛选后的表格、Offer、面试轮次）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="151"/>
        <source>&amp;Everything, as Pivot JSON…</source>
        <translation>全部数据，Pivot JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="153"/>
        <source>&amp;Interviews, as a calendar (.ics)…</source>
        <translation>面试，日历文件 .ics(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="163"/>
        <source>&amp;About Pivot</source>
        <translation>关于 Pivot(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="167"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="172"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="179"/>
        <source>&amp;Move to</source>
        <translation>移至(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="188"/>
        <source>&amp;Close as</source>
        <translation>结束为(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="214"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="228"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="237"/>
        <source>&amp;Application</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="239"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="248"/>
        <source>&amp;Documents (résumés, portfolios)…</source>
        <translation>材料库（简历、作品集）(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="252"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="253"/>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="256"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/menus.py" line="274"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="641"/>
        <source>Applications shown: {shown} of {total}</source>
        <translation>显示 {shown} 条申请，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="662"/>
        <source>Un&amp;archive</source>
        <translation>取消归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="202"/>
        <source>Agenda</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="208"/>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/main_window.py" line="209"/>
        <source>Stories</source>
        <translation>转行故事</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/status_bar.py" line="24"/>
        <source>No Chinese font is installed, so Chinese text shows as boxes and Pivot speaks English. Install one (e.g. fonts-noto-cjk) and restart Pivot.</source>
        <translation>No Chinese font is installed, so Chinese text shows as boxes and Pivot speaks English. Install one (e.g. fonts-noto-cjk) and restart Pivot.</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/outside_changes.py" line="59"/>
        <source>Another program is using the database; waiting for it to finish ({seconds} s)…</source>
        <translation>另一个程序正在使用数据库；正在等待它完成（{seconds} 秒）…</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <location filename="../../tracker/ui/widgets/materials_section.py" line="30"/>
        <source>No résumé or portfolio recorded: which version went with this application?</source>
        <translation>还没有记录投递材料：这次投的是哪个版本的简历或作品集？</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/materials_section.py" line="32"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/materials_section.py" line="33"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/materials_section.py" line="34"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/materials_section.py" line="39"/>
        <source>Record a version sent…</source>
        <translation>记录投递的版本…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/materials_section.py" line="57"/>
        <source>{kind}, sent {day}</source>
        <translation>{kind}，{day} 投递</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../tracker/app.py" line="406"/>
        <source>Something went wrong inside Pivot. Your saved data is safe; the last action may not have been saved.</source>
        <translation>Pivot 内部出错了。已保存的数据是安全的，但刚才的操作可能没有保存。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="22"/>
        <source>The disk is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>磁盘空间已满，本次更改未保存。请释放一些空间后重试；之前已保存的数据没有丢失。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="61"/>
        <source>This database was written by a newer version of Pivot. Update Pivot to open it; the file was left untouched.</source>
        <translation>这个数据库由更新版本的 Pivot 创建。请升级 Pivot 后再打开；文件没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="71"/>
        <source>This file is on a read-only disk or share, so nothing can be saved or imported there (and a file that needs an upgrade or does not exist yet cannot be opened). Reading and exporting still work; copy the folder somewhere writable to change it.</source>
        <translation>这个文件位于只读的磁盘或共享位置，因此无法在那里保存或导入任何内容（需要升级或尚不存在的文件也无法打开）。查看和导出仍然可以；如需修改，请把文件夹复制到可写的位置。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="78"/>
        <source>The database file is damaged. Pivot did not change it. Restore a backup from the backups folder beside it.</source>
        <translation>数据库文件已损坏，Pivot 没有改动它。请从同目录下的备份文件夹（backups）中恢复一份备份。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="83"/>
        <source>The database file is missing but backups of it exist. Pivot will not start an empty database beside them: restore the newest backup from the backups folder.</source>
        <translation>找不到数据库文件，但它的备份还在。为避免混淆，Pivot 不会在备份旁新建空数据库：请从备份文件夹（backups）中恢复最新的一份备份。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="27"/>
        <source>Another program is using the database, so the change was not saved. Close it (for example a database browser) and try again; everything saved before is safe.</source>
        <translation>另一个程序正在使用数据库，这次修改没有保存。请关闭该程序（例如数据库浏览器）后重试；之前保存的内容都安然无恙。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="32"/>
        <source>The database cannot be written (the file or its folder is read-only), so the change was not saved. Make them writable and try again; everything saved before is safe.</source>
        <translation>数据库无法写入（文件或所在文件夹为只读），这次修改没有保存。请取消只读后重试；之前保存的内容都安然无恙。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="38"/>
        <source>The disk reported an error while reading or writing the database, so the change was not saved. Check the disk (or the cable of an external drive), try again, then run File ▸ Check database.</source>
        <translation>读写数据库时磁盘报告了错误，这次修改没有保存。请检查磁盘（外置硬盘请检查连接线）后重试，然后运行“文件 ▸ 检查数据库”。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="44"/>
        <source>This file is not a Pivot database, so Pivot did not open or change it. Move it away, or start Pivot with another data folder (--data-dir).</source>
        <translation>此文件不是 Pivot 数据库，Pivot 没有打开或改动它。请把它移走，或用另一个数据文件夹启动 Pivot（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="49"/>
        <source>This file belongs to another program, so Pivot did not open or change it. Start Pivot with another data folder (--data-dir).</source>
        <translation>此文件属于另一个程序，Pivot 没有打开或改动它。请用另一个数据文件夹启动 Pivot（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="54"/>
        <source>This file carries Pivot&apos;s mark, but what it holds is not Pivot&apos;s alone: tables, triggers or views Pivot never creates, or a log file (-wal) from another database beside it. Pivot did not open or change it. Move the -wal file away if it does not belong here, or restore a backup.</source>
        <translation>这个文件带有 Pivot 的标记，但其中的内容不只属于 Pivot：里面有 Pivot 从不创建的表、触发器或视图，或者旁边有来自另一个数据库的日志文件（-wal）。Pivot 没有打开或改动它。如果那个 -wal 文件不属于这里，请把它移走；或者恢复一份备份。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="66"/>
        <source>This file was written by a newer version of Pivot and is open read-only, so the change was not saved. Update Pivot to edit it; everything saved before is safe.</source>
        <translation>这个文件由更新版本的 Pivot 写入，目前以只读方式打开，所以这次修改没有保存。请更新 Pivot 后再编辑；之前保存的内容都是安全的。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="99"/>
        <source>The data folder cannot be used: a file of that name is in the way, or the folder cannot be created. Start Pivot with another data folder (--data-dir).</source>
        <translation>无法使用数据文件夹：有同名文件挡住了路径，或无法创建该文件夹。请用另一个数据文件夹启动 Pivot（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="104"/>
        <source>Upgrading the database to this version failed and was rolled back; the file is as it was, and a backup was made before the attempt.</source>
        <translation>数据库升级到此版本时失败，已全部回滚：文件保持原样，升级前也已做过备份。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="109"/>
        <source>A verified backup could not be written, so nothing was changed.</source>
        <translation>无法写入经过校验的备份，因此没有做任何更改，数据保持原样。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="12"/>
        <source>The file or its folder does not exist. Choose a folder that exists and try again.</source>
        <translation>文件或它所在的文件夹不存在。请选择一个存在的文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="16"/>
        <source>Pivot is not allowed to use this file or its folder. Choose another folder, or change the permissions, and try again.</source>
        <translation>Pivot 没有权限使用这个文件或它所在的文件夹。请选择其他文件夹或修改权限，然后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="21"/>
        <source>The disk is full, so the file was not written; a file already there is unchanged. Free some space and try again.</source>
        <translation>磁盘已满，文件没有写入；原有的同名文件保持不变。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="26"/>
        <source>The folder is read-only, so the file was not written. Choose another folder and try again.</source>
        <translation>文件夹是只读的，文件没有写入。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="31"/>
        <source>The disk reported an error while reading or writing the file; a file already there is unchanged. Check the disk and try again.</source>
        <translation>读写文件时磁盘报告了错误；原有的同名文件保持不变。请检查磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="36"/>
        <source>That name belongs to a folder, not a file. Choose another name.</source>
        <translation>这个名称属于一个文件夹，而不是文件。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="39"/>
        <source>That is not an ordinary file (it is a pipe, a device or a socket), so Pivot did not use it. Choose an ordinary file on a disk.</source>
        <translation>这不是普通文件（而是管道、设备或套接字），因此 Pivot 没有使用它。请选择磁盘上的普通文件。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="44"/>
        <source>The text encoding of the file could not be recognised (it is neither UTF-8, UTF-16 nor GB18030). Save it as UTF-8 and try again.</source>
        <translation>无法识别文件的文本编码（既不是 UTF-8、UTF-16，也不是 GB18030）。请将它另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="49"/>
        <source>The file is not a table Pivot can read: it has no header row, or it is not text. Export it as CSV with a header row and try again.</source>
        <translation>这个文件不是 Pivot 能读取的表格：它没有表头行，或者不是文本。请导出为带表头行的 CSV 后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="54"/>
        <source>The file is not a Pivot export, so nothing was imported from it.</source>
        <translation>这个文件不是 Pivot 导出的文件，因此没有从中导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="57"/>
        <source>The file comes from a newer version of Pivot and this version cannot read it, so nothing was imported from it. Update Pivot and import it again.</source>
        <translation>这个文件来自更新版本的 Pivot，当前版本无法读取，因此没有从中导入任何内容。请更新 Pivot 后重新导入。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="62"/>
        <source>The file has a header row but no rows under it, so there is nothing to import. Nothing was written.</source>
        <translation>这个文件只有表头行，下面没有数据行，因此没有可导入的内容。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="67"/>
        <source>The file changed after it was previewed, so nothing was imported. Open it again to see what it holds now.</source>
        <translation>文件在预览之后发生了变化，因此没有导入任何内容。请重新打开它，查看它现在的内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="72"/>
        <source>The file name is too long for this disk. Choose a shorter name.</source>
        <translation>文件名太长，这个磁盘无法使用。请换一个短一些的名称。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="75"/>
        <source>The file is larger than Pivot reads for its kind (5 MB for a job posting, 50 MB for a workbook or a document), so it was not read and nothing was written.</source>
        <translation>文件超过了 Pivot 对这类文件的大小上限（职位页面 5 MB，工作簿或材料 50 MB），没有读取，也没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="80"/>
        <source>The workbook is protected by a password, or saved in the old .xls format, so Pivot cannot read it and nothing was written. Save it as .xlsx without a password and try again.</source>
        <translation>这个工作簿设置了密码，或是旧的 .xls 格式，Pivot 无法读取，也没有写入任何内容。请另存为不带密码的 .xlsx 后再试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="86"/>
        <source>The workbook has no sheet of that name, so nothing was imported.</source>
        <translation>工作簿里没有这个名字的工作表，所以没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="89"/>
        <source>The file holds no text Pivot can read as a job posting: it is not text or a web page, or it is empty. Open the posting and copy its text instead.</source>
        <translation>文件里没有 Pivot 能当作职位读取的文字：它不是文本或网页，或是空的。请打开职位，复制其中的文字。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="94"/>
        <source>The file holds no contact card (vCard) Pivot can read, so no one was added. Export the contacts as a .vcf file from your phone or address book and try again.</source>
        <translation>文件里没有 Pivot 能读取的联系人名片（vCard），未添加任何人。请从手机或通讯录把联系人导出为 .vcf 文件后再试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="99"/>
        <source>The file is empty, so there is nothing to keep. Nothing was added.</source>
        <translation>文件是空的，没有可保存的内容，未添加任何东西。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="102"/>
        <source>That file is a program or a script, so Pivot did not keep it: a document is a PDF, an image, a text or an office file. Nothing was added.</source>
        <translation>这个文件是程序或脚本，Pivot 不会保存它：材料应是 PDF、图片、文本或办公文档。未添加任何东西。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="107"/>
        <source>The document&apos;s file is missing from Pivot&apos;s data folder (it was moved or deleted outside Pivot). Restore a backup, or add the file again as a new version.</source>
        <translation>Pivot 数据文件夹里找不到这份材料的文件（可能在 Pivot 之外被移动或删除了）。请恢复一个备份，或者把文件重新添加为新版本。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="112"/>
        <source>That is Pivot&apos;s own database, or a file Pivot keeps beside it (its journal, lock or backups), so nothing was written. Choose another name or folder.</source>
        <translation>这是 Pivot 自己的数据库，或 Pivot 放在它旁边的文件（日志、锁文件或备份），因此没有写入任何内容。请换一个名称或文件夹。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/files.py" line="126"/>
        <location filename="../../tracker/words/messages.py" line="121"/>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="88"/>
        <source>There is no Pivot database here yet, so there is nothing to read. Pivot&apos;s window starts one when it first opens on this folder.</source>
        <translation>这里还没有 Pivot 数据库，因此没有可读取的内容。Pivot 窗口第一次用这个文件夹打开时会新建一个。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="93"/>
        <source>The database&apos;s name belongs to a folder, not a file, so there is nothing to read and nothing was changed. Move the folder away, or use another data folder (--data-dir).</source>
        <translation>数据库的名称被一个文件夹占用，而不是文件，因此没有可读取的内容，也没有做任何改动。请把该文件夹移走，或使用另一个数据文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="112"/>
        <source>There is not enough free disk space for a backup, so nothing was changed and the backups already there are untouched. Free at least as much space as the database file takes and try again.</source>
        <translation>磁盘剩余空间不足以完成备份，因此没有做任何修改，已有的备份也保持不变。请至少腾出与数据库文件同样大小的空间后重试。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="130"/>
        <source>Not a time zone Pivot knows; use a name such as Asia/Shanghai.</source>
        <translation>Pivot 不认识这个时区，请用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="134"/>
        <source>Every question needs its text.</source>
        <translation>每道题都要写上题目。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="136"/>
        <source>Each stage of your own needs a name, and at least one stage is shown.</source>
        <translation>自己添加的阶段都要有名称，并且至少显示一个阶段。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="139"/>
        <source>Two stages cannot have the same name.</source>
        <translation>两个阶段不能同名。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="142"/>
        <source>A built-in stage, or one that applications have been in, cannot be removed; hide it instead.</source>
        <translation>内置阶段或有申请经历过的阶段不能删除，可以把它隐藏。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="147"/>
        <location filename="../../tracker/words/messages.py" line="150"/>
        <source>Not a stage of this pipeline.</source>
        <translation>不是当前流程中的阶段。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="153"/>
        <source>Choose a date from 1970 to 2100.</source>
        <translation>请选择 1970 到 2100 年之间的日期。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="156"/>
        <source>Silent days before an application looks ghosted: 1 to 365.</source>
        <translation>判定为疑似无回音的沉默天数：1 到 365。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="159"/>
        <location filename="../../tracker/words/messages.py" line="162"/>
        <source>With this base the contributions take more than the monthly pay.</source>
        <translation>按这个基数，社保公积金会超过月薪。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="165"/>
        <source>Not an e-mail address: it needs an @ and no spaces.</source>
        <translation>不是邮箱地址：需要包含 @，且不能有空格。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="172"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="173"/>
        <source>Too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="174"/>
        <source>Only web links (http or https) can be kept here.</source>
        <translation>这里只能填写网页链接（http 或 https）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="177"/>
        <source>Out of range.</source>
        <translation>超出范围。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="192"/>
        <source>Not saved: {problems}</source>
        <translation>未保存：{problems}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="196"/>
        <source>That offer no longer exists (it may have been deleted).</source>
        <translation>这个 offer 已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="200"/>
        <source>That interview round no longer exists (it may have been deleted).</source>
        <translation>这轮面试已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="204"/>
        <source>That application no longer exists (it may have been deleted). The list has been reloaded.</source>
        <translation>该申请已不存在（可能已被删除）。列表已重新载入。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/messages.py" line="209"/>
        <source>That could not be done: {reason}. Nothing was changed.</source>
        <translation>无法完成：{reason}。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/messages.py" line="37"/>
        <source>Pivot</source>
        <translation>Pivot</translation>
    </message>
</context>
<context>
    <name>MovesCanvas</name>
    <message>
        <location filename="../../tracker/ui/charts/moves_canvas.py" line="37"/>
        <source>From which profession to which kind of role</source>
        <translation>从哪个行业转到哪类岗位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/moves_canvas.py" line="38"/>
        <source>No story matches these filters.</source>
        <translation>没有符合这些筛选条件的故事。</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="35"/>
        <source>I asked</source>
        <translation>我提出</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="36"/>
        <source>They offered</source>
        <translation>对方给出</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="47"/>
        <source>{months} months</source>
        <translation>{months} 薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="51"/>
        <source>bonus {months} months</source>
        <translation>绩效 {months} 个月</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="54"/>
        <source>sign-on {amount}</source>
        <translation>签字费 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="57"/>
        <source>equity {amount}</source>
        <translation>股票 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="78"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="78"/>
        <source>Who</source>
        <translation>谁提出</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="78"/>
        <source>Terms</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="78"/>
        <source>Take-home a year</source>
        <translation>年到手</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="79"/>
        <source>Change a year</source>
        <translation>每年变化</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="79"/>
        <source>Change over 4 years</source>
        <translation>四年变化</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="79"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="83"/>
        <source>Add a step…</source>
        <translation>添加一轮…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="84"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="85"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="104"/>
        <source>Choose an offer in the list to keep its negotiation.</source>
        <translation>在列表里选择一个 offer，记录谈薪过程。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/negotiation_panel.py" line="108"/>
        <source>{offer}: each ask and counter, and what its terms would change in take-home pay against the offer as it stands. Terms a step leaves out stay as the offer says.</source>
        <translation>{offer}：每一轮要价和还价，以及这些条件相对当前 offer 会让到手收入变化多少。某一轮没写的条件按 offer 原样计算。</translation>
    </message>
</context>
<context>
    <name>OfferActions</name>
    <message>
        <location filename="../../tracker/ui/commands/offer_actions.py" line="38"/>
        <source>Add offer {name}</source>
        <translation>添加 offer {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/offer_actions.py" line="50"/>
        <source>Edit offer {name}</source>
        <translation>编辑 offer {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/offer_actions.py" line="66"/>
        <source>Delete offer {name}</source>
        <translation>删除 offer {name}</translation>
    </message>
</context>
<context>
    <name>OfferCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/offers.py" line="109"/>
        <source>Add a step to {name}</source>
        <translation>为 {name} 添加一轮谈薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/offers.py" line="112"/>
        <source>Edit a step of {name}</source>
        <translation>编辑 {name} 的一轮谈薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/offers.py" line="115"/>
        <source>Delete a step of {name}</source>
        <translation>删除 {name} 的一轮谈薪</translation>
    </message>
</context>
<context>
    <name>OfferComparison</name>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="109"/>
        <source>Gross a year</source>
        <translation>年税前总额</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="110"/>
        <source>Social insurance (yours)</source>
        <translation>社保（个人部分）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="111"/>
        <source>Housing fund (yours)</source>
        <translation>公积金（个人部分）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="112"/>
        <source>Income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="113"/>
        <source>Take-home a year</source>
        <translation>年到手</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="114"/>
        <source>Take-home + housing fund</source>
        <translation>到手 + 公积金（双边）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="115"/>
        <source>First year (sign-on, equity)</source>
        <translation>第一年（含签字费、股票）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="116"/>
        <source>Four years</source>
        <translation>四年合计</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="117"/>
        <source>Per hour (with commute)</source>
        <translation>时薪（含通勤时间）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="134"/>
        <source>Reply by</source>
        <translation>答复截止</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="135"/>
        <source>Salary as written</source>
        <translation>薪资写法</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="136"/>
        <source>Market figures</source>
        <translation>市场薪资参考</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="137"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="186"/>
        <source>The best of these offers</source>
        <translation>这几个 offer 里最好的</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="254"/>
        <source>No rules for this city yet: national rates and a default cap are used.</source>
        <translation>暂无此城市的规则：按全国费率和默认上限估算。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="257"/>
        <source>Paid by the day: an internship, taxed as labour remuneration.</source>
        <translation>按天计薪：视为实习，按劳务报酬计税。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="259"/>
        <source>These figures cannot be valued.</source>
        <translation>这些数字无法计算。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/offer_comparison.py" line="264"/>
        <source>Probation {months} months at {ratio:.0%} (not in the yearly figures).</source>
        <translation>试用期 {months} 个月，发 {ratio:.0%}（未计入年度数字）。</translation>
    </message>
</context>
<context>
    <name>OfferComponentsCanvas</name>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="39"/>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="68"/>
        <source>No offers to compare yet.</source>
        <translation>还没有可比较的 offer。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="69"/>
        <source>Take-home pay</source>
        <translation>到手</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="70"/>
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="71"/>
        <source>Social insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="72"/>
        <source>Income tax</source>
        <translation>个税</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="73"/>
        <source>Employer&apos;s housing fund</source>
        <translation>单位缴公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="74"/>
        <source>{amount} take-home</source>
        <translation>到手 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="75"/>
        <source>Yuan a year</source>
        <translation>元/年</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/charts/offer_components_canvas.py" line="76"/>
        <source>Market figures (gross a year)</source>
        <translation>市场薪资参考（年税前）</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="74"/>
        <source>Edit offer</source>
        <translation>编辑 offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="74"/>
        <source>New offer</source>
        <translation>新的 offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="92"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="128"/>
        <source>Not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="94"/>
        <source>A new application…</source>
        <translation>新的申请…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="101"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="103"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="105"/>
        <source>As the letter says, e.g. 25K×16, 500元/天</source>
        <translation>按 offer 上写的，例如 25K×16、500元/天</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="109"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="116"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="121"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="122"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="127"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="140"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="141"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="112"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="114"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="155"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="126"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="139"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="418"/>
        <source>The city&apos;s usual</source>
        <translation>城市默认</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="144"/>
        <source>No housing fund</source>
        <translation>不缴公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="149"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="150"/>
        <source>Reply by</source>
        <translation>答复截止</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="154"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="159"/>
        <source> % of the pay</source>
        <translation> % 工资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="161"/>
        <source>The schedule&apos;s usual</source>
        <translation>按作息默认</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="162"/>
        <source> h a week</source>
        <translation> 小时/周</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="166"/>
        <source> min a day, both ways</source>
        <translation> 分钟/天（往返）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="167"/>
        <source>Non-compete clause</source>
        <translation>竞业协议</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="168"/>
        <source>Outsourced (外包)</source>
        <translation>外包</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="169"/>
        <source>Helps with hukou (户口)</source>
        <translation>可解决户口</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="175"/>
        <source>Not rated</source>
        <translation>未打分</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="179"/>
        <source>What the letter or HR said, what to negotiate</source>
        <translation>offer 或 HR 说了什么，要谈什么</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="193"/>
        <source>For</source>
        <translation>对应申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="203"/>
        <source>Salary as written</source>
        <translation>薪资写法</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="205"/>
        <source>Monthly base</source>
        <translation>月薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="207"/>
        <source>Months a year (薪数)</source>
        <translation>薪数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="210"/>
        <source>Performance bonus</source>
        <translation>绩效奖金</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="211"/>
        <source>Bonus amount</source>
        <translation>奖金金额</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="212"/>
        <source>Bonus expected paid</source>
        <translation>预计奖金发放比例</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="213"/>
        <source>Sign-on bonus</source>
        <translation>签字费</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="214"/>
        <source>Equity (total)</source>
        <translation>股票/期权（总额）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="215"/>
        <source>Vesting over</source>
        <translation>归属年限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="217"/>
        <source>Allowances a month</source>
        <translation>每月补贴</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="219"/>
        <source>Starts in</source>
        <translation>入职月份</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="220"/>
        <source>Extra months, first year</source>
        <translation>首年多发月薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="223"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="224"/>
        <source>Contributions</source>
        <translation>缴纳方式</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="226"/>
        <source>Social-insurance base</source>
        <translation>社保基数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="229"/>
        <source>Housing-fund base</source>
        <translation>公积金基数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="230"/>
        <source>Housing-fund rate</source>
        <translation>公积金比例</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="231"/>
        <source>Medical insurance tier</source>
        <translation>医保档次</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="234"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="237"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="239"/>
        <source>Pay in probation</source>
        <translation>试用期工资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="242"/>
        <source>Schedule</source>
        <translation>作息</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="243"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="244"/>
        <source>Commute</source>
        <translation>通勤</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="251"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="255"/>
        <source>Pay</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="256"/>
        <source>Social insurance and housing fund</source>
        <translation>五险一金</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="257"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="258"/>
        <source>Beyond money</source>
        <translation>钱以外</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="450"/>
        <source>Paid by the day or hour: valued as an internship (labour remuneration).</source>
        <translation>按天或按小时计薪：按实习（劳务报酬）计算。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="471"/>
        <source>With these bases the contributions would take more than the monthly pay: give the bases the employer declares (usually last year&apos;s average wage).</source>
        <translation>按这些基数，社保公积金会超过月薪：请填写公司申报的基数（通常是上一年的月平均工资）。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="477"/>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="480"/>
        <source>Take-home a year: fill in the pay to see it.</source>
        <translation>年到手：填好薪资后显示。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="485"/>
        <source>national rates</source>
        <translation>全国费率</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/offer_dialog.py" line="488"/>
        <source>Take-home ≈ {take_home} a year ({with_funds} with both sides&apos; housing fund); an estimate under the {year} rules for {city}, not tax advice.</source>
        <translation>年到手 ≈ {take_home}（含双边公积金 {with_funds}）；按 {year} 年{city}的规则估算，不构成税务建议。</translation>
    </message>
</context>
<context>
    <name>OfferStatus</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="109"/>
        <source>Waiting for my answer</source>
        <translation>待我答复</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="110"/>
        <source>Negotiating</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="111"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="112"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="113"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="114"/>
        <source>Withdrawn by the company</source>
        <translation>公司撤回</translation>
    </message>
</context>
<context>
    <name>OfferTableModel</name>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="44"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="45"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="46"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="47"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="48"/>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="49"/>
        <source>Take-home a year</source>
        <translation>年到手</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="50"/>
        <source>Reply by</source>
        <translation>答复截止</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/offer_table_model.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="73"/>
        <source>No offers yet. Add one with “New offer”; it can start a new application.</source>
        <translation>还没有 offer。点“新的 offer”添加，也可以顺便新建申请。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="75"/>
        <source>New offer…</source>
        <translation>新的 offer…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="76"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="77"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="94"/>
        <source>Side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="95"/>
        <source>Decide</source>
        <translation>做决定</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="97"/>
        <source>Negotiation</source>
        <translation>谈薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/offers_page.py" line="149"/>
        <source>Estimates under the published rules of {years}, not tax advice; the 个人所得税 app has the final figures.</source>
        <translation>按 {years} 年公布的规则估算，不构成税务建议；以个人所得税 App 为准。</translation>
    </message>
</context>
<context>
    <name>OriginField</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="134"/>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="135"/>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="136"/>
        <source>Media</source>
        <translation>媒体与文娱</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="137"/>
        <source>E-commerce</source>
        <translation>电商</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="138"/>
        <source>Engineering</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="139"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="140"/>
        <source>Business and founding</source>
        <translation>商业与创业</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="141"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="45"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="46"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="47"/>
        <source>Withdrawn</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="48"/>
        <source>Ghosted</source>
        <translation>无回音</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="49"/>
        <source>Talent pool</source>
        <translation>泡池子</translation>
    </message>
</context>
<context>
    <name>PayNotices</name>
    <message>
        <location filename="../../tracker/words/pay.py" line="22"/>
        <source>month {month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="23"/>
        <source>months {first}–{last}</source>
        <translation>{first}–{last}月</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="32"/>
        <source>The bonus of {amount} sits in a tax trap: a bonus of {lower} would leave more after tax.</source>
        <translation>年终奖 {amount} 落在个税“雷区”：发 {lower} 反而到手更多。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="38"/>
        <source>Some city figures come from third-party sources.</source>
        <translation>部分城市数据来自第三方，非官方公告。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="42"/>
        <source>No rules for {year} yet: those of {rule_year} are used.</source>
        <translation>还没有 {year} 年的规则：按 {rule_year} 年的规则计算。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="46"/>
        <source>The bonus can no longer be taxed separately: it is merged.</source>
        <translation>年终奖已不能单独计税：并入综合所得计算。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="50"/>
        <source>{amount} of the housing fund is over the cap and taxed.</source>
        <translation>公积金有 {amount} 超过上限，需要计税。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="54"/>
        <source>The housing-fund rate is below the city&apos;s minimum.</source>
        <translation>公积金比例低于该城市的下限。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="58"/>
        <source>Squared at the annual settlement: {amount} (positive: a refund).</source>
        <translation>年度汇算时多退少补：{amount}（正数为退税）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="62"/>
        <source>Bounds of {start} used for {months}: newer figures are not yet known.</source>
        <translation>{months}沿用 {start} 起的基数上下限：更新的数字尚未公布。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="66"/>
        <source>No city: bases are capped at a national default (3 times the national average wage); the city gives the real figures.</source>
        <translation>未填城市：基数按全国默认上限（全国平均工资的 3 倍）封顶；填写城市可得到实际数字。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="73"/>
        <source>social-insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="75"/>
        <source>housing-fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="77"/>
        <source>The {side} base of {asked} is outside the city&apos;s bounds for {months}: {used} is used, as the rule requires.</source>
        <translation>{side}基数 {asked} 超出该城市{months}的上下限：按规定使用 {used}。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="88"/>
        <source>First year: the extra months ({amount}) are prorated by the {months} months worked, {paid} is paid.</source>
        <translation>首年：多发的月薪（{amount}）按在职 {months} 个月折算，发放 {paid}。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="94"/>
        <source>First year: the extra months ({amount}) are paid in full for {months} months worked, as the letter promises.</source>
        <translation>首年：虽只在职 {months} 个月，多发的月薪（{amount}）按 offer 承诺全额发放。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="102"/>
        <source>Medical insurance at {tier} by default; another tier can be chosen on the Social insurance and housing fund tab.</source>
        <translation>医保默认按{tier}；可在“五险一金”页选择其他档次。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="107"/>
        <source>Medical insurance at {tier}.</source>
        <translation>医保按{tier}。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="111"/>
        <source>Some of the city&apos;s caps are assumptions: no source gives them.</source>
        <translation>该城市部分基数上限是假设值：没有找到来源。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="124"/>
        <source>it cannot be read as UTF-8 text</source>
        <translation>无法作为 UTF-8 文本读取</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="127"/>
        <source>it is not JSON</source>
        <translation>不是 JSON 格式</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="128"/>
        <source>it is not in format 1</source>
        <translation>不是格式 1</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="131"/>
        <source>a value is missing</source>
        <translation>缺少某个值</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="132"/>
        <source>a value is not valid</source>
        <translation>某个值无效</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="133"/>
        <source>its figures contradict one another</source>
        <translation>其中的数字互相矛盾</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="136"/>
        <source>it is nested far deeper than pay rules are</source>
        <translation>嵌套层级远远超出薪资规则应有的深度</translation>
    </message>
    <message>
        <location filename="../../tracker/words/pay.py" line="140"/>
        <source>Your pay rules file {path} is not used ({reason}{where}); the rules shipped with Pivot are used instead.</source>
        <translation>你的薪资规则文件 {path} 未被使用（{reason}{where}）；改用 Pivot 自带的规则。</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="173"/>
        <source>Import people</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="175"/>
        <source>Contact cards (*.vcf *.vcard)</source>
        <translation>联系人名片 (*.vcf *.vcard)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="191"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n 位已存在</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="204"/>
        <source>Export people</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="210"/>
        <source>people</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="212"/>
        <source>Contact cards (*.vcf)</source>
        <translation>联系人名片 (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="189"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>已添加 %n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="193"/>
        <source>%n card(s) without a name left out</source>
        <translation>
            <numerusform>%n 张没有姓名的名片未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/commands/people.py" line="228"/>
        <source>%n contact(s) written to {file}</source>
        <translation>
            <numerusform>已将 %n 位联系人写入 {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="247"/>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="248"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="249"/>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="250"/>
        <source>Got in touch with {name}</source>
        <translation>已联系 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="253"/>
        <source>Link {name}</source>
        <translation>关联 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="254"/>
        <source>Unlink {name}</source>
        <translation>取消关联 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/people.py" line="255"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="180"/>
        <source>No one yet. Add the people of your hunt (the friend who can refer you, the recruiter, your interviewers) with “New person”, or import a .vcf file.</source>
        <translation>还没有联系人。用“新建联系人”添加求职路上的人（能内推你的朋友、招聘 HR、面试官），或导入 .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="188"/>
        <source>Find by name, company, role or how you met</source>
        <translation>按姓名、公司、职位或认识途径查找</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="191"/>
        <source>New person…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="192"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="193"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="194"/>
        <source>Got in touch today</source>
        <translation>今天已联系</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="196"/>
        <source>Today becomes the last contact, and the follow-up is done</source>
        <translation>把今天记为上次联系，跟进完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="198"/>
        <source>Import .vcf…</source>
        <translation>导入 .vcf…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="199"/>
        <source>Export .vcf…</source>
        <translation>导出 .vcf…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="200"/>
        <source>The selected person, or everyone if none is</source>
        <translation>导出选中的联系人；未选中时导出全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/pages/people_page.py" line="278"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="279"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../tracker/ui/widgets/people_section.py" line="27"/>
        <source>No one linked: the friend who referred you, the recruiter, interviewers.</source>
        <translation>还没有关联联系人：内推你的朋友、招聘 HR、面试官。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/people_section.py" line="28"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/people_section.py" line="28"/>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/people_section.py" line="31"/>
        <source>Link a person…</source>
        <translation>关联联系人…</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="59"/>
        <source>Open LinkedIn profile</source>
        <translation>打开领英主页</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="62"/>
        <source>Not linked to any application yet. Link them from an application&apos;s panel.</source>
        <translation>还没有关联任何申请。可在申请的详情面板里关联。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="63"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="68"/>
        <source>Select someone to see how you know them.</source>
        <translation>选择一位联系人，查看你们的往来。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="76"/>
        <source>Applications</source>
        <translation>相关申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="100"/>
        <source>How we met</source>
        <translation>怎么认识的</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="101"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="102"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="103"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="104"/>
        <source>LinkedIn</source>
        <translation>领英</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="105"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="106"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/people_page.py" line="107"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PivotApp</name>
    <message>
        <location filename="../../tracker/app.py" line="235"/>
        <source>The backup is in place. The file it replaced is kept in {folder}.</source>
        <translation>备份已恢复。被替换的文件保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../tracker/app.py" line="238"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>PostingFill</name>
    <message>
        <location filename="../../tracker/ui/dialogs/posting_fill.py" line="33"/>
        <source>Read from the posting: check it.</source>
        <translation>从职位中读取：请核对。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/posting_fill.py" line="68"/>
        <source>Filled in from a posting ({source}). Fields on a yellow background were read from it: check them before saving. The posting itself is kept with the application.</source>
        <translation>已根据职位（{source}）填好。黄色背景的字段是从中读取的：保存前请核对。职位原文会随申请一起保存。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/posting_fill.py" line="74"/>
        <source>Not found in the posting: {fields}.</source>
        <translation>职位中未找到：{fields}。</translation>
    </message>
</context>
<context>
    <name>PostingSection</name>
    <message>
        <location filename="../../tracker/ui/widgets/posting_section.py" line="31"/>
        <location filename="../../tracker/ui/widgets/posting_section.py" line="68"/>
        <source>Paste posting</source>
        <translation>粘贴职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/posting_section.py" line="33"/>
        <source>Keep the job posting you copied with this application (Ctrl+C it first)</source>
        <translation>把你复制的职位内容保存到这条申请（先按 Ctrl+C 复制）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/posting_section.py" line="36"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/posting_section.py" line="63"/>
        <source>No posting kept. Boards take postings down: copy this one and paste it here to keep it, searchable.</source>
        <translation>还没有保存职位原文。招聘网站会下架职位：复制后粘贴到这里，就能一直保留并可搜索。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/posting_section.py" line="70"/>
        <source>Captured {when} from {source}</source>
        <translation>{when} 保存自{source}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/widgets/posting_section.py" line="74"/>
        <source>%n older version(s) kept</source>
        <translation>
            <numerusform>另存有 %n 个旧版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/posting_section.py" line="77"/>
        <source>Paste a newer posting</source>
        <translation>粘贴更新的职位</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="47"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="52"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="64"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="65"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="71"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="72"/>
        <source>Reminders and goal</source>
        <translation>提醒与目标</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="73"/>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preferences_dialog.py" line="103"/>
        <source>Stages not saved</source>
        <translation>阶段未保存</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="47"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="49"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="74"/>
        <source>This PDF cannot be shown: it is damaged, locked with a password, or not a PDF.</source>
        <translation>无法显示这个 PDF：文件已损坏、设有密码，或者不是 PDF。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="76"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="81"/>
        <source>This image cannot be shown: it is damaged or of a kind Pivot does not read.</source>
        <translation>无法显示这张图片：文件已损坏，或是 Pivot 不支持的格式。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="119"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="126"/>
        <source>This page cannot be shown: the PDF is damaged.</source>
        <translation>无法显示这一页：PDF 已损坏。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/preview_dialog.py" line="44"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="89"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="90"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="91"/>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>QuestionBankPage</name>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="50"/>
        <source>Search questions, answers and tags…</source>
        <translation>搜索题目、回答和标签…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="52"/>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="117"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="54"/>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="118"/>
        <source>All companies</source>
        <translation>全部公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="56"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="140"/>
        <source>No questions yet: add them to the rounds of your interviews.</source>
        <translation>还没有题目：在面试轮次里记下被问到的问题。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="142"/>
        <source>No question matches these filters.</source>
        <translation>没有符合这些筛选条件的题目。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="163"/>
        <source>Asked {count} times:</source>
        <translation>被问过 {count} 次：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/question_bank_page.py" line="169"/>
        <source>(no answer written down)</source>
        <translation>（没有记下回答）</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="30"/>
        <source>The question, as they asked it</source>
        <translation>题目，按面试官的原话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="33"/>
        <source>What I answered (and what I wish I had)</source>
        <translation>我怎么答的（以及本该怎么答）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="36"/>
        <source>e.g. RLHF, data quality</source>
        <translation>例如 RLHF, 数据质量</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="37"/>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="40"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="43"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="44"/>
        <source>My answer</source>
        <translation>我的回答</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="49"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="40"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="41"/>
        <source>Times asked</source>
        <translation>被问次数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="42"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="43"/>
        <source>How it went</source>
        <translation>答得如何</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="44"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="45"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="46"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/models/question_table_model.py" line="47"/>
        <source>Asked on</source>
        <translation>提问日期</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../../tracker/ui/widgets/questions_editor.py" line="66"/>
        <source>Add a question</source>
        <translation>添加一道题</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../tracker/words/reference.py" line="43"/>
        <source>{amount} people</source>
        <translation>{amount} 人</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="45"/>
        <source>{amount} once</source>
        <translation>一次性 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="49"/>
        <source>{pay} × {months}</source>
        <translation>{pay} × {months}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="53"/>
        <source>{figure} ({year})</source>
        <translation>{figure}（{year}）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="68"/>
        <source>≈ {amount} at 21.75 working days</source>
        <translation>≈ {amount}（按每月21.75个工作日）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="71"/>
        <source>≈ {amount} at 8 hours × 21.75 working days</source>
        <translation>≈ {amount}（按每天8小时、每月21.75个工作日）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="79"/>
        <source>{yearly} (× 12 months assumed)</source>
        <translation>{yearly}（假定12个月）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="95"/>
        <source>{author} ({how})</source>
        <translation>{author}（{how}）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="99"/>
        <source>(no source given)</source>
        <translation>（未注明出处）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="104"/>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reference.py" line="114"/>
        <source>One person&apos;s pay, not market data.</source>
        <translation>一个人的薪资，不是市场数据。</translation>
    </message>
</context>
<context>
    <name>ReferenceCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/reference.py" line="138"/>
        <source>Add story {name}</source>
        <translation>添加故事 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/reference.py" line="139"/>
        <source>Edit story {name}</source>
        <translation>编辑故事 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/reference.py" line="140"/>
        <source>Delete story {name}</source>
        <translation>删除故事 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/reference.py" line="143"/>
        <source>Add pay figure {name}</source>
        <translation>添加薪资参考 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/reference.py" line="146"/>
        <source>Edit pay figure {name}</source>
        <translation>编辑薪资参考 {name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/reference.py" line="149"/>
        <source>Delete pay figure {name}</source>
        <translation>删除薪资参考 {name}</translation>
    </message>
</context>
<context>
    <name>ReferenceDialogs</name>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="33"/>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="34"/>
        <source>a year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="35"/>
        <source>a day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="36"/>
        <source>an hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="39"/>
        <source>once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="46"/>
        <source>Not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="47"/>
        <source> months a year</source>
        <translation> 个月/年</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="73"/>
        <source>Referrer (内推)</source>
        <translation>内推人</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="74"/>
        <source>Recruiter / HR</source>
        <translation>招聘 / HR</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="75"/>
        <source>Hiring manager</source>
        <translation>用人经理</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="76"/>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="77"/>
        <source>Peer / insider</source>
        <translation>同行 / 内部人</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="78"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReminderCounts</name>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="88"/>
        <source>%n reminder(s) while Pivot was closed</source>
        <translation>
            <numerusform>Pivot 关闭期间有 %n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="91"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="94"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="97"/>
        <source>This week: {sent} of %n application(s)</source>
        <translation>
            <numerusform>本周：已投 {sent} 份，目标 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tracker/words/reminders.py" line="100"/>
        <source>goal met %n week(s) in a row</source>
        <translation>
            <numerusform>已连续 %n 周达成目标</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="32"/>
        <source>Show reminders as desktop notifications</source>
        <translation>以桌面通知显示提醒</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="35"/>
        <source>Quiet hours, from</source>
        <translation>免打扰时段，从</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="47"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="51"/>
        <source>Keep Pivot running in the tray when its window closes</source>
        <translation>关闭窗口后让 Pivot 在系统托盘中继续运行</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="57"/>
        <source>Reminders reach you while Pivot runs; those that fall due while it is closed are shown, together, when it next starts.</source>
        <translation>Pivot 运行时会按时提醒你；关闭期间到期的提醒，会在下次启动时合并显示。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="61"/>
        <source>This desktop has no tray: reminders are listed in the Agenda.</source>
        <translation>这个桌面没有系统托盘：提醒会列在“待办”页里。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="65"/>
        <source>No goal</source>
        <translation>不设目标</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="66"/>
        <source> a week</source>
        <translation> 份/周</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reminder_preferences.py" line="74"/>
        <source>Applications goal</source>
        <translation>投递目标</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../tracker/words/reminders.py" line="31"/>
        <source>({time} here)</source>
        <translation>（本地 {time}）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="40"/>
        <source>Interview coming up: {round}</source>
        <translation>面试将至：{round}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="44"/>
        <source>Interview starting soon: {round}</source>
        <translation>面试即将开始：{round}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="48"/>
        <source>Reply to an offer within two days</source>
        <translation>两天内需要答复 offer</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="50"/>
        <source>Reply to an offer today</source>
        <translation>今天需要答复 offer</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="52"/>
        <source>Due today: {action}</source>
        <translation>今天到期：{action}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="56"/>
        <source>Get back in touch with {name}</source>
        <translation>该联系 {name} 了</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="59"/>
        <source>Probably ghosted</source>
        <translation>可能没有回音了</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="72"/>
        <source>Reply by {date}</source>
        <translation>请在 {date} 前答复</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="77"/>
        <source>No answer for {days}.</source>
        <translation>已经 {days} 没有回复。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="122"/>
        <source>Desktop notifications are not available here, so reminders are not shown as they fall due; the Agenda still lists everything that is due.</source>
        <translation>这里无法显示桌面通知，所以提醒不会在到期时弹出；“待办”页仍会列出所有到期事项。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="130"/>
        <source>Pivot keeps running in the tray to show reminders. Quit it from the tray icon&apos;s menu, or turn this off in Preferences.</source>
        <translation>Pivot 会在系统托盘中继续运行以显示提醒。可以从托盘图标的菜单退出，或在“偏好设置”中关闭此项。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="148"/>
        <source>Once ten applications have gone out and one reached an interview, Pivot suggests a goal from your own interview rate.</source>
        <translation>投出十份申请、且有一份进入面试后，Pivot 会根据你自己的面试率建议一个目标。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/reminders.py" line="153"/>
        <source>At your {rate} interview rate, {interviews} interviews a week needs about {applications} applications.</source>
        <translation>按你 {rate} 的面试率，每周想要 {interviews} 场面试，大约需要投 {applications} 份申请。</translation>
    </message>
</context>
<context>
    <name>RoleCategory</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="50"/>
        <source>AI trainer / data annotation</source>
        <translation>AI训练师 / 数据标注</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="51"/>
        <source>LLM algorithm engineer</source>
        <translation>大模型算法</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="54"/>
        <source>Algorithm engineer (CV / recommendation)</source>
        <translation>算法工程师（CV / 推荐）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="56"/>
        <source>Research scientist</source>
        <translation>深度学习研究员</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="57"/>
        <source>Prompt engineer</source>
        <translation>Prompt工程师</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="58"/>
        <source>AI product manager</source>
        <translation>AI产品经理</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="59"/>
        <source>AI application developer</source>
        <translation>AI应用开发</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="60"/>
        <source>AIGC / multimodal designer</source>
        <translation>AIGC设计 / 多模态</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="61"/>
        <source>AI solutions / pre-sales</source>
        <translation>AI解决方案 / 售前</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="62"/>
        <source>Data analyst</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="63"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RoundCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/rounds.py" line="124"/>
        <location filename="../../tracker/ui/commands/rounds.py" line="134"/>
        <source>Add to calendar</source>
        <translation>添加到日历</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/rounds.py" line="124"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/rounds.py" line="148"/>
        <source>Move this application to {stage}?</source>
        <translation>把这条申请移到「{stage}」吗？</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/rounds.py" line="151"/>
        <source>Interview scheduled</source>
        <translation>已约面试</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="65"/>
        <source>Edit interview round</source>
        <translation>编辑面试轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="65"/>
        <source>New interview round</source>
        <translation>新的面试轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="79"/>
        <source>Add to calendar…</source>
        <translation>添加到日历…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="81"/>
        <source>Save this round as an .ics file that calendar apps import</source>
        <translation>将这轮面试保存为日历应用可以导入的 .ics 文件</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="100"/>
        <source>Scheduled for</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="109"/>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="110"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="113"/>
        <source>Address, floor, meeting room</source>
        <translation>地址、楼层、会议室</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="117"/>
        <source>e.g. Algorithm lead + HR</source>
        <translation>例如 算法负责人 + HR</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="124"/>
        <source>What to prepare</source>
        <translation>要准备什么</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="126"/>
        <source>How it went, what to do better</source>
        <translation>面得怎样，下次怎么做得更好</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="136"/>
        <source>Round *</source>
        <translation>轮次 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="137"/>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="138"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="139"/>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="141"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="142"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="143"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="144"/>
        <source>Meeting link</source>
        <translation>会议链接</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="150"/>
        <source>Preparation</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="151"/>
        <source>Reflection</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="168"/>
        <source>Questions asked</source>
        <translation>被问到的问题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="238"/>
        <source>Add to calendar</source>
        <translation>添加到日历</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/round_dialog.py" line="240"/>
        <source>Save the round first: the calendar file holds the round as it was last saved.</source>
        <translation>请先保存这轮面试：日历文件记录的是它上次保存时的内容。</translation>
    </message>
</context>
<context>
    <name>RoundsSection</name>
    <message>
        <location filename="../../tracker/ui/widgets/rounds_section.py" line="21"/>
        <source>Not scheduled yet</source>
        <translation>尚未约时间</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/rounds_section.py" line="35"/>
        <source>No interview rounds yet.</source>
        <translation>还没有面试轮次。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/rounds_section.py" line="36"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/rounds_section.py" line="36"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/rounds_section.py" line="39"/>
        <source>Add round</source>
        <translation>添加轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/rounds_section.py" line="66"/>
        <source>Questions asked: {count}</source>
        <translation>被问到的问题：{count}</translation>
    </message>
</context>
<context>
    <name>Salary</name>
    <message>
        <location filename="../../tracker/words/formatting.py" line="63"/>
        <source>{amount} or more</source>
        <translation>{amount} 以上</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="50"/>
        <source>{amount} an hour</source>
        <translation>时薪 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="51"/>
        <source>{amount} a day</source>
        <translation>日薪 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="52"/>
        <source>{amount} a week</source>
        <translation>周薪 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="53"/>
        <source>{amount} a month</source>
        <translation>月薪 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="54"/>
        <source>{amount} a year</source>
        <translation>年薪 {amount}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="65"/>
        <source>up to {amount}</source>
        <translation>{amount} 以下</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="73"/>
        <source>{monthly} ≈ {yearly} (12 months assumed)</source>
        <translation>{monthly} ≈ {yearly}（按 12 薪估算）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="75"/>
        <source>{monthly} × {months} ≈ {yearly}</source>
        <translation>{monthly} × {months} 薪 ≈ {yearly}</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="89"/>
        <source>read as a year&apos;s pay: no period given</source>
        <translation>未写明周期，按年薪理解</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="92"/>
        <source>year-end bonus included</source>
        <translation>含年终奖</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="98"/>
        <source>No salary given.</source>
        <translation>未填写薪资。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="99"/>
        <source>Only an upper bound: type the monthly base the letter gives.</source>
        <translation>只有上限：请填写 offer 上写的月薪基数。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="102"/>
        <source>Negotiable: kept as written, with no figure.</source>
        <translation>面议：按原文保存，不计算金额。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="105"/>
        <source>Not a salary Pivot can read; it is kept as written.</source>
        <translation>Pivot 无法识别这个薪资，将按原文保存。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="108"/>
        <source>A salary cannot be negative.</source>
        <translation>薪资不能为负数。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="109"/>
        <source>A salary cannot be zero.</source>
        <translation>薪资不能为 0。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="113"/>
        <source>This figure is implausibly large; check the unit (K, 万).</source>
        <translation>这个数字大得不合常理，请检查单位（K、万）。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="119"/>
        <source>This gives two pay periods (e.g. a day and a month); keep one.</source>
        <translation>这里写了两种计薪周期（例如按天和按月），请只保留一种。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="110"/>
        <source>The range is reversed: the first figure is larger.</source>
        <translation>范围写反了：前一个数比后一个大。</translation>
    </message>
    <message>
        <location filename="../../tracker/words/formatting.py" line="116"/>
        <source>This text is too long for a salary.</source>
        <translation>薪资内容过长。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="46"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="51"/>
        <source>Search companies, roles, job descriptions, notes, interviews…</source>
        <translation>搜索公司、职位、职位描述、笔记、面试…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="70"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="78"/>
        <source>↑↓ choose · Enter opens · Esc closes</source>
        <translation>↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="94"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="95"/>
        <source>People</source>
        <translation>人脉</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="96"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="97"/>
        <source>Captured postings</source>
        <translation>职位原文</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="98"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="99"/>
        <source>Interview rounds</source>
        <translation>面试轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="100"/>
        <source>Interview questions</source>
        <translation>面试题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="111"/>
        <source>Nothing found for “{query}”.</source>
        <translation>没有找到「{query}」。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="131"/>
        <source>{group} ({count}+)</source>
        <translation>{group}（{count}+）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/search_dialog.py" line="133"/>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
</context>
<context>
    <name>SendVersionDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/send_version_dialog.py" line="35"/>
        <source>Record a version sent</source>
        <translation>记录投递的版本</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/send_version_dialog.py" line="42"/>
        <source>Your library has no version yet: add your résumé or portfolio first.</source>
        <translation>材料库里还没有任何版本：请先添加你的简历或作品集。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/send_version_dialog.py" line="44"/>
        <source>Documents…</source>
        <translation>材料库…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/send_version_dialog.py" line="47"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/send_version_dialog.py" line="48"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/send_version_dialog.py" line="49"/>
        <source>Sent on</source>
        <translation>投递日期</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/help_dialogs.py" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/help_dialogs.py" line="44"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/help_dialogs.py" line="44"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="38"/>
        <source>Wishlist</source>
        <translation>想投</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="39"/>
        <source>Applied</source>
        <translation>已投递</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="40"/>
        <source>Screening</source>
        <translation>沟通中</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="41"/>
        <source>Assessment</source>
        <translation>笔试/测评</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="42"/>
        <source>Interviewing</source>
        <translation>面试中</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="43"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="44"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="165"/>
        <source>{outcome} · {stage}</source>
        <translation>{outcome} · {stage}</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="46"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="46"/>
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="46"/>
        <source>Probably ghosted after</source>
        <translation>沉默多久算无回音</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="56"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="57"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="58"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="59"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="70"/>
        <source>Leave a built-in stage&apos;s name empty to use its usual name in each language. Stages that applications have been in can be hidden, not removed: their history stays as it was.</source>
        <translation>内置阶段的名称留空，就在每种语言里使用它的默认名称。有申请经历过的阶段只能隐藏、不能删除：它们的历史记录保持原样。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="91"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="104"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="105"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/widgets/stage_editor.py" line="166"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="42"/>
        <source>Edit step</source>
        <translation>编辑这一轮</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="42"/>
        <source>A step in negotiating</source>
        <translation>一轮谈薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="45"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="47"/>
        <source>As said, e.g. 40K×16</source>
        <translation>按原话填写，例如 40K×16</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="49"/>
        <source>As the offer</source>
        <translation>同 offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="56"/>
        <source>What was said, what to answer</source>
        <translation>对方怎么说的，打算怎么回</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="61"/>
        <source>Who</source>
        <translation>谁提出</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="62"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="63"/>
        <source>Salary as said</source>
        <translation>薪资原话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="64"/>
        <source>Monthly base</source>
        <translation>月薪</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="65"/>
        <source>Months a year (薪)</source>
        <translation>薪数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="66"/>
        <source>Performance bonus, months</source>
        <translation>绩效奖金（月数）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="67"/>
        <source>Sign-on bonus</source>
        <translation>签字费</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="68"/>
        <source>Equity, whole grant</source>
        <translation>股票（总授予）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="73"/>
        <source>Worth</source>
        <translation>相当于</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="137"/>
        <source>Pivot cannot value these terms under the pay rules.</source>
        <translation>按现有薪酬规则无法计算这些条件。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/step_dialog.py" line="140"/>
        <source>{take_home} a year after tax ({year}); {four} over four years</source>
        <translation>税后每年到手 {take_home}（{year}）；四年合计 {four}</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="66"/>
        <source>Every kind of role</source>
        <translation>全部岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="68"/>
        <source>Every profession</source>
        <translation>全部原行业</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="77"/>
        <source>Stories</source>
        <translation>故事</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="78"/>
        <source>Pay figures</source>
        <translation>薪资参考</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="83"/>
        <source>Map of moves</source>
        <translation>转行地图</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="103"/>
        <source>Add a story of my own…</source>
        <translation>添加我自己的故事…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="104"/>
        <location filename="../../tracker/ui/pages/stories_page.py" line="159"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="105"/>
        <location filename="../../tracker/ui/pages/stories_page.py" line="160"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="128"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="129"/>
        <source>Kind of role</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="130"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="131"/>
        <source>As stated</source>
        <translation>原文数字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="132"/>
        <source>Converted</source>
        <translation>换算</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="133"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="151"/>
        <source>Context, not pay</source>
        <translation>背景数据（不是薪资）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="158"/>
        <source>Add a pay figure…</source>
        <translation>添加薪资参考…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="210"/>
        <source>No story matches these filters.</source>
        <translation>没有符合这些筛选条件的故事。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="218"/>
        <location filename="../../tracker/ui/pages/stories_page.py" line="369"/>
        <source>{origin} → {target}</source>
        <translation>{origin} → {target}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="226"/>
        <source>yours</source>
        <translation>我添加的</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="277"/>
        <source>yours: {source}</source>
        <translation>我添加的：{source}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="305"/>
        <source>Choose a figure to see where it comes from and how it was read.</source>
        <translation>选中一条数据，查看它的来源和解读方式。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="365"/>
        <source>How it went</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="366"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/pages/stories_page.py" line="367"/>
        <source>Lessons</source>
        <translation>经验</translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="64"/>
        <source>Edit story</source>
        <translation>编辑故事</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="64"/>
        <source>A story of my own</source>
        <translation>我自己的故事</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="67"/>
        <source>e.g. My cousin left law for a legal AI start-up</source>
        <translation>例如 表姐从律所转去法律 AI 创业公司</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="69"/>
        <source>The job they left, e.g. lawyer</source>
        <translation>原来的工作，例如 律师</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="72"/>
        <source>The role they reached</source>
        <translation>转去的岗位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="76"/>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="82"/>
        <source>Not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="81"/>
        <source>One lesson a line</source>
        <translation>每行一条经验</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="88"/>
        <source>Where it comes from: an article, a friend</source>
        <translation>来源：一篇文章、一位朋友</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="95"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="96"/>
        <source>Left</source>
        <translation>原来做</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="97"/>
        <source>Profession</source>
        <translation>原行业</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="98"/>
        <source>Reached</source>
        <translation>转去做</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="99"/>
        <source>Kind of role</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="100"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="101"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="102"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="103"/>
        <source>Lessons</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="104"/>
        <source>Pay from</source>
        <translation>薪资从</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="105"/>
        <source>Pay to</source>
        <translation>薪资到</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="106"/>
        <source>Per</source>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="107"/>
        <source>Months a year</source>
        <translation>每年月数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="108"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="109"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/reference_dialogs.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>SystemTray</name>
    <message>
        <location filename="../../tracker/ui/window/notifier.py" line="55"/>
        <source>Open Pivot</source>
        <translation>打开 Pivot</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/window/notifier.py" line="57"/>
        <source>Quit Pivot</source>
        <translation>退出 Pivot</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="56"/>
        <source>Tables and Pivot exports ({patterns});;All files (*)</source>
        <translation>表格和 Pivot 导出文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="59"/>
        <source>Import applications</source>
        <translation>导入申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="106"/>
        <source>Reading {file}: {rows}…</source>
        <translation>正在读取 {file}：{rows}…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="176"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="129"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="190"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>已取消导入：没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="157"/>
        <location filename="../../tracker/ui/commands/transfer.py" line="224"/>
        <location filename="../../tracker/ui/commands/transfer.py" line="254"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="102"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="145"/>
        <source>Pivot could not tell how this file&apos;s text is encoded. Which encoding was it saved in?</source>
        <translation>Pivot 无法判断这个文件的文本编码。它是用哪种编码保存的？</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="150"/>
        <source>Pivot could not tell how this file&apos;s text is encoded. Its first lines read like this in each encoding that fits:

{readings}

Which encoding was it saved in?</source>
        <translation>Pivot 无法判断这个文件的文本编码。按每种可能的编码读取，它的前几行如下：

{readings}

它是用哪种编码保存的？</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="199"/>
        <source>Imported {created} from {file}, filled in {merged}; left out {duplicates} and {errors} with errors.</source>
        <translation>已从 {file} 导入 {created}，补全 {merged} 条；跳过 {duplicates}，以及 {errors}有错误的数据。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="218"/>
        <source>{file} is a Pivot export with {new} applications not in this database ({present} already here are left as they are). Import them?</source>
        <translation>{file} 是 Pivot 导出的文件，其中有 {new} 条申请不在当前数据库里（已有的 {present} 条保持不变）。要导入吗？</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="273"/>
        <source>Export for Excel</source>
        <translation>导出给 Excel</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="274"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用的 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="287"/>
        <source>Export an Excel workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="288"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="298"/>
        <source>Export everything (JSON)</source>
        <translation>导出全部数据（JSON）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="299"/>
        <source>Pivot JSON (*.json)</source>
        <translation>Pivot JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="307"/>
        <source>Export interviews to a calendar</source>
        <translation>把面试导出到日历</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="308"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands/transfer.py" line="320"/>
        <source>{count} written to {path}</source>
        <translation>已写入 {count} 条到 {path}</translation>
    </message>
</context>
<context>
    <name>TransferWords</name>
    <message>
        <location filename="../../tracker/words/transfer.py" line="30"/>
        <source>Interviews</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../tracker/words/transfer.py" line="31"/>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
    <message>
        <location filename="../../tracker/words/transfer.py" line="32"/>
        <source>Meeting link</source>
        <translation>会议链接</translation>
    </message>
    <message>
        <location filename="../../tracker/words/transfer.py" line="33"/>
        <source>Preparation</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../../tracker/words/transfer.py" line="34"/>
        <source>Interview: {summary}</source>
        <translation>面试：{summary}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="27"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="28"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="29"/>
        <source>Captured posting</source>
        <translation>职位原文</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="30"/>
        <source>Interview round</source>
        <translation>面试轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="31"/>
        <source>Interview question</source>
        <translation>面试题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="32"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="33"/>
        <source>Your story</source>
        <translation>你的故事</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="34"/>
        <source>Your pay figure</source>
        <translation>你的薪资参考</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="35"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="36"/>
        <source>Negotiation step</source>
        <translation>谈薪记录</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="37"/>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="38"/>
        <source>Document version</source>
        <translation>材料版本</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="50"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="57"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="57"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="57"/>
        <source>Belongs to</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="57"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="64"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="65"/>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="81"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="84"/>
        <source>Deleted things stay here until you empty the trash. Select any to bring them back; emptying deletes them for good (a backup is made first).</source>
        <translation>删除的内容会一直留在这里，直到你清空回收站。选中任意几项即可恢复；清空会永久删除它们（之前会先做一次备份）。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="117"/>
        <source>Delete the {items} in the trash for good? A backup of your data is made first, so they can still be found in File ▸ Backups.</source>
        <translation>永久删除回收站里的 {items}？会先备份你的数据，之后仍可在“文件 ▸ 备份”中找到。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/trash_dialog.py" line="120"/>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="95"/>
        <source>Edit version</source>
        <translation>编辑版本</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="95"/>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="99"/>
        <source>e.g. v3, annotation case study added</source>
        <translation>例如：v3，加了标注项目案例</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="100"/>
        <source>Made on</source>
        <translation>制作于</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="101"/>
        <source>No file</source>
        <translation>没有文件</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="102"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="111"/>
        <source>https://… (an online portfolio, a shared drive)</source>
        <translation>https://…（在线作品集、网盘分享）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="113"/>
        <source>What changed in this version</source>
        <translation>这个版本改了什么</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="115"/>
        <source>Label *</source>
        <translation>版本名 *</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="116"/>
        <source>Made</source>
        <translation>制作日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="117"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="118"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="119"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="122"/>
        <source>A file is copied into Pivot&apos;s data folder (at most 50 MB; programs and scripts are refused). Without a file or link, the label alone records a version you keep elsewhere.</source>
        <translation>文件会复制到 Pivot 的数据文件夹（最大 50 MB；程序和脚本会被拒绝）。不加文件和链接时，只用版本名记录一份存放在别处的版本。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="145"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/document_dialogs.py" line="147"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.doc *.docx *.ppt *.pptx *.key *.pages *.odt *.rtf *.txt *.md);;All files (*)</source>
        <translation>材料 (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.doc *.docx *.ppt *.pptx *.key *.pages *.odt *.rtf *.txt *.md);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>WorkMode</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="86"/>
        <source>On site</source>
        <translation>坐班</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="87"/>
        <source>Hybrid</source>
        <translation>混合办公</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="88"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
</context>
<context>
    <name>WorkSchedule</name>
    <message>
        <location filename="../../tracker/words/labels.py" line="115"/>
        <source>Five days (双休)</source>
        <translation>双休</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="116"/>
        <source>Alternating six days (大小周)</source>
        <translation>大小周</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="117"/>
        <source>996</source>
        <translation>996</translation>
    </message>
    <message>
        <location filename="../../tracker/words/labels.py" line="118"/>
        <source>Other (give the weekly hours)</source>
        <translation>其他（填写每周工时）</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../tracker/words/workbook.py" line="17"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="17"/>
        <source>Offers</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="17"/>
        <source>Interview rounds</source>
        <translation>面试轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="19"/>
        <location filename="../../tracker/words/workbook.py" line="37"/>
        <location filename="../../tracker/words/workbook.py" line="54"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="20"/>
        <location filename="../../tracker/words/workbook.py" line="38"/>
        <location filename="../../tracker/words/workbook.py" line="55"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="21"/>
        <source>Category</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="22"/>
        <location filename="../../tracker/words/workbook.py" line="39"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="23"/>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="24"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="25"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="26"/>
        <location filename="../../tracker/words/workbook.py" line="40"/>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="27"/>
        <source>Salary from</source>
        <translation>薪资下限</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="28"/>
        <source>Salary to</source>
        <translation>薪资上限</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="29"/>
        <location filename="../../tracker/words/workbook.py" line="42"/>
        <source>Months a year</source>
        <translation>薪数</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="30"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="31"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="32"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="33"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="34"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="41"/>
        <source>Monthly base</source>
        <translation>月薪</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="43"/>
        <source>Gross a year</source>
        <translation>年税前</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="44"/>
        <source>Social insurance a year</source>
        <translation>年社保</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="45"/>
        <source>Housing fund a year</source>
        <translation>年公积金</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="46"/>
        <source>Income tax a year</source>
        <translation>年个税</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="47"/>
        <source>Take-home a year</source>
        <translation>年到手</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="48"/>
        <source>First year</source>
        <translation>第一年</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="49"/>
        <source>Four years</source>
        <translation>四年合计</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="50"/>
        <source>Reply by</source>
        <translation>答复截止</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="51"/>
        <location filename="../../tracker/words/workbook.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="56"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="57"/>
        <source>When (your time)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="58"/>
        <source>Its time zone</source>
        <translation>面试时区</translation>
    </message>
    <message>
        <location filename="../../tracker/words/workbook.py" line="60"/>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
</context>
</TS>
