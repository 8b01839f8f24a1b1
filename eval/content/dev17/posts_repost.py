"""Thirteenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev16/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院办公厅关于推进县域商业体系提质增效的意见

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

县域商业是联结城乡消费的重要纽带。为推进县域商业体系提质增效，经国务院同意，现提出如下意见。

一、改造提升乡镇商贸中心。到2029年，每个乡镇至少建成1个功能完善的商贸中心，推动连锁便利店向村级延伸。

二、健全县乡村三级物流配送。推动邮政、快递、供销等资源共享，实现农村快递“村村通”。

三、培育县域消费新场景。支持发展赶集经济、夜间经济，组织开展农产品产销对接活动。

四、加强政策保障。各地要统筹用好中央财政资金，对县域商业建设项目给予支持。"""

G2 = """《公共数据资源开发利用条例》公布，2027年3月1日起施行

近日，国务院总理李强签署国务院令，公布《公共数据资源开发利用条例》，自2027年3月1日起施行。

条例明确，公共数据资源开发利用应当坚持统筹发展和安全，依法保护个人信息和商业秘密。条例规定，公共管理和服务机构应当编制公共数据资源目录，向社会公开可开放的数据清单；对涉及个人信息的数据，应当经匿名化处理后方可开放。条例还对授权运营、收益分配、安全管理等作出规定。"""

X1 = """新华社杭州11月19日电（记者 方岑）记者19日从浙江省经济和信息化厅获悉，今年前三季度，浙江数字经济核心产业增加值达7820亿元，同比增长9.1%。目前，浙江已培育国家级专精特新“小巨人”企业1600余家，工业互联网平台连接设备超过1亿台（套）。"""

X2 = """新华社宁波11月22日电（记者 冯筱）22日，随着一艘满载集装箱的货轮驶离梅山港区，宁波舟山港今年集装箱吞吐量突破3600万标准箱，提前40天完成全年目标。今年以来，该港新开辟国际航线21条，“一带一路”沿线航线达到130条。"""

X3 = """新华社北京11月20日电（记者 聂晗）国家医保局20日介绍，截至10月底，全国基本医疗保险参保人数达13.3亿人，参保率稳定在95%以上。2027年起，新生儿出生后可在线办理参保缴费，灵活就业人员可在就业地参加职工医保。"""

R1 = """夜读｜冬天，把日子过得热气腾腾

天冷了，街角的烤红薯摊又支起来了。

冬天的意义，或许就在于那些微小的温暖：下班路上一碗热汤面，深夜回家时一盏留着的灯，朋友发来的一句“多穿点”。

生活不会总是顺遂，但只要心里有火，日子就能过得热气腾腾。

晚安。"""

R2 = """人民锐评：“一老一小”过冬，温暖不能缺位

入冬以来，多地气温骤降。老人怕冷、孩子易病，“一老一小”如何温暖过冬，牵动千家万户。

社区食堂多一份热汤，托育机构多一道消毒，独居老人家里多一次探访……这些看似琐碎的小事，恰恰是民生温度的刻度。

把“一老一小”的冷暖放在心上，基层服务才能更有温度。"""

C1 = """【#全国铁路12月1日起调整列车运行图#】记者从中国国家铁路集团有限公司获悉，12月1日零时起，全国铁路实行新的列车运行图。调图后，全国铁路安排图定旅客列车12300列，较调图前增加280列；开行时速350公里复兴号动车组的线路进一步增加。旅客可通过12306网站和App查询最新车次信息。"""

C2 = """【#一批新规12月1日起施行#】①修订后的《消防救援衔条例》施行；②无人驾驶航空器飞行管理新规施行，微型无人机实名登记全面推行；③新版《网络交易平台收费行为规则》施行，平台不得强制商家参加促销。"""

