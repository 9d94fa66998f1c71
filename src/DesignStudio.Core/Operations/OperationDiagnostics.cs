using DesignStudio.Core.Diagnostics;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Operations;

/// <summary>
/// The stable diagnostic codes (OP001…) operations use to refuse an edit, with their constructors.
/// Paths follow <c>tables/NAME/columns/NAME</c>.
/// </summary>
public static class OperationDiagnostics
{
    /// <summary>A referenced table does not exist.</summary>
    public const string TableNotFound = "OP001";
    /// <summary>A referenced column does not exist.</summary>
    public const string ColumnNotFound = "OP002";
    /// <summary>A name is empty or only white space.</summary>
    public const string EmptyName = "OP003";
    /// <summary>A name is already used by a sibling object.</summary>
    public const string DuplicateName = "OP004";
    /// <summary>A referenced constraint, index, enum or other object does not exist.</summary>
    public const string ObjectNotFound = "OP005";
    /// <summary>An object with the same id already exists.</summary>
    public const string DuplicateId = "OP006";
    /// <summary>A list position is outside the list.</summary>
    public const string PositionOutOfRange = "OP007";
    /// <summary>A key or index has no columns, or a foreign key's column counts differ.</summary>
    public const string InvalidColumnList = "OP008";
    /// <summary>An enum cannot be removed while columns use it.</summary>
    public const string EnumInUse = "OP009";
    /// <summary>A check expression or index expression is empty.</summary>
    public const string EmptyExpression = "OP010";
    /// <summary>An enum lists the same value twice.</summary>
    public const string DuplicateEnumValue = "OP011";
    /// <summary>A colour is not a plain CSS colour (letters, digits, spaces and <c>#(),.%-</c>).</summary>
    public const string InvalidColor = "OP012";
    /// <summary>A canvas size is not a positive finite number.</summary>
    public const string InvalidSize = "OP013";
    /// <summary>A value is out of its range or a required text is blank (a suppression reason, a query, a frequency).</summary>
    public const string InvalidValue = "OP014";

    /// <summary>Path of a table.</summary>
    public static string PathOf(Table table) => "tables/" + table.QualifiedName;

    /// <summary>Path of a column.</summary>
    public static string PathOf(Table table, Column column) => PathOf(table) + "/columns/" + column.Name;

    internal static Diagnostic Error(string code, string path, string message) => new(code, Severity.Error, path, message);

    internal static Diagnostic MissingTable(string tableId) =>
        Error(TableNotFound, "tables/" + tableId, $"There is no table with id '{tableId}' (it may have been removed).");

    internal static Diagnostic MissingColumn(Table table, string columnId) =>
        Error(ColumnNotFound, PathOf(table) + "/columns/" + columnId, $"Table '{table.Name}' has no column with id '{columnId}'.");

    internal static Diagnostic Missing(string path, string what, string id) =>
        Error(ObjectNotFound, path, $"There is no {what} with id '{id}'.");

    internal static Diagnostic Empty(string path, string what) =>
        Error(EmptyName, path, $"The {what} name must not be empty.");

    internal static Diagnostic Duplicate(string path, string what, string name) =>
        Error(DuplicateName, path, $"Another {what} is already named '{name}'.");

    internal static Diagnostic SameId(string path, string what, string id) =>
        Error(DuplicateId, path, $"Another {what} already has the id '{id}'.");

    internal static Diagnostic OutOfRange(string path, int position, int count) =>
        Error(PositionOutOfRange, path, $"Position {position} is outside the list (0..{count}).");
}
