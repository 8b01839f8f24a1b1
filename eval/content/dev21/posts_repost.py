"""Seventeenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev20/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院办公厅关于健全基本养老服务体系的通知（要点）

一、明确服务对象。重点面向经济困难的失能、高龄、空巢、留守老年人提供基本养老服务，动态调整服务清单。

二、完善服务网络。每个县（市、区）至少有1所以失能照护为主的县级特困供养服务机构，乡镇（街道）建设区域养老服务中心。

三、强化要素保障。新建住宅小区按标准配套建设养老服务设施，与住宅同步规划、同步建设、同步验收、同步交付。"""

G2 = """国新办举行新闻发布会 介绍今冬明春能源保供情况

国家发展改革委有关负责人在发布会上介绍，今冬明春全国统调电厂存煤保持在2亿吨以上，可用天数超过30天；天然气储气能力较上年提高约12%。北方地区清洁取暖用气将优先保障，对低温寒潮可能造成的用能高峰，已制定分级响应预案。"""

X1 = """新华社石家庄11月20日电（记者 常坝 闫林）记者从河北省林业和草原局获悉，塞罕坝机械林场今年在石质阳坡完成攻坚造林1.2万亩，林场森林覆盖率达到82%以上。六十多年来，三代务林人在荒原上营造起百万亩人工林海，每年为京津地区涵养水源、净化淡水1.37亿立方米。"""

X2 = """新华社北京11月22日电 国家统计局22日发布数据显示，10月份，全国规模以上工业增加值同比增长5.6%，社会消费品零售总额同比增长4.1%。1至10月，全国固定资产投资同比增长3.9%，其中高技术制造业投资增长10.2%，设备工器具购置投资增长15.7%。"""

R1 = """人民时评：让冰雪“冷资源”释放“热效应”

从崇礼的雪道到哈尔滨的冰雕，从长白山的粉雪到新疆的野雪，冰雪运动正在成为越来越多人的冬日生活方式。

发展冰雪经济，既要建好场地、办好赛事，也要在装备制造、文旅融合、人才培养上下功夫，让“冷资源”真正变成富民的“热产业”。"""

R2 = """年货采购季，这份食品安全提示请收好

1. 选购预包装食品，看清生产日期、保质期和储存条件；
2. 散装熟食要选择有冷藏设施的正规商户；
3. 冷冻肉类、海鲜不要反复解冻；
4. 不购买无标签、无厂址的“三无”产品；
5. 网购食品保存好订单和付款记录。

转发提醒家里负责采购的人！"""

C1 = """【#电动自行车充电这些事千万别做#】①不要把电动自行车推进楼道、家里充电；②不要私拉“飞线”充电；③不要长时间过度充电，充满及时断电；④不要使用非原厂或改装的电池和充电器。冬季气温低，电池性能下降，更要注意充电安全。"""

C2 = """【#京津冀跨省市域铁路年底开通#】记者从国铁集团获悉，连接北京城区与河北廊坊北三县的城际铁路联络线将于年底开通运营，通勤时间将由原来的1个多小时缩短至30分钟左右。线路开通后将进一步便利京冀两地群众通勤出行。"""

N1 = """流感高发季，就诊前请看这份指南

目前我国已进入流感高发期，流感病毒占比持续上升。

一、轻症患者可就近到社区卫生服务中心、乡镇卫生院就诊，无需都去大医院；
二、出现高热不退、呼吸困难、意识改变等情况，应及时到二级以上医院就诊；
三、儿童、老年人和慢性病患者是重点人群，建议尽快接种流感疫苗；
四、抗病毒药物需在医生指导下使用，不要自行囤药。"""

N2 = """老年人冬季防跌倒，记住这“五要五不要”

要穿防滑鞋，不要穿拖鞋外出；
要在卫生间加装扶手，不要在湿滑地面快走；
要起床“三个半分钟”，不要猛起猛坐；
要保证夜间照明，不要摸黑起夜；
要适度锻炼增强肌力，不要久坐不动。"""

