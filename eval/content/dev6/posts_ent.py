"""Fourth held-out part: entertainment / off-topic content (class entertainment): gossip, jokes, quizzes,
卖萌/卖惨, begging for likes, follower lotteries, forced likes by staff, notices drowned in slang; and hard
negatives (celebrities at official events, anti-fraud posts using memes, official quizzes, greetings).
Slang and phrasings are new (no span equals, contains or is contained in an entertainment span of dev/ ... dev5/)."""
from _lib import P

E = "entertainment"

POSTS = [
    # gossip, celebrity, show talk (whole post is the problem; spans where a phrase carries it)
    P("qd_wl", "刚刚！某顶级男团成员被拍到在青岛八大关约会，女方疑似当红小花，两人全程十指紧扣……你们觉得是真的吗？",
      E, note="celebrity dating gossip, unrelated to government work"),
    P("sg_wb", "昨晚那档选秀总决赛你们看了吗？韶关妹子止步第三，评委打分太离谱了吧！评论区说说你心中的冠军～",
      E, [(E, "评委打分太离谱了吧", None)], note="talent-show gossip and opinion"),
    P("zh_ga_dy", "网传某影帝在横琴飙车被拦？这个视频不是我们发的哈，不过影帝本人真的超帅的，我们警花都看呆了🤤",
      E, [(E, "影帝本人真的超帅的，我们警花都看呆了", None)], note="celebrity gossip and fawning by a police account"),
    P("cz_wb", "某男星离婚官宣了！潮州发布小编表示：我又相信爱情了，又不相信了。",
      E, [(E, "我又相信爱情了，又不相信了", None)], note="celebrity divorce gossip"),
    # slang-drowned notices
    P("gd_jy_wb", "寒假时间出炉啦！1月24日开始放假，泼天的富贵终于轮到学生党了，接住！狠狠期待住了！",
      E, [(E, "泼天的富贵终于轮到学生党了，接住！", None), (E, "狠狠期待住了", None)],
      note="a formal holiday notice drowned in meme slang"),
    P("hz_jy", "期末考试安排来了～考完就放假，神金考试周谁来救救我，那很有生活了。",
      E, [(E, "神金考试周谁来救救我", None), (E, "那很有生活了", None)], note="exam notice in slang"),
    P("wf_sc", "食品抽检结果公布：全部合格！这波我们质检员6到飞起，公主请放心吃！",
      E, [(E, "6到飞起", None), (E, "公主请放心吃", None)], note="formal result drowned in slang"),
    P("sd_zj_wb", "公积金新政来了，浅浅给大家划个重点，我不允许还有人不知道！",
      E, [(E, "浅浅给大家划个重点", None), (E, "我不允许还有人不知道", None)], note="policy notice in slang"),
    P("yf_wb", "云浮今冬首场寒潮到货！南方小土豆们请把秋裤焊在身上，尔滨同款冷冷冷。",
      E, [(E, "南方小土豆们请把秋裤焊在身上", None), (E, "尔滨同款冷冷冷", None)], note="weather notice drowned in memes"),
    P("gd_jt", "春运车票开抢！质疑12306，理解12306，成为12306抢票大军～",
      E, [(E, "质疑12306，理解12306，成为12306抢票大军", None)], note="meme template on a formal notice"),
    P("dg_jy", "东莞中小学冬季作息调整，下周一起晚十分钟到校，听劝的宝贝已经在偷偷乐了，刷到即是缘～",
      E, [(E, "听劝的宝贝已经在偷偷乐了", None), (E, "刷到即是缘", None)], note="schedule notice in slang"),
    # 卖萌 / 卖惨
    P("ly_ga", "小编今天值班到凌晨三点，困成狗狗🐶了，哭唧唧～谁来给小编送个夜宵呀？",
      E, [(E, "困成狗狗🐶了，哭唧唧", None), (E, "谁来给小编送个夜宵呀", None)], note="卖惨/卖萌"),
    P("dy_wj", "宝宝心里苦，但宝宝不说。小编写了三天的健康科普阅读量只有200，人家要哭晕在厕所了😭",
      E, [(E, "宝宝心里苦，但宝宝不说", None), (E, "人家要哭晕在厕所了", None)], note="卖惨 about reading figures"),
    P("jm_ga", "警犬“豆豆”今天过生日啦，豆豆说：汪汪汪，本汪要吃蛋糕，不给就咬你哦～",
      E, [(E, "本汪要吃蛋糕，不给就咬你哦", None)], note="卖萌 in the voice of a police dog"),
    # begging for likes / follows
    P("zz_wl", "枣庄文旅这个视频剪了整整一个通宵，点赞不到一千小编就不睡觉了，拜托拜托各位亲亲！",
      E, [(E, "点赞不到一千小编就不睡觉了", None), (E, "拜托拜托各位亲亲", None)], note="begging for likes"),
    P("hy_wl", "河源文旅冲刺20万粉！还没关注的朋友动动发财的小手，关注一下下嘛～",
      E, [(E, "动动发财的小手，关注一下下嘛", None)], note="begging for follows"),
    P("wh_sc_wb", "我们的微博粉丝还没到七万，真的好心酸……路过的大佬手下留赞！",
      E, [(E, "路过的大佬手下留赞", None)], note="begging for likes"),
    # lotteries
    P("qd_wl", "转评赞三连，月底随机揪3位幸运儿送青岛啤酒博物馆双人票+原浆一桶！",
      E, [(E, "转评赞三连，月底随机揪3位幸运儿", None)], note="follower lottery"),
    P("ta_ga", "关注泰安公安抖音号，并在评论区晒出你的平安符，抽1位送泰山日出观景酒店一晚！",
      E, [(E, "晒出你的平安符，抽1位送泰山日出观景酒店一晚", None)], note="follower lottery with a hotel prize"),
    P("cz_wb", "潮州发布粉丝福利来袭！带话题#潮州冬至#晒出你家汤圆，点赞数前5名各得手拉壶一把！",
      E, [(E, "点赞数前5名各得手拉壶一把", None)], note="likes-based lottery"),
    # quizzes, horoscopes, jokes
    P("sd_mz", "今日黄历：宜嫁娶、祭祀、安床；忌动土、出行。民政婚姻登记处提醒有情人抓紧哦～",
      E, [(E, "今日黄历：宜嫁娶、祭祀、安床；忌动土、出行", None)], note="almanac superstition on a civil affairs account"),
    P("gd_jy", """MBTI测一测：你是哪种老师？

还在为期末评语发愁吗？先来测测你的老师人格吧！

1.开会时你更喜欢：A.坐第一排 B.坐角落
2.改作业你会：A.一次改完 B.拖到最后一晚

选A多的你是ENTJ“指挥官型”老师，选B多的你是INFP“调停者型”老师。快转发给同事看看吧！""",
      E, [(E, "MBTI测一测：你是哪种老师？", None), (E, "快转发给同事看看吧", None)], note="personality quiz"),
    P("fs_sc", "周五小测试：你属什么生肖？属龙的朋友下周财运爆棚，属蛇的注意破小财～（纯属娱乐）",
      E, [(E, "属龙的朋友下周财运爆棚", None)], note="zodiac fortune on a market regulator's account"),
    P("zj_wj", "每日一乐：为什么医生不爱冬天？因为病人太多“冷”不丁就来了。哈哈哈，你们笑了吗？",
      E, [(E, "每日一乐", None)], note="joke unrelated to the work"),
    P("yf_wx", """塔罗牌告诉你：2027年你的事业运

年底了，你是不是也想知道明年运势？小编请来了资深塔罗师，为大家解读2027年事业运。

第一张牌：宝剑骑士——你将迎来大的变动；
第二张牌：星币三——合作带来好运……

评论区留下你的生日，塔罗师挑10位免费解读！""",
      E, [(E, "塔罗牌告诉你：2027年你的事业运", None), (E, "评论区留下你的生日，塔罗师挑10位免费解读", None)],
      note="tarot reading on a city account"),
    # forced likes / reposts by staff
    P("wf_sc", "【工作提示】请局机关各科室、各市场监管所负责人督促本单位人员于今日18时前完成本条微博的点赞、收藏和转发，"
      "并将截图发至办公室邮箱。",
      E, [(E, "督促本单位人员于今日18时前完成本条微博的点赞、收藏和转发", None), (E, "并将截图发至办公室邮箱", None)],
      note="forced likes/reposts by staff (single-item veto under 001 §4.4)"),
    P("hz_jy", """关于做好“菏泽教育发布”公众号推广工作的通知

各县区教体局、市直各学校：

为扩大官方公众号影响力，请各单位于11月30日前完成以下工作：
1.每名班主任在班级家长群推送本公众号二维码，家长关注率须达90%以上；
2.每周各校安排专人对本号推文逐篇“点赞”“在看”；
3.各单位关注人数每周一上报，市局将进行排名。

菏泽市教育局办公室""",
      E, [(E, "家长关注率须达90%以上", None), (E, "每周各校安排专人对本号推文逐篇“点赞”“在看”", None),
          (E, "各单位关注人数每周一上报，市局将进行排名", None)], note="forced follows and likes on staff and parents"),
    P("sg_wb", "请全市各网格员本周内每人带动不少于20户居民关注@韶关发布 ，完成情况由各镇（街）统计后报市委网信办。",
      E, [(E, "每人带动不少于20户居民关注", None)], note="forced follows by staff"),
    P("dy_wj", """关于参加“最美医生”网络投票的通知

各医疗卫生单位：

“最美医生”网络投票已于今日开始。请各单位组织全体职工每天登录投票，并发动患者及家属为我市候选人投票，
各单位每日投票截图请于当晚20时前发至委宣传科，投票结果将作为年终评先树优的依据。""",
      E, [(E, "发动患者及家属为我市候选人投票", None), (E, "投票结果将作为年终评先树优的依据", None)],
      note="forced voting by staff and patients"),
    P("zh_ga", "请各分局、各大队民辅警在本条微博下点赞评论，评论内容统一为“平安珠海，有我守护”，政治处将逐一核对。",
      E, [(E, "评论内容统一为“平安珠海，有我守护”，政治处将逐一核对", None)], note="forced comments by staff"),
    P("zz_wl", "局属各单位：请各单位工作人员在抖音为本条视频双击点赞并转发至朋友圈，集齐50个赞截图打卡。",
      E, [(E, "集齐50个赞截图打卡", None)], note="forced likes by staff"),
    P("ly_ga_dy", "民警蜀黍跳完这段海草舞，还有谁不服？点赞超10万就让所长来跳！",
      E, [(E, "民警蜀黍跳完这段海草舞", None), (E, "点赞超10万就让所长来跳", None)], note="meme dance and like-baiting"),
    P("gd_jy_wb", "#广东教育#综艺里那个学霸哥哥原来是广东考生！看他在节目里解题，真的是帅到犯规～",
      E, [(E, "真的是帅到犯规", None)], note="variety-show fawning"),

    P("hy_wl", "点赞过5000抽3位送“客家围屋酒店”双人房！酒店官方号同步开团，双人房团购价299，手慢就没了哦～",
      ("entertainment", "ad"), [(E, "点赞过5000抽3位", None), ("ad", "酒店官方号同步开团，双人房团购价299", None)],
      note="like-based lottery sponsored by one hotel, plus its group-buy price"),

    # hard negatives
    P("ta_ga", "泰安公安反诈宣传：“天上不会掉馅饼，掉下来的都是陷阱”。刷单返利是骗局，遇到请拨96110。",
      hn=E, note="anti-fraud slogan, lively but on topic"),
    P("qd_wl", "11月22日小雪节气。小雪时节，青岛崂山初雪可期，出门请注意添衣保暖。", hn=E,
      note="solar-term greeting with weather tip"),
    P("zh_ga_dy", "知名演员某某受聘为珠海市禁毒宣传形象大使，在禁毒宣传月启动仪式上呼吁青少年远离毒品。", hn=E,
      note="a celebrity at an official event"),
    P("hz_jy", "为菏泽一中的孩子们点赞！在全国中学生科技创新大赛中，我市学生获得一等奖2项。", hn=E,
      note="official praise (为…点赞)"),
    P("dy_wj", "“防跌倒知识有奖问答”开始啦：冬季老人外出时应该穿什么鞋？答对的前50名读者由市卫健委发放健康手册一本。",
      hn=E, note="an official knowledge quiz about the unit's work, small official prize"),
    P("jm_ga", "“我是一只快乐的反诈小蜜蜂🐝，嗡嗡嗡提醒你：陌生链接不要点！”江门公安反诈宣传进校园。", hn=E,
      note="lively anti-fraud line used in a school campaign"),
    P("gd_jt", "春运路上，交通人坚守岗位。向所有奋战在一线的交通人致敬！", hn=E, note="praise of staff"),
    P("sd_mz", "2026年山东省养老服务技能大赛落幕，来自济南的护理员赵某获得一等奖。", hn=E,
      note="an official competition"),
    P("cz_wb", "潮州市文艺汇演将于元旦举行，演出节目包括潮剧、英歌舞、潮州大锣鼓等。", hn=E,
      note="official cultural event"),
    P("zz_wl", "枣庄台儿庄古城迎来今冬首场雪，古城银装素裹，美如画卷。", hn=E,
      note="official promotion of local scenery"),
    P("fs_sc", "佛山市场监管“放心消费”知识竞赛决赛圆满落幕，禅城区代表队获得冠军。", hn=E,
      note="official knowledge competition"),
    P("yf_wb", "云浮发布摄影征集：“我眼中的云浮冬天”，优秀作品将在本号展示。", hn=E,
      note="official photo call without a prize draw"),
]
