import Foundation
import Testing
import ProgressKit
@testable import StateStore

/// The state file on disk: round trip, atomic replace, files set aside, two writers, and no saving.
@Suite struct ProgressStoreTests {
    /// A fresh folder under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-state-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func answer(_ lesson: String, tries: Int = 1) -> (inout CourseProgress) -> Void {
        { $0[lesson: lesson].questions["q-1", default: QuestionProgress()].tries += tries }
    }

    @Test func roundTripThroughTheFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = StateLocation(directory: folder + "/deep/losslab")
        let store = ProgressStore(location: location)
        #expect(store.load() == CourseProgress())
        store.update { $0 = ProgressModelTests.sample }
        #expect(store.takeNotices() == [])
        #expect(ProgressStore(location: location).load() == ProgressModelTests.sample)
        let files = try FileManager.default.contentsOfDirectory(atPath: location.directory).sorted()
        #expect(files == ["progress.json", "progress.lock"])
    }

    @Test func aWriteReplacesTheFileWholeAndAtOnce() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = StateLocation(directory: folder)
        let store = ProgressStore(location: location)
        store.update(Self.answer("01-a"))
        let before = try Data(contentsOf: URL(fileURLWithPath: location.progressFile))
        // A reader that opened the old file keeps reading the old file whole: the new one is renamed over it.
        let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: location.progressFile))
        store.update(Self.answer("02-b"))
        #expect(try reader.readToEnd() == before)
        try reader.close()
        #expect(ProgressStore(location: location).load()[lesson: "02-b"].tries == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("tmp") } == [])
    }

    /// Each kind of bad file is set aside with its bytes intact, and the next write makes a good file.
    @Test(arguments: ["truncated", "wrong types", "future version", "100 MB", "symbolic link", "folder", "empty"])
    func aFileThatCannotBeReadIsSetAsideNeverLost(_ kind: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = StateLocation(directory: folder)
        let path = location.progressFile
        let outside = folder + "-elsewhere.json"
        defer { try? FileManager.default.removeItem(atPath: outside) }
        switch kind {
        case "truncated": try Data(ProgressModelTests.sample.encoded().prefix(40)).write(to: URL(fileURLWithPath: path))
        case "wrong types": try Data(#"{"version": "one"}"#.utf8).write(to: URL(fileURLWithPath: path))
        case "future version": try Data(#"{"version": 7, "lessons": {}}"#.utf8).write(to: URL(fileURLWithPath: path))
        case "100 MB":
            FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 100 << 20)
            try handle.close()
        case "symbolic link":
            try Data("not mine".utf8).write(to: URL(fileURLWithPath: outside))
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
        case "folder": try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        default: FileManager.default.createFile(atPath: path, contents: Data())
        }
        let original = kind == "folder" || kind == "symbolic link" || kind == "100 MB" ? nil : try Data(contentsOf: URL(fileURLWithPath: path))

        let store = ProgressStore(location: location)
        #expect(store.load() == CourseProgress())
        let notices = store.takeNotices()
        #expect(notices.count == 1)
        #expect(notices.first?.hasPrefix("The progress file \(path) was set aside as \(path).bad-") == true)
        #expect(notices.first?.hasSuffix("LossLab starts afresh.") == true)
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("progress.json.bad-") }
        #expect(aside.count == 1)
        let asidePath = folder + "/" + aside[0]
        if let original { #expect(try Data(contentsOf: URL(fileURLWithPath: asidePath)) == original) }
        switch kind {
        case "symbolic link":
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: asidePath) == outside)
            #expect(try Data(contentsOf: URL(fileURLWithPath: outside)) == Data("not mine".utf8))
        case "folder": #expect(FileManager.default.fileExists(atPath: asidePath + "/inside"))
        case "100 MB": #expect(try FileManager.default.attributesOfItem(atPath: asidePath)[.size] as? Int == 100 << 20)
        default: break
        }

        store.update(Self.answer("01-a"))
        #expect(store.isSaving)
        #expect(ProgressStore(location: location).load()[lesson: "01-a"].tries == 1)
    }

    @Test func theReasonIsSaid() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = StateLocation(directory: folder)
        try Data(#"{"version": 7, "lessons": {}}"#.utf8).write(to: URL(fileURLWithPath: location.progressFile))
        let store = ProgressStore(location: location)
        store.load()
        #expect(store.takeNotices().first?.contains(": it was written by a newer LossLab (file version 7, this one reads 1). ") == true)
        #expect(store.takeNotices() == [])
    }

    @Test func twoWritersAtOnceLoseNothing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = StateLocation(directory: folder)
        let rounds = 60
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            let store = ProgressStore(location: location)
            store.load()
            for _ in 0..<rounds {
                store.update(Self.answer(writer == 0 ? "01-a" : "02-b"))
                store.update(Self.answer("03-shared"))
            }
        }
        let progress = ProgressStore(location: location).load()
        #expect(progress[lesson: "01-a"].tries == rounds)
        #expect(progress[lesson: "02-b"].tries == rounds)
        #expect(progress[lesson: "03-shared"].tries == 2 * rounds)
    }

    @Test func whereNothingCanBeWrittenItRunsWithoutSavingAndSaysSoOnce() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A file where the home's folder should be: nothing can be created under it, even by root.
        FileManager.default.createFile(atPath: folder + "/home", contents: Data())
        let store = ProgressStore(location: StateLocation(directory: folder + "/home/.local/state/losslab"))
        #expect(store.load() == CourseProgress())
        store.update(Self.answer("01-a"))
        store.update(Self.answer("01-a"))
        #expect(!store.isSaving)
        #expect(store.current[lesson: "01-a"].tries == 2)
        #expect(store.takeNotices() == ["Progress will not be saved this time: cannot create \(folder)/home/.local/state/losslab (Not a directory)."])
        #expect(store.takeNotices() == [])
    }

    @Test func noSaveNeitherReadsNorWrites() {
        let store = ProgressStore(location: nil)
        store.update(Self.answer("01-a"))
        #expect(store.load()[lesson: "01-a"].tries == 1)
        #expect(!store.isSaving)
        #expect(store.takeNotices() == [])
    }

    @Test func resetOneLessonOrAll() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProgressStore(location: StateLocation(directory: folder))
        store.update(Self.answer("01-a"))
        store.update(Self.answer("02-b"))
        #expect(store.reset(lesson: "01-a").lessons.keys.sorted() == ["02-b"])
        #expect(store.reset(lesson: nil) == CourseProgress())
    }

    @Test func whereTheStateLives() {
        let env = ["HOME": "/home/ada", "XDG_STATE_HOME": "/xdg", "LOSSLAB_STATE_DIR": "/env"]
        #expect(StateLocation.resolve(stateDir: "/opt/", environment: env) == StateLocation(directory: "/opt"))
        #expect(StateLocation.resolve(stateDir: nil, environment: env) == StateLocation(directory: "/env"))
        #expect(StateLocation.resolve(stateDir: nil, environment: ["HOME": "/home/ada", "XDG_STATE_HOME": "/xdg"])
            == StateLocation(directory: "/xdg/losslab"))
        #expect(StateLocation.resolve(stateDir: nil, environment: ["HOME": "/home/ada", "XDG_STATE_HOME": "relative"])
            == StateLocation(directory: "/home/ada/.local/state/losslab"))
        #expect(StateLocation.resolve(stateDir: nil, environment: [:]) == nil)
        #expect(StateLocation(directory: "/s").progressFile == "/s/progress.json")
    }
}
