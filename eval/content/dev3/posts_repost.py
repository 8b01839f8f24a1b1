"""Held-out part (new, 2026-12-02): source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new;
attribution phrasings and copy mechanics differ from dev/ and dev2/."""
from _lib import P

U = "unsourced_repost"

G1 = """国务院办公厅关于2027年部分节假日安排的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
五、端午节：6月9日（周三）放假，共1天。
六、中秋节：9月15日（周三）放假，共1天。
七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。

节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2026年11月17日"""

G2 = """国务院办公厅印发《关于进一步规范涉企行政检查的意见》

近日，国务院办公厅印发《关于进一步规范涉企行政检查的意见》（以下简称《意见》），着力解决涉企行政检查中存在的检查频次过高、随意检查、多头检查、重复检查等突出问题。

《意见》明确，行政检查主体必须是法律、法规、规章规定的行政机关和法律、法规授权的组织，未经法定授权或委托，不得开展行政检查。严禁将行政检查委托给中介机构、行业协会等实施。

《意见》要求，各地区各部门要全面推行“综合查一次”，对同一企业的多个检查事项，原则上合并或者纳入跨部门联合检查；对信用好、风险低的企业，原则上减少检查频次。

《意见》强调，严禁以检查为名干扰企业正常生产经营，严禁违规收取费用、吃拿卡要，严禁下达罚没指标。对违规开展涉企行政检查的，要依法依规严肃追究责任。"""

X1 = """#国家统计局发布10月份国民经济运行数据#【新华社北京11月17日电】国家统计局17日发布数据显示，10月份，全国规模以上工业增加值同比增长5.6%；社会消费品零售总额同比增长3.9%；1—10月份，全国固定资产投资同比增长3.1%。全国城镇调查失业率为5.1%，与上月持平。国家统计局新闻发言人表示，10月份国民经济运行总体平稳、稳中有进。"""

X2 = """【新华社广州11月21日电】记者从广东省农业农村厅获悉，今年广东荔枝、龙眼、菠萝等特色水果总产量超过800万吨，“12221”农产品市场体系建设持续深化，全省累计建成产地冷藏保鲜设施超过4000个，农产品出口额同比增长8.6%。广东还将推进“粤字号”农业品牌建设，打造更多区域公用品牌。"""

X3 = """【新华社济南11月24日电】山东海洋经济持续向好。记者从山东省海洋局获悉，今年前三季度，山东海洋生产总值达1.38万亿元，同比增长6.2%。山东已建成国家级海洋牧场示范区71处，占全国的40%左右；海上风电累计并网装机容量突破600万千瓦。"""

R1 = """人民日报评论：让“指尖上的形式主义”少一些

前不久，某地一名基层干部在社交平台吐槽：手机里有几十个工作群，每天要在群里打卡、接龙、晒照片，忙到深夜还要“刷存在感”。这番话引发不少共鸣。

政务新媒体、工作群本是为了提高效率、服务群众，但一些地方把它异化成了“留痕”工具：点赞数、阅读量层层摊派，打卡截图天天要交，“指尖”上的负担压得基层喘不过气。

整治“指尖上的形式主义”，关键在于树立正确政绩观。评价工作成效，要看群众满意不满意，而不是看群里发了多少照片、朋友圈转了多少条。减少不必要的“留痕”，才能让基层干部把更多精力用在为群众办实事上。"""

R2 = """12月起，这些新规将施行

1.《医疗保障基金使用监督管理条例实施细则》施行，明确定点医药机构不得诱导、协助他人冒名或者虚假就医、购药。

2.《电动自行车安全技术规范》过渡期满，不符合新国标的电动自行车不得再生产、销售。

3.《网络数据安全管理条例》配套规定施行，网络平台不得利用用户数据实施“大数据杀熟”。

4.多地调整最低工资标准，其中多个省份第一档月最低工资标准超过2500元。"""

C1 = """【#冬季取暖这些事一定要注意#】①用煤炉取暖一定要安装烟囱，保持室内通风；②不要在密闭房间内使用炭火盆；③电暖器远离窗帘、衣物等易燃物；④不要用电热毯捂被子后长时间通电；⑤出现头痛、头晕、恶心等症状，立即开窗通风并撤离。转发提醒家人！"""

