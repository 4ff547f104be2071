/// The characters a chart is drawn with, in Unicode or in pure ASCII.
public struct ChartSymbols: Sendable, Hashable {
    public var verticalAxis: Character
    /// A tick on the y axis.
    public var yTick: Character
    public var horizontalAxis: Character
    /// A tick on the x axis.
    public var xTick: Character
    /// Where the axes meet.
    public var corner: Character
    /// The vertical guide at the marked prediction.
    public var guide: Character
    /// A value above the top of the chart.
    public var offScaleAbove: Character
    /// A value below the bottom of the chart.
    public var offScaleBelow: Character
    /// A bar longer than the chart is wide (an infinite contribution).
    public var offScaleRight: Character
    /// The marker's dot on each curve at the marked x: a glyph used for nothing else in a chart.
    public var marker: Character
    /// The glyphs given to series in order, each unlike the others in shape.
    public var seriesGlyphs: [Character]
    /// Points at the selected bar of a bar chart.
    public var selection: Character
    /// A cut-off text.
    public var ellipsis: String

    /// The set for a canvas mode: Unicode box drawing and arrows, or ASCII look-alikes.
    public static func forMode(_ mode: CanvasMode) -> ChartSymbols {
        mode.isUnicode ? unicode : ascii
    }

    public static let unicode = ChartSymbols(
        verticalAxis: "│", yTick: "┤", horizontalAxis: "─", xTick: "┬", corner: "└", guide: "┊",
        offScaleAbove: "↑", offScaleBelow: "↓", offScaleRight: "→", marker: "◉",
        seriesGlyphs: ["●", "◆", "▲", "■", "○", "◇"], selection: "▶", ellipsis: "…")

    public static let ascii = ChartSymbols(
        verticalAxis: "|", yTick: "+", horizontalAxis: "-", xTick: "+", corner: "+", guide: ":",
        offScaleAbove: "^", offScaleBelow: "v", offScaleRight: ">", marker: "@",
        seriesGlyphs: ["*", "o", "x", "#", "%", "&"], selection: ">", ellipsis: "...")

    /// The glyph of the series at `index`, repeating the list if there are more series than glyphs.
    public func seriesGlyph(_ index: Int) -> Character {
        seriesGlyphs[index % seriesGlyphs.count]
    }
}
