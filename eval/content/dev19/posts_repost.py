"""Fifteenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev18/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院办公厅关于做好冬季供暖期间困难群众基本生活保障工作的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

入冬以来，北方地区陆续进入供暖期。为切实保障困难群众温暖过冬，经国务院同意，现就有关事项通知如下。

一、及时足额发放救助资金。各地要在12月底前将冬季取暖补贴发放到位，对低保对象、特困人员、低保边缘家庭按规定给予倾斜。

二、加强主动发现。依托低收入人口动态监测信息平台，对独居老人、留守儿童、重病重残人员等开展走访，做到早发现、早介入、早救助。

三、做好临时救助。对因灾、因病等导致基本生活出现困难的，由急难发生地直接实施临时救助，不得以户籍为由推诿。

四、强化部门协同。民政、财政、住房城乡建设、能源等部门要加强会商，确保供暖、供气、供电稳定。"""

G2 = """国务院政策例行吹风会：介绍“一件事一次办”年度进展

国务院新闻办公室11月20日举行国务院政策例行吹风会。国务院办公厅有关负责人介绍，今年以来，各地各部门聚焦企业和群众眼中的“一件事”，新增推出出生、入学、退休、身后事等13个重点事项，累计办件量超过1.2亿件，平均减少办理环节近七成、减少申请材料近六成。下一步，将推动更多高频事项“免申即享”“跨省通办”，让群众办事像网购一样方便。"""

X1 = """新华社南京11月18日电（记者 秦淮 邗舟）记者18日从江苏省发展改革委获悉，江苏近海风电累计并网装机容量突破1400万千瓦，年发电量可满足约1200万户家庭一年用电。今年以来，盐城、南通海域多个海上风电项目相继全容量并网，一批深远海示范项目加快推进。江苏将进一步完善海上风电送出工程，推动风电与海洋牧场等融合发展。"""

X2 = """新华社北京11月22日电（记者 蒋澄）国家统计局22日发布数据，截至10月末，全国规模以上工业企业数量达到51.6万家，比上年末增加1.8万家。前10个月，规模以上高技术制造业增加值同比增长9.3%，占规模以上工业增加值的比重为16.8%。"""

R1 = """人民时评：让“银发族”乐享数字生活

走进社区的“智慧助老”课堂，七旬老人正跟着志愿者学用手机挂号；打开政务App，“长辈版”页面字大图清、一键直达……越来越多的老年人正在跨越“数字鸿沟”。

帮助老年人融入数字生活，既要推动适老化改造持续深化，也要保留必要的线下服务渠道，让不会用、不想用智能设备的老人同样办得成事、办得好事。数字时代，一个都不能少。"""

R2 = """冬天开车，这些“隐形杀手”要当心

1. 车内开暖风睡觉，可能导致一氧化碳中毒；
2. 挡风玻璃结冰，切勿用开水浇；
3. 雪天行车，与前车保持足够距离，避免急刹急转；
4. 穿厚重棉鞋、雪地靴开车，影响踩踏制动；
5. 长时间不开的车，启动前先绕车一周检查轮胎。

提醒家人朋友，平安出行！"""

C1 = """【#多地进入流感高发期#，这份就医指南请收好】当前多地流感进入高发期。专家提示，发热不超过38.5℃、精神状态良好的，可先居家观察，多饮水、注意休息；持续高热超过3天、出现呼吸困难或精神差等情况，应及时就医。老年人、孕妇、婴幼儿和慢性病患者感染后容易发展为重症，要格外注意。抗病毒药物须在医生指导下使用。"""

C2 = """【#12月1日起一批新规施行#】12月起，一批新规开始施行：新修订的《中华人民共和国科学技术普及法》部分条款生效，各地将加强科普基础设施建设；多部门联合规范网络直播打赏，未成年人不得充值打赏；新版《机动车驾驶人考试内容和方法》实施，科目三增设夜间模拟灯光等内容。"""

N1 = """天冷了，老人防摔这样做

老年人跌倒是导致伤残、失能的重要原因。冬季衣物厚重、地面湿滑，更要当心。

一、起床“三个半分钟”：醒后躺半分钟、坐起半分钟、双腿下垂半分钟再下床；
二、浴室铺防滑垫、装扶手，夜间保留小夜灯；
三、穿合脚、防滑的鞋，少穿拖鞋；
四、雨雪天气尽量减少外出，外出可借助拐杖；
五、一旦跌倒，不要急于起身，先检查有无受伤，再慢慢求助。"""