N1 = """冬季开窗通风，这样做才科学

天冷了，很多人习惯门窗紧闭。但长时间不通风，室内二氧化碳浓度升高，容易引起头晕、乏力，也不利于预防呼吸道传染病。

1. 每天开窗通风2至3次，每次20至30分钟；
2. 宜选择上午10点至下午3点气温较高时段；
3. 通风时注意给老人和孩子保暖，避免直吹；
4. 使用燃气、炭火取暖的房间，更要保持通风。"""

N2 = """流感和普通感冒，怎么区分？

流感起病急，常有高热（可达39℃至40℃）、头痛、全身肌肉酸痛、乏力等症状；普通感冒以鼻塞、流涕、打喷嚏为主，全身症状较轻。

出现流感样症状，应及时就医，在医生指导下使用抗病毒药物，发病48小时内用药效果更好。老年人、孕妇、慢性病患者等重点人群，建议尽早接种流感疫苗。"""

M1 = """洗澡时使用燃气热水器，这5件事千万别做

1. 不要把燃气热水器安装在浴室内；
2. 不要使用直排式燃气热水器；
3. 不要在洗澡时关闭门窗、不开排风扇；
4. 不要长时间连续洗澡，超过20分钟要开门通风；
5. 不要忽视异味，闻到燃气味立即关闭阀门、开窗通风，到室外拨打电话报修。"""

P1 = """【警惕“冒充客服退订会员”诈骗！】近期，有不法分子冒充电商平台、视频平台客服，谎称受害人“开通了自动续费会员，每月将扣费800元”，诱导其下载屏幕共享软件、开通网银转账“退订”。警方提示：正规平台退订会员只需在App内操作，不会要求屏幕共享或转账。"""

Q1 = """【2026/2027年冬季气候趋势预测发布】中国气象局今天发布预测：今冬（2026年12月至2027年2月）全国大部地区气温接近常年同期到偏高，但冷空气活动频繁，阶段性降温明显；华北、黄淮等地降水偏少，需防范干旱和森林火险；江南、华南部分地区可能出现低温雨雪冰冻天气。"""

DOCS = [
    P("gov_wx", G1, key="G1"),
    P("gov_wx", G2, key="G2"),
    P("xh_wb", X1, key="X1"),
    P("xh_wb", X2, key="X2"),
    P("xh_wb", X3, key="X3"),
    P("rmrb_wx", R1, key="R1"),
    P("rmrb_wx", R2, key="R2"),
    P("cctv_wb", C1, key="C1"),
    P("cctv_wb", C2, key="C2"),
    P("nhc_wx", N1, key="N1"),
    P("nhc_wx", N2, key="N2"),
    P("mem_wx", M1, key="M1"),
    P("mps_wb", P1, key="P1"),
    P("cma_wb", Q1, key="Q1"),
]


def body(text):
    """The text without its first line (a headline) and the blank line after it."""
    return text.split("\n", 2)[2] if "\n" in text else text


def undated(text):
    """A Xinhua item without its dateline."""
    return text.split("）", 1)[1]