M1 = """应急管理部部署今冬明春燃气安全防范工作

应急管理部日前召开专题会议，要求各地紧盯餐饮场所、老旧小区、城乡结合部等重点部位，全面排查燃气管道老化、软管超期使用、违规使用瓶装液化气等隐患；对排查出的问题建立台账、限期整改，整改不到位的坚决停业整顿。"""

M2 = """低温雨雪冰冻天气，这份安全防范指南请收好

出行：尽量减少外出，必须出行时优先选择公共交通；驾车要减速慢行，不急刹、不猛拐。
居家：检查门窗、取暖设施，谨防一氧化碳中毒；储备必要的食物、饮用水和药品。
农业：加固蔬菜大棚、畜禽圈舍，及时清除棚顶积雪。"""

P1 = """【警惕！“刷单返利”出新招】近期，诈骗分子以“关注店铺领红包”“给视频点赞赚佣金”为诱饵，先小额返利取得信任，再以“做任务卡单”“需要充值解冻”为由诱导受害人大额转账。记住：所有刷单都是诈骗！"""

Q1 = """【寒潮蓝色预警】中央气象台11月24日06时继续发布寒潮蓝色预警：受强冷空气影响，预计24日至26日，华北、黄淮等地气温将先后下降8～12℃，局地降温14℃以上，并伴有4～6级偏北风。请注意防寒保暖，加强设施农业防护。"""

