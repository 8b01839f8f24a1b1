"""What an account's profile asks of its reader: the signs of a government-impersonation scam.

Impostor accounts of government units exist to defraud. The public warnings of the police and the anti-fraud centres
(公安部刑侦局 and 国家反诈中心 notices, local 反诈中心 alerts; sources in ``detectors/data/README.md``) describe
the same few moves again and again, and a profile description that makes them is evidence that the account is not
the unit it names:

- **a hand-off to a private contact** (``handoff``): 加QQ/微信/vx … (QQ also by its sound, 扣扣: ``QQ_SOUNDS``),
  扫码进群, 联系 followed by an id or a number, 私信登记/办理/领取, 微 alone or by its sound before an id (加薇 abc123:
  ``WEI_SOUNDS``) — a government service is never handled through a private chat id;
- **a fee or a transfer** (``fee``: 手续费, 保证金, 押金, 加急费, 激活费, 解冻费, 代缴, 垫付, 转账, 汇款; deposits to hold a
  place, 定金, 诚意金) and **a
  charge** (``money``: 报名费, 培训费, 缴纳…费 — what businesses and real exams also ask, so it counts in fewer
  combinations);
- **bait** (``bait``): a subsidy, allowance or refund to claim (补贴/津贴/补助/退税/救助金/理赔款 申领, 领取, 年审, 到账,
  下发, 拨付, 漏发 …: ``PAYOUT_VERBS``; 领补贴 with the verb alone; a fee paid back, 暖气费返还),
  a prize (恭喜您获得, 奖品 领取);
- **a takeover story** (``takeover``): 旧号已停用, 原号已停更, 本号迁移, 新号请加 …; **a false alarm** (``alarm``):
  社保卡信息异常, 账户即将冻结, 账户认证过期, 人脸认证没通过, 影响征信, a benefit stopped (退休金冻结: ``BENEFITS``);
  **a credential** (``credential``, ``CREDENTIALS``: 身份证, 户口簿, 存折, 一卡通, 工资卡 …) to upload or send, or its
  picture; **a form** to fill or check with card, ID or payment-account details (``form``: ``FORM_VERBS``,
  ``ACCOUNTS``: 填报银行账户, 核对收款卡号);
- **urgency** (``urgency``): 逾期不办理, 名额有限, 限时, 加急, 尽快 — shown, never decisive;
- **insider quotas** (``quota``: 内部名额, 指标转让, 插队, 免排队; in either order, 名额内部放票, and allocations made in
  advance, 提前选房, 内定: ``QUOTA_GOODS``; a place in a queue held or bought, 排号, 锁号); the **services only an
  authority gives**
  (``service``: 通行证, 出入境, 户口, 驾驶证, 社保, 医保, 公积金, 不动产, 营业执照, 失业金 …, 代领, 补缴, 受理) or an
  authority's business done online (``online``: 线上受理点, 在线办理); **public posts** (``recruit``: 协警, 辅警,
  护林员, 公益岗, 编外 … 招聘; 安排上岗) and jobs promised (包分配, 包就业, 劳务输出名额); a **link** to follow; a
  private chat id or number (``contact_id``).

One move alone proves little: businesses write 加微信, government units publish 补贴发放 and tell their readers that
the old account has stopped. ``read_scam`` reports a description as a scam only for the combinations the warnings
describe — the rule, in order:

1. a secret in any request (卡号, 验证码, 密码);
2. an ID card or bank card to upload or send, with a link, a hand-off, bait, a fee, a charge or a takeover (a unit's
   own procedure on its official portal reads 登录政务服务网上传身份证: see ``WARNING``);
3. a takeover story with a hand-off, a fee, a charge, or a secret, credential or personal-data request (an account
   that points at its own new public account, even urging the reader to follow it soon, is what real units write
   when they move);
4. bait with a hand-off, a link, a fee, a credential, a form or a personal-data request (not with a charge: 按月足额
   缴纳社会保险费的企业…发放扩岗补助 is policy);
5. a fee or a charge for a public post, an insider quota or a takeover (charging job seekers is unlawful: 劳动合同法
   第九条);
6. a form with a link or a hand-off; a false alarm with a hand-off or a link; an insider quota with a hand-off;
7. an authority's service, or its business done online, handed to a private chat id (公积金提取…微信 xxx), or
   through a hand-off with urgency, a fee or a charge (出入境 certificates are expedited free of charge at the halls).
The moves of one combination stand in one sentence; the reading names the moves that make the sentence a scam
(``RULES``), and urgency when it is there.

Warnings against these very scams (谨防冒充, 不要添加陌生QQ, 公安机关不会要求转账) are what genuine accounts write: a
sentence with a word of warning or denial, or one sending the reader to the official channel (``WARNING``), is not
read at all. Work is bounded: only the first ``MAX_READ`` characters are read, every pattern's gaps are bounded, a
description without a trigger word (``TRIGGERS``) costs a fold and one Aho-Corasick pass, and the caller reads
descriptions only for candidates that already point at a unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from detectors.textnorm import fold

MAX_READ = 1000  # characters of a (folded) description read; platform descriptions are far shorter
PHRASE_MAX = 24  # characters of a matched phrase kept as evidence

_GAP = r"[^，,。；;！!？?\n]{0,%d}"  # a bounded stretch within one clause

# QQ written by its sound (扣扣, 抠抠, 球球, 秋秋) to slip past the platforms' filters on "QQ", as 威信/薇信 write 微信
QQ_SOUNDS = r"扣扣|抠抠|球球|秋秋"
CHANNELS = rf"(?:qq群|qq|q群|{QQ_SOUNDS}|微信群|微信号|微信|威信|薇信|徽信|vx|v信|wx|企鹅|客服|专员|二维码|群号|群)"
# 微 of 微信 written alone or by its sound (加微/加薇/加威 + an id), as 威信/薇信 write 微信 whole
WEI_SOUNDS = "微|薇|威|徽"
CHAT_APPS = rf"qq|{QQ_SOUNDS}|微信|威信|薇信|vx|v信|wx"  # the chat apps an id is written after (微信：abc123)
IDS = r"[a-z0-9_\-]{5,}"
# The documents a scam collects: the ID card, bank and social-security cards, the household register by its colloquial
# and its official name (户口本, 户口簿), the passbook (存折) and the card subsidies are paid to (惠民惠农 一卡通)
# The payments a false alarm threatens (养老金, 退休金 …) as bait promises them
BENEFITS = "养老金|退休金|低保|补贴|津贴|补助|抚恤金|失业金|工资"
# (thirty-third round: the wage card and the card a payment is received on, 工资卡, 收款卡)
CREDENTIALS = "身份证|银行卡|社保卡|医保卡|户口本|户口簿|存折|一卡通|工资卡|收款卡"
# The money bait promises (补贴 申领, 领津贴, 到账…补偿金), interest subsidies and awards-for-subsidies (贴息, 奖补) among it
BAIT_MONEY = ("补贴|津贴|补助|补偿金|补偿款|退税|退费|救助金|扶贫金|扶贫款|养老金|抚恤金|奖励金|助学金|惠民资金|专项资金"
              "|贴息|奖补|理赔款|赔偿款|赔偿金|扶持资金|奖补资金|补助资金|补贴资金")
# The verbs of money paid out or claimed (申领, 发放 …), its coming (到账, 下发, 拨付), its being paid back (返还, 退还)
# or paid late (漏发, 补发), and the check a claimant is asked for (核对, 申报): thirty-third round, completed from the
# vocabulary of subsidy notices (下发, 拨付, 漏发 are what a payment office writes of its own payments)
PAYOUT_VERBS = ("申领|领取|可领|发放|年审|认证|到账|登记|申请|核发|补发|下发|拨付|返还|退还|漏发|核对|申报|兑付")
# The verbs of a form (填写, 填报, 录入 …) and of checking what is on it (核对, 核实), thirty-third round; the account a
# payment is made to (银行账户, 收款账户, 收款卡号 …) beside the cards and ``个人信息``
FORM_VERBS = "填写|填报|填入|录入|登记|输入|提交|完善|绑定|上报|报送|核对|核实|更新"
ACCOUNTS = "账户信息|银行账户|银行账号|收款账户|收款账号|收款卡号|收款码|对公账户"
# What a lottery, a queue or a quota allocates (tickets, numbers, flats, places): sold from inside, a quota fraud
QUOTA_GOODS = "指标|名额|号源|房源|房号|门票|票源|票|楼层|车位|学位"
# The old account a takeover story speaks of (旧号, 原账号 …; thirty-third round: 旧账号, 老账号 and the spoken
# 原来的号, 之前的号, 以前的账号)
OLD_ACCOUNTS = ("旧号|老号|原号|原账号|旧账号|老账号|旧帐号|原帐号|原公众号|原微博|原抖音号?|原快手号?|本号|此号|该号|本账号|此账号"
                "|(?:原来|之前|以前|过去)的?(?:号|账号|帐号|公众号)")
# 发 ending a verb of paying out or issuing (下发, 拨发, 补发, 分发, 颁发, 核发, 签发, 印发, 派发): money paid into a card,
# not a card sent to anyone
ISSUED = "(?<![下拨补分颁核签印派])"
KINDS = ("takeover", "alarm", "bait", "handoff", "contact_id", "link", "fee", "money", "secret", "credential", "form",
         "personal", "service", "online", "quota", "recruit", "urgency")
KIND_NAMES = {
    "takeover": "换号说辞", "bait": "补贴诱饵", "handoff": "引导私下联系", "link": "引导点击链接或扫码",
    "fee": "收取手续费、保证金或要求转账", "money": "收取报名费、培训费等费用", "online": "称可在线办理政务",
    "secret": "索要卡号、验证码或密码", "credential": "索要证件或银行卡",
    "form": "引导填写证件或银行卡信息", "personal": "收集个人信息", "alarm": "谎称账户或证件异常",
    "contact_id": "留下私人联系号码", "service": "私下代办政务事项", "quota": "兜售内部名额或插队",
    "recruit": "以公职岗位招聘为名", "urgency": "催促办理",
}


def _alternation(*parts: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in parts))


PATTERNS: dict[str, re.Pattern] = {
    "handoff": _alternation(
        rf"(?:加|添加|联系|咨询|私聊|找|扫码|扫描|进|入|拉你进){_GAP % 4}{CHANNELS}",
        rf"(?:{CHAT_APPS})(?:号|群)?[:：]?{IDS}",
        rf"(?:私信|私聊|私我|后台留言){_GAP % 3}(?:登记|报名|办理|领取|申领|预约|获取|回复|发送|提交|咨询)",
        r"(?:联系|加|添加|详询|咨询|私信|私聊)(?:人|方式)?[:：]?(?:[a-z]{1,6}[0-9]{3,}|1[3-9][0-9]{9}|[0-9]{6,})",
        rf"(?:加|添加|\+)(?:v|{WEI_SOUNDS})(?:信|x)?[:：]?{IDS}",
    ),
    "contact_id": _alternation(
        rf"(?:{CHAT_APPS}|群号)(?:号|群)?[:：]?{IDS}",
        r"(?:联系|加|添加|详询|咨询|私信|私聊)(?:人|方式)?[:：]?(?:[a-z]{1,6}[0-9]{3,}|1[3-9][0-9]{9}|[0-9]{6,})",
        rf"(?:加|添加|\+)(?:v|{WEI_SOUNDS})(?:信|x)?[:：]?{IDS}",
    ),
    "link": _alternation(
        rf"(?:点击|打开|进入|复制|识别){_GAP % 6}(?:链接|网址|二维码|小程序)",
        # 点 or 戳 written alone right before the link or mini-program (进主页点小程序, 戳首页小程序)
        r"(?:点|戳)(?:开|进)?(?:首页|主页|下方|底部|菜单栏?)?的?(?:链接|网址|小程序)",
        r"(?:主页|首页|简介|置顶|评论区)的?(?:链接|小程序)",
    ),
    "fee": _alternation(
        r"保证金|手续费|押金|加急费|审核费|激活费|解冻费|认证费|代办费|工作经费|代缴|垫付|转账|汇款|打款"
        # a deposit asked to hold a place, a number or a date (定金, 订金, 诚意金, 意向金, 预约金, 占位费): thirty-third round
        r"|定金|订金|诚意金|意向金|预约金|占位费|锁号费",
    ),
    "money": _alternation(
        r"报名费|培训费|材料费|服务费|资料费",
        rf"(?:缴纳|交纳|先交|先付|支付|预付){_GAP % 6}(?:费|金|元|款)",
    ),
    "secret": _alternation(
        rf"(?:提供|告知|填写|填报|输入|录入|提交|登记|报上|说出|发送|发给|私信|上传|核对|核实|留下)"
        rf"{_GAP % 8}(?:银行卡号|卡号|验证码|密码)",
        r"报(?:银行卡号|卡号|验证码|密码)",  # 报 alone right before it: 报卡号 is 报上卡号
    ),
    "credential": _alternation(
        # 发 alone is the verb of 发送 (发身份证照片), not of 发放, 发布, 发行 …, nor the end of a verb of paying out
        # (下发至一卡通, 拨发, 补发到存折: thirty-third round, ``ISSUED``)
        rf"(?:上传|{ISSUED}发送|拍照|拍摄|{ISSUED}发给|{ISSUED}发至|私信|{ISSUED}发(?!放|布|行|证|展|生|现|起|出|票))"
        rf"{_GAP % 8}(?:{CREDENTIALS})",
        # a credential's picture (户口簿照片, 身份证正反面照片, 银行卡截图): what is sent, never what is brought in
        rf"(?:{CREDENTIALS}){_GAP % 3}(?:照片|截图|扫描件|电子版)",
    ),
    "form": _alternation(
        rf"(?:{FORM_VERBS}){_GAP % 6}(?:{CREDENTIALS}|个人信息|{ACCOUNTS})",
    ),
    "alarm": _alternation(
        rf"(?:信息|账户|账号|资料|医保卡|社保卡|身份证|银行卡|征信|档案|资格|认证){_GAP % 6}"
        r"(?:异常|冻结|停用|失效|过期|未通过|没通过|没有通过|不通过|没过|有误|风险|被冒用|注销)",
        # a benefit stopped (养老金冻结, 退休金下月停发): the payment itself, not only the account, is threatened
        rf"(?:{BENEFITS}){_GAP % 6}(?:冻结|停发|暂停发放|停止发放|取消)",
        r"影响(?:个人)?征信|封号",
    ),
    "personal": _alternation(
        rf"(?:登记|留下|发送|报上|私信|发){_GAP % 4}(?:姓名|电话|手机号|住址|身份证号|个人信息)",
    ),
    "bait": _alternation(
        rf"(?:{BAIT_MONEY}|奖品|礼品)"
        rf"{_GAP % 8}(?:{PAYOUT_VERBS})",
        r"恭喜(?:您|你)?(?:获得|中奖|获奖)|中奖",
        # 领 right before the money (领补贴, 领津贴): the verb of 领取 written alone
        rf"领(?:{BAIT_MONEY})",
        rf"(?:申领|领取|可领|发放|年审|到账|核发|补发|获得|下发|拨付|漏发){_GAP % 8}"
        rf"(?:{BAIT_MONEY})",
        # a fee, a tax or a charge paid back (暖气费按面积返还, 体检费退还): a refund promised, like 退费 and 退税
        rf"(?:费|税){_GAP % 4}(?:返还|退还|退回)",
    ),
    "takeover": _alternation(
        rf"(?:{OLD_ACCOUNTS})(?:已|将)?{_GAP % 4}"
        r"(?:停用|停止(?:使用|更新|运营|服务)|停更|断更|不再(?:使用|更新|运营)|注销|作废|迁移|迁至|转移|被封|封禁|冻结|废弃"
        r"|不用了|不用|弃用)",
        rf"新(?:号|账号|公众号|微信号|群){_GAP % 2}(?:请|为|是|已|加|添加|关注|联系)",
        rf"(?:迁移|迁至|转至|搬家|换号){_GAP % 4}新(?:号|账号|群)",
    ),
    "urgency": _alternation(
        r"逾期(?:不予?|未|将|视为)?(?:办理|受理|处理|作废|失效|清零|放弃)", rf"逾期(?:不|未){_GAP % 3}",
        r"名额有限|限时|加急|从速|尽快|速来|速办|过期作废|仅剩|今日截止",
        r"最后[0-9一二三四五六七八九十]+天",
    ),
    "service": _alternation(
        r"通行证|出入境|护照|身份证(?:办理|补办|换领)|(?:办理|补办|换领)身份证|户口|落户|驾驶证|驾照|无犯罪(?:记录)?证明"
        r"|社保|医保|公积金|居住证|不动产|营业执照|失业金|农保|侨汇|养老保险|代领|补缴|受理",
    ),
    # (thirty-third round: a fine or a fee paid or waived online, 线上代缴, 网上消分)
    "online": _alternation(r"(?:在线|线上|网上)(?:办理|受理|代办|办证|代缴|缴纳|缴费|消分|减免|处理)|(?:线上|指定)受理点"),
    "quota": _alternation(
        r"内部(?:指标|名额|渠道|关系|认购|登记|预留|房源)|(?:指标|名额)转让|学区名额|车牌指标|落户积分|插队|免排队|走后门|特殊渠道",
        # thirty-third round: what is sold from inside written before 内部 (指标内部转让, 名额内部放票) or after it with a
        # verb between (内部放票, 内部摇号), and a pick made in advance (提前内定, 提前选号, 提前选房): the allocation a
        # lottery or a queue makes, sold — general vocabulary of the housing, ticket and quota frauds
        rf"(?:{QUOTA_GOODS}){_GAP % 2}内部|内部{_GAP % 3}(?:{QUOTA_GOODS}|放票|放号|摇号|选号|选房|转让)",
        r"提前(?:内定|选号|选房|锁号|锁定房号|定号|拿号|出号)|内定",
        # thirty-seventh round: a place in a queue held or bought (排号, 锁号, 占号, 抢号), the number a lottery or a
        # queue gives, sold like a quota — with a deposit (rule 5) or a hand-off (rule 6)
        r"排号|锁号|占号|抢号",
    ),
    "recruit": _alternation(
        r"(?:协警|辅警|协管员|护林员|网格员|公益岗|公益性岗位|编制|编外|入编|事业单位|临时工)"
        rf"{_GAP % 8}(?:招聘|招录|招募|录用|报名|上岗)",
        rf"(?:招聘|招录|招募|录用){_GAP % 8}(?:协警|辅警|协管员|护林员|网格员|公益岗|公益性岗位|编制|编外|入编|事业单位)",
        r"安排(?:上岗|工作|编制|入编|岗位)",
        # thirty-seventh round: a job promised for a charge (交培训费包分配, 包就业, 劳务输出名额): what job-placement frauds
        # sell, unlawful to charge for (劳动合同法 第九条) — counts only beside a fee or a charge (rule 5)
        r"包(?:分配|就业|上岗|安置|入职|工作)|保(?:分配|就业|上岗)|安排就业|(?:劳务输出|务工|用工|招工)名额",
    ),
}

# A sentence that warns against these scams, denies them, or tells of them in the third person is not an
# account's own request (谨防冒充…; 公安机关不会要求转账; 如遇要求提供验证码的 …; 骗子以补贴为由索要银行卡).
WARNING = re.compile(
    r"诈骗|骗|冒充|假冒|仿冒|山寨|反诈|谨防|警惕|严防|防范|提防|谨慎|小心|勿|不要|不会|不能|不得|不收|无需|不需|严禁|禁止"
    r"|拒绝|从不|绝不|决不|别信|别点|别转|别加|别扫|如遇|遇到|凡是|一律|举报|索要|套取|诱导|为由|为名|陌生|不明"
    # ... and one that sends the reader to the official channel is the unit's own procedure (登录政务服务网上传身份证)
    r"|政务服务网|政务服务平台|大厅|窗口|官网|官方网站|官方app")
# Every combination above needs one of these words (its secret, credential, takeover, bait, fee, alarm, quota or
# service move; ``test_the_trigger_words_let_every_scam_through`` checks it): one Aho-Corasick pass over the description
# decides whether the patterns are run at all, so an ordinary description costs a fold and one automaton pass.
TRIGGERS = (
    "验证码", "密码", "卡号", "身份证", "银行卡", "社保卡", "医保卡", "户口本", "户口簿", "存折", "一卡通", "个人信息", "账户信息",
    "停用", "停止", "停更", "断更", "不再", "注销", "作废", "迁移", "迁至", "转移", "被封", "封禁", "冻结", "废弃", "转至", "搬家", "换号",
    "新号", "新账号", "新公众号", "新微信号", "新群",
    "补贴", "津贴", "补助", "补偿金", "退税", "退费", "救助金", "扶贫金", "扶贫款", "养老金", "抚恤金", "奖励金",
    "助学金", "惠民资金", "专项资金", "贴息", "奖补", "奖品", "礼品", "恭喜", "中奖",
    "保证金", "手续费", "押金", "加急费", "审核费", "激活费", "解冻费", "认证费", "代办费", "工作经费", "代缴", "垫付",
    "转账", "汇款", "打款", "报名费", "培训费", "材料费", "服务费", "资料费", "缴纳", "交纳", "先交", "先付", "支付",
    "预付",
    "异常", "失效", "过期", "未通过", "没通过", "没有通过", "不通过", "没过",
    "停发", "暂停发放", "停止发放", "取消", "有误", "风险", "被冒用", "征信", "封号",
    "内部", "转让", "学区名额", "车牌指标", "落户积分", "插队", "免排队", "走后门", "特殊渠道",
    "通行证", "出入境", "护照", "户口", "落户", "驾驶证", "驾照", "无犯罪", "社保", "医保", "公积金", "居住证", "不动产",
    "营业执照", "失业金", "农保", "侨汇", "养老保险", "代领", "补缴", "受理", "在线", "线上", "网上",
    # thirty-third round: the cards, the money, the deposits, the quota goods and the takeover words added above
    "工资卡", "收款卡", "理赔款", "赔偿款", "赔偿金", "扶持资金", "补偿款", "定金", "订金", "诚意金", "意向金", "预约金",
    "占位费", "锁号费", "返还", "退还", "退回", "银行账户", "银行账号", "收款账户", "收款账号", "收款码", "对公账户",
    "内定", "提前", "不用", "弃用",
    # thirty-seventh round: the queue places sold like quotas
    "排号", "锁号", "占号", "抢号",
)
_SENTENCES = re.compile(r"[。！!？?；;\n]+")
_BLANKS = re.compile(r"\s+")


@dataclass(frozen=True)
class ScamReading:
    """What a description asks of its reader: the kinds of move found (in ``KINDS`` order) and a phrase of each."""

    kinds: tuple[str, ...]
    phrases: tuple[str, ...]

    def summary(self) -> str:
        """In Chinese, for reasons: 简介像诈骗话术（补贴诱饵“…”、引导私下联系“…”）."""
        return "简介像冒充政务的诈骗话术（" + "、".join(
            f"{KIND_NAMES[k]}“{p}”" for k, p in zip(self.kinds, self.phrases)) + "）"

    def as_evidence(self) -> dict:
        return {"kinds": list(self.kinds), "phrases": list(self.phrases)}


# The moves every combination needs one of (``_is_scam``): a sentence without any is not read further.
PRIMARY = ("secret", "credential", "takeover", "bait", "fee", "money", "form", "alarm", "quota", "service", "online")


def _moves(sentence: str) -> dict[str, str]:
    """Kind -> first phrase of that kind in one sentence (none when the sentence carries a warning or no move that
    a combination needs)."""
    found: dict[str, str] = {}
    for kind in PRIMARY:
        m = PATTERNS[kind].search(sentence)
        if m:
            found[kind] = m.group(0)[:PHRASE_MAX]
    if not found or WARNING.search(sentence):
        return {}
    for kind, pattern in PATTERNS.items():
        if kind not in found:
            m = pattern.search(sentence)
            if m:
                found[kind] = m.group(0)[:PHRASE_MAX]
    if "contact_id" in found:
        found.setdefault("handoff", found["contact_id"])
    return found


# The combinations of moves the warnings describe (the rule in the module docstring, in order): a move, then the
# moves of which one must stand beside it in the same sentence (none: it suffices alone).
RULES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple((frozenset(a), frozenset(b)) for a, b in (
    (("secret",), ()),
    (("credential",), ("link", "handoff", "bait", "fee", "money", "takeover")),
    (("takeover",), ("handoff", "fee", "money", "secret", "credential", "personal")),
    (("bait",), ("handoff", "link", "fee", "credential", "form", "personal")),
    (("fee",), ("recruit", "takeover", "quota")),
    (("money",), ("recruit", "takeover", "quota")),
    (("form",), ("link", "handoff")),
    (("alarm",), ("handoff", "link")),
    (("quota",), ("handoff",)),
    (("service", "contact_id"), ()),
    (("online", "contact_id"), ()),
    (("service", "handoff", "urgency"), ()),
    (("service", "handoff", "fee"), ()),
    (("service", "handoff", "money"), ()),
))


def _decisive(k: set[str]) -> set[str]:
    """The moves that make the sentence a scam (those of every combination it completes); empty when none."""
    used: set[str] = set()
    for needed, partners in RULES:
        if needed <= k and (not partners or partners & k):
            used |= needed | (partners & k)
    return used


def _is_scam(k: set[str]) -> bool:
    return bool(_decisive(k))


def read_scam(description: str | None) -> ScamReading | None:
    """The scam a description makes, or None (see the module docstring). Bounded: ``MAX_READ`` characters."""
    if not description:
        return None
    return _read(description[:MAX_READ * 2])


@lru_cache(maxsize=1)
def _triggers():
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for word in TRIGGERS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _triggered(text: str) -> bool:
    return next(_triggers().iter(text), None) is not None


@lru_cache(maxsize=4096)
def _read(description: str) -> ScamReading | None:
    folded = fold(description)[:MAX_READ]
    return read_sentences(folded) if _triggered(folded) else None


def read_sentences(folded: str) -> ScamReading | None:
    """The patterns themselves, sentence by sentence, on folded text (``read_scam`` runs them only when a trigger
    word is there)."""
    for sentence in _SENTENCES.split(folded):  # the moves of one request stand in one sentence
        found = _moves(_BLANKS.sub("", sentence))
        decisive = _decisive(set(found))
        if decisive:  # the reading names the moves that make it a scam, in ``KINDS`` order
            kinds = tuple(k for k in KINDS if k in decisive or (k == "urgency" and k in found))
            return ScamReading(kinds, tuple(found[k] for k in kinds))
    return None
