import Foundation
import LossKit
import TrainingKit

/// Times one epoch of the default autoencoder against the NumPy version of the same network and update, in one run.
enum TrainBenchmark {
    static let count = 2_000
    static let repeats = 15

    static func run() {
        print("One epoch of 64-16-64 (ReLU, Sigmoid output, BCE from logits, Adam, batch 32) on \(count) 8x8 images, one core, "
            + "best of \(repeats) (lower is better)")
        let numpy = referenceTime("numpy")
        let torch = referenceTime("torch")
        var random = SplitMix64(seed: 99)
        let images = ImageSet(shape: GeneratedData.shape, values: (0..<(count * 64)).map { _ in random.chance(0.3) ? 1 : 0 })
        var trainer = Trainer(settings: TrainingSettings(), train: images)
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = trainer.finishEpoch()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start))
        }
        let bce = trainer.meanLosses(on: images, losses: [.bce])[0]
        let ns = best / Double(count)
        print(LossBenchmark.pad("", 10) + LossBenchmark.pad("ns/sample", 12) + LossBenchmark.pad("LossLab ÷ it", 14)
            + "training BCE after \(repeats) epochs")
        print(LossBenchmark.pad("LossLab", 10) + LossBenchmark.pad(String(format: "%.0f", ns), 12) + LossBenchmark.pad("", 14)
            + String(format: "%.4f", bce))
        for (name, figure, target) in [("NumPy", numpy, "   (target ≤ 0.5)"), ("PyTorch", torch, "")] {
            guard let figure else { continue }
            print(LossBenchmark.pad(name, 10) + LossBenchmark.pad(String(format: "%.0f", figure.ns), 12)
                + LossBenchmark.pad(String(format: "%.2f", ns / figure.ns), 14) + String(format: "%.4f", figure.bce) + target)
        }
    }

    /// ns/sample and the training BCE at the end from Benchmarks/NAME_train.py, measured now; nil
    /// (having said why) when python3 or the library is missing.
    static func referenceTime(_ name: String) -> (ns: Double, bce: Double)? {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/\(name)_train.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, String(count), String(repeats)]
        let out = Pipe()
        process.standardOutput = out
        // One core, as LossLab uses: no BLAS threads.
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"]) { $1 }
        do { try process.run() } catch {
            print("\(name): could not run python3 (\(error))")
            return nil
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count >= 3, fields[0] == name, let ns = Double(fields[1]), let bce = Double(fields[2]) else {
            print("\(name): not installed, so no figure (pip install \(name) in the python3 on PATH)")
            return nil
        }
        return (ns, bce)
    }
}
