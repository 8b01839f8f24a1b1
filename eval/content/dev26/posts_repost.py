"""Twenty-second held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev25/)."""
from _lib import P

U = "unsourced_repost"
PO = "political"
HN = "unsourced_repost"

G1 = """国务院办公厅印发《关于推进县域商业体系提质升级的实施意见》

《意见》提出，到2028年，基本实现县有综合商贸服务中心、乡镇有商贸中心、村有便民商店，农村寄递物流网点覆盖率进一步提高，推动农产品上行和工业品下行双向畅通。"""

G2 = """国务院常务会议研究部署冬春季农村供水保障工作

会议指出，农村供水关系亿万农民群众切身利益。要加快推进规模化供水工程建设和小型工程标准化改造，做好管网防冻和应急水源储备，确保农村群众冬春季喝上放心水。"""

X1 = """新华社南宁11月18日电（记者 桂声 邕江）记者从广西壮族自治区商务厅获悉，今年前10个月，广西对东盟进出口总值同比增长一成以上，东盟继续保持广西第一大贸易伙伴地位，西部陆海新通道班列开行量再创新高。"""

X2 = """新华社北京11月20日电 记者从国家铁路局获悉，今年以来全国铁路完成固定资产投资保持高位，一批中西部铁路项目建成投运，县域铁路覆盖率进一步提高。"""

R1 = """人民日报评论：让“小切口”服务托起“大民生”

一碗热乎的社区助餐、一个就近的充电桩、一条畅通的回家路，看似小事，却关系群众的获得感。

办好民生实事，既要尽力而为、量力而行，也要把群众满意度作为检验工作的标尺。"""

R2 = """个人养老金年度缴存即将截止，这些问题请了解

1. 个人养老金每年缴费上限为12000元；
2. 缴存金额可按规定享受个人所得税优惠；
3. 可通过商业银行App开户和缴存；
4. 谨防以“高收益养老理财”为名的诈骗。"""

C1 = """【#强冷空气来袭#】中央气象台预计，11月24日至26日，江南、华南地区将先后出现6至10℃降温，华南北部部分地区最低气温降至5℃以下。请注意防寒保暖，农业生产做好防冻措施。"""

C2 = """【#警惕冒充客服退款诈骗#】近期，有不法分子冒充电商客服，以“商品质量问题退款”为由，诱导受害人开通“备用金”并转账。正规退款原路退回，不会要求另行操作！"""

N1 = """冬季预防诺如病毒感染，请记住这几点

1. 勤洗手，使用肥皂和流动水；
2. 生蚝等贝类海产品要彻底煮熟；
3. 患者呕吐物要及时用含氯消毒剂处理；
4. 出现呕吐、腹泻症状应居家休息，避免带病上学上班。"""

N2 = """冬季老年人跌倒预防提示

1. 居家地面保持干燥，卫生间加装扶手；
2. 起床、转身动作要慢；
3. 雨雪天气尽量减少外出；
4. 穿防滑鞋，必要时使用助行器。
跌倒后不要急于起身，先判断有无受伤。"""

M1 = """冬季用气安全提示

1. 使用燃气时保持通风，人走火灭；
2. 定期检查燃气软管是否老化、松动；
3. 闻到燃气味，立即关闭阀门、开窗通风，不要开关电器；
4. 到室外安全地点拨打燃气抢修电话或119。"""

M2 = """森林防火“十不准”（节选）

1. 不准在林区野外吸烟；
2. 不准在林区烧荒、烧纸、燃放孔明灯；
3. 不准携带火种进入林区；
4. 不准在林区野炊、烤火。
发现火情请立即拨打12119。"""

PS1 = """【#刑侦局提醒#】“刷单返利”是电信网络诈骗中最常见的类型之一。凡是要求先垫资、再返利的“兼职刷单”都是诈骗！切勿轻信，如遇可疑情况请拨打96110咨询。"""

CM1 = """【#今冬气候趋势预测#】国家气候中心预计，今冬（2026年12月至2027年2月）我国大部地区气温接近常年同期到偏高，但冷空气活动阶段性特征明显，南方地区需防范低温雨雪冰冻天气。"""

