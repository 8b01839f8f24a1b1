"""Thirtieth held-out part: ordinary clean posts of the registered accounts."""
from _lib import P

POSTS = [
    P("cq_ga", """【冬季交通安全】11月以来，全市公安交管部门查处酒驾醉驾违法行为1360起。请广大驾驶人牢记：开车不喝酒，喝酒不开车。""", note="ordinary post of the unit"),
    P("cq_ga", """市公安局召开冬季治安防控工作推进会，部署加强商圈、车站、码头等人员密集场所巡逻防控。""", note="ordinary post of the unit"),
    P("cq_ga_dy", """#平安重庆 寒夜里的守护：凌晨三点，巡逻民警在长江边发现一名醉酒男子，及时将其护送回家。""", note="ordinary post of the unit"),
    P("cq_wl", """#重庆 奉节白帝城、巫山小三峡、万州大瀑布……冬季长江三峡游正当时，跟着镜头看看吧。""", note="ordinary post of the unit"),
    P("cq_wl_wb", """【文旅资讯】11月25日，全市文旅市场冬季安全生产检查启动，重点检查A级景区、星级饭店和旅行社。""", note="ordinary post of the unit"),
    P("cq_wj", """重庆市卫生健康委员会关于公布2026年冬季流感疫苗接种点的通告

全市共设置流感疫苗接种点620个，市民可通过“渝快办”查询就近接种点和预约时间。""", note="ordinary post of the unit"),
    P("cq_wj", """冬季是心脑血管疾病高发季节。专家提醒：高血压患者要规律服药，早晨起床动作要慢，外出注意头部保暖。""", note="ordinary post of the unit"),
    P("cq_jw", """重庆市教育委员会关于做好2027年普通高校招生考试报名工作的通知

报名时间为11月20日至12月5日，考生须通过市教育考试院网站完成网上报名和信息确认。""", note="ordinary post of the unit"),
    P("cq_jw", """全市中小学冬季安全教育周启动，各校围绕防溺水、防火灾、防踩踏、防一氧化碳中毒开展主题教育。""", note="ordinary post of the unit"),
    P("cq_yj", """重庆市应急管理局发布冬季森林防火提示：11月至次年4月为全市森林防火期，野外严禁用火。""", note="ordinary post of the unit"),
    P("cq_yj", """11月24日，全市危险化学品安全生产专项检查启动，检查组将对120家重点企业开展全覆盖检查。""", note="ordinary post of the unit"),
    P("cq_sthj", """【空气质量】11月1日至25日，全市空气质量优良天数22天，细颗粒物平均浓度同比下降8%。""", note="ordinary post of the unit"),
    P("cq_sthj", """【长江禁渔】长江重庆段禁捕退捕工作持续推进，市生态环境局联合农业农村部门开展冬季联合巡查。""", note="ordinary post of the unit"),
    P("yz_xw", """【渝中发布】11月26日，渝中区“十五分钟便民生活圈”建设推进会召开，年内将新增社区食堂6家。""", note="ordinary post of the unit"),
    P("yz_xw", """【便民】渝中区政务服务中心冬季服务时间调整为工作日9:00—17:30，周六上午提供延时服务。""", note="ordinary post of the unit"),
    P("yz_xw_dy", """#渝中 十八梯、山城步道、鹅岭二厂……周末带家人走走渝中的老街巷。""", note="ordinary post of the unit"),
    P("yz_ga", """#渝中 冬季夜巡：渝中警方加强解放碑、大坪等商圈夜间巡逻，守护市民平安。""", note="ordinary post of the unit"),
    P("spb_zf", """沙坪坝区召开冬季城市管理工作会，部署做好道路保洁、积水点整治和占道经营治理。""", note="ordinary post of the unit"),
    P("spb_zf", """沙坪坝区12345热线11月办理情况通报：共受理群众诉求4260件，按时办结率99.2%。""", note="ordinary post of the unit"),
    P("na_wj", """南岸区卫生健康委员会提醒：冬季儿童呼吸道疾病高发，家长要关注孩子体温变化，出现持续高热及时就医。""", note="ordinary post of the unit"),
    P("na_wj", """南岸区12家社区卫生服务中心开设冬季夜间门诊，服务时间为18:00—21:00。""", note="ordinary post of the unit"),
    P("na_sj", """南岸区市场监督管理局关于开展冬季燃气器具质量专项检查的通告

检查时间为11月20日至12月20日，重点检查燃气灶具、热水器和连接软管。""", note="ordinary post of the unit"),
    P("na_sj", """南岸区开展预付式消费专项治理，已督促28家健身、美容机构完成预付资金备案。""", note="ordinary post of the unit"),
    P("wz_wl", """#万州 万州大瀑布群冬季开放时间调整为9:00—17:00，请游客合理安排行程。""", note="ordinary post of the unit"),
    P("wz_wl", """#万州 三峡移民纪念馆冬季免费开放，每周一闭馆。""", note="ordinary post of the unit"),
    P("wz_ga", """【平安万州】11月以来，万州区公安局开展冬季治安清查行动，检查旅馆、网吧等场所230家次。""", note="ordinary post of the unit"),
    P("wz_ga_dy", """#万州 民警走进校园开展交通安全课，教孩子们认识交通标志。""", note="ordinary post of the unit"),
    P("fl_yj", """涪陵区应急管理局关于开展冬季燃气安全隐患排查整治的通知

各乡镇（街道）：请于12月10日前完成辖区餐饮场所燃气安全隐患排查，建立问题清单。""", note="ordinary post of the unit"),
    P("fl_yj", """涪陵区组织开展长江沿线危化品码头应急演练，参演人员120余人。""", note="ordinary post of the unit"),
    P("yc_zf", """永川区政府常务会议研究冬季民生保障工作，部署做好困难群众救助和冬季供气保障。""", note="ordinary post of the unit"),
    P("yc_zf", """永川区职业教育城冬季技能大赛开赛，来自8所职业院校的600余名学生同台竞技。""", note="ordinary post of the unit"),
    P("hc_qx", """【合川天气】今天阴天有小雨，气温9～13℃；明天阴转多云，气温8～14℃。""", note="ordinary post of the unit"),
    P("hc_qx", """【预警解除】合川区气象台11月23日10时解除大雾黄色预警。""", note="ordinary post of the unit"),
    P("dz_rs", """大足区人力资源和社会保障局关于2026年冬季就业见习岗位征集的通知

欢迎区内企事业单位申报就业见习岗位，申报截止时间为12月15日。""", note="ordinary post of the unit"),
    P("dz_rs", """大足区职业技能培训补贴申领指南：参加培训并取得职业资格证书的人员，可按规定申领培训补贴。""", note="ordinary post of the unit"),
    P("dz_wl", """大足石刻北山景区冬季开放时间调整为8:30—17:30，请游客文明参观。""", note="ordinary post of the unit"),
    P("dz_wl", """大足区非遗项目“大足石雕”传承人走进校园，为学生讲解石雕技艺。""", note="ordinary post of the unit"),
    P("wl_zf", """武隆区召开冬季旅游安全工作会，部署做好仙女山、天生三桥等景区冬季安全管理。""", note="ordinary post of the unit"),
    P("wl_zf", """武隆区2026年城乡居民医保缴费工作启动，缴费截止时间为12月31日。""", note="ordinary post of the unit"),
    P("fj_sj", """奉节县市场监督管理局关于脐橙经营主体规范经营的提醒告诫书

各脐橙经营主体：请严格落实明码标价规定，不得以次充好、虚假宣传。""", note="ordinary post of the unit"),
    P("fj_sj", """奉节县开展冬季餐饮单位消防安全检查，已检查餐饮单位86家，督促整改隐患23处。""", note="ordinary post of the unit"),
    P("ws_wl", """巫山县文化和旅游发展委员会关于巫山小三峡冬季游船班次调整的公告

自12月1日起，小三峡游船班次调整为每日9:00、11:00、14:00三班。""", note="ordinary post of the unit"),
    P("ws_wl", """巫山红叶节期间，县文旅委组织志愿者在主要观景点开展文明旅游引导服务。""", note="ordinary post of the unit"),
    P("ws_wl_wb", """【巫山天气】今日巫峡沿线多云，气温7～14℃，适宜游船观光，请注意防寒保暖。""", note="ordinary post of the unit"),
    P("ws_nw", """巫山县农业农村委员会关于做好2026年冬季动物防疫工作的通知

各乡镇（街道）：请于12月20日前完成冬季集中免疫工作，免疫密度不低于95%。""", note="ordinary post of the unit"),
    P("ws_nw", """巫山县高标准农田建设项目冬季施工有序推进，已完成年度任务的82%。""", note="ordinary post of the unit"),
    P("cq_ga", """【出入境】全市出入境接待大厅12月起推行“周末不打烊”服务，每周六9:00—17:00正常办理业务。""", note="ordinary post of the unit"),
    P("cq_wj", """全市开展冬季爱国卫生运动，重点清理背街小巷、农贸市场和老旧小区卫生死角。""", note="ordinary post of the unit"),
    P("cq_jw", """全市教育系统开展冬季校园食品安全检查，检查学校食堂1200余家。""", note="ordinary post of the unit"),
    P("cq_wl", """#重庆 冬季来重庆，泡温泉正当时。北碚、巴南、南川等地温泉景区已全面开放。""", note="ordinary post of the unit"),
    P("spb_zf", """沙坪坝区老旧小区改造项目完工38个，惠及居民1.2万户。""", note="ordinary post of the unit"),
]
