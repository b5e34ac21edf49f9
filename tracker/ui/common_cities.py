"""The cities offered first in the city fields: where most AI jobs are, each with its pay rules
(any other city can be typed)."""

from __future__ import annotations

CITIES = (
    "北京", "上海", "杭州", "深圳", "广州", "成都", "南京", "苏州", "武汉", "西安", "天津", "重庆",
)  # fmt: skip
