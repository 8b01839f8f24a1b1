"""Twentieth held-out part: over-entertaining or unrelated content (class entertainment) and lively but proper
posts (hard negatives)."""
from _lib import P

E = "entertainment"
HN = "entertainment"

POSTS = [
    # gossip, shows, celebrities (invented)
    P("sy_xw", "【吃瓜】顶流小生顾星辰和女团成员林小满被拍到深夜同回公寓，双方工作室至今未回应，你们觉得是真的吗？评论区聊聊～",
      E, note="celebrity gossip (invented people) on a city news account"),
    P("dl_wl", """《海风知道》大结局了！你们哭了吗？

追了两个月的剧终于完结，男女主在星海广场重逢那一幕太好哭了😭 小编已经开始二刷，你站哪对CP？留言告诉我们！""",
      E, [(E, "你站哪对CP", None)], note="drama fan chatter unrelated to the unit's work"),
    P("ln_wl_wb", "今晚《极限挑战：冰雪篇》播出，听说某位男嘉宾在节目里摔了五次，笑到停不下来哈哈哈哈！看完来评论区一起乐！",
      E, [(E, "听说某位男嘉宾在节目里摔了五次，笑到停不下来哈哈哈哈", None)], note="variety-show chatter (invented show)"),
    P("fs_ga", "【八卦时间】听说隔壁派出所的所长相亲又失败了，原因竟是……约会时一直在讲反诈知识😂 你们说他还有救吗？",
      E, [(E, "听说隔壁派出所的所长相亲又失败了", None)], note="gossip about staff's private life as entertainment"),
    P("sy_ga_wb", "歌手阿泽沈阳演唱会门票秒光！歌迷们赶紧安排起来！听说他会唱新歌《盛京不下雪》，有没有抢到票的宝子来报个到～",
      E, [(E, "歌迷们赶紧安排起来", None), (E, "有没有抢到票的宝子来报个到", None)], note="concert fan talk on a police account (no safety content)"),
    # horoscopes, quizzes, jokes
    P("ln_wj", """本周星座运势｜射手座桃花朵朵开

白羊座：本周工作顺利，适合出门走走；
金牛座：财运上升，但注意别冲动消费；
射手座：桃花运旺盛，有望脱单；
摩羯座：压力较大，记得早点休息。""",
      E, note="horoscope on a health commission account"),
    P("dd_wj", """测一测：你是哪种“东北大碴子粥”性格？

A.一言不合就开怼  B.热情好客型  C.闷声干大事
选完看答案👇 选A的你是……""",
      E, [(E, "你是哪种“东北大碴子粥”性格", None)], note="personality quiz unrelated to health work"),
    P("yk_qx", "【冷笑话】为什么营口的冬天不怕冷？因为它有“鲅鱼圈”啊，鲅鱼都圈起来取暖了哈哈哈。不好笑？那再讲一个……",
      E, [(E, "为什么营口的冬天不怕冷？因为它有“鲅鱼圈”啊", None)], note="jokes on a weather account"),
    P("as_jy", """周末脑筋急转弯，答对有奖！

1.什么东西越洗越脏？
2.什么书在书店买不到？
3.小明的爸爸有三个儿子，老大叫一毛，老二叫二毛，老三叫什么？
答案明天公布，评论区猜猜看！""",
      E, [(E, "周末脑筋急转弯，答对有奖", None)], note="riddles unrelated to education work"),
    P("hld_sc", "今天是“双十一”过后第七天，你的快递都到了吗？小编的钱包已经瘪了，吃土中……大家这次都剁手买了啥？晒出来看看！",
      E, [(E, "小编的钱包已经瘪了，吃土中", None), (E, "大家这次都剁手买了啥", None)], note="chatter and whining unrelated to market supervision"),
    # 卖萌 / 卖惨
    P("ln_ga", "呜呜呜，今天值班的小编冻成冰棍了，手都伸不出来……有没有好心的网友给小编点个赞暖暖手🥺",
      E, [(E, "今天值班的小编冻成冰棍了", None), (E, "有没有好心的网友给小编点个赞暖暖手", None)], note="卖惨 and begging for likes"),
    P("ln_ga_dy", "民警叔叔今天也想被宠一下～你不点赞，我就一直在屏幕里眨眼睛（比个小心心）",
      E, [(E, "民警叔叔今天也想被宠一下", None), (E, "你不点赞，我就一直在屏幕里眨眼睛", None)], note="卖萌 on a police account"),
    P("sy_ga", "今天的我们：打卡、出警、写材料、吃泡面……辛苦吗？辛苦！委屈吗？有亿点点！谁来给我们顺顺毛～",
      E, [(E, "委屈吗？有亿点点！谁来给我们顺顺毛", None)], note="卖惨 on a police account"),
    P("bx_wl", "本溪的小枫叶都落光了，小编好伤心哦，今天不想上班，只想躺在关门山里当一片叶子～",
      E, [(E, "小编好伤心哦，今天不想上班", None)], note="卖萌/emotional chatter"),
    P("dd_xw_dy", "丹东发布的小编今天生日！没有蛋糕，只有加班……你们能送我一句生日快乐吗？评论过百我就许愿！",
      E, [(E, "丹东发布的小编今天生日", None), (E, "评论过百我就许愿", None)], note="personal chatter and begging for comments"),
    # begging follows/likes, lotteries
    P("sy_xw_dy", "关注沈阳发布，每天了解沈阳大事小情！还没关注的宝子们赶紧点个关注，粉丝破150万我们就给大家跳舞！",
      E, [(E, "粉丝破150万我们就给大家跳舞", None)], note="begging for follows with a promise of a dance"),
    P("ln_wl", "点赞过万，厅长就穿上满族服饰给大家唱《辽宁的冬天》！一起冲！",
      E, [(E, "点赞过万，厅长就穿上满族服饰给大家唱", None)], note="begging for likes with a show"),
    P("dl_wl", """粉丝福利｜关注+留言，抽10位送大连老虎滩门票

活动规则：关注“大连文旅”公众号，在本文留言区写下“我爱大连”，点赞最高的10位粉丝送门票一张。""",
      E, [(E, "关注+留言，抽10位送大连老虎滩门票", None), (E, "点赞最高的10位粉丝送门票一张", None)], note="follower lottery"),
    P("ln_st", "【转发抽奖】转发本条微博并关注@辽宁生态环境，12月1日抽5位幸运粉丝送环保保温杯！",
      E, [(E, "转发本条微博并关注@辽宁生态环境，12月1日抽5位幸运粉丝", None)], note="repost-and-follow lottery"),
    P("yk_qx", "营口气象粉丝快破6万了！家人们帮帮忙，转发给身边的朋友，冲一冲！破6万我们抽奖送雨伞～",
      E, [(E, "家人们帮帮忙，转发给身边的朋友，冲一冲", None), (E, "破6万我们抽奖送雨伞", None)], note="begging for followers with a lottery"),
    # forced likes / reposts by staff
    P("as_jy", """关于为“最美教师”网络评选投票的通知

各学校：请组织全体教职工和学生家长每天为我市候选人投票，各校每日投票截图于18:00前报教育局宣传科，投票情况纳入年度考核。""",
      E, [(E, "投票情况纳入年度考核", None), (E, "各校每日投票截图于18:00前报教育局宣传科", None)], note="forced voting by staff and parents (forced likes, single-item veto)"),
    P("sy_rs", """工作提示

请局属各单位干部职工务必于今日下班前对本文点赞、在看、转发朋友圈，各科室负责人负责统计，截图发至工作群，未完成的单位将通报。""",
      E, [(E, "务必于今日下班前对本文点赞、在看、转发朋友圈", None), (E, "未完成的单位将通报", None)], note="forced likes and reposts by staff"),
    P("dl_yj", """通知：请各区市县应急管理局、各企业安全员关注并转发

本期公众号推文请各单位组织人员转发，每人至少转发到3个微信群，转发截图汇总后报局办公室，将作为评优依据。""",
      E, [(E, "每人至少转发到3个微信群", None), (E, "转发截图汇总后报局办公室，将作为评优依据", None)], note="forced reposts by staff and enterprises"),
    P("cy_st", """关于开展“我为生态环境点赞”网络集赞活动的通知

各县（市）区分局：请每名干部职工发动亲友为本文点赞，每人不少于20个，点赞数量将作为年度宣传工作考核指标。""",
      E, [(E, "每人不少于20个，点赞数量将作为年度宣传工作考核指标", None)], note="forced likes collected from staff and relatives"),
    # notices drowned in slang
    P("ln_rs", """救命！养老金资格认证的闹钟又响啦

认证截止日期是12月31日，不认证就停发，这波属实是“认证刺客”了😭 还没认证的举个小爪爪，手机上戳一戳就搞定，简直丝滑到起飞！""",
      E, [(E, "养老金资格认证的闹钟又响啦", None), (E, "这波属实是“认证刺客”了", None), (E, "还没认证的举个小爪爪", None), (E, "简直丝滑到起飞", None)], note="a formal notice drowned in slang"),
    P("hld_sc", """电梯年检，你以为走个过场？想多啦！

说白了，电梯维保不到位，真会让人“原地升天”，物业们速速自查，别等罚单上门才拍大腿，你品，你细品～""",
      E, [(E, "电梯维保不到位，真会让人“原地升天”", None), (E, "别等罚单上门才拍大腿，你品，你细品", None)], note="a supervision notice drowned in slang"),
    P("jz_ny", """冬小麦越冬管理，卷起来！

农友们，越冬水浇它，麦田压它，不整明白，明年麦苗就给你“躺平”看，主打一个陪伴式种田，整起来整起来！""",
      E, [(E, "明年麦苗就给你“躺平”看", None), (E, "主打一个陪伴式种田，整起来整起来", None)], note="agricultural advice drowned in slang"),
    P("sy_xw", "【注意】浑河冰面还没冻实，上冰就是“勇士”？不，是“莽夫”！家人们别头铁，冰上冲浪不可取，狗头保命🐶",
      E, [(E, "冰上冲浪不可取，狗头保命", None)], note="safety notice drowned in slang and memes"),
    P("ln_wj", """流感来袭，这次真的不是狼来了！

医院发热门诊的队伍长得能绕操场三圈，小编看了当场石化。疫苗能打就打，别问，问就是“早打早安心”～""",
      E, [(E, "队伍长得能绕操场三圈，小编看了当场石化", None)], note="health notice drowned in slang"),
    # other unrelated content
    P("ln_st", "今天是小编养的猫咪“煤球”三岁生日！晒一波主子的美照，大家家里的猫主子叫什么名字？",
      E, [(E, "小编养的猫咪“煤球”三岁生日", None)], note="staff's pet, unrelated to the unit's work"),
    P("fs_ga", "世界杯预选赛今晚开打！小编押国足2:0，你们押多少？评论区见，押中的送民警签名照一张～",
      E, [(E, "小编押国足2:0，你们押多少", None)], note="betting-style football chat on a police account"),
    P("dd_xw", "今天的丹东发布不发新闻，只发小编午饭：锅包肉+朝鲜冷面，你们中午吃的啥？晒出来！",
      E, [(E, "今天的丹东发布不发新闻，只发小编午饭", None)], note="staff's lunch instead of news"),
    P("sy_ga_wb", "本周网络热梗盘点来啦！你最常挂在嘴边的口头禅是哪一句？投票走起～",
      E, [(E, "本周网络热梗盘点", None)], note="meme ranking unrelated to police work"),
    P("pj_wl", "盘锦文旅的小编们组团去看了电影《大海蟹》，全程乐得前仰后合！强烈推荐大家周末去看，真心好看！",
      E, [(E, "小编们组团去看了电影《大海蟹》", None)], note="film recommendation (invented film) unrelated to the unit"),
    P("ln_wl_wb", "投票！你心中辽宁最好吃的冬季美食是？A.鸡架 B.锅包肉 C.熏肉大饼 D.烤冷面。票数最低的那个，小编今晚吃给大家看（直播）！",
      E, [(E, "票数最低的那个，小编今晚吃给大家看", None)], note="eating show promised on a tourism account"),

    # hard negatives: lively but proper
    P("sy_ga", "冬天骗子也不放假！民警小王用东北话给大家唠唠“冒充客服退款”的套路：凡是让你共享屏幕的，都是骗子，记住没？",
      hn=HN, note="lively anti-fraud video in dialect"),
    P("ln_ga", "【反诈小剧场】“喂，你的快递丢了，我们给你双倍赔偿……”停！正规理赔不会让你下载会议软件、共享屏幕。转给家里老人看看！",
      hn=HN, note="anti-fraud skit asking to share with elders, not begging for likes"),
    P("yk_qx", "今日小雪节气｜“小雪雪满天，来年必丰年”。营口今冬首场降雪已至，市民出行注意防滑，添衣保暖。",
      hn=HN, note="solar-term greeting with weather advice"),
    P("dl_wl", """冬至到，吃饺子！大连人冬至吃什么馅？

鲅鱼馅、海肠馅、三鲜馅……冬至前后，大连各大饭店推出海鲜饺子宴。小编提醒：吃海鲜适量，注意食品卫生。""",
      hn=HN, note="local food culture promoted by a tourism account"),
    P("ln_wl", "辽宁的冬天有多美？这条视频带你看：沈阳故宫雪景、本溪关门山雾凇、大连海边海鸥、丹东鸭绿江冰凌。冬天，就来辽宁！",
      hn=HN, note="official scenery promotion"),
    P("ln_rs", """养老金资格认证，这样操作最简单

认证截止日期为12月31日。打开“辽事通”App，进入“社保认证”，按提示完成人脸识别即可。行动不便的老人可申请上门认证。""",
      hn=HN, note="the same notice as a slang post, in plain words"),
    P("sy_xw", "【为他们点赞】昨夜暴雪，环卫工人凌晨3点上岗，清扫主干道积雪2000余公里。致敬城市守护者！",
      hn=HN, note="praise of workers (为…点赞) is proper"),
    P("as_jy", """鞍山市第五届中小学生冰雪运动会开幕

来自全市56所学校的1200余名运动员参加速度滑冰、冰壶、雪地足球等项目比赛，孩子们在冰场上你追我赶、笑声不断。""",
      hn=HN, note="school sports event reported in a lively tone"),
    P("ln_wj", """冬季养生小贴士：多喝温水，少熬夜

小编提醒：冬季气候干燥，要注意补水；适当运动，保证睡眠；有慢性病的老人要按时服药，定期复查。""",
      hn=HN, note="小编提醒 style health tips"),
    P("bx_wl", "关门山的雾凇出现啦！本溪文旅实拍，枝头挂满银花，像童话世界一样。摄影爱好者可以赶早去，注意防寒防滑。",
      hn=HN, note="lively official promotion of local scenery"),
    P("dd_xw", "【2026年第二批丹东经济适用住房摇号结果公布】本次共有1280户家庭参加摇号，摇号过程全程公证并网络直播，结果可登录市住建局网站查询。",
      hn=HN, note="official lottery (摇号), not a follower lottery"),
    P("sy_rs", """这届年轻人的就业新选择：直播运营、无人机驾驶员、收纳师……

我局开展新职业技能培训，符合条件的可享受培训补贴。别犹豫，想学就来报名！""",
      hn=HN, note="lively but proper employment-training post"),
    P("cy_st", """朝阳的鸟类朋友又多了！

今年冬季，大凌河湿地监测到大天鹅、白尾海雕等越冬鸟类23种。请大家文明观鸟，不投喂、不惊扰。""",
      hn=HN, note="lively but proper ecology post"),
]
