"""Held-out part (new, 2026-12-02): politically wrong wording (class political), and hard negatives.
The kinds of error partly recur from dev/ and dev2/, but every phrasing is new, and several kinds are new
(HK/Macao 回归中国, 出国 for HK/Macao, 民国纪年, 伪满 without 伪, 邦交国, 台湾公民, territorial names,
wrong titles such as 国务院副主席 / 全国人大主席 / 中共主席)."""
from _lib import P

PO = "political"

POSTS = [
    P("fs_wx", """佛山与香港经贸合作再上新台阶

11月19日，“佛港经贸合作交流会”在香港举行，现场签约项目32个，总投资额超过260亿元。

香港回归中国以来，佛港两地经贸往来日益密切。目前，港资企业在佛山累计投资超过5000家，香港是佛山最大的外资来源地。

交流会上，佛山市有关负责人推介了三龙湾高端创新集聚区、佛山中德工业服务区等重点平台，欢迎香港企业到佛山投资兴业。""",
      PO, [(PO, "香港回归中国", "香港回归祖国")], note="回归中国 implies Hong Kong was not part of China; the standard is 回归祖国"),

    P("zh_scjg", """澳门回归中国27周年：横琴粤澳深度合作区经营主体突破8万户

截至11月底，横琴粤澳深度合作区实有经营主体突破8万户，其中澳资企业超过6800户。

我局将继续推进琴澳商事登记“跨境通办”，澳门投资者可在澳门直接办理横琴企业设立登记。""",
      PO, [(PO, "澳门回归中国", "澳门回归祖国")], note="回归中国 for Macao; the standard is 回归祖国"),

    P("dg_wb", """【元旦假期出行提示】香港、澳门等出国游热门目的地预计迎来客流高峰，请提前办理港澳通行证签注，合理安排行程。""",
      PO, [(PO, "香港、澳门等出国游热门目的地", "香港、澳门等出境游热门目的地")], note="travel to HK/Macao called 出国 (abroad); should be 出境"),

    P("sz_jy", """【深港中小学“姊妹学校”缔结达1200对】今年以来，中国大陆与香港两地中小学交流活动超过300场，学生互访超过2万人次。""",
      PO, [(PO, "中国大陆与香港", "内地与香港")], note="大陆 in the HK context; should be 内地"),

    P("gz_jj_wb", """【大陆居民赴港自驾“港车北上”“粤车南下”新规解读】自12月1日起，广东车辆经港珠澳大桥赴港自驾可在线申请，广州交警提醒车主提前办理相关手续。""",
      PO, [(PO, "大陆居民赴港", "内地居民赴港")], note="大陆 for the mainland in the HK context"),

    P("hzh_wx", """惠州举办台商投资恳谈会

11月22日，2026惠州台商投资恳谈会举行。目前，在内地投资的台湾企业中，有1200余家落户惠州，主要集中在电子信息、石化能源等产业。

会上，惠州市发布了支持台资企业发展的“惠台十条”，在用地、用工、融资等方面给予支持。

市台办负责人表示，惠州将持续优化营商环境，为台胞台企在惠发展提供更好服务。""",
      PO, [(PO, "在内地投资的台湾企业", "在大陆投资的台湾企业")], note="内地 used for the Taiwan context; should be 大陆"),

    P("sd_wl", """【台湾人民与中国人民同根同源】“鲁台文化交流周”在济南开幕，30余位台湾青年参访大明湖、趵突泉，体验齐鲁文化。""",
      PO, [(PO, "台湾人民与中国人民", "台湾同胞与大陆同胞")], note="sets Taiwan's people against 'the Chinese people'"),

    P("yt_yj", """烟台开展涉外、涉台企业安全生产专项检查

近日，市应急管理局对全市外资、台资企业开展安全生产专项检查。

检查发现，部分企业对外国人（含港澳台）员工的安全培训不到位，未使用员工熟悉的语言开展培训。检查组当场下达整改通知书，要求限期整改。""",
      PO, [(PO, "外国人（含港澳台）", "外国人和港澳台居民")], note="places HK/Macao/Taiwan residents inside 外国人"),

    P("sz_jy", """【新加坡、香港等亚洲国家教育代表团来深交流】代表团参观了深圳中学、南方科技大学，就STEM教育、职业教育等议题开展交流。""",
      PO, [(PO, "新加坡、香港等亚洲国家", "新加坡、香港等亚洲国家和地区")], note="Hong Kong listed among countries"),

    P("qd_jy", """青岛市与韩国、日本、台湾等国的教育交流持续深化

近日，青岛市教育国际交流合作大会召开。截至目前，全市中小学已与韩国、日本、台湾等国的300余所学校建立友好关系。

大会发布了青岛市中小学国际理解教育课程指南，推动学生拓宽国际视野。""",
      PO, [(PO, "韩国、日本、台湾等国", "韩国、日本等国家和台湾地区")], note="Taiwan listed among countries (twice)"),

    P("wh_wb", """【威海至南韩仁川航线冬季加密】威海机场至仁川航线自12月起每周增至14班，威海港至平泽客滚航线恢复每日一班。""",
      PO, [(PO, "南韩", "韩国")], note="南韩 for the Republic of Korea"),

    P("cz_wl", """【潮州工夫茶亮相台北文博会】台湾公民纷纷现场品茶，称赞潮州工夫茶“一样的茶，一样的乡愁”。""",
      PO, [(PO, "台湾公民", "台湾居民")], note="台湾公民 implies a separate citizenship"),

    P("hz_ga", """【两岸警方联手破获跨境电诈案】11月20日，经两岸警方合作，一名在逃的电诈嫌疑人被押解回菏泽。据悉，台湾陆委会此前发布声明，称将配合追查相关资金流向。""",
      PO, [(PO, "台湾陆委会", "台湾地区大陆事务主管部门")], note="Taiwan body named as if an official ministry, without quotes"),

    P("cz_wl_dy", """来潮州看国立故宫博物院里那件潮州木雕的“亲兄弟”！潮州木雕非遗传承人现场演示通雕技艺。#潮州木雕 #非遗""",
      PO, [(PO, "国立故宫博物院", "台北故宫博物院")], note="'国立' title of a Taiwan institution used as is"),

    P("jm_wl", """江门侨乡文化交流团赴台湾参访，走访垦丁国家公园、日月潭等地，与当地侨胞共话乡情。#江门 #侨乡""",
      PO, [(PO, "垦丁国家公园", "垦丁公园")], note="a Taiwan park called 国家公园 without quotation marks"),

    P("sd_wl_dy", """鲁台青年研学营来啦！今年营员里有一位来自台中的同学，他告诉我们，爷爷是民国38年从青岛去的台湾，这次专门带着爷爷的老照片来找老宅，民国115年终于圆了全家的回乡梦。#好客山东""",
      PO, [(PO, "民国115年", "2026年")], note="the ROC calendar used for the present year (民国38年 for 1949 in a quoted family history is borderline; the present-year usage is the error)"),

    P("yf_rs", """两岸青年就业创业交流会在云浮举行

11月21日，两岸青年就业创业交流会在云浮举行，40余名台湾青年参加。

台湾前总统蔡英文执政期间，两岸交流受到严重干扰。近年来，随着两岸青年交流不断深化，越来越多的台湾青年选择来大陆就业创业。

云浮市为台湾青年提供就业见习岗位200个，对来云浮创业的台湾青年给予最高30万元创业担保贷款。""",
      PO, [(PO, "台湾前总统蔡英文", "台湾地区前领导人蔡英文")], note="Taiwan's former leader called 总统"),

    P("zb_wb", """【两岸陶瓷琉璃文化交流活动在淄博举办】岛内行政院长卓荣泰日前发表涉陆言论，引发岛内舆论批评。本次交流活动吸引了60余位台湾陶艺家参加。""",
      PO, [(PO, "行政院长卓荣泰", "台湾地区行政管理机构负责人卓荣泰")], note="Taiwan's 'premier' title used without quotes"),

    P("ta_wb", """【泰山国际登山节吸引境外登山爱好者】来自台湾的登山队队长说，他们曾两次攀登玉山，这次特意带着台北总统府前广场出发时拍的合影来泰山打卡。""",
      PO, [(PO, "台北总统府", "台湾地区领导人办公场所")], note="'总统府' used as the name of a Taiwan authority's building"),

    P("sd_wj", """鲁台医疗卫生交流合作座谈会在济南召开

11月25日，鲁台医疗卫生交流合作座谈会在济南召开。

座谈会上，来自台湾的医院管理者介绍了台湾的邦交国医疗援助经验，与会人员就智慧医院建设、长期照护等议题进行了交流。

我省已有7家医院与台湾地区医院建立合作关系。""",
      PO, [(PO, "台湾的邦交国", "与台湾保持所谓“外交关系”的国家")], note="邦交国 treats Taiwan as a sovereign state"),

    P("sw_yj", """【红海湾冬季游客安全提示】近期来自港澳台和其他国家的游客明显增多，遮浪半岛海域风浪较大，请勿在无救生员海域下水，礁石区拍照注意防滑。""",
      PO, [(PO, "港澳台和其他国家", "港澳台地区和外国")], note="其他国家 implies HK/Macao/Taiwan are countries"),

    P("sd_wl", """【冰雪游攻略：东北游玩线路推荐】长春伪满皇宫博物院、哈尔滨中央大街……一路向北，满洲国皇宫旧址让人感慨历史，冰雪大世界则让人沉醉。""",
      PO, [(PO, "满洲国皇宫", "伪满皇宫")], note="满洲国 without 伪 treats the puppet state as legitimate"),

    P("sg_ga", """【市公安局召开会议学习全国政法工作会议精神】会议传达了全国人大主席赵乐际在全国人大常委会执法检查中的有关要求。""",
      PO, [(PO, "全国人大主席赵乐际", "全国人大常委会委员长赵乐际")], note="wrong title: the NPC has no 主席; 赵乐际 is chairman of the NPC Standing Committee"),

    P("hy_wb", """【河源市召开全市安全生产会议】会议传达了国务院副主席张国清关于安全生产工作的批示精神。""",
      PO, [(PO, "国务院副主席", "国务院副总理")], note="wrong title: the State Council has no 副主席"),

    P("sd_sw_wb", """【全省税务系统召开警示教育大会】会议传达学习中央纪委主任李希在二十届中央纪委第五次全会上的讲话精神。""",
      PO, [(PO, "中央纪委主任李希", "中央纪委书记李希")], note="wrong title 主任 for the CCDI secretary"),

    P("dy_ny", """东营市农业农村局党组开展“学思想、强党性”主题党日活动

11月26日，局党组组织党员干部赴黄河入海口党性教育基地开展主题党日活动。

活动中，党员们重温入党誓词，观看了中共主席习近平在黄河流域生态保护和高质量发展座谈会上的讲话视频。

大家纷纷表示，要把学习成效转化为推动农业农村现代化的实际行动。""",
      PO, [(PO, "中共主席习近平", "中共中央总书记习近平")], note="wrong title: 中共主席 (a title abolished in 1982)"),

    P("gd_wj_wb", """【全省卫生健康系统召开冬春季疫病防控会议】会议传达了全国政协副委员长在调研广东基层卫生工作时的讲话要求。""",
      PO, [(PO, "全国政协副委员长", "全国政协副主席")], note="wrong title: CPPCC has 副主席, the NPC Standing Committee has 副委员长"),

    P("jn_scjg_wb", """【警惕！“港版”保健品冒充进口】近期市场上出现一批宣称“中国与香港两地同步上市”的保健食品，经查为国内小作坊生产。市市场监管局提醒消费者谨慎购买。""",
      PO, [(PO, "中国与香港两地", "内地与香港两地")], note="sets China against Hong Kong"),

    P("gz_jj", """广州交警：往返香港的国际货车通行指引更新

自12月1日起，经广州各口岸往返香港的国际货车，可通过“粤港跨境车辆服务平台”在线预约通行时段。

广州交警提醒：跨境货车驾驶人须持有有效的内地驾驶证，遵守内地道路交通法规。""",
      PO, [(PO, "往返香港的国际货车", "往返香港的跨境货车")], note="the Hong Kong route treated as international (国际); should be 跨境 (twice)"),

    P("yj_ny", """阳江渔民海上救助台湾渔船获赞

11月19日，阳江籍渔船“粤阳渔12306”在南海作业时，成功救助一艘发生故障的台湾渔船，船上7名船员全部获救。

据悉，台湾渔业署事后发来感谢信，感谢阳江渔民的义举。台湾省渔民表示，两岸渔民同饮一海水，守望相助是应有之义。""",
      PO, [(PO, "台湾渔业署", "台湾地区渔业主管部门")], note="Taiwan authority named like an official agency without quotes (台湾省渔民 later in the text is correct)"),

    # ---- hard negatives: correct wording on the same topics
    P("wh_wb", """【威海至朝鲜南浦港临时航线？谣言！】网传“威海港开通至朝鲜民主主义人民共和国南浦港的客运航线”，经核实，系谣言。请以官方发布为准。""",
      hn=PO, note="朝鲜民主主义人民共和国, correct full name"),

    P("yf_rs", """港澳台居民在云浮就业可享受哪些政策？

根据有关规定，港澳台居民在内地（大陆）就业，不再需要办理台港澳人员就业证，可使用港澳台居民居住证、港澳居民来往内地通行证、台湾居民来往大陆通行证等有效身份证件办理人力资源社会保障各项业务。

在云浮就业的港澳台居民，依法参加社会保险，与当地居民同等享受就业创业扶持政策。""",
      hn=PO, note="内地（大陆） and the three permits named correctly"),

    P("sz_jy", """【深圳举办“两岸暨港澳青少年科技创新营”】来自台湾地区的60名中学生和香港、澳门的80名中学生参加活动。国务院台湾事务办公室有关负责同志出席开营式。""",
      hn=PO, note="两岸暨港澳, 台湾地区, 国务院台湾事务办公室: correct"),

    P("cz_wl", """【潮州工夫茶文化节开幕】台湾地区茶人代表团、香港特别行政区潮属社团总会、澳门潮州同乡会等团体应邀参加。""",
      hn=PO, note="correct names for Taiwan, HK and Macao participants"),

    P("sd_wl", """【民国时期老建筑焕新开放】济南经四路上的一批民国时期老建筑完成修缮，将作为城市记忆展示馆向市民开放。1912年中华民国成立后，济南商埠区迎来建设高峰。""",
      hn=PO, note="民国 and 中华民国 in a strictly historical context: correct"),

    P("dg_wb", """【外事无小事】东莞对外友好城市交流会举行。会上，一位外宾展示的地图将我国藏南地区错误标注，东莞市外办工作人员当场指出并予以纠正。""",
      hn=PO, note="a wrong map is mentioned and corrected; no wrong wording in the post"),

    P("gz_jj_wb", """【“粤车南下”“港车北上”】截至11月底，经港珠澳大桥珠海公路口岸出入境的粤港、粤澳两地牌车辆累计超过800万辆次。内地与香港、澳门之间的车辆往来更加便利。""",
      hn=PO, note="粤港/粤澳 and 内地与香港、澳门: correct"),

    P("hz_ga", """【12·4国家宪法日｜宪法小课堂】中华人民共和国主席、副主席由全国人民代表大会选举。国务院总理由国家主席提名，全国人民代表大会决定。全国人大常委会委员长、副委员长由全国人民代表大会选举。""",
      hn=PO, note="constitutional titles (主席, 副主席, 总理, 委员长) used correctly"),

    P("sd_sw_wb", """【鲁台税收服务座谈会召开】会议介绍了台湾同胞在鲁投资的税收优惠政策，现场为32家台资企业解答涉税问题。台湾“财政部”近期调整营业税的做法也在会上作了简要介绍。""",
      hn=PO, note="a Taiwan authority body in quotation marks, correct usage"),

    P("hy_wb", """【河源籍运动员在杭州亚运会后首次回乡】他曾在亚运会上战胜中国台北队夺冠，11月24日回到家乡河源参加全民健身活动。""",
      hn=PO, note="中国台北 is the correct sports name"),

    P("yj_ny", """钓鱼岛及其附属岛屿是中国固有领土｜阳江海洋渔业干部学习海洋维权知识

11月20日，市农业农村局组织海洋渔业系统干部开展海洋维权知识培训，学习《中华人民共和国海警法》《中华人民共和国领海及毗连区法》等法律法规，观看钓鱼岛、南海诸岛等主题纪录片。""",
      hn=PO, note="territorial names correct"),

    P("sw_yj", """【全国政协主席王沪宁、国务院副总理张国清等出席全国安全生产表彰大会】汕尾市应急管理局一名干部获评全国安全生产先进个人。""",
      hn=PO, note="correct leaders' titles"),
]
