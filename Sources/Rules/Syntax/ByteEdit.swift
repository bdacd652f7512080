import CTreeSitter

/// One replacement in a buffer, in bytes and (row, byte column) points, as tree-sitter's incremental parsing
/// wants it: the text from `start` to `oldEnd` became the text from `start` to `newEnd`.
public struct ByteEdit: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public let row: Int
        public let column: Int
        public init(row: Int, column: Int) { self.row = row; self.column = column }
    }
    public let start: Int, oldEnd: Int, newEnd: Int
    public let startPoint: Point, oldEndPoint: Point, newEndPoint: Point

    public init(start: Int, oldEnd: Int, newEnd: Int, startPoint: Point, oldEndPoint: Point, newEndPoint: Point) {
        self.start = start; self.oldEnd = oldEnd; self.newEnd = newEnd
        self.startPoint = startPoint; self.oldEndPoint = oldEndPoint; self.newEndPoint = newEndPoint
    }

    var raw: TSInputEdit {
        TSInputEdit(start_byte: UInt32(start), old_end_byte: UInt32(oldEnd), new_end_byte: UInt32(newEnd),
                    start_point: TSPoint(row: UInt32(startPoint.row), column: UInt32(startPoint.column)),
                    old_end_point: TSPoint(row: UInt32(oldEndPoint.row), column: UInt32(oldEndPoint.column)),
                    new_end_point: TSPoint(row: UInt32(newEndPoint.row), column: UInt32(newEndPoint.column)))
    }
}
