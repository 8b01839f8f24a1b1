"""Accounts of the thirty-first held-out part: registered accounts of units of a province-level region no other
content part uses (Ningxia), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


NX = "宁夏回族自治区"
GOV = "宁夏回族自治区人民政府办公厅"
YC = NX + "银川市"
XX = YC + "西夏区"
YN = YC + "永宁县"
SZS = NX + "石嘴山市"
PL = SZS + "平罗县"
WZ = NX + "吴忠市"
YCH = WZ + "盐池县"
QTX = WZ + "青铜峡市"
GY = NX + "固原市"
JY = GY + "泾源县"
ZW = NX + "中卫市"

REGISTERED = [
    R("nx_ga", NX + "公安厅", "weibo", "3408157296", "平安宁夏", NX,
      GOV, "宁警 0951-6918xxxx", "2019-03-12", NX + "公安厅官方微博", 1163408),
    R("nx_wl", NX + "文化和旅游厅", "douyin", "ningxiawenlv", "宁夏文旅", NX,
      GOV, "塞上 0951-5036xxxx", "2020-04-21", NX + "文化和旅游厅官方抖音号", 2417530),
    R("nx_wj", NX + "卫生健康委员会", "wechat", "nxwjwfb", "健康宁夏", NX,
      GOV, "康宁 0951-5042xxxx", "2019-11-26", NX + "卫生健康委员会官方公众号", 318642),
    R("nx_jy", NX + "教育厅", "wechat", "nxjytfb", "宁夏教育", NX,
      GOV, "育苗 0951-5556xxxx", "2020-02-18", NX + "教育厅官方公众号", 296183),
    R("nx_yj", NX + "应急管理厅", "wechat", "nxyjglt", "宁夏应急管理", NX,
      GOV, "安宁 0951-6891xxxx", "2020-09-15", NX + "应急管理厅官方公众号", 104527),
    R("nx_mw", NX + "民族事务委员会", "wechat", "nxmwfb", "宁夏民委", NX,
      GOV, "同心 0951-6699xxxx", "2021-01-19", NX + "民族事务委员会官方公众号", 61834),
    R("yc_xw", "银川市人民政府新闻办公室", "weibo", "5830172946", "银川发布", YC,
      "银川市人民政府办公室", "凤城 0951-6888xxxx", "2019-06-04", "银川市人民政府新闻办公室官方微博", 842315),
    R("yc_ga", "银川市公安局", "douyin", "yinchuanjingfang", "银川公安", YC,
      "银川市人民政府办公室", "鼓楼 0951-6023xxxx", "2020-05-26", "银川市公安局官方抖音号", 563097),
    R("xx_zf", "银川市西夏区人民政府", "wechat", "xixiaqufabu", "西夏区发布", XX,
      "银川市西夏区人民政府办公室", "怀远 0951-2026xxxx", "2020-07-14", "西夏区人民政府官方公众号", 83641),
    R("yc_sj", "银川市市场监督管理局", "wechat", "yinchuanscjg", "银川市场监管", YC,
      "银川市人民政府办公室", "宝湖 0951-5168xxxx", "2021-03-09", "银川市市场监督管理局官方公众号", 47218),
    R("yn_zf", "永宁县人民政府", "wechat", "yongningfabu", "永宁发布", YN,
      "永宁县人民政府办公室", "望远 0951-8012xxxx", "2020-10-13", "永宁县人民政府官方公众号", 52903),
    R("szs_wl", "石嘴山市文化旅游广电局", "douyin", "shizuishanwenlv", "石嘴山文旅", SZS,
      "石嘴山市人民政府办公室", "星海 0952-2015xxxx", "2020-08-25", "石嘴山市文化旅游广电局官方抖音号", 196472),
    R("pl_wj", "平罗县卫生健康局", "wechat", "pingluowjj", "健康平罗", PL,
      "平罗县人民政府办公室", "沙湖 0952-6012xxxx", "2021-04-20", "平罗县卫生健康局官方公众号", 18305),
    R("wz_zf", "吴忠市人民政府", "wechat", "wuzhongfabu", "吴忠发布", WZ,
      "吴忠市人民政府办公室", "利通 0953-2023xxxx", "2020-03-31", "吴忠市人民政府官方公众号", 137862),
    R("wz_ga", "吴忠市公安局", "weibo", "6193058472", "平安吴忠", WZ,
      "吴忠市人民政府办公室", "早茶 0953-2135xxxx", "2019-10-22", "吴忠市公安局官方微博", 214760),
    R("ych_nw", "盐池县农业农村局", "wechat", "yanchinongye", "盐池农业农村", YCH,
      "盐池县人民政府办公室", "滩羊 0953-6012xxxx", "2021-05-25", "盐池县农业农村局官方公众号", 12479),
    R("qtx_yj", "青铜峡市应急管理局", "wechat", "qtxyingji", "青铜峡应急", QTX,
      "青铜峡市人民政府办公室", "大坝 0953-3012xxxx", "2021-02-02", "青铜峡市应急管理局官方公众号", 9836),
    R("gy_wl", "固原市文化旅游广电局", "wechat", "guyuanwenlv", "固原文旅", GY,
      "固原市人民政府办公室", "萧关 0954-2036xxxx", "2020-06-30", "固原市文化旅游广电局官方公众号", 71540),
    R("gy_jy", "固原市教育局", "wechat", "guyuanjiaoyu", "固原教育", GY,
      "固原市人民政府办公室", "清水河 0954-2021xxxx", "2020-11-10", "固原市教育局官方公众号", 58217),
    R("jy_zf", "泾源县人民政府", "wechat", "jingyuanfabu", "泾源发布", JY,
      "泾源县人民政府办公室", "老龙潭 0954-5012xxxx", "2021-06-08", "泾源县人民政府官方公众号", 23684),
    R("zw_wl", "中卫市文化旅游广电局", "douyin", "zhongweiwenlv", "中卫文旅", ZW,
      "中卫市人民政府办公室", "沙坡 0955-7012xxxx", "2020-09-01", "中卫市文化旅游广电局官方抖音号", 487156),
    R("zw_qx", "中卫市气象局", "weibo", "7260418395", "中卫气象", ZW,
      "中卫市人民政府办公室", "香山 0955-7063xxxx", "2020-12-15", "中卫市气象局官方微博", 16943),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("nx_ga", "nx_ga_dy", "douyin", "pinganningxia", 1520964, "2020-03-17"),
    W("nx_wl", "nx_wl_wb", "weibo", "2758140396", 1893250, "2019-08-06"),
    W("yc_xw", "yc_xw_dy", "douyin", "yinchuanfabu", 378615, "2021-02-23"),
    W("wz_ga", "wz_ga_dy", "douyin", "wuzhongjingfang", 265304, "2020-11-24"),
    W("zw_wl", "zw_wl_wb", "weibo", "3065297148", 154826, "2020-04-14"),
]


def S(key, platform, account_id, name, verified_type, verified_reason, description, followers):
    return dict(key=key, platform=platform, account_id=account_id, name=name, verified_type=verified_type,
                verified_reason=verified_reason, description=description, followers=followers)


SOURCES = [
    S("gov_wx", "wechat", "gov-cn", "中国政府网", "government", "中华人民共和国国务院办公厅",
      "中国政府网官方公众号", 21802517),
    S("xh_wb", "weibo", "xinhua", "新华社", "media", "新华通讯社官方微博", "新华社官方微博", 108734062),
    S("rmrb_wx", "wechat", "people-daily", "人民日报", "media", "人民日报社", "人民日报官方公众号", 49015386),
    S("cctv_wb", "weibo", "cctv-news", "央视新闻", "media", "中央广播电视总台央视新闻官方微博",
      "中央广播电视总台央视新闻官方微博", 134860275),
    S("nhc_wx", "wechat", "nhc", "健康中国", "government", "中华人民共和国国家卫生健康委员会",
      "国家卫生健康委员会官方公众号", 6381045),
    S("mem_wx", "wechat", "mem-gov", "中国应急管理", "government", "中华人民共和国应急管理部",
      "应急管理部官方公众号", 4270962),
    S("mps_wb", "weibo", "mps-cid", "公安部刑侦局", "government", "公安部刑事侦查局官方微博",
      "公安部刑事侦查局官方微博", 8175340),
    S("cma_wb", "weibo", "cma", "中国气象局", "government", "中国气象局官方微博", "中国气象局官方微博", 5689213),
]


FOOTERS = {
    "nx_wj": (["宁夏冬季流感就诊指引", "全区家庭医生签约服务问答", "宁夏异地就医直接结算办理",
               "冬季煤烟中毒急救要点", "全区适龄儿童疫苗补种安排"], ["康宁", "马晓燕"], ["杨振川"]),
    "nx_jy": (["宁夏中小学冬季作息调整", "全区义务教育招生政策问答", "宁夏高校学生资助政策一览",
               "全区教师资格认定公告", "宁夏中考综合改革解读"], ["育苗", "李文婧"], ["丁建国"]),
    "nx_yj": (["宁夏冬季森林草原防火须知", "山洪地质灾害避险常识", "全区应急避难场所查询",
               "冬季煤改电用电安全提示", "全区安全生产举报渠道"], ["安宁", "冯立军"], ["何志远"]),
    "nx_mw": (["民族团结进步示范单位风采", "宁夏各族群众共建美好家园", "石榴籽家园建设纪实",
               "国家通用语言文字推广普及", "民族团结一家亲故事汇"], ["同心", "纳秀兰"], ["田鸿儒"]),
    "xx_zf": (["西夏区冬季政务服务时间", "西夏区老旧小区改造进展", "西夏区城乡居民医保缴费",
               "西夏区12345热线办理情况", "西夏区高校毕业生就业见习"], ["怀远", "张雅楠"], ["高文斌"]),
    "yc_sj": (["银川市农贸市场价格公示", "银川市餐饮单位量化分级", "银川市预付式消费提示",
               "银川市个体户年报提醒", "银川市消费投诉典型案例"], ["宝湖", "王静怡"], ["马德山"]),
    "yn_zf": (["永宁县冬季供暖服务热线", "闽宁镇特色产业发展纪实", "永宁县城乡居民医保缴费",
               "永宁县政务服务事项清单", "永宁县葡萄酒产业政策"], ["望远", "周佳琪"], ["海振华"]),
    "pl_wj": (["平罗县流感疫苗接种点", "平罗县家庭医生团队名单", "平罗县乡镇卫生院夜间门诊",
               "平罗县慢病随访提醒", "平罗县孕产妇健康管理"], ["沙湖", "刘思雨"], ["郭建平"]),
    "wz_zf": (["吴忠市冬季清洁取暖指引", "吴忠市政务服务事项清单", "吴忠市城乡居民医保缴费",
               "吴忠市12345热线办理情况", "吴忠市职业技能培训补贴"], ["利通", "金晓梅"], ["撒永成"]),
    "ych_nw": (["盐池滩羊冬季舍饲管理要点", "盐池县农机购置补贴公示", "盐池县动物防疫安排",
                "盐池县高标准农田建设", "盐池县农村人居环境整治"], ["滩羊", "白玉莲"], ["韩宏伟"]),
    "qtx_yj": (["青铜峡市冬季防火提示", "青铜峡市地质灾害隐患点公示", "青铜峡市应急避难场所分布",
                "青铜峡市燃气安全检查通报", "青铜峡市危化品运输提示"], ["大坝", "吕梦"], ["杨立新"]),
    "gy_wl": (["固原冬季景区开放时间", "六盘山红色旅游线路", "固原市民宿服务规范",
               "固原古城墙遗址保护", "固原市非遗项目名录"], ["萧关", "禹欣然"], ["虎建军"]),
    "gy_jy": (["固原市中小学寒假安全提示", "固原市义务教育入学政策问答", "固原市家庭经济困难学生资助",
               "固原市教师培训安排", "固原市研学实践基地名单"], ["清水河", "穆雪"], ["兰志勇"]),
    "jy_zf": (["泾源县冬季旅游惠民政策", "泾源县政务服务事项清单", "泾源县城乡居民医保缴费",
               "泾源县肉牛产业扶持政策", "泾源县乡村振兴项目公示"], ["老龙潭", "禹婷"], ["马国强"]),
}
