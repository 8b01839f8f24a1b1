"""Twenty-ninth held-out part: entertainment / off-topic content (class entertainment) and hard negatives
(lively but legitimate government posts). Entertainers and people are invented."""
from _lib import P

E = "entertainment"
HN = "entertainment"

POSTS = [
    P("xz_ga", "今天不聊案子，聊聊八卦：歌手岚溪和演员周屿白被拍到一起在拉萨逛街，这是要官宣了吗？评论区说说你们更看好谁！",
      E, [(E, "歌手岚溪和演员周屿白被拍到一起在拉萨逛街", None)], note="celebrity gossip"),
    P("xz_ga_dy", "警察蜀黍今天也要营业啦~先给大家比个心，看完记得给蜀黍一个小心心，不然蜀黍今晚加班都没力气了呜呜呜",
      E, [(E, "不然蜀黍今晚加班都没力气了呜呜呜", None)], note="卖惨 for likes"),
    P("ls_xw", "【测一测】你是布达拉宫、大昭寺还是八廓街？选出你最喜欢的颜色，测出你的拉萨本命景点，准得吓人！",
      E, [(E, "测出你的拉萨本命景点，准得吓人", None)], note="personality quiz"),
    P("xz_wl", "这周运势来啦！白羊座本周适合去纳木错许愿，金牛座财运爆棚，双子座小心桃花劫……快看看你的星座怎么说！",
      E, [(E, "白羊座本周适合去纳木错许愿", None)], note="horoscope"),
    P("xz_wl_wb", "小编的迷惑日常：小编早上起床发现高原反应了，结果是昨晚吃太多牛肉包撑的。你们有没有类似的糗事？",
      E, [(E, "小编的迷惑日常", None)], note="joke/off-topic personal content"),
    P("lz_ga", "【重要通知】全市公安民警、辅警请于今日18时前完成本条微博的点赞、转发、评论，各科所队负责人负责截图汇总报政治处。",
      E, [(E, "全市公安民警、辅警请于今日18时前完成本条微博的点赞、转发、评论", None)], note="forced likes/reposts by staff"),
    P("lz_ga_dy", "谁能懂啊，值班第36个小时，蜀黍困得眼睛都睁不开了，给蜀黍点个赞加加油吧，破万赞蜀黍就去睡觉！",
      E, [(E, "破万赞蜀黍就去睡觉", None)], note="begging for likes, 卖惨"),
    P("ls_ga", "女明星林可可在拉萨机场被偶遇，素颜也太好看了吧！我们民警也忍不住要了张签名（偷偷的）",
      E, [(E, "女明星林可可在拉萨机场被偶遇，素颜也太好看了吧", None)], note="celebrity gossip by police"),
    P("rkz_wl", "谁还没看过这部剧！最近大火的古装剧《雪山之巅》男主角原来是日喀则人？剧组花絮让人乐得直拍桌子，男二和女三的吻戏NG了18次！",
      E, [(E, "男二和女三的吻戏NG了18次", None)], note="TV-show gossip"),
    P("xz_jy", """【趣味】老师们的表情包合集来啦

期末考试快到了，看看这些老师的经典语录：“这道题我讲过八百遍了！”“你们是我带过最差的一届！”……你中招了吗？哈哈，转发给你的老师看看！""",
      E, [(E, "老师们的表情包合集来啦", None)], note="meme collection"),
    P("xz_yj", """【抽奖】关注本号送冬季保暖大礼包

为回馈广大粉丝，本号推出关注抽奖活动：关注“西藏应急管理”公众号并在文末留言，我们将随机抽取20位幸运粉丝，每人送电热毯一条。11月30日开奖，快来参与吧！""",
      E, [(E, "关注“西藏应急管理”公众号并在文末留言，我们将随机抽取20位幸运粉丝", None)], note="follower lottery"),
    P("cg_sj", "城关区市场监管局全体同志祝老板娘生日快乐！愿我们最美的“后勤部长”永远十八岁，蛋糕已经吃完了，羡慕吧~",
      E, [(E, "祝老板娘生日快乐", None)], note="private celebration, off-topic"),
    P("rkz_zf", """【通知】请各单位组织干部职工积极为我市参评作品投票

我市选送的短视频《年楚河畔》正在参加某平台人气评选，请各单位务必组织全体干部职工每天投票，并将投票截图于每日17时前报市委宣传部，投票情况将纳入年度考核。""",
      E, [(E, "请各单位务必组织全体干部职工每天投票，并将投票截图于每日17时前报市委宣传部", None)], note="forced votes by staff"),
    P("dr_wl", "据说摸一摸珠峰大本营的石头就能脱单？今天小编亲自试了，回来路上就收到了三条相亲消息！灵不灵你们去试试！",
      E, [(E, "据说摸一摸珠峰大本营的石头就能脱单", None)], note="superstition/joke"),
    P("cd_wj", "医生也追星！昨天我们科室的护士小姐姐终于抢到了歌手星野的演唱会门票，整个科室都沸腾了，明天她要请假去成都，大家祝她好运！",
      E, [(E, "抢到了歌手星野的演唱会门票", None)], note="fan gossip by health account"),
    P("cd_nw", """今天的牦牛太可爱了！

小编今天下乡拍到一头小牦牛，眼睛圆溜溜的，一直跟着我们走，萌化了有没有！给它取个名字吧，评论区名字最好听的，小编送一袋牦牛肉干~""",
      E, [(E, "萌化了有没有！给它取个名字吧", None)], note="卖萌 and giveaway"),
    P("lz_wl", "冬天的林芝……算了不说了，小编失恋了，想一个人去鲁朗静静。你们有没有被分手的经历，评论区一起抱头痛哭……",
      E, [(E, "小编失恋了，想一个人去鲁朗静静", None)], note="personal emotion, 卖惨"),
    P("lz_wl_wb", "#今日话题# 你觉得谁最适合演仓央嘉措？A. 顾言之  B. 沈星河  C. 陆景川，投票开始！",
      E, [(E, "你觉得谁最适合演仓央嘉措", None)], note="celebrity casting poll"),
    P("by_yj", """周末放松一下：这些搞笑安全事故视频，你一定没见过

小编整理了十个网友拍的“翻车”视频，看一个笑一个，第七个太离谱了！看完记得点个“在看”，让更多人乐一乐。""",
      E, [(E, "这些搞笑安全事故视频，你一定没见过", None)], note="entertaining compilation of accidents"),
    P("sn_zf", """【猜谜】山南发布有奖竞猜来啦

今天的谜语：“雅砻河谷第一宫”打一景点。在评论区留言答案，点赞最多的前三名将获得山南文创礼品一份！""",
      E, [(E, "点赞最多的前三名将获得山南文创礼品一份", None)], note="like contest with prizes"),
    P("sn_qx", "今天山南天气晴，但小编心情阴……因为中午的外卖被同事吃了！谁吃了我的麻辣烫请自觉私信我，呜呜呜。",
      E, [(E, "谁吃了我的麻辣烫请自觉私信我", None)], note="personal complaint, off-topic"),
    P("nq_rs", "转起这只幸运牦牛，下个月工资翻倍！那曲人社祝大家都能拿到年终奖，接好运的扣1~",
      E, [(E, "转起这只幸运牦牛，下个月工资翻倍", None)], note="good-luck chain"),
    P("al_xs", """【粉丝福利】阿里发布粉丝破五万啦

感谢大家一路陪伴！为庆祝粉丝突破5万，我们将在留言区抽取10位幸运读者送出阿里地区纪念明信片，留言越走心中奖几率越大哦~""",
      E, [(E, "为庆祝粉丝突破5万，我们将在留言区抽取10位幸运读者", None)], note="follower celebration lottery"),
    P("pl_sj", "监管所的小橘猫又胖了！每天蹲在办公室门口等饭，我们都叫它“所长”。快来看看它的日常~",
      E, [(E, "监管所的小橘猫又胖了", None)], note="pet content, off-topic"),
    P("ls_xw_dy", "拉萨街头随机采访：如果中了五百万你第一件事做什么？第三个小哥的回答绝了！",
      E, [(E, "如果中了五百万你第一件事做什么", None)], note="off-topic street interview"),
    P("xz_lc", "今天森林防火宣传就不发了，给大家分享一首小编最近单曲循环的歌，真的太好听了，建议戴耳机听~",
      E, [(E, "给大家分享一首小编最近单曲循环的歌", None)], note="off-topic personal music share"),
    P("xz_wj", """震惊！这个星座的人最容易得高原反应

据网友总结，双鱼座和巨蟹座的人最容易高原反应，因为他们“心思太重”；而射手座天生适合高原……你是哪个星座？来评论区说说你的经历吧！""",
      E, [(E, "这个星座的人最容易得高原反应", None)], note="horoscope pseudo-health"),
    P("xz_jy", "家长们注意了！期末考试前吃什么能提分？据说吃一碗青稞粥能提高记忆力，考前转发此条，门门考满分！",
      E, [(E, "考前转发此条，门门考满分", None)], note="repost superstition"),
    P("ls_ga", "集赞活动来啦！本条视频点赞破10万，我们就在八廓街现场表演警犬跳舞，说到做到！",
      E, [(E, "本条视频点赞破10万，我们就在八廓街现场表演警犬跳舞", None)], note="begging for likes"),
    P("rkz_wl", "【冬日闲聊】你们说，日喀则的冬天到底冷不冷？小编觉得还没有我前任的心冷，哈哈哈哈。",
      E, [(E, "还没有我前任的心冷", None)], note="joke about personal life"),
    P("cd_wj", "【通知】为扩大本号影响力，请全市卫生健康系统干部职工每人每天转发本号文章至少两篇至朋友圈，各单位每周五汇总转发截图。",
      E, [(E, "每人每天转发本号文章至少两篇至朋友圈", None)], note="forced reposts by staff"),
    P("xz_ga_dy", "OMG！这届网友也太有才了吧，给我们的警犬“雪虎”P了一套古装，绝美！快来认领你们的老公~",
      E, [(E, "快来认领你们的老公", None)], note="internet-slang fan talk"),
    P("nq_rs", """关于城乡居民养老保险缴费的温馨提示（超全！速看！）

姐妹们冲冲冲！2026年度城乡居民养老保险缴费马上截止啦，还没交的宝贝们抓紧时间哦，错过了可别蹲墙角画圈圈哦~截止日期：12月31日，缴费方式：各乡镇社保所。""",
      E, [(E, "姐妹们冲冲冲", None), (E, "还没交的宝贝们抓紧时间哦，错过了可别蹲墙角画圈圈哦", None)], note="formal notice drowned in slang"),
    P("al_xs", "世界杯预选赛今晚开打，小编已经准备好酥油茶熬夜看球了！你们支持哪支队？评论区聊起来~",
      E, [(E, "小编已经准备好酥油茶熬夜看球了", None)], note="off-topic sports chat"),
    P("by_yj", "双十二快到了，你们的购物车都装满了吗？小编的已经放不下了，跪求大家推荐一款好用的电暖器！",
      E, [(E, "你们的购物车都装满了吗", None)], note="off-topic shopping chat"),
    # --- hard negatives: lively but legitimate posts ---
    P("xz_ga_dy", "冬天到，骗子也“上新”了！“快递理赔”“低价年货”“冒充领导”……这几种骗局请收好，转给家里长辈看看。",
      hn=HN, note="anti-fraud with lively tone"),
    P("ls_xw", "【小雪节气】今日小雪，拉萨的清晨有了冬天的味道。喝一碗热乎乎的甜茶，开启元气满满的一天吧！",
      hn=HN, note="solar-term greeting"),
    P("lz_ga", "为这位民警点赞！11月20日，巴宜区一名老人走失，林芝公安民警连续搜寻6小时，在山坳里找到老人并将其背下山。",
      hn=HN, note="praise of an officer"),
    P("xz_wl", "冬游西藏，阳光、雪山、湖泊和更少的人潮。西藏冬季旅游季正式启动，欢迎大家来看看不一样的雪域风光！",
      hn=HN, note="official tourism promotion"),
    P("sn_qx", "天气预报员温馨提示：明天山南大部有大风降温，最低气温零下12℃，请大家添衣保暖，“秋裤”该穿上啦！",
      hn=HN, note="lively weather warning"),
    P("xz_jy", "小编提醒：寒假将至，孩子们请远离冰面，不在结冰的河湖上玩耍。安全过寒假，开心迎新年！",
      hn=HN, note="小编提醒 safety"),
    P("rkz_zf", "日喀则市保障性住房摇号结果公布：本次共有318户家庭通过摇号获得配租资格，名单详见附件，如有疑问请致电市住建局。",
      hn=HN, note="official lottery (摇号)"),
    P("cd_wj", "家庭医生上门啦！昌都市卡若区家庭医生团队冬季入户随访，为老人测血压、送药品，群众们笑着说“医生比亲戚来得还勤”。",
      hn=HN, note="warm human-interest post about work"),
    P("dr_wl", "珠峰的冬天有多美？定日县邀请你一起来看“日照金山”。冬季游客少、空气透，是拍摄珠峰的最佳时节。",
      hn=HN, note="official scenery promotion"),
    P("ls_ga", "“警察叔叔，我捡到了一个钱包！”11月25日，拉萨一名小学生将捡到的钱包交给民警，民警很快联系到了失主。为这位诚实的孩子点赞！",
      hn=HN, note="praise of a child, legitimate"),
    P("xz_yj", "防火靠大家！冬季是森林草原火灾高发期，上山不带火种、不野外用火。转发扩散，让更多人知道！",
      hn=HN, note="legitimate call to share a safety message"),
    P("nq_rs", "【政策问答】灵活就业人员怎么参加养老保险？本期我们用一张图讲清楚，快收藏起来吧！",
      hn=HN, note="lively policy explainer"),
    P("al_xs", "今天，阿里地区举行第十五届冬季运动会开幕式，来自7个县的400余名运动员将参加赛马、拔河、押加等比赛。",
      hn=HN, note="government-organised sports event"),
]