COPIES = [
    # unsourced copies of the documents
    P("qz_ny", G1, U, copy="G1", note="the whole State Council document pasted with no source"),
    P("jh_sc", "县域商业迎来大利好！乡镇都要建商贸中心了\n\n" + body(G1), U, copy="G1",
      note="headline rewritten into a clickbait title, body pasted, no source"),
    P("sx_rs", G1 + "\n\n（本文系转载，版权归原作者所有）", U, copy="G1",
      note="'reprinted, copyright belongs to the original author' names no publisher"),
    P("zj_jy", G2 + "\n\n素材整理自网络", U, copy="G2", note="'compiled from the internet' names no publisher"),
    P("hz_xw", "【公共数据开放有了“国家规矩”】" + body(G2), U, copy="G2",
      note="Weibo paste under a new headline, no source"),
    P("zj_sc", undated(X1), U, copy="X1", note="Xinhua dateline and reporter stripped, text pasted"),
    P("hz_xw_dy", "浙江数字经济又交出亮眼成绩单！" + undated(X1), U, copy="X1",
      note="Douyin caption: the item without its dateline"),
    P("nb_xw", "（1/2）" + undated(X2)[:80] + "……", U, copy="X2", orig=True,
      note="first part of a Weibo thread pasting the Xinhua item without its dateline"),
    P("nb_jt", "据权威消息，" + undated(X2), U, copy="X2",
      note="'according to authoritative news' names no publisher"),
    P("hz_wj", "医保好消息！新生儿出生就能在线参保了\n\n" + undated(X3), U, copy="X3",
      note="headline plus the Xinhua text without dateline"),
    P("sx_rs", undated(X3) + "\n\n（内容综合整理）", U, copy="X3", note="'compiled' names no publisher"),
    P("ls_st", R1, U, copy="R1", note="the People's Daily night essay pasted whole, no source", orig=True),
    P("zj_st", "晚安，浙江｜" + body(R1), U, copy="R1", note="new title, body pasted; no source"),
    P("tz_ty", R2 + "\n\n责任编辑：蒋沫", U, copy="R2", note="only an editor credit, which names no source"),
    P("hz_wj", "“一老一小”过冬，温暖不能缺位\n\n" + body(R2), U, copy="R2",
      note="'人民锐评' dropped from the title, body pasted"),
    P("nb_jt", C1.replace("【#全国铁路12月1日起调整列车运行图#】", "【12月1日起，坐火车注意！】"), U, copy="C1",
      note="CCTV's hashtag headline replaced, rest pasted, no source"),
    P("hz_ga_wb", C2, U, copy="C2", orig=True, note="CCTV's list pasted as an original Weibo post"),
    P("zj_yj", "划重点！" + C2.split("】", 1)[1], U, copy="C2", orig=False, note="headline dropped, list pasted; flagged as a repost by the platform but no source field"),
    P("jx_jy", N1 + "\n\n图文来自工作群", U, copy="N1", note="'from a work chat group' names no publisher"),
    P("zs_yj", "天冷了也要开窗！\n\n" + body(N1), U, copy="N1", note="new title, body pasted"),
    P("hz_wj", N2, U, copy="N2", note="NHC text pasted as the commission's own", orig=True),
    P("zs_yj", M1, U, copy="M1", note="the ministry's safety list pasted whole, no source"),
    P("zj_yj", "【冬季洗澡安全】" + body(M1).replace("\n", " "), U, copy="M1",
      note="list flattened into a Weibo post, no source"),
    P("wz_ga", P1.replace("警方提示", "温州警方提示"), U, copy="P1", orig=True,
      note="the CID warning pasted with the account's own city added to the closing line, no source"),
    P("hu_qx", Q1.replace("中国气象局今天发布预测", "今天发布的预测显示"), U, copy="Q1", orig=True,
      note="issuer's name removed from the forecast, pasted"),
    # copies that name their source (hard negatives)
    P("hz_xw", G1 + "\n\n信源：中国政府网", hn=HN, copy="G1", note="信源 names the publisher"),
    P("zj_sc", "本文内容来自中国政府网\n\n" + G2, hn=HN, copy="G2", note="names the publisher at the top"),
    P("nb_xw_dy", X1, hn=HN, copy="X1", note="Xinhua dateline kept"),
    P("hz_xw", X2, hn=HN, copy="X2", orig=False, src="新华社", note="platform repost with source field"),
    P("nb_xw", "据新华社北京电 " + undated(X3), hn=HN, copy="X3", note="据新华社…电 attributes the item"),
    P("zj_jy", "出处：人民日报\n\n" + R1, hn=HN, copy="R1", note="出处 names the publisher"),
    P("sx_rs", R2 + "\n\n本文经授权转载自人民日报", hn=HN, copy="R2", note="names the publisher"),
    P("hz_xw_dy", C1 + "\n\n文章出处：央视新闻", hn=HN, copy="C1", note="names the publisher"),
    P("zj_ga", "转发自@央视新闻 " + C2, hn=HN, copy="C2", note="names the publisher"),
    P("qz_ny", N1 + "\n\n来源丨健康中国", hn=HN, copy="N1", note="来源 with a vertical bar separator"),
    P("tz_ty", M1 + "\n\n内容来源：中国应急管理", hn=HN, copy="M1", note="names the publisher"),
    P("hz_ga_wb", P1, hn=HN, copy="P1", orig=False, src="公安部刑侦局", note="platform repost with source field"),
    P("zj_yj", Q1 + "（消息源：中国气象局）", hn=HN, copy="Q1", note="names the publisher; the text also names the issuer"),
]