C2 = """【#流感进入高发期#专家：这几类人群尽快接种疫苗】国家卫生健康委新闻发布会上，专家表示，目前我国南北方省份流感活动均呈上升趋势，已进入流感高发期。60岁以上老年人、慢性病患者、6月龄至5岁儿童、孕妇等重点人群，建议尽快接种流感疫苗。出现发热、咳嗽等症状，要及时就医，尽早使用抗病毒药物。"""

N1 = """儿童流感高发季，家长必知的8个问题

1. 孩子得了流感有什么表现？
流感起病急，常见高热、头痛、肌肉酸痛、乏力，部分儿童还会出现呕吐、腹泻。

2. 流感和普通感冒怎么区分？
普通感冒以鼻塞、流涕、打喷嚏为主，全身症状轻；流感全身症状重，发热常超过39℃。

3. 什么情况要马上就医？
出现持续高热3天以上、呼吸急促、精神萎靡、抽搐、尿量明显减少等情况，要立即就医。

4. 抗病毒药物什么时候吃最好？
发病48小时内使用抗病毒药物效果最好，须遵医嘱使用，不要自行给孩子用药。

5. 孩子发热一定要用退烧药吗？
体温超过38.5℃或明显不适时，可使用对乙酰氨基酚或布洛芬，两种药物不建议交替使用。

6. 抗生素能治流感吗？
不能。流感由病毒引起，抗生素只对细菌感染有效。

7. 孩子生病期间能上学吗？
建议居家休息，退热48小时后再返校，避免传染他人。

8. 如何预防？
接种流感疫苗是最有效的预防手段；勤洗手、常通风，流行季节少去人群密集场所。"""

M1 = """应急管理部：进入冬季，这几类火灾风险要特别警惕

进入冬季，气候干燥，用火用电用气量增加，火灾风险明显上升。应急管理部消防救援局分析近年来冬季火灾事故特点，提醒以下几类风险要特别警惕：

一是电动自行车火灾。严禁在楼道、安全出口停放电动自行车，严禁“飞线”充电、入户充电，充电时间不宜过长。

二是电气火灾。不要超负荷用电，大功率电器不要使用同一个插线板，人走断电。

三是用火不慎火灾。做饭时不要离人，燃气使用后要及时关闭阀门。农村地区焚烧秸秆、祭祀用火要远离可燃物。

四是高层建筑火灾。保持疏散通道畅通，不要在楼道堆放杂物，熟悉逃生路线。

一旦发生火灾，要第一时间拨打119报警，不要贪恋财物，按照疏散指示有序逃生。"""

CMA1 = """【寒潮蓝色预警】中央气象台11月25日发布寒潮蓝色预警：受强冷空气影响，预计25日至28日，中东部地区将自北向南出现8～12℃降温，局地降温可达14℃以上，并伴有4～6级偏北风。其中山东半岛、黄淮等地降温明显，广东北部最低气温将降至5℃以下。请注意防寒保暖，农业生产做好防冻准备。"""

