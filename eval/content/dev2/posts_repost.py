"""Held-out part: source documents of unregistered accounts, copies of them (sourced and unsourced),
other unsourced reposts (class unsourced_repost) and hard negatives. Documents and attribution
phrasings differ from dev."""
from _lib import P

U = "unsourced_repost"

HG1 = """国务院办公厅印发《关于进一步优化养老服务的若干措施》

近日，国务院办公厅印发《关于进一步优化养老服务的若干措施》（以下简称《措施》），从扩大服务供给、提升服务质量、强化要素保障等方面提出18条具体措施。

一、发展社区居家养老服务
《措施》提出，到2027年底，城市社区嵌入式养老服务设施覆盖率达到70%以上，街道（乡镇）区域养老服务中心基本实现全覆盖。推动社区食堂、老年助餐点向老年人提供优惠助餐服务，有条件的地区可将助餐服务延伸到农村。支持物业服务企业、家政企业参与居家养老服务，探索“物业+养老”“家政+养老”服务模式。

二、加强农村养老服务
《措施》明确，以县域为单元统筹规划农村养老服务设施，推进乡镇敬老院转型升级为区域养老服务中心，发展互助养老服务。鼓励农村集体经济组织、村民自治组织、志愿服务组织开展邻里互助、结对帮扶等活动，加强对农村留守、独居、高龄老年人的关爱服务。

三、提升机构养老服务能力
《措施》要求，公办养老机构重点为经济困难的失能、失智、高龄老年人提供服务，到2027年底护理型床位占比达到65%以上。支持养老机构与医疗卫生机构签约合作，推进医养结合。鼓励社会力量举办养老机构，落实税费减免、用地保障等扶持政策。

四、加强养老服务人才队伍建设
《措施》提出，支持院校开设养老服务相关专业，扩大招生规模。落实养老护理员职业技能等级认定制度，建立与技能等级挂钩的薪酬分配机制。对在养老机构从事一线护理工作的高校毕业生，各地可给予一次性入职奖励。

五、推动养老服务消费
《措施》明确，发展老年助浴、助洁、助行、助医、助急等服务，支持开发适老化产品。推进居家适老化改造，对特殊困难老年人家庭给予补助。规范养老服务预付费管理，严厉打击以养老服务为名的非法集资、诈骗等违法犯罪行为。

六、强化要素保障
《措施》要求，各地要将养老服务设施建设纳入国土空间规划，新建城区和新建居住区按标准配建养老服务设施。加大财政投入，彩票公益金用于支持养老服务的比例不低于55%。完善长期护理保险制度，稳步扩大试点范围。

《措施》强调，各地区各有关部门要加强组织领导，压实工作责任，推动各项措施落地见效，让老年人共享改革发展成果、安享幸福晚年。"""

HG2 = """李强主持召开国务院常务会议 部署做好岁末年初民生保障工作

国务院总理李强11月20日主持召开国务院常务会议，部署做好岁末年初民生保障工作，研究进一步做好冬春季农村困难群众基本生活保障有关措施。

会议指出，岁末年初是各类矛盾和风险集中的时期，要把群众冷暖放在心上，切实保障好困难群众基本生活。要加强低保、特困人员救助供养、临时救助等政策落实，及时足额发放救助资金，对受灾群众、因病因灾遇困群众做到应救尽救。

会议强调，要做好农民工工资支付保障，确保农民工按时足额拿到工资。要保障好重要民生商品供应和价格基本稳定，加强市场监测和调度，做好粮油肉蛋菜等储备投放。

会议还研究了其他事项。"""

HG3 = """教育部办公厅等四部门关于做好2027年中小学生寒假安全工作的通知

各省、自治区、直辖市教育厅（教委）、公安厅（局）、应急管理厅（局）、消防救援总队：

寒假将至，为切实保障中小学生假期安全，现就有关工作通知如下。

一、开展放假前安全教育。各地各校要在放假前集中开展一次安全教育，重点围绕防溺水、防交通事故、防火灾、防一氧化碳中毒、防网络诈骗等内容，通过“致家长一封信”等方式提醒家长落实监护责任。

二、加强校外活动场所安全管理。公安、应急管理、消防救援部门要加强对冰雪场地、游乐场所、网吧等学生聚集场所的安全检查，及时消除安全隐患。

三、严防学生溺水和冰面落水事故。各地要在危险水域、冰面设置警示标志，加强巡查看护。

四、加强网络安全教育。引导学生合理使用网络，防范网络沉迷和网络诈骗。

五、做好应急值守。各地各校要严格落实假期值班和领导带班制度，确保信息畅通，遇有突发事件及时妥善处置。"""

