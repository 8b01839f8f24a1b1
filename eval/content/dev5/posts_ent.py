"""Third held-out part (2026-12-02): entertainment/off-topic content (class entertainment) and hard negatives.
Slang, gossip, quizzes, lotteries, like-begging and forced-like wordings differ from dev/, dev2/, dev3/."""
from _lib import P

E = "entertainment"

POSTS = [
    P("jnn_wb", """【顶流男星官宣恋情！】今晚某顶流男星在社交平台官宣恋情，女方是圈外人，网友直呼“磕到了”。你们觉得般配吗？评论区聊聊～""",
      E, [(E, "磕到了", None)], note="celebrity gossip on a city news account; the whole post is off-topic"),

    P("bz_wb", """某综艺女嘉宾疑似塌房，节目组连夜删减镜头……吃瓜群众已就位🍉 大家怎么看？""",
      E, [(E, "吃瓜群众已就位", None)], note="show gossip, nothing to do with government work"),

    P("st_wb", """周末了！测测你是哪种性格的潮汕人：A. 工夫茶不离手 B. 牛肉火锅必须吃 C. 拜老爷最积极 D. 啥都要“食饱未”～评论区报上你的选项，看看谁和你是同一类！""",
      E, [(E, "测测你是哪种性格的潮汕人", None)], note="personality quiz"),

    P("zq_wb", """【12星座本周运势】白羊座：工作顺利，适合主动出击；金牛座：财运上扬，但要注意理性消费；双子座：桃花旺盛……其他星座看图👇""",
      E, [(E, "12星座本周运势", None)], note="horoscope"),

    P("mz_wb", """今日份冷笑话：为什么梅州的柚子不怕冷？因为它们穿着厚厚的“金”外套！哈哈哈哈哈哈 笑到头掉 #梅州#""",
      E, [(E, "笑到头掉", None)], note="joke post"),

    P("rz_ga", """今天值夜班又被蚊子咬了八个包，呜呜呜好委屈，谁来安慰一下可怜的小警察～🥺""",
      E, [(E, "呜呜呜好委屈", None)], note="卖惨/卖萌 by the police account"),

    P("rz_ga_dy", """巡逻路上遇到一只超可爱的小橘猫🐱 警官们已经被它征服啦！双击屏幕给小橘猫加鸡腿～#日照公安 #萌宠""",
      E, [(E, "双击屏幕给小橘猫加鸡腿", None)], note="cute-animal filler with like-begging; not police work"),

    P("zz_ga", """粉丝破50万啦！感谢大家一路陪伴～本条微博转发+关注，12月5日抽8位粉丝送“枣庄公安”定制保温杯！⚠没关注的不算哦""",
      E, [(E, "本条微博转发+关注，12月5日抽8位粉丝送", None)], note="follower lottery"),

    P("dz_wb", """别划走！！走过路过点个赞再走呗～德州发布小编每天都在认真搬砖，你们的点赞是我们最大的动力💪 爱你们么么哒""",
      E, [(E, "走过路过点个赞再走呗", None), (E, "爱你们么么哒", None)], note="begging for likes, 卖萌"),

    P("sd_sthj", """家人朋友们，今天的蓝天格局打开了！这空气质量，主打一个清新，狠狠爱了😍 #山东生态环境#""",
      E, [(E, "格局打开了", None), (E, "主打一个清新，狠狠爱了", None)], note="air-quality post drowned in slang, no data given"),

    P("sd_jt", """重要通知（转发）

各处室、各直属单位：

为进一步扩大“山东交通”政务新媒体影响力，现将有关要求通知如下：

一、本公众号每篇推文发布后，请全体干部职工在2小时内阅读、点赞并点亮“推荐”；
二、各单位于每周五前将本单位职工点赞截图汇总后报办公室宣传科；
三、点赞率将作为年度精神文明评选的重要参考，排名靠后的单位由分管领导约谈。

山东省交通运输厅办公室
2026年11月20日""",
      E, [(E, "请全体干部职工在2小时内阅读、点赞并点亮“推荐”", None), (E, "点赞率将作为年度精神文明评选的重要参考", None),
          (E, "排名靠后的单位由分管领导约谈", None)], note="forced likes by staff, published on the account itself"),

    P("gd_rs", """关于全员参与“广东人社”短视频点赞分享活动的通知

各地级以上市人社局，厅机关各处室：

为提升我厅政务短视频传播力，请各单位组织干部职工对我厅11月发布的短视频逐条点赞、评论、转发至家庭群，每人不少于10条。各单位于11月28日前报送完成情况，厅办公室将在全系统通报各单位完成率。

广东省人力资源和社会保障厅办公室""",
      E, [(E, "逐条点赞、评论、转发至家庭群，每人不少于10条", None), (E, "厅办公室将在全系统通报各单位完成率", None)],
      note="forced likes by staff"),

    P("zj_wx", """湛江发布视频号冲刺10万关注倒计时！

各位湛江的朋友们，我们的视频号马上就要破10万关注啦！还差最后3000人，求求大家点个关注，拉上你的亲朋好友一起来！

关注即可参与抽奖：抽10位送湛江生蚝火锅券，抽1位送万元大奖旅游套餐！

开通两年来，我们发布了湛江的美景、美食、民生资讯，陪伴大家度过了无数个日夜。从硇洲岛的日出到金沙湾的日落，从吴川烧烤到廉江红橙，每一条视频都是小编们用心拍的。

这一次，真的需要大家帮帮忙！

大家冲啊！""",
      E, [(E, "求求大家点个关注，拉上你的亲朋好友一起来", None), (E, "抽1位送万元大奖旅游套餐", None)],
      note="begging for follows and a follower lottery"),

    P("sz_scjg_wb", """不是哥们，你们周末都去哪儿玩了？小编只能在家吃泡面😭 主打一个寂寞。评论区晒出你的周末，点赞最高的送小编的一天陪聊（不是）""",
      E, [(E, "不是哥们", None), (E, "点赞最高的送小编的一天陪聊", None)], note="off-topic chat and a joke lottery"),

    P("zs_ga", """警察叔叔的一天：早上巡逻，中午吃饭，下午……在办公室跳科目三！💃 #中山公安 #警察也是普通人 #科目三""",
      E, [(E, "在办公室跳科目三", None)], note="trend-dance filler by the police"),

    P("qy_wl", """特种兵式旅游来清远！一天打卡5个景点，累到腿软但开心到飞起～芜湖起飞✈️ 谁还没来？@你的搭子 #清远文旅""",
      E, [(E, "芜湖起飞", None), (E, "@你的搭子", None)], note="tourism video drowned in slang and tagging"),

    P("yt_wl", """#烟台 #海鸥 烟台山的海鸥今天又抢了游客的薯条！这波操作依托答辩哈哈哈😂 海鸥：我吃我的，你拍你的""",
      E, [(E, "依托答辩", None)], note="vulgar slang joke"),

    P("gz_wj", """医生也疯狂？年终晚会上，医生们现场表演网红手势舞，台下笑翻了……

今年的科室年终联欢会上，心内科的王医生、李医生组团跳起了网红舞蹈，全场欢呼声不断。

视频已上传视频号，快去看看吧！记得点赞转发！医生们说了，点赞过千，明年还跳！""",
      E, [(E, "点赞过千，明年还跳", None)], note="party entertainment with like-begging on the health commission account"),

    P("lc_scjg", """今天是“光棍节”之后的第一个周末，市场监管小编脱单了吗？没有！因为小编每天都在抽检食品！😭 单身的同志们扣个1，让我看看有多少同病相怜的～""",
      E, [(E, "单身的同志们扣个1", None), (E, "市场监管小编脱单了吗", None)], note="off-topic 卖惨 and comment-baiting"),

    P("sd_jyt_wb", """期末考试要来了！学霸们都在拜哪位“考神”？评论区转发这条锦绣考运，保你逢考必过！🙏 #山东教育#""",
      E, [(E, "转发这条锦绣考运，保你逢考必过", None)], note="superstitious forwarding bait"),

    P("jnn_wb", """【趣味问答】孔子一共有多少个学生？答对的评论区扣“答案+省份”，抽5位送孔府家宴菜谱电子版！不要百度哦，凭实力！""",
      E, [(E, "抽5位送孔府家宴菜谱电子版", None)], note="quiz with lottery"),

    P("st_wb", """电子木鱼敲起来！功德+1，功德+1……今天也是为汕头攒人品的一天🙏 转发积功德！""",
      E, [(E, "转发积功德", None), (E, "电子木鱼敲起来", None)], note="meme filler"),

    P("gd_ga", """广东公安抖音号的帅哥警官又上热搜啦！网友：这颜值我可以！你们觉得哪位最帅？投票走起👇 1号 2号 3号""",
      E, [(E, "你们觉得哪位最帅？投票走起", None)], note="looks poll of officers"),

    P("mz_wb", """#梅州发布# 这周工作太难了，小编已经累瘫了……周五快点来吧！(ಥ﹏ಥ) 有没有人和我一样想放假的？""",
      E, [(E, "小编已经累瘫了", None)], note="卖惨 complaint"),

    P("jm_wx", """江门发布粉丝专属福利！

为感谢大家的支持，本号开展年终粉丝福利活动：

1.在本文下方留言说出你最爱的江门美食；
2.点赞+在看+转发朋友圈，截图发后台；
3.12月10日抽取20位幸运读者，送出“开平碉楼”双人游！

没有在看截图的不算哦～""",
      E, [(E, "点赞+在看+转发朋友圈，截图发后台", None), (E, "抽取20位幸运读者", None)], note="follower lottery requiring likes and shares"),

    P("zq_wb", """今天的肇庆太美了！七星岩的湖水蓝得像宝石，我嘞个豆，这是什么神仙地方！宝藏城市实锤了！""",
      E, [(E, "我嘞个豆", None)], note="slang-drowned scenery post (the scenery itself would be fine)"),

    P("bz_wb", """【通知】各位家银，本周六（11月28日）全市供暖管网检修，部分小区停暖6小时，大家莫慌，裹紧小被子，挺住就是胜利～冲冲冲！""",
      E, [(E, "各位家银", None), (E, "裹紧小被子，挺住就是胜利～冲冲冲", None)], note="formal outage notice drowned in slang"),

    P("dz_wx", """这个周末，德州人都在看这部剧……

最近某古装剧大火，男女主的甜宠剧情让观众欲罢不能。剧中那句“我心悦你”更是成了网络热梗。男主角的扮演者凭借这部剧人气暴涨，微博粉丝一周涨了300万；女主角的造型也被网友疯狂模仿，同款发簪卖到断货。

据说剧组正在筹拍第二季，男女主角是否原班人马还未官宣，网友们已经开始在评论区“许愿”了。

你追了吗？最喜欢哪个角色？欢迎在评论区和小编一起讨论剧情！""",
      E, [(E, "最喜欢哪个角色？欢迎在评论区和小编一起讨论剧情", None)], note="TV-drama gossip with no local or government link"),

    P("yt_wl", """烟台文旅小编在线卖萌：求求各位大大给个关注嘛～人家很努力拍视频的说(｡･ω･｡) #烟台""",
      E, [(E, "求求各位大大给个关注嘛", None), (E, "人家很努力拍视频的说", None)], note="卖萌 and follow-begging"),

    P("zz_ga", """今天来点轻松的：警察叔叔猜谜时间！“有头没有颈，身上冷冰冰，有翅不会飞，无脚也能行”——猜一动物。答对的今晚做个好梦🌙""",
      E, [(E, "警察叔叔猜谜时间", None)], note="riddle filler"),

    P("gz_wj", """【通知】关于动员全系统参与“最美医生”网络投票的通知

各区卫生健康局、委属各单位：

我委推荐的3名医生入围“最美医生”网络评选。请各单位动员全体职工每日投票，并在科室群接龙报告投票情况，各单位投票数将与年度宣传工作考评挂钩。

投票截止时间：12月15日。""",
      E, [(E, "在科室群接龙报告投票情况", None), (E, "各单位投票数将与年度宣传工作考评挂钩", None)],
      note="forced votes by staff, published"),

    P("sz_scjg", """深圳市场监管的小伙伴们今天团建啦！

11月22日，我局组织青年干部开展户外团建活动。大家在大梅沙海边玩起了“撕名牌”“你画我猜”，欢声笑语不断。

上午的“破冰”环节，大家分组完成“信任背摔”“同心鼓”等项目；下午的拓展比赛中，执法稽查一组以总分第一摘得桂冠，奖品是每人一箱砂糖橘🍊

晚上大家还一起吃了火锅唱了K，主打一个快乐！点开视频看看谁是麦霸🎤 喜欢的话点个在看支持一下我们吧～""",
      E, [(E, "主打一个快乐", None), (E, "喜欢的话点个在看支持一下我们吧", None)], note="staff outing with karaoke; off-topic and like-begging"),

    # ---------------- hard negatives ----------------
    P("rz_ga_dy", """“你好，我是某某快递客服，你的快递丢了要理赔……”等一下！这剧本我熟！日照反诈民警用情景剧告诉你：主动提出理赔、要求下载会议软件共享屏幕的，都是诈骗！#日照公安 #反诈""",
      hn=E, note="anti-fraud skit in lively language: legitimate"),
    P("qy_wl", """今日小雪，清远开始进入初冬。英德红茶暖身，连州菜心正甜，温泉也到了最舒服的季节。小雪时节，记得添衣保暖。#清远文旅 #二十四节气""",
      hn=E, note="solar-term greeting with local promotion"),
    P("zj_wx", """湛江市2027年度公共租赁住房配租摇号结果公示

按照公开、公平、公正原则，湛江市2027年度第一批公共租赁住房配租摇号于11月24日在公证机构监督下进行，共有1318户家庭参加，568户家庭获配。

摇号结果在湛江市住房和城乡建设局官网公示7天。对摇号结果有异议的，可在公示期内向市住房保障中心书面反映。""",
      hn=E, note="official lottery (摇号) under notarial supervision"),
    P("dz_wb", """【为他们点赞！】德州市第一人民医院急诊科医护人员连续奋战18小时，成功救治6名一氧化碳中毒患者。为坚守岗位的白衣天使点赞！""",
      hn=E, note="praise for workers (为…点赞) is legitimate"),
    P("jnn_wb", """【济宁文旅推广大使来了！】11月20日，青年演员郑一凡受聘为“济宁文化旅游推广大使”。市文旅局负责人为其颁发聘书。推广大使将参与“孔子故里 东方圣城”宣传片拍摄。""",
      hn=E, note="a celebrity at an official event, reported factually"),
    P("st_wb", """【小编提醒】冷空气来了！今明两天汕头最低气温降至8℃，请大家注意添衣保暖，老人小孩减少早晚外出。""",
      hn=E, note="小编提醒 in a weather reminder is legitimate"),
    P("sd_jyt_wb", """【全省中小学生冬季长跑活动启动】每天一小时校园体育活动，“阳光体育”动起来！欢迎学校通过本号投稿展示精彩瞬间。""",
      hn=E, note="school sports activity, voluntary call for contributions"),
    P("zz_ga", """【枣庄公安“最美警察”评选结果揭晓】经群众推荐、评审委员会评议，10名民警获评2026年度“枣庄最美警察”。""",
      hn=E, note="official selection result (no forced voting)"),
    P("mz_wb", """【梅州客家山歌进校园】11月21日，国家级非遗项目“客家山歌”传承人走进梅江区实验小学，孩子们跟着学唱《月光光》，课堂气氛热烈。""",
      hn=E, note="intangible-heritage activity; cultural work is on-topic"),
    P("yt_wl", """#烟台 #仙境海岸 冬日的养马岛，海天一色。这份宁静，送给忙碌的你。欢迎来烟台，看海、吃海鲜、泡温泉～""",
      hn=E, note="official scenery promotion in a light tone"),
    P("zs_ga", """“喂，我是你领导，明天来我办公室一趟……”接到这样的电话，先别慌！中山公安提醒：冒充领导诈骗高发，涉及转账务必当面核实。#中山公安 #反诈""",
      hn=E, note="anti-fraud with a meme-like opener"),
    P("sz_scjg_wb", """【大学生志愿者走进市场监管】“小白”变“小能手”！20名大学生志愿者跟随执法人员参与网络交易监测，点赞这群年轻人！""",
      hn=E, note="lively wording about volunteers; praise is legitimate"),
]
