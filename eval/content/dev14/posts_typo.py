"""Tenth held-out part: wrong characters in formal terms, slogans, institution and law names and in names
beside a title (class typo), and hard negatives. Error forms are new (none is a span of dev/ ... dev13/)."""
from _lib import P

T = "typo"

POSTS = [
    P("jx_jy", """全省大中小学思政课一体化建设现场推进会在井冈山召开

11月20日，全省大中小学思政课一体化建设现场推进会在井冈山召开。会议强调，要用好红色资源这本“活教材”，把井岗山精神、苏区精神、长征精神融入思政课堂，引导青少年听党话、跟党走。与会代表现场观摩了茨坪小学、井冈山中学的思政示范课。""",
      T, spans=[(T, "井岗山精神", "井冈山精神")], note="冈 written 岗 (same sound, near shape)"),
    P("nc_ga", """【致敬！】八一广场今天举行升旗仪式，南昌公安特警支队全体民警在南昌起意纪念塔前重温入警誓词，传承红色基因，忠诚守护英雄城。""",
      T, spans=[(T, "南昌起意纪念塔", "南昌起义纪念塔")], note="义 typed as 意 (pinyin yi)"),
    P("jj_yj", """婆阳湖枯水期安全提示

入冬以来，婆阳湖水位持续走低，部分湖床裸露，前往湖区观鸟、捕捞、拍照的群众增多。应急部门提醒：湖底淤泥深浅难测，切勿徒步深入湖床；乘船须穿戴救生衣，不乘坐“三无”船只。""",
      T, spans=[(T, "婆阳湖", "鄱阳湖")], note="鄱 typed as 婆 (same pinyin po)"),
    P("fz_jy", """抚州市中小学“红色研学”首站走进方志敏纪念馆

11月18日，我市首批“红色研学”中小学生走进弋阳县方志民烈士纪念馆，聆听《可爱的中国》背后的故事。同学们表示，要学习先烈的革命精神，努力学习、报效祖国。""",
      T, spans=[(T, "方志民烈士", "方志敏烈士")], note="敏 typed as 民 (pinyin min) in a martyr's name; the title of the memorial hall is right elsewhere"),
    P("jx_sc", """【全国市场监管系统食品安全工作会议召开】11月24日，全国市场监管系统食品安全工作会议召开。市场监管总局局长罗雯出席会议并讲话，要求聚焦校园食品、网络订餐、农村集体聚餐等重点领域，守牢食品安全底线。""",
      T, spans=[(T, "罗雯", "罗文")], note="the minister's name beside his title, 文 typed as 雯"),
    P("ja_ny", """全国冬春农业生产工作会议召开

11月21日，全国冬春农业生产工作会议召开，农业农村部部长韩骏出席会议并讲话。会议要求，抓好冬小麦、油菜田间管理，落实防灾减灾措施，为明年粮食和重要农产品稳产保供打下基础。吉安市农业农村局组织各县（市、区）农业农村部门在分会场收听收看。""",
      T, spans=[(T, "韩骏", "韩俊")], note="the minister's name beside his title, 俊 typed as 骏"),
    P("jj_yj", """全国冬春水利工作视频会议召开

水利部部长李国瑛在会上要求，抓紧开展水毁工程修复，加快推进重大水利工程建设，做好冬春农田水利和农村供水保障。九江市应急管理局、水利局在分会场参会。""",
      T, spans=[(T, "李国瑛", "李国英")], note="the minister's name beside his title, 英 typed as 瑛"),
    P("yc_rs", """全国就业创业工作推进会召开

人力资源社会保障部部长王小萍出席会议并讲话。会议要求，全力促进高校毕业生等青年群体就业，做好农民工返乡返岗服务，持续开展根治欠薪冬季专项行动。""",
      T, spans=[(T, "王小萍", "王晓萍")], note="the minister's name beside her title, 晓 typed as 小"),
    P("jx_wl", """全国文化和旅游厅局长座谈会上，文化和旅游部部长孙叶礼为冬季文旅消费划重点：丰富冰雪、温泉、民俗等冬季产品，做好春节假日游客服务。江西文旅请你来过冬～ #冬游江西#""",
      T, spans=[(T, "孙叶礼", "孙业礼")], note="the minister's name beside his title, 业 typed as 叶"),
    P("jx_ga", """【最高法发布涉民生领域犯罪典型案例】最高人民法院院长张君日前在专题会议上强调，要依法从严惩治养老诈骗、食品药品安全等犯罪，切实维护人民群众合法权益。""",
      T, spans=[(T, "院长张君", "院长张军")], note="the chief justice's name beside his title, 军 typed as 君"),
    P("nc_ga", """最高人民检察院检察长应永在全国检察机关电信网络诈骗犯罪治理工作会议上要求，坚持打早打小，依法从严惩治“卡农”“跑分”等帮信犯罪。南昌公安将持续保持高压严打态势。""",
      T, spans=[(T, "检察长应永", "检察长应勇")], note="the procurator-general's name beside his title, 勇 typed as 永"),
    P("sr_xw", """【全国宣传部长会议召开】中央政治局委员、中宣部部长李书垒出席会议并讲话。会议强调，要深入学习宣传贯彻党的二十届四中全会精神，奋力开创宣传思想文化工作新局面。""",
      T, spans=[(T, "李书垒", "李书磊")], note="the Politburo member's name beside his title, 磊 written 垒 (sound and shape)"),
    P("ja_xw", """全国人大常委会副委员长李鸿中一行来吉安调研，先后考察了井冈山红色教育培训基地、吉州区“一老一小”服务中心。""",
      T, spans=[(T, "李鸿中", "李鸿忠")], note="the vice-chairman's name beside his title, 忠 typed as 中"),
    P("jx_wj", """民政部部长陆志原来赣调研养老服务

11月19日，民政部部长陆志原在南昌调研社区嵌入式养老服务和老年助餐工作，实地察看了东湖区社区养老服务综合体和青山湖区长者食堂。""",
      T, spans=[(T, "陆志原", "陆治原")], note="the minister's name beside his title, 治 typed as 志"),
    P("sr_xw", """【上饶：守好绿水清山 做好生态文章】今年以来，上饶持续推进信江流域综合治理，市控以上断面水质优良比例保持100%，三清山、婺源等地生态产品价值实现机制试点取得新进展。""",
      T, spans=[(T, "绿水清山", "绿水青山")], note="青 typed as 清 (same sound)"),
    P("xy_sc", """【新余市市场监管局召开全面从严治党工作会议】会议强调，作风建设永远再路上，要驰而不息纠治“四风”，持续整治群众身边的不正之风和腐败问题。""",
      T, spans=[(T, "作风建设永远再路上", "作风建设永远在路上")], note="在 typed as 再 (sound)"),
    P("yt_xw", """鹰潭市召开民生实事项目推进会，要求坚持以人民未中心，把2027年民生实事项目征集工作做深做细，让群众“点单”、政府“接单”。""",
      T, spans=[(T, "以人民未中心", "以人民为中心")], note="为 typed as 未 (pinyin wei)"),
    P("gz_ga_wb", """【赣州公安召开“枫桥式公安派出所”创建推进会】会议要求全市民警始终坚持全新全意为人民服务的根本宗旨，把矛盾纠纷化解在基层。""",
      T, spans=[(T, "全新全意为人民服务", "全心全意为人民服务")], note="心 typed as 新 (pinyin xin)"),
    P("ja_xw", """吉安市推进城乡社区治理“微网格”建设，打造共建共治共亨的基层治理格局。目前，全市已划分微网格1.8万个，配备微网格员2.1万名。""",
      T, spans=[(T, "共建共治共亨", "共建共治共享")], note="享 written 亨 (shape)"),
    P("jj_yj", """九江市安委会召开岁末年初安全生产工作会议

会议强调，要坚持安全第一、预防为住、综合治理，紧盯危化品、燃气、交通运输等重点领域，坚决防范遏制重特大事故发生。""",
      T, spans=[(T, "预防为住", "预防为主")], note="主 typed as 住 (pinyin zhu)"),
    P("jx_yj_wb", """【牢固树立安全发展理念】生命重于秦山。全省应急管理系统要把岁末年初安全防范工作抓细抓实，坚决守住不发生重特大事故的底线。""",
      T, spans=[(T, "生命重于秦山", "生命重于泰山")], note="泰 written 秦 (shape)"),
    P("px_qx", """萍乡市气象局召开气象防灾减灾工作会议，传达学习江西省人民攻府关于做好今冬明春防灾减灾工作的部署要求。""",
      T, spans=[(T, "江西省人民攻府", "江西省人民政府")], note="政 written 攻 (shape, same radical)"),
    P("fz_jy", """抚州市妇女儿童工作会议召开

会议传达学习了全国妇连第十三届执委会第四次会议精神，部署推进家庭教育指导服务进社区、进学校工作。""",
      T, spans=[(T, "全国妇连", "全国妇联")], note="联 typed as 连 (pinyin lian)"),
    P("xy_sc", """【知识产权宣传周】国家知识产全局近日公布第四批国家知识产权强市建设试点城市名单。新余市市场监管局将持续加强商标、专利和地理标志保护。""",
      T, spans=[(T, "国家知识产全局", "国家知识产权局")], note="权 typed as 全 (pinyin quan)"),
    P("jx_wl", """婺源获评国家林业和早原局公布的“中国森林旅游节”推荐目的地🌲冬天的婺源也很美，晨雾、古村、红枫，等你来打卡！#冬游江西#""",
      T, spans=[(T, "国家林业和早原局", "国家林业和草原局")], note="草 written 早 (shape)"),
    P("ja_ny", """吉安市召开耕地保护工作会议，传达自然资原部关于耕地保护督察发现问题整改的通知精神，要求坚决遏制耕地“非农化”、防止“非粮化”。""",
      T, spans=[(T, "自然资原部", "自然资源部")], note="源 written 原 (dropped radical)"),
    P("gz_wl", """于都长征出发地，每一寸土地都写满故事。在这里传承红色基困，听一堂行走的思政课🚩 #赣州文旅# #红色旅游#""",
      T, spans=[(T, "传承红色基困", "传承红色基因")], note="因 written 困 (shape)"),
    P("yc_rs", """宜春市人社局召开整治形势主义为基层减负专题会议，要求精简文件会议，规范督查检查考核，让基层干部把更多精力用在服务群众上。""",
      T, spans=[(T, "整治形势主义", "整治形式主义")], note="式 typed as 势 (pinyin shi)"),
    P("sr_sc", """上饶市市场监管局“双随即、一公开”抽查工作启动

根据年度抽查计划，我局将于12月对全市食品生产企业、电梯使用单位开展“双随即、一公开”联合抽查，抽查结果将通过国家企业信用信息公示系统向社会公示。""",
      T, spans=[(T, "双随即、一公开", "双随机、一公开")], note="机 typed as 即 (pinyin ji), twice"),
    P("jj_yj", """九江市全面推行河湖长治工作推进会召开

会议要求，各级河湖长要加强冬季巡河巡湖，重点整治长江九江段岸线违法占用、非法采砂等问题。""",
      T, spans=[(T, "河湖长治", "河湖长制")], note="制 typed as 治 (same sound)"),
    P("ja_ny", """吉安市印发《关于建设宜居宜叶和美乡村的实施方案》，提出到2027年底全市80%以上行政村达到“美丽宜居村庄”标准。""",
      T, spans=[(T, "宜居宜叶和美乡村", "宜居宜业和美乡村")], note="业 typed as 叶 (pinyin ye)"),
    P("jj_wj", """九江市推进紧密型县域医供体建设

截至目前，全市已组建县域医共体12个，实现县域全覆盖。通过“县管乡用”“乡聘村用”，推动优质医疗资源下沉。下一步，我市将以紧密型县域医供体为抓手，让群众在家门口看好病。""",
      T, spans=[(T, "紧密型县域医供体", "紧密型县域医共体")], note="共 typed as 供 (pinyin gong), twice; the short form 医共体 is right once"),
    P("nc_ga_dy", """民警提醒：年底电信网洛诈骗高发，冒充客服、刷单返利、虚假投资要当心！接到陌生来电谈到转账，一律挂断！#反诈#""",
      T, spans=[(T, "电信网洛诈骗", "电信网络诈骗")], note="络 typed as 洛 (pinyin luo)"),
    P("jx_yj", """国家防汛抗旱总指辉部办公室部署冬春抗旱工作

近日，国家防汛抗旱总指辉部办公室召开会商会，分析研判长江中下游冬春旱情形势。我厅按照要求，部署鄱阳湖区、赣江下游等地做好抗旱保供水准备。""",
      T, spans=[(T, "国家防汛抗旱总指辉部", "国家防汛抗旱总指挥部")], note="挥 written 辉 (shape and sound), twice"),

    # ---- hard negatives: look like slips but are right
    P("ja_ny", """井冈蜜柚冬季清园技术要点

1. 剪除病虫枝、枯枝，集中带出园外处理；2. 全园喷施一次石硫合剂，减少越冬病虫基数；3. 树盘覆草保温保湿。井冈山、泰和、万安等地果农请抓住晴好天气及时开展清园。""",
      hn=T, note="井冈 (the 冈 form) is right in 井冈蜜柚 and 井冈山"),
    P("sr_xw", """【铅山县连四纸制作技艺亮相非遗博览会】铅（yán）山连四纸以竹为原料，经72道工序手工制成，被誉为“纸中精品”。弋阳腔、婺源三雕等项目同步展出。""",
      hn=T, note="铅山 (read yán), 弋阳 and 婺源 are rare place-name characters, all correct"),
    P("jx_jy", """更正说明

本号11月20日推送的《全省大中小学思政课一体化建设推进会召开》一文中，“茨坪”误写为“茨平”，现已更正。特此说明，并向读者致歉。""",
      hn=T, note="an erratum quoting the slip it corrects; the post itself is right"),
    P("jj_yj", """鄱阳湖星子站水位跌破8米，进入极枯水位

据水文部门监测，11月22日8时鄱阳湖星子站水位7.96米。应急部门提醒湖区群众注意安全，各地要做好冬春抗旱和饮水保障。""",
      hn=T, note="鄱阳湖 and 星子 spelled right; low-frequency characters"),
    P("jx_wj", """截至11月底，全省已为65岁及以上老年人免费接种流感疫苗86万剂次。接种点查询截止时间为12月31日，群众可通过“赣服通”查询就近接种点。""",
      hn=T, note="截至 (up to) and 截止 (deadline) both used correctly"),
    P("ja_xw", """吉安农民画家韩骏峰的作品《秋收》在全国农民画展中获金奖。这位吉水县的农民画家，农闲时坚持创作20多年。""",
      hn=T, note="an invented private person whose name resembles a minister's, with no title; not a slip"),
    P("jj_wj", """九江市推进“医防融合”

我市在全部乡镇卫生院设立慢病管理中心，推行“医防融合”服务模式，让高血压、糖尿病患者在家门口就能得到规范管理。""",
      hn=T, note="医防融合 is the right form; the phrase looks unusual"),
    P("gz_wl", """赣州客家围屋有多少种？“口字围”“国字围”“回字围”……龙南关西新围、燕翼围，每座都是活的建筑史📖 #赣州文旅#""",
      hn=T, note="围屋 names are written right, including 燕翼围"),
    P("jx_ga", """【南昌八一起义纪念馆周一闭馆提示】八一南昌起义纪念馆每周一闭馆（法定节假日除外），请参观群众合理安排行程。""",
      hn=T, note="both 八一起义 and 八一南昌起义 are right forms"),
    P("yc_rs", """宜春市2026年度“赣鄱英才555工程”人选申报启动，申报截止时间为12月15日。""",
      hn=T, note="赣鄱 (the province's literary name) is right; it looks like a slip for 鄱阳"),
    P("fz_jy", """临川区推进“五育并举”，全区中小学每天开展一小时校园体育活动，每周开设劳动教育课，做到德智体美劳全面发展。""",
      hn=T, note="五育并举 right"),
    P("xy_sc", """【仙女湖区开展计量器具专项检查】检查组对农贸市场在用电子秤进行检定，共检定电子秤326台，合格率99.1%。""",
      hn=T, note="仙女湖 is the real name of a district; looks playful but correct"),
    P("px_qx", """【芦溪县今晨出现雾凇】受冷空气影响，今晨芦溪县武功山海拔1600米以上出现雾凇景观。气象部门提醒，山区道路有结冰可能，请注意出行安全。""",
      hn=T, note="芦溪 is a real county of the city (芦 right here, unlike 庐山)"),
]
