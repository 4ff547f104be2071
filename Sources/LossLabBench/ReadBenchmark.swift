import Foundation
import LossKit

/// Reading 10⁷ numbers from a text file and from a `.npy` file, against numpy reading the same files in the same run.
enum ReadBenchmark {
    static let count = 10_000_000
    static let repeats = 3
    /// Reading a `.npy` file takes milliseconds, so more tries, as numpy_read.py makes for numpy.load.
    static let arrayRepeats = 7
    /// Where the data files are written once and kept for later runs.
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-bench-data").path

    static func run() {
        print("Reading \(count) numbers (files in \(folder)), best of \(repeats) (text) and \(arrayRepeats) (.npy), lower is better")
        let numpy = NumpyReference.figures("numpy_read.py", [String(count), folder])
        guard FileManager.default.fileExists(atPath: folder + "/x.npy") else {
            print("  no data files: numpy writes them (pip install numpy)")
            return
        }
        var text: [Double] = []
        var array: [Double] = []
        let textTime = best(repeats) { text = try! DataFile.values(atPath: folder + "/x.txt") }
        let arrayTime = best(arrayRepeats) { array = try! DataFile.values(atPath: folder + "/x.npy") }
        print(String(format: "  text list (%@ bytes): LossLab %.3f s", String(fileSize(folder + "/x.txt")), textTime))
        print(String(format: "    numpy.loadtxt            %.3f s   ratio %@ (target ≤ 0.25)", numpy["loadtxt"] ?? .nan,
                     NumpyReference.ratio(textTime, numpy["loadtxt"])))
        print(String(format: "    numpy.fromfile(sep=\" \")  %.3f s   ratio %@ (target ≤ 1.0)", numpy["fromfile"] ?? .nan,
                     NumpyReference.ratio(textTime, numpy["fromfile"])))
        print(String(format: "  .npy float64: LossLab %.3f s", arrayTime))
        print(String(format: "    numpy.load               %.3f s   ratio %@ (target ≤ 1.0)", numpy["load"] ?? .nan,
                     NumpyReference.ratio(arrayTime, numpy["load"])))
        print("  the text and the .npy read as " + (text == array && text.count == count ? "the same \(count) doubles, bit for bit" : "DIFFERENT numbers!"))
    }

    /// The best of `repeats` timings of `body`, in seconds.
    static func best(_ repeats: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
