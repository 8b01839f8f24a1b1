"""Third held-out part (2026-12-02): new source documents of unregistered accounts, copies of them (sourced
and unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new
(none is a document of dev/, dev2/ or dev3/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"

G1 = """国务院办公厅关于加强网络直播营销活动监管的指导意见

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

网络直播营销在促进消费、带动就业等方面发挥了积极作用，但也存在虚假宣传、数据造假、售后维权难等问题。为促进网络直播营销健康规范发展，经国务院同意，现提出如下意见。

一、压实平台主体责任。直播营销平台应当建立健全账号及直播营销功能注册注销、信息安全管理、营销行为规范、未成年人保护、消费者权益保护等机制，对直播间运营者和主播进行身份信息认证。

二、规范主播营销行为。主播应当如实介绍商品或者服务，不得虚构或者篡改交易、关注度、浏览量、点赞量等数据流量造假，不得夸大宣传、诱导消费。

三、强化行政执法。市场监管、网信、公安、商务等部门要加强协同，依法查处直播营销中的违法违规行为，对情节严重的依法列入严重违法失信名单。

四、畅通消费维权渠道。直播营销平台应当建立便捷的投诉举报机制，及时处理消费者投诉。

国务院办公厅
2026年11月18日"""

G2 = """2027年1月1日起，职工医保个人账户可跨省共济

国家医保局等部门近日联合印发通知，自2027年1月1日起，职工基本医疗保险参保人员的个人账户，可用于支付其配偶、父母、子女在异地参加基本医疗保险的个人缴费，以及在异地定点医药机构就医购药发生的个人负担费用。

通知明确，跨省共济需由参保人通过国家医保服务平台App进行绑定，每人最多可绑定5名近亲属。各地医保部门要在2026年12月底前完成系统改造，确保政策如期落地。"""

X1 = """【新华社北京11月19日电】记者从教育部获悉，2027年全国硕士研究生招生考试将于12月20日至21日举行，报名人数约388万人。教育部要求各地严格落实考试安全各项措施，严厉打击考试作弊和“助考”违法犯罪行为，加强考生服务保障，确保考试安全平稳。"""

X2 = """【新华社广州11月20日电】广州至湛江高速铁路湛江段20日完成全线铺轨。广湛高铁全长约401公里，设计时速350公里，建成后广州至湛江最快约1.5小时可达。该线路预计2027年上半年开通运营，将进一步完善粤西地区高铁网络。"""

X3 = """【新华社济南11月22日电】记者从山东省住房和城乡建设厅获悉，截至11月22日，山东16市城镇集中供暖已全面启动，全省集中供热面积超过20亿平方米。今年全省新增清洁取暖改造农户35万户，城区清洁取暖率保持100%。"""

R1 = """人民日报评论：帮银发族跨越“数字鸿沟”

扫码点餐、手机挂号、线上缴费……数字化给生活带来便利，但对不少老年人而言，智能设备操作复杂，成了“拦路虎”。

帮助老年人跨越“数字鸿沟”，既要“教会”，也要“兜底”。一方面，社区、家庭要多一些耐心，手把手教老年人使用智能手机；另一方面，公共服务要保留必要的线下渠道和人工服务，不能让“一刀切”的数字化把老年人挡在门外。

数字时代，不让一位老人掉队，是社会文明进步的应有之义。"""

R2 = """2027年春运火车票今起可购！这些时间节点要记牢

1.2027年春运自1月22日开始，至3月2日结束，共40天。
2.铁路12306网站和App售票预售期为15天，以乘车日期倒推。
3.候补购票可同时选择多个车次和席别，提高购票成功率。
4.重点旅客可提前通过12306预约车站爱心服务。"""

C1 = """【#教育部严禁寒假违规补课#】教育部近日发布通知，要求各地严禁中小学校在寒假期间组织学生集体补课，严禁在职中小学教师有偿补课。通知要求，各地要畅通举报渠道，对违规行为发现一起、查处一起。"""

C2 = """【#预付式消费这些风险要注意#】市场监管总局提醒：办理预付卡时，要选择信誉良好的经营者，签订书面合同，明确服务内容和退费条款；不要一次性大额充值；遇到商家跑路等情况，及时保存证据向12315投诉。"""

N1 = """冬季老年人防跌倒，这6点请记牢

冬季路面湿滑，老年人跌倒风险增加。跌倒是我国65岁以上老年人因伤致死的首位原因。

1.穿防滑鞋，雨雪天气尽量减少外出。
2.起床、起身时动作放慢，做到“三个30秒”。
3.卫生间、浴室铺设防滑垫，安装扶手。
4.夜间起夜打开照明，床边放置小夜灯。
5.坚持适度运动，增强肌肉力量和平衡能力。
6.遵医嘱用药，注意某些药物可能引起头晕。"""

