import CellGrid
import Foundation
import LossLabApp
import TrainingKit

/// The Train screen while it trains at full speed, at 200×60: how long one slice of work (a tick)
/// keeps a key waiting, how long a redraw takes, and how many epochs a second the slices add up to.
enum TrainScreenBenchmark {
    static func run() {
        let data = GeneratedData.shapes.dataSet()
        for race in [false, true] { frame(data: data, race: race) }
        live()
    }

    /// The real program at 200×60 in a pty, training at full speed: frames a second, and how long
    /// Space (pause) takes to be answered: the time from the key to the last frame that follows it
    /// (the paused screen no longer changes), over 20 tries.
    static func live() {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let losslab = folder.appendingPathComponent("losslab").path
        guard FileManager.default.isExecutableFile(atPath: losslab),
              let session = PtySession([losslab, "train", "--watch", "--epochs", "1000"], width: 200, height: 60) else {
            print("live Train screen: no losslab beside LossLabBench; build it first: swift build -c release --product losslab")
            return
        }
        defer { session.quit() }
        guard session.waitFor("paused") != nil else { return print("live Train screen: the screen never came") }
        // Play, then full speed (curses redraws only the cells that change, so the status is not waited for as text).
        session.send(" ff")
        _ = session.bursts(for: 0.5)
        let frames = session.bursts(for: 3)
        let gaps = zip(frames.dropFirst(), frames).map { Double($0 - $1) / 1e6 }
        var answers: [Double] = []
        for _ in 0..<20 {
            let pressed = DispatchTime.now().uptimeNanoseconds
            session.send(" ")
            if let last = session.bursts(for: 0.3).last { answers.append(Double(last - pressed) / 1e6) }
            session.send(" ")
            _ = session.bursts(for: 0.2)
        }
        print("Live Train screen at 200×60, training at full speed in a pty (release build)")
        print(String(format: "  %.1f frames a second over 3 s (target ≥ 20), longest gap %.1f ms   "
                     + "Space answered in: median %.1f ms, longest %.1f ms of %d (target: within a frame)",
                     Double(frames.count) / 3, gaps.max() ?? 0, AppBenchmark.median(answers), answers.max() ?? 0, answers.count))
    }

    /// Times 20 epochs of ticks one by one, and a redraw after every 16th tick, beside an empty 200×60 screen.
    static func frame(data: DataSet, race: Bool) {
        var state = AppState(width: 200, height: 60)
        var screen = TrainScreen(data: data, generated: .shapes, race: race)
        screen.pace = .fullSpeed
        state.openTrain(screen)
        _ = LossLabApp.update(&state, .key(.char(" ")))
        let slicesPerEpoch = state.trainScreen!.runs[0].slicesPerEpoch(data)
        var ticks: [Double] = []
        var renders: [Double] = []
        var empties: [Double] = []
        var checksum = 0
        for k in 0..<(20 * slicesPerEpoch) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = LossLabApp.update(&state, .tick)
            ticks.append(Double(DispatchTime.now().uptimeNanoseconds - start))
            guard k % 16 == 15 else { continue }
            let drawn = AppBenchmark.timedRender(state)
            checksum &+= drawn.cells
            renders.append(drawn.render)
            empties.append(drawn.empty)
        }
        let epochs = state.trainScreen!.runs.map(\.trainer.epoch)
        print("Train screen at 200×60 training at full speed\(race ? ", race mode (two networks)" : ""): "
            + "\(ticks.count) slices of work (\(slicesPerEpoch) an epoch), a redraw every 16 (lower is better)")
        let (render, empty) = (AppBenchmark.median(renders), AppBenchmark.median(empties))
        let epochsPerSecond = 1e9 * Double(epochs[0]) / ticks.reduce(0, +)
        print(String(format: "  slice: median %.3f ms, longest %.3f ms (how long a key can wait)   "
                     + "redraw: median %.3f ms, p99 %.3f ms (target ≤ 16 ms)   empty 200×60 screen %.4f ms   ratio %.0f×",
                     AppBenchmark.median(ticks) / 1e6, ticks.max()! / 1e6, render / 1e6, percentile(renders, 0.99) / 1e6,
                     empty / 1e6, render / empty))
        print(String(format: "  %.0f epochs/s of slices alone; epochs reached: %@  (checksum %d)",
                     epochsPerSecond, epochs.map(String.init).joined(separator: ", "), checksum))
    }

    private static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}
