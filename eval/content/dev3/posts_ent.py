"""Held-out part (new, 2026-12-02): entertainment / gossip / jokes / quizzes / 卖萌 / begging for likes /
lotteries / forced likes and votes (class entertainment), and hard negatives. Slang, topics and the wording
of forced likes differ from dev/ and dev2/."""
from _lib import P

E = "entertainment"

POSTS = [
    P("zb_wb", """【吃瓜】某顶流男团成员被曝恋情，女方疑似为一位网红主播，两人被拍到在三亚同游。粉丝团已连夜发声明“不信谣不传谣”，你怎么看？""",
      E, note="celebrity romance gossip on a city news-office account"),

    P("hy_wb", """震惊！某短剧女主演片酬被曝高达每集10万元，网友：比电影明星还赚钱？该短剧上线三天播放量破10亿，剧中“霸总”一角更是圈粉无数。""",
      E, note="short-drama actor pay gossip"),

    P("fs_wx", """英超焦点战：曼城绝杀利物浦！球迷狂欢到凌晨

北京时间11月23日凌晨，英超第13轮焦点战，曼城主场2比1逆转利物浦。第93分钟，曼城前锋头球破门完成绝杀，现场球迷陷入疯狂。

赛后，两队主帅在新闻发布会上针锋相对，利物浦主帅直言“裁判毁了比赛”。

目前，曼城积30分升至积分榜第二位，距榜首仅差1分。

下周末，曼城将客场挑战阿森纳，你看好哪支球队？评论区聊聊！""",
      E, note="foreign football match report, unrelated to government work"),

    P("sd_wl_dy", """家人们，今天小编被领导抓包摸鱼了😭 罚我给大家跳一段科目三，点赞过万就再跳一次！#小编日常""",
      E, [(E, "点赞过万就再跳一次")], note="staff stunt for likes, 卖萌"),

    P("wh_wb", """威海今天的风是真的会谢，出门一秒变“海胆头”，我真的会谢🙃 你们那里风大吗？""",
      E, [(E, "我真的会谢")], note="slang mood post with no weather information"),

    P("ta_wb", """上泰山的宝子们，我真的哭死！凌晨四点爬到玉皇顶，结果云海没看到，只看到人海🥲 小编的腿现在还在抖，芭比Q了芭比Q了""",
      E, [(E, "我真的哭死"), (E, "芭比Q了")], note="卖惨 slang post with no visitor information"),

    P("dg_wb", """东莞打工人的周一be like：闹钟响了三次，地铁挤成照片，到工位发现电脑还没开机……牛马的一天又开始了🐴 有没有同款？""",
      E, [(E, "牛马的一天又开始了")], note="joke about office life, no government content"),

    P("jn_scjg_wb", """冷笑话时间：为什么监管局的小编从不吃火锅？因为怕“涮”存在感😂 好了，今天的冷笑话就到这里，明天见～""",
      E, note="contentless pun joke"),

    P("sz_jy", """脑筋急转弯：什么东西越洗越脏？答案评论区见！答对的宝子们小编给你们比心💗""",
      E, [(E, "给你们比心")], note="riddle for engagement on an education bureau account"),

    P("hz_ga_dy", """测测你是哪种菏泽牡丹？选一朵你最喜欢的颜色：A粉色 B白色 C紫色 D黄色，评论区告诉我，下期揭晓你的隐藏性格！#心理测试""",
      E, note="personality quiz, off-topic for a police account"),

    P("zh_scjg", """你的生肖本周运势如何？

🐭 鼠：本周财运不错，可能有意外收获；
🐮 牛：工作压力大，注意劳逸结合；
🐯 虎：桃花运旺，单身的朋友注意身边人；
🐰 兔：适合学习充电，不宜冲动消费；
🐲 龙：贵人运佳，有望得到领导赏识；
🐍 蛇：健康方面需注意，少熬夜。

以上内容仅供娱乐，转发给你的朋友看看吧！""",
      E, note="zodiac fortunes on a market-regulation account"),

    P("cz_wl", """小编今天好丧，方案被退回三次了……求安慰，求抱抱🥺 你们的一个赞就是小编加班的动力！""",
      E, [(E, "求安慰，求抱抱"), (E, "你们的一个赞就是小编加班的动力")], note="卖惨 and asking for likes"),

    P("gd_wj_wb", """本宝宝今天值班，医院食堂的叉烧饭也太香了吧，嘎嘎香！啾咪～""",
      E, [(E, "本宝宝"), (E, "嘎嘎香"), (E, "啾咪")], note="卖萌 lunch post on a health commission account"),

    P("jm_wl", """一键三连走一波！我们离10万粉丝只差最后500个了，家人们帮帮忙，冲冲冲！#江门文旅""",
      E, [(E, "一键三连走一波"), (E, "我们离10万粉丝只差最后500个了，家人们帮帮忙")], note="begging for follows and likes"),

    P("sd_wj", """【福利】关注+留言，揪10位宝子送暖手宝！

冬天到了，你最喜欢的暖冬神器是什么？

在本文末尾留言，说出你的暖冬神器，并关注“健康山东”公众号，小编将在12月5日随机揪出10位宝子，每人送出暖手宝一个！

记得点亮文末的“在看”和“赞”哦～""",
      E, [(E, "揪10位宝子送暖手宝"), (E, "记得点亮文末的“在看”和“赞”哦")], note="follower lottery and asking for likes"),

    P("dy_ny", """【通知】

各科室、各直属单位：

根据局党组安排，请全体干部职工于11月28日前为我局报送的“最美农技员”短视频作品投票，每人每天投票不少于5次，并动员家属、亲友积极参与。

各单位投票情况将每日统计排名，投票情况纳入年终绩效考评。

联系人：办公室　盖丽""",
      E, [(E, "每人每天投票不少于5次，并动员家属、亲友积极参与"), (E, "投票情况纳入年终绩效考评")],
      when="11-25 09:30", note="forced voting by staff with appraisal pressure (same rule as 强制要求点赞)"),

    P("sg_ga", """@全体民警辅警：本条微博请于今晚22点前完成“转发+评论+点赞”三项操作，各所队指定专人截图汇总至政治处，逾期未完成的将在周一交班会上点名。""",
      E, [(E, "请于今晚22点前完成“转发+评论+点赞”三项操作"), (E, "逾期未完成的将在周一交班会上点名")],
      note="forced likes and reposts by staff, posted publicly"),

    P("yf_rs", """关于开展本公众号推文“阅读量提升月”活动的通知

局属各单位：

为扩大我局政务新媒体影响力，经研究，决定开展“阅读量提升月”活动。现将有关事项通知如下：

一、每名干部职工每天须阅读本公众号当日推文并点击“在看”“点赞”；
二、每人每周转发推文至朋友圈不少于3篇，且保留不少于48小时；
三、各单位刷量情况每周通报，排名后三位的单位在全局会议上作表态发言。

请各单位高度重视，抓好落实。""",
      E, [(E, "每名干部职工每天须阅读本公众号当日推文并点击“在看”“点赞”"), (E, "每人每周转发推文至朋友圈不少于3篇"),
          (E, "各单位刷量情况每周通报")], note="forced reading, likes and reposts by staff (Guangdong 001 §4.4 single-item veto)"),

    P("hy_wb", """【锦鲤附体】评论区随机抽取5位粉丝，送出万绿湖周边盲盒一份！要求：关注@河源发布 并@两位好友，12月3日开奖。""",
      E, [(E, "评论区随机抽取5位粉丝"), (E, "关注@河源发布 并@两位好友")], note="follower lottery"),

    P("ta_wb", """粉丝破百万啦！感恩有你🎉 转发本条并关注，抽20位宝子送泰山挑山工公仔！点赞最多的评论直接送泰山夜场门票两张！""",
      E, [(E, "转发本条并关注，抽20位宝子送泰山挑山工公仔"), (E, "点赞最多的评论直接送泰山夜场门票两张")],
      note="follower-count celebration with lottery"),

    P("hzh_wx", """这个冬天，惠州的“电子榨菜”请收好！

下饭神剧推荐来了！

1.《繁花似锦》：豪门恩怨+商战，女主逆袭爽感拉满；
2.《夜色长安》：悬疑探案，反转不断；
3.《心动食堂》：甜宠美食剧，看完就饿。

小编已经连刷三部，黑眼圈都熬出来了🐼 你们最近在追什么剧？评论区安利给我！""",
      E, [(E, "电子榨菜")], note="TV-drama recommendations on a city news-office account"),

    P("qd_jy", """绝了！青岛某中学班主任的“发疯式”家长群通知火了

“各位家长，期末考试还有一个月，孩子们的状态就像一杯温开水——不冷不热不沸腾……”近日，青岛一位班主任在家长群发布的一段“发疯式”通知走红网络，网友直呼“笑不活了”。

小编看完也笑出了腹肌。你家孩子的班主任有多搞笑？评论区说说吧！""",
      E, [(E, "笑不活了")], note="viral funny-teacher gossip, no educational information"),

    P("sw_yj", """汕尾应急小编的日常：上班摸鱼被领导发现，只好假装在研究台风路径🌀 哈人，领导说我演技太差了😂""",
      E, [(E, "上班摸鱼"), (E, "哈人")], note="staff joke about slacking off"),

    P("wf_ga", """来了来了！潍坊民警版“挑战不笑”，谁笑谁输！评论区晒出你的截图，第一个没笑的送警察叔叔玩偶一个！#挑战不笑""",
      E, [(E, "谁笑谁输"), (E, "第一个没笑的送警察叔叔玩偶一个")], note="challenge-video stunt with a prize, no police content"),

    P("gz_jj_wb", """🚦小交今天偷感很重，趁领导开会偷偷发条微博：广州今天天气也太好了吧，水灵灵地想出去玩～""",
      E, [(E, "偷感很重"), (E, "水灵灵地想出去玩")], note="卖萌 slang mood post"),

    P("sd_sw_wb", """听说税务小编是“i人”中的“i人”，开会都坐最后一排🙈 你是哪种打工人？A社牛 B社恐 C社死现场，评论区扣字母！""",
      E, [(E, "你是哪种打工人？A社牛 B社恐 C社死现场")], note="personality-type chatter and engagement bait"),

    P("zb_wb", """今天在周村古商城偶遇某知名相声演员！他正在排队买烧饼，还跟粉丝合了影，本人比电视上还帅！有没有宝子也看到了？""",
      E, note="celebrity-sighting gossip (not an official event)"),

    P("cz_wl_dy", """潮州“小可爱”上线！我们文旅局的猫猫局长今天又来巡视啦，萌化了萌化了～#猫猫 #萌宠""",
      E, [(E, "猫猫局长"), (E, "萌化了萌化了")], note="卖萌 pet post"),

    P("dg_wb", """东莞小编今日份快乐源泉：下班路上看到一只柯基屁股一扭一扭的，瞬间治愈了！狗狗才是人类的天使🐶""",
      E, [(E, "今日份快乐源泉")], note="personal pet-mood post"),

    P("sd_wl", """【投票】你心中的“山东最强网红”是谁？A 淄博烧烤 B 曹县汉服 C 天津大爷（不是山东的） D 济南大明湖的鸭子🦆 快来投票吧！笑死，D选项是认真的吗？""",
      E, [(E, "笑死")], note="joke poll, no tourism information"),

    P("gd_wj", """今日冷知识：为什么人会打哈欠会“传染”？

你有没有发现，看到别人打哈欠，自己也忍不住想打？

有人说这是因为“镜像神经元”，有人说是大脑“降温”的需要……真相到底是什么？科学家至今也没有定论。

小编写这篇推文的时候已经打了十个哈欠了🥱 你看到这里打哈欠了吗？打了的扣1！""",
      E, [(E, "打了的扣1")], note="trivia and engagement bait, no health guidance"),

    P("yt_yj", """【内部通知】请各科室将本号今日推文转发至本人朋友圈及所在微信群不少于5个，截图于下午5点前发至办公室邮箱，此项工作纳入科室月度考核。""",
      E, [(E, "转发至本人朋友圈及所在微信群不少于5个"), (E, "此项工作纳入科室月度考核")],
      note="forced reposts by staff, posted on the public account"),

    # ---- hard negatives
    P("sd_wl", """【明星助阵“好客山东”冬季文旅推介会】11月22日，“好客山东·冬游齐鲁”文旅推介会在上海举行，山东籍演员作为山东文旅推广大使出席，向观众推介泰山日出、济南泉水、威海海岸等冬季旅游线路。""",
      hn=E, note="celebrity in an official role at a government promotion event"),

    P("wf_ga", """“喂，你好，我是XX快递客服……”停！打住！这波骗子的话术，我们帮你拆穿了！看完这个视频，你就是反诈达人👍 记得转给爸妈看看！#反诈 #潍坊公安""",
      hn=E, note="anti-fraud video in a lively tone, legitimate"),

    P("sz_jy", """【深圳市2027年义务教育阶段学位申请系统开放时间公布】家长们关心的学位申请来了！系统将于2027年4月开放，这份攻略建议收藏⭐""",
      hn=E, note="lively but informative education notice"),

    P("ta_wb", """【点赞！泰山挑山工获评“全国道德模范”】几十年如一日，他们肩挑背扛，把生活物资送上泰山之巅。为挑山工点赞！""",
      hn=E, note="为…点赞: praise, not a request for likes"),

    P("gz_jj", """广州市2026年第6期中小客车指标摇号结果公布

2026年第6期广州市中小客车指标配置结果已于11月26日产生。本期个人普通车指标摇号共有有效编码28.6万个，配置指标6000个，中签率约2.1%。

申请人可登录广州市中小客车指标调控管理信息系统查询结果。""",
      hn=E, note="official car-plate lottery, not a follower lottery"),

    P("hy_wb", """今日小雪🌨️ 小雪节气，河源气温下降明显，请注意添衣保暖。小雪时节，宜吃萝卜、羊肉，温补养胃。""",
      hn=E, when="11-22 07:10", note="solar-term greeting with practical advice"),

    P("sd_wj", """“儿科医生也是人类幼崽的‘铲屎官’？”——一位儿科医生的冬季门诊日记

冬季是儿童呼吸道疾病的高发季节。省立医院儿科医生张医生每天要接诊100多名患儿。

“很多家长一见孩子发烧就很慌，其实大多数孩子发烧是病毒感染引起的，体温不超过38.5℃且精神状态好的，可以先在家观察。”张医生说。

张医生提醒：孩子出现持续高热、呼吸急促、精神萎靡等情况时，要及时就医；同时，接种流感疫苗是预防流感最有效的手段。""",
      hn=E, note="a playful headline on a real health-education piece"),

    P("cz_wl_dy", """潮州英歌舞，燃爆了！这是国家级非物质文化遗产，舞者手持双槌，动作刚劲有力。今年春节，潮州各地将有30多支英歌队巡游展演，欢迎来潮州过大年！#英歌舞 #非遗""",
      hn=E, note="heritage dance promotion by the culture/tourism bureau"),

    P("dg_wb", """【东莞发布：全市中小学寒假时间定了】2027年1月24日开始放假，2月26日开学。小伙伴们是不是已经开始期待了？请家长们合理安排孩子假期生活，注意安全。""",
      hn=E, note="friendly tone in a school-calendar notice"),

    P("qd_jy", """青岛市第二届中小学生“宪法知识竞赛”获奖名单公布

11月25日，青岛市第二届中小学生宪法知识竞赛决赛举行，经过激烈角逐，崂山区实验小学等12支代表队获一等奖。

获奖学生将获颁证书和宪法读本。""",
      hn=E, note="official quiz competition with certificates, not an entertainment quiz"),

    P("gd_wj_wb", """【欢迎关注“健康广东”视频号】每周三晚8点，三甲医院专家在线直播答疑，内容涵盖儿童健康、慢病管理、中医养生等。有问题可以在评论区留言，专家会在直播中集中回答。""",
      hn=E, note="欢迎关注 for a health Q&A service; not begging for follows"),

    P("jm_wl", """江门开平赤坎古镇今天来了好多拍电影的剧组！原来，古镇已经成为全国知名影视拍摄基地，累计接待剧组200多个。欢迎大家来赤坎打卡“同款”街景～#江门文旅""",
      hn=E, note="film-location tourism promotion, no gossip"),

    P("sw_yj", """“台风来了我不怕，三防知识记心上！”汕尾应急管理局推出防灾减灾顺口溜，一起来学：
风来了，快回家；窗关好，物收下；
水涨了，往高爬；电断掉，别慌怕。
转给家里的老人孩子，一起学起来！""",
      hn=E, note="safety rhyme with a share call; lively but legitimate"),
]
