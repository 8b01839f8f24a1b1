"""Fifth held-out part: wrong characters in formal terms, names and titles (class typo), and hard negatives
that use correct forms which look like slips (rare place names, correct numbering, 筑牢 outside the fixed
phrase, 法制 where it is right)."""
from _lib import P

T = "typo"

POSTS = [
    # --- leaders' names and titles ---
    P("gd_mz", "11月18日，全省民政系统召开专题会议，传达学习中共中央总书记、国家主席、中央军委主席习近苹在中央民族工作会议上的"
      "重要讲话精神，研究部署我省贯彻落实工作。", cls=T, spans=[(T, "习近苹", "习近平")],
      note="the General Secretary's name with 平 replaced by a homophone (苹)"),
    P("sd_ty", "【学习时刻】11月20日，厅党组理论学习中心组集体学习以习近平同志为核心的党中夬关于退役军人工作的重要论述。"
      "厅党组书记主持并讲话。", cls=T, spans=[(T, "党中夬", "党中央")],
      note="央 written as the look-alike 夬 in 党中央"),
    P("hz_ga", "【学习】市公安局党委召开扩大会议，传达学习国务院总理李羌在全国安全生产电视电话会议上的讲话精神，"
      "部署岁末年初道路交通、消防等领域安全防范工作。", cls=T, spans=[(T, "李羌", "李强")],
      note="Premier Li Qiang's given name as 羌 (same sound)"),
    P("sd_sf", "全国人大常委会委员长赵乐季在宪法宣传周启动仪式上强调，要深入开展宪法宣传教育，推动宪法全面实施。"
      "全省司法行政系统将于12月1日至7日组织开展系列宣传活动。", cls=T, spans=[(T, "赵乐季", "赵乐际")],
      note="Zhao Leji's name with 际 replaced by the homophone 季; title correct"),
    P("gz_jy", "全国政协主席王虎宁日前在教育界别委员座谈会上指出，要办好人民满意的教育。我局将认真学习领会，"
      "结合广州实际抓好落实。", cls=T, spans=[(T, "王虎宁", "王沪宁")],
      note="Wang Huning's name with 沪 written as 虎 (sound, tone slip)"),
    P("wf_jy", "国务院副总理丁薜祥近日在调研职业教育工作时强调，要深化产教融合、校企合作。潍坊市将以国家职业教育创新发展"
      "示范区建设为抓手，推动职业教育高质量发展。", cls=T, spans=[(T, "丁薜祥", "丁薛祥")],
      note="薛 written as the look-alike 薜 in Ding Xuexiang's name"),
    P("yt_sc", "中央书记处书记、中央办公厅主任蔡其同志的讲话对基层减负提出明确要求。我局将持续精简会议文件，"
      "把更多精力用在服务市场主体上。", cls=T, spans=[(T, "蔡其", "蔡奇")],
      note="Cai Qi's name as 蔡其 (sound)"),
    P("lc_ga", "中央纪委书记李晞在全国纪检监察机关会议上强调，要驰而不息纠治“四风”。市公安局召开警示教育大会，"
      "通报典型案例，以案为鉴、以案促改。", cls=T, spans=[(T, "李晞", "李希")],
      note="Li Xi's name as 李晞 (same sound, wrong character)"),
    P("sd_sc", "国务院副总理何立风在全国市场监管工作座谈会上强调，要持续优化营商环境，激发经营主体活力。", cls=T,
      spans=[(T, "何立风", "何立峰")], note="He Lifeng's name with 峰 as the homophone 风"),
    P("mm_wj", "国务院副总理刘国众在国家卫生健康委调研时强调，要加强基层医疗卫生服务体系建设。茂名市将持续推进紧密型县域"
      "医共体建设。", cls=T, spans=[(T, "刘国众", "刘国中")], note="Liu Guozhong's name as 刘国众 (sound)"),
    P("jn_ga", "国务委员、公安部部长王小鸿强调，要坚持和发展新时代“枫桥经验”，全力维护社会大局稳定。济宁公安持续深化"
      "“公安+N”矛盾纠纷多元化解工作。", cls=T, spans=[(T, "王小鸿", "王小洪")],
      note="Wang Xiaohong's name as 王小鸿 (homophone); 枫桥经验 is correct"),
    P("gd_sf", "国务院副总理张国情近日主持召开会议，研究部署今冬明春安全生产工作。全省司法行政系统同步部署监狱、戒毒场所"
      "安全稳定工作。", cls=T, spans=[(T, "张国情", "张国清")], note="Zhang Guoqing's name as 张国情 (sound)"),
    P("sz_wj", "全国政协副主席谌贻芹在深圳调研妇女儿童健康服务工作时，对我市妇幼保健工作给予肯定。", cls=T,
      spans=[(T, "谌贻芹", "谌贻琴")], note="Shen Yiqin's name with 琴 as 芹 (sound)"),
    P("gd_mz", "国家副主席韩证出席全国“最美家庭”揭晓活动并讲话。我厅将把家庭家教家风建设融入婚姻登记服务。", cls=T,
      spans=[(T, "韩证", "韩正")], note="Vice-President Han Zheng's name as 韩证 (sound); title correct"),
    # --- party and state formal terms ---
    P("dz_jy", "全市教育系统深入学习贯彻党的二十届思中全会精神，各县（市、区）教育和体育局、市直学校主要负责同志参加"
      "专题培训。", cls=T, spans=[(T, "二十届思中全会", "二十届四中全会")],
      note="四 written as 思 (same sound) in the plenum's name"),
    P("bz_wj", "市卫生健康委党组理论学习中心组专题学习“中国特色杜会主义”理论体系，并围绕卫生健康事业高质量发展开展"
      "交流研讨。", cls=T, spans=[(T, "中国特色杜会主义", "中国特色社会主义")],
      note="社 written as the look-alike 杜"),
    P("wf_jy", "各中小学要把培育和践行社会主义核心价值现融入教育教学全过程，开展好“开学第一课”“升旗仪式”等主题活动。",
      cls=T, spans=[(T, "社会主义核心价值现", "社会主义核心价值观")], note="观 written as the look-alike 现"),
    P("gd_sf", "全省司法行政系统深入学习宣传贯彻习近平法制思想，推动法治广东建设迈上新台阶。", cls=T,
      spans=[(T, "习近平法制思想", "习近平法治思想")],
      note="治 written as 制 (same sound) in the name of the thought; a common, much-criticised slip"),
    P("sd_ty", "我厅召开专题会议，学习贯彻习近平生态文明思享，部署推进退役军人服务中心（站）节能降耗工作。", cls=T,
      spans=[(T, "习近平生态文明思享", "习近平生态文明思想")], note="想 written as 享 (sound)"),
    P("gd_mz", "各地要以铸牢中华民族共同体意识为主线，推进民族团结进步创建。\n此前，省民政厅组织各地开展“筑牢中华民族共同体"
      "意识”主题宣传。", cls=T, spans=[(T, "筑牢中华民族共同体", "铸牢中华民族共同体")],
      note="the fixed formulation is 铸牢; 筑牢 (sound) in the second sentence is the error; the first is correct"),
    P("zs_sc", "市市场监管局深入开展“高校办成一件事”改革，企业开办、变更、注销实现一网通办。", cls=T,
      spans=[(T, "高校办成一件事", "高效办成一件事")], note="高效 typed as 高校 (pinyin slip gaoxiao)"),
    P("lc_ga_dy", "坚持和发展新时代“风桥经验”，社区民警化身“老娘舅”，一年调解邻里纠纷300余起。", cls=T,
      spans=[(T, "风桥经验", "枫桥经验")], note="枫 written as 风 (sound) in 枫桥经验"),
    P("sd_sc", "全省市场监管系统开展“中央八项归定精神”落实情况专项检查，坚决纠治形式主义、官僚主义。", cls=T,
      spans=[(T, "中央八项归定精神", "中央八项规定精神")], note="规 written as 归 (sound)"),
    P("mm_wj", "推进健康乡村建设，助力乡村赈兴。今年以来，全市新建村卫生站标准化改造86间。", cls=T,
      spans=[(T, "乡村赈兴", "乡村振兴")], note="振 written as 赈 (same sound, disaster-relief character)"),
    P("sz_wj_wb", "【党建】市卫生健康委召开全面从言治党工作会议，对2027年党风廉政建设工作作出部署。", cls=T,
      spans=[(T, "全面从言治党", "全面从严治党")], note="严 written as 言 (sound)"),
    P("hz_ga_dy", "中华民族伟大复星，需要每一名人民警察的忠诚守护！惠州公安向全市公安民辅警致敬。", cls=T,
      spans=[(T, "中华民族伟大复星", "中华民族伟大复兴")], note="兴 written as 星 (sound, a company name)"),
    P("gz_jy_wb", "#学习贯彻全会精神# 市教育局召开专题宣讲会，深入学习“十五五”规划建意，谋划教育强市建设。", cls=T,
      spans=[(T, "规划建意", "规划建议")], note="议 written as 意 (sound) in the title of the planning proposals"),
    P("yt_sc_wb", "依据《中华人民共和国反不正当竟争法》，市市场监管局对一起仿冒知名商品包装案作出行政处罚。", cls=T,
      spans=[(T, "反不正当竟争法", "反不正当竞争法")], note="竞 written as the look-alike 竟 in the law's name"),
    P("sw_sc", "【普法】《中华人民共和国消费者权义保护法》规定，经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求"
      "增加赔偿其受到的损失。", cls=T, spans=[(T, "消费者权义保护法", "消费者权益保护法")], note="益 written as 义 (sound)"),
    P("sd_sf", "《中华人民共和国法律缓助法》实施以来，我省法律援助受援人数逐年增长。", cls=T,
      spans=[(T, "法律缓助法", "法律援助法")], note="援 written as the look-alike 缓"),
    P("jy_ga", "依据《中华人民共和国反有阻织犯罪法》，揭阳警方依法打掉一个“套路贷”犯罪团伙。", cls=T,
      spans=[(T, "反有阻织犯罪法", "反有组织犯罪法")], note="组 written as 阻 (sound)"),
    P("gd_mz", "省民政厅会同省财政厅调整全省城乡最底生活保障标准，自2027年1月1日起执行。", cls=T,
      spans=[(T, "最底生活保障", "最低生活保障")], note="低 written as 底 (sound and shape)"),
    P("sd_ty", "热烈祝贺我省7个市（县）被命名为全国双佣模范城（县）！", cls=T,
      spans=[(T, "双佣模范城", "双拥模范城")], note="拥 written as 佣 (shape/sound) in the national title"),
    P("dz_jy", "中华人民其和国教育法规定，国家实行教育督导制度和学校及其他教育机构教育评估制度。", cls=T,
      spans=[(T, "中华人民其和国", "中华人民共和国")], note="共 written as the look-alike 其 in the state's name"),
    P("sz_wj", "国家卫生健康委贝会近日印发通知，部署开展冬春季医疗机构安全生产专项检查。我委将对全市医疗机构开展全覆盖检查。",
      cls=T, spans=[(T, "国家卫生健康委贝会", "国家卫生健康委员会")], note="员 written as the look-alike 贝"),
    P("jn_ga", "【普法】依据《中华人民共和国预防未成年人犯最法》，学校发现学生有不良行为的，应当及时告知家长。", cls=T,
      spans=[(T, "预防未成年人犯最法", "预防未成年人犯罪法")], note="罪 written as 最 (sound, pinyin slip)"),

    # --- hard negatives: correct forms that look like slips ---
    P("lc_ga", "【警情通报】11月21日，茌平区公安分局接群众报警，称其在莘县一停车场内被盗电动车一辆。经侦查，民警于当日将"
      "犯罪嫌疑人张某抓获。", hn=T,
      note="茌平 (chí) and 莘县 (shēn) are the correct names of Liaocheng's district and county, though they look like slips"),
    P("wh_wl", "乳山银滩、文登召文台、荣成成山头……冬日的威海，每一处都值得你来。", hn=T,
      note="correct place names; 召文台 and 成山头 are real scenic spots"),
    P("gd_mz", "省民政厅指导各地筑牢兜底保障安全网，确保困难群众安全温暖过冬。", hn=T,
      note="筑牢 is right here: 铸牢 belongs only to 铸牢中华民族共同体意识"),
    P("sd_sf", "山东政法学院举办“中国法制史”专题讲座，省司法厅法治宣传处有关负责同志应邀授课。", hn=T,
      note="中国法制史 is the correct name of the academic discipline; 法制 is right there"),
    P("zq_wl", "端州、鼎湖、高要、四会、广宁、怀集、封开、德庆，肇庆八个县（市、区）冬游线路一次看全！", hn=T,
      note="all eight names of Zhaoqing's county-level divisions, correctly written"),
    P("mz_wl", "蕉岭长潭、平远五指石、大埔西河古镇，梅州的冬天慢慢走。", hn=T,
      note="蕉岭, 平远, 大埔 are correct county names; 五指石 and 西河 are real spots"),
    P("sd_ty", "11月19日，全省退役军人工作会议召开，会议以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和"
      "二十届历次全会精神。", hn=T, note="long formal formulation written correctly, numbering correct"),
    P("sd_sc", "省市场监管局党组会议传达学习党的二十届四中全会、十四届全国人大四次会议和二十届中央纪委五次全会精神。",
      hn=T, note="three numbered meetings, each correctly numbered (Oct 2025, Mar 2026, Jan 2026)"),
    P("bz_wj", "无棣县、沾化区、惠民县3家县级医院通过三级医院评审。", hn=T,
      note="无棣 (dì) is the correct name of a Binzhou county; looks like a slip"),
    P("hz_ga", "博罗、惠东、龙门三地交警联合开展冬季农村道路交通安全整治。", hn=T, note="correct county names"),
    P("mm_wj", "电白区、化州市、信宜市、高州市4家县级人民医院获评“胸痛中心”。", hn=T, note="correct names of Maoming's divisions"),
    P("gz_jy", "番禺区、南沙区、增城区新增公办学位1.2万个。", hn=T,
      note="番禺 (pān yú) is the correct name; the characters look unusual"),
    P("yt_sc", "依据《中华人民共和国广告法》第二十八条，广告以虚假或者引人误解的内容欺骗、误导消费者的，构成虚假广告。",
      hn=T, note="the law's name and article are cited correctly"),
    P("gd_sf", "习近平总书记强调，法治是最好的营商环境。全省司法行政系统持续推进法治化营商环境建设。", hn=T,
      note="correct name and title; a widely quoted formulation"),
]
