import Foundation
import LossKit
import LossPlot

/// Renders 10⁶ points into a 200 × 60 braille chart and compares it with gnuplot's `dumb` terminal.
///
/// Figures: LossLab's render in-process (target ≤ 20 ms), LossLab reading the same data file and
/// rendering, and gnuplot plotting the file (process start, parsing and drawing), with ratios.
enum PlotBenchmark {
    static let points = 1_000_000
    static let width = 200
    static let height = 60

    static func run() throws {
        let (xs, ys) = data()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("points.dat")
        try write(xs, ys, to: file)

        let render = median(of: 21) { _ = chart(xs, ys).buffer(width: width, height: height, mode: .braille) }
        let readAndRender = median(of: 5) {
            let (x, y) = read(file)
            _ = chart(x, y).buffer(width: width, height: height, mode: .braille)
        }
        print("plot: \(points) points into a \(width)×\(height) braille chart (median of runs)")
        print(String(format: "  LossLab render, in-process        %9.2f ms   (target ≤ 20 ms)", render * 1000))
        print(String(format: "  LossLab read file + render        %9.2f ms", readAndRender * 1000))
        guard let gnuplot = gnuplotPath() else {
            print("  gnuplot not found: install gnuplot-nox for the side-by-side figure")
            return
        }
        let reference = median(of: 3) { runGnuplot(gnuplot, file: file) }
        print(String(format: "  gnuplot dumb, same file           %9.2f ms", reference * 1000))
        print(String(format: "  ratio gnuplot / LossLab render    %9.0f×   (target ≥ 50×)", reference / render))
        print(String(format: "  ratio gnuplot / LossLab read+render %7.1f×", reference / readAndRender))
    }

    /// BCE against x̂ for target 1, with a fine ripple so every column holds a real min/max spread.
    static func data() -> ([Double], [Double]) {
        let xs = (0..<points).map { 1e-4 + (1 - 2e-4) * Double($0) / Double(points - 1) }
        let ys = xs.map { Loss.all[0].elementLoss(x: 1, xhat: $0, convention: .exact) + 0.05 * sin($0 * 5000) }
        return (xs, ys)
    }

    static func chart(_ xs: [Double], _ ys: [Double]) -> LineChart {
        LineChart(title: "benchmark: 10^6 points", xTitle: "x", yTitle: "y", xRange: 0...1,
                  series: [Series(name: "data", x: xs, y: ys)], marker: ChartMarker(x: 0.5, name: "x"))
    }

    static func write(_ xs: [Double], _ ys: [Double], to file: URL) throws {
        var text = ""
        text.reserveCapacity(xs.count * 40)
        for i in xs.indices { text += "\(xs[i]) \(ys[i])\n" }
        try text.write(to: file, atomically: false, encoding: .utf8)
    }

    /// Reads "x y" lines with `strtod`, the way a data-file loader would.
    static func read(_ file: URL) -> ([Double], [Double]) {
        guard let data = try? Data(contentsOf: file) else { return ([], []) }
        var xs: [Double] = []
        var ys: [Double] = []
        xs.reserveCapacity(points)
        ys.reserveCapacity(points)
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
            var cursor = UnsafeMutablePointer(mutating: base)
            let end = base + raw.count
            var next: UnsafeMutablePointer<CChar>?
            while cursor < end {
                let x = strtod(cursor, &next)
                guard let afterX = next, afterX != cursor else { break }
                let y = strtod(afterX, &next)
                guard let afterY = next, afterY != afterX else { break }
                xs.append(x)
                ys.append(y)
                cursor = afterY
            }
        }
        return (xs, ys)
    }

    static func gnuplotPath() -> String? {
        ["/usr/bin/gnuplot", "/usr/local/bin/gnuplot"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func runGnuplot(_ path: String, file: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-e", "set terminal dumb size \(width),\(height); set output '/dev/null'; "
            + "plot '\(file.path)' using 1:2 with lines notitle"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return }
        process.waitUntilExit()
    }

    /// The median wall time of `runs` runs of `body`, in seconds.
    static func median(of runs: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return times.sorted()[runs / 2]
    }
}
