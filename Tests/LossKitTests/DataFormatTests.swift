import Testing
@testable import LossKit

/// Reads the committed fixture files (written by Fixtures/make_fixtures.py) in every format.
@Suite struct DataFormatTests {
    static let folder = String(#filePath.dropLast("DataFormatTests.swift".count)) + "Fixtures/"

    func read(_ name: String, scale: Double? = nil) throws -> DataRead {
        try DataFile.read(DataFileReference(Self.folder + name)!, scale: scale)
    }

    /// The error message for `name`, with the folder left out.
    func message(_ name: String) -> String? {
        do { _ = try read(name); return nil } catch { return "\(error)".replacing(Self.folder, with: "") }
    }

    @Test(arguments: ["le", "be"]) func floatsAreReadAsStoredInEitherByteOrder(_ order: String) throws {
        for code in ["f2", "f4", "f8"] {
            let read = try read("\(code)\(order).npy")
            #expect(read.values == [0.5, 0.25, -1.5], "\(code)\(order)")
            #expect(read.normalisation?.divisor == nil)
        }
        #expect(try read("f4\(order).npy").normalisation?.description == "float32 .npy as stored")
    }

    @Test(arguments: ["le", "be"]) func integersAreDividedByTheirTypesMaximum(_ order: String) throws {
        let maxima: [(String, Double)] = [("u1", 255), ("u2", 65535), ("u4", 4_294_967_295), ("u8", Double(UInt64.max))]
        for (code, maximum) in maxima {
            let read = try read("\(code)\(order).npy")
            #expect(read.values == [0, 1 / maximum, 1], "\(code)\(order)")
            #expect(read.normalisation?.divisor == maximum)
        }
        for (code, maximum) in [("i1", 127.0), ("i2", 32767), ("i4", 2_147_483_647), ("i8", Double(Int64.max))] {
            #expect(try read("\(code)\(order).npy").values == [-1 / maximum, 0, 1], "\(code)\(order)")
        }
        #expect(try read("u1\(order).npy").normalisation?.description == "uint8 .npy ÷ 255 (the type's maximum)")
    }

    @Test func scaleOverridesTheDefaultAndBoolsAreZeroAndOne() throws {
        let scaled = try read("u1le.npy", scale: 1)
        #expect(scaled.values == [0, 1, 255])
        #expect(scaled.normalisation?.text(.ascii) == "uint8 .npy / 1 (--scale)")
        #expect(try read("bool.npy").values == [1, 0, 1])
        #expect(try read("f8le.npy", scale: 0.5).values == [1, 0.5, -3])
    }

    @Test func everyFormatVersionAndAScalarAreRead() throws {
        #expect(try read("v2.npy").values == [0.125, 0.5])
        #expect(try read("v3.npy").values == [0.125, 0.5])
        #expect(try read("scalar.npy").values == [0.75])
    }

    @Test func theLastTwoDimensionsAreAnImageAndLeadingOnesPickIt() throws {
        let fortran = try read("fortran.npy")
        #expect(fortran.values == [0, 1, 2, 3, 4, 5])
        #expect(fortran.shape == ImageShape(rows: 2, columns: 3))
        #expect(try read("images.npy[1]").values == [4, 5, 6, 7].map { $0 / 255 })
        #expect(try read("grid.npy[1, 2]").values == [20, 21, 22, 23])
        #expect(try read("fortran-images.npy[1]").values == (12..<24).map(Double.init))
        #expect(message("images.npy") == "images.npy: the array holds 3 images of 2x2 (shape (3, 2, 2)); choose one, such as @images.npy[0]")
        #expect(message("images.npy[3]") == "images.npy: index 3 is outside 0...2 of the shape (3, 2, 2)")
        #expect(message("grid.npy[1]") == "grid.npy: the array of shape (2, 3, 2, 2) needs 2 indexes to pick an image, not 1")
        #expect(message("f8le.npy[0]") == "f8le.npy: the array of shape (3,) has no images to pick from")
    }

    @Test func wholeArraysComeInCOrderWithTheirShapeAndNormalisation() throws {
        let fortran = try DataFile.numpyArray(atPath: Self.folder + "fortran-images.npy")
        #expect(fortran.values == (0..<24).map(Double.init))
        #expect(fortran.shape == [2, 3, 4] && fortran.shapeText == "(2, 3, 4)")
        let images = try DataFile.numpyArray(atPath: Self.folder + "images.npy")
        #expect(images.values == (0..<12).map { Double($0) / 255 })
        #expect(images.normalisation.divisor == 255)
        // Values that are not finite are the caller's to place, in its own terms.
        #expect(try DataFile.numpyArray(atPath: Self.folder + "nan.npy").values[2] == .infinity)
        #expect(throws: DataFileError(path: Self.folder + "complex.npy", offset: 10, message: "complex numbers ('<c16') are not read; save the real part")) {
            try DataFile.numpyArray(atPath: Self.folder + "complex.npy")
        }
    }

