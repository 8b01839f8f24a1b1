"""Twenty-third held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev26/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院办公厅印发《关于加快发展冰雪经济的若干措施》

《措施》提出，推动冰雪运动进校园、进社区，支持有条件的地区建设群众性冰雪场地，丰富冰雪旅游产品供给，到2030年冰雪经济总规模明显扩大。"""

G2 = """国务院常务会议部署做好今冬明春能源保供工作

会议强调，要统筹煤炭、天然气和电力供应，加强重点地区、重点时段调度，确保群众温暖过冬。北方地区要抓好清洁取暖设施运行维护。"""

X1 = """新华社呼和浩特11月17日电（记者 北岩 青川）记者从内蒙古自治区农牧厅获悉，今年内蒙古粮食总产量再创新高，牛奶产量稳居全国首位，肉类总产量保持增长。"""

X2 = """新华社北京11月19日电 记者从国家能源局获悉，今年以来我国可再生能源新增装机保持较快增长，风电光伏发电量占全社会用电量比重持续提高。"""

R1 = """人民日报评论：把“暖心账”算进群众心坎里

供暖稳不稳、道路通不通、菜价涨没涨，是冬天里群众最关心的事。

各地要把保供稳价、清雪除冰、困难群众帮扶落到细处，让温暖可感可及。"""

R2 = """医保年度参保缴费进行时，这些要点请收好

1. 城乡居民医保缴费期一般截至12月底；
2. 可通过税务App、银行渠道等线上缴费；
3. 新生儿、大学生等群体参保有专门政策；
4. 谨防“代缴医保打折”等骗局。"""

C1 = """【#北方多地迎来降雪#】中央气象台预计，11月22日至24日，内蒙古东部、东北地区将有中到大雪，局地暴雪。请注意道路结冰，减少不必要的出行。"""

C2 = """【#警惕冒充物流理赔诈骗#】近期有骗子冒充快递客服，称包裹丢失可“双倍理赔”，诱导添加好友、下载会议软件共享屏幕。快递理赔请通过官方渠道办理！"""

N1 = """冬季预防一氧化碳中毒，请牢记

1. 使用煤炉、炭火取暖要保持通风；
2. 不要在密闭车内长时间开空调睡觉；
3. 安装一氧化碳报警器；
4. 出现头痛、头晕、恶心等症状，立即开窗并离开现场，及时就医。"""

N2 = """寒冷天气防冻伤提示

1. 外出戴好帽子、手套和口罩，保护耳朵、手指等部位；
2. 衣物鞋袜保持干燥；
3. 冻伤后不要用雪搓、不要用火烤；
4. 可用37℃至40℃温水复温，严重者及时就医。"""

M1 = """冬季冰面安全提示

1. 不要在未开放的河湖冰面上滑冰、钓鱼；
2. 看到冰面有裂纹、发出声响，立即俯身爬离；
3. 发现有人落水，不要手拉手施救，可借助绳索、木棍；
4. 第一时间拨打110、119求助。"""

P1 = """【#公安部刑侦局提醒#】“刷单返利”诈骗又出新花样：骗子先让你做几单小任务返现，再以“联单”“卡单”为由诱导大额转账。记住：所有刷单都是诈骗！"""

W1 = """【寒潮预警】中国气象局11月20日启动寒潮四级应急响应。受强冷空气影响，内蒙古、华北、东北等地将先后出现8至12℃降温，请做好防寒保暖和设施农业防护。"""

W2 = """【#节气小雪#】11月22日迎来小雪节气。小雪时节，我国北方大部地区气温逐步降到0℃以下，部分地区开始降雪，注意防寒保暖，出行留意路况。"""

