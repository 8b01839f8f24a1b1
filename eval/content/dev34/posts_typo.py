"""Thirtieth held-out part: wrong characters (class typo) in posts of Chongqing units, and hard negatives that
use correct but error-looking forms."""
from _lib import P

T = "typo"
HN = "typo"

POSTS = [
    # places and scenic spots
    P("yz_xw", """【周末出行提示】11月22日至23日晚，洪涯洞周边实行临时交通管制，沧白路往嘉滨路方向车辆绕行，建议市民游客乘坐轨道交通2号线至小什字站步行前往。""",
      T, [(T, "洪涯洞", "洪崖洞")], note="same sound 崖→涯 in a scenic spot"),
    P("yz_xw_dy", """#山城夜景 解放杯步行街今晚点亮冬季灯饰，八一路、邹容路沿线同步亮灯，跟着镜头逛一圈渝中母城～""",
      T, [(T, "解放杯", "解放碑")], note="same sound 碑→杯 in a landmark"),
    P("spb_zf", """沙坪坝区关于瓷器口古镇冬季错峰游览的提示

为保障游客安全，11月下旬起周末10:00—16:00对古镇核心街区实行限流，单次在园人数超过1.2万人时暂停入园，请游客合理安排时间。""",
      T, [(T, "瓷器口", "磁器口")], note="same sound 磁→瓷 in a place name"),
    P("dz_wl", """宝鼎山摩崖造像冬季开放时间调整

自12月1日起，景区开放时间调整为8:30—17:30（17:00停止售票）。冬季石刻区湿滑，请游客沿栈道有序参观，不要触摸造像。""",
      T, [(T, "宝鼎山", "宝顶山")], note="same sound 顶→鼎 in a scenic spot"),
    P("wl_zf", """武隆区开展冬季景区安全大检查

11月20日，区文化旅游委、区应急局联合检查天生三侨、仙女山、芙蓉洞等景区，重点检查观光电梯、索道和步道防滑设施，现场整改隐患6处。""",
      T, [(T, "天生三侨", "天生三桥")], note="similar shape 桥→侨"),
    P("ws_wl_wb", """【冬游奉节巫山】坐船过夔门，登白帝成看江景，再去小三峡赏红叶，这条三天两晚的线路请收好。旅游咨询：巫山游客中心。""",
      T, [(T, "白帝成", "白帝城")], note="same sound 城→成 in a scenic spot"),
    P("cq_sthj", """【晋云山国家级自然保护区开展冬季巡护】11月下旬起，保护区管理局加密巡护频次，严禁野外用火，进山人员请走规定游览线路，不要进入核心区。""",
      T, [(T, "晋云山", "缙云山")], note="same sound 缙→晋 in a nature reserve"),
    P("ws_wl", """巫山：神女锋观景台完成提升改造

改造后观景台新增无障碍步道和休息亭，游客可远眺巫峡十二峰。11月25日起恢复开放，请游客注意防寒保暖。""",
      T, [(T, "神女锋", "神女峰")], note="same sound 峰→锋 in a scenic spot"),
    # formal terms and slogans
    P("spb_zf", """沙坪坝区举行红色教育基地冬季研学启动仪式，来自全区的120名中小学生走进歌乐山，聆听革命先烈故事，传承红颜精神。""",
      T, [(T, "红颜精神", "红岩精神")], note="same sound 岩→颜 in a formal term"),
    P("yc_zf", """永川区与四川泸州签署12项合作协议

双方将在职业教育、现代农业、文旅融合等领域深化合作，共同推动成渝地区双城经纪圈建设走深走实。""",
      T, [(T, "双城经纪圈", "双城经济圈")], note="same sound 济→纪 in a formal term"),
    P("fl_yj", """涪陵区召开长江沿岸危化品企业安全生产会议，要求企业牢固树立共抓大保户、不搞大开发的理念，严防危化品泄漏污染长江。""",
      T, [(T, "共抓大保户", "共抓大保护")], note="same sound 护→户 in a slogan"),
    P("cq_wl", """冬天来重庆，看雾都、泡温泉、吃火锅！山青水秀美丽之地欢迎你，11月下旬起全市32家A级景区推出冬季门票优惠。""",
      T, [(T, "山青水秀美丽之地", "山清水秀美丽之地")], note="same sound 清→青 in a slogan"),
    P("cq_jw", """全市中小学思政课教师集中培训开班

培训围绕中国式现带化的重庆实践等专题展开，为期5天，共有480名骨干教师参加。""",
      T, [(T, "中国式现带化", "中国式现代化")], note="same sound 代→带 in a formal term"),
    # bodies, meetings, laws and documents
    P("fl_yj", """涪陵区开展长江保护发宣传进码头活动

区应急局联合海事部门走进6个港口码头，向船员和企业职工讲解水上危险货物运输、船舶污染防治等规定，发放资料1200余份。""",
      T, [(T, "长江保护发", "长江保护法")], note="same sound 法→发 in a law's name"),
    P("yz_xw", """【重庆市季宣讲团走进渝中】11月24日，宣讲团成员在解放碑街道为党员群众作专题宣讲，现场200余人聆听。""",
      T, [(T, "重庆市季", "重庆市委")], note="similar shape 委→季 in a body's name"),
    P("wz_ga", """万州区公安局召开党风廉政建设警示教育会，区市记委监委派驻纪检监察组负责同志通报典型案例，全局民警辅警300余人参加。""",
      T, [(T, "市记委", "市纪委")], note="same sound 纪→记 in a body's name"),
    P("yc_zf", """永川区委经济工作汇议召开

会议总结今年全区经济工作，研究部署明年重点任务，强调要稳住工业基本盘，加快数智科技产业集聚。""",
      T, [(T, "经济工作汇议", "经济工作会议")], note="same sound 会→汇 in a meeting's name"),
    # leaders' names and titles
    P("cq_jw", """中共中央政治局常委、全国人大常委会委员长赵乐既在全国人大常委会专题讲座上强调，要加强和改进教育立法工作。全市教育系统认真学习。""",
      T, [(T, "赵乐既", "赵乐际")], note="leader's name misspelt next to his title (际→既)"),
    P("cq_wl_wb", """【学习贯彻】中央宣传部部长李书蕾在全国文化和旅游工作座谈会上强调，要推动文化和旅游深度融合发展。重庆文旅系统认真抓好贯彻落实。""",
      T, [(T, "李书蕾", "李书磊")], note="leader's name misspelt next to his title (磊→蕾)"),
    P("spb_zf", """沙坪坝区组织收看全国人大常委会委员常主持召开的立法座谈会视频，区人大常委会机关干部参加。""",
      T, [(T, "委员常", "委员长")], note="title word misspelt (长→常)"),
    P("cq_ga", """【学习传达】国务季员、公安部部长王小洪在全国公安机关冬季治安工作会议上部署相关工作，市公安局党委第一时间组织学习。""",
      T, [(T, "国务季员", "国务委员")], note="title word misspelt (委→季)"),
    # poems
    P("wz_wl", """#万州 坐游船出发，沿着长江一路向东，去看“朝辞白帝彩云间，千里江陵一日环”里的山水。冬季游船每天一班，记得提前预约。""",
      T, [(T, "千里江陵一日环", "千里江陵一日还")], note="same sound 还→环 in a poem line"),
    P("ws_wl", """冬季游巫峡，重温李白诗句

“两岸猿声啼不住，轻舟已过万从山。”冬日巫峡云雾缭绕，游船穿行于群峰之间，正是读这首诗最好的时节。""",
      T, [(T, "轻舟已过万从山", "轻舟已过万重山")], note="similar sound 重→从 in a poem line"),
    P("hc_qx", """【夜雨预报】今明两天我区以阴天间小雨为主，夜间雨量较大。“巴山夜雨长秋池”，入冬后的夜雨同样明显，夜间出行请注意路面湿滑。""",
      T, [(T, "巴山夜雨长秋池", "巴山夜雨涨秋池")], note="similar sound and shape 涨→长 in a poem line"),
    # idioms and set phrases
    P("dz_rs", """大足区冬季就业服务专项行动收官在即

截至11月25日，全区已举办招聘会14场，达成就业意向2360人。区人力社保局将一股作气，抓好年末稳岗扩岗各项工作。""",
      T, [(T, "一股作气", "一鼓作气")], note="same sound 鼓→股 in an idiom"),
    P("na_sj", """警惕“免费体检送鸡蛋”骗局！近期此类消息在社区不径而走，不少老年人被诱导购买高价保健品。如遇此类情况，请拨打12315投诉举报。""",
      T, [(T, "不径而走", "不胫而走")], note="similar shape 胫→径 in an idiom"),
    P("cq_yj", """全市森林防火工作推进会召开。会议强调，冬春季防火形势严峻，各区县要同舟共计、压实责任，严防发生重特大森林火灾。""",
      T, [(T, "同舟共计", "同舟共济")], note="same sound 济→计 in an idiom"),
    # pinyin-input slips
    P("yz_ga", """#玉中区 冬季治安巡逻“加密”，民警在较场口、七星岗一带巡逻防控，夜间见警率提高了。有困难，找警察！""",
      T, [(T, "玉中区", "渝中区")], note="pinyin-input slip yuzhong: 渝→玉 in the district name"),
    P("ws_nw", """巫山县农业农村委员会关于贯彻落实市级指导一件做好脆李冬季管护的通知

各乡镇（街道）：请组织果农做好清园、修剪和病虫害防治，12月15日前报送工作进展。""",
      T, [(T, "指导一件", "指导意见")], note="pinyin-input word slip yijian: 意见→一件"),
    P("fj_sj", """奉节县市场监督管理局关于开展冬季脐橙经营主体质量抽检有关事项的同志

各市场监管所：现将冬季抽检安排通知如下，请按时完成抽样任务。""",
      T, [(T, "有关事项的同志", "有关事项的通知")], note="pinyin-input word slip tongzhi: 通知→同志"),
    # dropped and doubled characters
    P("cq_jw", """全市民族团结进步教育进校园活动启动，各校将通过主题班会、社会实践等形式，引导学生铸牢中华民族同体意识。""",
      T, [(T, "中华民族同体意识", "中华民族共同体意识")], note="dropped character 共"),
    P("na_wj", """南岸区卫生健康委员会召开委员座谈会，邀请区中国人民政治协会议医卫界委员为基层医疗服务建言献策。""",
      T, [(T, "政治协会议", "政治协商会议")], note="dropped character 商"),
    P("wl_zf", """武隆区第十八届人民代表大大会常务委员会第二十三次会议召开，审议区政府关于旅游产业发展情况的报告。""",
      T, [(T, "代表大大会", "代表大会")], note="doubled character 大"),
    P("wz_ga_dy", """#万州 寒潮来袭，消防救援援支队联合公安民警走进安置点，检查取暖设施，送去棉被。""",
      T, [(T, "救援援", "救援")], note="doubled character 援"),
    # typo + political
    P("yc_zf", """永川区召开台资企业座谈会

会上，区商务委介绍了支持台商回国投资的12条措施，区综合行政执法法局就企业关心的建设审批事项作了解答。""",
      (T, "political"), [(T, "执法法", "执法"), ("political", "台商回国投资", "台商来大陆投资")],
      note="doubled character 法; 回国 for Taiwan investors coming to the mainland"),

    # hard negatives: correct forms that look like slips
    P("yz_xw", """渝中区较场口、七星岗、菜园坝三个片区城市更新项目进展顺利，预计明年6月前完成外立面整治。""",
      hn=HN, note="correct place names with unusual characters"),
    P("spb_zf", """磁器口古镇非遗体验周开幕，陈麻花、毛血旺、千张等传统技艺现场展示，市民可免费参与体验。""",
      hn=HN, note="磁器口 correctly written"),
    P("cq_sthj", """【缙云山冬季观鸟】近日，缙云山国家级自然保护区监测到红嘴蓝鹊、白鹇等鸟类32种。观鸟请保持距离，不要投喂。""",
      hn=HN, note="缙云山 correctly written"),
    P("cq_wl", """綦江古剑山、璧山秀湖、黔江濯水古镇……冬季来重庆这些地方不用挤，风景一样好。""",
      hn=HN, note="place names with rare characters (綦, 璧, 黔, 濯) correctly written"),
    P("dz_wl", """大足石刻研究院开展宝顶山千手观音造像冬季保养，期间部分区域暂停开放，具体以景区公告为准。""",
      hn=HN, note="宝顶山 correctly written"),
    P("cq_jw", """各区县教委要再接再厉，按部就班推进义务教育优质均衡发展督导评估准备工作。""",
      hn=HN, note="idioms often misspelt, written correctly"),
    P("hc_qx", """钓鱼城街道今日多云转阴，气温8～13℃，相对湿度85%。嘉陵江、涪江、渠江三江交汇处早晨有雾，行船请注意安全。""",
      hn=HN, note="钓鱼城 correctly written"),
    P("wz_wl", """#万州 太白岩、西山碑、天生城，一天逛完万州城区三处历史遗迹，记得穿双舒服的鞋。""",
      hn=HN, note="place names correctly written"),
    P("ws_wl_wb", """【巫山红叶节进入最佳观赏期】神女峰、巫峡沿线红叶已红透八成，游客可乘游船或登文峰观景台欣赏。""",
      hn=HN, note="神女峰 correctly written"),
    P("yc_zf", """永川区出台推动成渝地区双城经济圈建设三年行动方案，明确38项重点任务。""",
      hn=HN, note="formal term correctly written"),
    P("cq_ga_dy", """#重庆 朝天门码头冬季夜间巡逻，民警提醒：江边拍照不要翻越护栏！""",
      hn=HN, note="place name correctly written"),
    P("fl_yj", """涪陵区召开白鹤梁水下博物馆周边防汛设施冬季检修会议，要求12月底前完成排查。""",
      hn=HN, note="place names correctly written"),
    P("na_wj", """南岸区黄桷垭社区卫生服务中心冬季门诊时间调整为8:00—17:30，夜间急诊照常。""",
      hn=HN, note="黄桷垭 (rare character 桷) correctly written"),
]
