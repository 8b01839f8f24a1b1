"""Twenty-ninth held-out part: wrong characters in formal terms, names of places, bodies, documents and leaders'
titles, poems and set phrases (class typo), one typo + political post, and typo hard negatives (correct forms
that look unusual, or legitimate variant spellings)."""
from _lib import P

T = "typo"
HN = "typo"

POSTS = [
    # --- places and scenic spots ---
    P("xz_wl", "冬游西藏第一站推荐羊卓雍措！湖面像一块蓝色的绸缎铺在群山之间，11月下旬起浪卡子县观景台每天9:30开放，停车场已扩容，注意防寒保暖。#冬游西藏#",
      T, [(T, "羊卓雍措", "羊卓雍错")], note="scenic lake name, same sound"),
    P("xz_wl_wb", "【那木错冬季保护性开放公告】为保护湖区生态，11月20日起当雄县湖区实行预约入园，每日限流3000人次，请游客通过官方小程序提前预约，不要驾车驶入湖滨草甸。",
      T, [(T, "那木错", "纳木错")], note="lake name, same sound"),
    P("lz_wl", "站在派镇的观景台，看雅鲁藏部大峡谷入口云雾翻涌，这是冬天才有的景色。想来看的朋友记得带好身份证和边境通行证件，山路弯多，慢慢开。",
      T, [(T, "雅鲁藏部", "雅鲁藏布")], note="river/canyon name, same sound"),
    P("rkz_zf", """日喀则市冬季文化旅游惠民活动启动

11月18日，日喀则市冬季文化旅游惠民活动在扎什轮布寺广场启动。活动期间，全市A级景区对区内外游客实行门票减免，星级酒店和民宿推出冬季优惠房价，市文旅部门将加强市场巡查，严禁“零团费”“强制购物”等违法行为。

据介绍，今冬全市还将举办年楚河冰雪体验、藏戏展演等20余场文旅活动。""",
      T, [(T, "扎什轮布寺", "扎什伦布寺")], note="monastery name, same sound"),
    P("ls_xw", "【市民休闲好去处】罗布琳卡冬季开放时间调整为每天10:00至17:30，园内部分古树名木正在进行越冬养护，请游客不要攀折树枝、投喂鸟类。",
      T, [(T, "罗布琳卡", "罗布林卡")], note="park name, same sound"),
    P("ls_xw_dy", "八阔街的清晨，转经的老人、晒太阳的孩子、刚开门的甜茶馆……这就是拉萨最日常的烟火气。#跟着镜头逛拉萨#",
      T, [(T, "八阔街", "八廓街")], note="street name, same sound"),
    P("lz_wl_wb", "今天林芝天气晴好，在索松村能看到南伽巴瓦峰完整露出峰顶，“羞女峰”难得不害羞啦。观景请在指定平台，不要进入村民的农田。",
      T, [(T, "南伽巴瓦峰", "南迦巴瓦峰")], note="mountain name, similar shape"),
    P("rkz_wl", "珠穆郎玛峰国家级自然保护区冬季管理提示：核心区全年禁止擅自进入，绒布寺以上区域冬季封闭，游客请在规定观景区域活动，切勿私自徒步。",
      T, [(T, "珠穆郎玛峰", "珠穆朗玛峰")], note="mountain name, similar shape"),
    P("ls_xw", "【冬季参观提示】布达拉拉宫冬季实行实名预约参观，每日上午9:00开始放号，参观时间约1小时，请不要在宫内使用闪光灯。",
      T, [(T, "布达拉拉宫", "布达拉宫")], note="palace name, doubled character"),
    # --- formal terms and slogans ---
    P("sn_zf", """山南市召开全市重点工作推进会

11月19日，山南市召开全市重点工作推进会。会议强调，要牢牢把握稳定、发展、生态、强边四件大是，统筹推进冬季安全生产、群众温暖过冬和边境小康村建设，确保各项任务落地见效。""",
      T, [(T, "四件大是", "四件大事")], note="slogan, same sound"),
    P("xz_lc", "筑牢国家生态安全屏障，守护好世界上最后一方净士。今年全区新增造林种草超过百万亩，生态护林员队伍持续扩大，感谢每一位默默坚守的护林员！",
      T, [(T, "最后一方净士", "最后一方净土")], note="slogan, similar shape"),
    P("al_xs", """阿里地区开展“两路”精神宣讲进基层活动

为传承弘扬两路经神，阿里地区宣讲团近日深入普兰、札达、日土等县的乡村和边防一线，通过讲述筑路英雄故事、展示老照片等方式，引导干部群众传承“一不怕苦、二不怕死”的精神。""",
      T, [(T, "两路经神", "两路精神")], note="formal term, pinyin-input word slip"),
    P("xz_ga", "平安是最好的幸福。全区公安机关将持续深化社会面巡逻防控，坚决维护社会大局和谐稳定、长治久按，守护好群众身边的每一份安宁。",
      T, [(T, "长治久按", "长治久安")], note="set formal phrase, same sound"),
    P("rkz_zf", "日喀则市边境乡镇今年新建改建农牧民住房1200余套，落实兴边复民政策，边境群众安居乐业的底气越来越足。",
      T, [(T, "兴边复民", "兴边富民")], note="policy term, same sound"),
    P("sn_zf", """山南市委理论学习中心组开展专题学习

11月21日，山南市委理论学习中心组召开集体学习会，专题学习新时代党的治藏方掠。会议要求，全市各级党组织要把学习成果转化为推动高质量发展、维护团结稳定的实际行动。""",
      T, [(T, "治藏方掠", "治藏方略")], note="formal term, similar shape"),
    P("xz_jy", """全区中小学开展冬季爱国主义主题实践活动

自治区教育厅近日下发通知，要求各地各校结合寒假前时间节点，开展爱国主意教育主题实践活动，组织学生参观红色教育基地、聆听老党员讲故事，引导学生从小树立正确的国家观、民族观、历史观、文化观、宗教观。""",
      T, [(T, "爱国主意教育", "爱国主义教育")], note="formal term, pinyin-input word slip (主义→主意)"),
    P("al_xs", "他们是雪域边境线上的“移动界碑”。今年，全地区湖边员队伍累计巡边10万余公里，为守护祖国边境安宁作出了重要贡献。向每一位护边员致敬！",
      T, [(T, "湖边员", "护边员")], note="formal term, pinyin-input word slip"),
    P("cd_nw", """第十一批援藏干部抵达昌都开展工作

11月17日，第十一批援臧干部人才抵达昌都市，将分赴各县（区）农业农村、教育、卫生等部门开展为期三年的对口支援工作。市农业农村局召开座谈会，向新到任的援藏干部介绍全市农牧业发展情况。""",
      T, [(T, "援臧干部", "援藏干部")], note="formal term, similar shape (title correct, body wrong)"),
    P("xz_jy", "【关注】西藏和平解放放75周年主题征文活动开始报名，全区大中小学生均可参加，作品请于12月20日前经学校统一报送。",
      T, [(T, "和平解放放", "和平解放")], note="formal term, doubled character"),
    # --- bodies, laws and documents ---
    P("xz_lc", "《西藏自治区国家生态文明高地建设条列》实施以来，全区生态保护红线面积占比保持在50%以上，为守护地球第三极提供了坚实法治保障。",
      T, [(T, "生态文明高地建设条列", "生态文明高地建设条例")], note="regulation name, same sound"),
    P("xz_jy", """全区中小学开展国家通用语言文字法宣传周活动

为深入贯彻《中华人民共和国国家通用语言文子法》，全区各地中小学近日开展“推普周”系列活动，通过诵读经典、书写比赛等形式，推动学生规范使用国家通用语言文字。""",
      T, [(T, "国家通用语言文子法", "国家通用语言文字法")], note="law name, same sound (headline correct)"),
    P("sn_zf", """山南市组织开展宗教政策法规宣讲

近日，山南市组织宣讲队深入各县（区）寺庙和村居，宣讲《宗教事物条例》和《西藏自治区实施〈宗教事务条例〉办法》，引导信教群众爱国爱教、遵规守法。""",
      T, [(T, "宗教事物条例", "宗教事务条例")], note="regulation name, same sound (correct in the second title)"),
    P("ls_xw", "【人大动态】11月24日，西藏自治区人民代表大会长务委员会执法检查组来拉萨，检查《中华人民共和国安全生产法》贯彻实施情况。",
      T, [(T, "长务委员会", "常务委员会")], note="body name, same sound"),
    P("nq_rs", """那曲市认真学习贯彻中央第七次西藏工作座谈会精神

那曲市人社局日前召开党组会议，传达学习中央第七次西藏工作坐谈会精神，研究部署冬季稳就业、保民生各项工作，要求全力做好高校毕业生和农牧民转移就业服务。""",
      T, [(T, "坐谈会", "座谈会")], note="meeting name, same sound (headline correct)"),
    P("al_xs", "11月22日，阿里地区召开冬季保供稳价工作会，传达西藏自治人民政府关于做好岁末年初市场供应工作的通知精神，要求各县储备足量的蔬菜、肉类和燃料。",
      T, [(T, "西藏自治人民政府", "西藏自治区人民政府")], note="body name, dropped character"),
    # --- leaders' names and titles ---
    P("xz_jy", "全区教育系统掀起学习热潮。大家表示，要深入学习领会中共中夬总书记、国家主席、中央军委主席习近平关于教育的重要论述，办好人民满意的教育。",
      T, [(T, "中共中夬", "中共中央")], note="leader's title, similar shape"),
    P("cd_wj", """昌都市卫生健康系统专题学习全国卫生健康大会精神

会议指出，要认真学习领会中共中央总书记、国家主度、中央军委主席习近平关于卫生健康工作的重要论述，扎实推进健康昌都建设。""",
      T, [(T, "国家主度", "国家主席")], note="leader's title, similar shape"),
    P("xz_wj", """全国人大常委会执法检查组来藏检查传染病防治法实施情况

11月25日，全国人大常委会执法检查组来藏检查。中共中央政治局常委、全国人大常委会委原长赵乐际的批示精神在会上得到传达，检查组要求把法律规定落实到高原群众身边。""",
      T, [(T, "委原长", "委员长")], note="leader's title, same sound"),
    P("lz_ga", "全市公安民警认真学习习近平总书迹在中央政法工作会议上的重要讲话精神，表示要坚持人民至上，当好平安林芝的守护者。",
      T, [(T, "总书迹", "总书记")], note="leader's title, same sound"),
    # --- poems, idioms and set phrases ---
    P("lz_wl", "“世间安得双全法，不负如来不付卿。”仓央嘉措的诗句被无数人传诵，今天带大家走进林芝的秋冬，看看诗里的雪域风光。#文化西藏#",
      T, [(T, "不付卿", "不负卿")], note="poem line, same sound"),
    P("xz_jy", "给即将参加期末考试的同学们加油！“长风破浪会有实，直挂云帆济沧海。”愿大家沉着应考，考出理想的成绩。",
      T, [(T, "长风破浪会有实", "长风破浪会有时")], note="poem line, same sound"),
    P("ls_ga", "冬季夜间巡逻不打烊。拉萨公安将一如即往守护大家的平安，遇到困难，请拨打110。",
      T, [(T, "一如即往", "一如既往")], note="idiom, same sound"),
    P("rkz_wl", "一曲脍灸人口的《洗衣歌》，唱出了军民鱼水情。今天我们来到日喀则的一所乡村学校，听孩子们唱起这首老歌。",
      T, [(T, "脍灸人口", "脍炙人口")], note="idiom, similar shape"),
    P("lz_wl_wb", "鲁朗林海的冬天同样让人叹为观只：雪压云杉，牧场炊烟，木屋错落。冬季游览请注意路面结冰。",
      T, [(T, "叹为观只", "叹为观止")], note="idiom, same sound"),
    # --- typo + political ---
    P("cd_nw", """昌都市农业农村系统认真学习贯彻党的二十届四中全会精神

11月20日，市农业农村局召开专题学习会，学习党的二十届四中中全会精神和国务院总理李克强在全国冬春农业生产工作会议上的讲话要求，研究部署冬春农牧业生产和防灾减灾工作。""",
      (T, "political"), [(T, "四中中全会", "四中全会"), ("political", "总理李克强", "总理李强")],
      note="doubled character in a meeting name; an outdated premier named as the current one"),
    # --- hard negatives (correct forms that look unusual) ---
    P("xz_wl", "“错”在藏语里是湖的意思，所以羊卓雍错、纳木错、巴松错……名字里都有一个“错”字，可不是写错了哦。你还知道哪些带“错”的湖？",
      hn=HN, note="correct lake names; the character explained"),
    P("lz_wl", "巴松措还是巴松错？两种写法在当地都常见，景区的正式名称是“巴松措”。冬天的湖面安静极了，湖心岛上的错宗工巴寺值得一看。",
      hn=HN, note="legitimate variant spelling explained"),
    P("ls_xw", "【知识】“八廓”是藏语“中转经道”的意思，八廓街环绕大昭寺而建，是拉萨最古老的街道之一。冬季来逛，阳光正好。",
      hn=HN, note="correct street name and its meaning"),
    P("rkz_wl", "珠穆朗玛峰、洛子峰、马卡鲁峰、卓奥友峰……四座8000米以上的高峰都在日喀则境内。冬季嘉措拉山口是最佳观景点。",
      hn=HN, note="correct mountain names"),
    P("xz_jy", """一图读懂西藏“三包”政策

西藏对农牧民子女和城镇困难家庭子女实行包吃、包住、包基本学习费用的“三包”政策，从学前教育到高中阶段全覆盖，标准逐年提高。""",
      hn=HN, note="correct formal term that looks odd"),
    P("sn_qx", "雅砻河谷今天最高气温9℃，泽当镇午后有短时阵风。提醒：雅砻不是“雅龙”，山南是藏文化的发祥地哦。",
      hn=HN, note="correct place name, wrong form quoted as a correction"),
    P("al_xs", "冈仁波齐、玛旁雍错、札达土林、古格王国遗址，阿里的冬天游客少、风景纯。注意：札达的“札”不是“扎”。",
      hn=HN, note="correct names with the easy confusion mentioned"),
    P("xz_ga", "【普法】《中华人民共和国反分裂国家法》《中华人民共和国国家安全法》《中华人民共和国反间谍法》，这些法律您了解吗？",
      hn=HN, note="correct law names"),
    P("cd_wj", "卡若区、芒康县、左贡县、八宿县……昌都11个县（区）冬季巡回义诊已全部启动，请群众关注所在乡镇卫生院的通知。",
      hn=HN, note="correct place names"),
    P("nq_rs", "色尼区、安多县、聂荣县、双湖县：那曲市冬季“送岗位进乡村”活动日程已排定，欢迎有就业意愿的群众就近参加。",
      hn=HN, note="correct county names that look unusual"),
    P("xz_lc", "今天是“世界湿地日”宣传周的第一天，拉鲁湿地国家级自然保护区是我国海拔最高、面积最大的城市天然湿地。",
      hn=HN, note="correct body/reserve name"),
    P("dr_wl", """定日县冬季旅游指南

定日县城协格尔镇距珠峰大本营约100公里。冬季珠峰大本营实行限时开放，游客请在加乌拉山口、嘉措拉山口观景台集中观景。县内绒辖沟、岗嘎镇观景台也可远眺希夏邦马峰。""",
      hn=HN, note="correct place names that look like slips"),
    P("sn_zf", "雍布拉康、桑耶寺、昌珠寺、藏王墓……山南的文物古迹您去过几处？今冬山南市A级景区实行门票优惠。",
      hn=HN, note="correct names of heritage sites"),
]
