import Foundation
import LossKit

/// Times every loss (each convention that changes it) with gradients over 10^7 elements against numpy, in one run.
enum LossBenchmark {
    static let count = 10_000_000
    static let repeats = 5

    /// Every loss under every convention that changes it, named as Benchmarks/numpy_loss.py names them
    /// (`mse`, `bce-exact`, …).
    static let cases: [(name: String, spec: LossSpec)] = Loss.all.flatMap { loss in
        loss.usesConvention
            ? Convention.allCases.map { ("\(loss.id)-\($0.rawValue)", LossSpec(loss: loss, convention: $0)) }
            : [(loss.id, LossSpec(loss: loss))]
    }

    static func run() {
        print("Loss + gradient over \(count) elements, one core, best of \(repeats) (lower is better)")
        let numpy = numpyTimes()
        var random = SystemRandomNumberGenerator()
        let x = (0..<count).map { _ in Double.random(in: 0..<1, using: &random) < 0.5 ? 1.0 : 0.0 }
        let xhat = (0..<count).map { _ in 0.001 + 0.998 * Double.random(in: 0..<1, using: &random) }
        var gradient = [Double](repeating: 0, count: count)
        print(pad("case", 12) + pad("LossLab ns/el", 15) + pad("numpy ns/el", 13) + "ratio (LossLab / numpy, target ≤ 1.0)")
        for (name, spec) in cases {
            var best = Double.infinity
            var value = 0.0
            for _ in 0..<repeats {
                let start = DispatchTime.now().uptimeNanoseconds
                value = x.withUnsafeBufferPointer { xb in
                    xhat.withUnsafeBufferPointer { pb in
                        gradient.withUnsafeMutableBufferPointer { gb in FusedLoss.value(spec, x: xb, xhat: pb, gradient: gb) }
                    }
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start))
            }
            let ns = best / Double(count)
            let theirs = numpy[name]
            let ratio = NumpyReference.ratio(ns, theirs)
            print(pad(name, 12) + pad(String(format: "%.2f", ns), 15)
                + pad(theirs.map { String(format: "%.2f", $0) } ?? "-", 13) + ratio
                + String(format: "   (value %.6f)", value))
        }
    }

    /// ns/element per case from numpy, measured now; empty when python3 or numpy is missing.
    static func numpyTimes() -> [String: Double] {
        NumpyReference.figures("numpy_loss.py", [String(count), String(repeats)])
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }
}
