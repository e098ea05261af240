"""The report's charts, drawn with reportlab.graphics: coverage per desa (bars stacked by BPJS
state), registrations per month, and budget used against allocated.

One drawing serves both faces: a flowable in the PDF, and SVG (``svg_of``) that the Laporan
page shows through QtSvg — the same picture on screen and on paper, no second chart library.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from desktop_app.formats.pdf_fonts import BOLD, REGULAR, register_fonts

# One colour per state, in the report's state order (not in a batch … in a correction batch).
STATE_COLOURS = (colors.HexColor("#b0b7c0"), colors.HexColor("#f2c14e"), colors.HexColor("#f78154"),
                 colors.HexColor("#5fa8d3"), colors.HexColor("#2e933c"), colors.HexColor("#c0392b"),
                 colors.HexColor("#8e5ea2"))
MONEY_COLOURS = (colors.HexColor("#5fa8d3"), colors.HexColor("#2e933c"), colors.HexColor("#f2c14e"),
                 colors.HexColor("#b0b7c0"))


@dataclass(frozen=True)
class StackedBars:
    """Bars (one per desa) of values stacked by series (one per state)."""

    title: str
    categories: list[str]
    series: list[str]
    values: list[list[int]]       # values[series][category]


@dataclass(frozen=True)
class Bars:
    title: str
    categories: list[str]
    values: list[int]
    money: bool = False


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(0, height - 12, text, fontName=BOLD, fontSize=9.5))


def _axis_fonts(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = REGULAR, 7


def stacked_bars(data: StackedBars, width: float = 500, bar_height: float = 13) -> Drawing:
    """Horizontal bars, one per desa, stacked by state, with a legend underneath."""
    register_fonts()
    rows = max(1, len(data.categories))
    legend_rows = (len(data.series) + 3) // 4
    plot_h = rows * bar_height
    height = plot_h + 50 + legend_rows * 11
    drawing = Drawing(width, height)
    _title(drawing, data.title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 120, legend_rows * 11 + 30, width - 135, plot_h
    chart.data = [tuple(v) for v in data.values] or [(0,)]
    chart.categoryAxis.categoryNames = list(data.categories) or [""]
    chart.categoryAxis.reverseDirection = True          # the first desa on top
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.barSpacing, chart.groupSpacing = 0, 3
    for i, colour in enumerate(STATE_COLOURS[:len(data.series)]):
        chart.bars[i].fillColor, chart.bars[i].strokeColor = colour, None
    _axis_fonts(chart)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y, legend.dx, legend.dy = 0, legend_rows * 11 + 6, 7, 7
    legend.fontName, legend.fontSize, legend.alignment, legend.columnMaximum = REGULAR, 7, "right", legend_rows
    legend.deltax, legend.dxTextSpace = width / 4, 4
    legend.colorNamePairs = list(zip(STATE_COLOURS, data.series, strict=False))
    drawing.add(legend)
    return drawing


def bars(data: Bars, width: float = 500, height: float = 150, *, horizontal: bool = False) -> Drawing:
    """Plain bars (per month, or the budget's four figures)."""
    register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, data.title, width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 120 if horizontal else 45
    chart.x, chart.y, chart.width, chart.height = left, 22, width - left - 15, height - 45
    chart.data = [tuple(data.values) or (0,)]
    chart.categoryAxis.categoryNames = data.categories or [""]
    if horizontal:
        chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    if data.money:
        chart.valueAxis.labelTextFormat = lambda v: f"{v / 1_000_000:,.1f} jt".replace(",", "X").replace(
            ".", ",").replace("X", ".")
    colours = MONEY_COLOURS if horizontal else (STATE_COLOURS[3],)
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colours[0]
    for i, colour in enumerate(colours if horizontal else ()):
        chart.bars[(0, i)].fillColor = colour
    _axis_fonts(chart)
    drawing.add(chart)
    return drawing


def svg_of(drawing: Drawing) -> bytes:
    """The drawing as SVG for the window: on white (an SVG has no paper), with the font named
    the way a desktop knows it."""
    drawing.insert(0, Rect(0, 0, drawing.width, drawing.height, fillColor=colors.white, strokeColor=None))
    svg = renderSVG.drawToString(drawing)
    svg = svg.replace(f"font-family: {BOLD}", "font-family: DejaVu Sans; font-weight: bold")
    return svg.replace(f"font-family: {REGULAR}", "font-family: DejaVu Sans").encode("utf-8")
