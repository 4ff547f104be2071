import LossKit
import LossPlot

/// A LossPlot line chart drawn as inline SVG for a printed handout: the same series, axes chosen by
/// the same rules as on the terminal, a legend, the marker with its dots, and the read-out.
///
/// Curves are told apart by dash pattern as well as colour, so they survive a black-and-white printer.
/// Values beyond the axis (∞ included) leave the plot through its top edge, cut by a clip path.
struct SVGChart {
    let chart: LineChart
    /// The id of the chart's clip path; unique within the document.
    let id: String

    static let width = 640.0
    static let samples = 400
    static let colours = ["#1f4e99", "#b3261e", "#2e7d32", "#6a1b9a", "#8d6e00", "#00838f"]
    static let dashes = ["", "7 4", "2 3", "9 3 2 3"]

    private let left = 62.0
    private let right = 500.0
    private let top = 44.0
    private let bottom = 262.0

    func svg() -> String {
        let (xTicks, yTicks) = chart.axes(samples: Self.samples, maxTicks: 6, notation: .unicode)
        let readout = chart.readout(notation: .unicode)
        let height = bottom + (readout == nil ? 48 : 70)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" "
            + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"13\" role=\"img\" "
            + "aria-label=\"\(chart.title.htmlEscaped)\">\n"
        out += "<clipPath id=\"\(id)\"><rect x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(right - left))\" height=\"\(n(bottom - top))\"/></clipPath>\n"
        out += text(chart.title, x: Self.width / 2, y: 16, anchor: "middle", extra: " font-weight=\"bold\" font-size=\"13\"")
        out += text(chart.yTitle, x: left - 50, y: top - 10, anchor: "start")
        if let note = chart.note { out += text(note, x: right, y: top - 10, anchor: "end", extra: " fill=\"#555\"") }
        let fx = { (x: Double) in left + (x - xTicks.lower) / (xTicks.upper - xTicks.lower) * (right - left) }
        let fy = { (y: Double) in
            bottom - min(2, max(-1, chart.yScale.fraction(y, lower: yTicks.lower, upper: yTicks.upper))) * (bottom - top)
        }
        for (value, label) in zip(xTicks.values, xTicks.labels) {
            out += line(fx(value), top, fx(value), bottom, stroke: "#ddd")
            out += text(label, x: fx(value), y: bottom + 17, anchor: "middle")
        }
        for (value, label) in zip(yTicks.values, yTicks.labels) {
            out += line(left, fy(value), right, fy(value), stroke: "#ddd")
            out += text(label, x: left - 6, y: fy(value) + 4, anchor: "end")
        }
        out += "<rect x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(right - left))\" height=\"\(n(bottom - top))\" fill=\"none\" stroke=\"#000\"/>\n"
        out += text(chart.xTitle, x: (left + right) / 2, y: bottom + 36, anchor: "middle")
        for (k, series) in chart.series.enumerated() {
            out += "<path d=\"\(path(series, xTicks: xTicks, fx: fx, fy: fy))\" fill=\"none\" stroke=\"\(colour(k))\" "
                + "stroke-width=\"2\"\(dash(k)) clip-path=\"url(#\(id))\"/>\n"
            let y = top + 14 + Double(k) * 20
            out += line(right + 12, y - 4, right + 40, y - 4, stroke: colour(k), extra: " stroke-width=\"2\"" + dash(k))
            out += text(series.name, x: right + 46, y: y, anchor: "start")
        }
        if let marker = chart.marker, marker.x >= xTicks.lower, marker.x <= xTicks.upper {
            out += line(fx(marker.x), top, fx(marker.x), bottom, stroke: "#000", extra: " stroke-dasharray=\"3 3\"")
            for (k, series) in chart.series.enumerated() {
                let v = series.value(at: marker.x)
                let f = chart.yScale.fraction(v, lower: yTicks.lower, upper: yTicks.upper)
                guard v.isFinite, f >= 0, f <= 1 else { continue }
                out += "<circle cx=\"\(n(fx(marker.x)))\" cy=\"\(n(fy(v)))\" r=\"4\" fill=\"\(colour(k))\" stroke=\"#000\"/>\n"
            }
        }
        if let readout { out += text(readout, x: left, y: bottom + 60, anchor: "start", extra: " xml:space=\"preserve\"") }
        return out + "</svg>"
    }

    /// The series sampled across the x axis as path data; a value that is not finite (or not positive
    /// on a log axis) breaks the curve.
    private func path(_ series: Series, xTicks: Ticks, fx: (Double) -> Double, fy: (Double) -> Double) -> String {
        var d: [String] = []
        var drawing = false
        for i in 0...Self.samples {
            let x = xTicks.lower + (xTicks.upper - xTicks.lower) * Double(i) / Double(Self.samples)
            let v = series.value(at: x)
            guard v.isFinite, chart.yScale == .linear || v > 0 else {
                drawing = false
                continue
            }
            d.append("\(drawing ? "L" : "M")\(n(fx(x))) \(n(fy(v)))")
            drawing = true
        }
        return d.joined(separator: " ")
    }

    private func colour(_ k: Int) -> String { Self.colours[k % Self.colours.count] }

    private func dash(_ k: Int) -> String {
        let pattern = Self.dashes[k % Self.dashes.count]
        return pattern.isEmpty ? "" : " stroke-dasharray=\"\(pattern)\""
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, extra: String = "") -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\"\(extra)/>\n"
    }

    private func text(_ s: String, x: Double, y: Double, anchor: String, extra: String = "") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\"\(extra)>\(s.htmlEscaped)</text>\n"
    }

    /// A coordinate to one decimal.
    private func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
