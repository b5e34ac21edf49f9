"""The detail pane shows long texts whole: a pasted job description wraps to the pane's width
and its last line is on screen, not cut off below the pane's content."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.gui.modal import wait_for_detail
from tracker.domain.records import ApplicationRead
from tracker.ui.widgets.detail_panel import DetailPanel
from tracker.ui.window.main_window import MainWindow

DESCRIPTION = "\n".join(
    [
        "岗位职责：",
        "1. 负责多模态大模型训练数据的标注规范制定、质检与迭代，覆盖图像、视频、语音与文本等多种"
        "数据类型，并与算法团队一起分析模型在真实业务场景中的错误案例，持续优化数据配比。",
        "2. Work with researchers on RLHF preference data: write guidelines, review annotator "
        "disagreements, and turn model failures into new training examples every week.",
        "任职要求：本科及以上学历，对 AI 有热情；有设计、法律或内容行业背景者优先。",
        "最后一行：工作地点上海徐汇，双休，五险一金。",
    ]
)


def test_the_last_line_of_a_long_job_description_is_shown(
    qtbot: QtBot, make_window: Callable[..., MainWindow], add: Callable[..., ApplicationRead]
) -> None:
    created = add("字节跳动", "AI训练师（多模态）", job_description=DESCRIPTION)
    window = make_window()
    window.resize(1280, 720)
    window.show_application(created.id)
    page = window.applications_page
    wait_for_detail(qtbot, page, created.id)
    detail = page.detail
    qtbot.wait(50)
    for sizes in ([900, 380], [1000, 280], [700, 580]):
        page.splitter.setSizes(sizes)
        qtbot.wait(20)
        _assert_whole(detail)


def _assert_whole(detail: DetailPanel) -> None:
    label = next(
        widget
        for widget in detail.content.findChildren(QLabel)
        if widget.text().startswith("岗位职责")
    )
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed, "the description is cut short"
    bottom = label.mapTo(detail.content, label.rect().bottomLeft()).y()
    assert bottom <= detail.content.height()