M1 = """应急管理部：今冬明春安全生产重点时段防范提示

进入岁末年初，各类生产经营活动进入高峰期，叠加低温雨雪天气影响，事故风险明显上升。应急管理部提示：

一是紧盯冶金、化工等重点行业，严防有限空间作业中毒窒息；
二是加强老旧小区、“三合一”场所用火用电检查，严防电动自行车入户充电；
三是矿山企业要落实领导干部带班下井制度，严禁超能力生产；
四是建筑施工企业要防范低温冻害，严禁冒险赶工期。"""

P1 = """【#公安部刑侦局提醒#：谨防“刷单返利”新变种】近期，有不法分子以“点赞关注主播即可赚佣金”为诱饵，先让受害人完成简单任务并返还小额佣金，待其放松警惕后，再以“充值做高级任务”“账户被冻结需解冻”为由，诱骗大额转账。切记：所有刷单都是诈骗！遇到可疑情况，请拨打96110咨询。"""

P2 = """【#公安部刑侦局提醒# 年底“ETC、社保、快递”三类冒充客服诈骗高发】骗子冒充ETC客服称“认证过期”，冒充社保工作人员称“社保卡异常需重新激活”，冒充快递客服称“包裹丢失需理赔”，诱导点击陌生链接、下载共享屏幕软件。请记住：正规客服不会要求共享屏幕、不会要求转账到“安全账户”。"""

Q1 = """【寒潮蓝色预警】中央气象台11月24日18时发布寒潮蓝色预警：受强冷空气影响，预计24日夜间至27日，华北、黄淮、江淮、江南等地气温将先后下降6～10℃，局地降温12℃以上，并伴有4～6级偏北风、阵风7～8级。请注意防寒保暖，做好设施农业防冻和交通安全防范。"""

Q2 = """【#今冬首场寒潮#来袭 这些防御指南请转发】强冷空气将影响我国大部地区。防御指南：1.及时添衣保暖，特别注意手、脸防冻；2.做好大棚、畜禽舍保温；3.户外作业人员注意防风防滑；4.用煤炉取暖注意通风，防范一氧化碳中毒；5.关注最新预警信息。"""