    @Test func badArraysAreRefusedWithTheByteAtFault() {
        #expect(message("object.npy")?.hasPrefix("object.npy: byte 10: an object array ('|O') holds Python objects") == true)
        #expect(message("complex.npy") == "complex.npy: byte 10: complex numbers ('<c16') are not read; save the real part")
        #expect(message("structured.npy") == "structured.npy: byte 10: structured arrays (records with named fields) are not read; save one numeric field")
        #expect(message("truncated-header.npy") == "truncated-header.npy: byte 40: the header claims 118 bytes but the file ends after 30")
        #expect(message("truncated-data.npy")
            == "truncated-data.npy: byte 128: the header says shape (3,) of float64, 24 bytes, but the file has 16 bytes after the header")
        #expect(message("overflow.npy")?.hasPrefix("overflow.npy: byte 10: the shape (4611686018427387904, 4) has more than 33554432 elements") == true)
        #expect(message("long-header.npy") == "long-header.npy: byte 129: the header claims 60000 bytes but the file ends after 119")
        #expect(message("nan.npy") == "nan.npy: row 2, column 1 is inf; LossLab needs finite numbers")
    }

    @Test func sixteenBitPGMIsDividedByItsMaxval() throws {
        let read = try read("wide.pgm")
        #expect(read.values == [0, 256 / 65535, 32768 / 65535, 1])
        #expect(read.shape == ImageShape(rows: 2, columns: 2))
        #expect(read.normalisation?.description == "16-bit PGM ÷ 65535 (its maxval)")
    }

    @Test func csvColumnsAreChosenByNameOrNumber() throws {
        #expect(try read("header.csv:target").values == [1, 0, 1])
        #expect(try read("header.csv:prediction").values == [0.9, 0.2, 0.6])
        #expect(try read("header.csv:2").values == [1, 0, 1])
        #expect(try read("plain.tsv:2").values == [0.5, 0.25])
        #expect(message("header.csv") == "header.csv: the file has 3 columns (\"name\", \"target\", \"prediction\"); "
            + "choose one with @header.csv:NAME or @header.csv:NUMBER")
        #expect(message("header.csv:name") == "header.csv:2:1: column \"name\" (\"A\") is not a number")
        #expect(message("header.csv:size") == "header.csv:1: there is no column \"size\": the columns are \"name\", \"target\", \"prediction\", or numbers 1 to 3")
    }

    @Test func raggedRowsMissingValuesAndInfinityAreRefusedByLine() {
        #expect(message("ragged.csv:a") == "ragged.csv:3: the row has 1 field but line 1 has 2")
        #expect(message("missing.csv:b") == "missing.csv:3:3: the value in column \"b\" is missing")
        #expect(message("infinite.csv:a") == "infinite.csv:3:1: column \"a\" (\"inf\") is not a finite number")
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try read("bom.txt").values == [1, 2, 3])
        #expect(try read("bom.txt").normalisation?.description == "text as stored")
    }

    @Test func referencesSplitPathAndSelector() {
        #expect(DataFileReference("a/x.npy[3]") == DataFileReference(path: "a/x.npy", selector: .image([3])))
        #expect(DataFileReference("x.NPY[1, 2]") == DataFileReference(path: "x.NPY", selector: .image([1, 2])))
        #expect(DataFileReference("x.npy[a]") == nil)
        #expect(DataFileReference("d.csv:size") == DataFileReference(path: "d.csv", selector: .column("size")))
        #expect(DataFileReference("c:/x.txt") == DataFileReference(path: "c:/x.txt"))
        #expect(DataFileReference("x.txt[3]") == DataFileReference(path: "x.txt[3]"))
    }
}
