"""Politically wrong wording, second round: rule families read from the official guidance itself.

Sources (``detectors/lexicons/SOURCES.md``): 新华社《新华社新闻信息报道中的禁用词和慎用词》(2016 年 7 月修订版, with
the 2015 first list it extends), the 涉港宣传用语 rules of 1997 (as reprinted in editors' handbooks such as
《编辑必备语词规范手册》), 《关于正确使用涉台宣传用语的意见》 and the Party's and State's protocol order. Each family
reads as the rule it enforces:

* **Separatist formulas need quotation marks** — 台独 / 台湾独立 (the 2016 list: "必须加引号使用"), and likewise
  港独, 藏独, 疆独; "一中各表" is Taiwan's reading of the 1992 consensus (the list: "不使用台湾方面'九二共识、一中各表'
  的说法"); "一国两府", "一中两宪" present two states.
* **The resumption of sovereignty** over Hong Kong and Macao is 恢复行使主权 / 回归祖国 / 政权交接, never 收回主权,
  主权回归, 恢复主权, 宗主国; Hong Kong was under colonial rule, it was not called a 殖民地 (英国对香港实行殖民统治).
* **The SAR's own system**: executive-led, never 三权分立; 深港 have a 管理线, not a 边界线; a state leader 视察 Hong
  Kong, he does not 出访 it; 香港特别行政区政府 has no 行政长官 or 立法会 of its own (香港特别行政区行政长官).
* **Cross-Strait and SAR legal matters are internal**: no 引渡, 司法协助, 偷渡, 文书认证 (遣返, 司法互助, 私渡, 文书查证);
  Taiwan's rules are 台湾地区有关规定, its legislators 台湾地区民意代表 (地区 is not left out); its parties carry no
  台湾 prefix; Hokkien in Taiwan is 台湾闽南语, not 台语; its office abroad is the 台北经济文化代表处; at the WTO and
  APEC Taiwan is 中国台北 and their members are 成员 / 成员方, not 成员国.
* **Movements named by themselves**: 雨伞运动 (非法“占中”), 反送中 (修例风波).
* **China's territory under another state's claim**: 印度的藏南, 阿克赛钦属于印度, 南海仲裁案 awards treated as valid.
* **Ethnic and religious names**: insulting old names (回回, 蛮子, 夷人, 倮倮…), shortened names (鲜族, 哈萨族), branches
  called 族 (摩梭族, 撒尼族, 穿青族, 僜族, 客家族), 突厥族 for Kazakh or Uzbek, religion taken for ethnicity (回族就是伊斯兰教),
  Muslims' animals 杀 rather than 宰.
* **Leaders**: members of the Politburo Standing Committee listed out of their order; 国家领导人 said of a local
  official.

Readings of the guidance recorded here: 武统 is not flagged — the guidance names 和平统一、一国两制 as the policy and
"不承诺放弃使用武力" as its reservation, but lists no wording rule for 武统, which names a policy debate rather than
a wrong title or status; 南海争端 / 南海争议 are not flagged — the Ministry of Foreign Affairs itself speaks of 南海有关
争议; what the guidance rejects is calling China's islands disputed (争议岛屿, already a rule) and the 2016 award.

Ninth round: the formula 港人治港、澳人治澳、高度自治 (``SAR_AUTONOMY``: 港人自治, 完全自治) and more items of the
2016 Xinhua list (``XINHUA_MORE``: “一带一路”战略, 前苏联, 深港一体化, 践行“八荣八耻”, 内港 / 内澳, 中台合资,
台湾是一个国家).

Tenth round (``INVENTORY_MORE``): the rest of the official inventories — the Basic Laws called the SARs' constitution,
少数民族上层人士 outside its period, 省省委 / 市市委书记, five-year 计划 from the eleventh on, the central and provincial
working offices called 办公室, 中央纪委监察部 after 2018, Japan's East China Sea median line, the Taiwan Strait as
"international waters", and the list's international section (阿拉伯民兵, 亚太经合组织峰会, hostages 斩首).

``guidance_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from detectors.content_political import HAN, REJECTS, _sentence, so_called

QUOTE_OPEN = "“\"「『《'‘"
QUOTE_CLOSE = "”\"」』》'’"
NOT_AFTER_QUOTE = f"(?<![{QUOTE_OPEN}])"
NOT_BEFORE_QUOTE = f"(?![{QUOTE_CLOSE}])"

# ---- separatist formulas: quotation marks, always ------------------------------------------------------------

# 台独 and the like only before what follows a movement's name (分子, 势力, a clause end…): 平台独家, 香港独特 and 宝藏独特
# are other words.
SEPARATISM = re.compile(NOT_AFTER_QUOTE + r"(?<!所谓)(?:(?:台|港|藏|疆)独(?=分子|势力|分裂|组织|活动|言行|主张|理念|路线|党|"
                        r"顽固|头目|谬论|行径|图谋|挑衅|思潮|倾向|份子|$|[，,。、；;！!？?\s和与及等的）)”\"」』])|"
                        r"(?:台湾|香港|西藏|新疆)独立)" + NOT_BEFORE_QUOTE)
# 独立 after a place is also "independent" (台湾独立书店, 香港独立电影): only before nothing that makes it an adjective
INDEPENDENT_ADJ = re.compile(r"(?:书店|电影|音乐|乐队|游戏|制片|艺术|设计|策展|媒体人|学院|董事|非执行|核数|审计|评估|第三方)")
TAIWAN_FORMULAS = re.compile(NOT_AFTER_QUOTE + r"(?:一中各表|一国两府|一中两宪|一国两区)" + NOT_BEFORE_QUOTE)

# ---- the resumption of sovereignty over Hong Kong and Macao ---------------------------------------------------

HKM = r"(?:香港|澳门|港澳)"
SOVEREIGNTY = re.compile(
    r"(?<!所谓)收回(?:对)?" + HKM + r"?(?:地区)?(?:的)?主权(?!和|与|及|、)|"
    + HKM + r"(?:的)?主权(?:回归|收回)|"
    r"恢复(?:对)?" + HKM + r"(?:地区)?(?:的)?主权(?!行使)|"
    r"(?<![对在])" + HKM + r"[^。；;\n]{0,8}宗主国|新(?:的)?宗主")
COLONY_SUBJECT = re.compile(HKM + r"(?:曾|曾经|当时|那时)?(?:是|为|沦为|成为|作为)?(?:英国|葡萄牙)?(?:的)?(?:前)?(?<!半)殖民地|"
                            r"(?:英国|葡萄牙)(?:的)?(?:前)?殖民地" + HKM + r"|(?:前)?殖民地时期的?" + HKM)
# …and a territory or possession of Britain or Portugal (英国领土香港, 香港是英国的属地, 葡萄牙海外领土澳门, 英属香港 in
# political.tsv): China never recognised the three unequal treaties, and Hong Kong and Macao were Chinese territory under
# British and Portuguese occupation and administration (1972 letter to the UN Special Committee on Decolonization;
# 中英联合声明: 中华人民共和国政府决定于1997年7月1日对香港恢复行使主权) — in history too (content-political39)
POSSESSION = r"(?:海外领土|海外领地|海外属地|领土|领地|属地|属土)"
HKM_POSSESSION = re.compile(r"(?<!所谓)(?:英国|英|葡萄牙|葡)(?:的)?(?:前)?" + POSSESSION + r"(?:的)?" + HKM + r"|"
                            + HKM + r"(?:地区)?(?:曾|曾经|当时|那时|一度)?(?:是|为|沦为|成为|作为|属于)(?:英国|葡萄牙)(?:的)?(?:前)?"
                            + POSSESSION)
POSSESSION_REJECTED = re.compile(r"所谓|不是|并非|从来|从未|不承认|不平等条约|强占|占领|侵占|窃取|割占|错误|谬论")

# ---- the SAR's own system ------------------------------------------------------------------------------------

SEPARATION_OF_POWERS = re.compile(r"(?<![“\"「『])三权分立")
SAR_WORDS = re.compile(r"香港|澳门|港澳|特区|特别行政区|基本法")
NEGATED = re.compile(r"不是|并非|不搞|不实行|不是所谓|没有|绝不|决不|不等于|不同于|不照搬|并不|而非|所谓|误读|曲解|歪曲|否定|错误")
BORDER_LINE = re.compile(r"(?:深港|深圳与香港|深圳和香港|内地与香港|内地和香港|粤港|珠澳|珠海与澳门|香港与深圳)(?:之间)?(?:的)?"
                         r"(?:边界线|国界线?)|(?:深圳河|罗湖|落马洲|文锦渡|沙头角)[^。，,；;\n]{0,6}(?:国界|边界线)")
VISIT_SAR = re.compile(r"出访(?:香港|澳门|港澳)|(?:对|到|赴)(?:香港|澳门)(?:特区|特别行政区)?(?:进行)?(?:国事|正式|友好)访问")
SAR_GOVERNMENT_OFFICE = re.compile(r"(?:香港|澳门)(?:特别行政区|特区)政府(?:的)?(?:行政长官|立法会)")

# ---- cross-Strait and SAR legal matters are internal ---------------------------------------------------------

TW_OR_SAR = re.compile(r"台湾|台胞|台商|两岸|海峡|金门|马祖|台北|高雄|香港|澳门|港澳")
OTHER_STATE_NAMES = re.compile(r"国外|外国|境外(?:国家)?|[美英法德俄韩日菲越泰缅老柬印巴澳加意西荷]国|日本|菲律宾|越南|缅甸|老挝|柬埔寨|"
                               r"泰国|马来西亚|新加坡|印尼|印度|澳大利亚|加拿大|新西兰|欧盟|国际刑警|引渡条约|引渡法|联合国")
INTERNATIONAL_LAW = re.compile(r"引渡(?!条约|法)|司法协助|偷渡|文书认证")
TW_ONLY = re.compile(r"台湾|台胞|台商|两岸|海峡|金门|马祖|台北|高雄")
# 内地与香港的司法协助 is the official name of the arrangements between the mainland and the SARs (区际司法协助);
# for Hong Kong and Macao only 引渡 is the wrong, international term (移交).
INTERNATIONAL_RIGHT = {"引渡": "遣返 / 移交", "司法协助": "司法互助", "偷渡": "私渡", "文书认证": "文书查证 / 两岸公证书使用"}
TW_WITHOUT_REGION = re.compile(r"(?<![“\"「『])台湾(?:的)?(?:有关规定|立法机构|民意代表|行政管理机构|有关部门负责人)")
TW_PARTY = re.compile(r"(?<![“\"「『])台湾(?:地区)?(?:的)?(?:亲民党|新党|民众党|民进党|时代力量)(?!籍)")
TAIWANESE_LANGUAGE = re.compile(r"(?<![“\"「『平舞站阳视柜灶电擂看上下倒出后前同开登戏吧井月烛烟邢丰五天金兰灯楼窗])台语"
                                r"(?![音言法境料录句”\"」』])")
TW_OFFICE_ABROAD = re.compile(r"台湾经济文化(?:代表处|办事处)")
INTERNATIONAL_BODY = re.compile(r"世界贸易组织|世贸组织|wto|亚太经合组织|亚太经济合作组织|apec|亚洲开发银行|亚行")
# (content-political33, item 467: every body whose members include Hong Kong, Macao or Taiwan as economies or customs
# territories — WTO, APEC, the Asian Development Bank (INTERNATIONAL_BODY) — and a count of its members as 国家: APEC21个
# 国家, 世贸组织164个国家; 成员 / 经济体 / 国家和地区 are right)
HMT_MEMBER_BODIES = r"(?:世界贸易组织|世贸组织|wto|亚太经合组织|亚太经济合作组织|apec|亚洲开发银行|亚行)"
MEMBER_STATE = re.compile(rf"{HMT_MEMBER_BODIES}(?:的)?(?:各|共有|全部|所有)?(?:(?:\d+|[一二三四五六七八九十百]+)个)?成员国|"
                          rf"{HMT_MEMBER_BODIES}(?:的)?(?:共有|全部|所有)?(?:\d+|[一二三四五六七八九十百]+)个?(?:成员)?国家"
                          r"(?!和地区|及地区|与地区|或地区|\(地区\))")
TW_AT_BODY = re.compile(r"(?<![“\"「『])(?:中国台湾|中华台北)(?![”\"」』])")
# …and Taiwan's delegation, representatives or economy at those bodies under the bare name (台湾代表团, 台湾经济体, 台湾
# 代表): at APEC and the Asian Development Bank the member is 中国台北, at the WTO 中国台北单独关税区 (台澎金马单独关税区)
# — content-political39
TW_DELEGATION = re.compile(r"(?<![“\"「『中])台湾(?:地区)?(?:的)?(?:代表团|代表队|代表|经济体|团队|部长|官员|高官)(?![”\"」』])")

# ---- movements named by themselves ---------------------------------------------------------------------------

SELF_NAMED = re.compile(NOT_AFTER_QUOTE + r"(?<!所谓)(?:雨伞运动|雨伞革命|反送中|占中三子)" + NOT_BEFORE_QUOTE)
SELF_NAMED_RIGHT = {"雨伞运动": "非法“占中”", "雨伞革命": "非法“占中”", "反送中": "修例风波",
                    "占中三子": "非法“占中”发起人"}

# ---- China's territory under another state's claim -----------------------------------------------------------

CN_TERRITORY = (r"(?:藏南|阿克赛钦|达旺|加勒万河谷|钓鱼岛|赤尾屿|黄尾屿|黄岩岛|南沙群岛|西沙群岛|中沙群岛|东沙群岛|南海诸岛|"
                r"仁爱礁|美济礁|永暑礁|渚碧礁|华阳礁|赤瓜礁|东门礁|南薰礁|铁线礁|仙宾礁|中业岛|曾母暗沙|永兴岛)")
CLAIMANTS = r"(?:印度|日本|菲律宾|越南|马来西亚|文莱|印尼|印度尼西亚|不丹)"
CLAIMED = re.compile(r"(?<!所谓)" + CLAIMANTS + r"(?:的|所属的?|领土)" + CN_TERRITORY + r"|"
                     + CN_TERRITORY + r"(?:地区)?(?:是|属于|归属于?|为)" + CLAIMANTS + r"(?:的)?(?:领土|所有|一部分)?|"
                     r"(?:中国|中方)(?:所)?(?:占领|侵占|占据|控制)(?:的|下的)" + CN_TERRITORY)
CLAIM_REPORTED = re.compile(r"所谓|声称|妄称|宣称|谎称|非法|炒作|主张|企图|侵占|抗议|驳斥|反对|错误|无效|不承认|实际控制|实控")
ARBITRATION = re.compile(r"(?:南海)?仲裁(?:案)?(?:庭)?(?:的)?(?:裁决|结果|判决)")
ARBITRATION_CONTEXT = re.compile(r"南海|菲律宾|九段线|南沙|黄岩岛")
ARBITRATION_REJECTED = re.compile(r"所谓|非法|无效|不接受|不承认|拒绝|废纸|闹剧|政治操弄|没有拘束力|无拘束力|不具有|不参与|驳斥|反对|"
                                  r"越权|枉法|不会承认|一张|炒作")

# ---- ethnic and religious names ------------------------------------------------------------------------------

# Insulting names of the old society (2016 list item 24: 回回, 蛮子, 夷人) and old names of groups since renamed
# (倮倮 → 彝族, 摆夷 → 傣族, 僮族 → 壮族 since 1965, 卡瓦 / 卡佤 → 佤族 since 1962, 崩龙族 → 德昂族 since 1985,
# 毛难族 → 毛南族 since 1986: 国务院 approvals of the groups' own requests). 回回 alone is also 每回 (他回回都迟到) and 来来回回:
# only as a person (回回们, 老回回).
# (回回 as a people's name before a word of people or dwelling too — 回回群众, 回回村, 回回聚居, content-political31; 回回都
# is "every time", 回回炮 / 回回历 words of Yuan science)
ETHNIC_INSULT = re.compile(r"(?:老|小)回回|(?<![来每这那一几两三四五六七八九十来往])回回(?:们|人|佬|"
                           r"(?=民(?!歌)|群众|同胞|居民|老乡|聚居|村|营|坊|社区|兄弟|族))|"
                           r"(?<![南北野])蛮子|(?<![东西南北华])夷人|"
                           r"倮倮|猓猓|摆夷|僮族|卡瓦族|卡佤族|崩龙族|毛难族|鞑子|"
                           # content-political36 (item 501): the old insulting names of the boat people of the south
                           # coast (疍家人, 疍民 in history): 蛋民 / 蜑民 / 蛋家佬 / 蜑户
                           r"(?<![鸡鸭鹅皮彩捣滚坏笨混])蛋民|蜑民|蛋家佬|蜑户")
ETHNIC_INSULT_RIGHT = {"回回": "回族（回族群众）", "老回回": "回族群众", "小回回": "回族群众", "回回们": "回族群众", "回回人": "回族群众",
                       "回回佬": "回族群众", "蛮子": "（侮辱性称呼，不使用）", "夷人": "彝族", "倮倮": "彝族", "猓猓": "彝族",
                       "摆夷": "傣族", "僮族": "壮族", "卡瓦族": "佤族", "卡佤族": "佤族", "崩龙族": "德昂族",
                       "毛难族": "毛南族", "鞑子": "（侮辱性称呼，不使用）", "蛋民": "疍家人", "蜑民": "疍家人",
                       "蛋家佬": "疍家人", "蜑户": "疍家人"}
ETHNIC_HISTORY = re.compile(r"古代|元代|元朝|明代|明朝|"
                            r"古称|旧称|旧时|历史上|史书|史料|文献|记载|更名|改名|改称|1965|1962|1985|1986|新中国成立前|解放前|称为|称作|叫做|曾被")
ETHNIC_SHORT = re.compile(r"(?<![朝新鲜光海尝生时])鲜族|哈萨族")  # 哈萨 alone names rivers and people (哈萨河)
ETHNIC_SHORT_RIGHT = {"鲜族": "朝鲜族", "哈萨族": "哈萨克族"}
BRANCH_AS_NATION = re.compile(r"(?:摩梭|撒尼|穿青|川青|僜|(?<![旅房游乘创顾访博播])客家|阿细|苦聪|夏尔巴|"
                              # content-political36 (item 501): the other groups the ethnic identification of the 1950s–
                              # 1980s placed within one of the 56 (临高人, 回辉人 → 汉族 / 回族; 疍家人 → 汉族; 克木人, 莽人,
                              # 图瓦人, 艾努人, 嘉绒人, 布芒人, 俫人 within their recognised peoples)
                              r"临高|回辉|疍家|蜑家|克木|(?<![鲁卤])莽|图瓦|艾努|嘉绒|布芒|俫)族(?!群(?!众)|谱|人)")
TURKIC = re.compile(r"(?<![古西东])突厥族")
RELIGION_AS_ETHNICITY = re.compile(r"回族(?:就)?(?:是|等于)伊斯兰教|伊斯兰教(?:就)?(?:是|等于)回族|回族(?:的)?宗教(?:是|就是)?伊斯兰")
# A religion or its adherents given 族 as if a people (穆斯林族, 伊斯兰族, 佛教族, 喇嘛族): none of the 56 official names
# (data/ethnic_groups.txt) is a religion's (content-political24; 禁用词: 不把宗教和民族混为一谈)
RELIGION_AS_NATION = re.compile(r"(?:穆斯林|伊斯兰教?|回教|佛教|佛教徒|基督教?|基督徒|天主教|东正教|道教|喇嘛教?|清真)族(?!群(?!众)|谱)")
# content-political31: the converse — one of the 56 peoples (data/ethnic_groups.txt) given 教 as if it were a religion
# (回族教, 藏族教): the same rule (不把宗教和民族混为一谈); read only where 教 ends the word (before 的, 徒, 信仰, 教义,
# 饮食, 禁忌 … or a stop), not in 藏族教师, 回族教育
NATION_AS_RELIGION_AFTER = r"(?=的|徒|信仰|信众|教义|教规|经典|饮食|禁忌|节日|习俗|[，。、；！？,;!?”\"）)]|$)"


@lru_cache(maxsize=1)
def _nation_as_religion() -> re.Pattern:
    from detectors.content_political_names import ethnic_names  # (territory imports this module, names territory)

    names = sorted(ethnic_names(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(names) + ")教" + NATION_AS_RELIGION_AFTER)


# (the ten peoples most of whose believers are Muslims — 国家民委《中国少数民族》 — and the Tibetans' school of Buddhism)
NATION_RELIGION_RIGHT = {**dict.fromkeys(("回族", "维吾尔族", "哈萨克族", "东乡族", "撒拉族", "保安族", "柯尔克孜族", "塔吉克族",
                                          "乌孜别克族", "塔塔尔族"), "伊斯兰教"), "藏族": "藏传佛教"}
RELIGION_NATION_RIGHT = {"穆斯林": "回族等信仰伊斯兰教的民族（穆斯林群众）", "伊斯兰": "回族等信仰伊斯兰教的民族（穆斯林群众）",
                         "回教": "回族等信仰伊斯兰教的民族（穆斯林群众）", "清真": "回族等信仰伊斯兰教的民族（穆斯林群众）"}
NAMED_WRONG = re.compile(r"不能|不应|不宜|不得|不要|不存在|没有|混为一谈|说法|称谓|错误|不规范|不准确|不当|应为|应称|改为|纠正|更正|"
                        r"而非|而不是|所谓")
MUSLIM_SLAUGHTER = re.compile(r"(?:穆斯林|回族|维吾尔族|清真)[^。，,；;\n]{0,8}?杀(?=牛|羊|鸡|鸭|鹅|骆驼|牲)")

# ---- leaders -------------------------------------------------------------------------------------------------

# The Politburo Standing Committee in its order (中共二十届一中全会公报, 2022-10-23), then the Vice-President; lists of
# the Party's and State's leaders follow this order. Update with leaders.txt at the next change of term.
STANDING_ORDER = ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "韩正")
LEADER_RANK = {name: i for i, name in enumerate(STANDING_ORDER)}
LEADER_NAME = re.compile("|".join(STANDING_ORDER).replace("韩正", "(?<![中美日朝韩])韩正(?![式常])"))
LIST_GAP = re.compile(r"^(?:同志|总书记|总理|委员长|主席|书记|副总理|副主席)?(?:[、和与及]|以及)"
                      rf"(?:[{HAN}]{{2,3}}(?:同志)?(?:[、和与及]|以及))*$")
LOCAL_TITLES = (r"(?:省委书记|省长|自治区(?:党委)?主席|市委书记|市长|州委书记|州长|县委书记|县长|区委书记|区长|旗委书记|旗长|"
                r"乡长|镇长|乡党委书记|镇党委书记|厅长|局长|主任)")
LOCAL_AS_STATE_LEADER = re.compile(LOCAL_TITLES + rf"[{HAN}]{{2,3}}(?:同志)?(?:等)?(?:党和)?国家领导(?:人|同志)|"
                                   r"(?:党和)?国家领导人" + LOCAL_TITLES + rf"[{HAN}]{{2,3}}")
CENTRAL = re.compile(r"中央|国务院|全国人大|全国政协|总书记|国家主席|国家副主席|总理|委员长|国务委员|政治局")

# The formula of the special administrative regions is 港人治港、澳人治澳、高度自治 (《香港特别行政区基本法》
# 《澳门特别行政区基本法》序言与第二条; 2014 年《“一国两制”在香港特别行政区的实践》白皮书: 高度自治不是完全自治、
# 全面自治): 港人自治 / 澳人自治 merge the two halves, and full autonomy is not what the central government
# authorises. A sentence that says it is not (不是完全自治) is right.
SAR_AUTONOMY = re.compile(r"(?<![“\"「『])(?:(?P<people>港人|澳人)自治|"
                          r"(?:香港|澳门|特区|特别行政区)(?:实行|享有|拥有|实施)?(?:的)?(?P<full>完全|全面|充分)自治(?:权)?)")

# More items of the 2016 Xinhua list, each as the list states it: "一带一路" is an initiative, not a 战略 (倡议); 苏联
# without 前 (the Soviet Union is a state of the past; 前苏联地区 / 国家 / 加盟共和国 name the region after it); no
# "深港一体化" under "一国两制"; 践行社会主义荣辱观 rather than 践行"八荣八耻"; 内地与香港 (澳门), not 内港 / 内澳 (澳门内港
# is a harbour); Hong Kong, Macao and Taiwan never called a state (台湾是一个国家).
XINHUA_MORE: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"一带一路[”\"」』]?(?:发展|重大|国家级)?战略(?!对接|合作伙伴|伙伴|协调|构想对接)"), "“一带一路”倡议",
     "“一带一路”是倡议，不称“战略”"),
    (re.compile(r"(?<![“\"「『])前苏联(?!地区|国家|加盟|各国|空间|解体后独立)"), "苏联", "“苏联”不加“前”"),
    (re.compile(r"(?<![“\"「『])(?:深港|港深)一体化"), "深港合作", "“一国两制”下不使用“深港一体化”"),
    (re.compile(r"(?:践行|树立|坚持|牢记|弘扬|遵守|学习|落实)[“\"「『]?八荣八耻"), "践行社会主义荣辱观",
     "使用“践行社会主义荣辱观”，不用“践行‘八荣八耻’”"),
    (re.compile(r"(?<!澳门)(?<!珠海)内(?:港|澳)(?:两地|之间|合作|交流|往来|关系|融合|贸易)"), "内地与香港（澳门）",
     "内地与香港、澳门不简称“内港”“内澳”"),
    (re.compile(r"(?<![“\"「『])中(?:台|港)(?:合资|两地|关系)"), "两岸 / 内地与香港", "不把台湾、香港与“中”（中国）并列（中台、中港）"),
    (re.compile(r"(?:台湾|香港|澳门)(?:地区)?(?:是|为|作为|成为)(?:一个)?(?:独立的|独立|主权)?(?:国家|主权国家)(?=[。，,！!？?；;、]|$)"),
     "香港、澳门是中国的特别行政区，台湾是中国的一个省", "不把香港、澳门、台湾称作“国家”"),
)


# Tenth round: the rest of the official inventories, item by item (sources in SOURCES.md, 第十六节). Each row: the
# wrong wording, the right one, the rule, and the words of the sentence that make the same words right (history
# before a change of name, a report of the claim, a negation).
# * The Basic Laws are national laws made under the Constitution, not the SAR's "constitution": 宪法和基本法共同构成
#   特别行政区的宪制基础 (香港宪法和基本法 is that pair, not a constitution of Hong Kong).
# * 少数民族上层人士 is no longer used except of the period before the democratic reform (新华社禁用词和慎用词 2016).
# * 中共××省委书记, ××市委书记 — not 省省委, 市市委, 县县委 (the same list); 各省、全市、该市 before the word are other
#   readings (各省省委书记 names many provinces).
# * Five-year plans are 规划 from the eleventh (十一五, 2006) on; 十五计划 (2001–2005) and earlier are 计划.
# * The working offices of the Party Central Committee, the State Council, the NPC Standing Committee, the CPPCC
#   National Committee and of provincial Party committees and governments are 办公厅 (a city's is 办公室; the State
#   Council's 新闻办公室, 台湾事务办公室 are other bodies).
# * 监察部 was merged into the 国家监察委员会 in 2018: 中央纪委国家监委, not 中央纪委监察部 for the present body.
# * International section of the same list: 阿拉伯民兵 (武装民兵, 部族武装), 亚太经合组织峰会 (the meeting is 亚太经合组织
#   领导人非正式会议), 斩首 in reports of hostages (被砍头杀害; 斩首行动 and 斩首示众 of history are other words).
# * China has never accepted the "median line" Japan claims in the East China Sea (东海中间线, 日中中间线) nor that the
#   Taiwan Strait is "international waters" (外交部发言人, 2022).
HISTORY_BEFORE_2018 = r"(?<!\d)(?:19\d\d|200\d|201[0-7])年|原|时任|曾|当时|前身|改革前|组建前|合署办公以来"
# Each row also names a word the post must contain before its pattern is run (one substring test per row and post).
INVENTORY_MORE: tuple[tuple[str, re.Pattern, str, str, re.Pattern | None], ...] = (
    ("宪法", re.compile(r"(?:香港|澳门)(?:特区|特别行政区)?(?:的)?宪法(?![和与及、]|日|宣传|教育|修正|规定的|第)"),
     "香港（澳门）基本法", "基本法是全国人大制定的基本法律，不是特别行政区的“宪法”",
     re.compile(r"不是|并非|而非|不等于|小宪法")),
    ("上层", re.compile(r"少数民族上层(?:人士|爱国人士)?"), "少数民族代表人士",
     "除对过去特定历史时期的表述外，不再使用“少数民族上层人士”",
     re.compile(r"民主改革|解放前|新中国成立前|和平解放|历史|旧社会|当年|时期|(?<!\d)19[0-6]\d年|曾|时任|统战史")),
    ("委", re.compile(r"(?<![各全本外该每分两三多地诸其级新治城])(?P<level>[省市县区州旗])(?P=level)委(?:书记|副书记|常委)"), "",
     "应称“中共××省委书记”“××市委书记”，不称“省省委书记”“市市委书记”", None),
    ("计划", re.compile(r"十[一二三四五][”\"」』]?五[”\"」』]?(?:国民经济和社会发展)?计划(?!生育)"), "五年规划",
     "自“十一五”起五年计划改称“五年规划”（“十五”计划及以前称“计划”）", None),
    ("办公室", re.compile(r"(?:国务院|中共中央|党中央|全国人大常委会|全国人民代表大会常务委员会|全国政协|(?:省|自治区)(?:人民)?政府|"
                r"省委|自治区党委)办公室"), "办公厅",
     "党中央、国务院、全国人大常委会、全国政协和省级党委、政府的办事机构是“办公厅”", None),
    ("监察部", re.compile(r"中央纪委(?:、)?监察部"), "中央纪委国家监委",
     "2018 年监察部并入国家监察委员会，现称“中央纪委国家监委”", re.compile(HISTORY_BEFORE_2018)),
    ("中间线", re.compile(r"(?:东海|日中|中日|日方)(?:的)?中间线"), "（中方不承认日方主张的所谓“中间线”）",
     "中方从不承认日方在东海单方面主张的所谓“中间线”", re.compile(r"单方面|主张|所谓")),
    ("民兵", re.compile(r"阿拉伯民兵"), "武装民兵 / 部族武装", "（达尔富尔等）报道中不使用“阿拉伯民兵”，称“武装民兵”“部族武装”",
     re.compile(r"不使用|不称|说法")),
    ("峰会", re.compile(r"(?:亚太经合组织|亚太经合|APEC|apec)(?:第[〇零一二三四五六七八九十\d]+次)?(?:领导人)?峰会"),
     "亚太经合组织领导人非正式会议", "应称“亚太经合组织领导人非正式会议”，不称“亚太经合组织峰会”", None),
    ("斩首", re.compile(r"斩首(?!行动|示众)"), "（人质）被砍头杀害", "人质报道中不使用“斩首”，用中性的“被砍头杀害”",
     re.compile(r"^(?!.*人质)")),
    # (every sea, strait and island group's waters of China, not the Strait alone — 南海国际水域, 北部湾是国际水域:
    # the "international waters" of foreign navies' freedom-of-navigation claims; China's seas hold its internal
    # waters, territorial sea, contiguous zone and exclusive economic zone — content-political39)
    ("国际水域", re.compile(r"(?:中国|我国)?(?:台湾海峡|台海|南海|东海|黄海|渤海|北部湾|琼州海峡|"
                        r"(?:南沙|西沙|中沙|东沙)(?:群岛)?|钓鱼岛|黄岩岛)(?:海域|周边|附近)?(?:是|为|属于|属|的|这一)?国际水域"),
     "中国的内水、领海和专属经济区", "中国管辖海域不是所谓“国际水域”",
     re.compile(r"不是|并非|不属于|没有|所谓|无|声称|宣称|妄称|谎称|借口|炒作")),
)


def _rejected(folded: str, i: int) -> bool:
    return bool(REJECTS.search(_sentence(folded, i)))


def guidance_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the rule families above on ``folded`` text."""
    has = folded.__contains__
    for m in SEPARATISM.finditer(folded) if ("独" in folded) else ():
        if m.group(0).endswith("独立") and INDEPENDENT_ADJ.match(folded, m.end()):
            continue
        if not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "分裂主张:引号", f"“{m.group(0)}”",
                   "“台独”“港独”“藏独”“疆独”等分裂主张的名称必须加引号使用")
    for pattern, right, note in XINHUA_MORE:
        for m in pattern.finditer(folded):
            if not in_quotes(m.start(), m.end()) and not _rejected(folded, m.start()) and \
                    not re.search(r"不称|不用|不使用|不宜|不再|改称|而非|应称|说法", _sentence(folded, m.start())):
                yield m.start(), m.end(), "新华社禁用词", right, note
    for key, pattern, right, note, unless in INVENTORY_MORE:
        for m in pattern.finditer(folded) if has(key) else ():
            sentence = _sentence(folded, m.start())
            if in_quotes(m.start(), m.end()) or _rejected(folded, m.start()) or (unless and unless.search(sentence)):
                continue
            if m.lastgroup == "level":  # 河南省省委书记 → 河南省委书记
                right = m.group(0)[1:]
            yield m.start(), m.end(), "规范名称", right, note
    for m in SAR_AUTONOMY.finditer(folded) if "自治" in folded else ():
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or _rejected(folded, m.start()) or re.search(r"不是|并非|而非|不等于|绝不是", sentence):
            continue
        if m.group("people"):
            right = "港人治港" if m.group("people") == "港人" else "澳人治澳"
            yield m.start(), m.end(), "港澳:方针", right, "特别行政区的方针是“港人治港”“澳人治澳”、高度自治，不写成“港人自治”"
        else:
            yield (m.start(), m.end(), "港澳:方针", "高度自治",
                   "特别行政区享有中央授予的高度自治权，不是“完全自治”“全面自治”")
    for m in TAIWAN_FORMULAS.finditer(folded) if ("一中" in folded or "一国" in folded) else ():
        if not in_quotes(m.start(), m.end()) and not _rejected(folded, m.start()):
            yield (m.start(), m.end(), "两个中国", "九二共识（坚持一个中国原则）",
                   "不使用台湾方面“一中各表”“一国两府”等说法")
    if has("主权") or has("宗主"):
        for m in SOVEREIGNTY.finditer(folded):
            if (SAR_WORDS.search(_sentence(folded, m.start())) and not in_quotes(m.start(), m.end())
                    and "所谓" not in folded[max(0, m.start() - 4):m.start()]):
                yield (m.start(), m.end(), "主权移交", "中国政府对香港（澳门）恢复行使主权 / 香港回归祖国 / 政权交接",
                       "香港、澳门回归不称“收回主权”“主权回归”“宗主国”")
    for m in COLONY_SUBJECT.finditer(folded) if has("殖民地") else ():
        if not in_quotes(m.start(), m.end()) and "所谓" not in _sentence(folded, m.start()):
            yield (m.start(), m.end(), "港澳:殖民地", "英国（葡萄牙）对香港（澳门）实行殖民统治 / 回归前的香港",
                   "不称香港、澳门是“殖民地”")
    for m in HKM_POSSESSION.finditer(folded) if (has("领") or has("属")) else ():
        if not in_quotes(m.start(), m.end()) and not POSSESSION_REJECTED.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "港澳:殖民地", "英国（葡萄牙）占领下的香港（澳门）",
                   "香港、澳门自古是中国领土，不称英国（葡萄牙）的领土、属地")
    for m in SEPARATION_OF_POWERS.finditer(folded) if has("三权分立") else ():
        sentence = _sentence(folded, m.start())
        if SAR_WORDS.search(sentence) and not NEGATED.search(sentence):
            yield (m.start(), m.end(), "港澳:政治体制", "行政主导", "香港、澳门特别行政区实行行政主导的政治体制，不是“三权分立”")
    for m in BORDER_LINE.finditer(folded) if (has("边界") or has("国界")) else ():
        yield m.start(), m.end(), "港澳:边界", "管理线", "深圳与香港之间是“管理线”，不称“边界线”"
    for m in VISIT_SAR.finditer(folded) if has("访") else ():
        yield m.start(), m.end(), "港澳:出访", "视察香港（澳门）", "国家领导人到香港、澳门是“视察”，不是“出访”“访问”"
    for m in SAR_GOVERNMENT_OFFICE.finditer(folded) if has("政府") else ():
        yield (m.start(), m.end(), "港澳:机构", m.group(0).replace("政府", "").replace("的", ""),
               "行政长官、立法会不属于特别行政区政府，名称中不多“政府”二字")
    for m in INTERNATIONAL_LAW.finditer(folded) if TW_OR_SAR.search(folded) else ():
        sentence = _sentence(folded, m.start())
        context = TW_OR_SAR if m.group(0).startswith("引渡") else TW_ONLY
        if context.search(sentence) and not OTHER_STATE_NAMES.search(sentence) and not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "涉台港澳:法律用语", INTERNATIONAL_RIGHT[m.group(0)],
                   "两岸及内地与港澳的法律事务是一国内部事务，不使用“引渡”“司法协助”“偷渡”等国际法用语")
    for m in TW_WITHOUT_REGION.finditer(folded) if has("台湾") else ():
        if not in_quotes(m.start(), m.end()):
            tail = m.group(0)[2:].lstrip("的")
            yield m.start(), m.end(), "台湾:地区", f"台湾地区{tail}", "台湾地区有关规定、民意代表等称谓不能省略“地区”二字"
    for m in TW_PARTY.finditer(folded) if has("台湾") else ():
        yield (m.start(), m.end(), "台湾:政党", re.sub(r"^台湾(?:地区)?(?:的)?", "", m.group(0)),
               "台湾地区的政党（亲民党、新党、民进党等）名称前不冠以“台湾”")
    for m in TAIWANESE_LANGUAGE.finditer(folded) if has("台语") else ():
        yield m.start(), m.end(), "台湾:台语", "台湾闽南语", "台湾民众使用的闽南话称“台湾闽南语”，不称“台语”"
    for m in TW_OFFICE_ABROAD.finditer(folded) if has("经济文化") else ():
        yield m.start(), m.end(), "台湾:机构", "台北经济文化代表处", "固定名称“台北经济文化代表处（办事处）”不得改为“台湾”"
    if INTERNATIONAL_BODY.search(folded):
        for m in MEMBER_STATE.finditer(folded):
            word = m.group(0)
            right = word[:-1] + "（成员方）" if word.endswith("成员国") else re.sub(r"(?:成员)?国家$", "成员（经济体）", word)
            yield m.start(), m.end(), "港澳台:国家", right, "成员中有地区的国际组织，不称“成员国”，成员不以“国家”计数"
        for m in TW_AT_BODY.finditer(folded) if has("台") else ():
            if INTERNATIONAL_BODY.search(_sentence(folded, m.start())):
                yield m.start(), m.end(), "台湾:名称", "中国台北", "台湾地区在世贸组织、亚太经合组织中的简称是“中国台北”"
        for m in TW_DELEGATION.finditer(folded) if has("台湾") else ():
            if INTERNATIONAL_BODY.search(_sentence(folded, m.start())) and not so_called(folded, m.start()):
                yield (m.start(), m.end(), "台湾:名称", "中国台北" + m.group(0)[m.group(0).index("湾") + 1:].lstrip("地区的"),
                       "台湾地区在亚太经合组织、世贸组织、亚洲开发银行中的名称是“中国台北”")
    for m in SELF_NAMED.finditer(folded) if (has("雨伞") or has("送中") or has("占中")) else ():
        if not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "港澳:称谓", SELF_NAMED_RIGHT[m.group(0)], "不使用非法活动的自我美化称谓"
    for m in CLAIMED.finditer(folded):
        if not CLAIM_REPORTED.search(_sentence(folded, m.start())) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "岛礁归属", "我国固有领土", "把我国领土称为他国所有"
    for m in ARBITRATION.finditer(folded) if has("仲裁") else ():
        sentence = _sentence(folded, m.start())
        if ARBITRATION_CONTEXT.search(sentence) and not ARBITRATION_REJECTED.search(sentence):
            yield (m.start(), m.end(), "岛礁归属", "所谓“南海仲裁案”裁决（非法无效，中国不接受不承认）",
                   "把南海仲裁案裁决当作有效的依据")
    for m in ETHNIC_INSULT.finditer(folded):
        if not in_quotes(m.start(), m.end()) and not ETHNIC_HISTORY.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "民族宗教", ETHNIC_INSULT_RIGHT[m.group(0)],
                   "对各民族不得使用旧社会流传的侮辱性称呼或已废止的旧称")
    for m in ETHNIC_SHORT.finditer(folded) if (has("鲜族") or has("哈萨族")) else ():
        yield m.start(), m.end(), "民族宗教", ETHNIC_SHORT_RIGHT[m.group(0)], "民族名称不得随意简称"
    for m in BRANCH_AS_NATION.finditer(folded) if has("族") else ():
        if not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "民族宗教", m.group(0)[:-1] + "人",
                   "民族的支系、部落不能称为民族，只能称“××人”")
    for m in TURKIC.finditer(folded) if has("突厥族") else ():
        yield m.start(), m.end(), "民族宗教", "哈萨克族 / 乌孜别克族等", "不把古代民族名称用于后世民族（“突厥族”）"
    for m in RELIGION_AS_ETHNICITY.finditer(folded) if has("回族") else ():
        if not _rejected(folded, m.start()):
            yield m.start(), m.end(), "民族宗教", "回族群众信仰伊斯兰教", "不能把宗教和民族混为一谈"
    for m in RELIGION_AS_NATION.finditer(folded) if has("族") else ():
        # quotes alone do not make it a mention: no religion is a people under any reading, and a post that quotes a
        # shop's sign (使用“伊斯兰族美食”等表述) repeats the wording unless its sentence says it is wrong
        if not (in_quotes(m.start(), m.end()) and NAMED_WRONG.search(_sentence(folded, m.start()))) \
                and not _rejected(folded, m.start()):
            stem = next((k for k in RELIGION_NATION_RIGHT if m.group(0).startswith(k)), "")
            yield (m.start(), m.end(), "民族宗教", RELIGION_NATION_RIGHT.get(stem, "信教群众（宗教不是民族）"),
                   "不能把宗教和民族混为一谈：宗教或信徒不是“族”")
    for m in _nation_as_religion().finditer(folded) if has("族教") else ():
        if not (in_quotes(m.start(), m.end()) and NAMED_WRONG.search(_sentence(folded, m.start()))) \
                and not _rejected(folded, m.start()):
            people = m.group(0)[:-1]
            yield (m.start(), m.end(), "民族宗教", f"{people}群众信仰的{NATION_RELIGION_RIGHT.get(people, '宗教')}（写出宗教的名称）",
                   "不能把宗教和民族混为一谈：民族不是宗教，没有“××族教”")
    for m in MUSLIM_SLAUGHTER.finditer(folded) if has("杀") else ():
        end = m.end()
        yield end - 1, end, "民族宗教", "宰", "穆斯林宰牛羊及家禽，只说“宰”，不写作“杀”"
    yield from _leader_order(folded)
    for m in LOCAL_AS_STATE_LEADER.finditer(folded) if has("国家领导") else ():
        a = max(folded.rfind(c, 0, m.start()) for c in "。！？!?；;\n，,") + 1
        if not CENTRAL.search(folded[a:m.start()] + m.group(0).replace("国家领导", "")):
            yield m.start(), m.end(), "领导人职务", "省（市）领导 / 地方党政负责同志", "把地方负责人称为“国家领导人”"


def _leader_order(folded: str) -> Iterator[tuple[int, int, str, str, str]]:
    """Members of the Standing Committee named in one enumeration out of their order (李强、习近平)."""
    found = list(LEADER_NAME.finditer(folded))
    run: list[re.Match] = []
    for m in found + [None]:
        if m is not None and run and LIST_GAP.match(folded[run[-1].end():m.start()]):
            run.append(m)
            continue
        if len(run) >= 2:
            ranks = [LEADER_RANK[r.group(0)] for r in run]
            if ranks != sorted(ranks):
                right = "、".join(sorted((r.group(0) for r in run), key=LEADER_RANK.__getitem__))
                yield (run[0].start(), run[-1].end(), "领导人排序", right,
                       "党和国家领导人的排列顺序有误（按中央政治局常委的顺序）")
        run = [m] if m is not None else []
