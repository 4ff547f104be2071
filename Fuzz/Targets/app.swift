// libFuzzer: -max_len=256
import CellGrid
import LessonKit
import LossKit
@testable import LossLabApp
import TrainingKit

/// The app as it opens, with the built-in lessons, parsed once for the whole run, and a Train screen
/// on 40 generated images (10 to test): the screen behaves the same as on the 2,500 that `w` would
/// generate, and scoring those each time a run starts took most of a run. (`d` and a lesson's train
/// block still make full sets.)
let opening: AppState = {
    var state = AppState(width: 80, height: 24, lessons: LessonLibrary.bundled.lessons)
    var random = SplitMix64(seed: GeneratedData.seed)
    let train = GeneratedData.shapes.images(count: 40, random: &random)
    let test = GeneratedData.shapes.images(count: 10, random: &random)
    state.trainScreen = TrainScreen(data: DataSet(name: "shapes", train: train, test: test), generated: .shapes)
    return state
}()

/// Every key the terminal can send, and a few ordinary characters beyond the bindings.
let keys: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
                   .pageUp, .pageDown, .home, .end, .ctrl("c"), .ctrl("a"), .ctrl("e"), .ctrl("u")]
    + Array("qjkhlnptemabBAcdgorsuvwyzLPRT?[]{}<>0123456789.,+-@ xX").map(Key.char)

/// The whole app fed random events: it never crashes, every frame fills exactly the screen's size
/// with printable cells, and the state stays valid.
func fuzz(_ bytes: [UInt8]) {
    var input = FuzzInput(bytes)
    var state = opening
    // Each input is one session of up to 8 events, checked once at its end: libFuzzer's shorter
    // inputs check the states on the way. Eight reach a question's verdict (Enter, Tab, Enter, a paste,
    // Enter) or a Lab field's edit from the contents; drawing and checking the last frame costs about
    // as much as eight events, so longer sessions would mostly make each run slower.
    for _ in 0..<8 where !input.isEmpty {
        let choice = input.byte()
        let event: Event = switch choice {
        case 0..<200: .key(keys[Int(choice) % keys.count])
        case 200..<215: .paste(input.text(limit: 32))
        case 215..<225: .resize(width: input.int(in: 0...300), height: input.int(in: 0...90))
        default: .tick
        }
        if LossLabApp.update(&state, event).contains(.quit) { break }
    }
    check(&state)
}

/// Settles and draws `state`, then checks the frame and the state.
func check(_ state: inout AppState) {
    LossLabApp.settle(&state)
    let screen = LossLabApp.render(state)
    require(screen.width == state.width && screen.height == state.height,
            "a \(state.width)x\(state.height) screen rendered \(screen.width)x\(screen.height)")
    for line in screen.lines() { requirePrintable(line, "a screen line") }
    let lab = state.lab
    let n = lab.data.count
    require(n > 0 && (0..<n).contains(lab.selected), "the Lab selects element \(lab.selected) of \(n)")
    require(lab.scroll >= 0 && lab.scroll <= lab.selected, "the Lab's table scrolls to \(lab.scroll) with \(lab.selected) selected")
    require(lab.revealed.map { (0...lab.stepCount).contains($0) } ?? true, "step \(String(describing: lab.revealed)) of \(lab.stepCount)")
    require(lab.shape.map { $0.count == n } ?? true, "a \(String(describing: lab.shape)) image of \(n) values")
    let entries = ContentsScreen.entries(state.context).count
    require((0..<entries).contains(state.contentsCursor), "the contents cursor at \(state.contentsCursor) of \(entries)")
    if let train = state.trainScreen {
        require((0..<train.data.test.count).contains(train.selected), "test image \(train.selected) of \(train.data.test.count) selected")
    }
    if case let .lesson(k) = state.page {
        require(state.lessons.indices.contains(k) && state.readers[k] != nil, "lesson \(k) open without a reader")
    }
}
