/// Screen text with the charts' plotted dots hidden, for snapshots of whole screens.
///
/// Where a chart's curves fall is LossPlot's business, tested by its own snapshots; a screen
/// snapshot checks what the screen adds: where the chart sits and how big it is, its labels,
/// legend, marker and read-out. So every braille cell (U+2800–U+28FF, the plotting canvas) becomes
/// `·`, which keeps the plot area visible without tying the screen's snapshot to its pixels.
public enum ChartPixels {
    /// `text` with every braille cell replaced by `·`.
    public static func masked(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { (0x2800...0x28FF).contains($0.value) ? "·" : $0 }))
    }
}
