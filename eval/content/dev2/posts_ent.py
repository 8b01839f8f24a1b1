"""Held-out part: entertainment / 卖萌 / off-topic / forced likes / lottery marketing (class entertainment),
and hard negatives. Slang and topics differ from dev."""
from _lib import P

E = "entertainment"

POSTS = [
    P("yt_wb", """【独家】某一线女星被曝已与丈夫低调离婚，双方工作室至今未回应。有网友扒出两人已半年没有同框，女方近期还取关了男方。真相究竟如何？坐等官宣！""",
      E, note="celebrity divorce gossip"),

    P("zs_wx", """恋综《心动的距离》第八期：男嘉宾终于表白了！

本期节目中，男嘉宾在海边为女嘉宾准备了惊喜烟花，网友直呼“嗑到了”。不过，也有观众认为剧本痕迹太重。

据了解，该节目上线以来播放量已突破5亿次，多位嘉宾话题登上热搜。节目中，女嘉宾到底会选择谁？下周五晚8点答案揭晓，小编已经迫不及待了～

你站哪一对？评论区说说你的看法！

另外，本期节目中的海边拍摄地也引发了网友关注，不少网友表示要去同款地点打卡。""",
      E, note="dating-show recap on a city news-office account"),

    P("sz_wb", """家人们谁懂啊！今天深圳的天气是什么抽象操作？早上穿短袖，中午穿外套，晚上直接降温10度，栓Q了，鼠鼠我呀真的要被冻成冰棍了🥶""",
      E, [(E, "家人们谁懂啊"), (E, "栓Q"), (E, "鼠鼠我呀")], note="slang-heavy mood post with no useful information"),

    P("bz_rs", """尊嘟假嘟？2027年养老金又要涨啦！

家人们，听说明年养老金还会继续上调，这波简直泰酷辣！小编掐指一算，按往年的节奏，涨幅应该……嗯，还是等官宣吧～

具体怎么涨？目前还没有官方公布，等消息出来小编第一时间告诉你们～先点个关注不迷路哦！

悄悄说：今年小编的年终总结还没写完，先摸个鱼～家人们晚安！""",
      E, [(E, "尊嘟假嘟"), (E, "泰酷辣"), (E, "点个关注不迷路")],
      note="slang and follow-begging around an unconfirmed rumour instead of a policy notice"),

    P("dz_wj_wb", """显眼包来了！我们医院的“哈基米”——保安大叔养的橘猫今天又溜进了门诊大厅，在导诊台上睡得四仰八叉，被患者们围观拍照。这波直接硬控全场！""",
      E, [(E, "显眼包"), (E, "哈基米"), (E, "硬控")], note="卖萌 cat post with slang"),

    P("jnn_wl", """City不City啊？济宁这座城，简直太City了！班味太重的打工人快来济宁，松弛感直接拉满，包的！""",
      E, [(E, "City不City啊"), (E, "班味"), (E, "松弛感直接拉满"), (E, "包的")],
      note="slang-only post with no tourism information"),

    P("qd_jj", """【重要通知】请各大队、各科室组织全体民警辅警于今日17:00前对本公众号最新推文进行点赞、在看、转发朋友圈，每人至少转发3次，并在工作群接龙报数，未完成的单位将予以通报。

附：转发要求
1.转发时须配文“青岛交警 守护平安”；
2.截图须包含转发时间和朋友圈可见范围；
3.各单位联络员于17:30前汇总报送支队宣传科。""",
      E, [(E, "每人至少转发3次，并在工作群接龙报数"), (E, "未完成的单位将予以通报")],
      note="强制要求点赞/转发 (Guangdong 001 §4(四) single-item veto)"),

    P("ly_wb", """💰评论区抽奖💰关注@临沂发布 +转评赞本条微博，12月1日抽10位网友各送电影票2张，抽1位送价值2999元的平板电脑！评论越多中奖率越高哦～""",
      E, [(E, "转评赞本条微博"), (E, "抽1位送价值2999元的平板电脑")], note="follower-lottery marketing"),

    P("st_ga", """本宫今日心情甚好～小可爱们早上好呀！嘤嘤嘤，今天的蜀黍也要努力搬砖哦(๑>◡<๑)""",
      E, [(E, "嘤嘤嘤")], note="卖萌 with no content"),

    P("gd_qx", """今日份塔罗牌占卜：你的本周运势如何？选一张牌吧！🃏A.太阳 B.月亮 C.星星，答案明天揭晓～""",
      E, note="tarot fortune-telling on a meteorological account"),

    P("zz_wx", """早安语录 | 生活明朗，万物可爱

生活不会一直如意，但总有人在默默爱着你。早安，枣庄！

愿你眼里有光，心中有爱，目光所及皆是美好。""",
      E, note="chicken-soup quote, off-topic"),

    P("mm_wb", """S赛总决赛太燃了！中国战队3:2逆转夺冠，直播观看人数破纪录！电竞人永不言败！你熬夜看了吗？#S赛总决赛#""",
      E, note="e-sports result celebration, off-topic"),

    P("qy_jy", """某男团成员被曝恋情，粉丝集体脱粉！

昨晚，某男团人气成员被拍到与圈外女友约会，消息一出，部分粉丝宣布“脱粉”，也有粉丝表示会继续支持。有网友翻出该成员此前在综艺中的发言，话题热度持续攀升。

小编想说：偶像也是普通人，你们怎么看？

据悉，该男团将于明年春天举办巡回演唱会，门票预售已经开始。""",
      E, note="idol gossip on an education bureau account"),

    P("jy_sw_wb", """发疯文学之税务人的年底：“汇算？什么汇算！我现在就是一个莫得感情的报表机器！！！谁再说一句年底不忙我就原地爆炸！！！”😤😤😤""",
      E, [(E, "发疯文学")], note="发疯文学 venting post"),

    P("wf_12345_wb", """谁还没被12345的小姐姐温柔到？接线员小王今天被市民夸“声音好听到想谈恋爱”，小王脸都红了～大家觉得她的声音像哪个明星？""",
      E, note="looks/voice-based chatter, no service content"),

    P("zj_wl", """最近超火的“鸡你太美”舞蹈挑战，湛江文旅小编也来凑热闹啦！跳得不好请勿喷～#舞蹈挑战 #魔性舞蹈""",
      E, note="meme dance with no tourism content"),

    P("zq_rs", """i人e人都来看！测测你适合什么工作：

如果你是i人：适合程序员、会计、写作……
如果你是e人：适合销售、主播、导游……
如果你是“i人里的e人”：那就看心情啦～

评论区报上你的MBTI，小编帮你看看！

小编是个纯纯的i人，每天最怕的就是接电话哈哈哈～""",
      E, [(E, "i人e人都来看")], note="MBTI personality quiz, off-topic entertainment"),

    P("sd_ga", """命运的齿轮开始转动！某顶流歌手演唱会今晚官宣加场，网友：0帧起手，直接开抢！你们抢到票了吗？""",
      E, [(E, "命运的齿轮开始转动"), (E, "0帧起手")], note="concert gossip with slang on the provincial police account"),

    P("ta_scjg_wb", """好家伙！某网红奶茶店门口排队三小时，只为买一杯“泰山限定”奶茶。有网友吐槽：“就这？”你会为一杯奶茶排队吗？""",
      E, [(E, "好家伙")], note="influencer-shop chatter unrelated to regulation"),

    P("dy_ga", """蚌埠住了！警察蜀黍执勤时被路边小朋友敬礼，蜀黍回礼的瞬间被网友拍下，这一幕绷不住了！你们被可爱到了吗？""",
      E, [(E, "蚌埠住了"), (E, "绷不住了")], note="卖萌 slang clip"),

    P("sd_rs", """求求了给个赞吧！本号最新推文阅读量还没过万，小编的KPI就靠大家了😭双击屏幕，点亮在看！""",
      E, [(E, "求求了给个赞吧"), (E, "小编的KPI就靠大家了")], note="begging for likes, 卖惨"),

    P("rz_ny_wb", """今天小编下乡采访，路上遇到一只超级显眼包的大白鹅，追着小编跑了半个村子！笑死，根本拿捏不住😂#农村趣事""",
      E, [(E, "拿捏不住")], note="funny rural anecdote with no agricultural content"),

    P("zs_wx", """2026年度网络热梗大盘点，你都用过哪些？

“City不City”“班味”“松弛感”“情绪价值”“搭子”……这一年，你被哪个热梗“硬控”了？

评论区留下你的年度热梗，点赞最高的送小编亲手写的福字一张！""",
      E, [(E, "点赞最高的送小编亲手写的福字一张")], note="slang round-up with a like-for-prize giveaway"),

    P("yt_wb", """【周末去哪玩】小编私藏的烟台约会圣地大公开！情侣必打卡，单身狗慎入🐶，看完直接想脱单！评论区艾特你的另一半～""",
      E, [(E, "单身狗慎入"), (E, "评论区艾特你的另一半")], note="dating banter with no actual tourism information"),

    P("mz_ny_wb", """退退退！今天又被同事问“农业局是不是天天种地”？小编：我们天天在办公室写材料好吗！是谁的DNA动了？""",
      E, [(E, "退退退"), (E, "是谁的DNA动了")], note="meme-laden personal venting"),

    P("jnn_wl_dy", """济宁文旅小编的一天：早上7点起床，8点打卡，9点开会……下班！(开香槟🍾)打工就是这么朴实无华且枯燥。#打工日常 #vlog""",
      E, [(E, "开香槟")], note="staff vlog unrelated to tourism"),

    P("gz_scjg_wb", """小丑竟是我自己！今天去食堂吃饭，看到“番茄炒蛋”其实是“番茄炒番茄”，连蛋的影子都没看到……""",
      E, [(E, "小丑竟是我自己")], note="joke about the canteen"),

    P("qy_jy_wb", """【教师节快乐】在这个特别的日子……等等，今天不是教师节？不管了，祝老师们天天快乐！顺便说一下，本号粉丝过10万就给大家发红包，快帮我们转发吧！""",
      E, [(E, "本号粉丝过10万就给大家发红包，快帮我们转发吧")], note="joke plus follower-target giveaway"),

    P("st_ga", """冷知识：汕头警察最怕什么？答案：怕你不看反诈视频！哈哈哈，开个玩笑～今天就是来跟大家打个招呼，祝大家周末愉快，多喝热水！""",
      E, note="contentless joke greeting"),

    P("bz_rs_wb", """搭子文学：找工作搭子、考证搭子、吃饭搭子……你身边有这样的“搭子”吗？评论区来晒晒！点赞前三名送定制鼠标垫！""",
      E, [(E, "点赞前三名送定制鼠标垫")], note="off-topic chatter with a likes giveaway"),

    P("sz_wb", """遥遥领先！深圳今天的日落也太美了吧！粉紫色的晚霞铺满天空，这不比滤镜好看？晒出你拍的晚霞，评论区点赞最高的送深圳限定冰箱贴！""",
      E, [(E, "评论区点赞最高的送深圳限定冰箱贴")], note="likes-for-prize sunset post"),

    P("dz_wj_wb", """你的情绪价值谁来给？纯爱战士请进！今晚小编陪你们聊聊“怎样才能遇见对的人”，评论区等你～""",
      E, [(E, "情绪价值"), (E, "纯爱战士")], note="relationship chatter on a health commission account"),

    # ---------------- hard negatives ----------------
    P("sd_ga", """尊嘟假嘟？“刷单返利”稳赚不赔？假的！家人们，凡是让你先垫付的“兼职”都是诈骗！山东公安提醒：不刷单、不贪利、不转账。#反诈宣传#""",
      hn=E, note="anti-fraud campaign deliberately using slang/memes to reach young people; legitimate"),

    P("qd_jj_wb", """【温馨提示】今日小雪，早晚可能出现道路结冰。请驾驶人提前检查车况，雪天行车降低车速、保持车距，通过桥梁、隧道出入口等易结冰路段时不要急刹车。""",
      hn=E, note="温馨提示 on the solar-term day", when="11-22 06:50"),

    P("zj_wl", """湛江人的冬天从一只炭烧生蚝开始！蒜蓉铺满，炭火滋滋作响，配一碗白粥，就是最地道的湛江味道。欢迎来湛江，吃海鲜、看海景！#湛江美食""",
      hn=E, note="official food-culture promotion, no shop or price"),

    P("jnn_wl_dy", """冬日的曲阜孔庙，古柏覆雪，红墙映日。在大成殿前静静站一会儿，感受两千多年的文脉传承。#曲阜 #孔子故里""",
      hn=E, note="cultural-tourism scenery video caption"),

    P("ly_wb", """【为沂蒙“雪夜守护者”点赞！】昨夜大雪，全市1.2万名环卫工人、应急队员连夜清雪，确保主干道畅通。致敬每一位守护者！""",
      hn=E, note="点赞 praising workers, not asking for likes"),

    P("sz_wb", """【2026年深圳市保障性住房配售选房顺序号摇号结果公示】本次摇号共有5.3万户家庭参与，摇号过程由公证机构全程监督，结果可登录深圳市住房和建设局网站查询。""",
      hn=E, note="official housing lottery (摇号)"),

    P("jnn_wl", """【济宁文旅推广大使聘任仪式举行】11月23日，济宁籍歌手、演员受聘担任“济宁文旅推广大使”，将通过演出、短视频等方式宣传推介孔孟之乡文化旅游资源。""",
      hn=E, note="celebrities in an official tourism role"),

    P("bz_rs_wb", """“家人们”注意！找工作遇到这些情况要当心：
一、收取报名费、培训费、服装费；
二、要求抵押身份证、毕业证；
三、承诺“高薪轻松、日结千元”。
求职请通过正规渠道，遇到就业歧视或欺诈可拨打12333。""",
      hn=E, note="uses 家人们 in quotes for a job-scam warning; legitimate"),

    P("gd_qx", """【冷空气来了，广东天气提醒您】受强冷空气影响，25日起全省自北向南气温下降6～8℃，粤北最低气温降至2℃左右，山区有霜冻。请注意防寒保暖，做好农作物防寒措施。""",
      hn=E, note="friendly weather reminder"),

    P("qy_jy_wb", """“双减”之后，孩子们的课后时光更精彩了！清远市实验学校开设了舞蹈、书法、足球等40多个社团，学生们在课后服务中各展所长。""",
      hn=E, note="school activities including dance; on-topic for the bureau"),

    P("zs_wx", """欢迎在后台留言 | 我们在听

为进一步畅通政民互动渠道，即日起“中山发布”后台开通政策咨询留言服务。网友可就民生政策、办事服务等问题留言，我们将于3个工作日内答复。对涉及其他部门职责的问题，我们将及时转交有关部门办理，并在办结后向网友反馈。欢迎关注、转发，让更多市民知晓。

留言时请简要说明问题、所在镇街和联系方式，我们将严格保护您的个人信息。""",
      hn=E, note="欢迎关注、转发 in an interaction service notice; not begging"),
]
