"""Dev part: entertainment / 卖萌 / off-topic / forced likes / lottery marketing (class entertainment), and hard negatives."""
from _lib import P

E = "entertainment"

POSTS = [
    P("jn_wb", """【吃瓜】今天下午，某顶流男星工作室发文证实其与女友已和平分手，相关话题迅速冲上热搜第一。据网友爆料，两人早在三个月前就已不再同框。你们觉得他们还会复合吗？评论区聊聊～""",
      E, note="pure celebrity gossip, no connection with government work"),

    P("gz_wb", """《歌手2026》第五期淘汰名单出炉！人气歌手意外垫底，网友直呼“看不懂”。你心中的冠军是谁？评论区投票！#歌手2026#""",
      E, note="variety-show gossip on a city government account"),

    P("qd_wb", """【周五轻松一刻】老板问我：“你为什么天天迟到？”我说：“因为您说过，迟到总比不到好。”老板说：“那你明天不用来了。”我：“？？？”哈哈哈，祝大家周末愉快～""",
      E, note="a 段子 joke unrelated to government work"),

    P("lc_wb", """小编有个小目标：粉丝突破50万！现在还差3000人，求关注！求转发！求点赞！宝子们帮帮忙，破50万小编就在直播间表演吃辣条～""",
      E, [(E, "求关注！求转发！求点赞！")], note="begging for follows and likes, 卖萌"),

    P("hz_jy", """【重要通知】请全市各中小学校组织全体教职工、学生家长于今天18:00前为本条微博点赞、转发、评论，并将截图报送至各县区教育局，各县区汇总后报市教育局，完成情况将纳入年度考核。""",
      E, [(E, "点赞、转发、评论，并将截图报送"), (E, "完成情况将纳入年度考核")],
      note="强制要求点赞: a single-item veto under Guangdong 001 §4(四)"),

    P("yt_rs", """集美们！2027年度城乡居民医保缴费开始啦！

姐妹们冲鸭！2027年度城乡居民基本医疗保险集中缴费期为即日起至12月31日，个人缴费标准为每人每年400元，yyds的医保报销待遇等你来拿！

缴费渠道也是绝绝子：
“爱山东”APP、微信“烟台医保”、支付宝、各大银行网点都能缴，动动手指就搞定～

划重点：
新生儿、在校学生、灵活就业人员都可以参保哦！困难群体个人缴费有资助，集美们不用愁～参保后门诊、住院都能报销，真香！

还在等什么，集美们赶紧冲！错过就要等到明年啦！""",
      E, [(E, "集美们"), (E, "yyds"), (E, "绝绝子"), (E, "冲鸭")],
      note="formal insurance-payment notice drowned in internet slang (集美们/yyds/绝绝子/冲鸭)"),

    P("ly_wj_wb", """awsl！医院楼下的流浪猫“橘座”今天又来晒太阳了，圆滚滚的样子也太可爱了吧！小编忍不住拍了20张照片，你们最喜欢哪一张？#猫猫的治愈力#""",
      E, [(E, "awsl")], note="卖萌 cat post, unrelated to health work"),

    P("zb_ga_wb", """蜀黍今天也是元气满满的一天哦～(๑•̀ㅂ•́)و✧ 早饭吃了两个大包子，现在精神抖擞！宝宝们早上好呀，么么哒～""",
      E, note="卖萌 with no content"),

    P("ta_wl", """【本周星座运势】白羊座：事业运上升，有贵人相助；金牛座：财运不错，适合理财；双子座：感情上会有小惊喜；巨蟹座：注意休息，避免熬夜……你是什么星座？快来看看吧！""",
      E, note="horoscope content, off-topic for a government account"),

    P("wh_jj_wb", """小编今天加班到凌晨三点，一个人在办公室吃泡面，好惨呜呜呜……有没有人心疼一下小编？评论区给小编一点安慰吧😭""",
      E, note="卖惨 post"),

    P("fs_ga", """某天王巡回演唱会佛山站门票今天中午12点开售，3分钟全部售罄！你抢到了吗？抢到的朋友评论区晒一晒～没抢到的也别灰心，据说还要加场哦！""",
      E, note="celebrity concert gossip on a police account"),

    P("zh_wb", """【粉丝福利】珠海发布粉丝破百万啦！为感谢大家的支持，即日起关注@珠海发布 并转发本条微博@3位好友，12月1日将抽取3位幸运粉丝送出iPhone 17一部，10位送出蓝牙耳机！""",
      E, [(E, "转发本条微博@3位好友"), (E, "抽取3位幸运粉丝送出iPhone 17一部")],
      note="lottery marketing to gain followers"),

    P("sz_rs", """打工人冲鸭！社保缴费基数调整啦

家人们，2026年度深圳社保缴费基数调整了！打工人的快乐yyds！

划重点啦：
职工基本养老保险缴费基数下限调整为4492元，上限调整为27501元。这波调整绝绝子，到手工资可能会有变化，宝宝们别慌！

这次调整主要影响：
1.缴费基数下限提高的，个人缴费会略有增加；
2.养老金计发基数同步调整，长期看对退休待遇有好处；
3.具体缴费金额以单位申报为准。

小伙伴们冲就完事了！有问题随时后台滴滴小编～

奥利给！大家一起冲冲冲！""",
      E, [(E, "打工人冲鸭"), (E, "yyds"), (E, "绝绝子"), (E, "奥利给")],
      note="policy notice overloaded with slang"),

    P("jm_sw_wb", """🐟转发这条锦鲤🐟，明年个税退税多多、发票中奖、好运连连！接好运的朋友记得转发哦～""",
      E, [(E, "转发这条锦鲤")], note="锦鲤 chain post"),

    P("rz_12345_wb", """【轻松一刻】老婆：“你爱我吗？”老公：“爱。”老婆：“那你打12345投诉一下我的体重秤，它老是说我胖。”哈哈哈，这个问题12345也解决不了呀～""",
      E, note="joke using the hotline's name; no service content"),

    P("qd_scjg_wb", """吃瓜！某百万粉丝网红昨晚直播时假睫毛掉进火锅，场面一度十分尴尬，相关视频播放量已破千万。你们看到了吗？😂""",
      E, note="influencer gossip, unrelated to market regulation"),

    P("sd_sw_wb", """人生就像一杯茶，不会苦一辈子，但总会苦一阵子。愿你在每一个平凡的日子里，都能找到属于自己的小确幸。晚安，山东🌙""",
      E, note="心灵鸡汤 off-topic for the commerce department"),

    P("st_wl", """跟着小编一起跳最近超火的“科目三”！你学会了吗？学会的朋友评论区交作业！#科目三 #手势舞""",
      E, note="dance-challenge trend with no cultural-tourism content"),

    P("hz_ny_wb", """今日份emo：下乡调研一整天，鞋子全是泥，晚饭还没吃上……农业人的苦谁懂啊😭 破防了家人们""",
      E, [(E, "emo"), (E, "破防了")], note="卖惨 personal mood post"),

    P("dg_scjg_wb", """某NBA巨星今日宣布将于赛季结束后退役，职业生涯总得分超过4万分。青春结束了！爷青回！你还记得第一次看他打球是什么时候吗？""",
      E, [(E, "爷青回")], note="sports celebrity news, off-topic"),

    P("hz_jy", """破防了！追了三个月的《山河故人》大结局了，男女主终究还是没在一起，小编哭了一整晚……你们看了吗？#山河故人大结局#""",
      E, [(E, "破防了")], note="TV drama gossip"),

    P("gz_wb", """【趣味测试】测测你的前世是什么动物？第一题：你喜欢早起还是熬夜？A.早起 B.熬夜……做完的小伙伴评论区晒结果！""",
      E, note="entertainment quiz"),

    P("wf_qx", """宝宝们！寒潮来了！冻成狗了家人们！明天最低-9℃，这是什么神仙降温？awsl！小编已经裹成粽子了，你们也要穿秋裤哦，不穿的都是大冤种～""",
      E, [(E, "冻成狗了家人们"), (E, "awsl"), (E, "大冤种")],
      note="weather information drowned in slang; the forecast itself is thin"),

    P("zb_ga_dy", """这位警花小姐姐也太好看了吧！执勤的时候被路人拍下，颜值直接拉满！评论区打call的请举手🙋#警花 #颜值""",
      E, [(E, "评论区打call")], note="looks-based 卖萌 content"),

    P("lc_wb", """【猜灯谜赢流量】今晚8点，在评论区猜对以下谜语的前50位网友，每人送10元话费！谜面：“千里相逢”（打一字）。关注+转发才有效哦～""",
      E, [(E, "关注+转发才有效哦")], note="lottery-style giveaway for follows"),

    P("ly_wj_wb", """求点赞！本条微博点赞过万，小编就穿玩偶服去门诊大厅给大家跳舞！说到做到！😆""",
      E, [(E, "求点赞！")], note="asks for likes with a stunt"),

    P("jn_wb", """奥利给！打工人打工魂，打工都是人上人！周一也要元气满满，冲就完事了！💪""",
      E, [(E, "奥利给")], note="slang pep post, no content"),

    P("sg_ny_wb", """今天是某男团队长的生日！小编作为铁粉必须送上祝福🎂生日快乐！愿你永远闪闪发光！#生日快乐#""",
      E, note="fan birthday wishes to a celebrity"),

    P("zh_wb", """【娱乐速递】港星某某今日在社交平台宣布婚讯，晒出与圈外女友的合照，网友纷纷送上祝福。两人恋情已曝光五年。""",
      E, note="celebrity wedding gossip"),

    P("wh_jj_wb", """交警蜀黍的土味情话来啦：“你知道我的缺点是什么吗？缺点你。”“你是不是闯红灯了？不然怎么闯进了我心里？”评论区来PK你的土味情话！""",
      E, note="flirting jokes (卖萌), no traffic safety content"),

    P("yt_rs", """【打工人段子合集】1.工资到账的那一刻，我感觉自己又行了，然后看了看花呗账单……2.周一的我：不想上班；周五的我：终于熬过来了……打工人，你中了几条？

3.老板画的饼：明年一定给你涨工资；实际：明年的饼更大了。
4.开会前：这个会半小时就结束；开会后：天黑了。
5.收到“在吗”：心跳加速；收到“没事了”：更加心跳加速。

笑一笑，十年少！你还知道哪些打工人段子？评论区分享一下～""",
      E, note="jokes about workers, no HR/social-security content"),

    P("fs_ga", """凡尔赛了凡尔赛了！刚下班的警察蜀黍晒出的午饭：四菜一汤，荤素搭配，吃不完根本吃不完。这波你酸了吗？评论区留下你的午饭！""",
      E, [(E, "这波你酸了吗")], note="off-topic lunch showing-off post"),

    # ---------------- hard negatives ----------------
    P("wf_qx", """【小编提醒】今天夜里到明天，我市将出现大风降温天气，最低气温-7℃至-5℃，内陆地区阵风8级。请大家及时添衣保暖，外出注意防风，关好门窗、加固室外搭建物，设施农业注意保温防冻。""",
      hn=E, note="friendly 小编提醒 tone in a normal weather warning"),

    P("jn_wx", """今日小雪 | 愿你温暖过冬

今天是二十四节气中的小雪。小雪节气，气温下降，开始降雪。

温馨提示：
一、注意防寒保暖，尤其是头部、颈部、脚部保暖；
二、使用燃气、煤炉取暖时保持通风，谨防一氧化碳中毒；
三、雨雪天气出行注意交通安全，减速慢行；
四、老人和慢性病患者要按时用药，适当锻炼。

小雪节气有腌菜、吃糍粑、晒鱼干等习俗。在济南，不少市民这个时节开始腌制雪里蕻、辣白菜，为冬天储备“美味”。饮食方面，宜多吃白萝卜、大白菜、山药等应季蔬菜，少吃辛辣油腻食物。

小雪至，冬意浓，愿你被温暖包围。""",
      hn=E, note="solar-term greeting with practical safety tips", when="11-22 07:30"),

    P("zb_ga_dy", """你以为的“高薪兼职”：动动手指日入五百；实际上的“刷单诈骗”：先给你返佣，再骗光你的积蓄。民警用一段情景剧告诉你：天上不会掉馅饼，刷单就是诈骗！#反诈 #刷单""",
      hn=E, note="anti-fraud campaign using a meme format and a skit; legitimate"),

    P("ta_wl", """云海、日出、雾凇同框！今晨泰山极顶出现罕见“三景同现”，金色阳光洒在玉皇顶的雾凇上，美得不像话。冬季游泰山请注意防寒防滑，登山步道部分路段结冰，建议乘坐索道。#泰山日出#""",
      hn=E, note="official scenery promotion with lively tone and safety advice"),

    P("jn_wb", """【冬天来一碗把子肉干饭】浓油赤酱的把子肉配上米饭、卤蛋、豆腐皮，是济南人冬日里最朴素的幸福。据统计，济南城区有把子肉店铺2000余家。“泉城美食地图”已上线，市民游客可在“济南文旅”小程序查看。""",
      hn=E, note="city food culture promotion; no shop promotion or slang overuse"),

    P("zb_ga_wb", """【为坚守一线的民警点赞！】昨夜突降大雪，全市公安交警连夜上路铲雪除冰、疏导交通，确保群众出行安全。寒风中的身影，是最温暖的守护。""",
      hn=E, note="点赞 used to praise officers; not a request for likes"),

    P("lc_wb", """【聊城发布开通留言功能】为更好地听取民意，即日起本号开通留言功能，网友可就城市建设、民生服务等提出意见建议，我们将及时转交有关部门办理并公开回复。欢迎关注、监督。""",
      hn=E, note="欢迎关注 in an interaction-service notice; not begging for follows"),

    P("gz_wb", """【广州市中小客车指标第十一期配置结果公布】本期个人普通车指标摇号共有79.2万个有效编码参与，配置指标6800个，中签率约0.86%。中签结果可在广州市交通运输局网站查询。""",
      hn=E, note="official licence-plate lottery (摇号), not marketing"),

    P("hz_jy", """【2027年惠州市城区公办小学学位电脑派位说明】对于报名人数超过学位数的学校，将采取电脑随机派位方式确定录取名单，派位过程由公证机构全程公证，家长代表现场监督。""",
      hn=E, note="school-place lottery by computer draw, a public service"),

    P("st_wl", """潮阳英歌舞登上央视舞台！200多名英歌队员身着戏服、手持彩棒，气势磅礴。这项国家级非遗已有300多年历史，欢迎大家元旦来汕头看英歌！#英歌舞 #非遗""",
      hn=E, note="intangible cultural heritage dance promotion by the culture/tourism bureau"),

    P("sd_yj", """冬季取暖“四不要”，请记牢！
一不要在密闭房间内使用炭火盆；
二不要将煤炉放在卧室；
三不要堵塞烟道和通风口；
四不要让老人儿童单独在开着电暖器的房间睡觉。
转给家人，一起过个平安冬天！""",
      hn=E, note="safety rhyme and 'share with your family' call; lively but legitimate"),

    P("jm_sw", """“宪法宣传周”网上有奖知识竞答开始了！

为迎接第十三个国家宪法日，我局联合市普法办开展宪法知识网上竞答活动。答对10题即可参与抽取纪念品（宪法读本、普法帆布袋），活动时间11月28日至12月4日。

参与方式：点击本公众号菜单栏“宪法竞答”进入答题页面，每人每天可答题一次，题目从宪法、民法典、税收征收管理法等法律法规中随机抽取。本次活动不收取任何费用，纪念品由市普法办统一提供。

学宪法、讲宪法，我们一起来！""",
      hn=E, note="borderline: a law-education quiz with small commemorative prizes and no sponsor or follow requirement; a reasonable inspector would accept it, unlike follower-lottery marketing"),
]