M1 = """冰雪天气出行，这份安全提示请收好

近期，我国北方多地出现降雪天气，道路结冰、湿滑，出行安全风险增加。

1.步行时穿防滑鞋，走路放慢速度，避开井盖、斜坡等易滑区域。
2.驾车时降低车速、保持车距，避免急刹车、急转弯。
3.远离危旧房屋、广告牌、大树，防止积雪压塌伤人。
4.遇险情及时拨打119、110、120求助。"""

MP1 = """【警惕“点赞关注”兼职诈骗！】骗子以“点赞关注赚佣金”为诱饵，先小额返利取得信任，再以“做任务”“冲业绩”为由要求垫付大额资金，最后拉黑失联。公安部刑侦局提醒：凡是要求先垫付的兼职都是诈骗！"""

CMA1 = """【暴雪蓝色预警】中央气象台11月23日发布暴雪蓝色预警：预计23日至24日，山东中北部、河北南部、河南北部等地部分地区有大雪，局地暴雪。请注意防范降雪、道路结冰对交通和设施农业的不利影响。"""

POSTS = [
    # ---------------- source documents (clean originals of unregistered accounts) ----------------
    P("gov_wx", G1, key="g1", note="source document (中国政府网): State Council guideline on livestream marketing"),
    P("gov_wx", G2, key="g2", note="source document (中国政府网): medical-insurance personal accounts"),
    P("xh_wb", X1, key="x1", note="source document (新华社): postgraduate entrance exam"),
    P("xh_wb", X2, key="x2", note="source document (新华社): Guangzhou–Zhanjiang high-speed rail"),
    P("xh_wb", X3, key="x3", note="source document (新华社): Shandong heating"),
    P("rmrb_wx", R1, key="r1", note="source document (人民日报): commentary on the digital divide"),
    P("rmrb_wx", R2, key="r2", note="source document (人民日报): Spring Festival train tickets"),
    P("cctv_wb", C1, key="c1", note="source document (央视新闻): winter-break tutoring ban"),
    P("cctv_wb", C2, key="c2", note="source document (央视新闻): prepaid consumption"),
    P("nhc_wx", N1, key="n1", note="source document (健康中国): falls of the elderly"),
    P("mem_wx", M1, key="m1", note="source document (中国应急管理): ice and snow safety"),
    P("mps_wb", MP1, key="mp1", note="source document (公安部刑侦局): like-for-pay fraud"),
    P("cma_wb", CMA1, key="cma1", note="source document (中国气象局): blizzard warning"),

    # ---------------- unsourced copies ----------------
    P("sz_scjg", "重磅！网络直播营销监管新规来了\n\n编者按：直播带货已成为消费新场景，规范发展势在必行。\n\n" + G1.split("\n\n", 1)[1],
      U, copy="g1", note="the 中国政府网 document pasted after an 编者按; 编者按 and the issuing body's 落款 name no source"),
    P("sz_scjg_wb", "【网络直播营销新规】" + G1.split("\n\n")[4] + G1.split("\n\n")[5], U, orig=True, copy="g1",
      note="two items of the guideline pasted into a Weibo post, no attribution"),
    P("lc_scjg", "主播不得数据造假！这些新要求要知道\n\n" + "\n\n".join(G1.split("\n\n")[3:7]) + "\n\n聊城市市场监管局将按照要求，加强对辖区直播营销活动的监管。",
      U, copy="g1", note="four items pasted with one own sentence appended"),
    P("gz_wj", "好消息！" + G2 + "\n\n转给家人，早知道早受益！", U, copy="g2",
      note="中国政府网 text pasted whole with an own call to forward"),
    P("gd_rs_wb", G2.split("\n\n")[1].replace("国家医保局等部门近日联合印发通知，", "").replace("自2027年1月1日起，", "明年起，"),
      U, orig=True, copy="g2", note="partial rewrite: attribution to the issuing ministries dropped, date shortened"),
    P("qd_wj", "职工医保个人账户跨省共济，明年1月1日起施行\n\n" + G2.split("\n\n")[2] + "\n\n" + G2.split("\n\n")[1],
      U, copy="g2", note="paragraphs reordered and pasted, no source"),
    P("sd_jyt_wb", X1.split("】", 1)[1] + "（完）", U, orig=True, copy="x1",
      note="新华社 dateline removed; （完） is not a source"),
    P("sd_jyt", "2027年考研下月举行\n\n本网讯 " + X1.split("】", 1)[1] + "\n\n省教育招生考试院提醒广大考生，及时打印准考证。",
      U, copy="x1", note="dateline replaced by 本网讯, which names no outlet"),
    P("zj_wx", "好消息！广湛高铁湛江段全线铺轨完成\n\n" + X2.split("】", 1)[1] + "\n\n湛江人的高铁梦，越来越近了！",
      U, copy="x2", note="新华社 wire pasted without the dateline, with an own intro and closing line"),
    P("mz_wb", "粤西高铁网又添新进展：" + X2.split("】", 1)[1].split("该线路")[0], U, orig=True, copy="x2",
      note="first part of the wire pasted without attribution"),
    P("dz_wx", "山东全面启动集中供暖\n\n" + X3.split("】", 1)[1] + "\n\n德州市城区供暖已于11月15日启动，如遇供暖问题，请拨打12345。",
      U, copy="x3", note="wire pasted after dropping the dateline, own local sentence appended"),
    P("bz_wb", "【全省供暖全面启动】" + X3.split("】", 1)[1].split("今年")[0], U, orig=True, copy="x3",
      note="first half of the wire pasted, no source; 记者从…获悉 is part of the copied text"),
    P("jm_wx", R1.split("\n\n", 1)[1].replace("数字时代", "在江门，我们也在行动。数字时代") + "\n\n（本文作者系特约评论员）",
      U, copy="r1", note="人民日报 commentary pasted under an author note; 作者 credits are not a source"),
    P("st_wb", "【不让一位老人掉队】" + R1.split("\n\n")[2], U, orig=True, copy="r1",
      note="one paragraph of the commentary pasted"),
    P("zq_wb", "📢春运购票攻略\n" + R2.split("\n\n")[1].replace("\n", "✅"), U, orig=True, copy="r2",
      note="人民日报 list pasted with emoji"),
    P("sd_jt", "2027年春运火车票开售 购票攻略请收好\n\n" + R2.split("\n\n")[1] + "\n\n山东交通提醒：春运期间请提前规划出行。",
      U, copy="r2", note="人民日报 list pasted, own reminder added"),
    P("sd_jyt_wb", "转给家长！" + C1, U, orig=True, copy="c1",
      note="央视新闻 post pasted verbatim behind a call to forward"),
    P("zq_wb", C1.replace("【#教育部严禁寒假违规补课#】", "【寒假补课新规】"), U, orig=True, copy="c1",
      note="央视新闻 text with a new headline, no source"),
    P("zs_ga", C2.split("】", 1)[1] + " #中山公安 #预付卡", U, copy="c2",
      note="央视新闻 text pasted as a Douyin caption; 市场监管总局提醒 is part of the copied text"),
    P("sz_scjg_wb", C2.replace("市场监管总局提醒：", ""), U, orig=True, copy="c2",
      note="the 总局 attribution inside the text dropped, pasted as own post"),
    P("gz_wj", N1 + "\n\n（健康科普，欢迎转发）", U, copy="n1",
      note="健康中国 article pasted whole; the closing line names no source"),
    P("qd_wj", "天冷路滑，家里老人一定要注意！\n\n" + "\n".join(N1.split("\n\n")[2].split("\n")[:4]),
      U, copy="n1", note="four tips of the 健康中国 article pasted"),
    P("sd_jt", M1 + "\n\n山东交通提醒您：雪天行车，安全第一。", U, copy="m1",
      note="ministry article pasted with the account's own tagline"),
    P("gd_ga", "【冰雪天出行安全】" + M1.split("\n\n")[2].split("\n")[1], U, orig=True, copy="m1",
      note="one tip of the ministry article pasted"),
    P("rz_ga", MP1, U, orig=True, copy="mp1", note="公安部刑侦局 post pasted verbatim as the account's own"),
    P("zz_ga", MP1.replace("公安部刑侦局提醒", "枣庄公安提醒"), U, orig=True, copy="mp1",
      note="公安部刑侦局's name replaced by the account's own"),
    P("zs_ga", "兼职点赞能赚钱？别信！" + MP1.split("】", 1)[1].split("公安部刑侦局")[0] + " #反诈", U, copy="mp1",
      note="most of the ministry post as a Douyin caption, without its attribution"),
    P("jnn_wb", CMA1.replace("【暴雪蓝色预警】", "【注意！暴雪来袭】"), U, orig=True, copy="cma1",
      note="中国气象局 post with a new headline; 中央气象台…发布 is part of the copied warning, not a credit to the publisher"),
    P("dz_wb", "【暴雪蓝色预警】预计23日至24日，山东中北部" + CMA1.split("山东中北部", 1)[1], U, orig=True, copy="cma1",
      note="warning pasted without the issuing observatory or publisher"),

    # ---------------- unsourced, in the voice of another body, no original in the file ----------------
    P("sd_jyt_wb", """【我部部署2027年中小学寒假工作】我部近日印发通知，要求各地合理安排寒假作业总量，严控书面作业，鼓励学生参加体育锻炼和社会实践。""",
      U, orig=False, note="platform-flagged repost in the voice of the Ministry of Education (我部), no source field"),
    P("gz_wj", """我局关于做好2027年医疗保障经办服务工作的通知

各省、自治区、直辖市及新疆生产建设兵团医疗保障局：

为做好2027年医疗保障经办服务工作，我局决定在全国范围开展医保经办服务“提质增效”行动。各地要推进医保服务“一窗通办”，2027年底前实现医保高频事项“掌上办”全覆盖。""",
      U, note="a national bureau's notice (我局 addressed to provincial bureaus) pasted by a city health commission, no source"),
    P("sz_scjg_wb", """【总局公布2026年第三批网络交易违法典型案例】总局近日公布10起网络交易违法典型案例，涉及虚假宣传、刷单炒信等，警示网络经营者依法经营。""",
      U, orig=False, note="platform-flagged repost in the voice of the State Administration (总局), no source field"),
    P("dz_wb", """【我委：今冬明春天然气供应总体有保障】我委有关负责同志表示，今年以来，我国天然气产供储销体系建设持续推进，今冬明春天然气供应总体有保障。""",
      U, orig=False, note="platform-flagged repost in the voice of the national development commission (我委), no source"),
    P("zs_ga", """我支队提醒：冬季早晚易起雾，途经广深沿江高速请减速慢行，开启雾灯。#交通安全""",
      U, note="in the voice of another unit's traffic detachment (中山公安 is a city police bureau; 我支队 is a Shenzhen highway detachment by the road named); no source"),

    # ---------------- hard negatives: copies that name their source ----------------
    P("sz_scjg_wb", "中国政府网消息，" + G1.split("\n\n")[2], hn=U, copy="g1",
      note="opener 中国政府网消息 names the source"),
    P("gd_rs", G2 + "\n\n信源：中国政府网", hn=U, copy="g2", note="信源 line names the source"),
    P("sd_jyt", X1 + "\n\n考生须知：请于12月10日至19日下载打印准考证。", hn=U, copy="x1",
      note="新华社 dateline kept"),
    P("zj_wb", "广湛高铁湛江段全线铺轨！//" + X2, hn=U, orig=False, src="新华社", copy="x2",
      note="platform repost whose source field names 新华社 (the retweet text itself keeps the dateline too)"),
    P("sd_jt", "山东城镇集中供暖全面启动\n\n" + X3.split("】", 1)[1] + "\n\n稿源：新华社", hn=U, copy="x3",
      note="稿源 line names the source"),
    P("jm_wx", R1 + "\n\n（原载《人民日报》2026年11月21日05版）", hn=U, copy="r1",
      note="原载《人民日报》 names the source"),
    P("st_wb", "【春运购票时间节点】" + R2.split("\n\n")[1].split("\n3.")[0] + " 选自人民日报微信公众号", hn=U, orig=True, copy="r2",
      note="选自 names the source"),
    P("qd_wj", N1 + "\n\n引自：健康中国（国家卫生健康委员会官方公众号）", hn=U, copy="n1",
      note="引自 names the source"),
    P("bz_wb", M1.split("\n\n")[0] + "：" + M1.split("\n\n")[2].replace("\n", " ") + "（源自中国应急管理）", hn=U, orig=True, copy="m1",
      note="（源自…） names the source"),
    P("gd_ga", "反诈提醒，转给家人！//" + MP1, hn=U, orig=False, src="公安部刑侦局", copy="mp1",
      note="platform repost with source field set"),
    P("mz_wb", "【中国气象局：" + CMA1.split("】", 1)[1][:-1] + "】", hn=U, orig=True, copy="cma1",
      note="publisher named as the headline's speaker"),
    P("sd_jyt_wb", "#寒假# via @央视新闻 " + C1, hn=U, orig=True, copy="c1", note="via @央视新闻 names the source"),
]
