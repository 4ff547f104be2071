import CellGrid
import Foundation
import LossLabApp
import TrainingKit

/// The Train screen's frame while it trains: a tick (the minibatches of one frame) then a redraw, at 200×60.
enum TrainScreenBenchmark {
    static func run() {
        let data = GeneratedData.shapes.dataSet()
        for race in [false, true] { frame(data: data, race: race) }
    }

    /// Median and 99th percentile of tick + render over 20 seconds of play (600 ticks), beside an empty 200×60 screen.
    static func frame(data: DataSet, race: Bool) {
        var state = AppState(width: 200, height: 60)
        state.openTrain(TrainScreen(data: data, generated: .shapes, race: race))
        _ = LossLabApp.update(&state, .key(.char(" ")))
        var ticks: [Double] = []
        var renders: [Double] = []
        var empties: [Double] = []
        var checksum = 0
        for _ in 0..<600 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = LossLabApp.update(&state, .tick)
            let trained = DispatchTime.now().uptimeNanoseconds
            let screen = LossLabApp.render(state)
            let drawn = DispatchTime.now().uptimeNanoseconds
            let empty = CellBuffer(width: 200, height: 60)
            let end = DispatchTime.now().uptimeNanoseconds
            checksum &+= screen.cells.count &+ empty.cells.count
            ticks.append(Double(trained - start))
            renders.append(Double(drawn - trained))
            empties.append(Double(end - drawn))
        }
        let frames = zip(ticks, renders).map(+)
        let screen = state.trainScreen!
        print("Train screen frame at 200×60 while training\(race ? ", race mode (two networks)" : ""), "
            + "\(screen.minibatchesPerTick) minibatches a tick (600 ticks, lower is better)")
        let (frame, empty) = (AppBenchmark.median(frames), AppBenchmark.median(empties))
        print(String(format: "  tick + render: median %.3f ms, p99 %.3f ms (target ≤ 16 ms)   tick %.3f ms   render %.3f ms   "
                     + "empty 200×60 screen %.4f ms   ratio %.0f×",
                     frame / 1e6, percentile(frames, 0.99) / 1e6, AppBenchmark.median(ticks) / 1e6,
                     AppBenchmark.median(renders) / 1e6, empty / 1e6, frame / empty))
        let epochs = screen.runs.map { "\($0.trainer.epoch)" }.joined(separator: ", ")
        print("  epochs reached: \(epochs)  (checksum \(checksum))")
    }

    private static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}
