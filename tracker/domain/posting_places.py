"""Place names a job posting is read for: China's municipalities and prefecture-level cities,
the English names under which international boards list the larger ones, and districts.

Source of the Chinese names: the Ministry of Civil Affairs' list of county-level and higher
administrative divisions (中华人民共和国民政部《县级以上行政区划》, 2024), prefecture-level
cities only (autonomous prefectures, leagues and regions are left out: postings name their
cities). Hong Kong and Macao are added; postings name them as cities.
"""

from __future__ import annotations

import re

_BY_PROVINCE = """
北京 上海 天津 重庆 香港 澳门
石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水
太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布
沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛
长春 吉林 四平 辽源 通化 白山 松原 白城
哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化
南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁
杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水
合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城
福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德
南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶
济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽
郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店
武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底
广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州
梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮
南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左
海口 三亚 三沙 儋州
成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳
贵阳 六盘水 遵义 安顺 毕节 铜仁
昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧
拉萨 日喀则 昌都 林芝 山南 那曲
西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛
兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南
西宁 海东
银川 石嘴山 吴忠 固原 中卫
乌鲁木齐 克拉玛依 吐鲁番 哈密
"""

CITIES: tuple[str, ...] = tuple(dict.fromkeys(_BY_PROVINCE.split()))

# Names international boards use; a posting in English is stored with the Chinese name, which
# the pay rules and the rest of the user's applications use.
ENGLISH_NAMES: dict[str, str] = {
    "beijing": "北京", "shanghai": "上海", "tianjin": "天津", "chongqing": "重庆",
    "hong kong": "香港", "macau": "澳门", "macao": "澳门", "shenzhen": "深圳",
    "guangzhou": "广州", "hangzhou": "杭州", "chengdu": "成都", "nanjing": "南京",
    "suzhou": "苏州", "wuhan": "武汉", "xi'an": "西安", "xian": "西安", "hefei": "合肥",
    "xiamen": "厦门", "changsha": "长沙", "qingdao": "青岛", "dalian": "大连",
    "ningbo": "宁波", "shenyang": "沈阳", "zhengzhou": "郑州", "jinan": "济南",
    "dongguan": "东莞", "foshan": "佛山", "zhuhai": "珠海", "wuxi": "无锡", "fuzhou": "福州",
    "kunming": "昆明", "harbin": "哈尔滨", "changchun": "长春", "nanchang": "南昌",
    "guiyang": "贵阳", "nanning": "南宁", "taiyuan": "太原", "shijiazhuang": "石家庄",
    "lanzhou": "兰州", "haikou": "海口", "sanya": "三亚", "urumqi": "乌鲁木齐",
}  # fmt: skip

_CITY_ALTERNATIVES = "|".join(sorted(CITIES, key=len, reverse=True))
# A city name, with 市 after it or not, not inside a longer run of Han characters that is
# itself a place ("朝阳区" is a district of 北京; the city 朝阳 is matched only on its own).
CITY_PATTERN = re.compile(rf"(?<![\u4e00-\u9fff])({_CITY_ALTERNATIVES})(?:市)?(?!区|县|路|街|镇)")
# A district after its city: "北京·朝阳区", "北京-海淀区", "上海浦东新区", "杭州 余杭区".
DISTRICT_PATTERN = re.compile(
    rf"({_CITY_ALTERNATIVES})市?[\s·・\-－_/|,，]*([\u4e00-\u9fff]{{1,5}}?(?:新区|区|县))"
)
# A city name followed by Han characters can still be the city ("北京朝阳区望京"): a city
# directly followed by a district is matched through DISTRICT_PATTERN first.
_ENGLISH_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(name) for name in ENGLISH_NAMES) + r")\b", re.I
)


def english_city(text: str) -> str | None:
    """The Chinese name of the first Chinese city named in English, if any."""
    match = _ENGLISH_PATTERN.search(text)
    return ENGLISH_NAMES[match[1].lower()] if match else None


def city_and_district(text: str) -> tuple[str, str] | None:
    """The first city named in the text, with its district when one follows it."""
    district = DISTRICT_PATTERN.search(text)
    city = CITY_PATTERN.search(text)
    if district and (city is None or district.start() <= city.start()):
        return district[1], district[2]
    if city:
        return city[1], ""
    return None
