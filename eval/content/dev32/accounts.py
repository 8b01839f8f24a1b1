"""Accounts of the twenty-eighth held-out part: registered accounts of units of a province-level region no other
content part uses (Qinghai), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


QH = "青海省"
GOV = "青海省人民政府办公厅"
XN = QH + "西宁市"
HD = QH + "海东市"
HB = QH + "海北藏族自治州"
HNZ = QH + "海南藏族自治州"
HX = QH + "海西蒙古族藏族自治州"
YS = QH + "玉树藏族自治州"
GL = QH + "果洛藏族自治州"
HNN = QH + "黄南藏族自治州"

REGISTERED = [
    R("qh_ga", QH + "公安厅", "weibo", "2649183057", "青海公安", QH,
      GOV, "青警 0971-8251xxx", "2019-05-14", QH + "公安厅官方微博", 1036274),
    R("qh_wl", QH + "文化和旅游厅", "douyin", "qinghaiwenlvting", "青海文旅", QH,
      GOV, "大美 0971-6302xxx", "2020-04-21", QH + "文化和旅游厅官方抖音号", 2218460),
    R("qh_wj", QH + "卫生健康委员会", "wechat", "qhwjwfabu", "健康青海", QH,
      GOV, "青康 0971-8233xxx", "2020-03-03", QH + "卫生健康委员会官方公众号", 463915),
    R("qh_nw", QH + "农业农村厅", "wechat", "qhnynctfb", "青海农业农村", QH,
      GOV, "牦牛 0971-6308xxx", "2020-08-26", QH + "农业农村厅官方公众号", 137206),
    R("qh_sj", QH + "市场监督管理局", "wechat", "qhscjgfb", "青海市场监管", QH,
      GOV, "青市 0971-6117xxx", "2020-02-18", QH + "市场监督管理局官方公众号", 189430),
    R("qh_st", QH + "生态环境厅", "weibo", "5730294618", "青海生态环境", QH,
      GOV, "三江 0971-8170xxx", "2019-09-10", QH + "生态环境厅官方微博", 254871),
    R("xn_xw", "西宁市人民政府新闻办公室", "weibo", "3058127946", "西宁发布", XN,
      "西宁市人民政府办公厅", "夏都 0971-8222xxx", "2019-04-02", "西宁市人民政府新闻办公室官方微博", 1284716),
    R("xn_ga", "西宁市公安局", "douyin", "xininggongan110", "西宁公安", XN,
      "西宁市人民政府办公厅", "城中 0971-8236xxx", "2020-07-15", "西宁市公安局官方抖音号", 906352),
    R("xn_jy", "西宁市教育局", "wechat", "xnjyjfb", "西宁教育", XN,
      "西宁市人民政府办公厅", "城西 0971-6118xxx", "2019-11-19", "西宁市教育局官方公众号", 342805),
    R("hd_zf", "海东市人民政府", "wechat", "haidongfb", "海东发布", HD,
      "海东市人民政府办公室", "乐都 0972-8612xxx", "2020-05-27", "海东市人民政府官方公众号", 218463),
    R("hd_nw", "海东市农业农村局", "wechat", "hdnyncj", "海东农业农村", HD,
      "海东市人民政府办公室", "平安 0972-8627xxx", "2021-03-16", "海东市农业农村局官方公众号", 31572),
    R("hz_yj", "互助土族自治县应急管理局", "wechat", "huzhuyjj", "互助应急管理", HD + "互助土族自治县",
      "互助土族自治县人民政府办公室", "威远 0972-8322xxx", "2021-06-08", "互助土族自治县应急管理局官方公众号", 14096),
    R("hb_wl", "海北藏族自治州文体旅游广电局", "douyin", "haibeiwenlv", "海北文旅", HB,
      "海北藏族自治州人民政府办公室", "西海 0970-8642xxx", "2020-09-29", "海北藏族自治州文体旅游广电局官方抖音号", 403817),
    R("my_wj", "门源回族自治县卫生健康局", "wechat", "menyuanwjj", "健康门源", HB + "门源回族自治县",
      "门源回族自治县人民政府办公室", "浩门 0970-8612xxx", "2021-04-13", "门源回族自治县卫生健康局官方公众号", 11284),
    R("hnz_yj", "海南藏族自治州应急管理局", "wechat", "hnzyjglj", "海南州应急管理", HNZ,
      "海南藏族自治州人民政府办公室", "恰卜恰 0974-8512xxx", "2021-01-26", "海南藏族自治州应急管理局官方公众号", 26930),
    R("hx_ga", "海西蒙古族藏族自治州公安局", "weibo", "6285019374", "海西公安", HX,
      "海西蒙古族藏族自治州人民政府办公室", "巴音 0977-8223xxx", "2019-12-10", "海西蒙古族藏族自治州公安局官方微博", 318642),
    R("gem_wl", "格尔木市文体旅游广电局", "douyin", "golmudwenlv", "格尔木文旅", HX + "格尔木市",
      "格尔木市人民政府办公室", "昆仑 0979-8413xxx", "2020-10-20", "格尔木市文体旅游广电局官方抖音号", 287159),
    R("dlh_qx", "德令哈市气象局", "weibo", "7340592816", "德令哈气象", HX + "德令哈市",
      "德令哈市人民政府办公室", "柏树山 0977-8221xxx", "2020-11-03", "德令哈市气象局官方微博", 27415),
    R("ys_wj", "玉树藏族自治州卫生健康委员会", "wechat", "yushuwjw", "健康玉树", YS,
      "玉树藏族自治州人民政府办公室", "结古 0976-8822xxx", "2021-02-23", "玉树藏族自治州卫生健康委员会官方公众号", 38106),
    R("gl_rs", "果洛藏族自治州人力资源和社会保障局", "wechat", "guolorsj", "果洛人社", GL,
      "果洛藏族自治州人民政府办公室", "大武 0975-8382xxx", "2021-05-18", "果洛藏族自治州人力资源和社会保障局官方公众号", 17653),
    R("hnn_wl", "黄南藏族自治州文体旅游广电局", "douyin", "huangnanwenlv", "黄南文旅", HNN,
      "黄南藏族自治州人民政府办公室", "隆务 0973-8722xxx", "2020-06-30", "黄南藏族自治州文体旅游广电局官方抖音号", 352608),
    R("jz_sj", "尖扎县市场监督管理局", "wechat", "jianzhascjg", "尖扎市场监管", HNN + "尖扎县",
      "尖扎县人民政府办公室", "马克唐 0973-8782xxx", "2021-07-06", "尖扎县市场监督管理局官方公众号", 9716),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("qh_ga", "qh_ga_dy", "douyin", "qinghaijingcha", 874102, "2020-10-12"),
    W("qh_wl", "qh_wl_wb", "weibo", "1863047259", 1392580, "2019-07-23"),
    W("xn_xw", "xn_xw_dy", "douyin", "xiningfabu", 651937, "2021-01-05"),
    W("hx_ga", "hx_ga_dy", "douyin", "haixijingfang", 205816, "2020-12-15"),
    W("gem_wl", "gem_wl_wb", "weibo", "3827150469", 143972, "2020-03-24"),
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
    "qh_wj": (["青海省高原病防治知识手册", "全省二级以上医院预约挂号方式", "青海省包虫病免费筛查安排",
               "青海省冬季一氧化碳中毒急救", "青海省异地就医备案流程"], ["青康", "马晓霞"], ["祁永福"]),
    "qh_nw": (["冬春季牦牛藏羊补饲技术要点", "青海省草原生态奖补政策问答", "高原夏菜冷链运输规范",
               "青海省春播农资供应提示", "全省动物疫病强制免疫进度"], ["牦牛", "李青山"], ["韩德昌"]),
    "qh_sj": (["青海省冬季供暖收费提醒", "全省冬虫夏草质量抽检公示", "青海省燃气具质量监督抽查",
               "青海省个体工商户年报指南", "青海12315维权案例选编"], ["青市", "冶春梅"], ["赵文渊"]),
    "xn_jy": (["西宁市中小学寒假安全须知", "西宁市义务教育阶段入学问答", "西宁市课后服务收费公示",
               "西宁市中小学心理援助热线", "西宁市教师资格认定公告"], ["城西", "朱晓婷"], ["鲁建国"]),
    "hd_zf": (["海东市冬季清洁取暖补贴", "河湟谷地文旅资源推介", "海东市政务服务事项清单",
               "海东市城乡居民医保缴费", "海东市12345热线办理情况"], ["乐都", "张海蓉"], ["李有德"]),
    "hd_nw": (["海东市马铃薯贮藏技术", "海东市设施农业补贴公示", "海东市农机报废更新补贴",
               "海东市冬季动物防疫安排", "海东市高标准农田建设进展"], ["平安", "星玉兰"], ["祁成林"]),
    "hz_yj": (["互助县冬季防火提示", "互助县燃气安全检查通报", "互助县应急避难场所分布",
               "互助县地质灾害隐患点公示", "互助县安全生产举报渠道"], ["威远", "董海明"], ["吕国栋"]),
    "my_wj": (["门源县流感就诊指南", "门源县家庭医生签约服务", "门源县孕产妇健康管理",
               "门源县包虫病筛查安排", "门源县慢病随访提醒"], ["浩门", "马兰芳"], ["沈文华"]),
    "hnz_yj": (["海南州森林草原防火通告", "海南州冬季道路结冰提示", "海南州应急物资储备点",
                "海南州地震应急避险常识", "海南州安全生产月回顾"], ["恰卜恰", "才让卓玛"], ["周建明"]),
    "ys_wj": (["玉树州高原病预防指南", "玉树州包虫病防治进展", "玉树州巡回医疗安排",
               "玉树州藏医院门诊时间", "玉树州孕产妇住院分娩补助"], ["结古", "尼玛拉毛"], ["杨振华"]),
    "gl_rs": (["果洛州冬季招聘会日程", "果洛州灵活就业参保问答", "果洛州职业技能培训补贴",
               "果洛州社保卡服务网点", "果洛州欠薪线索反映渠道"], ["大武", "索南措"], ["王德林"]),
    "jz_sj": (["尖扎县冬季农贸市场价格公示", "尖扎县黄河鱼养殖质量抽检", "尖扎县餐饮单位消防检查",
               "尖扎县个体户年报提醒", "尖扎县消费投诉案例"], ["马克唐", "更登加"], ["马福林"]),
}
