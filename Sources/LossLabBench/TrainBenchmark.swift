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
        let (numpy, numpyBCE) = numpyTime()
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
        print(LossBenchmark.pad("LossLab ns/sample", 19) + LossBenchmark.pad("numpy ns/sample", 17) + "ratio (LossLab / numpy, target ≤ 0.5)")
        let ratio = numpy.map { String(format: "%.2f", ns / $0) } ?? "n/a (numpy not available)"
        print(LossBenchmark.pad(String(format: "%.0f", ns), 19) + LossBenchmark.pad(numpy.map { String(format: "%.0f", $0) } ?? "-", 17)
            + ratio + String(format: "   (training BCE after %d epochs: LossLab %.4f, numpy %@)", repeats, bce,
                                      numpyBCE.map { String(format: "%.4f", $0) } ?? "-"))
    }

    /// ns/sample and the training BCE at the end from NumPy, measured now; nil when python3 or numpy is missing.
    static func numpyTime() -> (Double?, Double?) {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/numpy_train.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, String(count), String(repeats)]
        let out = Pipe()
        process.standardOutput = out
        // One core, as LossLab uses: no BLAS threads.
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"]) { $1 }
        do { try process.run() } catch {
            print("numpy: could not run python3 (\(error)); printing LossLab's figure alone")
            return (nil, nil)
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
        guard fields.count >= 3, fields[0] == "numpy", let ns = Double(fields[1]) else {
            print("numpy: no figure (is numpy installed? pip install numpy)")
            return (nil, nil)
        }
        return (ns, Double(fields[2].filter { !$0.isWhitespace }))
    }
}