OTHERS = [
    # other unsourced reposts: posted in another body's voice
    P("jh_sc", "我部近日印发通知，要求各地市场监管部门在岁末年初集中开展燃气用具质量专项整治，重点查处无3C认证、假冒伪劣燃气灶具和连接软管。",
      U, note="in the voice of a ministry (我部); pasted without naming it"),
    P("hz_ga", "我支队近日在瓯海区查获一批非法改装电动自行车电池，共计326块。提醒广大市民：不要购买和使用非法改装的电池。",
      U, note="another city's traffic police detachment's voice (瓯海 is Wenzhou) on a Hangzhou account, no source"),
    P("nb_xw", "我省日前出台促进低空经济高质量发展若干措施，到2028年，全省低空经济规模将突破800亿元，建成通用机场30个。据介绍，我省将在合肥、芜湖等地布局低空飞行服务站。",
      U, note="another province's voice (its cities named); pasted with no source"),
    P("zj_jy", "我委联合教育部印发通知，要求各地中小学在冬季加强晨午检，做好流感、诺如病毒等传染病防控。",
      U, note="voice of the health commission (我委) on the education department's account, no source"),
    P("sx_rs", "本台记者从市就业管理服务中心获悉，今年以来，我市新增城镇就业6.2万人，城镇登记失业率控制在2.5%以内。",
      U, note="a broadcaster's copy (本台记者) pasted without the station's name"),
    P("zs_yj", "我院今年共审结涉海洋渔业安全生产案件42件，其中刑事案件7件。我院提醒：渔船作业要配齐救生设备，严禁“三无”船舶出海。",
      U, note="a court's voice (我院) on an emergency account, no source"),
    P("wz_wl", "我馆“千年瓯窑”特展正在展出，展品来自国内11家博物馆。开放时间：9:00—17:00，周一闭馆。",
      U, note="a museum's voice (我馆) on the culture bureau's account, no source named"),
    P("ls_st", "我厅近日公布2026年度省级生态环境违法典型案例，其中包括一家企业篡改自动监测数据案。我厅将持续保持高压态势。",
      U, note="the provincial department's voice (我厅) on a city bureau's account, no source"),
    P("hu_qx", "我台今天发布寒潮蓝色预警，受强冷空气影响，本周后期我省大部地区将出现6至8℃降温，北部地区最低气温可达-3℃。",
      U, note="the provincial observatory's voice (我台) posted as the city bureau's own"),
    P("zj_wl_wb", "#浙里好玩# 我县今年冬季推出“千年古村过大年”系列活动，共12场，活动期间景区门票半价。（小编搬运）",
      U, note="a county's voice (我县); 'carried over by the editor' names no source"),
    # unsourced + political
    P("zs_yj", "我所科考船近日完成南海综合科考任务返回舟山。此次科考覆盖越南所属的南威岛周边海域，获取海洋环境数据1.2万组。",
      (U, "political"), [("political", "越南所属的南威岛", "我国南沙群岛南威岛")],
      note="two classes: an institute's voice (我所) without a source, and a Chinese island described as Vietnam's (territory)"),
]

POSTS = DOCS + COPIES + OTHERS