POSTS = [
    # ---- source documents (clean; unregistered accounts) ----
    P("gov_wx", G1, key="g1", note="source document (国务院办公厅 notice); copied by registered accounts"),
    P("gov_wx", G2, key="g2", note="source document (吹风会 report); copied by registered accounts"),
    P("xh_wb", X1, key="x1", note="source document (Xinhua dateline story about Jiangsu offshore wind)"),
    P("xh_wb", X2, key="x2", note="source document (Xinhua statistics story)"),
    P("rmrb_wx", R1, key="r1", note="source document (人民日报 commentary)"),
    P("rmrb_wx", R2, key="r2", note="source document (人民日报 service list)"),
    P("cctv_wb", C1, key="c1", note="source document (央视新闻 health guidance)"),
    P("cctv_wb", C2, key="c2", note="source document (央视新闻 new rules list)"),
    P("nhc_wx", N1, key="n1", note="source document (健康中国 health tips)"),
    P("mem_wx", M1, key="m1", note="source document (应急管理部 safety reminder)"),
    P("mps_wb", P1, key="p1", note="source document (公安部刑侦局 anti-fraud reminder)"),
    P("mps_wb", P2, key="p2", note="source document (公安部刑侦局 anti-fraud reminder)"),
    P("cma_wb", Q1, key="q1", note="source document (中央气象台 warning via 中国气象局)"),
    P("cma_wb", Q2, key="q2", note="source document (中国气象局 guidance)"),

    # ---- unsourced copies of the documents ----
    P("js_rs", G1.replace("国务院办公厅关于做好冬季供暖期间困难群众基本生活保障工作的通知", "重磅！困难群众温暖过冬，国家出手了", 1),
      cls=U, copy="g1", note="whole State Council notice under a new headline, no source named; the document's own title is gone"),
    P("nj_xw", "【困难群众冬季取暖补贴12月底前发放到位】" + G1.split("\n\n", 3)[3].split("\n\n")[0] + "对独居老人、留守儿童、重病重残人员等开展走访，做到早发现、早介入、早救助。",
      cls=U, copy="g1", note="Weibo paste of the notice's first items, no source named"),
    P("cz_rs", "“一件事一次办”有新进展！\n\n" + G2.split("\n\n", 1)[1] + "\n\n常州人社提醒：退休“一件事”可通过“我的常州”App办理。",
      cls=U, copy="g2", note="吹风会 report pasted with a local tail line; the report's source is not named"),
    P("sz_xw", G2.split("\n\n", 1)[1][:150] + "……",
      cls=U, copy="g2", orig=True, note="Weibo paste of the report's opening, platform calls it original, no source named"),
    P("yc_st", "江苏近海风电并网装机突破1400万千瓦\n\n" + X1.split("）", 1)[1] + "\n\n盐城海上风电，为绿色发展“充电”！",
      cls=U, copy="x1", note="Xinhua dateline and byline cut off; no source named"),
    P("nt_yj", "江苏近海风电累计并网装机容量突破1400万千瓦。" + X1.split("今年以来，", 1)[1],
      cls=U, copy="x1", note="Xinhua story rewritten at the head, rest copied; no source named"),
    P("js_sc", X2.split("）", 1)[1].replace("国家统计局22日发布数据，", "最新数据显示，"),
      cls=U, copy="x2", orig=False, note="platform-flagged repost without source field; the statistics story pasted without dateline"),
    P("js_jy", "银发族也能玩转数字生活\n\n" + R1.split("\n\n", 1)[1] + "\n\n（编辑：缪晴）",
      cls=U, copy="r1", note="人民日报 commentary under a new title; only an editor credit, no source"),
    P("wx_jy", "今日分享｜" + R1, cls=U, copy="r1",
      note="commentary pasted whole under 今日分享; the column name 人民时评 is not an outlet name"),
    P("nt_yj", R2, cls=U, copy="r2", orig=True,
      note="人民日报 list pasted whole, falsely marked original (原创)"),
    P("js_ga_dy", "冬天开车这几个“隐形杀手”一定要当心！" + R2.split("\n\n", 1)[1].replace("\n", " "),
      cls=U, copy="r2", note="Douyin caption reproduces the list; no source named"),
    P("zj_wj", "流感高发，什么时候该去医院？\n\n" + C1.split("】", 1)[1],
      cls=U, copy="c1", note="央视新闻 guidance pasted without the hashtag headline or a source"),
    P("js_wj", C1.split("】", 1)[1].replace("当前多地流感进入高发期。", "当前我省流感进入高发期。"),
      cls=U, copy="c1", note="national guidance pasted with 多地 changed to 我省; no source"),
    P("wx_ga", "【注意！12月起这些新规施行】" + C2.split("】", 1)[1][10:],
      cls=U, copy="c2", orig=True, note="Weibo paste of the new-rules list under a new bracket headline, no source"),
    P("sz_xw_dy", C2.split("】", 1)[1] + " #新规", cls=U, copy="c2",
      note="Douyin caption copies the list; no source named"),
    P("zj_wj", N1, cls=U, copy="n1", note="健康中国 article pasted whole; no source named"),
    P("ha_ny", "农村老人冬季防跌倒指南\n\n" + N1.split("\n\n", 2)[2],
      cls=U, copy="n1", note="tips copied under a new title; no source named"),
    P("nt_yj", "岁末年初，安全生产这根弦要绷紧！\n\n" + M1.split("\n\n", 1)[1].replace("应急管理部提示：", "我部提示："),
      cls=U, copy="m1", note="ministry text pasted; 我部 is the ministry's voice, no source"),
    P("js_ga", P1.replace("【#公安部刑侦局提醒#：", "【"), cls=U, copy="p1", orig=False,
      note="platform-flagged repost but the source field is empty; the 公安部刑侦局 hashtag removed"),
    P("nj_ga", "点赞关注就能赚佣金？假的！" + P1.split("】", 1)[1], cls=U, copy="p1",
      note="Douyin caption reproduces the anti-fraud text; no source named"),
    P("wx_ga", P2.split("】", 1)[1], cls=U, copy="p2", orig=True,
      note="Weibo paste without the headline or source"),
    P("nj_ga_wb", "【年底警惕三类冒充客服诈骗】" + P2.split("】", 1)[1], cls=U, copy="p2", orig=True,
      note="pasted with a new bracket headline; no source"),
    P("xz_qx", Q1.replace("中央气象台11月24日18时发布寒潮蓝色预警：", ""), cls=U, copy="q1", orig=True,
      note="national warning text pasted without the issuing body or source (not a local warning)"),
    P("ha_ny", "寒潮来了！这份防御指南请收好\n\n" + Q2.split("】", 1)[1], cls=U, copy="q2",
      note="中国气象局 guidance pasted; no source named"),
    P("yz_xw", Q2.split("】", 1)[1].replace("强冷空气将影响我国大部地区。", "强冷空气来袭。"), cls=U, copy="q2", orig=True,
      note="Weibo paste of the national guidance, no source"),

    # ---- other unsourced reposts (no original in the file; vague or missing source) ----
    P("js_wj", """冬季心梗高发，记住这“三个信号”

我委提醒：胸痛、胸闷持续超过15分钟不缓解；出现不明原因的牙痛、下颌痛、左肩背痛；大汗淋漓、恶心呕吐、濒死感。出现以上情况，请立即拨打120，切勿自行驾车就医。

文：郝明　审核：张卫

图文来自网络，侵删""", cls=U,
      note="in 我委 voice but the article's origin is only 'from the internet'; vague credit, no source"),
    P("nj_xw", "【南京地铁5号线南段12月底开通初期运营】记者从南京地铁集团获悉，5号线南段已完成试运行各项测试，计划12月底开通初期运营，开通后将串联江宁、雨化台多个片区。（据相关媒体）",
      cls=(U, "typo"), spans=(("typo", "雨化台", "雨花台"),),
      note="news item from another publisher with only a vague 'related media' attribution; district name 雨花台 mistyped by sound (化/花)"),
    P("js_rs", """技能人才评价“新八级”，你了解吗？

作者：秦伟

原标题：技能人才评价“新八级”职业技能等级制度全面推开

新“八级工”制度在原有五级的基础上，向下补设学徒工，向上增设特级技师和首席技师，形成由学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师构成的职业技能等级序列。

本文转载自网络，如有侵权请联系删除""", cls=U,
      note="原标题 and an author credit only; 'from the internet' is no source"),
    P("sz_sc", """网购退货“运费险”的那些事

我局提醒，商家提供运费险的，消费者退货时运费由保险公司承担；商家承诺“七天无理由退货”的，不得以“已拆封”为由拒绝退货。……

今年以来，上海市消费者权益保护委员会共受理运费险相关投诉2800余件。

（来源：朋友圈）""", cls=U,
      note="a Shanghai body's data pasted with 'source: a friends' feed' — vague, no publisher"),
    P("xz_wl", "彭城七里，不如徐州一城！今天带大家打卡户部山古民居，这里有全国规模较大的明清民居建筑群之一……（素材转自网络）",
      cls=U, note="Douyin caption whose material is 'from the internet'; vague"),
    P("wx_jy", """校园欺凌的认定标准，家长老师都要知道

教育部有关负责人日前表示，我部将联合有关部门开展校园欺凌专项治理，明确学生欺凌的认定标准和处置程序，对情节严重的要依法依规处理。

本报讯（记者 林卉）……""", cls=U,
      note="Ministry of Education item in 我部 voice with 本报讯 but no outlet named"),
    P("js_ga", "【警惕“帮信”犯罪】有网友爆料，其朋友出借银行卡帮人“走流水”赚了800元，结果被认定为帮助信息网络犯罪活动罪，判处有期徒刑并处罚金。据悉，此类案件今年以来明显增多。",
      cls=U, orig=True, note="story taken from 'a netizen's post' and 据悉; no publisher named"),
    P("yz_xw", "【扬州早茶入选冬季美食榜】据报道，扬州早茶入选某美食平台冬季美食榜单，富春、冶春等老字号排队人气持续高涨……",
      cls=U, note="据报道 names nobody; item from another publisher"),
    P("ha_ny", """一图读懂：2027年中央一号文件前瞻

编者按：本文整理自网络，仅供参考，版权归原作者所有。

……（图略）""", cls=U,
      note="a compilation 'from the internet' (编者按 names no publisher)"),
    P("lyg_wl", "连云港海州湾的日出，美到窒息！（视频：网友@海边的阿坤 拍摄，转自某短视频平台）",
      cls=U, note="a netizen's video reposted; 'some video platform' is a vague source"),
    P("nj_wl", """南京博物院“冬日特展”观展指南

本院将于12月1日推出“六朝风华”冬日特展，我院提醒：观众须通过官方小程序提前预约，每日限流8000人次。

（完）""", cls=U,
      note="text in 南京博物院's voice (本院/我院) posted by the city tourism bureau without naming it"),

    # ---- sourced copies and attributed reposts (clean; hard negatives for unsourced_repost) ----
    P("js_rs", "来源丨中国政府网\n\n" + G1, copy="g1", hn=HN,
      note="notice reposted with 来源丨中国政府网 (vertical-bar form) at the top"),
    P("js_jy", "以下文章来源于人民日报\n\n" + R1, copy="r1", hn=HN,
      note="WeChat 以下文章来源于 banner names the outlet"),
    P("js_ga", "转发微博", copy="p1", orig=False, src="公安部刑侦局", hn=HN,
      note="platform repost with source field set; text names nothing"),
    P("xz_qx", "【寒潮蓝色预警】" + Q1.split("】", 1)[1] + "（信息来自@中国气象局）", copy="q1", hn=HN, orig=True,
      note="names the publisher with 信息来自@…"),
    P("nj_xw_dy", "新规速览！" + C2.split("】", 1)[1] + " 内容来源：央视新闻", copy="c2", hn=HN,
      note="Douyin caption ends with 内容来源：央视新闻"),
    P("yc_st", "据新华社报道，" + X1.split("）", 1)[1], copy="x1", hn=HN,
      note="据新华社报道 attributes the story"),
    P("zj_wj", "转载｜" + N1 + "\n\n文章来源：健康中国", copy="n1", hn=HN,
      note="文章来源 line names the outlet"),
    P("nt_yj", M1 + "\n\n本文转自中国应急管理微信公众号", copy="m1", hn=HN,
      note="本文转自…微信公众号 names the source"),
    P("wx_ga", "转发理由：年底了，大家提高警惕！", copy="p2", orig=False, src="公安部刑侦局", hn=HN,
      note="platform repost; source field set, comment only"),
    P("js_sc", "国家统计局最新发布，新华社记者报道：" + X2.split("）", 1)[1], copy="x2", hn=HN, orig=True,
      note="names 新华社 as the reporter and 国家统计局 as the data body"),
    P("wx_jy", """我局召开寒假前校园安全工作部署会

11月25日，我局召开全市教育系统寒假前校园安全工作部署会，对校舍安全、食品安全、防溺水和防欺凌等工作作出部署。会议要求各校在放假前开展一次全覆盖安全隐患排查。""",
      hn=HN, note="the unit's own news in its own voice (我局 = 无锡市教育局); no source needed"),
    P("cz_rs", """常州市2026年第四季度职业技能竞赛获奖名单公示

经常州市职业技能竞赛组委会评审，现将获奖名单予以公示，公示期5个工作日。

常州市人力资源和社会保障局
2026年11月24日""", hn=HN,
      note="the unit's own notice with its own signature"),
    P("sz_xw", "【苏州：“一件事一次办”再添新事项】" + "国务院新闻办公室11月20日举行国务院政策例行吹风会。苏州将对照国家部署，年底前新增“企业信息变更”“个体工商户开办”两个“一件事”。（部分内容来源：国务院新闻办公室）",
      hn=HN, note="local follow-up quoting one sentence of the briefing and naming 国务院新闻办公室 as source"),

    # ---- further sourced copies (clean, not hard negatives) ----
    P("js_ga_dy", "冬季用车安全提示 来源：人民日报 " + R2.split("\n\n", 1)[1].replace("\n", " "), copy="r2",
      note="Douyin caption with 来源：人民日报"),
    P("js_wj", "央视新闻消息：" + C1.split("】", 1)[1], copy="c1",
      note="央视新闻消息 opener names the outlet"),
    P("ha_ny", "转自中国气象局：" + Q2.split("】", 1)[1], copy="q2",
      note="转自中国气象局 names the source"),
]
