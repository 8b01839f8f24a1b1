"""Accounts of the twenty-fourth held-out part: registered accounts of units of a province no other content part
uses (Guizhou), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


GZ = "贵州省"
GOV = "贵州省人民政府办公厅"

REGISTERED = [
    R("gz_ga", GZ + "公安厅", "weibo", "2731860495", "贵州公安", GZ,
      GOV, "黔警 0851-8590xxx", "2019-05-14", GZ + "公安厅官方微博", 1642870),
    R("gz_wl", GZ + "文化和旅游厅", "douyin", "duocaiguizhouwenlv", "多彩贵州文旅", GZ,
      GOV, "黔游 0851-8681xxx", "2020-04-21", GZ + "文化和旅游厅官方抖音号", 2861409),
    R("gz_wj", GZ + "卫生健康委员会", "wechat", "gzwjwgzh", "健康贵州", GZ,
      GOV, "黔康 0851-8682xxx", "2020-03-10", GZ + "卫生健康委员会官方公众号", 593146),
    R("gz_sc", GZ + "市场监督管理局", "wechat", "gzscjggzh", "贵州市场监管", GZ,
      GOV, "黔衡 0851-8581xxx", "2020-08-18", GZ + "市场监督管理局官方公众号", 187352),
    R("gz_jy", GZ + "教育厅", "wechat", "gzjytgzh", "贵州教育", GZ,
      GOV, "黔学 0851-8528xxx", "2019-09-24", GZ + "教育厅官方公众号", 641085),
    R("gz_st", GZ + "生态环境厅", "weibo", "6158302947", "贵州生态环境", GZ,
      GOV, "黔绿 0851-8557xxx", "2020-06-30", GZ + "生态环境厅官方微博", 132604),
    R("gy_xw", "贵阳市人民政府新闻办公室", "weibo", "2580463917", "贵阳发布", GZ + "贵阳市",
      "贵阳市人民政府办公厅", "筑城 0851-8798xxx", "2019-02-26", "贵阳市人民政府新闻办公室官方微博", 1528307),
    R("gy_ga", "贵阳市公安局", "douyin", "guiyanggongan", "贵阳公安", GZ + "贵阳市",
      "贵阳市人民政府办公厅", "南明 0851-8590xxx", "2020-07-14", "贵阳市公安局官方抖音号", 1107462),
    R("zy_wl", "遵义市文化广电旅游局", "wechat", "zywlgzh", "遵义文旅", GZ + "遵义市",
      "遵义市人民政府办公室", "红花岗 0851-2882xxx", "2020-05-19", "遵义市文化广电旅游局官方公众号", 402716),
    R("zy_yj", "遵义市应急管理局", "wechat", "zyyjgljgzh", "遵义应急管理", GZ + "遵义市",
      "遵义市人民政府办公室", "汇川 0851-2861xxx", "2021-02-23", "遵义市应急管理局官方公众号", 28531),
    R("lps_xw", "六盘水市人民政府新闻办公室", "weibo", "5316087294", "六盘水发布", GZ + "六盘水市",
      "六盘水市人民政府办公室", "钟山 0858-8226xxx", "2019-10-15", "六盘水市人民政府新闻办公室官方微博", 684215),
    R("as_wl", "安顺市文体广电旅游局", "douyin", "anshunwenlv", "安顺文旅", GZ + "安顺市",
      "安顺市人民政府办公室", "西秀 0851-3322xxx", "2021-03-30", "安顺市文体广电旅游局官方抖音号", 463058),
    R("as_ga", "安顺市公安局", "weibo", "3904615728", "安顺公安", GZ + "安顺市",
      "安顺市人民政府办公室", "平坝 0851-3333xxx", "2020-01-07", "安顺市公安局官方微博", 215369),
    R("bj_rs", "毕节市人力资源和社会保障局", "wechat", "bjrsjgzh", "毕节人社", GZ + "毕节市",
      "毕节市人民政府办公室", "七星关 0857-8221xxx", "2020-11-24", "毕节市人力资源和社会保障局官方公众号", 87604),
    R("bj_qx", "毕节市气象局", "weibo", "7036219584", "毕节气象", GZ + "毕节市",
      "毕节市人民政府办公室", "威宁 0857-8307xxx", "2020-09-01", "毕节市气象局官方微博", 41837),
    R("tr_wj", "铜仁市卫生健康局", "wechat", "trwjjgzh", "健康铜仁", GZ + "铜仁市",
      "铜仁市人民政府办公室", "碧江 0856-5222xxx", "2020-12-08", "铜仁市卫生健康局官方公众号", 62419),
    R("tr_st", "铜仁市生态环境局", "wechat", "trsthjjgzh", "铜仁生态环境", GZ + "铜仁市",
      "铜仁市人民政府办公室", "万山 0856-5236xxx", "2021-04-27", "铜仁市生态环境局官方公众号", 19746),
    R("qdn_wl", "黔东南州文体广电旅游局", "douyin", "qiandongnanwenlv", "黔东南文旅", GZ + "黔东南苗族侗族自治州",
      "黔东南州人民政府办公室", "凯里 0855-8227xxx", "2020-10-13", "黔东南州文体广电旅游局官方抖音号", 927530),
    R("qdn_sc", "黔东南州市场监督管理局", "wechat", "qdnscjggzh", "黔东南市场监管", GZ + "黔东南苗族侗族自治州",
      "黔东南州人民政府办公室", "雷山 0855-8263xxx", "2021-06-15", "黔东南州市场监督管理局官方公众号", 30982),
    R("qn_nw", "黔南州农业农村局", "wechat", "qnnyncjgzh", "黔南农业农村", GZ + "黔南布依族苗族自治州",
      "黔南州人民政府办公室", "都匀 0854-8222xxx", "2021-01-19", "黔南州农业农村局官方公众号", 35217),
    R("qn_jy", "黔南州教育局", "wechat", "qnjyjgzh", "黔南教育", GZ + "黔南布依族苗族自治州",
      "黔南州人民政府办公室", "福泉 0854-8230xxx", "2020-09-22", "黔南州教育局官方公众号", 58360),
    R("qxn_ly", "黔西南州林业局", "wechat", "qxnlyjgzh", "黔西南林业", GZ + "黔西南布依族苗族自治州",
      "黔西南州人民政府办公室", "兴义 0859-3221xxx", "2021-05-25", "黔西南州林业局官方公众号", 16853),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("gz_ga", "gz_ga_dy", "douyin", "guizhougongan110", 1420563, "2020-12-01"),
    W("gz_wl", "gz_wl_wb", "weibo", "2096348571", 1035218, "2019-06-18"),
    W("gy_xw", "gy_xw_dy", "douyin", "guiyangfabu", 986310, "2021-03-09"),
    W("gy_ga", "gy_ga_wb", "weibo", "1830572946", 872905, "2019-08-13"),
    W("lps_xw", "lps_xw_dy", "douyin", "liupanshuifabu", 301674, "2021-07-27"),
]


def S(key, platform, account_id, name, verified_type, verified_reason, description, followers):
    return dict(key=key, platform=platform, account_id=account_id, name=name, verified_type=verified_type,
                verified_reason=verified_reason, description=description, followers=followers)


SOURCES = [
    S("gov_wx", "wechat", "gov-cn", "中国政府网", "government", "中华人民共和国国务院办公厅",
      "中国政府网官方公众号", 21702846),
    S("xh_wb", "weibo", "xinhua", "新华社", "media", "新华通讯社官方微博", "新华社官方微博", 108611390),
    S("rmrb_wx", "wechat", "people-daily", "人民日报", "media", "人民日报社", "人民日报官方公众号", 48903177),
    S("cctv_wb", "weibo", "cctv-news", "央视新闻", "media", "中央广播电视总台央视新闻官方微博",
      "中央广播电视总台央视新闻官方微博", 134752064),
    S("nhc_wx", "wechat", "nhc", "健康中国", "government", "中华人民共和国国家卫生健康委员会",
      "国家卫生健康委员会官方公众号", 6352918),
    S("mem_wx", "wechat", "mem-gov", "中国应急管理", "government", "中华人民共和国应急管理部",
      "应急管理部官方公众号", 4251730),
    S("mps_wb", "weibo", "mps-cid", "公安部刑侦局", "government", "公安部刑事侦查局官方微博",
      "公安部刑事侦查局官方微博", 8163205),
    S("cma_wb", "weibo", "cma", "中国气象局", "government", "中国气象局官方微博", "中国气象局官方微博", 5671482),
]


FOOTERS = {
    "gz_wj": (["贵州冬季流感防治问答", "贵州省家庭医生签约服务指南", "贵州苗医药特色诊疗",
               "贵州无偿献血点位一览", "贵州基层卫生院服务动态"], ["黔康", "龙晓雯"], ["杨曦"]),
    "gz_sc": (["贵州冬季食品抽检结果", "贵州电热取暖器质量提示", "贵州经营主体年报操作指引",
               "贵州酒类市场专项检查", "贵州消费投诉处理案例"], ["黔衡", "吴娅"], ["罗川"]),
    "gz_jy": (["贵州中小学寒假时间安排", "贵州学生资助政策问答", "贵州高校毕业生就业服务月",
               "贵州校园冬季防火提示", "贵州教师资格认定公告"], ["黔学", "杨蕾"], ["王堃"]),
    "zy_wl": (["遵义冬季旅游线路推荐", "遵义红色研学基地名录", "遵义博物馆开放时间",
               "遵义文旅消费投诉渠道", "遵义温泉康养地图"], ["红花岗", "令狐岚"], ["冉东"]),
    "zy_yj": (["遵义市冬季防火提示", "遵义市应急避难场所名录", "遵义市燃气安全排查通报",
               "遵义市防灾减灾科普", "遵义市安全生产动态"], ["汇川", "骆松"], ["邹毅"]),
    "bj_rs": (["毕节市冬季招聘会安排", "毕节市就业见习岗位公示", "毕节市社保缴费提示",
               "毕节市职业技能培训计划", "毕节市劳动维权渠道"], ["七星关", "禄珊"], ["安平"]),
    "tr_wj": (["铜仁市流感疫苗接种点", "铜仁市冬季就医提示", "铜仁市家庭医生服务包",
               "铜仁市老年人健康体检安排", "铜仁市急救知识科普"], ["碧江", "田霜"], ["杨林"]),
    "tr_st": (["铜仁市空气质量月报", "锦江水质监测通报", "铜仁市扬尘管控提示",
               "铜仁市排污许可办理指南", "铜仁市生态环境举报方式"], ["万山", "滕宁"], ["麻勇"]),
    "qdn_sc": (["黔东南州冬季食品安全提示", "黔东南州计量器具检定公告", "黔东南州价格监督检查通报",
                "黔东南州特种设备安全提示", "黔东南州消费维权案例"], ["雷山", "潘桃"], ["吴正"]),
    "qn_nw": (["黔南州冬季油菜田管要点", "黔南州茶园冬管技术", "黔南州农机购置补贴公示",
               "黔南州生猪防疫提示", "黔南州农技服务热线"], ["都匀", "韦芳"], ["莫松"]),
    "qn_jy": (["黔南州中小学冬季作息时间", "黔南州课后服务问答", "黔南州学生资助政策",
               "黔南州校园冬季安全提示", "黔南州教师招聘公告"], ["福泉", "蒙雪"], ["石岗"]),
    "qxn_ly": (["黔西南州冬季森林防火提示", "黔西南州野生动物保护宣传", "黔西南州石漠化治理进展",
                "黔西南州林长制工作动态", "黔西南州古树名木保护"], ["兴义", "岑燕"], ["黄峻"]),
}