POSTS = [
    P("gov_wx", G1, key="g1", when="11-17 16:30", note="source document: 中国政府网 (2027 holiday schedule)"),
    P("gov_wx", G2, key="g2", note="source document: 中国政府网 (规范涉企行政检查)"),
    P("xh_wb", X1, key="x1", when="11-17 10:20", note="source document: 新华社 Weibo (national statistics)"),
    P("xh_wb", X2, key="x2", note="source document: 新华社 Weibo (Guangdong agriculture)"),
    P("xh_wb", X3, key="x3", note="source document: 新华社 Weibo (Shandong marine economy)"),
    P("rmrb_wx", R1, key="r1", note="source document: 人民日报 commentary"),
    P("rmrb_wx", R2, key="r2", note="source document: 人民日报 new-rules round-up"),
    P("cctv_wb", C1, key="c1", note="source document: 央视新闻 Weibo"),
    P("cctv_wb", C2, key="c2", note="source document: 央视新闻 Weibo"),
    P("nhc_wx", N1, key="n1", note="source document: 健康中国 (国家卫生健康委)"),
    P("mem_wx", M1, key="m1", note="source document: 中国应急管理"),
    P("cma_wb", CMA1, key="cma1", when="11-25 10:00", note="source document: 中国气象局"),

    # ---- copies that do not name their source
    P("hzh_wx", "收藏！2027年放假安排来了\n\n" + G1, U, copy="g1",
      note="the State Council General Office notice pasted whole under a new headline; the issuer's own title and signature are not a source"),
    P("zb_wb", "【2027年放假安排出炉！】" + G1.split("通知如下。\n\n", 1)[1].split("\n\n节假日期间")[0].replace("\n", ""),
      U, copy="g1", note="the seven holiday items pasted into a Weibo post, no attribution"),
    P("fs_wb", "#2027年放假安排# 春节：2月5日（农历除夕、周五）至13日（周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。国庆节：10月1日（周五）至7日（周四）放假调休，共7天。",
      U, copy="g1", note="two items of the notice pasted verbatim, no attribution"),
    P("jn_scjg", "原标题：国务院办公厅印发《关于进一步规范涉企行政检查的意见》\n\n" + G2.split("\n\n", 1)[1]
      + "\n\n下一步，我局将严格落实《意见》要求，全面推行“综合查一次”。",
      U, copy="g2", note="原标题 plus the whole article, with one own sentence appended; 原标题 names no source"),
    P("zh_scjg", "涉企检查，这些“严禁”要记牢\n\n" + G2.split("《意见》强调，", 1)[1]
      + "\n\n" + G2.split("《意见》明确，", 1)[1].split("\n\n")[0],
      U, copy="g2", note="two paragraphs of the 中国政府网 article reordered and pasted"),
    P("ta_wb", X1.split("】", 1)[1], U, orig=True, copy="x1",
      note="新华社 wire with its dateline bracket cut off; 国家统计局…数据显示 is an information attribution, not a source"),
    P("yj_ny", """广东特色水果总产量超800万吨

今年广东荔枝、龙眼、菠萝等特色水果总产量超过800万吨，“12221”农产品市场体系建设持续深化。全省累计建成产地冷藏保鲜设施超过4000个，农产品出口额同比增长8.6%。

下一步，广东将推进“粤字号”农业品牌建设，打造更多区域公用品牌。阳江将抓住机遇，擦亮“阳江马水桔”“阳西荔枝”等区域品牌。""",
      U, copy="x2", note="partial rewrite of the 新华社 wire (记者从…获悉 dropped, sentences lightly reworded) with one local sentence; no source"),
    P("wh_wb", "【山东海洋经济持续向好】（记者 刘晨）" + X3.split("山东海洋经济持续向好。", 1)[1],
      U, orig=True, copy="x3", note="新华社 dateline replaced by a reporter credit; （记者 X） is not a source"),
    P("sd_wl", "山东海洋经济持续向好：" + X3.split("记者从山东省海洋局获悉，", 1)[1],
      U, orig=True, copy="x3", note="the wire's figures pasted without any attribution"),
    P("yf_rs", "让“指尖上的形式主义”少一些\n\n作者：郑言\n\n" + R1.split("\n\n", 1)[1],
      U, copy="r1", note="人民日报 commentary pasted with only an author credit; 作者 is not a source"),
    P("sg_ga", "【整治“指尖上的形式主义”】" + R1.split("\n\n")[3], U, copy="r1",
      note="last paragraph of the 人民日报 commentary pasted as a Weibo post"),
    P("gz_jj", "本报讯 " + R2 + "\n\n广州交警提醒：不符合新国标的电动自行车请勿购买。",
      U, copy="r2", note="人民日报 round-up pasted with 本报讯 (no outlet named); not a source"),
    P("hz_ga", C1.replace("转发提醒家人！", "菏泽公安提醒您！"), U, orig=True, copy="c1",
      note="央视新闻 Weibo text pasted with its own sign-off replaced"),
    P("yt_yj", "冬季取暖安全提示\n\n" + C1.split("】", 1)[1].replace("转发提醒家人！", "") + "\n\n责编：牟强",
      U, copy="c1", note="央视新闻 text pasted into a WeChat article; 责编 credit is not a source"),
    P("gd_wj_wb", C2, U, orig=True, copy="c2", note="央视新闻 post pasted verbatim as the account's own"),
    P("qd_jy", "流感高发！这几类孩子要尽快接种疫苗\n\n" + C2.split("】", 1)[1]
      + "\n\n青岛市教育局提醒：学校要落实晨午检和因病缺课追踪制度。",
      U, copy="c2", note="央视新闻 text pasted with an own reminder appended"),
    P("sd_wj", N1.replace("须遵医嘱使用", "我委提醒，须遵医嘱使用"), U, copy="n1",
      note="健康中国 article pasted whole with 我委提醒 inserted, as if the commission's own"),
    P("gd_wj", "家长必看｜" + N1.split("\n\n", 1)[1].split("\n\n5.")[0], U, copy="n1",
      note="first four questions of the 健康中国 article pasted, no source"),
    P("sz_jy", "【儿童流感怎么办？】" + N1.split("3. 什么情况要马上就医？\n", 1)[1].split("\n\n4.")[0]
      + N1.split("7. 孩子生病期间能上学吗？\n", 1)[1].split("\n\n8.")[0],
      U, orig=True, copy="n1", note="two answers of the 健康中国 article pasted together"),
    P("yt_yj", M1.replace("应急管理部消防救援局分析近年来冬季火灾事故特点，提醒", "我局提醒").replace("应急管理部：", "")
      + "\n\n（内容综合整理）", U, copy="m1",
      note="ministry article pasted with its speaker swapped for 我局; （内容综合整理） names no source"),
    P("sw_yj", "【冬季防火】" + M1.split("一是", 1)[1].split("\n\n二是")[0].replace("电动自行车火灾。", "谨防电动自行车火灾！"),
      U, orig=True, copy="m1", note="one paragraph of the ministry article pasted"),
    P("hz_ga_dy", "冬季火灾风险提示：" + M1.split("\n\n")[-1] + "#冬季防火",
      U, copy="m1", note="last paragraph of the ministry article as a video caption, no source"),
    P("hy_wb", CMA1.replace("【寒潮蓝色预警】中央气象台11月25日发布寒潮蓝色预警：", "【寒潮来袭】"), U, orig=True, copy="cma1",
      note="中国气象局 warning text pasted with the issuer removed"),
    P("dy_ny", "寒潮来袭！农业生产做好防冻准备\n\n" + CMA1.split("：", 1)[1]
      + "\n\n设施大棚要加盖草苫，露天蔬菜及时采收。", U, copy="cma1",
      note="中国气象局 warning pasted from the first colon on (the issuer 中央气象台 cut away); no attribution"),

    P("jn_scjg_wb", "【电动自行车新国标过渡期满】据了解，" + R2.split("2.", 1)[1].split("\n\n")[0]
      + "市市场监管局将加强对电动自行车销售门店的监督检查。", U, orig=True, copy="r2",
      note="item of the 人民日报 round-up pasted after 据了解 (which attributes nothing)"),
    P("wf_ga", "天冷取暖，这五点一定记住！" + C1.split("】", 1)[1].replace("转发提醒家人！", "#潍坊公安 #冬季安全"),
      U, copy="c1", note="央视新闻 Weibo text pasted as a Douyin caption"),

    # ---- unsourced reposts of documents not in the file: other bodies' voice, pasted notices, flagged reposts
    P("yf_rs", """人力资源社会保障部 财政部关于调整2027年退休人员基本养老金的通知

各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障厅（局）、财政厅（局）：

经党中央、国务院批准，从2027年1月1日起，为2026年底前已按规定办理退休手续并按月领取基本养老金的企业和机关事业单位退休人员提高基本养老金水平，总体调整水平为2026年退休人员月人均基本养老金的2%。

各地要按照本通知要求，抓紧制定具体实施方案，确保调整增加的基本养老金按时足额发放到位。""",
      U, note="another body's notice pasted whole without any source"),
    P("gz_jj_wb", """我局决定自2027年1月1日起，全国推行机动车驾驶人安全文明驾驶常识考试“全国通考”，考生可在全国任一车管所预约考试。""",
      U, orig=False, note="platform-flagged repost in the voice of the Ministry of Public Security traffic bureau (我局 = 公安部交管局), no source field"),
    P("sd_sw", """关于延续实施支持小微企业发展有关税费政策的公告

为进一步支持小微企业发展，现将有关税费政策公告如下：

一、对小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税政策，延续执行至2029年12月31日。

二、对增值税小规模纳税人、小型微利企业和个体工商户减半征收“六税两费”政策，延续执行至2029年12月31日。

本公告自发布之日起施行。

财政部　税务总局
2026年11月18日""",
      U, note="财政部/税务总局 announcement pasted with its signature; the signature is not a source"),
    P("jn_scjg_wb", """总局近日部署开展2026年元旦春节期间食品安全专项检查，重点检查年货市场、农村集市、网络订餐等，严厉打击销售过期食品、“三无”食品等违法行为。""",
      U, orig=False, note="platform-flagged repost in the voice of the State Administration (总局), no source"),
    P("qd_jy", """省厅关于做好2027年寒假期间中小学生安全教育工作的通知

各市教育（教体）局：

为切实做好今年寒假期间中小学生安全工作，现将有关事项通知如下：

一、各地要在放假前组织开展一次集中安全教育，重点防范溺水、交通、火灾、燃气、网络诈骗等安全风险。
二、要指导学校落实“致家长的一封信”制度，督促家长履行监护职责。
三、要加强假期值班值守，遇有突发事件及时报告。""",
      U, note="the provincial department's notice (省厅) pasted, no source"),
    P("sz_jy", """【本台消息】广东省教育厅近日印发通知，要求各地中小学严格控制书面作业总量，寒假作业要以实践性、探究性作业为主。""",
      U, orig=True, note="本台消息 names no outlet: pasted broadcast item"),
    P("jm_wl", """文化和旅游部公布第二批国家级旅游休闲街区名单，全国共60个街区入选。入选街区将在消费惠民、文化体验等方面先行先试。#旅游休闲街区""",
      U, orig=False, note="platform-flagged repost of a national announcement, no source field, no attribution"),
    P("cz_wl", """【编者按】近日，一篇关于“传统村落如何活起来”的文章引发热议。文章指出，传统村落保护不能“冻结式保护”，要在保护中发展、在发展中保护，让村落有人住、有产业、有烟火气。""",
      U, orig=False, note="platform-flagged repost summarising another publisher's article; 编者按 is not a source"),

    # ---- hard negatives: copies that name their source, originals that look like copies
    P("jn_scjg_wb", "【2027年元旦、春节放假安排】" + "".join(G1.split("通知如下。\n\n", 1)[1].split("\n")[:2]) + "（来源：中国政府网）",
      hn=U, copy="g1", note="two items of the notice with （来源：中国政府网）"),
    P("dg_wb", "据央视新闻报道，" + C2.split("】", 1)[1], hn=U, copy="c2", note="据央视新闻报道 names the source"),
    P("sd_wj_wb", "@央视新闻 消息：" + C1.split("】", 1)[1], hn=U, copy="c1", note="@央视新闻 消息 names the source"),
    P("hzh_wx", "冬季这几类火灾风险要警惕！\n\n" + M1.split("\n\n", 1)[1] + "\n\n内容来自“中国应急管理”微信公众号", hn=U, copy="m1",
      note="内容来自…微信公众号 names the source"),
    P("yf_rs", R1 + "\n\n本文摘自人民日报", hn=U, copy="r1", note="本文摘自人民日报 names the source"),
    P("yj_ny", X2 + "\n\n出处：新华社", hn=U, copy="x2", note="keeps the dateline and adds 出处"),
    P("wh_wb", "海洋强省，威海加油！" + X3.split("】", 1)[1], hn=U, orig=False, src="新华社", copy="x3",
      note="platform repost whose source field is set; the text itself names nothing"),
    P("gd_wj", N1 + "\n\n文章转载自“健康中国”微信公众号，版权归原作者所有", hn=U, copy="n1",
      note="文章转载自 names the source"),
    P("ta_wb", "【寒潮蓝色预警】" + CMA1.split("】", 1)[1] + "（信息源：中国气象局）", hn=U, copy="cma1",
      note="信息源 names the source (and the warning keeps 中央气象台)"),
    P("fs_wx", "新华社：" + X2.split("】", 1)[1], hn=U, copy="x2", note="publisher named as the speaker of the text"),
    P("hy_wb", """【河源市2027年元旦春节期间有关工作安排】根据国务院办公厅通知精神，结合我市实际，市政府办公室对元旦春节期间安全生产、市场保供、值班值守等工作作出部署。""",
      hn=U, note="own summary that refers to the State Council notice; not a copy"),
    P("sd_sw", """国家税务总局山东省税务局关于开展2026年度“便民办税春风行动”满意度调查的通告

为了解纳税人缴费人对我省税务部门服务的意见建议，我局将于12月1日至12月20日开展满意度调查。纳税人缴费人可通过电子税务局“我要评价”模块参与。

国家税务总局山东省税务局
2026年11月27日""",
      hn=U, note="own notice signed by the account's own unit"),
    P("jn_scjg", """（通讯员 鲁岩 高晴）11月22日，市市场监管局联合市公安局开展冬季燃气用具专项检查，共检查燃气用具销售门店46家，下架不合格产品320件。

编辑：高晴　审核：王磊""",
      hn=U, note="own news item with reporter/editor credits (the credits are the account's own staff); original"),
]