POSTS = [
    # source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("rmrb_wx", R1, key="r1"),
    P("rmrb_wx", R2, key="r2"),
    P("cctv_wb", C1, key="c1"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("nhc_wx", N2, key="n2"),
    P("mem_wx", M1, key="m1"),
    P("mps_wb", P1, key="p1"),
    P("cma_wb", W1, key="w1"),
    P("cma_wb", W2, key="w2"),

    # unsourced copies of the documents
    P("bt_wl", G1, U, copy="g1", note="the State Council document pasted without naming where it was taken from"),
    P("nm_jy", G1.split("\n\n")[1], U, copy="g1", note="body of the document pasted without its origin"),
    P("bt_yj", G2, U, copy="g2", note="copy of a government document, no source"),
    P("nm_wl_wb", X1.split("）", 1)[1], U, copy="x1", orig=True,
      note="Xinhua's dateline cut off; the rest pasted as an original Weibo post"),
    P("tl_nm", "今年内蒙古粮食总产量再创新高，牛奶产量稳居全国首位，肉类总产量保持增长。" , U, copy="x1",
      note="short copy of a Xinhua item, dateline dropped"),
    P("ed_xw", X2.split("电 ", 1)[1], U, copy="x2", orig=True, note="Xinhua item with dateline removed"),
    P("hl_wj", R1, U, copy="r1", orig=True, note="a People's Daily commentary falsely marked 原创 on WeChat"),
    P("cf_rs", R2, U, copy="r2", note="People's Daily service article pasted without source"),
    P("xa_sc", R2.replace("这些要点请收好", "这些要点要知道"), U, copy="r2", note="copy with a slightly changed title, no source"),
    P("wc_qx", C1.replace("【#北方多地迎来降雪#】", ""), U, copy="c1", orig=True, note="CCTV item pasted without its hashtag or source"),
    P("hl_ga", C2, U, copy="c2", orig=True, note="CCTV anti-fraud item pasted as an original Weibo post"),
    P("hh_ga_wb", C2.replace("【#警惕冒充物流理赔诈骗#】", "【提醒】"), U, copy="c2", orig=False,
      note="platform-flagged repost without a source field; text names none"),
    P("hl_wj", N1, U, copy="n1", note="NHC health tips pasted, no source"),
    P("nm_wj", N2, U, copy="n2", note="NHC tips pasted by the regional health commission without source"),
    P("bt_yj", M1, U, copy="m1", note="Ministry of Emergency Management tips pasted, no source"),
    P("hh_ga_wb", P1.replace("【#公安部刑侦局提醒#】", ""), U, copy="p1", orig=True,
      note="the bureau's hashtag (the only attribution) cut off"),
    P("wc_qx", W1, U, copy="w1", orig=True,
      note="the CMA item pasted whole as an original post; 中国气象局 inside the copied text is information attribution, not a source line"),
    P("nm_lc", W2, U, copy="w2", orig=True, note="solar-term item pasted as original"),
    # unsourced copy with a typo introduced
    P("wh_jy", M1.replace("俯身爬离", "附身爬离"), (U, T), [(T, "附身爬离", "俯身爬离")], copy="m1",
      note="copy without source; same sound 俯→附 slipped in while retyping (set phrase of a safety tip)"),

    # other unsourced reposts: pasted documents and items in another body's voice
    P("nm_sc", "我部近日印发通知，要求各地加强冬季取暖器具和电热毯产品质量监督抽查，严厉查处无证生产行为。",
      U, note="in the voice of a ministry (我部), posted without naming it"),
    P("hh_xw", "我委会同有关部门制定了今冬明春天然气保供方案，要求各地落实“压非保民”措施。",
      U, note="in the voice of a national commission (我委), no source"),
    P("nm_jy", "教育部办公厅关于做好2027届普通高校毕业生就业创业工作的通知\n\n各省、自治区、直辖市教育厅（教委）：\n为做好2027届高校毕业生就业工作，现就有关事项通知如下……\n\n教育部办公厅\n2026年11月",
      U, note="a ministry's notice pasted whole; its title and signature are not a source line"),
    P("hl_ga", "总局提醒：冬季出行前请检查车辆防冻液、轮胎和灯光，冰雪路面请降速慢行，保持安全车距。",
      U, note="in the voice of another body (总局), no source"),
    P("ed_st", "本报讯 今年以来，全国地级及以上城市空气质量优良天数比例同比上升，细颗粒物平均浓度继续下降。",
      U, note="本报讯 without the outlet's name: taken from a newspaper, no source"),
    P("cf_rs", "记者从人力资源社会保障部获悉，全国城镇新增就业提前完成全年目标任务，失业保险稳岗返还政策延续实施。\n\n（完）",
      U, note="a news item with information attribution and （完）, but no source"),
    P("bn_lc", "国家林草局近日召开会议，部署今冬明春森林草原防灭火工作。会议要求，各地要加强火源管控，严防输入性火灾。\n\n原标题：部署今冬明春防灭火工作",
      U, note="原标题 is not a source line"),
    P("xa_sc", "我省市场监管部门开展冬季食品安全专项检查，共检查经营主体3.2万户次，立案查处违法案件416件。",
      U, note="another province's item (我省, an autonomous region's account) pasted without source"),
    P("tl_nm", "农业农村部：各地要抓好冬春季动物疫病防控，做好牲畜越冬饲草料储备和棚圈保暖。\n\n文/农信 编辑/牧原",
      U, note="writer/editor credits are not a source; the item is another body's"),
    P("wh_jy", "我局今天发布《包头市2027年中考体育考试方案》，男生1000米、女生800米为必考项目。\n\n责编：秋实",
      U, note="another city's bureau (Baotou) in its own voice (我局) on Wuhai's account; 责编 is not a source"),
    P("xl_wl", "国家体育总局冬季运动管理中心发布通知：全国大众冰雪季系列活动将于12月启动，各地要因地制宜组织群众性冰雪赛事。",
      U, note="a national body's notice retold word for word without a source line"),
    P("nm_ga_dy", "我支队民警在高速公路上救助一名被困风雪中的货车司机，司机赠送锦旗表示感谢。",
      U, note="another detachment's video text (the regional police has no such detachment voice), no source"),
    P("hh_ga", "近日，某地警方破获一起利用虚拟货币洗钱案，涉案金额2亿余元，抓获犯罪嫌疑人27名。\n\n阅读原文",
      U, note="阅读原文 is not a source line; the item is another police body's"),
    P("nm_wl", "文化和旅游部公布第二批国家级滑雪旅游度假地名单，全国共15家入选，冰雪旅游持续升温。",
      U, note="ministry announcement retold as own news without source"),
    P("ed_xw", "【编者按】以下为国家统计局发布的10月份国民经济运行情况：规模以上工业增加值同比增长5.1%，社会消费品零售总额同比增长3.9%……",
      U, note="编者按 does not name a source; the statistics release pasted"),
    P("hl_wj", "国家疾控局提醒：近期流感进入高发期，60岁以上老人、慢性病患者等重点人群尽早接种流感疫苗。",
      U, note="another body's reminder, no source line"),
    P("bt_wl", "我厅近日公布2026年度自治区级非物质文化遗产代表性项目名录，新增项目42项。",
      U, note="in the voice of the regional department (我厅) on a city bureau's account, no source"),

    # hard negatives: copies that name their source (clean)
    P("wh_jy", "转自中国政府网\n\n" + G1, copy="g1", hn=HN, note="copy names its source at the top"),
    P("nm_ga", "据新华社消息，" + X1.split("）", 1)[1], copy="x1", hn=HN, note="据新华社消息 attributes the item"),
    P("hh_xw", X2, copy="x2", hn=HN, note="Xinhua's own dateline kept: names the source"),
    P("nm_wj", R1 + "\n\n来源：人民日报", copy="r1", hn=HN, note="来源 line"),
    P("hh_xw", C1, copy="c1", hn=HN, orig=False, src="央视新闻",
      note="platform repost with the source field set"),
    P("nm_ga", "央视新闻消息，" + C2.replace("【#警惕冒充物流理赔诈骗#】", ""), copy="c2", hn=HN,
      note="央视新闻消息 opener names the source"),
    P("hl_wj", N2 + "\n\n信息来源：健康中国", copy="n2", hn=HN, note="信息来源 line"),
    P("ed_st", "以下文章来源于中国应急管理\n\n" + M1, copy="m1", hn=HN, note="WeChat banner names the source"),
    P("hl_ga", P1, copy="p1", hn=HN, orig=False, src="公安部刑侦局", note="platform repost, source field set"),
    P("wc_qx", "中国气象局：" + W1.replace("【寒潮预警】", ""), copy="w1", hn=HN,
      note="publisher named as the headline's speaker"),
    P("nm_lc", W2 + "\n\n（转载自中国气象局官方微博）", copy="w2", hn=HN, note="转载自 in brackets"),
    P("cf_rs", "人民日报：" + R2, copy="r2", hn=HN, note="publisher named as the headline's speaker"),
    P("nm_jy", G2 + "\n\n稿件来源：中国政府网", copy="g2", hn=HN, note="稿件来源 line"),
]