HX1 = """新华社北京11月19日电（记者 赵文）国家发展改革委19日表示，今冬明春能源保供总体有保障。截至目前，全国统调电厂存煤超过2.1亿吨，可用天数超过30天；地下储气库储气量创历史新高。国家发展改革委将会同有关部门加强监测调度，指导各地落实保供责任，优先保障居民生活和供暖用能，确保人民群众温暖过冬。"""

HX2 = """新华社济南11月21日电（记者 邵鑫）记者从山东省人力资源和社会保障厅获悉，今年1—10月，山东城镇新增就业112.6万人，完成全年目标的102%。山东持续实施“创业齐鲁·乐业山东”行动，发放创业担保贷款186亿元，扶持创业9.2万人，带动就业26万人。"""

HX3 = """新华社深圳11月24日电（记者 孙飞）深圳河套深港科技创新合作区深圳园区24日发布数据显示，园区已集聚科研项目超过200个，其中香港高校和科研机构参与的项目占比超过四成。深港两地正加快推进科研资金跨境使用、科研设备通关便利化等改革，打造粤港澳大湾区国际科技创新中心重要承载区。"""

HR1 = """【#冬季这些病高发# 这份健康提示请收好】1.流感：接种疫苗，勤洗手，人群密集场所戴口罩；2.心脑血管疾病：注意保暖，避免情绪激动，按时服药；3.诺如病毒：不吃生冷食物，饭前便后洗手；4.一氧化碳中毒：取暖时保持通风。转给家人，健康过冬！"""

HR2 = """【评论：给户外劳动者更多温暖】寒潮来袭，外卖骑手、快递员、环卫工人依然奔波在街头巷尾。一杯热水、一处歇脚点、一份暖心保障，都是城市对他们的善意。让户外劳动者“冬有暖阳”，既要靠爱心驿站，更要靠权益保障制度落实到位。"""

HM1 = """冬季家庭消防安全指南，这些隐患一定要排查！

冬季天干物燥，用火用电用气增多，是火灾多发季节。据统计，冬季家庭火灾约占全年的四成。应急管理部消防救援局提醒，要重点排查以下隐患：

一、电气火灾隐患
1.不要在插线板上连接多个大功率电器；
2.电暖器、电热毯使用时要远离可燃物，人离开时及时断电；
3.不要私拉乱接电线，发现线路老化及时更换。

二、电动自行车火灾隐患
1.不要将电动自行车停放在楼道、安全出口；
2.不要“飞线”充电，不要入户充电；
3.不要私自改装电池，充电时间不宜过长。

三、燃气火灾隐患
1.定期检查燃气管道、胶管，发现老化及时更换；
2.使用燃气时不要离人，用完后关闭阀门；
3.闻到燃气异味，不要开关电器，立即开窗通风并到室外拨打报警电话。

四、火灾发生后怎么办？
1.小火快灭，可用灭火器、湿毛巾等扑救初起火灾；
2.大火快跑，用湿毛巾捂住口鼻，弯腰低姿沿疏散通道撤离，不要乘坐电梯；
3.无法撤离时，关紧房门，用湿毛巾堵住门缝，到窗口呼救。

发现火情，请立即拨打119报警。"""

HM2 = """应急管理部部署做好2027年元旦春节期间烟花爆竹安全工作

应急管理部近日召开视频会议，部署2027年元旦春节期间烟花爆竹安全工作。会议要求，各地要严格烟花爆竹生产、经营安全许可，严禁违规生产、超范围经营；加强对零售网点的安全检查，严禁在居民楼内存储烟花爆竹；严厉打击非法生产经营烟花爆竹行为，坚决防范重特大事故发生。"""