POSTS = [
    # source documents (unregistered accounts)
    P("gov_wx", G1, key="g1", note="source document"),
    P("gov_wx", G2, key="g2", note="source document"),
    P("xh_wb", X1, key="x1", note="source document"),
    P("xh_wb", X2, key="x2", note="source document"),
    P("rmrb_wx", R1, key="r1", note="source document"),
    P("rmrb_wx", R2, key="r2", note="source document"),
    P("cctv_wb", C1, key="c1", note="source document"),
    P("cctv_wb", C2, key="c2", note="source document"),
    P("nhc_wx", N1, key="n1", note="source document"),
    P("nhc_wx", N2, key="n2", note="source document"),
    P("mem_wx", M1, key="m1", note="source document"),
    P("mem_wx", M2, key="m2", note="source document"),
    P("mps_wb", PS1, key="ps1", note="source document"),
    P("cma_wb", CM1, key="cm1", note="source document"),

    # unsourced copies of source documents
    P("gx_sc", G1, U, copy="g1", note="copy of a State Council document without attribution"),
    P("yl_ny", G2, U, copy="g2", orig=True, note="copy without attribution, marked original"),
    P("nn_xw", X1, U, copy="x1", note="copy of a Xinhua wire without attribution"),
    P("bh_rs", R2, U, copy="r2", note="copy of a People's Daily post without attribution"),
    P("bs_qx", C1, U, copy="c1", note="copy of a CCTV post without attribution"),
    P("nn_ga_wb", C2, U, copy="c2", note="copy of a CCTV post without attribution"),
    P("wz_wj", N1, U, copy="n1", note="copy of an NHC post without attribution"),
    P("gx_wj", N2, U, copy="n2", orig=True, note="copy without attribution, marked original"),
    P("gl_yj", M1, U, copy="m1", note="copy of an MEM post without attribution"),
    P("hc_lc", M2, U, copy="m2", note="copy of an MEM post without attribution"),
    P("wz_ga", PS1, U, copy="ps1", note="copy of an MPS post without attribution"),
    P("gx_yj", "今冬气候趋势：" + CM1, U, copy="cm1", note="copy of a CMA post without attribution"),

    # sourced copies (clean hard negatives)
    P("qz_sc", G1 + "\n\n来源：中国政府网", copy="g1", hn=HN, orig=False, note="copy naming its source"),
    P("lz_xw", X1 + "\n（来源：新华社）", copy="x1", hn=HN, note="copy naming its source"),
    P("gx_jy", R1 + "\n\n本文来源：人民日报", copy="r1", hn=HN, orig=False, note="copy naming its source"),
    P("gx_ga", "转发@央视新闻：" + C2, copy="c2", hn=HN, note="copy naming its source"),
    P("wz_wj", N2 + "\n\n来源：健康中国（国家卫生健康委员会官方公众号）", copy="n2", hn=HN, orig=False,
      note="copy naming its source"),
    P("gx_yj", "转自中国应急管理：" + M1, copy="m1", hn=HN, note="copy naming its source"),
    P("nn_ga_wb", "转发@公安部刑侦局：" + PS1, copy="ps1", hn=HN, note="copy naming its source"),
    P("bs_qx", CM1 + "（来源：中国气象局）", copy="cm1", hn=HN, note="copy naming its source"),

    # other attributed reposts (clean hard negatives)
    P("gx_wl_wb", "【据广西日报报道】今年以来广西接待游客人次和旅游消费同比双增长，冰雪之外的“温暖冬游”成为热门选择。",
      hn=HN, note="attributed report"),
    P("gx_sc", "国家市场监督管理总局发布2026年第4批产品质量国家监督抽查结果（详见总局官网），我区抽查企业全部合格。",
      hn=HN, note="attributed notice"),
    P("lz_st", "据生态环境部通报，10月全国地级及以上城市空气质量优良天数比例同比上升。柳州市空气质量排名位居全区前列。",
      hn=HN, note="attributed report"),
    P("hz_jy", "转载自教育部官网：2027年全国硕士研究生招生考试将于12月下旬举行，考生可于考前10天登录研招网下载准考证。",
      hn=HN, note="attributed repost"),
    P("gx_wj", "（来源：国家疾控局）近期我国流感活动进入季节性上升期，请重点人群尽早接种流感疫苗。",
      hn=HN, note="attributed repost"),

    # other unsourced reposts: pasted wires, datelines, pasted documents
    P("lz_xw_dy", "新华社北京11月23日电 记者从交通运输部获悉，今年以来全国农村公路新改建里程超过10万公里，农村客运服务持续改善。",
      U, note="wire text pasted without attribution"),
    P("gx_ga_dy", "中新网11月21日电 据公安部消息，全国公安机关持续开展冬季治安打击整治行动，破获一批刑事案件。",
      U, note="wire text pasted without attribution"),
    P("hz_jy", "本报讯 教育部日前印发通知，要求各地做好中小学生寒假安全教育工作，严防溺水、交通、消防等安全事故。",
      U, note="newspaper text pasted without attribution"),
    P("gx_yj", "记者从应急管理部获悉，11月以来全国共发生较大以上生产安全事故同比下降，各地要持续抓好岁末年初安全防范。",
      U, note="reporter text pasted without attribution"),
    P("bh_rs", "近日，人力资源社会保障部、财政部联合印发通知，明确2027年城乡居民基础养老金最低标准再提高。（记者 王芳）",
      U, note="pasted news with a foreign reporter byline"),
    P("wz_ga", "【转】一位老民警的心里话：做警察三十年，最怕的不是危险，而是深夜接到家人的电话……（全文见图）",
      U, note="pasted text marked only 转"),
    P("gl_wl", "央广网桂林11月19日消息 桂林市推出冬季文旅惠民措施，部分A级景区对全国游客门票减半。",
      U, note="wire text pasted without attribution"),
    P("qz_sc", "据报道，市场监管总局近日发布《网络交易平台规则监督管理办法》，自2027年3月1日起施行。",
      U, note="'according to reports' without a source"),
    P("cz_wl", "网传一组左江风光照，一起来欣赏（图片来自网络，侵删）",
      U, note="content taken from the internet without source"),
    P("yl_ny", "人民网北京11月20日电 农业农村部消息，全国冬小麦播种基本结束，苗情总体好于常年。",
      U, note="wire text pasted without attribution"),
    P("nn_xw", "光明日报记者 张莉 报道：全国首个跨境数据服务中心在南宁启用，服务东盟企业数据合规。",
      U, note="pasted news with another outlet's byline"),
    P("hc_lc", "国家林草局日前发布消息，全国完成国土绿化面积超过1亿亩。（转自网络）",
      U, note="'from the internet'"),
    P("wz_wj", "以下内容转自朋友圈：冬季喝姜汤能预防感冒，每天一碗效果最好……",
      U, note="repost from friends' circle without source"),
    P("gx_jy", "教育部发布2027年普通高校招生工作规定（全文如下）\n第一条 为做好2027年普通高等学校招生工作……第二条 高校招生工作贯彻……",
      U, note="pasted document without source link"),
    P("bh_wl", "央视记者 李明 报道：北海涠洲岛海域再次发现布氏鲸群，专家称这里是全球少有的近岸观鲸点。",
      U, note="pasted news with another outlet's byline"),
    P("lz_st", "生态环境部新闻发言人日前表示，今冬明春将加强重点区域大气污染防治（来源见水印）。",
      U, note="source only in an image watermark"),
    P("nn_ga", "一段来自网络的视频：暴雨中，民警背起老人过马路。转给大家看看，正能量！",
      U, note="video from the internet without source"),
    P("gx_wj", "据悉，国家卫健委将在全国推广“一码通”就医服务，群众看病将更加便捷。",
      U, note="'it is learned' without a source"),
    P("gl_yj", "中国新闻网消息：11月以来，全国共发生森林火灾数量同比减少，防火形势总体平稳。",
      U, note="wire text pasted without attribution"),
    P("lz_xw", "澎湃新闻记者 陈晨 ：柳州新能源汽车产量年内突破80万辆，占全国比重持续提升。",
      U, note="pasted news with another outlet's byline"),
    P("hz_jy", "转自某公众号：寒假前最后一个月，这份学习计划表请收好（见下图）。",
      U, note="reposted from an unnamed account"),
    P("gx_sc", "中国消费者报讯 市场监管总局近日召开全国电动自行车质量安全工作推进会。",
      U, note="pasted news without link or attribution"),
    P("bs_qx", "今日气象新闻：受冷空气影响，华南多地气温将创入冬以来新低（以上内容转自气象部门）。",
      U, note="vague 'from the meteorological department'"),
    # unsourced repost + political (two classes)
    P("gx_wl_wb", "央视网消息：中越德天—板约瀑布跨境旅游合作区试运营一周年，越南首都胡志明市旅行社组团踊跃。",
      (U, PO), [(PO, "越南首都胡志明市", "越南首都河内")], note="pasted wire without attribution; wrong capital"),
]