POSTS = [
    # ---- source documents (clean; unregistered accounts) ----
    P("gov_wx", G1, key="G1"),
    P("gov_wx", G2, key="G2"),
    P("xh_wb", X1, key="X1"),
    P("xh_wb", X2, key="X2"),
    P("rmrb_wx", R1, key="R1"),
    P("rmrb_wx", R2, key="R2"),
    P("cctv_wb", C1, key="C1"),
    P("cctv_wb", C2, key="C2"),
    P("nhc_wx", N1, key="N1"),
    P("nhc_wx", N2, key="N2"),
    P("mem_wx", M1, key="M1"),
    P("mem_wx", M2, key="M2"),
    P("mps_wb", P1, key="P1"),
    P("cma_wb", Q1, key="Q1"),

    # ---- unsourced copies of the source documents ----
    P("hb_wj", G1, U, copy="G1", note="verbatim copy without any source"),
    P("hs_ny", "【政策速递】\n\n" + G1, U, copy="G1", note="copy with an added header, no source"),
    P("sjz_xw", G2.replace("国新办举行新闻发布会 介绍今冬明春能源保供情况\n\n", "【能源保供】"), U, copy="G2",
      note="copy with the headline replaced, no source"),
    P("lf_st", G2, U, copy="G2", orig=True, note="copy marked as original by the account"),
    P("hb_st", X1, U, copy="X1", note="dateline copy posted as the account's own"),
    P("cd_wl", X1.replace("新华社石家庄11月20日电（记者 常坝 闫林）", ""), U, copy="X1",
      note="copy with the dateline cut off, no source"),
    P("sjz_xw", X2, U, copy="X2", note="dateline copy posted as the account's own"),
    P("bd_xw", "【数据】" + X2.replace("新华社北京11月22日电 ", ""), U, copy="X2",
      note="copy with the dateline cut off, no source"),
    P("hb_wl", R1.replace("人民时评：", ""), U, copy="R1", note="commentary copied without the column name or source"),
    P("zjk_jy", R1, U, copy="R1", orig=True, note="commentary copied and marked original"),
    P("bd_sc", R2, U, copy="R2", note="copy of a consumer tip without source"),
    P("hb_sc", R2.replace("\n\n转发提醒家里负责采购的人！", ""), U, copy="R2", note="copy without the last line, no source"),
    P("ts_yj", C1, U, copy="C1", note="verbatim copy of a weibo post, no source"),
    P("sjz_ga_wb", C1.replace("【#电动自行车充电这些事千万别做#】", "【提醒】"), U, copy="C1",
      note="copy with the topic tag replaced, no source"),
    P("lf_st", C2, U, copy="C2", note="verbatim copy, no source"),
    P("sjz_xw_dy", C2.replace("记者从国铁集团获悉，", ""), U, copy="C2", note="copy with the reporter's phrase cut, no source"),
    P("xt_wj", N1, U, copy="N1", note="verbatim copy of a health guide, no source"),
    P("hb_wj", N1.replace("流感高发季，就诊前请看这份指南", "【健康提醒】流感就诊指南"), U, copy="N1",
      note="copy with a new headline, no source"),
    P("xt_wj", N2, U, copy="N2", note="verbatim copy, no source"),
    P("cz_rs", N2, U, copy="N2", note="copy on an unrelated bureau's account, no source"),
    P("ts_yj", M1, U, copy="M1", note="verbatim copy of the ministry's article, no source"),
    P("hd_ga", M1.replace("应急管理部日前召开专题会议，要求", "要求"), U, copy="M1",
      note="copy with the ministry's name cut out, no source"),
    P("hb_st", M2, U, copy="M2", note="verbatim copy, no source"),
    P("hd_ga", P1, U, copy="P1", note="verbatim copy of the bureau's warning, no source"),
    P("zjk_qx", Q1, U, copy="Q1", note="verbatim copy of the national warning, no source"),

    # ---- other unsourced reposts ----
    P("hb_wl_wb", """中新网北京11月20日电 文化和旅游部数据中心20日发布的调查显示，今冬冰雪旅游意愿较上年提升6个百分点，河北、吉林、黑龙江位列游客最想去的冰雪目的地前三。""",
      U, note="agency dateline pasted without source"),
    P("hb_jy", """教育部关于做好2027届全国普通高校毕业生就业创业工作的通知

各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，有关部门（单位）教育司（局），部属各高等学校：
2027届全国普通高校毕业生规模预计达1270万人。为做好毕业生就业创业工作，现就有关事项通知如下……""",
      U, note="ministry document pasted without source or link"),
    P("bd_sc", """整治“直播乱象”要标本兼治

□本报评论员

直播带货在丰富消费选择的同时，也出现了虚假宣传、以次充好等问题。监管部门要压实平台责任，让违法者付出应有代价。""",
      U, note="newspaper commentary pasted without source"),
    P("hb_ga", """央广网石家庄11月21日消息 河北省公安厅21日通报，全省公安机关开展冬季治安整治行动以来，共破获刑事案件3200余起，抓获犯罪嫌疑人2100余名。""",
      U, note="broadcaster dateline pasted without source"),
    P("zjk_qx", """今冬我国将出现阶段性强降温过程，冷暖起伏较大。专家建议公众及时关注天气预报，合理安排出行。

（本文图文均来自网络）""",
      U, note="a vague 'from the internet' note is no source"),
    P("cz_rs", """人民网北京11月23日电（记者 贺川）人力资源和社会保障部23日召开新闻发布会，2027年1月1日起，全国统一的社会保险公共服务平台将上线“一网通办”专区，参保人可在线办理社保关系转移接续、待遇资格认证等业务。""",
      U, note="ministry news pasted without source"),
    P("ts_wl", """本报北京11月24日讯（记者 林溪）文旅消费“冬季档”火热开启。各地推出冰雪游、温泉游、民俗游等特色产品，带动住宿餐饮消费增长。唐山今年接待冬季游客同比增长一成多。""",
      U, note="newspaper piece pasted without source"),
    P("hb_wj", """国家卫生健康委办公厅关于做好冬春季传染病防控工作的通知

各省、自治区、直辖市及新疆生产建设兵团卫生健康委：
当前已进入冬春季呼吸道传染病高发季节，为切实做好防控工作，现将有关要求通知如下……""",
      U, note="ministry notice pasted without source"),
    P("qhd_wl", """中国旅游报讯 秦皇岛市推出“冬游海港”系列产品，串联老龙头、鸽子窝、阿那亚等景点，打造冬季滨海旅游新线路。""",
      U, note="trade-paper dateline pasted without source"),
    P("sjz_ga_wb", """本网讯 最高人民法院26日发布依法惩治电信网络诈骗犯罪典型案例。某犯罪团伙冒充电商客服实施诈骗，骗取被害人钱款共计人民币480余万元，主犯被判处有期徒刑十三年。""",
      U, orig=False, note="court release pasted without source; platform shows it as not original"),
    P("lf_st", """新华网北京11月25日电 全国人大常委会法工委25日介绍，《中华人民共和国反家庭暴历法》实施以来，各地发出人身安全保护令逾万份。下一步将推动完善配套制度。""",
      (U, "typo"), [("typo", "反家庭暴历法", "反家庭暴力法")],
      note="pasted without source, with a same-sound slip in the law's name"),

    # ---- copies that name their source (clean) ----
    P("hb_wj", "本文转发自“中国政府网”微信公众号\n\n" + G1, copy="G1", hn=HN, note="copy naming its source at the top"),
    P("hs_ny", G2 + "\n\n信息出自：中国政府网", copy="G2", hn=HN, note="copy naming its source at the end"),
    P("hb_wl_wb", "//@新华社:" + X1[:60] + "……", copy="X1", orig=False, src="新华社",
      hn=HN, note="weibo forward of the agency's post with its handle"),
    P("sjz_xw", "【转发】" + X2 + "\n（新华社供稿）", copy="X2", hn=HN, note="copy crediting the agency"),
    P("zjk_jy", R1 + "\n\n内容引自人民日报微信公众号，作者：人民日报评论部", copy="R1", hn=HN,
      note="copy naming source and author"),
    P("hb_sc", "分享自@央视新闻：" + C1, copy="C1", orig=False, src="央视新闻", hn=HN, note="weibo share naming the source"),
    P("xt_wj", N2 + "\n\n（首发于“健康中国”公众号，本号转载）", copy="N2", hn=HN, note="copy naming where it first appeared"),
    P("hd_ga", "转@公安部刑侦局 " + P1, copy="P1", orig=False, src="公安部刑侦局", hn=HN, note="weibo repost naming the bureau"),
    P("bd_sc", R2 + "\n\n本文引自人民日报", copy="R2", note="copy naming its source"),
    P("sjz_ga_wb", "#平安过冬# 转自@央视新闻 " + C2, copy="C2", orig=False, src="央视新闻", note="weibo repost naming the source"),
    P("xt_wj", "国家卫生健康委发布：\n\n" + N1, copy="N1", note="copy naming the issuing body"),
    P("ts_yj", "来自“中国应急管理”的提示：\n\n" + M1, copy="M1", note="copy naming the source account"),
    P("hb_ga", "应急管理部提醒：" + M2, copy="M2", note="copy naming the issuing ministry"),

    # ---- other attributed or original posts that look like reposts ----
    P("sjz_xw", """石家庄发布讯（记者 韩笑）11月22日，石家庄市2026年冬季消防安全培训在市应急指挥中心举行，全市1200余名消防安全管理人参训。""",
      hn=HN, note="own dateline of the account's own report"),
    P("hb_jy", """【转载】教育部发布2027年全国硕士研究生招生考试考生防疫与考场须知（原文链接：教育部政府门户网站），请广大考生认真阅读。""",
      hn=HN, note="ministry notice with source and link named"),
    P("hb_wl", """据文化和旅游部官网消息，第二批国家级滑雪旅游度假地名单公布，河北张家口崇礼区入选。""",
      hn=HN, note="news credited to the ministry's website"),
    P("cd_wl", """承德文旅原创｜《山庄的雪》：镜头里的避暑山庄冬天，安静、清冷、辽阔。拍摄：承德文旅融媒体中心。""",
      hn=HN, note="own original content, credited"),
    P("ts_wl", """以下内容经唐山劳动日报授权刊发：唐山皮影传承人齐永衡从艺五十年，带出徒弟百余人……""",
      hn=HN, note="authorised reprint, source named"),
]