HP1 = """【警惕“AI换脸”诈骗！】骗子利用AI技术伪造亲友的视频和声音，以“出车祸”“急需借钱”等理由诱骗转账。公安部刑侦局提醒：涉及转账时，一定要通过电话、当面等多种方式核实对方身份；不要轻易在网上透露个人照片、声音等信息；发现被骗请立即拨打110。"""

HP2 = """【年底“退税”诈骗又来了！】骗子冒充税务工作人员，发送“个税退税”短信，诱导点击链接填写银行卡号和验证码。请记住：个税退税只能通过“个人所得税”APP办理，税务部门不会通过短信发送退税链接！"""

HC1 = """【大雾黄色预警继续】中央气象台11月26日06时继续发布大雾黄色预警：预计26日早晨至上午，河北南部、山东西部、河南北部、江苏北部、安徽北部等地有大雾，其中山东西部、河南北部部分地区有能见度低于200米的强浓雾，局地不足50米。请注意交通安全。"""

POSTS = [
    P("gov_wx", HG1, key="hg1", note="source document: 中国政府网 (elderly-care measures)"),
    P("gov_wx", HG2, key="hg2", note="source document: 中国政府网 (State Council executive meeting)"),
    P("gov_wx", HG3, key="hg3", note="source document: 中国政府网 (winter-holiday safety notice)"),
    P("xh_wx", HX1, key="hx1", note="source document: 新华社 wire"),
    P("xh_wx", HX2, key="hx2", note="source document: 新华社 wire"),
    P("xh_wx", HX3, key="hx3", note="source document: 新华社 wire"),
    P("rmrb_wb", HR1, key="hr1", note="source document: 人民日报 Weibo"),
    P("rmrb_wb", HR2, key="hr2", note="source document: 人民日报 Weibo"),
    P("mem_wx", HM1, key="hm1", note="source document: 应急管理部 (中国应急管理)"),
    P("mem_wx", HM2, key="hm2", note="source document: 应急管理部 (中国应急管理)"),
    P("mps_wb", HP1, key="hp1", note="source document: 公安部刑侦局"),
    P("mps_wb", HP2, key="hp2", note="source document: 公安部刑侦局"),
    P("cma_wb", HC1, key="hc1", note="source document: 中国气象局"),

    # ---------------------------------------------------------- copies without a source
    P("zs_wx", HG1 + "\n\n文/陈晓\n责编：黄敏", U, copy="hg1",
      note="long State Council article pasted; '文/陈晓' and 责编 do not name the source"),
    P("ly_wb", "【岁末年初民生保障工作部署】" + HG2.split("\n\n", 1)[1].split("\n\n会议强调")[0],
      U, copy="hg2", note="first paragraphs of the 中国政府网 article pasted into a Weibo post"),
    P("qy_jy", "寒假安全 | " + HG3 + "\n\n监制：刘强\n点击左下角“阅读原文”了解更多",
      U, copy="hg3", note="whole ministry notice pasted; 监制 / 阅读原文 are not a source"),
    P("yt_wb", "【今冬明春能源保供总体有保障】" + HX1.split("）", 1)[1],
      U, orig=True, copy="hx1", note="新华社 wire without its dateline, posted as own Weibo post (platform: not a retweet)"),
    P("bz_rs", "全省就业形势稳中向好\n\n" + HX2.split("）", 1)[1] + "\n\n（完）",
      U, copy="hx2", note="新华社 wire, dateline cut off; '（完）' is no attribution"),
    P("sz_wb", HX3.split("）", 1)[1], U, orig=True, copy="hx3",
      note="新华社 wire about the account's own city, dateline removed, presented as original"),
    P("dz_wj", "冬季健康提示\n\n" + HR1.split("】", 1)[1] + "\n\n文字：李静",
      U, copy="hr1", note="人民日报 Weibo text pasted into a WeChat article; 文字 credit is not a source"),
    P("zq_rs", "【关爱户外劳动者】" + HR2.split("】", 1)[1], U, copy="hr2",
      note="人民日报 commentary pasted without attribution"),
    P("dy_ga", "#冬季防火# " + HM1, U, copy="hm1", note="ministry guide pasted as a long Weibo post"),
    P("wf_12345", HM1.replace("应急管理部消防救援局提醒", "热线提醒"), U, copy="hm1",
      note="ministry guide pasted with the ministry's name swapped for the hotline's: the original is disguised"),
    P("ta_scjg", HM2 + "\n\n我局将加强烟花爆竹零售网点检查。", U, copy="hm2",
      note="ministry news pasted with one local sentence added"),
    P("sd_ga", HP1, U, orig=None, copy="hp1", note="公安部刑侦局 post pasted as the province's own"),
    P("qd_jj", "防骗提醒：" + HP1.split("】", 1)[1].replace("公安部刑侦局提醒", "交警提醒"), U, copy="hp1",
      note="pasted with the issuer's name replaced"),
    P("jy_sw", "注意！" + HP2.split("】", 1)[1], U, copy="hp2", note="pasted without source"),
    P("mm_wb", HC1.split("】", 1)[1], U, copy="hc1", note="中国气象局 text pasted without attribution"),

    P("gz_scjg", "规范养老服务预付费 | " + HG1.split("五、推动养老服务消费\n", 1)[1].split("\n\n六、")[0]
      + "\n\n我局提醒：老年人办理养老机构会员卡要谨慎，警惕高额预付。", U, copy="hg1",
      note="one paragraph of the State Council article pasted inside a local tip, no source"),
    P("zq_rs", "【保障农民工按时拿到工资】" + HG2.split("会议强调，", 1)[1].split("要保障好")[0],
      U, copy="hg2", note="sentence from the 中国政府网 article pasted without source"),
    P("wf_12345", "12345提醒：" + HP2.split("】", 1)[1], U, copy="hp2", note="公安部刑侦局 text pasted"),
    P("mm_wb", """【全国铁路元旦假期运输方案公布】元旦假期，全国铁路预计发送旅客5200万人次，计划加开旅客列车1200列。12月18日起可购买元旦假期车票。""",
      U, orig=False, note="platform-flagged repost (is_original false), no source"),

    # ---------------------------------------------------------- copies that name their source (hard negatives)
    P("dz_wj", HG1 + "\n\n本文转自：中国政府网", hn=U, copy="hg1", note="long copy that names the source (本文转自)"),
    P("zz_wx", HG2 + "\n\n来源丨中国政府网", hn=U, copy="hg2", note="来源丨 (with the 丨 separator)"),
    P("sd_rs", HX2, hn=U, copy="hx2", note="keeps the 新华社济南 dateline"),
    P("mm_wb", HR2 + "（来自人民日报客户端）", hn=U, copy="hr2", note="来自人民日报客户端 names the source"),
    P("st_ga", HM1 + "\n\n（本文来源于：中国应急管理）", hn=U, copy="hm1", note="本文来源于 names the source"),
    P("sd_ga", "//@中国应急管理: " + HM2, hn=U, orig=False, src="中国应急管理", copy="hm2",
      note="platform repost with source set"),
    P("st_ga", "转发微博 //@公安部刑侦局:" + HP1, hn=U, orig=False, src="公安部刑侦局", copy="hp1",
      note="Weibo retweet with source"),
    P("gd_qx", "据中央气象台消息，" + HC1.split("中央气象台", 1)[1].split("：", 1)[1], hn=U, copy="hc1",
      note="attribution sentence 据中央气象台消息"),
    P("jnn_wl", "转载自@人民日报 " + HR1, hn=U, copy="hr1", note="转载自 names the source"),

    # ---------------------------------------------------------- other unsourced reposts (no original in the file)
    P("zz_wx", """本网讯 11月20日，枣庄至菏泽高铁枣庄段主体工程建设取得新进展，全线首座特大桥——微山湖特大桥完成全部桩基施工。项目建成后，枣庄至菏泽最快1小时可达。

据介绍，枣菏高铁全长约190公里，设计时速350公里，是山东省“四横六纵”高铁网的重要组成部分。

项目全线计划于2028年建成通车，届时将结束部分县区不通高铁的历史。""",
      U, note="'本网讯' item from a news website pasted without naming the website"),
    P("dz_wj", """国家卫生健康委关于开展2026年“冬季送健康”活动的通知

各省、自治区、直辖市卫生健康委：

为做好今冬明春群众健康服务工作，我委决定于2026年12月至2027年2月开展“冬季送健康”活动。各地要组织医疗队深入基层，开展义诊巡诊、健康宣教、慢病随访等服务，重点关注农村留守老人、儿童和困难群众。

各地要结合实际制定具体实施方案，加强组织保障，确保活动取得实效，并于2027年3月底前将活动开展情况报我委。""",
      U, note="national commission notice (我委) posted by a city bureau without source"),
    P("sd_rs", """人力资源社会保障部关于做好2027年春节前农民工工资支付工作的通知

各省、自治区、直辖市人力资源社会保障厅（局）：

为确保农民工按时足额拿到工资，我部决定自即日起至2027年春节前，组织开展农民工工资支付专项检查。各地要畅通投诉举报渠道，对拖欠农民工工资问题实行“接诉即办”。

对恶意欠薪涉嫌犯罪的，要及时移送公安机关；对拖欠农民工工资失信主体，依法实施联合惩戒。各地要于2027年2月底前将专项检查情况报送我部。""",
      U, note="ministry notice (我部) reposted by the provincial department with no source"),
    P("mz_ny", """广东省人民政府办公厅关于做好今冬明春农业防寒防冻工作的通知

各地级以上市人民政府，省政府各部门、各直属机构：

近期，我省将受强冷空气影响，粤北地区可能出现霜冻、冰冻天气。为切实做好农业防寒防冻工作，经省人民政府同意，现就有关事项通知如下：
一、加强监测预警，及时发布低温霜冻预警信息；
二、做好设施农业防寒保温，加固大棚；
三、做好畜禽水产防寒，确保安全越冬；
四、做好灾后恢复生产准备。

广东省人民政府办公厅
2026年11月23日""",
      U, note="provincial notice pasted by a city bureau without 来源"),
    P("yt_wb", """【海关总署公告】为便利进出境旅客通关，自2027年1月1日起，全国所有开放口岸对旅客携带进境的个人自用物品，实行“无申报通道”电子化通关。旅客无需填写申报单，可直接通过“海关旅客指尖服务”小程序办理。""",
      U, orig=False, note="platform-flagged repost of a national announcement, no source field or attribution"),
    P("qd_jj_wb", """我支队决定，自12月1日起，对城区主要道路实施冬季夜间交通秩序专项整治，重点查处酒驾醉驾、超速、闯红灯等违法行为。请广大驾驶人自觉遵守交通法规。

济南市公安局交通警察支队""",
      U, note="another city's traffic-police notice (signed 济南…支队) pasted by 青岛交警 without source"),
    P("ly_wb", """（记者 王涛）记者从市交通运输局获悉，临沂北站至临沂机场快速通道工程已完成主线铺设，预计年底前建成通车。""",
      U, note="a reporter's item from an unnamed outlet pasted as own post"),
    P("gz_scjg", """总局部署开展2026年冬季食品安全专项检查

近日，总局印发通知，要求各地市场监管部门在元旦、春节前后组织开展食品安全专项检查，重点检查肉类、乳制品、酒类、年货食品等，严厉打击制售假冒伪劣食品行为。

通知要求，各地要加强对农村集贸市场、城乡结合部等重点区域的检查，督促食品经营者落实进货查验和索证索票制度。

我局将结合广州实际，对全市农贸市场、大型商超、餐饮单位开展拉网式检查。检查结果将及时向社会公布。""",
      U, note="市场监管总局 item in its own voice (总局印发) pasted without source"),
    P("jy_sw", """编者按：年底了，个税年度汇算的问题多了起来。以下问答请收好。

问：哪些人需要办理2026年度个税汇算？
答：已预缴税额大于年度应纳税额且申请退税的，或者综合所得收入全年超过12万元且需要补税金额超过400元的，需要办理汇算。

问：什么时候办？
答：2027年3月1日至6月30日。

问：在哪里办？
答：纳税人可通过“个人所得税”APP自行办理，也可以委托扣缴义务人或其他单位及个人办理。""",
      U, orig=False, note="platform-flagged repost with 编者按 but no source"),
    P("qy_jy", """广东省教育厅关于做好2027年寒假期间中小学安全工作的通知

各地级以上市教育局：

寒假即将来临，为确保学生度过一个安全、健康、愉快的假期，现就有关事项通知如下：一、认真开展假前安全教育；二、严格落实假期值班制度；三、加强校园安全检查；四、做好开学准备工作。

各地教育行政部门要加强对学校寒假安全工作的督促检查，发现问题及时整改。寒假期间发生重大安全事故的，要按规定及时报告。""",
      U, orig=False, note="platform-flagged repost of the provincial education department notice, no source"),
    P("jnn_wl", """【全国文旅市场持续火热】文化和旅游部数据中心测算，今年前三季度，国内出游人次46.8亿，同比增长8.3%；国内游客出游总花费4.6万亿元，同比增长10.2%。冰雪旅游、研学旅游成为新热点。""",
      U, orig=False, note="platform-flagged repost, no source field, no attribution beyond the data provider"),
    P("rz_ny", """原标题：冬小麦越冬期管理技术意见

当前，我省冬小麦陆续进入越冬期。为确保小麦安全越冬，提出以下技术意见：一是适时浇好越冬水；二是做好镇压划锄；三是严禁麦田放牧；四是加强病虫害监测。

各地要组织农技人员深入田间地头，加强分类指导，及时发布苗情、墒情信息。

对于晚播弱苗，要适当覆盖保温；对于冬前旺长麦田，要采取镇压措施控旺转壮。""",
      U, note="'原标题' alone, without naming the publisher, is not a source"),
    P("gd_qx", """【全国冬季天气趋势】预计今年12月，全国大部地区气温接近常年同期到偏高，北方地区降水偏少，南方地区降水偏多。冷空气活动频繁，将有3～4次冷空气过程影响我国。""",
      U, orig=False, note="platform-flagged repost without source"),
    P("st_ga", """自2027年1月1日起，全国推行出入境证件“全国通办”新措施，内地居民可在全国任一出入境管理窗口申请办理普通护照、往来港澳通行证。""",
      U, orig=False,
      note="platform-flagged repost (is_original false, source empty) of a national announcement, no attribution"),

    # ---------------------------------------------------------- originals / sourced look-alikes (hard negatives)
    P("bz_rs", """滨州市2026年下半年市直事业单位公开招聘笔试成绩公布

滨州市2026年下半年市直事业单位公开招聘笔试成绩现已公布，考生可登录滨州人事考试网查询。进入资格审查范围的人员，请于12月3日至4日到指定地点进行资格审查。

作者：滨州市人事考试中心
点击阅读原文查看成绩""",
      hn=U, orig=None, note="own unit's announcement; 作者 and 阅读原文 present but the post is original"),
    P("qd_jj", """青岛市公安局交通警察支队关于冬季恶劣天气交通管理措施的通告

为保障冬季道路交通安全，我支队决定：遇雨雪冰冻、大雾等恶劣天气，视情对胶州湾隧道、跨海大桥等路段采取限速、间断放行或临时封闭措施。请广大驾驶人关注“青岛交警”发布的实时信息。

青岛市公安局交通警察支队
2026年11月25日""",
      hn=U, orig=None, note="own notice of the account's unit (signed by itself), originality unknown"),
    P("gz_scjg", """综合自：人民日报、新华社

市场监管总局近日公布第二批民生领域“铁拳”行动典型案例，涉及食品、药品、教育培训等领域。我局将持续加大执法力度，维护消费者合法权益。

今年以来，我局共查办民生领域案件860宗，罚没款2300余万元。

消费者发现违法线索，可通过全国12315平台或拨打12315热线举报。""",
      hn=U, note="综合自 names the sources"),
    P("dz_wj", """信息来源：德州市疾病预防控制中心

近期，我市已进入流感流行季，各医疗机构发热门诊就诊人数有所上升。市疾控中心提醒，市民要做好个人防护，重点人群尽早接种流感疫苗。

流感典型症状为发热、头痛、肌肉酸痛、乏力等，出现症状要及时就医，不要带病上班上学。

市疾控中心提醒，学校、托幼机构要落实晨午检制度，发现流感样病例增多时及时报告。

目前，全市各接种门诊流感疫苗供应充足，市民可就近预约接种。""",
      hn=U, note="信息来源 names the source"),
    P("zj_wl", """湛江特呈岛的日落，被誉为“湛江最美的黄昏”。冬季前往，游客少、天空通透，是拍照的好时节。#湛江 #特呈岛""",
      hn=U, orig=None, note="original caption; unknown originality flag alone does not make it a repost"),
]
